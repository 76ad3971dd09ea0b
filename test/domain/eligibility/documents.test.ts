import { describe, expect, it } from 'vitest';
import { documentChecks, missingDocuments, REQUIRED_DOCUMENTS } from '../../../domain/eligibility/documents';

describe('required documents (Perban BKN 7/2020 Pasal 32 a-h)', () => {
  it('all eight valid documents: nothing missing', () => {
    expect(missingDocuments(REQUIRED_DOCUMENTS.map((kind) => ({ kind, valid: true })))).toEqual({
      missing: [],
      violations: [],
    });
  });

  it.each(
    REQUIRED_DOCUMENTS.map((kind, i) => [documentChecks([])[i]?.code, kind, 'abcdefgh'.charAt(i)] as const),
  )('%s: without %s the report names it, citing Pasal 32%s', (_code, kind, letter) => {
    const result = missingDocuments(
      REQUIRED_DOCUMENTS.filter((k) => k !== kind).map((k) => ({ kind: k, valid: true })),
    );
    expect(result.missing).toEqual([kind]);
    expect(result.violations).toHaveLength(1);
    expect(result.violations[0]?.article).toBe(`Perban BKN 7/2020 Pasal 32${letter}`);
    expect(result.violations[0]?.field).toBe(`documents.${kind}`);
  });

  it('ELIG-DOK: a document submitted but found not valid counts as missing; a valid copy beside it suffices', () => {
    const base = REQUIRED_DOCUMENTS.filter((k) => k !== 'PAS_FOTO').map((kind) => ({ kind, valid: true }));
    const invalid = missingDocuments([...base, { kind: 'PAS_FOTO', valid: false }]);
    expect(invalid.missing).toEqual(['PAS_FOTO']);
    expect(invalid.violations[0]?.message).toContain('tidak sah');
    expect(
      missingDocuments([...base, { kind: 'PAS_FOTO', valid: false }, { kind: 'PAS_FOTO', valid: true }])
        .missing,
    ).toEqual([]);
  });

  it('ELIG-DOK: nothing submitted lists all eight in Pasal order', () => {
    expect(missingDocuments([]).missing).toEqual([...REQUIRED_DOCUMENTS]);
    expect(documentChecks([]).map((c) => c.code)).toEqual([
      'ELIG-DOK-IJAZAH',
      'ELIG-DOK-SK-PANGKAT',
      'ELIG-DOK-SK-JABATAN',
      'ELIG-DOK-PENILAIAN-KINERJA',
      'ELIG-DOK-SERTIFIKAT-DIKLAT',
      'ELIG-DOK-SURAT-SEHAT',
      'ELIG-DOK-FORMULIR-PERNYATAAN',
      'ELIG-DOK-PAS-FOTO',
    ]);
  });
});
