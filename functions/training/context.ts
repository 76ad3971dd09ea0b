import type { UploadPlace } from '../../services/documents/uploads';
import { cvSlotPlace } from '../../adapters/dynamodb/keys';

/** Where a participant's CV is kept: its slot record in the participant's partition, its objects in the bucket. */
export const cvPlace = (programId: string, nip: string): UploadPlace => ({
  ...cvSlotPlace(programId, nip),
  prefix: `training/${programId}/${nip}/CV`,
});
