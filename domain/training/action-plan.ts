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
}

export interface ActionPlan {
  title: string;
  background: string;
  problem: string;
  goal: string;
  benefits: string;
  milestones: readonly Milestone[];
}

const FIELD_LABELS: Readonly<Record<Exclude<keyof ActionPlan, 'milestones'>, string>> = {
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

/** Checks the whole form; every unmet rule is listed, with the field concerned. */
export function checkActionPlan(plan: ActionPlan, field = 'actionPlan'): Decision<ActionPlan> {
  const violations: RuleViolation[] = [];
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
  return decide(plan, violations);
}
