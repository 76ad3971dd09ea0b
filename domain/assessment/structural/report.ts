/**
 * The assessment itself and its report, Perka BKN 11/2008 Lampiran III.2 Pelaksanaan dan Laporan: the assessors of the UPK or TPK the
 * candidate was handed to (III.1.d) record what each method of the plan (III.2.a.1) found, competency by
 * competency of the position's standard (I.C.2: the PNS's competencies compared with those the position
 * requires); psychometry by a psychologist (II.C.1.c). The report (Laporan 1-2) gives at least the candidate's
 * potential and competencies against the standard, with the assessors' conclusion, and goes to the PPK.
 */
import { isAfter, isBefore, type IsoDate } from '../../shared/dates';
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../../shared/rule';
import { ECHELON_METHOD_RULES, type StructuralMethod } from './methods';
import { PLAN_RULES } from './plan';

export const REPORT_RULES = /* @__PURE__ */ defineRules({
  'PK-HASIL-OLEH-ASESOR': {
    article: 'Perka BKN 11/2008 Lampiran I.C.3, II.A.2-4, III.1.d',
    summary:
      'Hasil dan laporan penilaian dicatat hanya oleh assessor UPK atau anggota TPK yang menerima penyerahan penilaian calon.',
  },
  'PK-HASIL-SESUAI-RENCANA': {
    article: 'Perka BKN 11/2008 Lampiran III.2.a.1, III.2 Pelaksanaan',
    summary:
      'Hasil dicatat per metode rencana penilaian, sekali per metode, pada tanggal pelaksanaan tidak sebelum hari pertama rencana dan tidak sesudah hari ini.',
  },
  'PK-HASIL-PER-KOMPETENSI': {
    article: 'Perka BKN 11/2008 Lampiran I.C.2, II.B.1',
    summary:
      'Hasil setiap metode menyebut kompetensi standar terdaftar jabatan (IV.1) sekali, dengan nama dan tingkat standarnya, dan tingkat yang dicapai.',
  },
  'PK-LAPORAN-LENGKAP': {
    article: 'Perka BKN 11/2008 Lampiran III.2 Laporan 1)-2)',
    summary:
      'Laporan disusun setelah semua metode rencana dinilai, memuat gambaran potensi dan setiap kompetensi standar jabatan, dinilai, terhadap tingkat standarnya.',
  },
  'PK-LAPORAN-SIMPULAN': {
    article: 'Perka BKN 11/2008 Lampiran I.C.2, II.B.1',
    summary:
      'Simpulan MEMENUHI_SYARAT hanya bila setiap kompetensi mencapai tingkat standarnya; MASIH_MEMENUHI_SYARAT atau BELUM_MEMENUHI_SYARAT hanya bila ada kesenjangan.',
  },
});

/** One competency of the position's standard as a method measured it. */
export interface CompetencyScore {
  code: string;
  name: string;
  requiredLevel: number;
  achievedLevel: number;
}

/** A result of one method of the plan, as the assessor records it. */
export interface MethodResult {
  method: StructuralMethod;
  assessedOn: readonly IsoDate[];
  competencies: readonly CompetencyScore[];
}

/** What the candidate's record says when an assessor records a result. */
export interface ResultContext {
  /** The plan's methods, first day and psychometry psychologist; undefined when no plan is recorded. */
  plan: { methods: readonly StructuralMethod[]; startDate: IsoDate; psychologistNip?: string } | undefined;
  /** The methods already recorded, with what they found. */
  recorded: readonly MethodResult[];
  /** The NIP of the assessor recording. */
  recorderNip: string;
  /** The registered standard of the position the plan attached (IV.1), when one is attached. */
  standard?: readonly StandardCompetency[] | undefined;
}

/** A competency of the position's registered standard: what every method's result is measured against. */
export type StandardCompetency = Omit<CompetencyScore, 'achievedLevel'>;

const registeredMap = (standard: readonly StandardCompetency[]) =>
  new Map(standard.map((c) => [c.code, { ...c, achievedLevel: 0 }]));

/** The assessor may act on the candidate: they are an assessor of the UPK or a member of the TPK it was handed to. */
export function mayAssessCandidate(
  assessorNip: string | undefined,
  unitAssessorNips: readonly string[],
): Decision<string> {
  return assessorNip !== undefined && unitAssessorNips.includes(assessorNip)
    ? decide(assessorNip, [])
    : decide(assessorNip ?? '', [
        violation(
          REPORT_RULES['PK-HASIL-OLEH-ASESOR'],
          'Penilaian calon ini tidak diserahkan kepada UPK atau TPK assessor ini.',
          'nip',
        ),
      ]);
}

/** The competencies of a candidate's results, each the first time it was recorded (its standard's name and level). */
export function standardOf(
  results: readonly Pick<MethodResult, 'competencies'>[],
): Map<string, CompetencyScore> {
  const standard = new Map<string, CompetencyScore>();
  for (const score of results.flatMap((r) => r.competencies)) {
    if (!standard.has(score.code)) standard.set(score.code, score);
  }
  return standard;
}

function competencyViolations(
  competencies: readonly CompetencyScore[],
  standard: ReadonlyMap<string, CompetencyScore>,
  field: string,
  registered = false,
): RuleViolation[] {
  const v: RuleViolation[] = [];
  const seen = new Set<string>();
  competencies.forEach((score, i) => {
    if (seen.has(score.code)) {
      v.push(
        violation(
          REPORT_RULES['PK-HASIL-PER-KOMPETENSI'],
          `Kompetensi ${score.code} disebut lebih dari sekali.`,
          `${field}.${i}.code`,
        ),
      );
    }
    seen.add(score.code);
    const known = standard.get(score.code);
    if (!known && registered) {
      v.push(
        violation(
          REPORT_RULES['PK-HASIL-PER-KOMPETENSI'],
          `Kompetensi ${score.code} tidak ada dalam standar kompetensi jabatan yang dilampirkan rencana.`,
          `${field}.${i}.code`,
        ),
      );
    }
    if (known && (known.requiredLevel !== score.requiredLevel || known.name !== score.name)) {
      v.push(
        violation(
          REPORT_RULES['PK-HASIL-PER-KOMPETENSI'],
          `Kompetensi ${score.code} tercatat sebagai "${known.name}" tingkat ${known.requiredLevel} pada standar; satu standar kompetensi jabatan berlaku untuk semua metode.`,
          `${field}.${i}.requiredLevel`,
        ),
      );
    }
  });
  return v;
}

/** Checks a result an assessor records for one method; every unmet rule is listed. */
export function checkMethodResult(
  context: ResultContext,
  result: MethodResult,
  today: IsoDate,
): Decision<MethodResult> {
  const v: RuleViolation[] = [];
  const { plan } = context;
  if (!plan) {
    v.push(
      violation(
        REPORT_RULES['PK-HASIL-SESUAI-RENCANA'],
        'Rencana penilaian calon belum tercatat; hasil dicatat per metode rencana.',
        'method',
      ),
    );
  } else if (!plan.methods.includes(result.method)) {
    v.push(
      violation(
        REPORT_RULES['PK-HASIL-SESUAI-RENCANA'],
        `Metode ${result.method} tidak ada dalam rencana penilaian (${plan.methods.join(', ')}).`,
        'method',
      ),
    );
  }
  if (context.recorded.some((r) => r.method === result.method)) {
    v.push(
      violation(
        REPORT_RULES['PK-HASIL-SESUAI-RENCANA'],
        `Hasil metode ${result.method} sudah tercatat.`,
        'method',
      ),
    );
  }
  result.assessedOn.forEach((date, i) => {
    if (isAfter(date, today)) {
      v.push(
        violation(
          REPORT_RULES['PK-HASIL-SESUAI-RENCANA'],
          `Tanggal penilaian ${date} sesudah hari ini (${today}).`,
          `assessedOn.${i}`,
        ),
      );
    }
    if (plan && isBefore(date, plan.startDate)) {
      v.push(
        violation(
          REPORT_RULES['PK-HASIL-SESUAI-RENCANA'],
          `Tanggal penilaian ${date} sebelum hari pertama rencana (${plan.startDate}).`,
          `assessedOn.${i}`,
        ),
      );
    }
  });
  if (result.method === 'ASSESSMENT_CENTER' && new Set(result.assessedOn).size < 2) {
    v.push(
      violation(
        ECHELON_METHOD_RULES['PK-AC-MIN-2-HARI'],
        'Assessment center dilaksanakan paling kurang 2 hari (III.2 Pelaksanaan 2)).',
        'assessedOn',
      ),
    );
  }
  if (result.method === 'PSIKOMETRI' && plan?.psychologistNip !== context.recorderNip) {
    v.push(
      violation(
        PLAN_RULES['PK-PSIKOMETRI-PSIKOLOG'],
        'Hasil psikometri dicatat oleh psikolog pelaksana psikometri yang disebut rencana.',
        'method',
      ),
    );
  }
  const standard = context.standard ? registeredMap(context.standard) : standardOf(context.recorded);
  v.push(...competencyViolations(result.competencies, standard, 'competencies', !!context.standard));
  return decide(result, v);
}

/**
 * The assessors' conclusion against the standard, as assessment reports give it: the candidate meets the
 * position's requirements (every competency at its level), still meets them with development of the
 * competencies below their level, or does not yet meet them.
 */
export const CONCLUSIONS = ['MEMENUHI_SYARAT', 'MASIH_MEMENUHI_SYARAT', 'BELUM_MEMENUHI_SYARAT'] as const;
export type Conclusion = (typeof CONCLUSIONS)[number];

export interface AssessmentReport {
  potential: string;
  competencies: readonly CompetencyScore[];
  conclusion: Conclusion;
}

/** The competencies of a report below their required level. */
export const gapsOf = (competencies: readonly CompetencyScore[]) =>
  competencies.filter((c) => c.achievedLevel < c.requiredLevel);

/** Checks the report on the candidate's results against the plan's methods; every unmet rule is listed. */
export function checkReport(
  planMethods: readonly StructuralMethod[] | undefined,
  results: readonly MethodResult[],
  report: AssessmentReport,
  registered?: readonly StandardCompetency[],
): Decision<AssessmentReport> {
  const v: RuleViolation[] = [];
  const missing = (planMethods ?? []).filter((m) => !results.some((r) => r.method === m));
  if (planMethods === undefined) {
    v.push(
      violation(
        REPORT_RULES['PK-LAPORAN-LENGKAP'],
        'Rencana penilaian calon belum tercatat; laporan disusun atas metode rencana.',
        'competencies',
      ),
    );
  } else if (missing.length > 0) {
    v.push(
      violation(
        REPORT_RULES['PK-LAPORAN-LENGKAP'],
        `Hasil metode ${missing.join(', ')} belum tercatat; laporan disusun setelah semua metode rencana dinilai.`,
        'competencies',
      ),
    );
  }
  const standard = standardOf(results);
  v.push(...competencyViolations(report.competencies, standard, 'competencies'));
  const reported = new Set(report.competencies.map((c) => c.code));
  // Against a registered standard the report covers every competency of the position, not only those assessed.
  const expected = registered ? registered.map((c) => c.code) : [...standard.keys()];
  const unreported = expected.filter((code) => !reported.has(code));
  if (unreported.length > 0) {
    v.push(
      violation(
        REPORT_RULES['PK-LAPORAN-LENGKAP'],
        registered
          ? `Kompetensi ${unreported.join(', ')} dari standar kompetensi jabatan tidak dimuat dalam laporan.`
          : `Kompetensi ${unreported.join(', ')} dinilai tetapi tidak dimuat dalam laporan.`,
        'competencies',
      ),
    );
  }
  report.competencies.forEach((c, i) => {
    if (!standard.has(c.code)) {
      v.push(
        violation(
          REPORT_RULES['PK-LAPORAN-LENGKAP'],
          `Kompetensi ${c.code} tidak dinilai oleh metode mana pun.`,
          `competencies.${i}.code`,
        ),
      );
    }
  });
  const gaps = gapsOf(report.competencies);
  if (report.conclusion === 'MEMENUHI_SYARAT' && gaps.length > 0) {
    v.push(
      violation(
        REPORT_RULES['PK-LAPORAN-SIMPULAN'],
        `Kompetensi ${gaps.map((g) => g.code).join(', ')} di bawah tingkat standarnya: simpulan tidak dapat MEMENUHI_SYARAT.`,
        'conclusion',
      ),
    );
  }
  if (report.conclusion !== 'MEMENUHI_SYARAT' && gaps.length === 0) {
    v.push(
      violation(
        REPORT_RULES['PK-LAPORAN-SIMPULAN'],
        `Setiap kompetensi mencapai tingkat standarnya: simpulan ${report.conclusion} tidak sesuai.`,
        'conclusion',
      ),
    );
  }
  return decide(report, v);
}
