import type { SchemeCode } from '../reference/schemes';
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';

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

export interface ProgramDraft {
  name: string;
  year: number;
  schemes: readonly SchemeCode[];
  proposalWindow: ProposalWindow;
}

export interface NewProgram extends ProgramDraft {
  status: ProgramStatus;
}

export const PROGRAM_RULES = defineRules({
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
  return decide({ ...draft, status: windowStatusAt(draft.proposalWindow, now) }, violations);
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
