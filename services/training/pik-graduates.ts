import { findPikGraduation, pikGraduationRead } from '../../adapters/dynamodb/pik-repository';
import { cohortRead } from '../../adapters/dynamodb/seating-repository';
import { type ItemRead, readItems, type ReadResults } from '../../adapters/dynamodb/table';
import type { Cohort, Participant } from '../../events/api/participant';
import type { PikGraduation } from '../../events/api/pik';

/** Whether a recorded PIK graduation gives direct entry to the test (Pasal 23; PI4). */
export const entersTestDirectly = (graduation: PikGraduation | undefined): boolean =>
  graduation?.entry === 'UJI_LANGSUNG_PIK';

/** Whether the participant's PIK graduation, with direct entry to the test, is recorded (Pasal 23; PI4). */
export async function isPikGraduate(
  programId: string,
  participant: { instansiCode: string; nip: string },
): Promise<boolean> {
  const graduation = await findPikGraduation(
    { programId, instansiCode: participant.instansiCode },
    participant.nip,
  );
  return entersTestDirectly(graduation);
}

/**
 * The participant's cohort, when seated (S14's item), and whether they are a PIK graduate entering the test
 * directly (PI4): both keyed from the participant, so read together in one strongly consistent BatchGetItem,
 * with the items of `also` the request needs besides (`read`, in their order).
 */
export async function seatAndPikEntry<R extends readonly (ItemRead<unknown> | undefined)[] = []>(
  programId: string,
  participant: Pick<Participant, 'instansiCode' | 'nip' | 'seat'>,
  ...also: R
): Promise<{ cohort: Cohort | undefined; pikGraduate: boolean; read: ReadResults<R> }> {
  const [cohort, graduation, ...read] = await readItems(
    participant.seat ? cohortRead(programId, participant.seat.cohort) : undefined,
    pikGraduationRead({ programId, instansiCode: participant.instansiCode }, participant.nip),
    ...also,
  );
  return {
    cohort,
    pikGraduate: entersTestDirectly(graduation),
    read,
  };
}

/** BatchGetItem reads at most 100 keys. */
const BATCH = 100;

/**
 * The NIPs among `participants` (a cohort's seats, up to its capacity) who are PIK graduates entering the test
 * directly (PI5, 100 a batch).
 */
export async function pikGraduatesAmong(
  programId: string,
  participants: readonly { instansiCode: string; nip: string }[],
): Promise<string[]> {
  const batches = [];
  for (let i = 0; i < participants.length; i += BATCH) {
    const batch = participants.slice(i, i + BATCH);
    batches.push(
      readItems(...batch.map((p) => pikGraduationRead({ programId, instansiCode: p.instansiCode }, p.nip))),
    );
  }
  const graduations = (await Promise.all(batches)).flat();
  return participants.filter((_, i) => entersTestDirectly(graduations[i])).map((p) => p.nip);
}
