import type { ActionPlan, Confirmation } from '../../events/api/training';
import type { routes } from '../../events/api/routes';
import { plansNaming } from '../../adapters/dynamodb/monev-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { planRecord } from '../../services/monev/plan';

const hasPlan = (c: Confirmation): c is Confirmation & { actionPlan: ActionPlan } =>
  c.actionPlan !== undefined;

/** The participant's action plan, for them, their instansi or region, their mentor and BKN (the route's scope). */
export const getActionPlan: Operation<typeof routes.getActionPlan> = async ({
  scoped: { confirmation },
}) => ({
  statusCode: 200,
  body: planRecord({ ...confirmation, actionPlan: confirmation.actionPlan! }),
});

/** The plans that name the caller as mentor or direct supervisor, by the NIP of their token. */
export const listMentorPlans: Operation<typeof routes.listMentorPlans> = async ({ principal }) => ({
  statusCode: 200,
  body: { items: principal.nip ? (await plansNaming(principal.nip)).filter(hasPlan).map(planRecord) : [] },
});
