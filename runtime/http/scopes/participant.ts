import { participantRead } from '../../../adapters/dynamodb/seating-repository';
import { participantNotFound } from '../not-found';
import { readingByKey } from './batched';
import { holderInScope, param } from './holder-scope';

/** `participant`: the participant of the path, if theirs, their instansi's or their region's; else 404. */
export const participantScope = readingByKey<'participant'>(async (params, actor, read) => {
  const [participant, who] = await Promise.all([
    read(participantRead(param(params, 'programId'), param(params, 'nip'))),
    actor,
  ]);
  return { participant: await holderInScope(who, participant, (p) => p, participantNotFound) };
});
