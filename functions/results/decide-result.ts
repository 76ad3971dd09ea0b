import type { routes } from '../../events/api/routes';
import type { Operation } from '../../runtime/http/api-handler';
import { rulesNotMet } from '../../runtime/http/http-error';
import { decideWithOneReplay, planSessionDecision, recordSession, resultSession } from './session-decision';

/**
 * The result session decides one participant's attempt in this cohort (Perban BKN 7/2020 Pasal 25): KOMPETEN
 * only when every required unit is, counting units found competent in earlier attempts (Pasal 16(6), 26(2)).
 * Whoever records it must not have tested the participant. One decision per attempt, written before the
 * certificate is requested; a retry finds it and only requests again.
 */
export const decideResult: Operation<typeof routes.decideResult> = async ({
  params,
  body,
  principal,
  now,
  correlationId,
}) => {
  const session = resultSession(params, body, principal, now);
  const recorded = await decideWithOneReplay(async () => {
    const plan = await planSessionDecision(session, {
      nip: params.nip,
      reason: body.reason,
      development: body.development,
    });
    if (plan.kind === 'refused') throw rulesNotMet(plan.violations);
    return recordSession(session, [plan], correlationId);
  });
  return { statusCode: recorded.created ? 201 : 200, body: recorded.decisions[0] };
};
