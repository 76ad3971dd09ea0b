import { monevRoutes } from '../../events/api/routes/monev';
import { apiHandler } from '../../runtime/http/api-handler';
import { routeAccess } from '../../runtime/http/scope';
import { actionPlanScope } from '../../runtime/http/scopes/action-plan';
import { getActionPlan, listMentorPlans } from './action-plans';
import { answerMonev, listMyQuestionnaires } from './questionnaires';
import { getMonevReport } from './report';
import { getMonevSettings, setMonevSettings } from './settings';

/** The action plan read by whom it concerns, and its Monitoring dan Evaluasi (2019 handbook). */
export const handler = apiHandler(
  monevRoutes,
  {
    getActionPlan,
    listMentorPlans,
    getMonevSettings,
    setMonevSettings,
    listMyQuestionnaires,
    answerMonev,
    getMonevReport,
  },
  routeAccess({ 'action-plan': actionPlanScope }),
);
