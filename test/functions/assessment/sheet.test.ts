import '../helpers/env';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AssessmentSheetRequest,
  MAX_SHEET_EVIDENCE_PER_UNIT,
  MAX_SHEET_UNITS,
} from '../../../events/api/assessment';
import { sheetRecordsOf } from '../../../adapters/dynamodb/assessment-repository';
import { handler } from '../../../functions/assessment/index';
import { apiEvent, bodyOf, type Claims } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { writesOf } from '../helpers/writes';
import { PROGRAM_ID } from '../helpers/programs';
import { NIP } from '../helpers/proposals';
import { serve } from '../preassessment/table';
import {
  ASESOR,
  asesor,
  assessorBody,
  BASE,
  PLANNED,
  evidenceBody,
  evidenceItem,
  expertBody,
  pakar,
  PARTITION,
  planItem,
  decreeTeamItem,
  UNITS,
} from './fixtures';

const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('assessment');
const NOW = '2026-07-30T03:00:00.000Z';
const ROUTE = 'POST /programs/{programId}/cohorts/{number}/participants/{nip}/assessment';
const PATH = { programId: PROGRAM_ID, number: '19', nip: NIP };
const KOMPETEN = { recommendation: 'KOMPETEN', evidenceSufficient: true };
const [FIRST, SECOND] = UNITS as [string, string];

const sheet = (claims: Claims, units: unknown[]) =>
  handler(apiEvent(ROUTE, { pathParameters: { ...PATH }, body: { units }, claims }), context);
/** A unit of the sheet: sound evidence of `methods`, then a KOMPETEN recommendation. */
const competent = (unitCode: string, methods = ['PORTOFOLIO', 'WAWANCARA']) => ({
  unitCode,
  evidence: methods.map((m) => evidenceBody(m)),
  recommendation: KOMPETEN,
});

interface Detail {
  code: string;
  path: string;
}
const details = (result: Awaited<ReturnType<typeof handler>>) =>
  (bodyOf<{ details?: Detail[] }>(result).details ?? []).map(({ code, path }) => ({ code, path }));
/** The input of every PutItem sent (the commands themselves: assessment-repository.test.ts, AS3-AS5). */
const puts = () => ddb.commandCalls(PutCommand).map((call) => call.args[0].input);
/** The records of the one sheet item written, whole (the sheet keeps what they share once: `sheetRecordsOf`). */
const sheetRecords = () => sheetRecordsOf(puts()[0]!.Item!);
const nothingWritten = () => expect(writesOf(ddb)).toEqual([]);

beforeEach(() => {
  ddb.reset();
  serve(ddb, [...PLANNED, decreeTeamItem(assessorBody()), decreeTeamItem(expertBody())]);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the assessment sheet contract', () => {
  it('covers every unit of the longest qualification, each with its evidence and recommendation', () => {
    expect(MAX_SHEET_UNITS).toBe(15);
    const full = {
      units: Array.from({ length: MAX_SHEET_UNITS }, (_, i) => ({
        unitCode: `MASN-PGW-${String(i + 1).padStart(2, '0')}`,
        evidence: Array.from({ length: MAX_SHEET_EVIDENCE_PER_UNIT }, () => evidenceBody()),
        recommendation: KOMPETEN,
      })),
    };
    expect(AssessmentSheetRequest.safeParse(full).success).toBe(true);
  });

  it.each([
    ['a unit named twice', [competent(FIRST), competent(FIRST)], 'body.units.1.unitCode'],
    ['a unit with nothing to record', [{ unitCode: FIRST }], 'body.units.0.evidence'],
    [
      'more new evidence for a unit than a sheet takes',
      [
        {
          unitCode: FIRST,
          evidence: Array.from({ length: MAX_SHEET_EVIDENCE_PER_UNIT + 1 }, () => evidenceBody()),
        },
      ],
      'body.units.0.evidence',
    ],
    ['no unit at all', [], 'body.units'],
  ])('VALIDATION_FAILED: %s is refused (400) before anything is read', async (_case, units, path) => {
    const result = await sheet(asesor(), units);
    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).code).toBe('VALIDATION_FAILED');
    expect(details(result).map((d) => d.path)).toContain(path);
    nothingWritten();
  });
});

describe('POST .../participants/{nip}/assessment', () => {
  it('records the whole sheet as one new AssessmentSheet item, and answers the assessment as GET does', async () => {
    // Prepare
    const units = UNITS.map((u) => competent(u));
    // Act
    const result = await sheet(asesor(), units);
    // Assess
    expect(result.statusCode).toBe(201);
    expect(writesOf(ddb)).toEqual([
      {
        op: 'Put',
        pk: PARTITION,
        sk: expect.stringMatching(new RegExp(`^ASSESSMENT#0#SHEET#${NOW}#[0-9a-f]{8}$`)),
        entity: 'AssessmentSheet',
      },
    ]);
    expect(puts()[0]!.Item).toMatchObject({
      programId: PROGRAM_ID,
      nip: NIP,
      cohort: 19,
      attempt: 0,
      recordedBy: ASESOR,
      recordedAt: NOW,
    });
    const { evidence, recommendations } = sheetRecords();
    expect(evidence).toHaveLength(UNITS.length * 2);
    expect(recommendations).toHaveLength(UNITS.length);
    expect(evidence[0]).toMatchObject({
      evidenceId: expect.stringMatching(new RegExp(`^evd_${NOW}_00[0-9a-f]{6}$`)),
      unitCode: FIRST,
      method: 'PORTOFOLIO',
      kind: 'TIDAK_LANGSUNG',
      unmetRules: [],
      recordedBy: ASESOR,
      recordedByRole: 'asesor',
      recordedAt: NOW,
    });
    // The evidence of one request sorts in the order it was sent.
    const ids = evidence.map((e) => String(e.evidenceId));
    expect([...ids].sort()).toEqual(ids);
    expect(recommendations[0]).toMatchObject({
      unitCode: FIRST,
      recommendation: 'KOMPETEN',
      methods: ['PORTOFOLIO', 'WAWANCARA'],
      recommendedBy: ASESOR,
      recommendedAt: NOW,
    });
    const body = bodyOf<{ units: { unitCode: string; evidence: unknown[]; recommendation: unknown }[] }>(
      result,
    );
    expect(body).toMatchObject({ programId: PROGRAM_ID, nip: NIP, cohort: 19, attempt: 0 });
    expect(body.units.map((u) => u.unitCode)).toEqual([...UNITS]);
    expect(body.units.every((u) => u.evidence.length === 2 && u.recommendation !== null)).toBe(true);
  });

  it('UJI-METODE-MIN-2: the evidence already recorded counts with the sheet’s own', async () => {
    serve(ddb, [...PLANNED, decreeTeamItem(assessorBody()), evidenceItem(FIRST, 'PORTOFOLIO')]);
    const result = await sheet(asesor(), [competent(FIRST, ['WAWANCARA'])]);
    expect(result.statusCode).toBe(201);
    const [recommendation] = sheetRecords().recommendations;
    expect(recommendation!.methods).toEqual(['PORTOFOLIO', 'WAWANCARA']);
    expect(bodyOf<{ units: { evidence: unknown[] }[] }>(result).units[0]!.evidence).toHaveLength(2);
  });

  it('UJI-METODE-MIN-2: one method, counting the sheet’s own evidence, cannot be recommended; nothing is written', async () => {
    const result = await sheet(asesor(), [competent(FIRST), competent(SECOND, ['PORTOFOLIO', 'PORTOFOLIO'])]);
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('UJI-METODE-MIN-2');
    expect(details(result)).toEqual([{ code: 'UJI-METODE-MIN-2', path: 'units.1.recommendation' }]);
    nothingWritten();
  });

  it('BUKTI-TERKINI and BUKTI-CUKUP: evidence falling short keeps a unit from KOMPETEN, not from BELUM_KOMPETEN', async () => {
    const stale = evidenceBody('WAWANCARA', { current: false });
    const refused = await sheet(asesor(), [
      { unitCode: FIRST, evidence: [evidenceBody(), stale], recommendation: KOMPETEN },
      {
        unitCode: SECOND,
        evidence: [evidenceBody(), evidenceBody('WAWANCARA')],
        recommendation: { ...KOMPETEN, evidenceSufficient: false },
      },
    ]);
    expect(refused.statusCode).toBe(422);
    expect(bodyOf(refused).code).toBe('RULES_NOT_MET');
    expect(details(refused)).toEqual([
      { code: 'BUKTI-TERKINI', path: 'units.0.recommendation' },
      { code: 'BUKTI-CUKUP', path: 'units.1.recommendation' },
    ]);
    nothingWritten();

    const recorded = await sheet(asesor(), [
      {
        unitCode: FIRST,
        evidence: [evidenceBody(), stale],
        recommendation: { recommendation: 'BELUM_KOMPETEN', evidenceSufficient: true },
      },
    ]);
    expect(recorded.statusCode).toBe(201);
    const { evidence, recommendations } = sheetRecords();
    expect(evidence.map((e) => e.unmetRules)).toEqual([[], ['BUKTI-TERKINI']]);
    expect(recommendations.map((r) => r.recommendation)).toEqual(['BELUM_KOMPETEN']);
  });

  it('PAKAR-TIDAK-MEMUTUSKAN: an expert adds evidence but never recommends; nothing of that sheet is written', async () => {
    const refused = await sheet(pakar(), [
      { unitCode: FIRST, evidence: [evidenceBody('WAWANCARA')] },
      competent(SECOND),
    ]);
    expect(refused.statusCode).toBe(422);
    expect(details(refused)).toEqual([{ code: 'PAKAR-TIDAK-MEMUTUSKAN', path: 'units.1.recommendation' }]);
    nothingWritten();

    const evidenceOnly = await sheet(pakar(), [{ unitCode: FIRST, evidence: [evidenceBody('WAWANCARA')] }]);
    expect(evidenceOnly.statusCode).toBe(201);
    // A single record is its own item, as the one-unit routes write it.
    expect(writesOf(ddb)).toEqual([
      {
        op: 'Put',
        pk: PARTITION,
        sk: expect.stringMatching(new RegExp(`^ASSESSMENT#0#${FIRST}#EVIDENCE#`)),
        entity: 'Evidence',
      },
    ]);
    expect(puts()[0]!.Item).toMatchObject({ recordedByRole: 'pakar' });
  });

  it('PAKAR-KEWENANGAN: an expert collects evidence only with an assessor who may test the participant', async () => {
    serve(ddb, [...PLANNED, decreeTeamItem(expertBody())]);
    const result = await sheet(pakar(), [
      { unitCode: FIRST, evidence: [evidenceBody()] },
      { unitCode: SECOND, evidence: [evidenceBody()] },
    ]);
    expect(result.statusCode).toBe(422);
    expect(details(result)).toEqual([
      { code: 'PAKAR-KEWENANGAN', path: 'units.0.evidence' },
      { code: 'PAKAR-KEWENANGAN', path: 'units.1.evidence' },
    ]);
    nothingWritten();
  });

  it('UJI-RENCANA-WAJIB: a unit without a test plan covering a-e refuses the whole sheet (422, each at its unit); nothing is written', async () => {
    const partial = { ...planItem(SECOND), dimensions: ['a', 'b'] };
    serve(ddb, [...BASE, planItem(FIRST), partial, decreeTeamItem(assessorBody())]);
    const result = await sheet(asesor(), [competent(FIRST), competent(SECOND), competent(UNITS[2]!)]);
    expect(result.statusCode).toBe(422);
    const found = bodyOf<{ details: { code: string; field: string }[] }>(result).details;
    expect(found.map(({ code, field }) => [code, field])).toEqual([
      ['UJI-RENCANA-WAJIB', 'units.1.unitCode'],
      ['UJI-RENCANA-WAJIB', 'units.2.unitCode'],
    ]);
    nothingWritten();
  });

  it('UJI-METODE-RENCANA: evidence by a method its unit plan does not name refuses the whole sheet (422, at that evidence); nothing is written', async () => {
    serve(ddb, [...PLANNED, decreeTeamItem(assessorBody())]);
    const result = await sheet(asesor(), [competent(FIRST), competent(SECOND, ['PORTOFOLIO', 'OBSERVASI'])]);
    expect(result.statusCode).toBe(422);
    const found = bodyOf<{ details: { code: string; field: string }[] }>(result).details;
    expect(found.map(({ code, field }) => [code, field])).toEqual([
      ['UJI-METODE-RENCANA', 'units.1.evidence.1.method'],
    ]);
    nothingWritten();
  });

  it('UNIT_NOT_TESTED: a unit outside the attempt is refused (422) with every other violation; nothing is written', async () => {
    const result = await sheet(asesor(), [
      competent(FIRST),
      competent('MASN-JPT-01'),
      competent(SECOND, ['PORTOFOLIO']),
    ]);
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('RULES_NOT_MET');
    expect(details(result)).toEqual([
      { code: 'UNIT_NOT_TESTED', path: 'units.1.unitCode' },
      { code: 'UJI-METODE-MIN-2', path: 'units.2.recommendation' },
    ]);
    nothingWritten();
  });

  it('AKSES-TIM-UJI: an assessor not assigned to the cohort gets the answer of a cohort that does not exist (404)', async () => {
    const result = await sheet(asesor('asesor.lain'), [competent(FIRST)]);
    expect(result.statusCode).toBe(404);
    expect(bodyOf(result)).toStrictEqual({
      code: 'COHORT_NOT_FOUND',
      message: 'Angkatan tidak ditemukan dalam program.',
    });
    nothingWritten();
  });

  it('ASESOR-BEBAS-KEPENTINGAN: an assessor in conflict with the participant may not assess them (422)', async () => {
    serve(ddb, [...PLANNED, decreeTeamItem(assessorBody({ declaredConflictNips: [NIP] }))]);
    const result = await sheet(asesor(), [competent(FIRST)]);
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('ASESOR-BEBAS-KEPENTINGAN');
    nothingWritten();
  });

  it('ASSESSMENT_CHANGED: a failed write condition writes nothing and answers 409, as the one-unit routes do', async () => {
    ddb.on(PutCommand).rejects(
      Object.assign(new Error('The conditional request failed'), {
        name: 'ConditionalCheckFailedException',
      }),
    );
    const result = await sheet(asesor(), [competent(FIRST)]);
    expect(result.statusCode).toBe(409);
    expect(bodyOf(result).code).toBe('ASSESSMENT_CHANGED');
  });
});
