import { documentRoutes } from './routes/documents';
import { instansiRoutes } from './routes/instansi';
import { operatorRoutes } from './routes/operators';
import { metaRoutes } from './routes/meta';
import { programRoutes } from './routes/programs';
import { proposalRoutes } from './routes/proposals';
import { screeningRoutes } from './routes/screening';
import { seatingRoutes } from './routes/seating';
import { preassessmentRoutes } from './routes/preassessment';
import { trainingRoutes } from './routes/training';
import { invitationRoutes } from './routes/invitations';
import { assessmentRoutes } from './routes/assessment';
import { resultRoutes } from './routes/results';
import { retestRoutes } from './routes/retests';
import { certificateRoutes } from './routes/certificates';
import { certificateMaintenanceRoutes } from './routes/certificate-maintenance';
import { verificationRoutes } from './routes/verification';
import { credentialRoutes } from './routes/credentials';
import { reviewRoutes } from './routes/review';
import { reissueRoutes } from './routes/reissue';
import { schemeRoutes } from './routes/schemes';
import { notificationRoutes } from './routes/notifications';
import { monevRoutes } from './routes/monev';
import { surveillanceRoutes } from './routes/surveillance';
import { komiteRoutes } from './routes/komite';
import { dashboardRoutes } from './routes/dashboard';
import { structuralRoutes } from './routes/structural';
import { structuralReportRoutes } from './routes/structural-report';
import { testTeamRoutes } from './routes/test-teams';
import { testTeamAmendmentRoutes } from './routes/test-team-amendments';
import { structuralStandardRoutes } from './routes/structural-standards';
import { structuralNoticeRoutes } from './routes/structural-notice';
import { testInstrumentRoutes } from './routes/test-instruments';
import { testMechanismRoutes } from './routes/test-mechanism';
import { regionalRoutes } from './routes/regional';
import { appealRoutes } from './routes/appeals';
import { resultSessionRoutes } from './routes/result-sessions';
import { pikRoutes } from './routes/pik';
import { briefingRoutes } from './routes/briefing';
import { testSiteRoutes } from './routes/test-sites';
import { deliveryRoutes } from './routes/delivery';
import type { RouteDefinition } from './route';

/**
 * Every route of the API, grouped by the Lambda function (workflow stage) that serves it. Each function bundles
 * only its own group; the stack, the local server and the OpenAPI document read them all from here.
 */
export const routes = {
  ...metaRoutes,
  ...programRoutes,
  ...documentRoutes,
  ...instansiRoutes,
  ...operatorRoutes,
  ...proposalRoutes,
  ...screeningRoutes,
  ...seatingRoutes,
  ...preassessmentRoutes,
  ...trainingRoutes,
  ...invitationRoutes,
  ...assessmentRoutes,
  ...resultRoutes,
  ...retestRoutes,
  ...certificateRoutes,
  ...certificateMaintenanceRoutes,
  ...verificationRoutes,
  ...credentialRoutes,
  ...reviewRoutes,
  ...schemeRoutes,
  ...reissueRoutes,
  ...notificationRoutes,
  ...monevRoutes,
  ...surveillanceRoutes,
  ...komiteRoutes,
  ...dashboardRoutes,
  ...structuralRoutes,
  ...structuralReportRoutes,
  ...structuralStandardRoutes,
  ...structuralNoticeRoutes,
  ...testInstrumentRoutes,
  ...testMechanismRoutes,
  ...testTeamRoutes,
  ...testTeamAmendmentRoutes,
  ...regionalRoutes,
  ...appealRoutes,
  ...resultSessionRoutes,
  ...pikRoutes,
  ...briefingRoutes,
  ...testSiteRoutes,
  ...deliveryRoutes,
};

export const ROUTES: readonly RouteDefinition[] = Object.values(routes);
