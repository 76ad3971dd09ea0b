import { structuralReportRoutes } from '../../events/api/routes/structural-report';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { instansiOfficialScope } from '../../runtime/http/scopes/instansi-official';
import { structuralAssessorScope, structuralReportScope } from '../../runtime/http/scopes/structural';
import {
  getStructuralReport,
  listPositionResults,
  listStructuralReportReads,
  listStructuralResults,
  recordStructuralFeedback,
  recordStructuralResult,
  sendStructuralReport,
} from './report';

/**
 * The assessment of a structural candidate and its confidential report (Perka BKN 11/2008 III.2 Pelaksanaan dan
 * Laporan, II.B, IV.4): the assessors of the UPK or TPK record results per method and competency and send the
 * report to the PPK; the PPK, Baperjakat and the PNS assessed read it, every read logged; Baperjakat lists a
 * position's results with their 2-year validity. A function of its own beside functions/structural-assessment,
 * which with these routes went over its bundle budget.
 */
export const handler = apiHandler(
  structuralReportRoutes,
  {
    recordStructuralResult,
    listStructuralResults,
    sendStructuralReport,
    getStructuralReport,
    listStructuralReportReads,
    recordStructuralFeedback,
    listPositionResults,
  },
  routeAccess({
    'instansi-official': instansiOfficialScope,
    'structural-assessor': structuralAssessorScope,
    'structural-report': structuralReportScope,
  }),
  idempotentRequests,
);
