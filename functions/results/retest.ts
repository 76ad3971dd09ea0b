import { planRetest, type TestAttempt } from '../../domain/assessment/retest';
import { SCHEMES } from '../../domain/reference/schemes';
import { checkRetestCohort } from '../../domain/result/session';
import type { routes } from '../../events/api/routes';
import type { ResultDecision, RetestBooking } from '../../events/api/result';
import { bookRetest as bookSeat, loadResults } from '../shared/data/result-repository';
import { findCohort, findParticipant } from '../shared/data/seating-repository';
import type { Operation } from '../shared/http/api-handler';
import { HttpError, rulesNotMet } from '../shared/http/http-error';
import { currentDecision } from './context';

/** The decision in force of each attempt, as the re-test rules count attempts (Pasal 26(1)). */
function attemptsOf(decisions: readonly ResultDecision[], level: number | null): TestAttempt[] {
  const byAttempt = new Map<number, ResultDecision>();
  for (const d of decisions.filter((x) => x.supersededBy === undefined)) {
    const seen = byAttempt.get(d.attempt);
    if (!seen || seen.decisionId < d.decisionId) byAttempt.set(d.attempt, d);
  }
  return [...byAttempt.entries()]
    .sort(([a], [b]) => a - b)
    .map(([attempt, d]) => ({
      level,
      kind: attempt === 0 ? 'AWAL' : 'ULANG',
      results: [
        ...d.competentUnits.map((unitCode) => ({ unitCode, competent: true })),
        ...d.notYetCompetentUnits.map((unitCode) => ({ unitCode, competent: false })),
      ],
    }));
}

/**
 * BKN books a not-yet-competent participant's re-test (Perban BKN 7/2020 Pasal 25c, 26): at most 2 per level,
 * only on the units not yet competent, into a later cohort of the same scheme with a free seat, taken in one
 * conditional transaction so the cohort never goes over capacity.
 */
export const bookRetest: Operation<typeof routes.bookRetest> = async ({ params, body, principal, now }) => {
  const [participant, target, history] = await Promise.all([
    findParticipant(params.programId, params.nip),
    findCohort(params.programId, body.toCohort),
    loadResults(params.programId, params.nip),
  ]);
  if (!participant)
    throw new HttpError(404, 'PARTICIPANT_NOT_FOUND', 'Peserta tidak ditemukan dalam program.');
  if (!target) throw new HttpError(404, 'COHORT_NOT_FOUND', 'Angkatan tidak ditemukan dalam program.');
  const current = currentDecision(history.decisions);
  if (current && history.retests.length > current.attempt) {
    throw new HttpError(
      409,
      'RETEST_PENDING',
      `Uji ulang ke-${history.retests.length} sudah dijadwalkan dan belum diputus.`,
    );
  }
  const level = SCHEMES[participant.scheme].level;
  const plan = planRetest({
    level,
    history: attemptsOf(history.decisions, level),
    unitCodes: current?.notYetCompetentUnits ?? [],
  });
  const lastTested = current ? await findCohort(params.programId, current.cohort) : undefined;
  const violations = [
    ...(plan.ok ? [] : plan.violations),
    ...(lastTested ? checkRetestCohort(lastTested, target) : []),
  ];
  if (!plan.ok || !current || violations.length > 0) throw rulesNotMet(violations);
  const booking: RetestBooking = {
    programId: params.programId,
    nip: params.nip,
    retestNumber: plan.value.retestNumber,
    cohort: target.number,
    scheme: participant.scheme,
    unitCodes: plan.value.unitCodes,
    basedOn: current.decisionId,
    bookedBy: principal.username,
    bookedAt: now.toISOString(),
  };
  const outcome = await bookSeat(booking);
  if (outcome === 'COHORT_FULL') {
    throw new HttpError(409, 'COHORT_FULL', `Angkatan ${target.number} sudah penuh; pilih angkatan lain.`);
  }
  if (outcome === 'ALREADY_BOOKED') {
    throw new HttpError(
      409,
      'RETEST_ALREADY_BOOKED',
      `Uji ulang ke-${booking.retestNumber} sudah dijadwalkan.`,
    );
  }
  return { statusCode: 201, body: booking };
};
