import { checkRetestAsk } from '../../domain/assessment/retest';
import { SCHEMES } from '../../domain/reference/schemes';
import { currentDecision } from '../../domain/result/attempt';
import { unitRecognition } from '../../domain/result/unit-recognition';
import type { RetestAsk } from '../../events/api/retest';
import type { routes } from '../../events/api/routes';
import { loadResults } from '../../adapters/dynamodb/result-repository';
import {
  findRetestAsk,
  pendingRetestAsks,
  retestsTakenAtLevel,
  saveRetestAsk,
} from '../../adapters/dynamodb/retest-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { HttpError, rulesNotMet } from '../../runtime/http/http-error';

/**
 * A participant not yet competent, or their instansi for them, asks for a re-test (Perban BKN 7/2020 Pasal 16(7),
 * 26): once per decision, on the decision in force, while a re-test is left at the level (counted across
 * programmes). BKN books every ask into a later test session (POST …/retest).
 */
export const askRetest: Operation<typeof routes.askRetest> = async ({
  params,
  body,
  principal,
  scoped: { participant },
  now,
}) => {
  const [history, taken, existing] = await Promise.all([
    loadResults(params.programId, params.nip),
    retestsTakenAtLevel(params.nip, SCHEMES[participant.scheme].level),
    findRetestAsk(params.programId, params.nip, body.decisionId),
  ]);
  if (existing) return { statusCode: 200, body: existing };
  const decision = history.decisions.find((d) => d.decisionId === body.decisionId);
  if (!decision)
    throw new HttpError(404, 'DECISION_NOT_FOUND', 'Keputusan tidak ditemukan untuk peserta ini.');
  const verdict = checkRetestAsk({
    outcome: decision.outcome,
    inForce: currentDecision(history.decisions)?.decisionId === decision.decisionId,
    retestsTakenAtLevel: taken,
  });
  if (!verdict.ok) throw rulesNotMet(verdict.violations);
  // The decision is the one in force: the re-test covers the units it does not recognise (Pasal 15(3)a, 26(2)).
  const recognition = unitRecognition(history.decisions);
  const ask: RetestAsk = {
    programId: params.programId,
    nip: params.nip,
    decisionId: decision.decisionId,
    scheme: participant.scheme,
    unitCodes: recognition?.remaining ?? [],
    status: 'REQUESTED',
    requestedBy: principal.username,
    requestedAt: now.toISOString(),
  };
  if (await saveRetestAsk(ask)) return { statusCode: 201, body: ask };
  // Asked meanwhile (a concurrent retry): the first ask stands.
  return { statusCode: 200, body: (await findRetestAsk(params.programId, params.nip, decision.decisionId))! };
};

export const listRetestAsks: Operation<typeof routes.listRetestAsks> = async ({ params }) => ({
  statusCode: 200,
  body: { items: await pendingRetestAsks(params.programId) },
});
