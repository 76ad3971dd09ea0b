import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';

/**
 * The action plan (Rencana Tindak Lanjut) form of the 2019 handbook: Judul, Latar Belakang, Pokok
 * Permasalahan, Tujuan, Manfaat, then the work steps (Langkah Kerja/Milestones) by term — short (≤3 months),
 * medium (≤6 months), long (≤12 months) — each with its activity, duration (days/weeks/months) and target
 * output (Panduan Pusbang ASN BKN 2019, Rencana Tindak Lanjut (Action Plan), 1.b-1.c).
 */
export const ACTION_PLAN_RULES = /* @__PURE__ */ defineRules({
  'RTL-ISIAN': {
    article: 'Panduan Pusbang ASN BKN 2019, Rencana Tindak Lanjut (Action Plan) 1.b',
    summary: 'Judul, latar belakang, pokok permasalahan, tujuan dan manfaat rencana tindak lanjut diisi.',
  },
  'RTL-LANGKAH-KERJA': {
    article: 'Panduan Pusbang ASN BKN 2019, Rencana Tindak Lanjut (Action Plan) 1.c',
    summary:
      'Rencana tindak lanjut memuat paling sedikit satu langkah kerja (milestone), masing-masing dengan kegiatan, durasi dan target capaian/output.',
  },
  'RTL-JANGKA-WAKTU': {
    article: 'Panduan Pusbang ASN BKN 2019, Rencana Tindak Lanjut (Action Plan) 1.c',
    summary:
      'Durasi langkah kerja tidak melebihi jangka waktunya: pendek paling lama 3 bulan, menengah 6 bulan, panjang 12 bulan.',
  },
  'RTL-IDENTITAS': {
    article: 'Panduan Pusbang ASN BKN 2019, Rencana Tindak Lanjut (Action Plan) 1.a',
    summary:
      'Identitas peserta memuat nama, jabatan, unit kerja/instansi dan HP atau e-mail; bila belum diisi, rencana mencatatnya sebagai kekurangan.',
  },
  'RTL-MENTOR': {
    article: 'Panduan Pusbang ASN BKN 2019, Rencana Tindak Lanjut (Action Plan) 1.a; Monitoring dan Evaluasi',
    summary:
      'Mentor/atasan langsung adalah ASN lain yang disebut dengan NIP dan namanya; bila belum diisi, rencana mencatatnya sebagai kekurangan dan Monev hanya dikirim kepada peserta.',
  },
  'RTL-TIMELINE': {
    article: 'Panduan Pusbang ASN BKN 2019, Rencana Tindak Lanjut (Action Plan) 1.c-1.d',
    summary:
      'Timeline mingguan: setiap langkah kerja diberi minggu mulai dan selesai yang sepanjang durasinya (dibulatkan ke minggu) dan selesai dalam jangka waktunya (pendek minggu ke-13, menengah ke-26, panjang ke-52); diisi untuk semua langkah kerja atau tidak sama sekali.',
  },
});

const R = ACTION_PLAN_RULES;

export const MILESTONE_TERMS = ['PENDEK', 'MENENGAH', 'PANJANG'] as const;
export type MilestoneTerm = (typeof MILESTONE_TERMS)[number];

/** "Jangka Pendek (≤3 bulan)", "Jangka Menengah (≤6 bulan)", "Jangka Panjang (≤12 bulan)". */
export const TERM_MONTHS: Readonly<Record<MilestoneTerm, number>> = { PENDEK: 3, MENENGAH: 6, PANJANG: 12 };

export const DURATION_UNITS = ['HARI', 'MINGGU', 'BULAN'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

/** Days in each unit; a month is a twelfth of a year, so 52 weeks or 365 days make 12 months. */
const DAYS_PER: Readonly<Record<DurationUnit, number>> = { HARI: 1, MINGGU: 7, BULAN: 365 / 12 };

export interface Milestone {
  term: MilestoneTerm;
  activity: string;
  duration: { value: number; unit: DurationUnit };
  output: string;
  /** The weeks of the timeline (1.d) the step runs, counted from the first week after the training. */
  weeks?: { from: number; to: number };
}

/** 1.a Identitas Peserta. */
export interface PlanIdentity {
  name: string;
  position: string;
  unit: string;
  phone?: string;
  email?: string;
}

/** 1.a Mentor/Atasan Langsung: an ASN, named by NIP so that they can read the plan and answer Monev. */
export interface PlanMentor {
  nip: string;
  name: string;
  position?: string;
}

export interface ActionPlan {
  identity?: PlanIdentity;
  mentor?: PlanMentor;
  title: string;
  background: string;
  problem: string;
  goal: string;
  benefits: string;
  milestones: readonly Milestone[];
}

/**
 * The parts of the handbook's form a plan may still lack: plans given before the form had them (and clients
 * that still send that body) are accepted, and say what is missing instead.
 */
export const PLAN_PARTS = ['identity', 'mentor', 'timeline'] as const;
export type PlanPart = (typeof PLAN_PARTS)[number];

/** A milestone's id, by which Monev answers attach progress to it: its place in the plan, from M1. */
export const milestoneId = (index: number) => `M${index + 1}`;

/** The last week of each term's timeline: 3, 6 and 12 months of 52/12 weeks, rounded up. */
export const TERM_LAST_WEEK: Readonly<Record<MilestoneTerm, number>> = {
  PENDEK: 13,
  MENENGAH: 26,
  PANJANG: 52,
};

const FIELD_LABELS: Readonly<
  Record<Exclude<keyof ActionPlan, 'milestones' | 'identity' | 'mentor'>, string>
> = {
  title: 'Judul',
  background: 'Latar Belakang',
  problem: 'Pokok Permasalahan',
  goal: 'Tujuan',
  benefits: 'Manfaat',
};

const blank = (text: string | undefined) => !text?.trim();

/** Whether a duration fits its term: compared in days, with a month taken as 365/12 days. */
export function fitsTerm(duration: Milestone['duration'], term: MilestoneTerm): boolean {
  const days = duration.value * DAYS_PER[duration.unit];
  return duration.value > 0 && days <= (TERM_MONTHS[term] * 365) / 12 + 1e-9;
}

/** The weeks a duration takes on the timeline: its length in weeks, rounded down or up. */
export function weeksOf(duration: Milestone['duration']): { least: number; most: number } {
  const weeks = (duration.value * DAYS_PER[duration.unit]) / 7;
  return { least: Math.max(1, Math.floor(weeks + 1e-9)), most: Math.max(1, Math.ceil(weeks - 1e-9)) };
}

/** The parts of the form the plan does not have yet (identity, mentor, timeline). */
export function missingParts(plan: ActionPlan): PlanPart[] {
  return PLAN_PARTS.filter((part) =>
    part === 'timeline' ? plan.milestones.every((m) => !m.weeks) : plan[part] === undefined,
  );
}

function checkIdentity(plan: ActionPlan, field: string, participantNip?: string): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const { identity, mentor } = plan;
  if (identity) {
    for (const [key, label] of [
      ['name', 'Nama'],
      ['position', 'Jabatan'],
      ['unit', 'Unit kerja/instansi'],
    ] as const) {
      if (blank(identity[key])) {
        violations.push(
          violation(R['RTL-IDENTITAS'], `${label} peserta belum diisi.`, `${field}.identity.${key}`),
        );
      }
    }
    if (blank(identity.phone) && blank(identity.email)) {
      violations.push(
        violation(R['RTL-IDENTITAS'], 'HP atau e-mail peserta belum diisi.', `${field}.identity.phone`),
      );
    }
  }
  if (mentor) {
    if (blank(mentor.name)) {
      violations.push(
        violation(R['RTL-MENTOR'], 'Nama mentor/atasan langsung belum diisi.', `${field}.mentor.name`),
      );
    }
    if (participantNip !== undefined && mentor.nip === participantNip) {
      violations.push(
        violation(
          R['RTL-MENTOR'],
          'Mentor/atasan langsung adalah ASN lain, bukan peserta sendiri.',
          `${field}.mentor.nip`,
        ),
      );
    }
  }
  return violations;
}

function checkTimeline(plan: ActionPlan, field: string): RuleViolation[] {
  const planned = plan.milestones.filter((m) => m.weeks).length;
  if (planned === 0) return [];
  const violations: RuleViolation[] = [];
  plan.milestones.forEach((m, i) => {
    const at = `${field}.milestones.${i}.weeks`;
    if (!m.weeks) {
      violations.push(
        violation(
          R['RTL-TIMELINE'],
          `Langkah kerja ${i + 1} belum diberi minggu pada timeline, padahal langkah kerja lain sudah.`,
          at,
        ),
      );
      return;
    }
    const { from, to } = m.weeks;
    const span = to - from + 1;
    const { least, most } = weeksOf(m.duration);
    if (from < 1 || to < from) {
      violations.push(
        violation(
          R['RTL-TIMELINE'],
          `Langkah kerja ${i + 1}: minggu selesai (${to}) tidak boleh sebelum minggu mulai (${from}).`,
          at,
        ),
      );
    } else if (span < least || span > most) {
      violations.push(
        violation(
          R['RTL-TIMELINE'],
          `Langkah kerja ${i + 1}: timeline ${span} minggu tidak sesuai durasi ${m.duration.value} ${m.duration.unit.toLowerCase()} (${least === most ? least : `${least}-${most}`} minggu).`,
          at,
        ),
      );
    }
    if (to > TERM_LAST_WEEK[m.term]) {
      violations.push(
        violation(
          R['RTL-TIMELINE'],
          `Langkah kerja ${i + 1}: selesai minggu ke-${to}, melewati jangka ${m.term.toLowerCase()} (paling lambat minggu ke-${TERM_LAST_WEEK[m.term]}).`,
          at,
        ),
      );
    }
  });
  return violations;
}

/**
 * Checks the whole form; every unmet rule is listed, with the field concerned. The identity, the mentor and the
 * timeline are checked when given (`missingParts` says which are not); `participantNip`, when known, is not the
 * mentor's.
 */
export function checkActionPlan(
  plan: ActionPlan,
  field = 'actionPlan',
  participantNip?: string,
): Decision<ActionPlan> {
  const violations: RuleViolation[] = checkIdentity(plan, field, participantNip);
  for (const [key, label] of Object.entries(FIELD_LABELS) as [keyof typeof FIELD_LABELS, string][]) {
    if (blank(plan[key])) {
      violations.push(
        violation(R['RTL-ISIAN'], `${label} rencana tindak lanjut belum diisi.`, `${field}.${key}`),
      );
    }
  }
  if (plan.milestones.length === 0) {
    violations.push(
      violation(
        R['RTL-LANGKAH-KERJA'],
        'Rencana tindak lanjut belum memuat langkah kerja.',
        `${field}.milestones`,
      ),
    );
  }
  plan.milestones.forEach((m, i) => {
    const at = `${field}.milestones.${i}`;
    if (blank(m.activity) || blank(m.output)) {
      violations.push(
        violation(
          R['RTL-LANGKAH-KERJA'],
          `Langkah kerja ${i + 1} belum memuat kegiatan dan target capaian/output.`,
          blank(m.activity) ? `${at}.activity` : `${at}.output`,
        ),
      );
    }
    if (!fitsTerm(m.duration, m.term)) {
      violations.push(
        violation(
          R['RTL-JANGKA-WAKTU'],
          `Langkah kerja ${i + 1}: durasi ${m.duration.value} ${m.duration.unit.toLowerCase()} melebihi jangka ${m.term.toLowerCase()} (paling lama ${TERM_MONTHS[m.term]} bulan).`,
          `${at}.duration`,
        ),
      );
    }
  });
  violations.push(...checkTimeline(plan, field));
  return decide(plan, violations);
}
