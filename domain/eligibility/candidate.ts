/**
 * Whether a proposed candidate may sit the competency test: the requirements of Perban BKN 7/2020
 * Pasal 31(2) a-e, the level of the scheme and the one-level-below succession path (Pasal 14(1), 16(3)),
 * the 12 months in position for incumbents (Pasal 16(4)), and the documents of Pasal 32.
 *
 * The answer is a report listing every rule with its article, met or not, so the operator sees
 * everything to fix at once.
 */
import { SCHEMES, type SchemeCode } from '../reference/schemes';
import { addMonths, addYears, isAfter, isWithinPeriod, type IsoDate } from '../shared/dates';
import {
  checkOf,
  decide,
  defineRules,
  notApplicable,
  violation,
  type Decision,
  type RuleCheck,
  type RuleViolation,
} from '../shared/rule';
import { documentChecks, type SubmittedDocument } from './documents';

export const ELIGIBILITY_RULES = /* @__PURE__ */ defineRules({
  'ELIG-PENYELENGGARA-MANAJEMEN-ASN': {
    article: 'Perban BKN 7/2020 Pasal 1 angka 16',
    summary: 'Peserta adalah Pegawai ASN penyelenggara manajemen ASN (termasuk lulusan PIK).',
  },
  'ELIG-SYARAT-JABATAN': {
    article: 'Perban BKN 7/2020 Pasal 31(2)a',
    summary: 'Calon peserta memenuhi syarat dalam jabatannya.',
  },
  'ELIG-JENJANG-SKEMA': {
    article: 'Perban BKN 7/2020 Pasal 14(1), 16(3)',
    summary: 'Jenjang jabatan calon sama dengan level skema, atau satu tingkat di bawahnya (suksesi).',
  },
  'ELIG-SUKSESI-PELATIHAN': {
    article: 'Perban BKN 7/2020 Pasal 16(3)',
    summary:
      'Calon satu tingkat di bawah level skema hanya dapat ikut melalui pelatihan berbasis kompetensi.',
  },
  'ELIG-MASA-JABATAN-12M': {
    article: 'Perban BKN 7/2020 Pasal 16(4)',
    summary: 'Pemangku jabatan setingkat skema diuji paling cepat 12 bulan setelah menduduki jabatan.',
  },
  'ELIG-KINERJA-2Y': {
    article: 'Perban BKN 7/2020 Pasal 31(2)b',
    summary: 'Penilaian kinerja paling kurang berkategori baik pada 2 tahun terakhir.',
  },
  'ELIG-HUKDIS-BERAT-3Y': {
    article: 'Perban BKN 7/2020 Pasal 31(2)c',
    summary: 'Tidak pernah dijatuhi hukuman disiplin tingkat berat dalam 3 tahun terakhir.',
  },
  'ELIG-REKOMENDASI-ATASAN': {
    article: 'Perban BKN 7/2020 Pasal 31(2)d',
    summary: 'Ada rekomendasi atasan langsung yang menyatakan layak mengikuti Uji Kompetensi Teknis.',
  },
  'ELIG-CLTN': {
    article: 'Perban BKN 7/2020 Pasal 31(2)e',
    summary: 'Tidak sedang menjalani cuti di luar tanggungan negara.',
  },
  'ELIG-TUGAS-BELAJAR': {
    article: 'Perban BKN 7/2020 Pasal 31(2)e',
    summary: 'Tidak sedang menjalani tugas belajar.',
  },
});

/** Categories of the yearly performance rating, both the PP 46/2011 and the PP 30/2019 scale. */
export const PERFORMANCE_RATINGS = [
  'SANGAT_BAIK',
  'BAIK',
  'CUKUP',
  'BUTUH_PERBAIKAN',
  'KURANG',
  'SANGAT_KURANG',
  'BURUK',
] as const;
export type PerformanceRating = (typeof PERFORMANCE_RATINGS)[number];

/** "paling kurang berkategori baik": baik or sangat baik. */
export const RATINGS_AT_LEAST_BAIK: readonly PerformanceRating[] = ['SANGAT_BAIK', 'BAIK'];

export type DisciplinaryLevel = 'RINGAN' | 'SEDANG' | 'BERAT';

/**
 * UJI_LANGSUNG: certification by competency test (Pasal 16(1)); PELATIHAN: integrated with
 * competency-based training (Pasal 16(2)), the only route open to successors (Pasal 16(3)).
 */
export type CertificationRoute = 'UJI_LANGSUNG' | 'PELATIHAN';

export type PositionLevel = 1 | 2 | 3 | 4 | 5;

export interface CandidateProfile {
  scheme: SchemeCode;
  route: CertificationRoute;
  position: {
    /** Jenjang of the position on the scale of Pasal 12(4) (5 JPT Madya ... 1 Pelaksana); null if none. */
    level: PositionLevel | null;
    /** The position is one of a penyelenggara manajemen ASN (or the candidate is a PIK graduate). */
    isAsnManagement: boolean;
    /** The instansi attests the candidate meets the requirements of the position. */
    meetsPositionRequirements: boolean;
    /** TMT of the current position. */
    since: IsoDate;
  };
  /** Yearly performance ratings, any years. */
  performance: readonly { year: number; rating: PerformanceRating }[];
  /** Disciplinary sentences ever imposed, dated by the decision. */
  disciplinarySentences: readonly { level: DisciplinaryLevel; decidedOn: IsoDate }[];
  supervisorRecommendation: { fromDirectSupervisor: boolean; recommended: boolean } | null;
  /** Periods of unpaid leave (CLTN) and study assignment; `until` null while not ended. */
  leaves: readonly { kind: 'CLTN' | 'TUGAS_BELAJAR'; from: IsoDate; until: IsoDate | null }[];
  documents: readonly SubmittedDocument[];
}

export interface EligibilityReport {
  eligible: boolean;
  /** One line per rule, in the order of the regulation, met or not. */
  checks: RuleCheck[];
  /** All violations of the unmet rules. */
  violations: RuleViolation[];
}

/** Months in position before an incumbent may be tested (Pasal 16(4)). */
export const MIN_MONTHS_IN_POSITION = 12;
/** The look-back of the heavy-sentence rule (Pasal 31(2)c). */
export const HEAVY_SENTENCE_YEARS = 3;
/** The years of performance ratings required (Pasal 31(2)b). */
export const PERFORMANCE_YEARS = 2;

const R = ELIGIBILITY_RULES;

function levelChecks(p: CandidateProfile, now: IsoDate): RuleCheck[] {
  const schemeLevel = SCHEMES[p.scheme].level;
  if (schemeLevel === null) {
    // Mentor and counsellor schemes have no level (Pasal 14(1) f-g): the level rules do not apply.
    return [
      notApplicable(R['ELIG-JENJANG-SKEMA']),
      notApplicable(R['ELIG-SUKSESI-PELATIHAN']),
      notApplicable(R['ELIG-MASA-JABATAN-12M']),
    ];
  }
  const level = p.position.level;
  const incumbent = level === schemeLevel;
  const successor = level === schemeLevel - 1;
  const levelCheck = checkOf(
    R['ELIG-JENJANG-SKEMA'],
    incumbent || successor
      ? []
      : [
          violation(
            R['ELIG-JENJANG-SKEMA'],
            level === null
              ? `Jabatan calon tidak berjenjang; skema ${p.scheme} level ${schemeLevel} mensyaratkan jabatan level ${schemeLevel} atau ${schemeLevel - 1}.`
              : `Jabatan calon level ${level} tidak sesuai skema ${p.scheme} level ${schemeLevel}; hanya level ${schemeLevel} atau satu tingkat di bawahnya.`,
            'position.level',
          ),
        ],
  );
  const successionCheck = !successor
    ? notApplicable(R['ELIG-SUKSESI-PELATIHAN'])
    : checkOf(
        R['ELIG-SUKSESI-PELATIHAN'],
        p.route === 'PELATIHAN'
          ? []
          : [
              violation(
                R['ELIG-SUKSESI-PELATIHAN'],
                'Calon satu tingkat di bawah jenjang skema hanya dapat disertifikasi melalui pelatihan manajemen ASN berbasis kompetensi.',
                'route',
              ),
            ],
      );
  const monthsCheck = !incumbent
    ? notApplicable(R['ELIG-MASA-JABATAN-12M'])
    : checkOf(R['ELIG-MASA-JABATAN-12M'], monthsInPositionViolations(p.position.since, now));
  return [levelCheck, successionCheck, monthsCheck];
}

function monthsInPositionViolations(since: IsoDate, testDate: IsoDate): RuleViolation[] {
  const from = addMonths(since, MIN_MONTHS_IN_POSITION);
  return isAfter(from, testDate)
    ? [
        violation(
          R['ELIG-MASA-JABATAN-12M'],
          `Calon baru dapat diuji paling cepat ${MIN_MONTHS_IN_POSITION} bulan setelah menduduki jabatan, yaitu mulai ${from}; tanggal uji ${testDate}.`,
          'position.since',
        ),
      ]
    : [];
}

/** The years whose rating Pasal 31(2)b looks at: the 2 calendar years before the year of `now`. */
export function performanceYears(now: IsoDate): number[] {
  const year = Number(now.slice(0, 4));
  return Array.from({ length: PERFORMANCE_YEARS }, (_, i) => year - 1 - i);
}

function performanceViolations(p: TestDateProfile, now: IsoDate): RuleViolation[] {
  return performanceYears(now).flatMap((year) => {
    const ratings = p.performance.filter((r) => r.year === year);
    if (ratings.length === 0) {
      return [
        violation(
          R['ELIG-KINERJA-2Y'],
          `Penilaian kinerja tahun ${year} tidak tersedia.`,
          `performance.${year}`,
        ),
      ];
    }
    return ratings.some((r) => !RATINGS_AT_LEAST_BAIK.includes(r.rating))
      ? [
          violation(
            R['ELIG-KINERJA-2Y'],
            `Penilaian kinerja tahun ${year} di bawah kategori baik.`,
            `performance.${year}`,
          ),
        ]
      : [];
  });
}

/**
 * A heavy sentence counts when imposed after `now` minus 3 years: one imposed exactly 3 years before
 * `now` (same calendar date) has completed the 3 years and no longer bars the candidate.
 */
function disciplinaryViolations(p: TestDateProfile, now: IsoDate): RuleViolation[] {
  const windowStart = addYears(now, -HEAVY_SENTENCE_YEARS);
  return p.disciplinarySentences
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.level === 'BERAT' && isAfter(s.decidedOn, windowStart))
    .map(({ s, i }) =>
      violation(
        R['ELIG-HUKDIS-BERAT-3Y'],
        `Calon dijatuhi hukuman disiplin tingkat berat pada ${s.decidedOn}, dalam ${HEAVY_SENTENCE_YEARS} tahun terakhir (dapat diusulkan mulai ${addYears(s.decidedOn, HEAVY_SENTENCE_YEARS)}).`,
        `disciplinarySentences.${i}`,
      ),
    );
}

function recommendationViolations(p: CandidateProfile): RuleViolation[] {
  const rec = p.supervisorRecommendation;
  const rule = R['ELIG-REKOMENDASI-ATASAN'];
  if (rec === null)
    return [violation(rule, 'Rekomendasi atasan langsung belum ada.', 'supervisorRecommendation')];
  const v: RuleViolation[] = [];
  if (!rec.fromDirectSupervisor) {
    v.push(
      violation(
        rule,
        'Rekomendasi harus dari atasan langsung.',
        'supervisorRecommendation.fromDirectSupervisor',
      ),
    );
  }
  if (!rec.recommended) {
    v.push(
      violation(
        rule,
        'Atasan langsung tidak menyatakan calon layak mengikuti Uji Kompetensi Teknis.',
        'supervisorRecommendation.recommended',
      ),
    );
  }
  return v;
}

function leaveViolations(p: TestDateProfile, now: IsoDate, kind: 'CLTN' | 'TUGAS_BELAJAR'): RuleViolation[] {
  const rule = kind === 'CLTN' ? R['ELIG-CLTN'] : R['ELIG-TUGAS-BELAJAR'];
  const label = kind === 'CLTN' ? 'cuti di luar tanggungan negara' : 'tugas belajar';
  return p.leaves
    .map((l, i) => ({ l, i }))
    .filter(({ l }) => l.kind === kind && isWithinPeriod(now, l))
    .map(({ l, i }) => violation(rule, `Calon sedang menjalani ${label} sejak ${l.from}.`, `leaves.${i}`));
}

/**
 * The rules counted to the day of the test: they may be met on one test date and not on another (Pasal 16(4)
 * "12 bulan setelah menduduki jabatan", 31(2)b "2 tahun terakhir", 31(2)c "3 tahun terakhir", 31(2)e "tidak
 * sedang menjalani"). The others hold or not whatever the date.
 */
export const TEST_DATE_RULE_CODES: readonly string[] = [
  'ELIG-MASA-JABATAN-12M',
  'ELIG-KINERJA-2Y',
  'ELIG-HUKDIS-BERAT-3Y',
  'ELIG-CLTN',
  'ELIG-TUGAS-BELAJAR',
];

/** The full eligibility report of a candidate tested on `testDate`. */
export function evaluateEligibility(p: CandidateProfile, testDate: IsoDate): EligibilityReport {
  const now = testDate;
  const [performance, sentences, unpaidLeave, studyLeave] = testDateChecks(p, now);
  const checks: RuleCheck[] = [
    checkOf(
      R['ELIG-PENYELENGGARA-MANAJEMEN-ASN'],
      p.position.isAsnManagement
        ? []
        : [
            violation(
              R['ELIG-PENYELENGGARA-MANAJEMEN-ASN'],
              'Jabatan calon bukan jabatan penyelenggara manajemen ASN.',
              'position.isAsnManagement',
            ),
          ],
    ),
    checkOf(
      R['ELIG-SYARAT-JABATAN'],
      p.position.meetsPositionRequirements
        ? []
        : [
            violation(
              R['ELIG-SYARAT-JABATAN'],
              'Calon belum memenuhi syarat dalam jabatannya.',
              'position.meetsPositionRequirements',
            ),
          ],
    ),
    ...levelChecks(p, now),
    performance,
    sentences,
    checkOf(R['ELIG-REKOMENDASI-ATASAN'], recommendationViolations(p)),
    unpaidLeave,
    studyLeave,
    ...documentChecks(p.documents),
  ];
  const violations = checks.flatMap((c) => c.violations);
  return { eligible: violations.length === 0, checks, violations };
}

/** What the rules counted to the test need of a candidate: kept on the participant for placement. */
export type TestDateProfile = Pick<
  CandidateProfile,
  'scheme' | 'performance' | 'disciplinarySentences' | 'leaves'
> & { position: Pick<CandidateProfile['position'], 'level' | 'since'> };

/** Pasal 31(2)b, c and e (twice), in this order. */
function testDateChecks(p: TestDateProfile, testDate: IsoDate): [RuleCheck, RuleCheck, RuleCheck, RuleCheck] {
  return [
    checkOf(R['ELIG-KINERJA-2Y'], performanceViolations(p, testDate)),
    checkOf(R['ELIG-HUKDIS-BERAT-3Y'], disciplinaryViolations(p, testDate)),
    checkOf(R['ELIG-CLTN'], leaveViolations(p, testDate, 'CLTN')),
    checkOf(R['ELIG-TUGAS-BELAJAR'], leaveViolations(p, testDate, 'TUGAS_BELAJAR')),
  ];
}

/** Every unmet rule counted to the test, for a test on `testDate` (12 months in position included). */
export function testDateViolations(p: TestDateProfile, testDate: IsoDate): RuleViolation[] {
  const schemeLevel = SCHEMES[p.scheme].level;
  const incumbent = schemeLevel !== null && p.position.level === schemeLevel;
  return [
    ...(incumbent ? monthsInPositionViolations(p.position.since, testDate) : []),
    ...testDateChecks(p, testDate).flatMap((c) => c.violations),
  ];
}

/** The report as a decision: the profile when eligible, otherwise every violation. */
export function eligibilityDecision(p: CandidateProfile, testDate: IsoDate): Decision<CandidateProfile> {
  return decide(p, evaluateEligibility(p, testDate).violations);
}
