import { certificateRoutes } from '../../events/api/routes/certificates';
import { apiHandler } from '../shared/http/api-handler';
import { idempotentRequests } from '../shared/http/idempotency';
import { routeAccess } from '../shared/http/scope';
import { participantScope } from '../shared/http/scopes/participant';
import { certificateScope } from '../shared/http/scopes/certificate';
import { instansiScope } from '../shared/http/scopes/instansi';
import { holderScope } from '../shared/http/scopes/holder';
import { publishMetrics } from '../shared/metrics';
import { createCertificateArchive } from './archive';
import { getDevelopmentRecord } from './development-record';
import { getCertificate, getParticipantCertificates } from './get-certificates';
import { reinstateCertificate, reissueCertificate, revokeCertificate } from './maintenance';
import { putCertificateSigners } from './signers';

/**
 * Certificates: download links, archive, revocation, reinstatement, re-issue, records. Revocations and
 * reinstatements are counted (CertificateRevoked, CertificateReinstated).
 */
export const handler = apiHandler(
  certificateRoutes,
  {
    putCertificateSigners,
    getParticipantCertificates,
    getCertificate,
    createCertificateArchive,
    revokeCertificate,
    reinstateCertificate,
    reissueCertificate,
    getDevelopmentRecord,
  },
  routeAccess({
    participant: participantScope,
    certificate: certificateScope,
    instansi: instansiScope,
    holder: holderScope,
  }),
  idempotentRequests,
).use(publishMetrics());
