import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DeclaredFile } from '../../domain/proposal/upload';
import { dynamo } from '../../runtime/clients';
import { putItems, tableName, type ItemRead } from './table';
import { type SlotPlace, uploadSlotKey } from './keys';

/*
 * Upload slots: the latest slot issued for each place a document is kept (one kind of a candidate's documents,
 * the proposal letter, a participant's CV), in the partition of what it belongs to. A new slot replaces the
 * earlier one, so only the latest can be confirmed. Key shapes: docs/data-model.md ("UploadSlot").
 */

export interface UploadSlotRecord {
  /** The object the slot writes: its own key, never written by another slot. */
  key: string;
  /** What the uploader declared (type, size, SHA-256 if any), signed into the slot. */
  declared: DeclaredFile;
  issuedAt: string;
  /** Epoch seconds after which the slot records nothing (and DynamoDB's TTL removes it). */
  expiresAt: number;
}

export const slotRead = (place: SlotPlace): ItemRead<UploadSlotRecord> => ({
  key: uploadSlotKey(place),
  from: (item) => ({
    key: String(item.key),
    declared: item.declared as DeclaredFile,
    issuedAt: String(item.issuedAt),
    expiresAt: Number(item.expiresAt),
  }),
});

type IssuedSlot = { place: SlotPlace; slot: UploadSlotRecord };
const slotItem = ({ place, slot }: IssuedSlot) => ({
  ...uploadSlotKey(place),
  entity: 'UploadSlot',
  ...slot,
});

/** Records the slots just issued, one PutItem each, each replacing the earlier slot of its place. */
export async function saveSlots(slots: IssuedSlot[]): Promise<void> {
  await Promise.all(
    slots.map((slot) => dynamo().send(new PutCommand({ TableName: tableName(), Item: slotItem(slot) }))),
  );
}

/**
 * Records the slots just issued for a form's documents: several in one BatchWriteItem (25 a call), one with its
 * PutItem, each replacing the earlier slot of its place. Apart from `saveSlots` so that a function issuing one
 * slot at a time does not carry BatchWriteItem.
 */
export async function saveSlotsAtOnce(slots: IssuedSlot[]): Promise<void> {
  await (slots.length === 1 ? saveSlots(slots) : putItems(slots.map(slotItem)));
}
