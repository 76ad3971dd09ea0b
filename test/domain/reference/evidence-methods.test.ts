import { describe, expect, it } from 'vitest';
import {
  ASSESSMENT_METHODS,
  ASSESSMENT_METHOD_CODES,
  EVIDENCE_KINDS,
  EVIDENCE_KIND_INFO,
  METHOD_SELECTION_FACTORS,
  MIN_METHODS_PER_UNIT,
  assessmentMethod,
  distinctMethodCount,
  evidenceKindOf,
  isAssessmentMethodCode,
  methodsOfKind,
} from '../../../domain/reference/evidence-methods';

describe('evidence kinds and assessment methods (Perban BKN 7/2020 Pasal 20-22)', () => {
  it.each([
    ['LANGSUNG', 'bukti langsung', 'Perban BKN 7/2020 Pasal 20(2)a'],
    ['TIDAK_LANGSUNG', 'bukti tidak langsung', 'Perban BKN 7/2020 Pasal 20(2)b'],
    ['PENDUKUNG', 'bukti pendukung', 'Perban BKN 7/2020 Pasal 20(2)c'],
  ] as const)('evidence kind %s is "%s" (%s)', (code, name, source) => {
    expect(EVIDENCE_KIND_INFO[code]).toEqual({ code, name, source });
  });

  it('has three evidence kinds and ten methods with unique codes', () => {
    expect(EVIDENCE_KINDS).toHaveLength(3);
    expect(ASSESSMENT_METHOD_CODES).toHaveLength(10);
    expect(new Set(ASSESSMENT_METHOD_CODES).size).toBe(10);
  });

  it.each([
    ['LANGSUNG', ['OBSERVASI', 'SIMULASI', 'DEMONSTRASI'], '20(3)'],
    ['TIDAK_LANGSUNG', ['WAWANCARA', 'TES_LISAN', 'TES_TERTULIS', 'PORTOFOLIO'], '20(4)'],
    ['PENDUKUNG', ['LAPORAN_PIHAK_KETIGA', 'SERTIFIKAT_IJAZAH', 'CUPLIKAN_HASIL_PEKERJAAN'], '20(5)'],
  ] as const)('%s evidence is collected by %j (Pasal %s)', (kind, codes, paragraph) => {
    const methods = methodsOfKind(kind);

    expect(methods.map((m) => m.code)).toEqual(codes);
    methods.forEach((m, i) => {
      expect(m.source).toBe(`Perban BKN 7/2020 Pasal ${paragraph}${'abcd'[i]}`);
      expect(evidenceKindOf(m.code)).toBe(kind);
    });
  });

  it.each([
    ['OBSERVASI', 'observasi terhadap kinerja sesungguhnya'],
    ['TES_TERTULIS', 'tes tertulis'],
    ['SERTIFIKAT_IJAZAH', 'sertifikat/ijasah pendidikan formal atau pelatihan'],
    ['CUPLIKAN_HASIL_PEKERJAAN', 'cuplikan hasil pekerjaan'],
  ] as const)('method %s is worded "%s"', (code, name) => {
    expect(assessmentMethod(code).name).toBe(name);
  });

  it('every method belongs to exactly one evidence kind', () => {
    const perKind = EVIDENCE_KINDS.map((kind) => methodsOfKind(kind).length);
    expect(perKind.reduce((a, b) => a + b, 0)).toBe(ASSESSMENT_METHODS.length);
  });

  it('requires at least 2 methods per competency unit (Pasal 22(1))', () => {
    expect(MIN_METHODS_PER_UNIT).toBe(2);
  });

  it('lists the four factors of method choice (Pasal 22(2))', () => {
    expect(METHOD_SELECTION_FACTORS).toEqual([
      'kondisi peraturan perundang-undangan yang berlaku',
      'sarana dan prasarana',
      'konteks penyelenggaraan manajemen ASN',
      'kondisi pegawai yang dinilai',
    ]);
  });

  it.each([
    [['WAWANCARA', 'PORTOFOLIO'], 2],
    [['WAWANCARA', 'WAWANCARA'], 1],
    [[], 0],
  ] as const)('counts %j as %i distinct methods', (codes, count) => {
    expect(distinctMethodCount(codes)).toBe(count);
  });

  it.each([
    ['PORTOFOLIO', true],
    ['ASSESSMENT_CENTER', false],
  ])('recognises %j as a method code: %s', (value, expected) => {
    expect(isAssessmentMethodCode(value)).toBe(expected);
  });
});
