import type { SchemeCode } from '../reference/schemes';
import { accept, reject, type Decision, type RuleViolation } from '../shared/rule';

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

const ARTICLE_WINDOW = 'Perban BKN 7/2020 Pasal 31(1)a-c';

/**
 * Checks a programme a BKN admin is about to create. Every unmet rule is reported.
 * - PROGRAM-WINDOW-ORDER: the proposal window closes after it opens.
 * - PROGRAM-WINDOW-PASSED: a window that has already closed could never receive a proposal.
 * - PROGRAM-SCHEME-DUPLICATE: each scheme is offered once.
 */
export function planProgram(draft: ProgramDraft, now: Date): Decision<NewProgram> {
  const violations: RuleViolation[] = [];
  const { opensAt, closesAt } = draft.proposalWindow;
  if (closesAt.getTime() <= opensAt.getTime()) {
    violations.push({
      code: 'PROGRAM-WINDOW-ORDER',
      article: ARTICLE_WINDOW,
      message: 'Jendela usulan harus ditutup setelah dibuka.',
      field: 'proposalWindow.closesAt',
    });
  }
  if (closesAt.getTime() <= now.getTime()) {
    violations.push({
      code: 'PROGRAM-WINDOW-PASSED',
      article: ARTICLE_WINDOW,
      message: 'Jendela usulan sudah lewat; tidak ada usulan yang dapat diterima.',
      field: 'proposalWindow.closesAt',
    });
  }
  const duplicates = draft.schemes.filter((scheme, index) => draft.schemes.indexOf(scheme) !== index);
  if (duplicates.length > 0) {
    violations.push({
      code: 'PROGRAM-SCHEME-DUPLICATE',
      article: 'Perban BKN 7/2020 Pasal 14(1)',
      message: `Skema ditawarkan lebih dari sekali: ${[...new Set(duplicates)].join(', ')}.`,
      field: 'schemes',
    });
  }
  if (violations.length > 0) return reject(violations);
  return accept({ ...draft, status: windowStatusAt(draft.proposalWindow, now) });
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
