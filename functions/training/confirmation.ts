import type { IsoDate } from '../../domain/shared/dates';
import { checkConfirmation } from '../../domain/training/confirmation';
import type { routes } from '../../events/api/routes';
import type { Confirmation } from '../../events/api/training';
import { confirmationRead, cvRead, saveConfirmation } from '../../adapters/dynamodb/training-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { rulesNotMet } from '../../runtime/http/http-error';
import { dateInWib } from '../../domain/shared/dates';
import { seatAndPikEntry } from '../../services/training/pik-graduates';
import { orChanged } from './written';

/**
 * The participant confirms attendance online, with the CV already uploaded and the action plan, before the
 * cohort starts (Panduan Pusbang ASN BKN 2019, Timeline Pelatihan No 4). A new answer is a new version that
 * names the one it replaces, which stays in the history; it is written only while the participant still sits
 * in the cohort confirmed for and nobody answered meanwhile (409 otherwise). A PIK graduate entering the test
 * directly confirms coming to the test, with no CV or action plan (PIK-TANPA-PELATIHAN).
 */
export const confirmAttendance: Operation<typeof routes.confirmAttendance> = async ({
  params,
  body,
  principal,
  scoped: { participant },
  now,
}) => {
  // The seat, the PIK entry, the CV and the current confirmation in one BatchGetItem (T8).
  const {
    cohort,
    pikGraduate,
    read: [cv, previous],
  } = await seatAndPikEntry(
    params.programId,
    participant,
    cvRead(params.programId, params.nip),
    confirmationRead(params.programId, params.nip),
  );
  const verdict = checkConfirmation({
    participantStatus: participant.status,
    seat: cohort ? { cohort: cohort.number, startDate: cohort.startDate as IsoDate } : null,
    today: dateInWib(now),
    attending: body.attending,
    hasCv: cv !== undefined,
    actionPlan: body.actionPlan,
    nip: params.nip,
    pikGraduate,
  });
  if (!verdict.ok || !cohort) throw rulesNotMet(verdict.ok ? [] : verdict.violations);
  const confirmation: Confirmation = {
    programId: params.programId,
    nip: params.nip,
    instansiCode: participant.instansiCode,
    cohort: cohort.number,
    attending: body.attending,
    ...(body.attending && body.actionPlan ? { actionPlan: body.actionPlan } : {}),
    ...(cv ? { cv } : {}),
    confirmedBy: principal.username,
    confirmedAt: now.toISOString(),
    version: (previous?.version ?? 0) + 1,
    ...(previous
      ? {
          replaces: {
            version: previous.version,
            cohort: previous.cohort,
            attending: previous.attending,
            confirmedBy: previous.confirmedBy,
            confirmedAt: previous.confirmedAt,
          },
        }
      : {}),
  };
  orChanged(await saveConfirmation(confirmation, previous?.version), 'Konfirmasi kehadiran');
  return { statusCode: 200, body: confirmation };
};
