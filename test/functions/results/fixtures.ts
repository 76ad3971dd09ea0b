import { PROGRAM_ID } from '../helpers/programs';
import { NIP } from '../helpers/proposals';
import { SESSION, SIDANG, UNIT, UNITS } from '../assessment/fixtures';

/*
 * The result and re-test items as docs/data-model.md stores them, written out here so the tests pin the key
 * shapes, for any participant of the programme.
 */
export const DECISION_ID = 'dec_2026-07-31T03:00:00.000Z_1';
export const OTHER_UNITS = UNITS.filter((u) => u !== UNIT);
export const partitionOf = (nip: string = NIP) => `PARTICIPANT#${PROGRAM_ID}#${nip}`;

/** A session decision of attempt 0 in cohort 19, not yet competent on UNIT unless overridden. */
export function decisionItem(overrides: Record<string, unknown> = {}, nip: string = NIP) {
  const decision = {
    programId: PROGRAM_ID,
    nip,
    decisionId: DECISION_ID,
    scheme: 'ADMINISTRATOR',
    cohort: 19,
    attempt: 0,
    outcome: 'BELUM_KOMPETEN',
    competentUnits: OTHER_UNITS,
    notYetCompetentUnits: [UNIT],
    session: SESSION,
    decidedBy: SIDANG,
    decidedAt: '2026-07-31T03:00:00.000Z',
    reason: `Belum kompeten pada unit: ${UNIT}.`,
    source: 'SIDANG_HASIL',
    appealUntil: '2026-08-14T03:00:00.000Z',
    ...overrides,
  };
  return {
    pk: partitionOf(nip),
    sk: `RESULT#DECISION#${decision.decisionId}`,
    entity: 'ResultDecision',
    ...decision,
  };
}

/** The guard giving an attempt its one session decision. */
export const attemptItem = (attempt: number, decisionId = DECISION_ID, nip: string = NIP) => ({
  pk: partitionOf(nip),
  sk: `RESULT#ATTEMPT#${attempt}`,
  entity: 'ResultAttempt',
  attempt,
  decisionId,
});

export const APPEAL_ID = 'bdg_2026-08-02T03:00:00.000Z_1a2b3c4d';

/** An open appeal against DECISION_ID's result, its reviewer named. */
export function appealItem(overrides: Record<string, unknown> = {}) {
  const appeal = {
    programId: PROGRAM_ID,
    nip: NIP,
    appealId: APPEAL_ID,
    decisionId: DECISION_ID,
    subject: 'HASIL',
    grounds: 'Bukti portofolio tidak dipertimbangkan.',
    unitCodes: [UNIT],
    status: 'OPEN',
    filedBy: 'dewi.lestari',
    filedAt: '2026-08-02T03:00:00.000Z',
    reviewDeadline: '2026-08-16T03:00:00.000Z',
    reviewer: 'pusbang.peninjau',
    ...overrides,
  };
  return { pk: partitionOf(appeal.nip), sk: `RESULT#APPEAL#${appeal.appealId}`, entity: 'Appeal', ...appeal };
}

export const openAppealKey = { pk: partitionOf(), sk: `RESULT#OPEN_APPEAL#${DECISION_ID}` };
/** The guard naming the open case against DECISION_ID. */
export const openGuardItem = (appealId: string = APPEAL_ID) => ({
  ...openAppealKey,
  entity: 'OpenAppeal',
  decisionId: DECISION_ID,
  appealId,
});

/** The participant's ask for a re-test after DECISION_ID, waiting to be booked (listed in gsi2). */
export function askItem(overrides: Record<string, unknown> = {}) {
  const ask = {
    programId: PROGRAM_ID,
    nip: NIP,
    decisionId: DECISION_ID,
    scheme: 'ADMINISTRATOR',
    unitCodes: [UNIT],
    status: 'REQUESTED',
    requestedBy: 'peserta.dewi',
    requestedAt: '2026-08-01T03:00:00.000Z',
    ...overrides,
  };
  return {
    pk: partitionOf(ask.nip),
    sk: `RESULT#RETEST_REQUEST#${ask.decisionId}`,
    entity: 'RetestAsk',
    gsi2pk: `PROGRAM#${ask.programId}#RETEST_REQUESTS#REQUESTED`,
    gsi2sk: `${ask.requestedAt}#${ask.nip}`,
    ...ask,
  };
}
