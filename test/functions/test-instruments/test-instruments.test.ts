import '../helpers/env';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/test-instruments/index';
import { apiEvent, bodyOf, type Claims } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { writesOf } from '../helpers/writes';
import { PROGRAM_ID } from '../helpers/programs';
import { bknAdmin } from '../helpers/proposals';
import { serve } from '../preassessment/table';
import {
  ASESOR,
  asesor,
  assessorBody,
  BASE,
  cohortPartition,
  expertBody,
  pakar,
  PAKAR,
  planItem,
  teamItem,
  UNIT,
  UNITS,
} from '../assessment/fixtures';

/*
 * The instrument and test-plan routes as handlers (functions/test-instruments): the rules of Pasal 19(7)-(8),
 * 22(1), 30(2)c-e and k, 30(4)a, d, k on a mocked table; the exact commands are pinned in
 * test/adapters/dynamodb/test-instrument-repository.test.ts (TI1-TI6).
 */

const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('testInstruments');
const NOW = '2026-07-20T03:00:00.000Z';
const COHORT = { programId: PROGRAM_ID, number: '19' };
const ID = 'ins_0f8fad5bd9cb';
const PK = `INSTRUMENTS#${PROGRAM_ID}`;
const BASE_PATH = '/programs/{programId}/cohorts/{number}';

const call = (route: string, claims: Claims, body?: unknown, path: Record<string, string> = {}) =>
  handler(
    apiEvent(`${route.split(' ')[0]} ${BASE_PATH}${route.split(' ')[1]}`, {
      pathParameters: { ...COHORT, ...path },
      ...(body === undefined ? {} : { body }),
      claims,
    }),
    context,
  );
const codes = (result: Awaited<ReturnType<typeof handler>>) => {
  const body = bodyOf<{ code: string; details?: { code: string }[] }>(result);
  return body.details?.map((d) => d.code) ?? [body.code];
};

const content = (over: Record<string, unknown> = {}) => ({
  title: 'Tes tertulis analisis jabatan',
  kind: 'SOAL',
  methods: ['TES_TERTULIS'],
  dimensions: ['a', 'b', 'c', 'd', 'e'],
  items: [{ text: 'Uraikan langkah analisis jabatan.', answerKey: 'Pengumpulan data, analisis, uraian.' }],
  reviewIntervalDays: 90,
  handedTo: ASESOR,
  ...over,
});

/** Version `version` of the instrument as stored, prepared on `preparedOn` by the expert. */
const versionItem = (version = 1, over: Record<string, unknown> = {}) => ({
  pk: PK,
  sk: `INSTRUMENT#${ID}#V#${String(version).padStart(4, '0')}`,
  entity: 'InstrumentVersion',
  programId: PROGRAM_ID,
  instrumentId: ID,
  version,
  unitCodes: [UNIT],
  ...content(),
  preparedBy: PAKAR,
  preparedByRole: 'pakar',
  preparedInCohort: 19,
  preparedAt: '2026-07-01T03:00:00.000Z',
  preparedOn: '2026-07-01',
  ...over,
});
const TEAM = [teamItem(assessorBody()), teamItem(expertBody())];

beforeEach(() => {
  ddb.reset();
  serve(ddb, [...BASE, ...TEAM, versionItem()]);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('POST …/instruments', () => {
  it('an expert prepares version 1, handed to an assessor of the team (Pasal 30(4)a, d, k)', async () => {
    const result = await call('POST /instruments', pakar(), { unitCodes: [UNIT, UNIT], ...content() });
    expect(result.statusCode).toBe(201);
    expect(bodyOf(result)).toMatchObject({
      version: 1,
      unitCodes: [UNIT],
      handedTo: ASESOR,
      preparedBy: PAKAR,
      preparedByRole: 'pakar',
      preparedInCohort: 19,
      preparedOn: '2026-07-20',
    });
    const [put] = ddb.commandCalls(PutCommand).map((c) => c.args[0].input);
    expect(put!.ConditionExpression).toBe('attribute_not_exists(pk)');
    expect(put!.Item!.sk).toMatch(/^INSTRUMENT#ins_[0-9a-f]{12}#V#0001$/);
  });

  it('UJI-INSTRUMEN-DISERAHKAN: an expert naming nobody, or someone not an assessor of the team, is refused; nothing written', async () => {
    for (const handedTo of [undefined, PAKAR, 'asesor.lain']) {
      const result = await call('POST /instruments', pakar(), {
        unitCodes: [UNIT],
        ...content({ handedTo }),
      });
      expect(codes(result)).toEqual(['UJI-INSTRUMEN-DISERAHKAN']);
    }
    expect(writesOf(ddb)).toEqual([]);
  });

  it('an assessor preparing one names nobody: it is handed to them', async () => {
    const result = await call('POST /instruments', asesor(), {
      unitCodes: [UNIT],
      ...content({ handedTo: undefined }),
    });
    expect(bodyOf(result)).toMatchObject({ handedTo: ASESOR, preparedByRole: 'asesor' });
  });

  it('UJI-INSTRUMEN-KUNCI / UJI-INSTRUMEN-UNIT: every unmet rule at once', async () => {
    const result = await call('POST /instruments', pakar(), {
      unitCodes: ['MASN-PGW-01'],
      ...content({ kind: 'STUDI_KASUS', items: [{ text: 'Kasus mutasi tanpa kunci.' }] }),
    });
    expect(result.statusCode).toBe(422);
    expect(codes(result)).toEqual(['UJI-INSTRUMEN-UNIT', 'UJI-INSTRUMEN-KUNCI']);
  });

  it('AKSES-TIM-UJI: an expert of another cohort gets the answer of a cohort that does not exist', async () => {
    const result = await call('POST /instruments', pakar('pakar.lain'), { unitCodes: [UNIT], ...content() });
    expect([result.statusCode, bodyOf(result).code]).toEqual([404, 'COHORT_NOT_FOUND']);
  });

  it('a participant is refused by role whatever the cohort (403)', async () => {
    const peserta = { ...asesor(), 'cognito:groups': '[peserta]' } as Claims;
    const result = await call('GET /instruments', peserta);
    expect([result.statusCode, bodyOf(result).code]).toEqual([403, 'FORBIDDEN_ROLE']);
  });
});

describe('GET …/instruments and …/instruments/{instrumentId}', () => {
  it('UJI-INSTRUMEN-RAHASIA: the assessor and BKN read the answer keys, the expert the items without them', async () => {
    for (const claims of [asesor(), bknAdmin()]) {
      const read = await call('GET /instruments/{instrumentId}', claims, undefined, { instrumentId: ID });
      expect(bodyOf<{ versions: { items: unknown[] }[] }>(read).versions[0]!.items).toEqual(content().items);
    }
    const byExpert = await call('GET /instruments/{instrumentId}', pakar(), undefined, { instrumentId: ID });
    expect(bodyOf<{ versions: { items: unknown[] }[] }>(byExpert).versions[0]!.items).toEqual([
      { text: 'Uraikan langkah analisis jabatan.' },
    ]);
  });

  it('lists the programme’s instruments without their items, with the next review date', async () => {
    const result = await call('GET /instruments', asesor());
    expect(result.statusCode).toBe(200);
    const [listed] = bodyOf<{ items: { versions: Record<string, unknown>[] }[] }>(result).items;
    expect(listed!.versions[0]).toMatchObject({ itemCount: 1, reviewDueOn: '2026-09-29' });
    expect(listed!.versions[0]).not.toHaveProperty('items');
  });

  it('INSTRUMENT_NOT_FOUND: an instrument the programme does not have', async () => {
    const result = await call('GET /instruments/{instrumentId}', asesor(), undefined, {
      instrumentId: 'ins_000000000000',
    });
    expect([result.statusCode, bodyOf(result).code]).toEqual([404, 'INSTRUMENT_NOT_FOUND']);
  });
});

describe('POST …/instruments/{instrumentId}/versions and …/reviews', () => {
  it('a new version is the next number, for the same units, written only where none is', async () => {
    const result = await call('POST /instruments/{instrumentId}/versions', pakar(), content(), {
      instrumentId: ID,
    });
    expect(result.statusCode).toBe(201);
    expect(bodyOf(result)).toMatchObject({ version: 2, unitCodes: [UNIT] });
    expect(writesOf(ddb)).toEqual([
      { op: 'Put', pk: PK, sk: `INSTRUMENT#${ID}#V#0002`, entity: 'InstrumentVersion' },
    ]);
  });

  it('INSTRUMENT_CHANGED: a version written meanwhile answers 409', async () => {
    ddb
      .on(PutCommand)
      .rejects(Object.assign(new Error('exists'), { name: 'ConditionalCheckFailedException' }));
    const result = await call('POST /instruments/{instrumentId}/versions', pakar(), content(), {
      instrumentId: ID,
    });
    expect([result.statusCode, bodyOf(result).code]).toEqual([409, 'INSTRUMENT_CHANGED']);
  });

  it('BKN reviews a version; a version the instrument does not have is 404', async () => {
    const review = (version: number) =>
      call(
        'POST /instruments/{instrumentId}/reviews',
        bknAdmin(),
        { version, outcome: 'SESUAI' },
        { instrumentId: ID },
      );
    const result = await review(1);
    expect(result.statusCode).toBe(201);
    expect(bodyOf(result)).toMatchObject({ reviewedByRole: 'admin-bkn', reviewedOn: '2026-07-20' });
    expect(writesOf(ddb)).toEqual([
      {
        op: 'Put',
        pk: PK,
        sk: expect.stringMatching(new RegExp(`^INSTRUMENT#${ID}#REVIEW#${NOW}#`)),
        entity: 'InstrumentReview',
      },
    ]);
    expect(bodyOf(await review(2)).code).toBe('INSTRUMENT_NOT_FOUND');
  });

  it('an expert may not review (Pasal 19(8)f: BKN, 30(2)k: the assessors)', async () => {
    const result = await call(
      'POST /instruments/{instrumentId}/reviews',
      pakar(),
      { version: 1, outcome: 'SESUAI' },
      { instrumentId: ID },
    );
    expect([result.statusCode, bodyOf(result).code]).toEqual([403, 'FORBIDDEN_ROLE']);
  });
});

describe('PUT …/test-plan/units/{unitCode}, GET …/test-plan', () => {
  const plan = (methods = ['TES_TERTULIS', 'WAWANCARA']) => ({
    methods,
    instruments: [{ instrumentId: ID, version: 1 }],
  });
  const put = (claims: Claims, body: unknown, unitCode = UNIT) =>
    call('PUT /test-plan/units/{unitCode}', claims, body, { unitCode });

  it('the assessor plans a unit: two methods, its instruments covering a-e; replaces the unit’s plan', async () => {
    const result = await put(asesor(), plan());
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toMatchObject({
      unitCode: UNIT,
      dimensions: ['a', 'b', 'c', 'd', 'e'],
      plannedBy: ASESOR,
    });
    expect(writesOf(ddb)).toEqual([
      { op: 'Put', pk: cohortPartition(19), sk: `TESTPLAN#${UNIT}`, entity: 'UnitTestPlan' },
    ]);
  });

  it('UJI-METODE-MIN-2 / UJI-RENCANA-UNIT / UJI-RENCANA-INSTRUMEN / UJI-RENCANA-DIMENSI: every unmet rule, nothing written', async () => {
    const result = await put(asesor(), plan(['TES_TERTULIS']), 'MASN-PGW-01');
    expect(codes(result)).toEqual([
      'UJI-RENCANA-UNIT',
      'UJI-METODE-MIN-2',
      'UJI-RENCANA-INSTRUMEN',
      'UJI-RENCANA-DIMENSI',
    ]);
    expect(writesOf(ddb)).toEqual([]);
  });

  it('UJI-INSTRUMEN-TINJAU: an instrument past its review date (interval as data) cannot go into a new plan', async () => {
    serve(ddb, [...BASE, ...TEAM, versionItem(1, { reviewIntervalDays: 30, preparedOn: '2026-06-19' })]);
    expect(codes(await put(asesor(), plan()))).toEqual(['UJI-INSTRUMEN-TINJAU', 'UJI-RENCANA-DIMENSI']);
    serve(ddb, [...BASE, ...TEAM, versionItem(1, { reviewIntervalDays: 31, preparedOn: '2026-06-19' })]);
    expect((await put(asesor(), plan())).statusCode).toBe(200);
  });

  it('only the assessors plan (Pasal 30(2)c-d): the expert and BKN are refused by role', async () => {
    for (const claims of [pakar(), bknAdmin()]) {
      expect(bodyOf(await put(claims, plan())).code).toBe('FORBIDDEN_ROLE');
    }
  });

  it('the cohort’s plan lists every unit planned', async () => {
    serve(ddb, [...BASE, ...TEAM, ...UNITS.slice(0, 2).map((u) => planItem(u))]);
    const result = await call('GET /test-plan', pakar());
    expect(bodyOf<{ items: { unitCode: string }[] }>(result).items.map((p) => p.unitCode)).toEqual(
      UNITS.slice(0, 2),
    );
  });
});
