/**
 * What the evidence collected in a competency test must be (Perban BKN 7/2020 Pasal 21): four requirements
 * (a-d) and the four rules of evidence (e 1-4). Assessors record against these codes when they judge
 * evidence.
 */
export const EVIDENCE_REQUIREMENT_CODES = [
  'RELEVAN',
  'SITUASI_KERJA_NYATA',
  'MENDEMONSTRASIKAN',
  'TERVERIFIKASI',
] as const;

export type EvidenceRequirementCode = (typeof EVIDENCE_REQUIREMENT_CODES)[number];

export const EVIDENCE_RULE_CODES = ['VALID', 'OTENTIK', 'TERKINI', 'CUKUP'] as const;

export type EvidenceRuleCode = (typeof EVIDENCE_RULE_CODES)[number];

export interface EvidenceRequirement {
  readonly code: EvidenceRequirementCode;
  readonly text: string;
  readonly source: string;
}

export interface EvidenceRule {
  readonly code: EvidenceRuleCode;
  /** The rule's name as Pasal 21 e gives it. */
  readonly name: string;
  /** What the rule means, as Pasal 21 e explains it. */
  readonly meaning: string;
  readonly source: string;
}

export const EVIDENCE_REQUIREMENTS: Readonly<Record<EvidenceRequirementCode, EvidenceRequirement>> = {
  RELEVAN: {
    code: 'RELEVAN',
    text: 'merefleksikan kemampuan dan pengetahuan yang terdeskripsikan melalui unit Kompetensi Teknis yang relevan',
    source: 'Perban BKN 7/2020 Pasal 21a',
  },
  SITUASI_KERJA_NYATA: {
    code: 'SITUASI_KERJA_NYATA',
    text: 'mengindikasikan keahlian dan pengetahuan yang diaplikasikan ke dalam situasi kerja nyata',
    source: 'Perban BKN 7/2020 Pasal 21b',
  },
  MENDEMONSTRASIKAN: {
    code: 'MENDEMONSTRASIKAN',
    text: 'mendemonstrasikan Kompetensi Teknis yang dinilai',
    source: 'Perban BKN 7/2020 Pasal 21c',
  },
  TERVERIFIKASI: {
    code: 'TERVERIFIKASI',
    text: 'dapat diverifikasi',
    source: 'Perban BKN 7/2020 Pasal 21d',
  },
};

export const EVIDENCE_RULES: Readonly<Record<EvidenceRuleCode, EvidenceRule>> = {
  VALID: {
    code: 'VALID',
    name: 'valid',
    meaning:
      'kesesuaian bukti dengan standar kompetensi teknis, serta kriteria unjuk kerja dalam standar kompetensi teknis sebagai rujukan Uji Kompetensi Teknis',
    source: 'Perban BKN 7/2020 Pasal 21e angka 1',
  },
  OTENTIK: {
    code: 'OTENTIK',
    name: 'otentik',
    meaning: 'berkaitan dengan keaslian bukti yang diserahkan peserta',
    source: 'Perban BKN 7/2020 Pasal 21e angka 2',
  },
  TERKINI: {
    code: 'TERKINI',
    name: 'terkini',
    meaning: 'bukti yang disediakan merupakan bukti yang terkini, bukan bukti dimasa lampau',
    source: 'Perban BKN 7/2020 Pasal 21e angka 3',
  },
  CUKUP: {
    code: 'CUKUP',
    name: 'cukup',
    meaning:
      'bukti yang dikumpulkan telah cukup memberikan informasi yang dibutuhkan untuk membuat keputusan kompeten sesuai dengan apa yang tertera dalam standar Kompetensi Teknis',
    source: 'Perban BKN 7/2020 Pasal 21e angka 4',
  },
};
