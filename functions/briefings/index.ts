import { briefingRoutes } from '../../events/api/routes/briefing';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { getBriefing, recordBriefing, recordBriefingAttendance } from './briefing';

/**
 * The programme briefing (Perban BKN 7/2020 Pasal 33): BKN's training unit records each cohort's briefing and who
 * attended it; the assessment routes refuse to test a participant who was not briefed (services/testing/briefing.ts).
 */
export const handler = apiHandler(
  briefingRoutes,
  { recordBriefing, recordBriefingAttendance, getBriefing },
  routeAccess({}),
  idempotentRequests,
);
