/**
 * Test instruments and the test plan of a cohort's unit (Perban BKN 7/2020 Pasal 19(7)-(8), 22, 30(2)c-e and k,
 * 30(4)a, d, k). An instrument (questions with answer keys, a case study, an observation checklist) is prepared by
 * an expert or an assessor and handed to an assessor of the test team; it states the dimensions of Pasal 19(8)a-e
 * it assesses, is versioned and reviewed periodically (19(8)f). The assessors plan each unit's test: its methods
 * (at least two, Pasal 22(1)) and the instruments used, which together must assess every dimension a-e; evidence
 * of a unit is collected only under such a plan.
 */
import { addDays, isAfter, isBefore, type IsoDate } from '../shared/dates';
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';
import type { Role } from '../access/roles';
import { qualificationsOfScheme, requiredUnitCodes } from '../reference/qualifications';
import type { SchemeCode } from '../reference/schemes';
import { METHOD_RULES, unitMethodViolations, type AssessmentMethod } from './methods';

export const INSTRUMENT_RULES = /* @__PURE__ */ defineRules({
  'UJI-INSTRUMEN-UNIT': {
    article: 'Perban BKN 7/2020 Pasal 30(4)a',
    summary: 'Instrumen disusun untuk unit kompetensi skema angkatan yang dinilai.',
  },
  'UJI-INSTRUMEN-KUNCI': {
    article: 'Perban BKN 7/2020 Pasal 30(4)k',
    summary: 'Soal dan studi kasus diserahkan beserta kunci jawaban setiap butirnya.',
  },
  'UJI-INSTRUMEN-DISERAHKAN': {
    article: 'Perban BKN 7/2020 Pasal 30(4)a, d, k',
    summary:
      'Instrumen disusun bersama dan diserahkan kepada asesor tim uji angkatan, yang mengendalikannya.',
  },
  'UJI-INSTRUMEN-TINJAU': {
    article: 'Perban BKN 7/2020 Pasal 19(8)f, 30(2)k',
    summary:
      'Instrumen yang melewati jangka peninjauan berkalanya, atau yang hasil tinjauannya perlu pembaruan, tidak masuk rencana uji baru.',
  },
  'UJI-INSTRUMEN-RAHASIA': {
    article: 'Perban BKN 7/2020 Pasal 30(4)k',
    summary:
      'Kunci jawaban hanya untuk asesor tim uji dan unit pelatihan BKN; peserta dan operator tidak melihat instrumen.',
  },
  'UJI-RENCANA-INSTRUMEN': {
    article: 'Perban BKN 7/2020 Pasal 19(8), 30(2)c-d',
    summary:
      'Rencana uji unit menyebut instrumen (versi yang ada) untuk unit itu, masing-masing dipakai metode rencana.',
  },
  'UJI-RENCANA-DIMENSI': {
    article: 'Perban BKN 7/2020 Pasal 19(7)-(8)a-e',
    summary: 'Instrumen rencana uji unit bersama-sama menilai kelima dimensi kompetensi teknis a-e.',
  },
  'UJI-RENCANA-WAJIB': {
    article: 'Perban BKN 7/2020 Pasal 19(7), 22(1), 30(2)c',
    summary:
      'Bukti unit hanya dicatat bila angkatan memiliki rencana uji unit itu yang mencakup dimensi a-e (sesi uji sejak 14 April 2020).',
  },
  'UJI-METODE-RENCANA': {
    article: 'Perban BKN 7/2020 Pasal 19(7), 22(2), 30(2)c',
    summary:
      'Bukti unit dikumpulkan dengan metode yang disebut rencana uji unit itu (sesi uji sejak 14 April 2020).',
  },
});

/** The dimensions of technical competency an instrument assesses, Pasal 19(8)a-e (f is the periodic review). */
export const COMPETENCY_DIMENSIONS = {
  a: 'penguasaan tugas pekerjaannya',
  b: 'pengelolaan lebih dari satu tugas pekerjaan',
  c: 'penanganan masalah pekerjaan dan hal yang tak terduga',
  d: 'penguasaan peraturan perundangan yang melatarbelakangi pelaksanaan pekerjaan',
  e: 'penguasaan proses transfer pengetahuan dan keterampilan kerja terhadap hal baru atau pekerja lain',
} as const;
export type CompetencyDimension = keyof typeof COMPETENCY_DIMENSIONS;
export const DIMENSION_CODES = Object.keys(COMPETENCY_DIMENSIONS) as CompetencyDimension[];

/** The kinds of instrument; the first two carry an answer key per item (Pasal 30(4)k). */
export const INSTRUMENT_KINDS = {
  SOAL: { label: 'soal beserta kunci jawaban', answerKeys: true },
  STUDI_KASUS: { label: 'studi kasus', answerKeys: true },
  DAFTAR_OBSERVASI: { label: 'daftar periksa observasi', answerKeys: false },
} as const;
export type InstrumentKind = keyof typeof INSTRUMENT_KINDS;

/** The review interval when the preparer names none: yearly (Pasal 19(8)f leaves it to BKN). */
export const DEFAULT_REVIEW_INTERVAL_DAYS = 365;

/**
 * Perban BKN 7/2020 was promulgated on 14 April 2020: test sessions from that day are tested on planned
 * instruments; the 2019 programme's, held under the 2019 handbook, are not.
 */
export const PLAN_REQUIRED_FROM = '2020-04-14' as IsoDate;

/** Every unit of a scheme's qualifications: what its cohorts' instruments and plans may name. */
export const unitsOfScheme = (scheme: SchemeCode): string[] => [
  ...new Set(qualificationsOfScheme(scheme).flatMap((q) => requiredUnitCodes(q.code))),
];

export interface InstrumentItem {
  text: string;
  answerKey?: string;
}

export interface InstrumentContent {
  unitCodes: readonly string[];
  kind: InstrumentKind;
  methods: readonly AssessmentMethod[];
  dimensions: readonly CompetencyDimension[];
  items: readonly InstrumentItem[];
}

export interface InstrumentPreparation {
  /** The units of the cohort's scheme. */
  schemeUnits: readonly string[];
  /** Whether the instrument is handed to an assessor of the cohort's test team. */
  handedToAssessor: boolean;
}

/** Whether an instrument (or a new version of one) may be recorded; every unmet rule is listed. */
export function checkInstrument(
  content: InstrumentContent,
  preparation: InstrumentPreparation,
): Decision<InstrumentContent> {
  const v: RuleViolation[] = [];
  content.unitCodes.forEach((code, i) => {
    if (!preparation.schemeUnits.includes(code)) {
      v.push(
        violation(
          INSTRUMENT_RULES['UJI-INSTRUMEN-UNIT'],
          `Unit ${code} bukan unit kompetensi skema angkatan ini.`,
          `unitCodes.${i}`,
        ),
      );
    }
  });
  if (INSTRUMENT_KINDS[content.kind].answerKeys) {
    content.items.forEach((item, i) => {
      if (!item.answerKey) {
        v.push(
          violation(
            INSTRUMENT_RULES['UJI-INSTRUMEN-KUNCI'],
            `Butir ${i + 1} ${INSTRUMENT_KINDS[content.kind].label} belum memiliki kunci jawaban.`,
            `items.${i}.answerKey`,
          ),
        );
      }
    });
  }
  if (!preparation.handedToAssessor) {
    v.push(
      violation(
        INSTRUMENT_RULES['UJI-INSTRUMEN-DISERAHKAN'],
        'Instrumen harus diserahkan kepada asesor tim uji angkatan ini.',
        'handedTo',
      ),
    );
  }
  return decide(content, v);
}

/** Whether `role` reads answer keys: the assessors of the team and BKN's training unit only. */
export function mayReadAnswerKeys(role: Role): Decision<Role> {
  return role === 'asesor' || role === 'admin-bkn'
    ? decide(role, [])
    : decide(role, [
        violation(
          INSTRUMENT_RULES['UJI-INSTRUMEN-RAHASIA'],
          'Kunci jawaban hanya untuk asesor tim uji dan unit pelatihan BKN.',
          'answerKey',
        ),
      ]);
}

/** One version of an instrument, as its review status needs it. */
export interface InstrumentVersionFacts {
  instrumentId: string;
  version: number;
  unitCodes: readonly string[];
  methods: readonly AssessmentMethod[];
  dimensions: readonly CompetencyDimension[];
  preparedOn: IsoDate;
  reviewIntervalDays: number;
}

export type ReviewOutcome = 'SESUAI' | 'PERLU_PEMBARUAN';

export interface InstrumentReviewFacts {
  version: number;
  outcome: ReviewOutcome;
  reviewedOn: IsoDate;
}

/** The latest review of `version` (reviews in the order recorded). */
const latestReview = (version: number, reviews: readonly InstrumentReviewFacts[]) =>
  reviews.filter((r) => r.version === version).at(-1);

/** When `version` is next due for review: its interval after its last review, or after its preparation. */
export function reviewDueOn(
  version: InstrumentVersionFacts,
  reviews: readonly InstrumentReviewFacts[],
): IsoDate {
  const since = latestReview(version.version, reviews)?.reviewedOn ?? version.preparedOn;
  return addDays(since, version.reviewIntervalDays);
}

/**
 * Why `version` may not go into a new plan on `today`: past its review date, or last reviewed as needing an
 * update (a new version is prepared instead, Pasal 30(2)k).
 */
export function reviewViolations(
  version: InstrumentVersionFacts,
  reviews: readonly InstrumentReviewFacts[],
  today: IsoDate,
  field: string,
): RuleViolation[] {
  const name = `Instrumen ${version.instrumentId} versi ${version.version}`;
  const rule = INSTRUMENT_RULES['UJI-INSTRUMEN-TINJAU'];
  if (latestReview(version.version, reviews)?.outcome === 'PERLU_PEMBARUAN') {
    return [violation(rule, `${name} perlu pembaruan menurut tinjauannya; susun versi baru.`, field)];
  }
  const due = reviewDueOn(version, reviews);
  return isAfter(today, due)
    ? [violation(rule, `${name} melewati jadwal peninjauan berkala (${due}); tinjau dahulu.`, field)]
    : [];
}

/** The dimensions a-e that `covered` leaves out. */
export const missingDimensions = (covered: readonly CompetencyDimension[]): CompetencyDimension[] =>
  DIMENSION_CODES.filter((d) => !covered.includes(d));

export interface InstrumentRef {
  instrumentId: string;
  version: number;
}

export interface UnitTestPlanDraft {
  unitCode: string;
  methods: readonly AssessmentMethod[];
  instruments: readonly InstrumentRef[];
}

export interface PlanContext {
  schemeUnits: readonly string[];
  /** The programme's instrument versions and reviews, by instrument id. */
  instruments: ReadonlyMap<
    string,
    { versions: readonly InstrumentVersionFacts[]; reviews: readonly InstrumentReviewFacts[] }
  >;
  today: IsoDate;
}

/**
 * A unit planned or proposed for a cohort: one of its scheme's units (UJI-RENCANA-UNIT), tested by methods fit for
 * it (Pasal 22(2)).
 */
export function unitAndMethodViolations(
  draft: { unitCode: string; methods: readonly AssessmentMethod[] },
  schemeUnits: readonly string[],
): RuleViolation[] {
  const v: RuleViolation[] = [];
  if (!schemeUnits.includes(draft.unitCode)) {
    v.push(
      violation(
        METHOD_RULES['UJI-RENCANA-UNIT'],
        `Unit ${draft.unitCode} bukan unit kompetensi skema angkatan ini.`,
        'unitCode',
      ),
    );
  }
  v.push(...unitMethodViolations(draft.unitCode, draft.methods, 'methods'));
  return v;
}

/**
 * Checks the test plan of one unit: a unit of the scheme, at least 2 distinct methods (Pasal 22(1)), instruments
 * that exist for this unit, each used by one of the methods and within its review (19(8)f), together assessing
 * every dimension a-e (19(7)-(8)). The value is the plan with the dimensions it covers.
 */
export function checkUnitTestPlan(
  draft: UnitTestPlanDraft,
  context: PlanContext,
): Decision<UnitTestPlanDraft & { dimensions: CompetencyDimension[] }> {
  const v: RuleViolation[] = unitAndMethodViolations(draft, context.schemeUnits);
  const covered = new Set<CompetencyDimension>();
  const rule = INSTRUMENT_RULES['UJI-RENCANA-INSTRUMEN'];
  draft.instruments.forEach((ref, i) => {
    const field = `instruments.${i}`;
    const instrument = context.instruments.get(ref.instrumentId);
    const version = instrument?.versions.find((x) => x.version === ref.version);
    if (!instrument || !version) {
      v.push(violation(rule, `Instrumen ${ref.instrumentId} versi ${ref.version} tidak ada.`, field));
      return;
    }
    if (!version.unitCodes.includes(draft.unitCode)) {
      v.push(
        violation(rule, `Instrumen ${ref.instrumentId} tidak disusun untuk unit ${draft.unitCode}.`, field),
      );
      return;
    }
    if (!version.methods.some((m) => draft.methods.includes(m))) {
      v.push(
        violation(rule, `Instrumen ${ref.instrumentId} tidak dipakai metode mana pun dalam rencana.`, field),
      );
      return;
    }
    const stale = reviewViolations(version, instrument.reviews, context.today, field);
    v.push(...stale);
    if (stale.length === 0) version.dimensions.forEach((d) => covered.add(d));
  });
  const dimensions = DIMENSION_CODES.filter((d) => covered.has(d));
  const missing = missingDimensions(dimensions);
  if (missing.length > 0) {
    v.push(
      violation(
        INSTRUMENT_RULES['UJI-RENCANA-DIMENSI'],
        `Instrumen rencana belum menilai dimensi ${missing.join(', ')} (Pasal 19(8)).`,
        'instruments',
      ),
    );
  }
  return decide({ ...draft, dimensions }, v);
}

/** Whether a test session held on `testDate` is tested only on planned units. */
export const testPlanRequired = (testDate: IsoDate): boolean => !isBefore(testDate, PLAN_REQUIRED_FROM);

/**
 * Why evidence of `units` may not be recorded in a session held on `testDate`: a unit with no plan of the
 * cohort, or whose plan leaves a dimension a-e out. None for a session before Perban BKN 7/2020.
 */
export function unplannedUnits(
  testDate: IsoDate,
  units: readonly { unitCode: string; field: string }[],
  plans: readonly { unitCode: string; dimensions: readonly CompetencyDimension[] }[],
): RuleViolation[] {
  if (!testPlanRequired(testDate)) return [];
  const rule = INSTRUMENT_RULES['UJI-RENCANA-WAJIB'];
  return units.flatMap(({ unitCode, field }) => {
    const plan = plans.find((p) => p.unitCode === unitCode);
    if (!plan) {
      return [violation(rule, `Unit ${unitCode} belum memiliki rencana uji angkatan ini.`, field)];
    }
    const missing = missingDimensions(plan.dimensions);
    return missing.length > 0
      ? [violation(rule, `Rencana uji unit ${unitCode} belum mencakup dimensi ${missing.join(', ')}.`, field)]
      : [];
  });
}

/**
 * Why evidence collected by `method` may not be recorded in a session held on `testDate`: the unit's plan does
 * not name the method (Pasal 22(2): the methods are chosen in the plan, the assessor tests by them). A unit
 * without a plan is UJI-RENCANA-WAJIB's; none for a session before Perban BKN 7/2020.
 */
export function unplannedMethods(
  testDate: IsoDate,
  evidence: readonly { unitCode: string; method: AssessmentMethod; field: string }[],
  plans: readonly { unitCode: string; methods: readonly AssessmentMethod[] }[],
): RuleViolation[] {
  if (!testPlanRequired(testDate)) return [];
  const rule = INSTRUMENT_RULES['UJI-METODE-RENCANA'];
  return evidence.flatMap(({ unitCode, method, field }) => {
    const plan = plans.find((p) => p.unitCode === unitCode);
    return plan && !plan.methods.includes(method)
      ? [
          violation(
            rule,
            `Metode ${method} tidak disebut rencana uji unit ${unitCode} (${plan.methods.join(', ')}).`,
            field,
          ),
        ]
      : [];
  });
}
