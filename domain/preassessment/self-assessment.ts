import type { CompetencyUnitCode } from '../reference/competency-units';
import {
  QUALIFICATIONS,
  qualificationsOfScheme,
  requiredUnitCodes,
  type QualificationCode,
} from '../reference/qualifications';
import type { SchemeCode } from '../reference/schemes';
import { decide, defineRules, reject, violation, type Decision, type RuleViolation } from '../shared/rule';

/**
 * The candidate's self-assessment (penilaian mandiri) in the pre-test consultation: for every competency unit
 * of the qualification the candidate is tested on, a claim of competent (K) or not yet competent (BK) with
 * notes on the evidence (Perban BKN 7/2020 Pasal 30(1)a-b, 31(1)e; the units of each qualification are the
 * 2019 handbook's, domain/reference/qualifications.ts). The qualification follows the candidate (their scheme
 * and whether their instansi is BKN, `qualificationFor`), never the caller: a request naming another is refused.
 */
export const SELF_ASSESSMENT_RULES = /* @__PURE__ */ defineRules({
  'PRA-CALON-DITERIMA': {
    article: 'Perban BKN 7/2020 Pasal 31(1)d-e',
    summary:
      'Konsultasi pra uji (penilaian mandiri dan rekomendasi) hanya untuk calon yang diterima dalam sidang penetapan calon peserta.',
  },
  'PRA-KUALIFIKASI-SKEMA': {
    article:
      'Perban BKN 7/2020 Pasal 14(2), 15(3)d; Panduan Pusbang ASN BKN 2019, Kompetensi Teknis Manajemen ASN',
    summary: 'Penilaian mandiri dilakukan terhadap kualifikasi dari skema sertifikasi calon.',
  },
  'PRA-KUALIFIKASI-CALON': {
    article:
      'Perban BKN 7/2020 Pasal 14(2), 15(3)d; Panduan Pusbang ASN BKN 2019, Kompetensi Teknis Manajemen ASN (Kualifikasi JPT Pratama BKN; Kualifikasi JPT Pratama Instansi K/L dan Daerah)',
    summary:
      'Kualifikasi mengikuti calon: JPT Pratama di BKN diuji pada Kualifikasi JPT Pratama BKN (12 unit), JPT Pratama instansi lain pada Kualifikasi JPT Pratama Instansi K/L dan Daerah (11 unit); permintaan yang menyebut kualifikasi lain ditolak.',
  },
  'PRA-UNIT-KUALIFIKASI': {
    article: 'Perban BKN 7/2020 Pasal 30(1)a; Panduan Pusbang ASN BKN 2019, Kompetensi Teknis Manajemen ASN',
    summary: 'Setiap unit yang dinilai adalah unit kompetensi kualifikasi tersebut, masing-masing sekali.',
  },
  'PRA-BUKTI-KOMPETEN': {
    article: 'Perban BKN 7/2020 Pasal 30(1)b',
    summary: 'Klaim kompeten (K) atas suatu unit disertai catatan bukti.',
  },
  'PRA-PENILAIAN-LENGKAP': {
    article: 'Perban BKN 7/2020 Pasal 30(1)b, 31(1)e',
    summary: 'Penilaian mandiri lengkap bila setiap unit kompetensi kualifikasi telah diklaim K atau BK.',
  },
  'PRA-PENILAIAN-TERKUNCI': {
    article: 'Perban BKN 7/2020 Pasal 31(1)e-f',
    summary:
      'Penilaian mandiri tidak dapat diubah lagi setelah asesor merekomendasikan calon layak (hanya setelah rekomendasi belum layak).',
  },
});

const R = SELF_ASSESSMENT_RULES;

export const UNIT_CLAIMS = ['K', 'BK'] as const;
/** K: kompeten; BK: belum kompeten (Perban BKN 7/2020 Pasal 22). */
export type UnitClaim = (typeof UNIT_CLAIMS)[number];

export interface UnitAssessment {
  unit: string;
  claim: UnitClaim;
  /** The evidence the candidate points to (portfolio, assignments, documents), in their own words. */
  evidence?: string;
}

export interface SelfAssessmentInput {
  scheme: SchemeCode;
  /** The candidate's qualification (`qualificationFor`); undefined when the scheme has none. */
  qualification: QualificationCode | undefined;
  /** The qualification the request names, if it names one: it must be the candidate's. */
  requested?: string | undefined;
  units: readonly UnitAssessment[];
}

export interface Completeness {
  complete: boolean;
  /** Units of the qualification not yet claimed, in the handbook's order. */
  missingUnits: CompetencyUnitCode[];
  claimed: number;
  required: number;
}

/** The qualifications a candidate of `scheme` may be assessed on. */
export function qualificationsFor(scheme: SchemeCode): QualificationCode[] {
  return qualificationsOfScheme(scheme).map((q) => q.code);
}

/**
 * Checks a self-assessment as saved (it may still be partial): the candidate's qualification is one of the
 * scheme's and the request names no other, every unit belongs to it at most once, every K claim has evidence
 * notes. Completeness is reported separately.
 */
export function checkSelfAssessment(input: SelfAssessmentInput): Decision<Completeness> {
  const violations: RuleViolation[] = [];
  const { qualification } = input;
  if (qualification === undefined || !qualificationsFor(input.scheme).includes(qualification)) {
    violations.push(
      violation(
        R['PRA-KUALIFIKASI-SKEMA'],
        `Skema ${input.scheme} belum memiliki kualifikasi dengan unit kompetensi.`,
        'qualification',
      ),
    );
    return reject(violations);
  }
  if (input.requested !== undefined && input.requested !== qualification) {
    violations.push(
      violation(
        R['PRA-KUALIFIKASI-CALON'],
        `Calon diuji pada ${QUALIFICATIONS[qualification].name} (${qualification}), bukan ${input.requested}: kualifikasi mengikuti skema dan instansi calon.`,
        'qualification',
      ),
    );
  }
  const units = new Set<string>(requiredUnitCodes(qualification));
  const seen = new Set<string>();
  input.units.forEach((assessment, i) => {
    if (!units.has(assessment.unit)) {
      violations.push(
        violation(
          R['PRA-UNIT-KUALIFIKASI'],
          `Unit ${assessment.unit} bukan unit kompetensi ${QUALIFICATIONS[qualification].name}.`,
          `units.${i}.unit`,
        ),
      );
    } else if (seen.has(assessment.unit)) {
      violations.push(
        violation(
          R['PRA-UNIT-KUALIFIKASI'],
          `Unit ${assessment.unit} dinilai lebih dari sekali.`,
          `units.${i}.unit`,
        ),
      );
    }
    seen.add(assessment.unit);
    if (assessment.claim === 'K' && !assessment.evidence?.trim()) {
      violations.push(
        violation(
          R['PRA-BUKTI-KOMPETEN'],
          `Klaim kompeten atas unit ${assessment.unit} belum disertai catatan bukti.`,
          `units.${i}.evidence`,
        ),
      );
    }
  });
  return decide(completenessOf({ qualification, units: input.units }), violations);
}

/** Which units of the qualification are still unclaimed. */
export function completenessOf(input: {
  qualification: QualificationCode;
  units: readonly UnitAssessment[];
}): Completeness {
  const required = requiredUnitCodes(input.qualification);
  const claimed = new Set(input.units.map((u) => u.unit));
  const missingUnits = required.filter((code) => !claimed.has(code));
  return {
    complete: missingUnits.length === 0,
    missingUnits,
    claimed: required.length - missingUnits.length,
    required: required.length,
  };
}

/** The violation that a self-assessment is incomplete, or none. */
export function incompleteness(completeness: Completeness): RuleViolation[] {
  return completeness.complete
    ? []
    : [
        violation(
          R['PRA-PENILAIAN-LENGKAP'],
          `Penilaian mandiri belum lengkap: ${completeness.missingUnits.length} dari ${completeness.required} unit belum diisi (${completeness.missingUnits.join(', ')}).`,
          'units',
        ),
      ];
}

/** Whether the candidate's self-assessment may still be changed, given the assessor's latest recommendation. */
export function checkEditable(
  candidateStatus: string,
  latestRecommendation: 'FIT' | 'NOT_FIT' | undefined,
): Decision<void> {
  const violations: RuleViolation[] = [];
  if (candidateStatus !== 'ACCEPTED') {
    violations.push(
      violation(R['PRA-CALON-DITERIMA'], 'Calon belum diterima dalam sidang penetapan calon peserta.'),
    );
  }
  if (latestRecommendation === 'FIT') {
    violations.push(
      violation(
        R['PRA-PENILAIAN-TERKUNCI'],
        'Asesor sudah merekomendasikan calon layak; penilaian mandiri tidak dapat diubah lagi.',
      ),
    );
  }
  return decide(undefined, violations);
}
