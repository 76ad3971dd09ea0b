import { dashboardRoutes } from '../../events/api/routes/dashboard';
import { programDashboard } from '../../domain/reporting/dashboard';
import { findProgram } from '../../adapters/dynamodb/program-repository';
import { apiHandler, type Operation } from '../../runtime/http/api-handler';
import { routeAccess } from '../../runtime/http/scope';
import { ENV } from '../../runtime/env';
import { dashboardPage, PAGE_HEADERS, type LoginSettings } from './page';
import { dashboardRecords } from './records';
import { programNotFound } from '../../runtime/http/not-found';

type Routes = typeof dashboardRoutes;

/** The figures of one programme, counted from its records by the domain. */
const getProgramDashboard: Operation<Routes['getProgramDashboard']> = async ({ params, now }) => {
  if (!(await findProgram(params.programId))) throw programNotFound();
  const figures = programDashboard(await dashboardRecords(params.programId));
  return {
    statusCode: 200,
    body: { programId: params.programId, generatedAt: now.toISOString(), ...figures },
  };
};

/** The Hosted UI the page sends people to, where the deployment configures one (read per call, as env is). */
function loginSettings(): LoginSettings | undefined {
  const domain = process.env[ENV.loginDomain];
  const clientId = process.env[ENV.loginClientId];
  return domain && clientId ? { domain, clientId } : undefined;
}

const dashboardPageOperation: Operation<Routes['dashboardPage']> = async () => ({
  statusCode: 200,
  headers: PAGE_HEADERS,
  body: dashboardPage(loginSettings()),
});

/** BKN's programme dashboard (issue 16 point 8): its figures and the page that draws them. */
export const handler = apiHandler(
  dashboardRoutes,
  { getProgramDashboard, dashboardPage: dashboardPageOperation },
  routeAccess({}),
);
