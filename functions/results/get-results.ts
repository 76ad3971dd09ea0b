import { followUpOf } from '../../domain/result/session';
import type { routes } from '../../events/api/routes';
import { loadResults } from '../shared/data/result-repository';
import type { Operation } from '../shared/http/api-handler';
import { currentDecision } from './context';

/** A participant's decisions, re-tests and appeals, the decision in force and what follows it (Pasal 25c-d). */
export const getResults: Operation<typeof routes.getResults> = async ({ params }) => {
  const history = await loadResults(params.programId, params.nip);
  const current = currentDecision(history.decisions);
  return {
    statusCode: 200,
    body: {
      programId: params.programId,
      nip: params.nip,
      decisions: history.decisions,
      retests: history.retests,
      appeals: history.appeals,
      current: current?.decisionId ?? null,
      followUp: current ? followUpOf(current.outcome, history.retests.length) : 'NONE',
    },
  };
};
