import '../helpers/env';
import { serveRegistry } from '../helpers/operators';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { participantDeliveryKey, pikGraduationKey, rulesOfConductKey } from '../../../adapters/dynamodb/keys';
import { handler } from '../../../functions/training/index';
import { ACTION_PLAN_EXAMPLE } from '../../../events/api/training';
import { ADMIN_USERNAME, apiEvent, bodyOf, type Claims } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { writesOf } from '../helpers/writes';
import { PROGRAM_ID } from '../helpers/programs';
import {
  ALL_OPERATORS,
  bknAdmin,
  INSTANSI,
  instansiItem,
  anInstansi,
  NIP,
  writeCalls,
} from '../helpers/proposals';
import { aCohort, aParticipant, cohortItem, participantItem, peserta, serve } from '../preassessment/table';

/*
 * Perban BKN 7/2020 Pasal 23 in the training stage: a PIK graduate entering the test directly is asked no training
 * duty and has none taken (PIK-TANPA-PELATIHAN); and the rules of conduct BKN publishes for a cohort gate its
 * classroom registers (TATA-TERTIB-TERBIT, TATA-TERTIB-DIAKUI). Cohort 19 runs on 29-30 July 2026.
 */
const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('training');
const NOW = '2026-07-20T03:00:00.000Z';
const AFTER = '2026-07-30T10:00:00.000Z';
const PARTICIPANT_PATH = { programId: PROGRAM_ID, nip: NIP };
const COHORT_PATH = { programId: PROGRAM_ID, number: '19' };
/** A second participant of cohort 19, not a PIK graduate. */
const OTHER = '199006152014032002';

const pikGraduation = {
  ...pikGraduationKey({ programId: PROGRAM_ID, instansiCode: INSTANSI }, NIP),
  entity: 'PikGraduation',
  programId: PROGRAM_ID,
  instansiCode: INSTANSI,
  nip: NIP,
  entry: 'UJI_LANGSUNG_PIK',
};
const rulesOfConduct = {
  ...rulesOfConductKey(PROGRAM_ID, 19),
  entity: 'RulesOfConduct',
  programId: PROGRAM_ID,
  cohort: 19,
  source: 'Panduan 2019, Tata Tertib',
  publishedBy: ADMIN_USERNAME,
  publishedAt: NOW,
};
const acknowledged = (nip: string) => ({
  ...participantDeliveryKey(PROGRAM_ID, nip, 'ACK#TATA_TERTIB'),
  entity: 'Acknowledgement',
  programId: PROGRAM_ID,
  nip,
  document: 'TATA_TERTIB',
});
const BASE = [
  instansiItem(anInstansi(INSTANSI)),
  participantItem(aParticipant()),
  participantItem(aParticipant({ nip: OTHER })),
  cohortItem(aCohort()),
];

const send = (
  routeKey: string,
  claims: Claims,
  body?: unknown,
  path: Record<string, string> = PARTICIPANT_PATH,
) => handler(apiEvent(routeKey, { pathParameters: { ...path }, body, claims }), context);
const attendance = (body: unknown) =>
  send('POST /programs/{programId}/cohorts/{number}/attendance', bknAdmin(), body, COHORT_PATH);
const publish = (body: unknown = { source: 'Panduan 2019, Tata Tertib' }) =>
  send('PUT /programs/{programId}/cohorts/{number}/rules-of-conduct', bknAdmin(), body, COHORT_PATH);
const codes = (result: Awaited<ReturnType<typeof send>>) =>
  bodyOf<{ details: { code: string }[] }>(result).details.map((d) => d.code);

beforeEach(() => {
  ddb.reset();
  serveRegistry(ddb, ...ALL_OPERATORS());
  serve(ddb, BASE);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('PIK-TANPA-PELATIHAN in the training routes', () => {
  beforeEach(() => serve(ddb, [...BASE, pikGraduation]));

  it.each([
    ['POST /programs/{programId}/participants/{nip}/cv/upload', { contentType: 'application/pdf', size: 10 }],
    ['PUT /programs/{programId}/participants/{nip}/cv', undefined],
  ])('%s answers 422 PIK-TANPA-PELATIHAN for a PIK graduate and records nothing', async (route, body) => {
    // Act
    const result = await send(route, peserta(), body);

    // Assess
    expect(result.statusCode).toBe(422);
    expect(codes(result)).toEqual(['PIK-TANPA-PELATIHAN']);
    expect(bodyOf<{ details: { article: string }[] }>(result).details[0]!.article).toContain('Pasal 23');
    expect(writeCalls(ddb)).toHaveLength(0);
  });

  it('a PIK graduate confirms coming to the test without CV or action plan', async () => {
    // Act
    const result = await send('POST /programs/{programId}/participants/{nip}/confirmation', peserta(), {
      attending: true,
    });

    // Assess
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toMatchObject({ attending: true, version: 1 });
    expect(bodyOf(result)).not.toHaveProperty('actionPlan');
    expect(writesOf(ddb).map((w) => w.sk)).toContain('TRAINING#CONFIRMATION');
  });

  it('an action plan sent with a PIK graduate’s confirmation is refused (422), nothing written', async () => {
    const result = await send('POST /programs/{programId}/participants/{nip}/confirmation', peserta(), {
      attending: true,
      actionPlan: ACTION_PLAN_EXAMPLE,
    });
    expect(result.statusCode).toBe(422);
    expect(codes(result)).toEqual(['PIK-TANPA-PELATIHAN']);
    expect(writeCalls(ddb)).toHaveLength(0);
  });

  it('BKN cannot record e-learning for a PIK graduate (422 PIK-TANPA-PELATIHAN among the reasons)', async () => {
    const result = await send('POST /programs/{programId}/participants/{nip}/e-learning', bknAdmin(), {
      completedOn: '2026-07-19',
    });
    expect(result.statusCode).toBe(422);
    expect(codes(result)).toContain('PIK-TANPA-PELATIHAN');
    expect(writeCalls(ddb)).toHaveLength(0);
  });

  it('the learning report marks a PIK graduate as excused from the training', async () => {
    const result = await send('GET /programs/{programId}/participants/{nip}/learning', peserta());
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toMatchObject({ trainingExempt: 'UJI_LANGSUNG_PIK', totalJp: 0 });
  });

  it('a classroom register listing a PIK graduate is refused at their place; the evaluation takes them', async () => {
    // Prepare
    vi.setSystemTime(new Date(AFTER));

    // Act
    const classroom = await attendance({ date: '2026-07-29', present: [OTHER, NIP] });
    const evaluation = await attendance({ date: '2026-07-30', evaluation: true, present: [OTHER, NIP] });

    // Assess
    expect(classroom.statusCode).toBe(422);
    expect(bodyOf<{ details: { code: string; field: string }[] }>(classroom).details).toMatchObject([
      { code: 'PIK-TANPA-PELATIHAN', field: 'present.1' },
    ]);
    expect(evaluation.statusCode).toBe(200);
    expect(writesOf(ddb)[0]).toMatchObject({ sk: 'ATTENDANCE#2026-07-30#EVALUASI' });
  });

  it('the PIK graduations of the listed are read in one BatchGetItem with their keys', async () => {
    // Prepare
    vi.setSystemTime(new Date(AFTER));

    // Act
    await attendance({ date: '2026-07-29', present: [OTHER, NIP] });

    // Assess
    const keys = ddb.calls().flatMap((call) => {
      const input = call.args[0].input as { RequestItems?: Record<string, { Keys: { sk: string }[] }> };
      return Object.values(input.RequestItems ?? {}).flatMap((r) => r.Keys.map((k) => k.sk));
    });
    expect(keys).toEqual(expect.arrayContaining([`PIK_GRADUATION#${NIP}`, `PIK_GRADUATION#${OTHER}`]));
  });
});

describe('PUT .../cohorts/{number}/rules-of-conduct', () => {
  it('BKN publishes the cohort’s rules of conduct before its class: one Put beside the cohort', async () => {
    // Act
    const result = await publish();

    // Assess
    expect(result.statusCode).toBe(200);
    const published = {
      programId: PROGRAM_ID,
      cohort: 19,
      source: 'Panduan 2019, Tata Tertib',
      publishedBy: ADMIN_USERNAME,
      publishedAt: NOW,
    };
    expect(bodyOf(result)).toEqual(published);
    const puts = ddb.commandCalls(PutCommand).map((c) => c.args[0].input.Item);
    expect(puts).toEqual([{ ...rulesOfConductKey(PROGRAM_ID, 19), entity: 'RulesOfConduct', ...published }]);
  });

  it('answers 422 TATA-TERTIB-TERBIT on the first day of the class, writing nothing', async () => {
    vi.setSystemTime(new Date('2026-07-29T00:00:00.000Z'));
    const result = await publish();
    expect(result.statusCode).toBe(422);
    expect(codes(result)).toEqual(['TATA-TERTIB-TERBIT']);
    expect(writeCalls(ddb)).toHaveLength(0);
  });

  it('answers 404 for a cohort the programme does not have', async () => {
    const result = await send(
      'PUT /programs/{programId}/cohorts/{number}/rules-of-conduct',
      bknAdmin(),
      { source: 'Panduan 2019, Tata Tertib' },
      { programId: PROGRAM_ID, number: '42' },
    );
    expect(result.statusCode).toBe(404);
  });

  it('answers 400 without the source of the rules', async () => {
    const result = await publish({});
    expect(result.statusCode).toBe(400);
  });
});

describe('TATA-TERTIB-DIAKUI: classroom attendance once the rules of conduct are acknowledged', () => {
  beforeEach(() => vi.setSystemTime(new Date(AFTER)));

  it('with the rules published, a participant who did not acknowledge them is refused at their place', async () => {
    // Prepare
    serve(ddb, [...BASE, rulesOfConduct, acknowledged(NIP)]);

    // Act
    const result = await attendance({ date: '2026-07-29', present: [NIP, OTHER] });

    // Assess
    expect(result.statusCode).toBe(422);
    expect(bodyOf<{ details: { code: string; field: string }[] }>(result).details).toMatchObject([
      { code: 'TATA-TERTIB-DIAKUI', field: 'present.1' },
    ]);
    expect(writeCalls(ddb)).toHaveLength(0);
  });

  it('with the rules published and acknowledged by all listed, the register is recorded', async () => {
    serve(ddb, [...BASE, rulesOfConduct, acknowledged(NIP), acknowledged(OTHER)]);
    const result = await attendance({ date: '2026-07-29', present: [NIP, OTHER] });
    expect(result.statusCode).toBe(200);
  });

  it('without published rules (the 2019 programme), nobody needs to have acknowledged them', async () => {
    const result = await attendance({ date: '2026-07-29', present: [NIP, OTHER] });
    expect(result.statusCode).toBe(200);
  });

  it('the evaluation is not gated by the rules of conduct', async () => {
    serve(ddb, [...BASE, rulesOfConduct]);
    const result = await attendance({ date: '2026-07-30', evaluation: true, present: [NIP, OTHER] });
    expect(result.statusCode).toBe(200);
  });
});
