import '../helpers/env';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/assessment/index';
import { apiEvent, bodyOf, type Claims } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { writesOf } from '../helpers/writes';
import { PROGRAM_ID } from '../helpers/programs';
import { bknAdmin, NIP, OTHER_NIP } from '../helpers/proposals';
import { aCohort, cohortItem, serve } from '../preassessment/table';
import {
  ASESOR,
  asesor,
  assessorBody,
  BASE,
  PLANNED,
  cohortPartition,
  evidenceBody,
  evidenceItem,
  expertBody,
  pakar,
  PARTITION,
  decreeTeamItem,
  teamItem,
  UNIT,
} from './fixtures';

const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('assessment');
const NOW = '2026-07-30T03:00:00.000Z';
const COHORT_PATH = { programId: PROGRAM_ID, number: '19' };
const UNIT_PATH = { ...COHORT_PATH, nip: NIP, unitCode: UNIT };
const EVIDENCE = evidenceBody();
const BEFORE_PERBAN = { startDate: '2019-07-01', endDate: '2019-07-02' };

const send = (routeKey: string, claims: Claims, body: unknown, path: Record<string, string>) =>
  handler(apiEvent(routeKey, { pathParameters: { ...path }, body, claims }), context);
const assign = (body: unknown) =>
  send('POST /programs/{programId}/cohorts/{number}/team', bknAdmin(), body, COHORT_PATH);
const evidence = (claims: Claims, body: unknown = EVIDENCE) =>
  send(
    'POST /programs/{programId}/cohorts/{number}/participants/{nip}/units/{unitCode}/evidence',
    claims,
    body,
    UNIT_PATH,
  );
const recommend = (
  claims: Claims,
  body: unknown = { recommendation: 'KOMPETEN', evidenceSufficient: true },
) =>
  send(
    'POST /programs/{programId}/cohorts/{number}/participants/{nip}/units/{unitCode}/recommendation',
    claims,
    body,
    UNIT_PATH,
  );
/** The input of every PutItem sent (the commands themselves: assessment-repository.test.ts, AS1-AS5). */
const puts = () => ddb.commandCalls(PutCommand).map((call) => call.args[0].input);
/** The TeamMember item of the one-by-one assignment's transaction (its exact command: AS1 in assessment-repository.test.ts). */
const memberWritten = () =>
  ddb
    .commandCalls(TransactWriteCommand)
    .flatMap((call) => call.args[0].input.TransactItems ?? [])
    .find((item) => item.Put?.Item?.entity === 'TeamMember')?.Put?.Item;
const codes = (result: Awaited<ReturnType<typeof handler>>) =>
  (bodyOf<{ details?: { code: string }[] }>(result).details ?? []).map((d) => d.code);

beforeEach(() => {
  ddb.reset();
  serve(ddb, BASE);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('POST .../cohorts/{number}/team', () => {
  // One by one is the 2019 way: cohort 19 tested on 2 July 2019, before Perban BKN 7/2020 (TIM-UJI-SK-WAJIB).
  beforeEach(() => serve(ddb, [cohortItem(aCohort(BEFORE_PERBAN)), ...BASE.slice(1)]));

  it('TIM-UJI-SK-WAJIB: a session tested from 14 April 2020 gets no member one by one (422), nothing written', async () => {
    serve(ddb, [cohortItem(aCohort({ startDate: '2020-04-13', endDate: '2020-04-14' })), ...BASE.slice(1)]);
    const result = await assign(assessorBody());
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result)).toMatchObject({
      code: 'TIM-UJI-SK-WAJIB',
      details: [{ code: 'TIM-UJI-SK-WAJIB', field: 'username' }],
    });
    expect(bodyOf<{ details: { message: string }[] }>(result).details[0]!.message).toContain('Pasal 19(2)');
    expect(writesOf(ddb)).toEqual([]);
  });

  it('TIM-UJI-SK-WAJIB: a session tested on 13 April 2020, the day before the Perban, still gets its member one by one', async () => {
    serve(ddb, [cohortItem(aCohort({ startDate: '2020-04-12', endDate: '2020-04-13' })), ...BASE.slice(1)]);
    expect((await assign(assessorBody())).statusCode).toBe(200);
  });

  it('ASESOR-BEBAS-KEPENTINGAN: a conflicted assessor is assigned but excluded from that participant only', async () => {
    // Prepare
    const body = assessorBody({ declaredConflictNips: [OTHER_NIP] });
    // Act
    const result = await assign(body);
    // Assess
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result).excluded).toEqual([{ nip: OTHER_NIP, codes: ['ASESOR-BEBAS-KEPENTINGAN'] }]);
    expect(writesOf(ddb)).toEqual([
      { op: 'ConditionCheck', pk: cohortPartition(19), sk: 'ASSESSMENT#DECREE' },
      { op: 'Put', pk: cohortPartition(19), sk: 'ASSESSMENT#ONE_BY_ONE', entity: 'CohortOneByOne' },
      { op: 'Put', pk: cohortPartition(19), sk: `ASSESSMENT#TEAM#${ASESOR}`, entity: 'TeamMember' },
    ]);
    expect(memberWritten()).toMatchObject({
      role: 'asesor',
      excluded: [{ nip: OTHER_NIP, codes: ['ASESOR-BEBAS-KEPENTINGAN'] }],
    });
  });

  it.each([
    ['ASESOR-PENDIDIKAN-S1', { education: 'D4' }],
    ['ASESOR-SERTIFIKAT', { assessorCertificate: { recognisedByBkn: true, validUntil: '2026-01-31' } }],
    ['ASESOR-PANGKAT-III-C', { golongan: 'III/b' }],
  ])('%s: an assessor not meeting a general requirement is refused (422)', async (code, overrides) => {
    const result = await assign(assessorBody(overrides));
    expect(result.statusCode).toBe(422);
    expect(codes(result)).toContain(code);
    expect(writesOf(ddb)).toEqual([]);
  });

  it('TIM-UJI-KEPUTUSAN: a decree recorded while the assignment is processed fails its transaction: 409 TEST_TEAM_CHANGED', async () => {
    // The team read found no decree; the decree marker appears before the write, whose condition then fails.
    ddb.on(TransactWriteCommand).rejects(
      new TransactionCanceledException({
        message: 'cancelled',
        $metadata: {},
        CancellationReasons: [{ Code: 'ConditionalCheckFailed' }, { Code: 'None' }, { Code: 'None' }],
      }),
    );
    const result = await assign(assessorBody());
    expect(result.statusCode).toBe(409);
    expect(bodyOf(result).code).toBe('TEST_TEAM_CHANGED');
  });

  it('PAKAR-STATUS: an expert who is neither PNS nor a retired senior official is refused', async () => {
    const result = await assign(expertBody({ status: 'LAINNYA' }));
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('PAKAR-STATUS');
  });
});

describe('POST .../units/{unitCode}/evidence', () => {
  it('an assessor assigned to the cohort records evidence, append-only, with the kind of its method', async () => {
    serve(ddb, [...PLANNED, decreeTeamItem(assessorBody())]);
    const result = await evidence(asesor());
    expect(result.statusCode).toBe(201);
    expect(bodyOf(result)).toMatchObject({ kind: 'TIDAK_LANGSUNG', attempt: 0, unmetRules: [] });
    expect(writesOf(ddb)).toEqual([
      {
        op: 'Put',
        pk: PARTITION,
        sk: expect.stringMatching(new RegExp(`^ASSESSMENT#0#${UNIT}#EVIDENCE#evd_${NOW}_`)),
        entity: 'Evidence',
      },
    ]);
    expect(puts()[0]!.Item).toMatchObject({ recordedBy: ASESOR, method: 'PORTOFOLIO' });
  });

  it('UJI-RENCANA-WAJIB: evidence of a unit the cohort has no test plan for is refused (422), nothing written', async () => {
    serve(ddb, [...BASE, decreeTeamItem(assessorBody())]);
    const result = await evidence(asesor());
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result)).toMatchObject({ code: 'UJI-RENCANA-WAJIB', details: [{ field: 'unitCode' }] });
    expect(writesOf(ddb)).toEqual([]);
  });

  it('UJI-RENCANA-WAJIB: a plan leaving a dimension out does not open the unit either', async () => {
    const partial = PLANNED.map((item) =>
      item.sk === `TESTPLAN#${UNIT}` ? { ...item, dimensions: ['a', 'b', 'c', 'd'] } : item,
    );
    serve(ddb, [...partial, decreeTeamItem(assessorBody())]);
    const result = await evidence(asesor());
    expect(bodyOf(result).code).toBe('UJI-RENCANA-WAJIB');
    expect(bodyOf<{ message: string }>(result).message).toContain('dimensi e');
  });

  it('TIM-UJI-SK-WAJIB: a member assigned one by one does not record evidence in a session tested from 14 April 2020 (422), nothing written', async () => {
    serve(ddb, [...PLANNED, teamItem(assessorBody())]);
    const result = await evidence(asesor());
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('TIM-UJI-SK-WAJIB');
    expect(writesOf(ddb)).toEqual([]);
  });

  it('TIM-UJI-SK-WAJIB: a member assigned one by one records evidence in a session of the 2019 programme', async () => {
    serve(ddb, [cohortItem(aCohort(BEFORE_PERBAN)), ...BASE.slice(1), teamItem(assessorBody())]);
    expect((await evidence(asesor())).statusCode).toBe(201);
  });

  it('UJI-RENCANA-WAJIB: a session held before Perban BKN 7/2020 (the 2019 programme) records without a plan', async () => {
    const early = cohortItem(aCohort({ startDate: '2019-07-01', endDate: '2019-07-02' }));
    serve(ddb, [early, ...BASE.slice(1), decreeTeamItem(assessorBody())]);
    const result = await evidence(asesor());
    expect(result.statusCode).toBe(201);
  });

  it('UJI-METODE-RENCANA: evidence by a method the unit plan does not name is refused (422), nothing written', async () => {
    serve(ddb, [...PLANNED, decreeTeamItem(assessorBody())]);
    const result = await evidence(asesor(), { ...EVIDENCE, method: 'OBSERVASI' });
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result)).toMatchObject({ code: 'UJI-METODE-RENCANA', details: [{ field: 'method' }] });
    expect(writesOf(ddb)).toEqual([]);
  });

  it('UJI-METODE-RENCANA: a session before Perban BKN 7/2020 records any method', async () => {
    const early = cohortItem(aCohort({ startDate: '2019-07-01', endDate: '2019-07-02' }));
    serve(ddb, [early, ...BASE.slice(1), decreeTeamItem(assessorBody())]);
    const result = await evidence(asesor(), { ...EVIDENCE, method: 'OBSERVASI' });
    expect(result.statusCode).toBe(201);
  });

  it('ASSESSMENT_CHANGED: a write whose condition fails writes nothing and answers 409', async () => {
    serve(ddb, [...PLANNED, decreeTeamItem(assessorBody())]);
    ddb
      .on(PutCommand)
      .rejects(Object.assign(new Error('exists'), { name: 'ConditionalCheckFailedException' }));
    const result = await evidence(asesor());
    expect(result.statusCode).toBe(409);
    expect(bodyOf(result).code).toBe('ASSESSMENT_CHANGED');
  });

  it('BUKTI-TERKINI: evidence that is not current is recorded with the rule it does not meet', async () => {
    serve(ddb, [...PLANNED, decreeTeamItem(assessorBody())]);
    const result = await evidence(asesor(), { ...EVIDENCE, current: false });
    expect(bodyOf(result).unmetRules).toEqual(['BUKTI-TERKINI']);
  });

  it('AKSES-TIM-UJI: an assessor not assigned to the cohort gets the answer of a cohort that does not exist (404)', async () => {
    serve(ddb, [...PLANNED, decreeTeamItem(assessorBody())]);
    const result = await evidence(asesor('asesor.lain'));
    expect(result.statusCode).toBe(404);
    expect(bodyOf(result)).toStrictEqual({
      code: 'COHORT_NOT_FOUND',
      message: 'Angkatan tidak ditemukan dalam program.',
    });
    expect(puts()).toHaveLength(0);
  });

  it("UJI-HARI-UJI: evidence the day before the cohort's test day is refused, nothing written", async () => {
    vi.setSystemTime(new Date('2026-07-29T16:59:59.000Z')); // 23:59 WIB on 29 July; the test day is 30 July
    serve(ddb, [...PLANNED, decreeTeamItem(assessorBody())]);
    const result = await evidence(asesor());
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('UJI-HARI-UJI');
    expect(puts()).toHaveLength(0);
    vi.setSystemTime(new Date('2026-07-29T17:00:00.000Z')); // 00:00 WIB on the test day
    expect((await evidence(asesor())).statusCode).toBe(201);
  });

  it('ASESOR-BEBAS-KEPENTINGAN: an assessor in conflict with this participant may not assess them (422)', async () => {
    serve(ddb, [...PLANNED, decreeTeamItem(assessorBody({ declaredConflictNips: [NIP] }))]);
    const result = await evidence(asesor());
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('ASESOR-BEBAS-KEPENTINGAN');
    expect(puts()).toHaveLength(0);
  });

  it('PAKAR-KEWENANGAN: an expert collects evidence only with an assessor who may test the participant', async () => {
    serve(ddb, [...PLANNED, decreeTeamItem(expertBody())]);
    const alone = await evidence(pakar());
    expect(alone.statusCode).toBe(422);
    expect(bodyOf(alone).code).toBe('PAKAR-KEWENANGAN');

    serve(ddb, [...PLANNED, decreeTeamItem(expertBody()), decreeTeamItem(assessorBody())]);
    const withAssessor = await evidence(pakar());
    expect(withAssessor.statusCode).toBe(201);
    expect(bodyOf(withAssessor).recordedByRole).toBe('pakar');
  });

  it("UNIT_NOT_TESTED: a unit outside the participant's qualification is 404", async () => {
    serve(ddb, [...PLANNED, decreeTeamItem(assessorBody())]);
    const result = await send(
      'POST /programs/{programId}/cohorts/{number}/participants/{nip}/units/{unitCode}/evidence',
      asesor(),
      EVIDENCE,
      { ...UNIT_PATH, unitCode: 'MASN-JPT-01' },
    );
    expect(result.statusCode).toBe(404);
    expect(bodyOf(result).code).toBe('UNIT_NOT_TESTED');
  });
});

describe('POST .../units/{unitCode}/recommendation', () => {
  it('UJI-METODE-MIN-2: a unit with evidence of one method only cannot be recommended competent', async () => {
    serve(ddb, [...PLANNED, decreeTeamItem(assessorBody()), evidenceItem(UNIT, 'PORTOFOLIO')]);
    const result = await recommend(asesor());
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('UJI-METODE-MIN-2');
    expect(puts()).toHaveLength(0);
  });

  it('UJI-METODE-MIN-2: the same unit with a second method is recommended competent, as a new record', async () => {
    serve(ddb, [
      ...BASE,
      decreeTeamItem(assessorBody()),
      evidenceItem(UNIT, 'PORTOFOLIO', 0, 1),
      evidenceItem(UNIT, 'WAWANCARA', 0, 2),
    ]);
    const result = await recommend(asesor());
    expect(result.statusCode).toBe(201);
    expect(bodyOf(result).methods).toEqual(['PORTOFOLIO', 'WAWANCARA']);
    expect(writesOf(ddb)).toEqual([
      {
        op: 'Put',
        pk: PARTITION,
        sk: expect.stringMatching(new RegExp(`^ASSESSMENT#0#${UNIT}#RECOMMENDATION#${NOW}#`)),
        entity: 'UnitRecommendation',
      },
    ]);
    expect(puts()[0]!.Item).toMatchObject({ recommendation: 'KOMPETEN' });
  });

  it('UJI-BELUM-KOMPETEN: not yet competent may be recommended without sufficient evidence', async () => {
    serve(ddb, [...PLANNED, decreeTeamItem(assessorBody())]);
    const result = await recommend(asesor(), { recommendation: 'BELUM_KOMPETEN', evidenceSufficient: false });
    expect(result.statusCode).toBe(201);
  });

  it('PAKAR-TIDAK-MEMUTUSKAN: an expert assigned to the cohort cannot recommend (422)', async () => {
    serve(ddb, [...PLANNED, decreeTeamItem(expertBody()), decreeTeamItem(assessorBody())]);
    const result = await recommend(pakar());
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('PAKAR-TIDAK-MEMUTUSKAN');
  });
});
