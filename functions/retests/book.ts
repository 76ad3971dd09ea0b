import { planRetest, type TestAttempt } from '../../domain/assessment/retest';
import { testDateOf } from '../../domain/eligibility/test-date';
import { SCHEMES } from '../../domain/reference/schemes';
import { currentDecision } from '../../domain/result/attempt';
import { unitRecognition } from '../../domain/result/unit-recognition';
import { checkRetestSession, type TestSessionSlot } from '../../domain/result/session';
import { dateInWib } from '../../domain/shared/dates';
import type { Cohort } from '../../events/api/participant';
import type { ResultDecision, RetestBooking } from '../../events/api/result';
import type { routes } from '../../events/api/routes';
import { loadResults } from '../../adapters/dynamodb/result-repository';
import { ConcurrentChangeError } from '../../adapters/dynamodb/table';
import {
  bookRetest as writeBooking,
  findRetestAsk,
  retestsTakenAtLevel,
} from '../../adapters/dynamodb/retest-repository';
import { findCohort, findParticipant } from '../../adapters/dynamodb/seating-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { HttpError, rulesNotMet } from '../../runtime/http/http-error';

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

const slotOf = (programId: string, cohort: Cohort): TestSessionSlot => ({
  programId,
  number: cohort.number,
  scheme: cohort.scheme,
  startDate: cohort.startDate,
  testDate: testDateOf(cohort),
});

/**
 * BKN books a not-yet-competent participant's re-test (Perban BKN 7/2020 Pasal 25c, 26): at most 2 per level for
 * the person, counted across programmes; only on the units not yet competent; into a later test session of the
 * same scheme not yet begun, a cohort's or a re-test session, in this programme or a later one (`toProgram`).
 * The person's count, the booking and the session's re-test place are written in one conditional transaction,
 * so neither the 2 nor the session's places are ever exceeded; the participant's ask, if any, is marked booked.
 */
const bookingChanged = () =>
  new HttpError(409, 'RESULT_CHANGED', 'Uji ulang ASN ini dijadwalkan di tempat lain; muat ulang.');

export const bookRetest: Operation<typeof routes.bookRetest> = async ({ params, body, principal, now }) => {
  const sessionProgram = body.toProgram ?? params.programId;
  const [participant, target, history] = await Promise.all([
    findParticipant(params.programId, params.nip),
    findCohort(sessionProgram, body.toCohort),
    loadResults(params.programId, params.nip),
  ]);
  if (!participant)
    throw new HttpError(404, 'PARTICIPANT_NOT_FOUND', 'Peserta tidak ditemukan dalam program.');
  if (!target) throw new HttpError(404, 'COHORT_NOT_FOUND', 'Sesi uji tidak ditemukan dalam program itu.');
  const current = currentDecision(history.decisions);
  if (current && history.retests.length > current.attempt) {
    throw new HttpError(
      409,
      'RETEST_PENDING',
      `Uji ulang ke-${history.retests.length} sudah dijadwalkan dan belum diputus.`,
    );
  }
  const level = SCHEMES[participant.scheme].level;
  const lastSession = current?.testSession ?? { programId: params.programId, number: current?.cohort ?? 0 };
  const [taken, lastTested, ask] = await Promise.all([
    retestsTakenAtLevel(params.nip, level),
    current ? findCohort(lastSession.programId, lastSession.number) : undefined,
    current ? findRetestAsk(params.programId, params.nip, current.decisionId) : undefined,
  ]);
  const plan = planRetest({
    level,
    history: attemptsOf(history.decisions, level),
    retestsTakenAtLevel: taken,
    // Only the units the decisions in force do not recognise (Pasal 15(3)a, 26(2)).
    unitCodes: unitRecognition(history.decisions)?.remaining ?? [],
  });
  const violations = [
    ...(plan.ok ? [] : plan.violations),
    ...(lastTested
      ? checkRetestSession(
          slotOf(lastSession.programId, lastTested),
          slotOf(sessionProgram, target),
          dateInWib(now),
        )
      : []),
  ];
  if (!plan.ok || !current || violations.length > 0) throw rulesNotMet(violations);
  const booking: RetestBooking & { session: NonNullable<RetestBooking['session']> } = {
    programId: params.programId,
    nip: params.nip,
    retestNumber: plan.value.retestNumber,
    retestAtLevel: plan.value.retestAtLevel,
    cohort: target.number,
    session: { programId: sessionProgram, number: target.number, testDate: testDateOf(target) },
    scheme: participant.scheme,
    unitCodes: plan.value.unitCodes,
    basedOn: current.decisionId,
    bookedBy: principal.username,
    bookedAt: now.toISOString(),
  };
  const outcome = await writeBooking(
    booking,
    level,
    taken,
    ask?.status === 'REQUESTED' ? ask : undefined,
  ).catch((error: unknown) => {
    // Only another transaction on the same items, no condition failed: the caller may simply try again.
    if (error instanceof ConcurrentChangeError) throw bookingChanged();
    throw error;
  });
  if (outcome === 'SESSION_FULL') {
    throw new HttpError(
      409,
      'SESSION_FULL',
      `Sesi uji ${target.number} tidak lagi memiliki tempat uji ulang; pilih sesi lain atau tambah tempat (PUT …/test-session), atau jadwalkan sesi uji ulang.`,
    );
  }
  if (outcome === 'ALREADY_BOOKED') {
    throw new HttpError(
      409,
      'RETEST_ALREADY_BOOKED',
      `Uji ulang ke-${booking.retestNumber} sudah dijadwalkan.`,
    );
  }
  if (outcome === 'COUNT_CHANGED') throw bookingChanged();
  return { statusCode: 201, body: booking };
};
