import { PROGRAM_ID } from '../helpers/programs';
import { NIP } from '../helpers/proposals';
import { SESSION, SIDANG, UNIT, UNITS } from '../assessment/fixtures';

/*
 * The result items as docs/data-model.md stores them (R4), written out here so the tests pin the key shapes,
 * for any participant of the programme.
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

/** A TransactWriteItems cancelled with these reason codes, one per item. */
export const cancelled = (...codes: string[]) =>
  Object.assign(new Error('cancelled'), {
    name: 'TransactionCanceledException',
    CancellationReasons: codes.map((Code) => ({ Code })),
  });
