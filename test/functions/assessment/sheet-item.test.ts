import '../helpers/env';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_RULES } from '../../../domain/assessment/evidence';
import {
  AssessmentSheetRequest,
  MAX_SHEET_EVIDENCE_PER_UNIT,
  MAX_SHEET_UNITS,
  METHOD_CODES,
  type EvidenceRecord,
  type UnitRecommendation,
} from '../../../events/api/assessment';
import {
  sheetItem,
  sheetRecordsOf,
  type NewRecommendation,
} from '../../../adapters/dynamodb/assessment-repository';
import { MAX_BODY_BYTES } from '../../../runtime/http/parse-request';
import { PROGRAM_ID } from '../helpers/programs';
import { withoutKeys } from '../../../adapters/dynamodb/table';
import { evidenceItem, recommendationItem, UNITS } from './fixtures';
import { NIP } from '../helpers/proposals';

/** DynamoDB's item limit. */
const ITEM_LIMIT = 400 * 1024;
const AT = '2026-07-30T03:00:00.000Z';
/** Three UTF-8 bytes for one UTF-16 unit: the most bytes a 2000-character text can hold. */
const WIDE = '€';

/** The largest sheet the API accepts: every unit, every evidence slot, texts as wide as the body limit lets. */
function largestSheet() {
  const records = MAX_SHEET_UNITS * (MAX_SHEET_EVIDENCE_PER_UNIT + 1);
  const texts = (length: number) => ({
    units: Array.from({ length: MAX_SHEET_UNITS }, (_, i) => ({
      unitCode: `MASN-PGW-${String(i + 1).padStart(2, '0')}-${'X'.repeat(19)}`,
      evidence: Array.from({ length: MAX_SHEET_EVIDENCE_PER_UNIT }, (_, k) => ({
        method: METHOD_CODES[k % METHOD_CODES.length],
        description: WIDE.repeat(length),
        relevant: false,
        realWork: false,
        demonstratesCompetency: false,
        verifiable: false,
        valid: false,
        authentic: false,
        current: false,
      })),
      recommendation: {
        recommendation: 'BELUM_KOMPETEN',
        evidenceSufficient: false,
        notes: WIDE.repeat(length),
      },
    })),
  });
  const fits = (length: number) => Buffer.byteLength(JSON.stringify(texts(length))) <= MAX_BODY_BYTES;
  let [low, high] = [0, 2000];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  const body = AssessmentSheetRequest.parse(texts(low));
  expect(body.units.flatMap((u) => [...u.evidence, u.recommendation])).toHaveLength(records);
  return body;
}

describe('the AssessmentSheet item', () => {
  it('always fits one DynamoDB item: the largest sheet within the body limit, with the longest names, stays under 400 KB', () => {
    const body = largestSheet();
    const username = 'a'.repeat(128);
    const unmetRules = Object.keys(EVIDENCE_RULES);
    const evidence: EvidenceRecord[] = body.units.flatMap((unit) =>
      unit.evidence.map((e, k) => ({
        programId: PROGRAM_ID,
        nip: NIP,
        cohort: 999,
        attempt: 2,
        unitCode: unit.unitCode,
        evidenceId: `evd_${AT}_${String(k).padStart(2, '0')}abcdef`,
        kind: 'TIDAK_LANGSUNG',
        ...e,
        unmetRules,
        recordedBy: username,
        recordedByRole: 'asesor',
        recordedAt: AT,
      })),
    );
    const recommendations: NewRecommendation[] = body.units.map((unit) => ({
      id: '0a1b2c3d',
      recommendation: {
        programId: PROGRAM_ID,
        nip: NIP,
        cohort: 999,
        attempt: 2,
        unitCode: unit.unitCode,
        ...unit.recommendation!,
        methods: [...METHOD_CODES],
        recommendedBy: username,
        recommendedAt: AT,
      },
    }));
    const item = sheetItem(evidence, recommendations);
    // JSON is never smaller than DynamoDB's own measure of an item (see the repository).
    expect(Buffer.byteLength(JSON.stringify(item))).toBeLessThan(ITEM_LIMIT);
    expect(item.evidence).toHaveLength(MAX_SHEET_UNITS * MAX_SHEET_EVIDENCE_PER_UNIT);
  });

  it('keeps the attempt and the author the records share, under the attempt of its participant', () => {
    const evidence = {
      programId: PROGRAM_ID,
      nip: NIP,
      cohort: 19,
      attempt: 1,
      recordedBy: 'asesor.budi',
      recordedAt: AT,
    } as EvidenceRecord;
    expect(sheetItem([evidence, evidence], [])).toMatchObject({
      pk: `PARTICIPANT#${PROGRAM_ID}#${NIP}`,
      sk: expect.stringMatching(new RegExp(`^ASSESSMENT#1#SHEET#${AT}#[0-9a-f]{8}$`)),
      entity: 'AssessmentSheet',
      cohort: 19,
      attempt: 1,
      recordedBy: 'asesor.budi',
      recordedAt: AT,
      recommendations: [],
    });
  });
});

describe('a sheet keeps what its records share once', () => {
  const [FIRST, SECOND] = UNITS;
  const anEvidence = (unitCode: string, i = 1) =>
    withoutKeys<EvidenceRecord>(evidenceItem(unitCode, 'PORTOFOLIO', 0, i));
  const recommendation = {
    ...withoutKeys<UnitRecommendation>(recommendationItem(FIRST!, 'KOMPETEN')),
    recommendedAt: anEvidence(FIRST!).recordedAt,
  };
  const SHARED = ['programId', 'nip', 'cohort', 'attempt', 'recordedBy', 'recordedByRole', 'recordedAt'];

  it('stores each record without the programme, NIP, cohort, attempt, author, role and time, and reads every record back whole', () => {
    const evidence = [anEvidence(FIRST!), anEvidence(SECOND!)];
    const item = sheetItem(evidence, [{ id: '0a1b2c3d', recommendation }]);
    for (const stored of item.evidence) for (const field of SHARED) expect(stored).not.toHaveProperty(field);
    expect(item.recommendations[0]).not.toHaveProperty('recommendedBy');
    expect(item.recommendations[0]).not.toHaveProperty('recommendedAt');
    expect(JSON.stringify(item).length).toBeLessThan(JSON.stringify({ evidence, recommendation }).length);
    expect(sheetRecordsOf(item)).toEqual({ evidence, recommendations: [recommendation] });
  });

  it('keeps in a record a value that differs from the sheet’s', () => {
    const later = anEvidence(SECOND!, 2);
    const item = sheetItem([anEvidence(FIRST!), later], []);
    expect(item.evidence[1]).toMatchObject({ recordedAt: later.recordedAt });
    expect(sheetRecordsOf(item).evidence[1]).toEqual(later);
  });

  it('reads a sheet stored with whole records (before they were kept without the shared fields) the same', () => {
    const evidence = [anEvidence(FIRST!), anEvidence(SECOND!, 2)];
    const { recordedByRole: _role, ...before } = {
      ...sheetItem(evidence, []),
      evidence,
      recommendations: [recommendation],
    };
    expect(sheetRecordsOf(before)).toEqual({ evidence, recommendations: [recommendation] });
  });
});
