import type { IsoDate } from '../../domain/shared/dates';
import { checkAttendance } from '../../domain/training/learning-hours';
import type { routes } from '../../events/api/routes';
import type { AttendanceRegister } from '../../events/api/training';
import { findCohort, seatsOf } from '../shared/data/seating-repository';
import { saveAttendance } from '../shared/data/training-repository';
import type { Operation } from '../shared/http/api-handler';
import { HttpError, rulesNotMet } from '../shared/http/http-error';

/**
 * BKN records who was present at one session of a cohort (classroom or evaluation) on one of its training days
 * (Panduan Pusbang ASN BKN 2019, Timeline Pelatihan No 7-9). Sending the same date and session again corrects it.
 */
export const recordAttendance: Operation<typeof routes.recordAttendance> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const cohort = await findCohort(params.programId, params.number);
  if (!cohort) throw new HttpError(404, 'COHORT_NOT_FOUND', 'Angkatan tidak ditemukan dalam program.');
  const seated = await seatsOf(params.programId, params.number);
  const present = [...new Set(body.present)];
  const session = body.evaluation ? 'EVALUASI' : 'KLASIKAL';
  const verdict = checkAttendance({
    cohort: {
      number: cohort.number,
      startDate: cohort.startDate as IsoDate,
      endDate: cohort.endDate as IsoDate,
    },
    date: body.date as IsoDate,
    session,
    present,
    seated: seated.map((p) => p.nip),
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
  };
  await saveAttendance(register);
  return { statusCode: 200, body: register };
};
