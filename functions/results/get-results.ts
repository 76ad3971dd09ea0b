import { SCHEMES } from '../../domain/reference/schemes';
import { followUpOf } from '../../domain/result/session';
import type { routes } from '../../events/api/routes';
import { loadResults } from '../../adapters/dynamodb/result-repository';
import { retestsTakenAtLevel } from '../../adapters/dynamodb/retest-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { currentDecision } from '../../domain/result/attempt';

/**
 * A participant's decisions, re-tests and appeals, the decision in force and what follows it (Pasal 16(7),
 * 25c-d): the development recommended and the re-tests the person still has at the level, across programmes.
 */
export const getResults: Operation<typeof routes.getResults> = async ({ params, scoped }) => {
  const [history, taken] = await Promise.all([
    loadResults(params.programId, params.nip),
    retestsTakenAtLevel(params.nip, SCHEMES[scoped.participant.scheme].level),
  ]);
  const current = currentDecision(history.decisions);
  const followUp = current ? followUpOf(current, taken, current.followUp?.development) : undefined;
  return {
    statusCode: 200,
    body: {
      programId: params.programId,
      nip: params.nip,
      decisions: history.decisions,
      retests: history.retests,
      appeals: history.appeals,
      current: current?.decisionId ?? null,
      followUp: (followUp?.ok && followUp.value) || null,
      retestsTakenAtLevel: taken,
    },
  };
};
