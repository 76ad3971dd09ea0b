import type { SQSRecord } from 'aws-lambda';
import { latestNotificationDate } from '../../domain/assessment/structural/notification';
import { buildInvitation, INVITATION_CHANNEL } from '../../domain/scheduling/invitation';
import { dateParts, type IsoDate, dateInWib } from '../../domain/shared/dates';
import type { InvitationRecord } from '../../events/api/invitation';
import type { Participant } from '../../events/api/participant';
import { InvitationRequested } from '../../events/messages/invitation-requested';
import {
  allocateInvitation,
  findInvitationSigner,
  invitationOf,
  invitationRegister,
  recordInvitationReady,
  recordInvitationRefused,
} from '../../adapters/dynamodb/invitation-repository';
import { findInstansi, instansiByCode } from '../../adapters/dynamodb/instansi-repository';
import { findProgram } from '../../adapters/dynamodb/program-repository';
import { findCohort, findParticipant, participantsNamed } from '../../adapters/dynamodb/seating-repository';
import { readOnce } from '../../runtime/read-once';
import { storePdf } from '../../adapters/s3/documents';
import { signedPdf } from '../../services/documents/signed-pdf';
import { logger } from '../../runtime/logger';
import { oneAtATime } from '../../runtime/one-at-a-time';
import { sqsWorker } from '../../runtime/sqs-worker';
import { renderInvitation } from './render-invitation';
import { now as clock } from '../../runtime/clock';
import { takeNext } from '../../adapters/dynamodb/register';
import { requestNotifications } from '../../adapters/sqs/notification-queue';
import { invitationIssued } from '../../services/notifications/requests';

export const invitationKey = (programId: string, cohort: number, nip: string) =>
  `invitations/${programId}/${cohort}/${nip}.pdf`;

type Numbered = InvitationRecord & { number: string; letter: NonNullable<InvitationRecord['letter']> };
const isNumberedFor = (record: InvitationRecord | undefined, cohort: number): record is Numbered =>
  record?.cohort === cohort && record.number !== undefined && record.letter !== undefined;

/** The participants a batch's messages name (a message that does not parse fails on its own). */
function participantsOf(records: readonly SQSRecord[]): { programId: string; nip: string }[] {
  return records.flatMap((record) => {
    try {
      const message = InvitationRequested.safeParse(JSON.parse(record.body));
      return message.success ? [{ programId: message.data.programId, nip: message.data.nip }] : [];
    } catch {
      return []; // not JSON: its record fails on its own
    }
  });
}

const participantId = (programId: string, nip: string) => `${programId}\u0000${nip}`;

/**
 * The batch's participants in one strongly consistent BatchGetItem (S17), and, once a letter needs
 * one, their instansi in one BatchGetItem (I12): a read of each per message otherwise. A failed read fails the
 * records that await it, as their own reads would have.
 */
function batchParticipants(records: readonly SQSRecord[]) {
  // A batch is at most QUEUES.invitation.batchSize messages, far below BatchGetItem's 100 keys.
  const named = participantsOf(records);
  const participants = participantsNamed(named).then(
    (found) => new Map(named.map((p, i) => [participantId(p.programId, p.nip), found[i]])),
  );
  participants.catch(() => undefined); // handled by each record that awaits it
  const instansi = readOnce(async () => {
    const present = [...(await participants).values()].filter((p): p is Participant => !!p);
    const codes = new Set(present.map((p) => p.instansiCode));
    return { codes, found: await instansiByCode([...codes]) };
  });
  return { participants, instansi };
}
type BatchParticipants = ReturnType<typeof batchParticipants>;

/**
 * What a letter states besides its participant, read once per batch: the letters of a batch share them. The
 * instansi of the batch's participants are read together.
 */
const letterReads = (batch: BatchParticipants) => ({
  cohort: readOnce(findCohort),
  program: readOnce(findProgram),
  signer: readOnce(findInvitationSigner),
  instansi: readOnce(async (code: string) => {
    const { codes, found } = await batch.instansi();
    return codes.has(code) ? found.get(code) : findInstansi(code);
  }),
});
type LetterReads = ReturnType<typeof letterReads>;

/**
 * The cohort (with its verified test site), programme, signer and instansi of the message's letter; the signer
 * or the test site may still be missing (refused later), an unknown instansi leaves its line of the forms blank.
 */
async function letterOf(message: InvitationRequested, participant: Participant, reads: LetterReads) {
  const [cohort, program, signer, instansi] = await Promise.all([
    reads.cohort(message.programId, message.cohort),
    reads.program(message.programId),
    reads.signer(message.programId),
    reads.instansi(participant.instansiCode),
  ]);
  if (!cohort || !program) throw new Error(`Cohort ${message.cohort} of ${message.programId} does not exist`);
  return { cohort, program, signer, instansi };
}

/**
 * Numbers the participant's invitation, or records why it is refused (too late, or a field of the letter
 * missing): a refusal is an outcome, not a failure, so it is not retried. Undefined when refused.
 */
async function numberInvitation(
  participant: Participant,
  message: InvitationRequested,
  { cohort, program, signer, instansi }: Awaited<ReturnType<typeof letterOf>>,
  now: Date,
): Promise<Numbered | undefined> {
  const issuedOn = dateInWib(now);
  const year = dateParts(issuedOn).year;
  return takeNext(invitationRegister(year), async (last) => {
    const decision = buildInvitation({
      participant,
      cohort: { ...cohort, startDate: cohort.startDate as IsoDate, endDate: cohort.endDate as IsoDate },
      programName: program.name,
      instansiName: instansi?.name,
      signer: signer ?? { name: '', position: '' },
      sequence: last + 1,
      issuedOn,
    });
    if (!decision.ok) {
      const refusal: InvitationRecord = {
        status: 'REFUSED',
        cohort: message.cohort,
        requestedAt: message.requestedAt,
        issuedOn,
        code: decision.violations[0]!.code,
        violations: decision.violations,
        refusedAt: now.toISOString(),
      };
      const recorded = await recordInvitationRefused(participant, refusal, now.toISOString());
      logger.info('invitation refused', {
        programId: message.programId,
        nip: message.nip,
        cohort: message.cohort,
        codes: decision.violations.map((v) => v.code),
        recorded,
      });
      return undefined;
    }
    const record: Numbered = {
      status: 'NUMBERED',
      cohort: message.cohort,
      requestedAt: message.requestedAt,
      issuedOn,
      numberedAt: now.toISOString(),
      number: decision.value.number,
      letter: decision.value,
    };
    const outcome = await allocateInvitation(participant, year, last, record, now.toISOString());
    if (outcome === 'ALLOCATED') return record;
    if (outcome === 'ALREADY_NUMBERED') {
      const current = await findParticipant(message.programId, message.nip);
      const existing = current && invitationOf(current);
      if (current?.seat?.cohort === message.cohort && isNumberedFor(existing, message.cohort))
        return existing;
      return undefined;
    }
    return outcome;
  });
}

// One number from the year's register at a time in this process; see QUEUES.maxConcurrency for across them.
const takeNumber = oneAtATime(numberInvitation);

/**
 * Issues one participant's invitation to their cohort, stores its PDF (the letter and its attached forms) and
 * records it sent: available to the personnel official of the participant's instansi from now, to reach the
 * participant by the 6th working day before the cohort. A redelivered message reuses the number already taken
 * (and renders the same bytes); a message for a cohort the participant no longer sits in is dropped. Throwing
 * fails only this record: it is retried, then lands in the DLQ.
 */
async function inviteOne(record: SQSRecord, reads: LetterReads, batch: BatchParticipants): Promise<void> {
  const message = InvitationRequested.parse(JSON.parse(record.body));
  const participants = await batch.participants;
  const id = participantId(message.programId, message.nip);
  const participant = participants.has(id)
    ? participants.get(id)
    : await findParticipant(message.programId, message.nip);
  if (!participant) throw new Error(`No participant ${message.nip} in ${message.programId}`);
  const log = { programId: message.programId, nip: message.nip };
  if (participant.seat?.cohort !== message.cohort) {
    logger.info('invitation skipped: participant not seated in the cohort', {
      ...log,
      cohort: message.cohort,
    });
    return;
  }
  const now = clock();
  const existing = invitationOf(participant);
  // Issued already: only the e-mail may still be owed, if the delivery that issued it stopped before asking.
  if (isNumberedFor(existing, message.cohort) && existing.status === 'READY') {
    return notifyIssued(participant, existing, message, reads, now);
  }
  const numbered = isNumberedFor(existing, message.cohort)
    ? existing
    : await takeNumber(participant, message, await letterOf(message, participant, reads), now);
  if (!numbered) return;
  const receiveBy = latestNotificationDate(numbered.letter.date as IsoDate);
  // Only a year's holiday data removed after the letter was numbered could refuse it here.
  if (!receiveBy.ok) throw new Error(receiveBy.violations[0]!.message);
  const pdf = await signedPdf(await renderInvitation(numbered.letter), {
    role: 'kepalaPusat',
    reason: `Surat undangan nomor ${numbered.number}`,
    location: numbered.letter.place,
    // Letters numbered before the instant was recorded sign at their request.
    signedAt: new Date(numbered.numberedAt ?? numbered.requestedAt),
  });
  const { key, sha256 } = await storePdf(invitationKey(message.programId, message.cohort, message.nip), pdf);
  const recorded = await recordInvitationReady(
    participant,
    numbered.number,
    { key, sha256 },
    {
      channel: INVITATION_CHANNEL,
      instansiCode: participant.instansiCode,
      availableAt: now.toISOString(),
      receiveBy: receiveBy.value,
    },
    now.toISOString(),
  );
  logger.info('invitation issued', {
    ...log,
    cohort: message.cohort,
    number: numbered.number,
    key,
    sha256,
    recorded,
  });
  await notifyIssued(participant, numbered, message, reads, now);
}

/**
 * Asks the participant's UNDANGAN e-mail (functions/notification-worker): one per letter number, however often
 * it is asked, so a redelivered message may ask again.
 */
async function notifyIssued(
  participant: Participant,
  invitation: Numbered,
  message: InvitationRequested,
  reads: LetterReads,
  now: Date,
): Promise<void> {
  const program = await reads.program(message.programId);
  if (!program) throw new Error(`Programme ${message.programId} does not exist`);
  await requestNotifications(
    [invitationIssued(participant, invitation.letter, program.name)],
    message.correlationId,
    now,
  );
}

export const handler = sqsWorker((records) => {
  const batch = batchParticipants(records);
  const reads = letterReads(batch);
  return (record) => inviteOne(record, reads, batch);
});
