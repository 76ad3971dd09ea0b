import { confirmBy } from '../../domain/training/confirmation-reminder';
import type { IsoDate } from '../../domain/shared/dates';
import { LEVEL_NAMES, verificationUrlOf } from '../certificate/model';
import { certificateIdOf } from '../../events/api/certificate-id';
import type { InvitationLetter } from '../../events/api/invitation';
import type { Participant } from '../../events/api/participant';
import type { CertificateIssued } from '../../events/messages/certificate-events';
import type { NotificationRequest } from '../../events/messages/notification-requested';
import { ENV, requireEnv } from '../../runtime/env';

/*
 * The notification requests of the system's own events, each with the id that makes it one e-mail per event
 * and recipient. A participant without an e-mail address still gets a request (`to.email` null): the worker
 * records that nobody could be told.
 */

const recipientOf = (participant: Pick<Participant, 'name' | 'contact'>) => ({
  email: participant.contact?.email ?? null,
  name: participant.name,
});
const aboutOf = (participant: Pick<Participant, 'programId' | 'nip'>) => ({
  programId: participant.programId,
  nip: participant.nip,
});
/** The participant's invitation route: the letter, and where the confirmation is made. */
const invitationLink = (participant: Pick<Participant, 'programId' | 'nip'>) =>
  `${requireEnv(ENV.publicBaseUrl)}/programs/${participant.programId}/participants/${participant.nip}/invitation`;

/** UNDANGAN: the invitation letter `letter` was issued; one e-mail per letter number. */
export function invitationIssued(
  participant: Participant,
  letter: InvitationLetter,
  programName: string,
): NotificationRequest {
  return {
    notificationId: `UNDANGAN#${participant.programId}#${participant.nip}#${letter.number}`,
    kind: 'UNDANGAN',
    to: recipientOf(participant),
    about: aboutOf(participant),
    fields: {
      programName,
      cohort: letter.cohort,
      letterNumber: letter.number,
      startDate: letter.date,
      endDate: letter.endDate,
      venue: letter.venue,
      confirmBy: confirmBy(letter.date as IsoDate),
      link: invitationLink(participant),
    },
  };
}

/** PENGINGAT_KONFIRMASI: one reminder per seat in a cohort, however many days the job finds it due. */
export function confirmationReminder(
  participant: Participant,
  cohort: { number: number; startDate: string },
  programName: string,
): NotificationRequest {
  return {
    notificationId: `PENGINGAT_KONFIRMASI#${participant.programId}#${participant.nip}#${cohort.number}`,
    kind: 'PENGINGAT_KONFIRMASI',
    to: recipientOf(participant),
    about: aboutOf(participant),
    fields: {
      programName,
      cohort: cohort.number,
      startDate: cohort.startDate,
      confirmBy: confirmBy(cohort.startDate as IsoDate),
      link: invitationLink(participant),
    },
  };
}

/**
 * SERTIFIKAT_TERBIT: the certificate of `event` was issued; one e-mail per event id (a re-issue is another
 * event). It links the certificate's API route, which answers a fresh download link to its holder, and the
 * public verification page: never a presigned URL, which would expire before it is read.
 */
export function certificateIssued(participant: Participant, event: CertificateIssued): NotificationRequest {
  return {
    notificationId: `SERTIFIKAT_TERBIT#${event.eventId}`,
    kind: 'SERTIFIKAT_TERBIT',
    to: recipientOf(participant),
    about: aboutOf(participant),
    fields: {
      registrationNumber: event.registrationNumber,
      schemeName: LEVEL_NAMES[event.scheme],
      issuedOn: event.issuedOn,
      downloadLink: `${requireEnv(ENV.publicBaseUrl)}/certificates/${certificateIdOf(event.registrationNumber)}`,
      verificationLink: verificationUrlOf(event.registrationNumber),
    },
  };
}
