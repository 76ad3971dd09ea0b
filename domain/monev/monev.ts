import { addDays, addMonths, type IsoDate } from '../shared/dates';
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';

/**
 * Monitoring dan Evaluasi (Monev) of the action plans after the training (Panduan Pusbang ASN BKN 2019,
 * Monitoring dan Evaluasi): a questionnaire with the participant's identity, their current mentor or direct
 * supervisor, the progress of the action plan, the training's impact on performance, and suggestions. It is
 * sent at the points the programme sets (months after the cohort's last day), matching the plan's terms of 3, 6
 * and 12 months, to the participant and to the mentor the plan names.
 */
export const MONEV_RULES = /* @__PURE__ */ defineRules({
  'MONEV-TITIK': {
    article: 'Panduan Pusbang ASN BKN 2019, Monitoring dan Evaluasi; Rencana Tindak Lanjut 1.c',
    summary:
      'Titik Monev program: 1 sampai 6 titik, bulan ke-1 sampai ke-24 setelah pelatihan, berurutan tanpa ulangan; masa isian 7-60 hari, pengingat sebelum ditutup.',
  },
  'MONEV-DITUTUP': {
    article: 'Panduan Pusbang ASN BKN 2019, Monitoring dan Evaluasi',
    summary:
      'Kuesioner Monev dijawab paling lambat pada tanggal penutupan putarannya; jawaban terlambat ditolak.',
  },
  'MONEV-LANGKAH-KERJA': {
    article: 'Panduan Pusbang ASN BKN 2019, Monitoring dan Evaluasi (Perkembangan Rencana Tindak Lanjut)',
    summary:
      'Jawaban Monev memuat perkembangan setiap langkah kerja rencana tindak lanjut tepat satu kali, dengan id langkah kerjanya.',
  },
  'MONEV-MENTOR-SAAT-INI': {
    article: 'Panduan Pusbang ASN BKN 2019, Monitoring dan Evaluasi (Identitas Mentor/Atasan saat ini)',
    summary: 'Jawaban peserta menyebut mentor/atasan langsungnya saat ini (boleh berbeda dari rencana).',
  },
  'MONEV-SEKALI': {
    article: 'Panduan Pusbang ASN BKN 2019, Monitoring dan Evaluasi',
    summary: 'Setiap penerima menjawab kuesioner satu putaran satu kali.',
  },
});

const R = MONEV_RULES;

export interface MonevSettings {
  /** Months after the cohort's last day at which a round opens. */
  points: readonly number[];
  /** Days a round stays open after it opens (answers are taken through the last one). */
  answerDays: number;
  /** Days before the round closes that those who have not answered are reminded, once. */
  reminderDaysBefore: number;
}

/** The handbook's terms: short (≤3 months), medium (≤6) and long (≤12). */
export const DEFAULT_MONEV_SETTINGS: MonevSettings = {
  points: [3, 6, 12],
  answerDays: 30,
  reminderDaysBefore: 7,
};

export const MAX_POINTS = 6;
export const LAST_POINT = 24;

export function checkMonevSettings(settings: MonevSettings): Decision<MonevSettings> {
  const violations: RuleViolation[] = [];
  const { points, answerDays, reminderDaysBefore } = settings;
  if (points.length < 1 || points.length > MAX_POINTS) {
    violations.push(violation(R['MONEV-TITIK'], `Titik Monev 1 sampai ${MAX_POINTS}.`, 'points'));
  }
  points.forEach((point, i) => {
    if (!Number.isInteger(point) || point < 1 || point > LAST_POINT) {
      violations.push(
        violation(R['MONEV-TITIK'], `Titik ${point}: bulan ke-1 sampai ke-${LAST_POINT}.`, `points.${i}`),
      );
    } else if (i > 0 && point <= points[i - 1]!) {
      violations.push(
        violation(R['MONEV-TITIK'], `Titik ${point} tidak sesudah titik sebelumnya.`, `points.${i}`),
      );
    }
  });
  if (answerDays < 7 || answerDays > 60) {
    violations.push(violation(R['MONEV-TITIK'], 'Masa isian 7 sampai 60 hari.', 'answerDays'));
  }
  if (reminderDaysBefore < 1 || reminderDaysBefore >= answerDays) {
    violations.push(
      violation(
        R['MONEV-TITIK'],
        'Pengingat dikirim sekurang-kurangnya 1 hari sebelum ditutup dan sesudah putaran dibuka.',
        'reminderDaysBefore',
      ),
    );
  }
  return decide(settings, violations);
}

export interface RoundDates {
  opensOn: IsoDate;
  remindOn: IsoDate;
  /** The last day answers are taken. */
  closesOn: IsoDate;
}

/** When the round of `point` of a cohort that ended on `endDate` opens, reminds and closes. */
export function roundDates(endDate: IsoDate, point: number, settings: MonevSettings): RoundDates {
  const opensOn = addMonths(endDate, point);
  const closesOn = addDays(opensOn, settings.answerDays);
  return { opensOn, remindOn: addDays(closesOn, -settings.reminderDaysBefore), closesOn };
}

/** What the scheduled job does to a round today: nothing yet, open (send), remind, or close it. */
export type RoundStep = 'WAIT' | 'SEND' | 'REMIND' | 'CLOSE' | 'DONE';

/** `dates` as a round stores them (ISO dates). */
export function roundStep(
  dates: Readonly<Record<keyof RoundDates, string>>,
  today: IsoDate,
  closed: boolean,
): RoundStep {
  if (closed) return 'DONE';
  if (today < dates.opensOn) return 'WAIT';
  if (today > dates.closesOn) return 'CLOSE';
  return today >= dates.remindOn ? 'REMIND' : 'SEND';
}

export const PROGRESS_STATUSES = ['BELUM_MULAI', 'BERJALAN', 'SELESAI', 'TIDAK_DILAKSANAKAN'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];
export type Respondent = 'PESERTA' | 'MENTOR';

export interface MonevAnswerInput {
  respondent: Respondent;
  today: IsoDate;
  closesOn: string;
  answered: boolean;
  milestoneIds: readonly string[];
  progress: readonly { milestoneId: string }[];
  currentMentor: unknown;
}

/** Whether the answer may be recorded: every unmet rule. */
export function checkMonevAnswer(input: MonevAnswerInput): Decision<void> {
  const violations: RuleViolation[] = [];
  if (input.today > input.closesOn) {
    violations.push(
      violation(
        R['MONEV-DITUTUP'],
        `Putaran Monev ini ditutup pada ${input.closesOn}; jawaban tidak diterima lagi.`,
      ),
    );
  }
  if (input.answered) {
    violations.push(violation(R['MONEV-SEKALI'], 'Kuesioner ini sudah Anda jawab.'));
  }
  const given = input.progress.map((p) => p.milestoneId);
  input.progress.forEach((p, i) => {
    if (!input.milestoneIds.includes(p.milestoneId)) {
      violations.push(
        violation(
          R['MONEV-LANGKAH-KERJA'],
          `Langkah kerja ${p.milestoneId} tidak ada dalam rencana tindak lanjut.`,
          `progress.${i}.milestoneId`,
        ),
      );
    } else if (given.indexOf(p.milestoneId) !== i) {
      violations.push(
        violation(
          R['MONEV-LANGKAH-KERJA'],
          `Langkah kerja ${p.milestoneId} disebut dua kali.`,
          `progress.${i}`,
        ),
      );
    }
  });
  for (const id of input.milestoneIds) {
    if (!given.includes(id)) {
      violations.push(
        violation(R['MONEV-LANGKAH-KERJA'], `Perkembangan langkah kerja ${id} belum diisi.`, 'progress'),
      );
    }
  }
  if (input.respondent === 'PESERTA' && !input.currentMentor) {
    violations.push(
      violation(R['MONEV-MENTOR-SAAT-INI'], 'Mentor/atasan langsung saat ini belum diisi.', 'currentMentor'),
    );
  }
  return decide(undefined, violations);
}

/** One questionnaire as the report counts it. */
export interface ReportedQuestionnaire {
  point: number;
  respondent: Respondent;
  cohortKey: string;
  instansiCode: string;
  level: string;
  answer?: { progress: readonly { status: ProgressStatus }[]; impact: { rating: number } };
}

export const REPORT_GROUPS = ['cohort', 'instansi', 'level'] as const;
export type ReportGroup = (typeof REPORT_GROUPS)[number];

export interface RespondentFigures {
  sent: number;
  answered: number;
  /** Answered over sent, 0-1 with 4 decimals; null when none was sent. */
  responseRate: number | null;
  /** Average impact rating (1-5) of the answers, 2 decimals; null when none answered. */
  impactAverage: number | null;
}

export interface ReportRow {
  group: string;
  point: number;
  participant: RespondentFigures;
  mentor: RespondentFigures;
  /** Milestones reported in each status, in the participants' answers. */
  milestones: Record<ProgressStatus, number>;
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

function figures(items: readonly ReportedQuestionnaire[]): RespondentFigures {
  const answered = items.filter((q) => q.answer);
  const ratings = answered.map((q) => q.answer!.impact.rating);
  return {
    sent: items.length,
    answered: answered.length,
    responseRate: items.length ? round(answered.length / items.length, 4) : null,
    impactAverage: ratings.length ? round(ratings.reduce((a, b) => a + b, 0) / ratings.length, 2) : null,
  };
}

const groupOf = (q: ReportedQuestionnaire, by: ReportGroup) =>
  by === 'cohort' ? q.cohortKey : by === 'instansi' ? q.instansiCode : q.level;

/** Response rates and results per group and Monev point, groups then points in order. */
export function monevReport(items: readonly ReportedQuestionnaire[], by: ReportGroup): ReportRow[] {
  const groups = new Map<string, ReportedQuestionnaire[]>();
  for (const q of items) {
    const key = `${groupOf(q, by)}\u0000${String(q.point).padStart(3, '0')}`;
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  return [...groups.keys()].sort().map((key) => {
    const members = groups.get(key)!;
    const participants = members.filter((q) => q.respondent === 'PESERTA');
    const milestones = Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, 0])) as Record<
      ProgressStatus,
      number
    >;
    for (const q of participants) for (const p of q.answer?.progress ?? []) milestones[p.status] += 1;
    return {
      group: groupOf(members[0]!, by),
      point: members[0]!.point,
      participant: figures(participants),
      mentor: figures(members.filter((q) => q.respondent === 'MENTOR')),
      milestones,
    };
  });
}
