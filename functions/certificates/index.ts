import { certificateRoutes } from '../../events/api/routes/certificates';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { participantScope } from '../../runtime/http/scopes/participant';
import { certificateScope } from '../../runtime/http/scopes/certificate';
import { instansiScope } from '../../runtime/http/scopes/instansi';
import { holderScope } from '../../runtime/http/scopes/holder';
import { publishMetrics } from '../../runtime/metrics';
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
