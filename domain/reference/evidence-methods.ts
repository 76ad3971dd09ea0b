/**
 * The catalogue of competency-test methods, grouped by the kind of evidence they collect (Perban BKN
 * 7/2020 Pasal 20(2)-(5)), and the minimum number of methods per unit (Pasal 22(1)).
 */
export const EVIDENCE_KINDS = ['LANGSUNG', 'TIDAK_LANGSUNG', 'PENDUKUNG'] as const;

export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export interface EvidenceKindInfo {
  readonly code: EvidenceKind;
  /** The kind as Pasal 20(2) names it. */
  readonly name: string;
  readonly source: string;
}

export const EVIDENCE_KIND_INFO: Readonly<Record<EvidenceKind, EvidenceKindInfo>> = {
  LANGSUNG: { code: 'LANGSUNG', name: 'bukti langsung', source: 'Perban BKN 7/2020 Pasal 20(2)a' },
  TIDAK_LANGSUNG: {
    code: 'TIDAK_LANGSUNG',
    name: 'bukti tidak langsung',
    source: 'Perban BKN 7/2020 Pasal 20(2)b',
  },
  PENDUKUNG: { code: 'PENDUKUNG', name: 'bukti pendukung', source: 'Perban BKN 7/2020 Pasal 20(2)c' },
};

export const ASSESSMENT_METHODS = [
  {
    code: 'OBSERVASI',
    kind: 'LANGSUNG',
    name: 'observasi terhadap kinerja sesungguhnya',
    source: 'Perban BKN 7/2020 Pasal 20(3)a',
  },
  { code: 'SIMULASI', kind: 'LANGSUNG', name: 'simulasi', source: 'Perban BKN 7/2020 Pasal 20(3)b' },
  { code: 'DEMONSTRASI', kind: 'LANGSUNG', name: 'demonstrasi', source: 'Perban BKN 7/2020 Pasal 20(3)c' },
  { code: 'WAWANCARA', kind: 'TIDAK_LANGSUNG', name: 'wawancara', source: 'Perban BKN 7/2020 Pasal 20(4)a' },
  { code: 'TES_LISAN', kind: 'TIDAK_LANGSUNG', name: 'tes lisan', source: 'Perban BKN 7/2020 Pasal 20(4)b' },
  {
    code: 'TES_TERTULIS',
    kind: 'TIDAK_LANGSUNG',
    name: 'tes tertulis',
    source: 'Perban BKN 7/2020 Pasal 20(4)c',
  },
  {
    code: 'PORTOFOLIO',
    kind: 'TIDAK_LANGSUNG',
    name: 'portofolio',
    source: 'Perban BKN 7/2020 Pasal 20(4)d',
  },
  {
    code: 'LAPORAN_PIHAK_KETIGA',
    kind: 'PENDUKUNG',
    name: 'laporan pihak ketiga',
    source: 'Perban BKN 7/2020 Pasal 20(5)a',
  },
  {
    code: 'SERTIFIKAT_IJAZAH',
    kind: 'PENDUKUNG',
    name: 'sertifikat/ijasah pendidikan formal atau pelatihan',
    source: 'Perban BKN 7/2020 Pasal 20(5)b',
  },
  {
    code: 'CUPLIKAN_HASIL_PEKERJAAN',
    kind: 'PENDUKUNG',
    name: 'cuplikan hasil pekerjaan',
    source: 'Perban BKN 7/2020 Pasal 20(5)c',
  },
] as const satisfies readonly { code: string; kind: EvidenceKind; name: string; source: string }[];

export type AssessmentMethodCode = (typeof ASSESSMENT_METHODS)[number]['code'];

export interface AssessmentMethod {
  readonly code: AssessmentMethodCode;
  /** The kind of evidence the method collects. */
  readonly kind: EvidenceKind;
  /** The method as Pasal 20(3)-(5) words it (including its spelling "ijasah"). */
  readonly name: string;
  readonly source: string;
}

export const ASSESSMENT_METHOD_CODES: readonly AssessmentMethodCode[] = ASSESSMENT_METHODS.map((m) => m.code);

/** At least this many methods are used for each competency unit tested (Perban BKN 7/2020 Pasal 22(1)). */
export const MIN_METHODS_PER_UNIT = 2;

/**
 * What the choice of methods must take into account (Perban BKN 7/2020 Pasal 22(2)); the methods also fit
 * the competency's context and the participant's condition (Pasal 20(1)).
 */
export const METHOD_SELECTION_FACTORS: readonly string[] = [
  'kondisi peraturan perundang-undangan yang berlaku',
  'sarana dan prasarana',
  'konteks penyelenggaraan manajemen ASN',
  'kondisi pegawai yang dinilai',
];

export function isAssessmentMethodCode(value: string): value is AssessmentMethodCode {
  return (ASSESSMENT_METHOD_CODES as readonly string[]).includes(value);
}

export function assessmentMethod(code: AssessmentMethodCode): AssessmentMethod {
  return ASSESSMENT_METHODS.find((m) => m.code === code) as AssessmentMethod;
}

/** The methods that collect one kind of evidence, in the article's order. */
export function methodsOfKind(kind: EvidenceKind): readonly AssessmentMethod[] {
  return ASSESSMENT_METHODS.filter((m) => m.kind === kind);
}

/** The kind of evidence a method collects (Pasal 20(3)-(5)). */
export function evidenceKindOf(code: AssessmentMethodCode): EvidenceKind {
  return assessmentMethod(code).kind;
}

/** How many different methods a list names, duplicates counted once: what Pasal 22(1)'s minimum counts. */
export function distinctMethodCount(codes: readonly AssessmentMethodCode[]): number {
  return new Set(codes).size;
}
