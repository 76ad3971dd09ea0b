import { structuralNoticeRoutes } from '../../events/api/routes/structural-notice';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { instansiOfficialScope } from '../../runtime/http/scopes/instansi-official';
import {
  getStructuralAssessability,
  getStructuralNotice,
  issueStructuralNotice,
  listStructuralNotices,
  recordStructuralNoticeReceipt,
} from './notices';

/**
 * The notification letter of a structural competency assessment (Perka BKN 11/2008 Lampiran III.2.a.3-4, Anak
 * Lampiran): issued through the instansi's personnel official, signed by functions/structural-notice-letter,
 * its receipt by the PNS, and whether the candidate may be assessed on a date. A function of its own: its queue
 * client and download links would put functions/structural-assessment over its bundle budget.
 */
export const handler = apiHandler(
  structuralNoticeRoutes,
  {
    issueStructuralNotice,
    listStructuralNotices,
    getStructuralNotice,
    recordStructuralNoticeReceipt,
    getStructuralAssessability,
  },
  routeAccess({ 'instansi-official': instansiOfficialScope }),
  idempotentRequests,
);
