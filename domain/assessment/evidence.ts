/**
 * The rules evidence must meet (Perban BKN 7/2020 Pasal 21): relevant to the unit, applied in real
 * work, demonstrating the competency, verifiable, and the rules of evidence: valid, authentic, current
 * and sufficient. Each quality is the assessor's judgement, recorded per evidence item; sufficiency is
 * judged for the unit as a whole.
 */
import { defineRules, violation, type Rule, type RuleViolation } from '../shared/rule';
import type { AssessmentMethod } from './methods';

export const EVIDENCE_RULES = /* @__PURE__ */ defineRules({
  'BUKTI-RELEVAN': {
    article: 'Perban BKN 7/2020 Pasal 21a',
    summary: 'Bukti merefleksikan kemampuan dan pengetahuan pada unit kompetensi yang relevan.',
  },
  'BUKTI-SITUASI-KERJA': {
    article: 'Perban BKN 7/2020 Pasal 21b',
    summary: 'Bukti mengindikasikan keahlian yang diaplikasikan dalam situasi kerja nyata.',
  },
  'BUKTI-DEMONSTRASI': {
    article: 'Perban BKN 7/2020 Pasal 21c',
    summary: 'Bukti mendemonstrasikan kompetensi teknis yang dinilai.',
  },
  'BUKTI-TERVERIFIKASI': {
    article: 'Perban BKN 7/2020 Pasal 21d',
    summary: 'Bukti dapat diverifikasi.',
  },
  'BUKTI-VALID': {
    article: 'Perban BKN 7/2020 Pasal 21e angka 1',
    summary: 'Bukti valid: sesuai standar kompetensi teknis dan kriteria unjuk kerja.',
  },
  'BUKTI-OTENTIK': {
    article: 'Perban BKN 7/2020 Pasal 21e angka 2',
    summary: 'Bukti otentik: asli milik peserta.',
  },
  'BUKTI-TERKINI': {
    article: 'Perban BKN 7/2020 Pasal 21e angka 3',
    summary: 'Bukti terkini, bukan bukti masa lampau.',
  },
  'BUKTI-CUKUP': {
    article: 'Perban BKN 7/2020 Pasal 21e angka 4',
    summary: 'Bukti yang terkumpul untuk satu unit cukup untuk membuat keputusan kompeten.',
  },
});

/** The assessor's judgement of one evidence item against Pasal 21a-d, 21e angka 1-3. */
export interface EvidenceItem {
  id: string;
  method: AssessmentMethod;
  relevant: boolean;
  realWork: boolean;
  demonstratesCompetency: boolean;
  verifiable: boolean;
  valid: boolean;
  authentic: boolean;
  current: boolean;
}

type Quality = Exclude<keyof EvidenceItem, 'id' | 'method'>;

const QUALITIES: readonly { key: Quality; rule: Rule; failure: string }[] = [
  { key: 'relevant', rule: EVIDENCE_RULES['BUKTI-RELEVAN'], failure: 'tidak relevan dengan unit kompetensi' },
  {
    key: 'realWork',
    rule: EVIDENCE_RULES['BUKTI-SITUASI-KERJA'],
    failure: 'tidak berasal dari situasi kerja nyata',
  },
  {
    key: 'demonstratesCompetency',
    rule: EVIDENCE_RULES['BUKTI-DEMONSTRASI'],
    failure: 'tidak mendemonstrasikan kompetensi yang dinilai',
  },
  { key: 'verifiable', rule: EVIDENCE_RULES['BUKTI-TERVERIFIKASI'], failure: 'tidak dapat diverifikasi' },
  { key: 'valid', rule: EVIDENCE_RULES['BUKTI-VALID'], failure: 'tidak valid terhadap standar kompetensi' },
  { key: 'authentic', rule: EVIDENCE_RULES['BUKTI-OTENTIK'], failure: 'tidak otentik' },
  { key: 'current', rule: EVIDENCE_RULES['BUKTI-TERKINI'], failure: 'bukan bukti terkini' },
];

/** Every Pasal 21 quality an evidence item lacks. */
export function evidenceItemViolations(item: EvidenceItem, field = `evidence.${item.id}`): RuleViolation[] {
  return QUALITIES.filter((q) => !item[q.key]).map((q) =>
    violation(q.rule, `Bukti ${item.id} ${q.failure}.`, `${field}.${q.key}`),
  );
}

/**
 * Pasal 21 for all the evidence of one unit: every item meets a-e(3), and the assessor judged the
 * whole sufficient (e(4)); no evidence at all is never sufficient.
 */
export function unitEvidenceViolations(
  unitCode: string,
  evidence: readonly EvidenceItem[],
  sufficient: boolean,
  field = `units.${unitCode}`,
): RuleViolation[] {
  const items = evidence.flatMap((e, i) => evidenceItemViolations(e, `${field}.evidence.${i}`));
  if (evidence.length === 0 || !sufficient) {
    items.push(
      violation(
        EVIDENCE_RULES['BUKTI-CUKUP'],
        evidence.length === 0
          ? `Belum ada bukti untuk unit ${unitCode}.`
          : `Bukti untuk unit ${unitCode} belum cukup untuk membuat keputusan kompeten.`,
        `${field}.evidenceSufficient`,
      ),
    );
  }
  return items;
}
