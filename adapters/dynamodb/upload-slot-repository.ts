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

/**
 * Records the slots just issued, each replacing the earlier slot of its place: one PutItem for one slot, several
 * in one BatchWriteItem (a form's documents at once).
 */
export async function saveSlots(slots: { place: SlotPlace; slot: UploadSlotRecord }[]): Promise<void> {
  const items = slots.map(({ place, slot }) => ({ ...uploadSlotKey(place), entity: 'UploadSlot', ...slot }));
  if (items.length === 1) {
    await dynamo().send(new PutCommand({ TableName: tableName(), Item: items[0]! }));
    return;
  }
  await putItems(items);
}
