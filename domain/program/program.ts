import { COHORTS_2019 } from '../reference/cohorts-2019';
import { PROGRAMME_2019 } from '../reference/programme-2019';
import type { SchemeCode } from '../reference/schemes';
import { addDays, dateInWib, daysBetween, type IsoDate } from '../shared/dates';
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';
import { BKN_APBN, fundingViolations, type Funding } from './funding';

/**
 * A certification programme (program sertifikasi): the schemes it offers and the window in which instansi and
 * Kanreg may propose candidates (Perban BKN 7/2020 Pasal 31(1)a-c; the 2019 Pusbang letter's registration
 * timeline).
 */
export type ProgramStatus = 'SCHEDULED' | 'OPEN' | 'CLOSED';

export interface ProposalWindow {
  opensAt: Date;
  closesAt: Date;
}

/** One cohort (angkatan) of the plan: level, seats and training dates. */
export interface PlannedCohort {
  number: number;
  scheme: SchemeCode;
  capacity: number;
  startDate: IsoDate;
  endDate: IsoDate;
}

export interface ProgramDraft {
  name: string;
  year: number;
  schemes: readonly SchemeCode[];
  proposalWindow: ProposalWindow;
  /** Candidates each instansi may propose per scheme (2019: one per instansi per level). */
  quotaPerInstansi: Partial<Record<SchemeCode, number>>;
  cohortPlan: readonly PlannedCohort[];
  /** Who pays (Pasal 8); absent: BKN's own APBN budget. */
  funding?: Funding;
}

export interface NewProgram extends ProgramDraft {
  status: ProgramStatus;
}

export const PROGRAM_RULES = /* @__PURE__ */ defineRules({
  'PROGRAM-WINDOW-ORDER': {
    article: 'Perban BKN 7/2020 Pasal 31(1)a-c',
    summary: 'Jendela usulan calon peserta ditutup setelah dibuka.',
  },
  'PROGRAM-WINDOW-PASSED': {
    article: 'Perban BKN 7/2020 Pasal 31(1)a-c',
    summary: 'Program baru harus masih dapat menerima usulan: jendela usulannya belum lewat.',
  },
  'PROGRAM-SCHEME-DUPLICATE': {
    article: 'Perban BKN 7/2020 Pasal 14(1)',
    summary: 'Setiap skema sertifikasi ditawarkan sekali dalam satu program.',
  },
  'PROGRAM-QUOTA': {
    article: 'Surat Pusbang ASN BKN 2019 (kuota calon per instansi per jenjang)',
    summary: 'Setiap skema yang ditawarkan, dan hanya itu, memiliki kuota calon per instansi.',
  },
  'PROGRAM-COHORT-SCHEME': {
    article: 'Surat Pusbang ASN BKN 2019, Lampiran I',
    summary: 'Setiap angkatan dalam rencana berjenjang salah satu skema yang ditawarkan program.',
  },
  'PROGRAM-COHORT-NUMBER': {
    article: 'Surat Pusbang ASN BKN 2019, Lampiran I',
    summary: 'Nomor angkatan unik dalam satu program.',
  },
  'PROGRAM-COHORT-DATES': {
    article: 'Perban BKN 7/2020 Pasal 31(1)d-f',
    summary:
      'Angkatan berakhir pada atau setelah hari mulainya, dan baru mulai setelah jendela usulan ditutup (penetapan peserta mendahului pelatihan).',
  },
});

/** Checks a programme a BKN admin is about to create. Every unmet rule is reported. */
export function planProgram(draft: ProgramDraft, now: Date): Decision<NewProgram> {
  const violations: RuleViolation[] = [];
  const { opensAt, closesAt } = draft.proposalWindow;
  if (closesAt.getTime() <= opensAt.getTime()) {
    violations.push(
      violation(
        PROGRAM_RULES['PROGRAM-WINDOW-ORDER'],
        'Jendela usulan harus ditutup setelah dibuka.',
        'proposalWindow.closesAt',
      ),
    );
  }
  if (closesAt.getTime() <= now.getTime()) {
    violations.push(
      violation(
        PROGRAM_RULES['PROGRAM-WINDOW-PASSED'],
        'Jendela usulan sudah lewat; tidak ada usulan yang dapat diterima.',
        'proposalWindow.closesAt',
      ),
    );
  }
  const duplicates = draft.schemes.filter((scheme, index) => draft.schemes.indexOf(scheme) !== index);
  if (duplicates.length > 0) {
    violations.push(
      violation(
        PROGRAM_RULES['PROGRAM-SCHEME-DUPLICATE'],
        `Skema ditawarkan lebih dari sekali: ${[...new Set(duplicates)].join(', ')}.`,
        'schemes',
      ),
    );
  }
  violations.push(
    ...quotaViolations(draft),
    ...cohortViolations(draft),
    ...fundingViolations(draft.funding ?? BKN_APBN, draft.cohortPlan),
  );
  return decide({ ...draft, status: windowStatusAt(draft.proposalWindow, now) }, violations);
}

function quotaViolations(draft: ProgramDraft): RuleViolation[] {
  const rule = PROGRAM_RULES['PROGRAM-QUOTA'];
  const missing = draft.schemes.filter((scheme) => draft.quotaPerInstansi[scheme] === undefined);
  const extra = (Object.keys(draft.quotaPerInstansi) as SchemeCode[]).filter(
    (s) => !draft.schemes.includes(s),
  );
  return [
    ...missing.map((scheme) =>
      violation(rule, `Kuota per instansi untuk skema ${scheme} belum diisi.`, `quotaPerInstansi.${scheme}`),
    ),
    ...extra.map((scheme) =>
      violation(
        rule,
        `Skema ${scheme} tidak ditawarkan program, jadi tidak boleh berkuota.`,
        `quotaPerInstansi.${scheme}`,
      ),
    ),
  ];
}

function cohortViolations(draft: ProgramDraft): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const closes = dateInWib(draft.proposalWindow.closesAt);
  const seen = new Set<number>();
  draft.cohortPlan.forEach((cohort, i) => {
    if (!draft.schemes.includes(cohort.scheme)) {
      violations.push(
        violation(
          PROGRAM_RULES['PROGRAM-COHORT-SCHEME'],
          `Angkatan ${cohort.number} berskema ${cohort.scheme} yang tidak ditawarkan program.`,
          `cohortPlan.${i}.scheme`,
        ),
      );
    }
    if (seen.has(cohort.number)) {
      violations.push(
        violation(
          PROGRAM_RULES['PROGRAM-COHORT-NUMBER'],
          `Nomor angkatan ${cohort.number} dipakai lebih dari sekali.`,
          `cohortPlan.${i}.number`,
        ),
      );
    }
    seen.add(cohort.number);
    if (cohort.endDate < cohort.startDate) {
      violations.push(
        violation(
          PROGRAM_RULES['PROGRAM-COHORT-DATES'],
          `Angkatan ${cohort.number} berakhir sebelum dimulai.`,
          `cohortPlan.${i}.endDate`,
        ),
      );
    }
    if (cohort.startDate <= closes) {
      violations.push(
        violation(
          PROGRAM_RULES['PROGRAM-COHORT-DATES'],
          `Angkatan ${cohort.number} dimulai sebelum jendela usulan ditutup.`,
          `cohortPlan.${i}.startDate`,
        ),
      );
    }
  });
  return violations;
}

/**
 * The 2019 programme of the Pusbang ASN letter as a draft: its levels, one nominee per instansi per level and
 * its 50 cohorts of 30, moved as a block so the first cohort starts on `firstCohortStartsOn` (the spacing of
 * the 2019 table is kept).
 */
export function programme2019Draft(options: {
  year: number;
  proposalWindow: ProposalWindow;
  firstCohortStartsOn: IsoDate;
}): ProgramDraft {
  const first = COHORTS_2019.reduce(
    (min, c) => (c.startDate < min ? c.startDate : min),
    COHORTS_2019[0]!.startDate,
  );
  const shift = daysBetween(first as IsoDate, options.firstCohortStartsOn);
  return {
    name: `${PROGRAMME_2019.name} ${options.year}`,
    year: options.year,
    schemes: [...PROGRAMME_2019.levels],
    proposalWindow: options.proposalWindow,
    quotaPerInstansi: Object.fromEntries(
      PROGRAMME_2019.levels.map((level) => [level, PROGRAMME_2019.nomineesPerInstansiPerLevel]),
    ),
    cohortPlan: COHORTS_2019.map((cohort) => ({
      number: cohort.number,
      scheme: cohort.level,
      capacity: cohort.capacity,
      startDate: addDays(cohort.startDate as IsoDate, shift),
      endDate: addDays(cohort.endDate as IsoDate, shift),
    })),
  };
}

/** Where the proposal window stands at `now`: opening and closing instants are inclusive of the open state. */
export function windowStatusAt(window: ProposalWindow, now: Date): ProgramStatus {
  if (now.getTime() < window.opensAt.getTime()) return 'SCHEDULED';
  if (now.getTime() <= window.closesAt.getTime()) return 'OPEN';
  return 'CLOSED';
}

/**
 * The instant at which a programme in `status` next changes state, or null when it never will again.
 * The window job looks programmes up by this instant.
 */
export function nextTransitionAt(status: ProgramStatus, window: ProposalWindow): Date | null {
  if (status === 'SCHEDULED') return window.opensAt;
  if (status === 'OPEN') return new Date(window.closesAt.getTime() + 1);
  return null;
}
