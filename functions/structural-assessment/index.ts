import { structuralRoutes } from '../../events/api/routes/structural';
import { structuralStandardRoutes } from '../../events/api/routes/structural-standards';
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
  getStructuralPosition,
  getStructuralStandard,
  listStructuralPositions,
  registerStructuralPosition,
  reviseStructuralStandard,
} from './positions';

/**
 * The competency assessment of civil servants for structural positions (Perka BKN 11/2008), run by an instansi's
 * own officials: its candidates, their proposal to the PPK and the PPK's determination (Lampiran III.1), the
 * UPK and TPK that assess them (II.A.2-6, IV.2) the handover of each candidate to one of them (III.1.d)
 * and the plan of its assessment (III.2.a.1-2); the register of its structural positions and their competency
 * standards (IV.1). The results and the report are functions/structural-report.
 */
export const handler = apiHandler(
  { ...structuralRoutes, ...structuralStandardRoutes },
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
    registerStructuralPosition,
    reviseStructuralStandard,
    listStructuralPositions,
    getStructuralPosition,
    getStructuralStandard,
  },
  routeAccess({
    'instansi-official': instansiOfficialScope,
  }),
  idempotentRequests,
);
