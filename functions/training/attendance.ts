import { cohortNotFound } from '../../runtime/http/not-found';
import type { IsoDate } from '../../domain/shared/dates';
import { dateInWib } from '../../domain/shared/dates';
import { checkAttendance } from '../../domain/training/learning-hours';
import type { routes } from '../../events/api/routes';
import type { AttendanceRegister } from '../../events/api/training';
import { retestsIn } from '../../adapters/dynamodb/retest-repository';
import { cohortRead, seatsOf } from '../../adapters/dynamodb/seating-repository';
import { attendanceRead, saveAttendance } from '../../adapters/dynamodb/training-repository';
import { acknowledgementRead } from '../../adapters/dynamodb/delivery-repository';
import { rulesOfConductRead } from '../../adapters/dynamodb/rules-of-conduct-repository';
import { readItems } from '../../adapters/dynamodb/table';
import { pikGraduatesAmong } from '../../services/training/pik-graduates';
import type { Participant } from '../../events/api/participant';
import type { Operation } from '../../runtime/http/api-handler';
import { rulesNotMet } from '../../runtime/http/http-error';
import { orChanged } from './written';

/**
 * BKN records who was present at one session of a cohort (classroom or evaluation) on one of its days already
 * come (Panduan Pusbang ASN BKN 2019, Timeline Pelatihan No 7-9): those seated in the cohort and, at the
 * evaluation, those booked for a re-test into its test session. Sending the same date and session again
 * corrects it as a new version. Written only while every seated participant listed still sits there. In class,
 * never a PIK graduate entering the test directly (PIK-TANPA-PELATIHAN) and, where BKN published the cohort's
 * rules of conduct, only those who acknowledged them (TATA-TERTIB-DIAKUI).
 */
export const recordAttendance: Operation<typeof routes.recordAttendance> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const session = body.evaluation ? 'EVALUASI' : 'KLASIKAL';
  // The cohort and the session's register so far in one BatchGetItem (T5).
  const [cohort, previous] = await readItems(
    cohortRead(params.programId, params.number),
    attendanceRead(params.programId, params.number, body.date, session),
  );
  if (!cohort) throw cohortNotFound();
  const [seats, retests] = await Promise.all([
    seatsOf(params.programId, params.number),
    body.evaluation ? retestsIn(params.programId, params.number) : [],
  ]);
  const present = [...new Set(body.present)];
  const seated = new Set(seats.map((p) => p.nip));
  const classroom =
    session === 'KLASIKAL'
      ? await classroomDuties(
          params.programId,
          cohort.number,
          seats.filter((p) => present.includes(p.nip)),
        )
      : {};
  const verdict = checkAttendance({
    cohort: {
      number: cohort.number,
      startDate: cohort.startDate as IsoDate,
      endDate: cohort.endDate as IsoDate,
      ...(cohort.kind ? { kind: cohort.kind } : {}),
    },
    date: body.date as IsoDate,
    session,
    present,
    seated: [...seated],
    retested: retests.map((r) => r.nip),
    today: dateInWib(now),
    ...classroom,
  });
  if (!verdict.ok) throw rulesNotMet(verdict.violations);
  const register: AttendanceRegister = {
    programId: params.programId,
    cohort: cohort.number,
    date: body.date,
    day: verdict.value.day,
    session,
    present,
    recordedBy: principal.username,
    recordedAt: now.toISOString(),
    version: (previous?.version ?? 0) + 1,
  };
  const checked = present.filter((nip) => seated.has(nip));
  orChanged(await saveAttendance(register, previous?.version, checked), 'Daftar hadir sesi ini');
  return { statusCode: 200, body: register };
};

/**
 * What a classroom register needs of the seated listed (at most 99): who of them are PIK graduates, and, where
 * BKN published the cohort's rules of conduct, who acknowledged them; in two batched reads.
 */
async function classroomDuties(programId: string, cohort: number, listed: readonly Participant[]) {
  const [[rules, ...acks], pikGraduates] = await Promise.all([
    readItems(
      rulesOfConductRead(programId, cohort),
      ...listed.map((p) => acknowledgementRead(programId, p.nip, 'TATA_TERTIB')),
    ),
    pikGraduatesAmong(programId, listed),
  ]);
  return {
    pikGraduates,
    ...(rules
      ? { rulesOfConduct: { acknowledged: listed.filter((_, i) => acks[i]).map((p) => p.nip) } }
      : {}),
  };
}
