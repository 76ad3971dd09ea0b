import type { IsoDate } from '../../domain/shared/dates';
import { dateInWib } from '../../domain/shared/dates';
import { checkParticipantDocument, type AcknowledgedDocument } from '../../domain/training/delivery';
import type { Acknowledgement } from '../../events/api/delivery';
import type { Participant } from '../../events/api/participant';
import type { routes } from '../../events/api/routes';
import {
  assignmentLetterRead,
  participantDelivery,
  saveAcknowledgement,
  saveAssignmentLetter,
} from '../../adapters/dynamodb/delivery-repository';
import { findProgram } from '../../adapters/dynamodb/program-repository';
import { findCohort } from '../../adapters/dynamodb/seating-repository';
import { slotRead } from '../../adapters/dynamodb/upload-slot-repository';
import { readItems } from '../../adapters/dynamodb/table';
import type { Operation } from '../../runtime/http/api-handler';
import { rulesNotMet } from '../../runtime/http/http-error';
import { confirmedUpload, openUploadSlots } from '../../services/documents/uploads';
import { assignmentLetterPlace } from './context';

/** Refuses (422) unless the participant's documents may be recorded today (DOKUMEN-PESERTA and the document's own). */
async function ensureDocumentAllowed(
  programId: string,
  participant: Participant,
  today: IsoDate,
  document?: AcknowledgedDocument,
): Promise<void> {
  const seat = participant.seat?.cohort;
  const [cohort, program] = await Promise.all([
    seat === undefined ? undefined : findCohort(programId, seat),
    document === 'PENGUMUMAN' ? findProgram(programId) : undefined,
  ]);
  const verdict = checkParticipantDocument({
    participantStatus: participant.status,
    seat: cohort ? { cohort: cohort.number, startDate: cohort.startDate as IsoDate } : null,
    today,
    ...(document
      ? { acknowledging: { document, announcementIssued: program?.announcement?.status === 'READY' } }
      : {}),
  });
  if (!verdict.ok) throw rulesNotMet(verdict.violations);
}

/** A signed PUT slot for the participant's assignment letter (SP) from their instansi (Surat 2019, Catatan 1a). */
export const requestAssignmentLetterUpload: Operation<typeof routes.requestAssignmentLetterUpload> = async ({
  params,
  body,
  scoped: { participant },
  now,
}) => {
  await ensureDocumentAllowed(params.programId, participant, dateInWib(now));
  const [slot] = await openUploadSlots(
    [{ place: assignmentLetterPlace(params.programId, params.nip), file: body }],
    now,
  );
  return { statusCode: 200, body: slot };
};

/** Records the SP of the latest slot, pinned; a new upload replaces the earlier one. */
export const confirmAssignmentLetter: Operation<typeof routes.confirmAssignmentLetter> = async ({
  params,
  principal,
  scoped: { participant },
  now,
}) => {
  const { programId, nip } = params;
  await ensureDocumentAllowed(programId, participant, dateInWib(now));
  const [slot, recorded] = await readItems(
    slotRead(assignmentLetterPlace(programId, nip)),
    assignmentLetterRead(programId, nip),
  );
  const document = await confirmedUpload(slot, recorded, principal.username, now);
  await saveAssignmentLetter(programId, nip, document);
  return { statusCode: 200, body: { programId, nip, document } };
};

/**
 * The participant states they read the programme's announcement letter, once issued, or the rules of conduct,
 * before the class (Panduan 2019, Tata Tertib). The first statement holds; sending it again answers that one.
 */
export const acknowledgeDocument: Operation<typeof routes.acknowledgeDocument> = async ({
  params,
  body,
  principal,
  scoped: { participant },
  now,
}) => {
  await ensureDocumentAllowed(params.programId, participant, dateInWib(now), body.document);
  const ack: Acknowledgement = {
    programId: params.programId,
    nip: params.nip,
    document: body.document,
    acknowledgedBy: principal.username,
    acknowledgedAt: now.toISOString(),
  };
  if (await saveAcknowledgement(ack)) return { statusCode: 200, body: ack };
  const { acknowledged } = await participantDelivery(params.programId, params.nip);
  return { statusCode: 200, body: acknowledged[body.document] ?? ack };
};
