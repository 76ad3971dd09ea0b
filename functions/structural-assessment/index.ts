import { structuralRoutes } from '../../events/api/routes/structural';
import { structuralNoticeRoutes } from '../../events/api/routes/structural-notice';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { instansiOfficialScope } from '../../runtime/http/scopes/instansi-official';
import { formTpk, handOverStructuralCandidate, listTpks, listUpks, registerUpk } from './assessors';
import {
  determineStructuralCandidate,
  getStructuralCandidate,
  listStructuralCandidates,
  proposeStructuralCandidate,
  recordStructuralCandidate,
} from './nomination';
import { planStructuralAssessment } from './plan';
import {
  getStructuralAssessability,
  getStructuralNotice,
  issueStructuralNotice,
  listStructuralNotices,
  recordStructuralNoticeReceipt,
} from './notices';

/**
 * The competency assessment of civil servants for structural positions (Perka BKN 11/2008), run by an instansi's
 * own officials: its candidates, their proposal to the PPK and the PPK's determination (Lampiran III.1), the
 * UPK and TPK that assess them (II.A.2-6, IV.2) the handover of each candidate to one of them (III.1.d)
 * and the plan of its assessment (III.2.a.1-2), the notification letter and its receipt (III.2.a.3-4).
 */
export const handler = apiHandler(
  { ...structuralRoutes, ...structuralNoticeRoutes },
  {
    recordStructuralCandidate,
    listStructuralCandidates,
    getStructuralCandidate,
    proposeStructuralCandidate,
    determineStructuralCandidate,
    registerUpk,
    listUpks,
    formTpk,
    listTpks,
    handOverStructuralCandidate,
    planStructuralAssessment,
    issueStructuralNotice,
    listStructuralNotices,
    getStructuralNotice,
    recordStructuralNoticeReceipt,
    getStructuralAssessability,
  },
  routeAccess({ 'instansi-official': instansiOfficialScope }),
  idempotentRequests,
);
