import { registrationOpensOn } from '../../domain/scheduling/placement';
import { planRetestSession, testSessionPlaces } from '../../domain/scheduling/test-session';
import { dateInWib, type IsoDate } from '../../domain/shared/dates';
import type { Cohort } from '../../events/api/participant';
import type { routes } from '../../events/api/routes';
import { findProgram } from '../../adapters/dynamodb/program-repository';
import { pause } from '../../runtime/backoff';
import {
  createCohort,
  findCohort,
  listCohorts,
  recordTestSession,
} from '../../adapters/dynamodb/seating-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { HttpError, rulesNotMet } from '../../runtime/http/http-error';
import { programNotFound } from '../../runtime/http/not-found';

const cohortNotFound = () =>
  new HttpError(404, 'COHORT_NOT_FOUND', 'Angkatan atau sesi uji tidak ditemukan dalam program.');

/**
 * BKN sets how many a cohort's test session can test, from its room and its assessors (Perban BKN 7/2020 Pasal
 * 19(3), 27): what is left beyond the cohort's own participants is its re-test places.
 */
export const setTestSession: Operation<typeof routes.setTestSession> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const cohort = await findCohort(params.programId, params.number);
  if (!cohort) throw cohortNotFound();
  const places = testSessionPlaces(body, cohort.capacity, cohort.retestsBooked ?? 0);
  if (!places.ok) throw rulesNotMet(places.violations);
  const testSession = {
    ...body,
    testCapacity: places.value.testCapacity,
    setBy: principal.username,
    setAt: now.toISOString(),
  };
  if (!(await recordTestSession(params.programId, params.number, testSession, places.value.retestPlaces))) {
    throw new HttpError(
      409,
      'SESSION_CHANGED',
      'Uji ulang dijadwalkan ke sesi ini sementara itu; muat ulang.',
    );
  }
  return {
    statusCode: 200,
    body: { ...cohort, testSession, retestPlaces: places.value.retestPlaces },
  };
};

/** A number is free unless taken: the next after the programme's highest, tried again when taken meanwhile. */
const MAX_NUMBER_ATTEMPTS = 5;

/**
 * BKN schedules a re-test session of its own (Pasal 25c, 26): a one-day test session of a scheme, without
 * training seats, numbered after the programme's cohorts, whose places are all for re-tests. Its test site is
 * verified and its team assigned as a cohort's.
 */
export const createRetestSession: Operation<typeof routes.createRetestSession> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const program = await findProgram(params.programId);
  if (!program) throw programNotFound();
  const testDate = body.testDate as IsoDate;
  const plan = planRetestSession({
    scheme: body.scheme,
    testDate,
    offeredSchemes: program.schemes,
    today: dateInWib(now),
  });
  const places = testSessionPlaces(body, 0);
  const violations = [...(plan.ok ? [] : plan.violations), ...(places.ok ? [] : places.violations)];
  if (!plan.ok || !places.ok || violations.length > 0) throw rulesNotMet(violations);
  const { scheme, roomCapacity, assessorCount, participantsPerAssessor } = body;
  for (let attempt = 0; attempt < MAX_NUMBER_ATTEMPTS; attempt++) {
    if (attempt > 0) await pause(attempt - 1);
    const numbers = (await listCohorts(params.programId)).map((c) => c.number);
    const session: Cohort = {
      programId: params.programId,
      number: Math.max(0, ...numbers) + 1,
      scheme,
      kind: 'UJI_ULANG',
      capacity: 0,
      seatsTaken: 0,
      startDate: plan.value.startDate,
      endDate: plan.value.endDate,
      registrationOpensOn: registrationOpensOn(testDate),
      // No training to register for: its candidates are booked by BKN, one by one.
      registration: 'OPEN',
      testSession: {
        roomCapacity,
        assessorCount,
        participantsPerAssessor,
        testCapacity: places.value.testCapacity,
        setBy: principal.username,
        setAt: now.toISOString(),
      },
      retestPlaces: places.value.retestPlaces,
      retestsBooked: 0,
    };
    if (await createCohort(session)) return { statusCode: 201, body: session };
  }
  throw new HttpError(409, 'SESSION_CHANGED', 'Nomor sesi baru terus terpakai; ulangi.');
};
