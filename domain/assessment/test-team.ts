/**
 * The test team as the head of BKN forms it (Perban BKN 7/2020 Pasal 18, 19(2)-(6), 4(4), 5(1)): by decree, for a
 * set period, of assessors, experts or practitioners where needed and administrative staff, from BKN and other
 * instansi, sized to the number of participants and the difficulty of the test, with one team leader who
 * receives the assessors' pre-test consultation reports (Pasal 30(1)d).
 */
import { describeRank, isRankAtLeast, type GolonganRuang } from '../identity/rank';
import { isAfter, isBefore, type IsoDate } from '../shared/dates';
import { testPlanRequired } from './instrument';
import {
  accept,
  decide,
  defineRules,
  reject,
  violation,
  type Decision,
  type RuleViolation,
} from '../shared/rule';

export const TEST_TEAM_RULES = /* @__PURE__ */ defineRules({
  'TIM-UJI-SK': {
    article: 'Perban BKN 7/2020 Pasal 18(2), 19(2), 5(1)',
    summary:
      'Tim uji dibentuk dengan keputusan Kepala BKN atau pejabat yang ditunjuk, yang sudah ditetapkan (tanggalnya tidak sesudah hari ini).',
  },
  'TIM-UJI-PERIODE': {
    article: 'Perban BKN 7/2020 Pasal 19(5), 4(4)',
    summary:
      'Tim uji dibentuk untuk jangka waktu tertentu yang mencakup hari uji setiap angkatan yang dilayaninya.',
  },
  'TIM-UJI-SUSUNAN': {
    article: 'Perban BKN 7/2020 Pasal 19(2), 30(1)d',
    summary:
      'Tim uji terdiri dari asesor, pakar/praktisi bila diperlukan, dan pengelola administrasi, tiap anggota sekali, dengan satu ketua tim yang bukan pengelola administrasi.',
  },
  'TIM-UJI-UKURAN': {
    article: 'Perban BKN 7/2020 Pasal 19(3)',
    summary:
      'Jumlah asesor tim paling sedikit jumlah peserta uji dibagi rasio peserta per asesor untuk tingkat kesulitan uji yang ditetapkan BKN.',
  },
  'TIM-UJI-KEPUTUSAN': {
    article: 'Perban BKN 7/2020 Pasal 19(2), 18(2)',
    summary:
      'Angkatan yang dilayani tim uji berdasarkan keputusan tidak menerima penugasan anggota satu per satu; tim berdasarkan keputusan tidak dibentuk untuk angkatan yang anggotanya sudah ditugaskan satu per satu atau sudah dilayani tim lain.',
  },
  'TIM-UJI-SK-WAJIB': {
    article: 'Perban BKN 7/2020 Pasal 19(2), 37',
    summary:
      'Sejak Perban BKN 7/2020 berlaku (14 April 2020), setiap angkatan dan sesi uji ulang diuji oleh tim uji yang dibentuk dengan keputusan Kepala BKN; penugasan anggota satu per satu hanya untuk hari uji sebelum tanggal itu (program 2019).',
  },
  'TIM-UJI-PANGKAT-SETARA': {
    article: 'Perban BKN 7/2020 Pasal 19(6)',
    summary:
      'Pakar/praktisi yang ikut menilai berpangkat paling rendah setara dengan peserta yang dinilai (asesor: ASESOR-PANGKAT-SETARA-PESERTA).',
  },
  'TIM-UJI-MASA-TUGAS': {
    article: 'Perban BKN 7/2020 Pasal 19(5)',
    summary: 'Anggota tim uji berdasarkan keputusan menguji hanya dalam jangka waktu tim tersebut.',
  },
});

const R = TEST_TEAM_RULES;

export const DIFFICULTY_LEVELS = ['RENDAH', 'SEDANG', 'TINGGI'] as const;
export type Difficulty = (typeof DIFFICULTY_LEVELS)[number];

/** Participants one assessor tests, per difficulty: BKN's reference data (Pasal 19(3)). */
export type ParticipantsPerAssessor = Readonly<Record<Difficulty, number>>;

export const TEAM_ROLES = ['asesor', 'pakar', 'pengelola-administrasi'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export interface Period {
  from: IsoDate;
  to: IsoDate;
}

/** What the rules see of a team proposed by decree. */
export interface TestTeamPlan {
  decree: { date: IsoDate };
  period: Period;
  difficulty: Difficulty;
  members: readonly { username: string; role: TeamRole; leader: boolean }[];
  cohorts: readonly {
    number: number;
    /** The day the cohort is tested (its last day). */
    testDay: IsoDate;
    /** Its own participants and the re-tests booked into it. */
    participants: number;
    /** Members already on its team, each with the decree that placed them (none: assigned one by one). */
    team: readonly { teamId?: string | undefined }[];
  }[];
  /** undefined while BKN has not set the ratio. */
  ratio: ParticipantsPerAssessor | undefined;
  today: IsoDate;
}

export interface TeamSize {
  participants: number;
  assessors: number;
  /** The fewest assessors the participants need at the ratio of the team's difficulty. */
  assessorsNeeded: number;
  participantsPerAssessor: number;
}

function sizeViolations(
  plan: TestTeamPlan,
  size: Omit<TeamSize, 'participantsPerAssessor'>,
): RuleViolation[] {
  if (plan.ratio === undefined) {
    return [
      violation(
        R['TIM-UJI-UKURAN'],
        'BKN belum menetapkan rasio peserta per asesor; ukuran tim tidak dapat diperiksa.',
        'difficulty',
      ),
    ];
  }
  if (size.assessors >= size.assessorsNeeded) return [];
  return [
    violation(
      R['TIM-UJI-UKURAN'],
      `${size.participants} peserta dengan tingkat kesulitan ${plan.difficulty} (${plan.ratio[plan.difficulty]} peserta per asesor) memerlukan paling sedikit ${size.assessorsNeeded} asesor; tim memiliki ${size.assessors}.`,
      'members',
    ),
  ];
}

function compositionViolations(members: TestTeamPlan['members']): RuleViolation[] {
  const v: RuleViolation[] = [];
  const has = (role: TeamRole) => members.some((m) => m.role === role);
  if (!has('asesor')) v.push(violation(R['TIM-UJI-SUSUNAN'], 'Tim uji tidak memiliki asesor.', 'members'));
  if (!has('pengelola-administrasi')) {
    v.push(violation(R['TIM-UJI-SUSUNAN'], 'Tim uji tidak memiliki pengelola administrasi.', 'members'));
  }
  const leaders = members.flatMap((m, i) => (m.leader ? [i] : []));
  if (leaders.length !== 1) {
    v.push(
      violation(
        R['TIM-UJI-SUSUNAN'],
        `Tim uji memiliki tepat satu ketua tim; ditetapkan ${leaders.length}.`,
        'members',
      ),
    );
  }
  for (const i of leaders) {
    if (members[i]!.role === 'pengelola-administrasi') {
      v.push(
        violation(
          R['TIM-UJI-SUSUNAN'],
          'Ketua tim menerima laporan konsultasi pra uji asesor; pengelola administrasi tidak dapat menjadi ketua tim.',
          `members.${i}.leader`,
        ),
      );
    }
  }
  const seen = new Set<string>();
  members.forEach((m, i) => {
    if (seen.has(m.username)) {
      v.push(
        violation(
          R['TIM-UJI-SUSUNAN'],
          `${m.username} tercantum lebih dari sekali.`,
          `members.${i}.username`,
        ),
      );
    }
    seen.add(m.username);
  });
  return v;
}

/**
 * Whether a test team may be formed by decree as planned: every unmet rule, with the size it has and needs.
 */
export function checkTestTeam(plan: TestTeamPlan): Decision<TeamSize> {
  const v: RuleViolation[] = [];
  if (isAfter(plan.decree.date, plan.today)) {
    v.push(
      violation(
        R['TIM-UJI-SK'],
        `Keputusan bertanggal ${plan.decree.date} belum ditetapkan (hari ini ${plan.today}).`,
        'decree.date',
      ),
    );
  }
  if (isAfter(plan.period.from, plan.period.to)) {
    v.push(
      violation(
        R['TIM-UJI-PERIODE'],
        `Jangka waktu tim dimulai ${plan.period.from}, sesudah berakhirnya ${plan.period.to}.`,
        'period',
      ),
    );
  }
  plan.cohorts.forEach((c, i) => {
    if (!withinPeriod(c.testDay, plan.period)) {
      v.push(
        violation(
          R['TIM-UJI-PERIODE'],
          `Angkatan ${c.number} diuji pada ${c.testDay}, di luar jangka waktu tim ${plan.period.from} s.d. ${plan.period.to}.`,
          `cohorts.${i}`,
        ),
      );
    }
    if (c.team.length > 0) {
      v.push(
        violation(
          R['TIM-UJI-KEPUTUSAN'],
          c.team.some((m) => m.teamId !== undefined)
            ? `Angkatan ${c.number} sudah dilayani tim uji berdasarkan keputusan lain.`
            : `Angkatan ${c.number} sudah memiliki ${c.team.length} anggota tim yang ditugaskan satu per satu.`,
          `cohorts.${i}`,
        ),
      );
    }
  });
  v.push(...compositionViolations(plan.members));
  const participants = plan.cohorts.reduce((sum, c) => sum + c.participants, 0);
  const assessors = plan.members.filter((m) => m.role === 'asesor').length;
  const perAssessor = plan.ratio?.[plan.difficulty] ?? 0;
  const assessorsNeeded = perAssessor > 0 ? Math.ceil(participants / perAssessor) : 0;
  v.push(...sizeViolations(plan, { participants, assessors, assessorsNeeded }));
  return decide({ participants, assessors, assessorsNeeded, participantsPerAssessor: perAssessor }, v);
}

const withinPeriod = (day: IsoDate, period: Period) =>
  !isBefore(day, period.from) && !isAfter(day, period.to);

/** What the size rule sees of a team formed by decree once formed: its ratio, cohorts as counted, assessors. */
export interface FormedTeam {
  difficulty: Difficulty;
  /** The ratio the team was sized by (Pasal 19(3)); it keeps it. */
  participantsPerAssessor: number;
  cohorts: readonly { programId: string; number: number; participants: number }[];
  members: readonly { role: TeamRole }[];
}

const assessorsOf = (members: readonly { role: TeamRole }[]) =>
  members.filter((m) => m.role === 'asesor').length;

/**
 * Pasal 19(3) when the team is used for `cohort`: sized for the participants it had when formed (or last amended),
 * it must still be large enough once the cohort's participants grew. Every cohort counts as recorded, this one as
 * it is now; no violation while it has not grown.
 */
export function sizeAtUse(
  team: FormedTeam,
  cohort: { programId: string; number: number; participants: number },
): RuleViolation[] {
  const recorded = team.cohorts.find((c) => c.programId === cohort.programId && c.number === cohort.number);
  if (!recorded || cohort.participants <= recorded.participants) return [];
  const participants = team.cohorts.reduce(
    (sum, c) => sum + (c === recorded ? cohort.participants : c.participants),
    0,
  );
  const needed = Math.ceil(participants / team.participantsPerAssessor);
  const assessors = assessorsOf(team.members);
  if (assessors >= needed) return [];
  return [
    violation(
      R['TIM-UJI-UKURAN'],
      `Peserta angkatan ${cohort.number} bertambah dari ${recorded.participants} menjadi ${cohort.participants}: ${participants} peserta dengan tingkat kesulitan ${team.difficulty} (${team.participantsPerAssessor} peserta per asesor) memerlukan paling sedikit ${needed} asesor; tim memiliki ${assessors}. Tambahkan asesor dengan keputusan perubahan.`,
    ),
  ];
}

/** What an amending decree adds to a team: the new members, and every cohort's participants now. */
export interface TeamAmendment {
  decree: { date: IsoDate };
  members: readonly { username: string; role: TeamRole }[];
  cohorts: readonly { programId: string; number: number; participants: number }[];
  today: IsoDate;
}

/**
 * Whether an amending decree may add `amendment.members` to `team` (Pasal 19(2)-(3)): a decree already signed,
 * members not yet on the team, and a team then large enough for the participants its cohorts have now, at the
 * ratio it was formed with. The value is the size it will have.
 */
export function checkTeamAmendment(
  team: Omit<FormedTeam, 'members'> & { members: readonly { username: string; role: TeamRole }[] },
  amendment: TeamAmendment,
): Decision<TeamSize> {
  const v: RuleViolation[] = [];
  if (isAfter(amendment.decree.date, amendment.today)) {
    v.push(
      violation(
        R['TIM-UJI-SK'],
        `Keputusan perubahan bertanggal ${amendment.decree.date} belum ditetapkan (hari ini ${amendment.today}).`,
        'decree.date',
      ),
    );
  }
  const seen = new Set(team.members.map((m) => m.username));
  let assessors = assessorsOf(team.members);
  amendment.members.forEach((m, i) => {
    if (!seen.has(m.username) && m.role === 'asesor') assessors += 1;
    if (seen.has(m.username)) {
      v.push(
        violation(
          R['TIM-UJI-SUSUNAN'],
          `${m.username} sudah atau lebih dari sekali tercantum pada tim.`,
          `members.${i}.username`,
        ),
      );
    }
    seen.add(m.username);
  });
  const participants = amendment.cohorts.reduce((sum, c) => sum + c.participants, 0);
  const perAssessor = team.participantsPerAssessor;
  const assessorsNeeded = Math.ceil(participants / perAssessor);
  if (assessors < assessorsNeeded) {
    v.push(
      violation(
        R['TIM-UJI-UKURAN'],
        `${participants} peserta dengan tingkat kesulitan ${team.difficulty} (${perAssessor} peserta per asesor) memerlukan paling sedikit ${assessorsNeeded} asesor; tim dengan perubahan ini memiliki ${assessors}.`,
        'members',
      ),
    );
  }
  return decide({ participants, assessors, assessorsNeeded, participantsPerAssessor: perAssessor }, v);
}

/** The team formed by decree that serves a cohort, if any: its members on the cohort's team carry its id. */
export const decreeServing = (team: readonly { teamId?: string | undefined }[]): string | undefined =>
  team.find((m) => m.teamId !== undefined)?.teamId;

/**
 * Why a member outside a decree may not test in a session whose test day is `testDay`: from the day Perban BKN
 * 7/2020 took effect (Pasal 37, the day the test plan is required too) every test is run by a team the head of
 * BKN forms by decree (19(2)). None before it: the 2019 programme assigned its members one by one.
 */
export function decreeTeamViolations(testDay: IsoDate, field?: string): RuleViolation[] {
  if (!testPlanRequired(testDay)) return [];
  return [
    violation(
      R['TIM-UJI-SK-WAJIB'],
      `Hari uji ${testDay} jatuh sejak Perban BKN 7/2020 berlaku (Pasal 37): tim uji dibentuk dengan keputusan Kepala BKN (Pasal 19(2), POST /test-teams), bukan ditugaskan satu per satu.`,
      field,
    ),
  ];
}

/**
 * A member assigned one by one may join a session only while no decree serves it (TIM-UJI-KEPUTUSAN) and only
 * when it is tested before Perban BKN 7/2020 took effect (TIM-UJI-SK-WAJIB).
 */
export function mayAssignOneByOne(
  team: readonly { teamId?: string | undefined }[],
  testDay: IsoDate,
): Decision<true> {
  const decreed = team.find((m) => m.teamId !== undefined);
  return decide(true, [
    ...(decreed
      ? [
          violation(
            R['TIM-UJI-KEPUTUSAN'],
            `Angkatan ini dilayani tim uji berdasarkan keputusan (${decreed.teamId}); anggotanya ditetapkan dalam keputusan itu.`,
            'username',
          ),
        ]
      : []),
    ...decreeTeamViolations(testDay, 'username'),
  ]);
}

/** A member placed by decree tests only within the team's period; a member assigned one by one has none. */
export function mayTestOn(period: Period | undefined, today: IsoDate): Decision<true> {
  if (period === undefined || withinPeriod(today, period)) return accept(true);
  return reject([
    violation(
      R['TIM-UJI-MASA-TUGAS'],
      `Jangka waktu tim uji ${period.from} s.d. ${period.to}; hari ini ${today} di luar jangka waktu itu.`,
    ),
  ]);
}

/**
 * The rank rule of Pasal 19(6) for an expert who takes part in assessing: their rank (the last one, for a
 * retired official) at least the participant's. An expert who only advises is not checked.
 */
export function expertRankReaches(
  expert: { assesses?: boolean | undefined; golongan?: GolonganRuang | undefined },
  participant: GolonganRuang,
): RuleViolation[] {
  if (!expert.assesses) return [];
  if (expert.golongan !== undefined && isRankAtLeast(expert.golongan, participant)) return [];
  return [
    violation(
      R['TIM-UJI-PANGKAT-SETARA'],
      expert.golongan === undefined
        ? 'Pangkat pakar yang ikut menilai tidak tercatat.'
        : `Pangkat pakar ${describeRank(expert.golongan)} lebih rendah dari pangkat peserta ${describeRank(participant)}.`,
      'golongan',
    ),
  ];
}
