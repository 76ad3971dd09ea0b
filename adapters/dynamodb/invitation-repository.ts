import {
  GetCommand,
  PutCommand,
  TransactWriteCommand,
  UpdateCommand,
  type UpdateCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type {
  InvitationDelivery,
  InvitationReceipt,
  InvitationRecord,
  InvitationSigner,
} from '../../events/api/invitation';
import type { Participant } from '../../events/api/participant';
import { dynamo } from '../../runtime/clients';
import { cancellationReasons, tableName, sendIf } from './table';
import { advance, lastTaken, REGISTER_MOVED, type Register, type RegisterMoved } from './register';
import { invitationCounterKey, invitationSignerKey, participantKey } from './keys';

/*
 * Invitations (surat undangan). Access patterns (docs/data-model.md, I1-I10):
 *  - a participant's invitation, its delivery and receipt: the `invitation` map of the Participant item
 *  - the signer of a programme's letters: GetItem pk=PROGRAM#<id>, sk=#INVITATION_SIGNER
 *  - the year's register of numbers:      GetItem pk=COUNTER#INVITATION#<year>, sk=#COUNTER (attribute `last`)
 * A number is taken in one transaction with the participant's invitation, conditional on the register not
 * having moved and on the participant holding no number for that cohort: numbers are gap-free and a duplicate
 * message never takes a second one.
 */

/** One conditional UpdateItem of the participant item; false when its condition fails. */
async function updateParticipant(
  participant: Pick<Participant, 'programId' | 'nip'>,
  update: Omit<UpdateCommandInput, 'TableName' | 'Key'>,
): Promise<boolean> {
  return sendIf(
    new UpdateCommand({
      TableName: tableName(),
      Key: participantKey(participant.programId, participant.nip),
      ...update,
    }),
  );
}

/** The invitation recorded on a participant item, if any. */
export const invitationOf = (participant: Participant): InvitationRecord | undefined =>
  (participant as Participant & { invitation?: InvitationRecord }).invitation;

export async function findInvitationSigner(programId: string): Promise<InvitationSigner | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: tableName(), Key: invitationSignerKey(programId) }),
  );
  if (!Item) return undefined;
  const { pk: _pk, sk: _sk, entity: _e, ...signer } = Item;
  return signer as InvitationSigner;
}

export async function saveInvitationSigner(signer: InvitationSigner): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...invitationSignerKey(signer.programId), entity: 'InvitationSigner', ...signer },
    }),
  );
}

/** The year's register of invitation numbers. */
export const invitationRegister = (year: number): Register => ({
  key: invitationCounterKey(year),
  entity: 'InvitationCounter',
  name: `Invitation register of ${year}`,
});

/** The last sequence taken in the year's register (0 when none yet). */
export const lastInvitationSequence = (year: number): Promise<number> => lastTaken(invitationRegister(year));

export type AllocationOutcome = 'ALLOCATED' | RegisterMoved | 'ALREADY_NUMBERED';

const NOT_NUMBERED_FOR_COHORT =
  '#seat.#cohort = :cohort AND (attribute_not_exists(#inv.#number) OR #inv.#cohort <> :cohort)';

/** The invitation record set on the participant while seated in its cohort and not numbered for it yet. */
const recordUnlessNumbered = (record: InvitationRecord, now: string) => ({
  ConditionExpression: NOT_NUMBERED_FOR_COHORT,
  UpdateExpression: 'SET #inv = :record, #updatedAt = :now',
  ExpressionAttributeNames: {
    '#seat': 'seat',
    '#cohort': 'cohort',
    '#inv': 'invitation',
    '#number': 'number',
    '#updatedAt': 'updatedAt',
  },
  ExpressionAttributeValues: { ':cohort': record.cohort, ':record': record, ':now': now },
});

/**
 * Takes sequence `last + 1` of `year` for the participant's NUMBERED invitation, all or nothing: only while the
 * register still stands at `last`, and only while the participant sits in the record's cohort and holds no
 * number for it. REGISTER_MOVED: another letter took the number, try the next; ALREADY_NUMBERED: a duplicate
 * delivery (or a move) got there first.
 */
export async function allocateInvitation(
  participant: Pick<Participant, 'programId' | 'nip'>,
  year: number,
  last: number,
  record: InvitationRecord,
  now: string,
): Promise<AllocationOutcome> {
  try {
    await dynamo().send(
      new TransactWriteCommand({
        TransactItems: [
          advance(invitationRegister(year), last),
          {
            Update: {
              TableName: tableName(),
              Key: participantKey(participant.programId, participant.nip),
              ...recordUnlessNumbered(record, now),
            },
          },
        ],
      }),
    );
    return 'ALLOCATED';
  } catch (error) {
    const reasons = cancellationReasons(error);
    if (!reasons) throw error;
    const [registerReason, participantReason] = reasons;
    if (participantReason === 'ConditionalCheckFailed') return 'ALREADY_NUMBERED';
    if (registerReason === 'ConditionalCheckFailed' || registerReason === 'TransactionConflict') {
      return REGISTER_MOVED;
    }
    throw error;
  }
}

/**
 * Marks the numbered invitation READY with its document and how it was sent; false when the participant now
 * holds another.
 */
export function recordInvitationReady(
  participant: Pick<Participant, 'programId' | 'nip'>,
  number: string,
  document: { key: string; sha256: string },
  delivery: InvitationDelivery,
  now: string,
): Promise<boolean> {
  return updateParticipant(participant, {
    ConditionExpression: '#inv.#number = :number',
    UpdateExpression:
      'SET #inv.#status = :ready, #inv.#documentKey = :key, #inv.#sha256 = :sha256, #inv.#issuedAt = :now, #inv.#delivery = :delivery, #updatedAt = :now',
    ExpressionAttributeNames: {
      '#inv': 'invitation',
      '#number': 'number',
      '#status': 'status',
      '#documentKey': 'documentKey',
      '#sha256': 'sha256',
      '#issuedAt': 'issuedAt',
      '#delivery': 'delivery',
      '#updatedAt': 'updatedAt',
    },
    ExpressionAttributeValues: {
      ':number': number,
      ':ready': 'READY',
      ':key': document.key,
      ':sha256': document.sha256,
      ':delivery': delivery,
      ':now': now,
    },
  });
}

/**
 * Records a refused invitation; never over a letter already numbered for that cohort (a late duplicate must
 * not withdraw an invitation issued in time). False when it was not recorded for that reason or a move.
 */
export function recordInvitationRefused(
  participant: Pick<Participant, 'programId' | 'nip'>,
  record: InvitationRecord,
  now: string,
): Promise<boolean> {
  return updateParticipant(participant, recordUnlessNumbered(record, now));
}

/**
 * Records the acknowledged receipt of the participant's current invitation, once: only while they still sit in
 * the letter's cohort, the letter numbered `number` is READY and no receipt is recorded. False otherwise (a move,
 * a new letter, or another acknowledgement first).
 */
export function recordInvitationReceipt(
  participant: Pick<Participant, 'programId' | 'nip'>,
  letter: { cohort: number; number: string },
  receipt: InvitationReceipt,
  now: string,
): Promise<boolean> {
  return updateParticipant(participant, {
    ConditionExpression:
      '#seat.#cohort = :cohort AND #inv.#cohort = :cohort AND #inv.#number = :number AND #inv.#status = :ready AND attribute_not_exists(#inv.#receipt)',
    UpdateExpression: 'SET #inv.#receipt = :receipt, #updatedAt = :now',
    ExpressionAttributeNames: {
      '#seat': 'seat',
      '#cohort': 'cohort',
      '#inv': 'invitation',
      '#number': 'number',
      '#status': 'status',
      '#receipt': 'receipt',
      '#updatedAt': 'updatedAt',
    },
    ExpressionAttributeValues: {
      ':cohort': letter.cohort,
      ':number': letter.number,
      ':ready': 'READY',
      ':receipt': receipt,
      ':now': now,
    },
  });
}
