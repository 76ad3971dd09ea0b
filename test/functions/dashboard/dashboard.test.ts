import '../helpers/env';
import { DynamoDBDocumentClient, QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handler } from '../../../functions/dashboard/index';
import type { ProgramDashboard } from '../../../events/api/dashboard';
import { ENV } from '../../../runtime/env';
import { apiEvent, bodyOf, claimsWith } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { aProgram, PROGRAM_ID, programItem } from '../helpers/programs';
import { INSTANSI, NIP } from '../helpers/proposals';
import { aParticipant, participantItem, serve } from '../preassessment/table';

/*
 * The dashboard stage's handler: the figures counted from what the repositories read (every read a Query or a
 * Get, never a Scan), who may read them, and the page shell, which holds no data.
 */
const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('dashboard');
const OTHER = '199001012015011001';

const candidate = (nip: string, status: string) => ({
  pk: `PROPOSAL#${PROGRAM_ID}#${INSTANSI}`,
  sk: `CANDIDATE#${nip}`,
  entity: 'Candidate',
  gsi1pk: `PROGRAM#${PROGRAM_ID}#CANDIDATES`,
  gsi1sk: `ADMINISTRATOR#${INSTANSI}#${nip}`,
  programId: PROGRAM_ID,
  instansiCode: INSTANSI,
  nip,
  scheme: 'ADMINISTRATOR',
  status,
});

let items: Record<string, unknown>[];
beforeEach(() => {
  ddb.reset();
  items = [
    programItem(aProgram()),
    {
      pk: `PROPOSAL#${PROGRAM_ID}#${INSTANSI}`,
      sk: '#PROPOSAL',
      entity: 'Proposal',
      gsi1pk: `PROGRAM#${PROGRAM_ID}#PROPOSALS`,
      gsi1sk: `SUBMITTED#${INSTANSI}`,
      programId: PROGRAM_ID,
      instansiCode: INSTANSI,
      instansiName: 'Pemerintah Kabupaten Bogor',
      status: 'SUBMITTED',
    },
    candidate(NIP, 'ACCEPTED'),
    candidate(OTHER, 'DRAFT'),
    participantItem(aParticipant({ seat: { cohort: 19, placedAt: '2026-07-01T03:00:00.000Z' } })),
    {
      pk: `PARTICIPANT#${PROGRAM_ID}#${NIP}`,
      sk: 'RESULT#DECISION#dec_2026-07-30T08:00:00.000Z_1',
      entity: 'ResultDecision',
      nip: NIP,
      decisionId: 'dec_2026-07-30T08:00:00.000Z_1',
      outcome: 'BELUM_KOMPETEN',
      competentUnits: ['MASN-ADM-01'],
      notYetCompetentUnits: ['MASN-ADM-02'],
    },
    {
      pk: `COHORT#${PROGRAM_ID}#019`,
      sk: '#COHORT',
      entity: 'Cohort',
      gsi1pk: `PROGRAM#${PROGRAM_ID}#COHORTS`,
      gsi1sk: 'ADMINISTRATOR#2026-07-29#019',
      number: 19,
      scheme: 'ADMINISTRATOR',
      capacity: 30,
      seatsTaken: 1,
      startDate: '2026-07-29',
    },
  ];
  serve(ddb, items);
});
afterEach(() => {
  delete process.env[ENV.loginDomain];
  delete process.env[ENV.loginClientId];
});

const read = (claims = claimsWith('[admin-bkn]'), programId = PROGRAM_ID) =>
  handler(
    apiEvent('GET /programs/{programId}/dashboard', { pathParameters: { programId }, claims }),
    context,
  );

describe('GET /programs/{programId}/dashboard', () => {
  it('counts the pipeline, seats and units from the records, reading by Query and Get only', async () => {
    const result = await read();
    expect(result.statusCode, result.body).toBe(200);
    const body = bodyOf<ProgramDashboard>(result);
    expect(body.total).toEqual({
      proposed: 1,
      eligible: 1,
      seated: 1,
      tested: 1,
      competent: 0,
      certified: 0,
      monevAnswered: 0,
    });
    expect(body.byInstansi.map((i) => [i.instansiCode, i.name])).toEqual([
      [INSTANSI, 'Pemerintah Kabupaten Bogor'],
    ]);
    expect(body.cohorts).toEqual([
      {
        number: 19,
        scheme: 'ADMINISTRATOR',
        levelName: 'Administrator',
        startDate: '2026-07-29',
        capacity: 30,
        seatsTaken: 1,
      },
    ]);
    expect(body.units.map((u) => [u.code, u.competent, u.notYetCompetent])).toEqual([
      ['MASN-ADM-01', 1, 0],
      ['MASN-ADM-02', 0, 1],
    ]);
    expect(ddb.commandCalls(ScanCommand)).toEqual([]);
    expect(ddb.commandCalls(QueryCommand).length).toBeGreaterThan(0);
  });

  it('reads every page of a listing: the candidates on a second page are counted too', async () => {
    const partition = `PROGRAM#${PROGRAM_ID}#CANDIDATES`;
    const first = candidate(NIP, 'ACCEPTED');
    ddb
      .on(QueryCommand, { ExpressionAttributeValues: { ':pk': partition } })
      .resolvesOnce({
        Items: [first],
        LastEvaluatedKey: { pk: first.pk, sk: first.sk, gsi1pk: partition, gsi1sk: first.gsi1sk },
      })
      .resolvesOnce({ Items: [candidate(OTHER, 'SUBMITTED')] });
    const body = bodyOf<ProgramDashboard>(await read());
    expect(body.total.proposed).toBe(2);
    const candidateQueries = ddb
      .commandCalls(QueryCommand)
      .filter((call) => call.args[0].input.ExpressionAttributeValues?.[':pk'] === partition);
    expect(candidateQueries.map((call) => call.args[0].input.ExclusiveStartKey)).toEqual([
      undefined,
      { pk: first.pk, sk: first.sk, gsi1pk: partition, gsi1sk: first.gsi1sk },
    ]);
  });

  it('a programme of the 2019 size (1,500 participants in 50 cohorts, 300 instansi) is counted whole', async () => {
    items.splice(1); // the programme only
    for (let i = 0; i < 1_500; i++) {
      const nip = `19800101200501${String(i).padStart(4, '0')}`;
      const instansiCode = String(1000 + (i % 300));
      const cohort = 1 + (i % 50);
      if (i < 50) {
        items.push({
          pk: `COHORT#${PROGRAM_ID}#${String(cohort).padStart(3, '0')}`,
          sk: '#COHORT',
          gsi1pk: `PROGRAM#${PROGRAM_ID}#COHORTS`,
          number: cohort,
          scheme: 'ADMINISTRATOR',
          capacity: 30,
          seatsTaken: 30,
          startDate: '2019-05-02',
        });
      }
      if (i < 300) {
        items.push({
          pk: `PROPOSAL#${PROGRAM_ID}#${instansiCode}`,
          sk: '#PROPOSAL',
          gsi1pk: `PROGRAM#${PROGRAM_ID}#PROPOSALS`,
          instansiCode,
          instansiName: `Instansi ${instansiCode}`,
        });
      }
      items.push(
        { ...candidate(nip, 'ACCEPTED'), instansiCode },
        participantItem(
          aParticipant({ nip, instansiCode, seat: { cohort, placedAt: '2019-04-20T03:00:00.000Z' } }),
        ),
        {
          pk: `PARTICIPANT#${PROGRAM_ID}#${nip}`,
          sk: 'RESULT#DECISION#dec_2019-05-03T08:00:00.000Z_1',
          nip,
          decisionId: 'dec_2019-05-03T08:00:00.000Z_1',
          outcome: i % 10 === 0 ? 'BELUM_KOMPETEN' : 'KOMPETEN',
          competentUnits: ['MASN-ADM-01'],
          notYetCompetentUnits: [],
        },
      );
    }
    const body = bodyOf<ProgramDashboard>(await read());
    expect(body.total).toMatchObject({ proposed: 1_500, eligible: 1_500, seated: 1_500, tested: 1_500 });
    expect(body.total.competent).toBe(1_350);
    expect(body.byInstansi).toHaveLength(300);
    expect(body.cohorts.map((c) => c.number)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(body.units).toEqual([expect.objectContaining({ code: 'MASN-ADM-01', competent: 1_500 })]);
    expect(ddb.commandCalls(ScanCommand)).toEqual([]);
  });

  it('PROGRAM_NOT_FOUND: an unknown programme is 404', async () => {
    const result = await read(claimsWith('[admin-bkn]'), 'prg_1b4e28ba-2fa1-41d2-883f-0016d3cca427');
    expect([result.statusCode, bodyOf(result).code]).toEqual([404, 'PROGRAM_NOT_FOUND']);
  });

  it('FORBIDDEN_ROLE: an instansi operator may not read the dashboard; the Komite may', async () => {
    const operator = await read(claimsWith('[instansi]', { 'custom:instansi': INSTANSI }));
    expect([operator.statusCode, bodyOf(operator).code]).toEqual([403, 'FORBIDDEN_ROLE']);
    expect((await read(claimsWith('[komite]'))).statusCode).toBe(200);
  });
});

describe('GET /dashboard', () => {
  const page = () => handler(apiEvent('GET /dashboard', { claims: null }), context);

  it('is a page without data under a strict CSP; with no Hosted UI configured it offers a pasted token', async () => {
    const result = await page();
    expect(result.statusCode).toBe(200);
    expect(result.headers?.['content-type']).toBe('text/html; charset=utf-8');
    expect(result.headers?.['content-security-policy']).toMatch(
      /^default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-[A-Za-z0-9+/=]+'; connect-src 'self';/,
    );
    expect(result.body).toContain('id="token-form"');
    expect(result.body).not.toContain('oauth2/authorize');
    expect(ddb.calls()).toEqual([]);
  });

  it('sends people to the Cognito Hosted UI (implicit grant, the API client) where one is configured', async () => {
    process.env[ENV.loginDomain] = 'https://sertifikasi.auth.ap-southeast-3.amazoncognito.com';
    process.env[ENV.loginClientId] = 'client123';
    const result = await page();
    expect(result.body).toContain(
      'href="https://sertifikasi.auth.ap-southeast-3.amazoncognito.com/oauth2/authorize?response_type=token&amp;client_id=client123&amp;scope=openid"',
    );
    expect(result.body).not.toContain('id="token-form"');
  });
});
