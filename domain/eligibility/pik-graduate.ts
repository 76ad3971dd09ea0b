/**
 * Graduates of the PIK civil-service school (Pendidikan Kedinasan Pendidikan Ilmu Kepegawaian), Perban BKN 7/2020
 * Pasal 23 and Pasal 1 angka 16. A graduate whose courses BKN recognises as equivalent to the competency standard
 * may be certified "setelah mengikuti Uji Kompetensi Teknis": the test stays (every unit of the qualification is
 * tested and decided, Pasal 16(6)), the competency-based training does not, because the courses stand for it
 * (Pasal 16(2) makes the training an optional path to the evidence: "dapat dilaksanakan terintegrasi"). So the
 * graduate enters the test directly, on route UJI_LANGSUNG (Pasal 16(1)). What is not skipped: the proposal by the
 * instansi and its requirements (Pasal 31(1)-(2), 32), the pre-test consultation (Pasal 31(1)e, 30(1)) and the
 * briefing (Pasal 33), which every participant goes through.
 *
 * Equivalence is recorded course by course: a course BKN recognised maps to the competency units it covers; the
 * recognised courses of a graduate cover the standard when they cover every unit of one qualification of the
 * scheme proposed (Pasal 12(1), 14(2)).
 */
import { qualificationsOfScheme, requiredUnitCodes } from '../reference/qualifications';
import type { SchemeCode } from '../reference/schemes';
import { isAfter, type IsoDate } from '../shared/dates';
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';

export const PIK_RULES = /* @__PURE__ */ defineRules({
  'PIK-KESETARAAN-UNIT': {
    article: 'Perban BKN 7/2020 Pasal 23(1)',
    summary:
      'Kesetaraan mata kuliah PIK diakui BKN per mata kuliah, atas unit kompetensi teknis yang dikenal.',
  },
  'PIK-SETARA-STANDAR': {
    article: 'Perban BKN 7/2020 Pasal 23(1), 12(1), 14(2)',
    summary:
      'Lulusan PIK masuk uji langsung bila mata kuliahnya yang diakui setara mencakup setiap unit satu kualifikasi skema yang diusulkan.',
  },
  'PIK-UJI-LANGSUNG': {
    article: 'Perban BKN 7/2020 Pasal 23(1), 16(1), 16(2)',
    summary:
      'Lulusan PIK yang setara mengikuti uji kompetensi langsung (jalur UJI_LANGSUNG) tanpa pelatihan, sesudah lulus.',
  },
});

const R = PIK_RULES;

/** A course BKN recognised as equivalent to competency units. */
export interface CourseEquivalence {
  courseCode: string;
  courseName: string;
  unitCodes: readonly string[];
  decree: { number: string; date: string };
}

/** Every unmet rule of an equivalence BKN records: at least one unit, each a known competency unit. */
export function checkCourseEquivalence(
  unitCodes: readonly string[],
  isUnit: (code: string) => boolean,
): RuleViolation[] {
  const rule = R['PIK-KESETARAAN-UNIT'];
  return [
    ...(unitCodes.length === 0
      ? [violation(rule, 'Sebutkan paling sedikit satu unit kompetensi yang setara.', 'unitCodes')]
      : []),
    ...unitCodes.flatMap((code, i) =>
      isUnit(code) ? [] : [violation(rule, `Unit ${code} tidak dikenal.`, `unitCodes.${i}`)],
    ),
  ];
}

export interface PikGraduate {
  scheme: SchemeCode;
  route: 'UJI_LANGSUNG' | 'PELATIHAN';
  graduatedOn: IsoDate;
  courseCodes: readonly string[];
}

export interface PikEntry {
  /** Course by course: the units its recognised equivalence covers, or none when BKN recognised none. */
  courses: {
    courseCode: string;
    recognised: boolean;
    unitCodes: string[];
    decree?: { number: string; date: string };
  }[];
  coveredUnits: string[];
  /** The qualification of the scheme the courses cover whole, if any. */
  qualification: string | undefined;
  /** The units of the scheme's closest qualification no recognised course covers. */
  missingUnits: string[];
}

/**
 * Whether a graduate enters the test directly: graduated by `today`, proposed on route UJI_LANGSUNG, and the
 * recognised courses cover a qualification of the scheme. Every unmet rule is listed, with the equivalence
 * course by course either way.
 */
export function pikDirectEntry(
  graduate: PikGraduate,
  equivalences: ReadonlyMap<string, CourseEquivalence>,
  today: IsoDate,
): Decision<PikEntry> {
  const courses = [...new Set(graduate.courseCodes)].map((courseCode) => {
    const equivalence = equivalences.get(courseCode);
    return equivalence
      ? { courseCode, recognised: true, unitCodes: [...equivalence.unitCodes], decree: equivalence.decree }
      : { courseCode, recognised: false, unitCodes: [] };
  });
  const covered = new Set(courses.flatMap((c) => c.unitCodes));
  const gaps = qualificationsOfScheme(graduate.scheme)
    .map((q) => ({ code: q.code, missing: requiredUnitCodes(q.code).filter((u) => !covered.has(u)) }))
    .sort((a, b) => a.missing.length - b.missing.length);
  const closest = gaps[0];
  const entry: PikEntry = {
    courses,
    coveredUnits: [...covered].sort(),
    qualification: closest && closest.missing.length === 0 ? closest.code : undefined,
    missingUnits: closest?.missing ?? [],
  };
  const v: RuleViolation[] = [];
  if (entry.qualification === undefined) {
    v.push(
      violation(
        R['PIK-SETARA-STANDAR'],
        closest
          ? `Mata kuliah yang diakui setara belum mencakup unit ${closest.missing.join(', ')} skema ${graduate.scheme}.`
          : `Skema ${graduate.scheme} tidak memiliki unit kompetensi untuk disetarakan.`,
        'courses',
      ),
    );
  }
  if (graduate.route !== 'UJI_LANGSUNG') {
    v.push(
      violation(
        R['PIK-UJI-LANGSUNG'],
        'Lulusan PIK yang setara mengikuti uji langsung: usulkan calon pada jalur UJI_LANGSUNG, bukan PELATIHAN.',
        'route',
      ),
    );
  }
  if (isAfter(graduate.graduatedOn, today)) {
    v.push(
      violation(R['PIK-UJI-LANGSUNG'], `Tanggal lulus ${graduate.graduatedOn} belum tiba.`, 'graduatedOn'),
    );
  }
  return decide(entry, v);
}
