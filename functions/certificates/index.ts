import { certificateRoutes } from '../../events/api/routes/certificates';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { participantScope } from '../../runtime/http/scopes/participant';
import { certificateScope } from '../../runtime/http/scopes/certificate';
import { instansiScope } from '../../runtime/http/scopes/instansi';
import { holderScope } from '../../runtime/http/scopes/holder';
import { createCertificateArchive } from './archive';
import { getDevelopmentRecord, getInstansiDevelopmentRecord } from './development-record';
import { getCertificate, getParticipantCertificates } from './get-certificates';
import { putCertificateSigners } from './signers';

/**
 * Certificates: the signers, download links, the instansi's archive and the development record (of one ASN,
 * or of an instansi's in bulk). Revocation,
 * reinstatement and re-issue are a stage of their own (functions/certificate-maintenance).
 */
export const handler = apiHandler(
  certificateRoutes,
  {
    putCertificateSigners,
    getParticipantCertificates,
    getCertificate,
    createCertificateArchive,
    getDevelopmentRecord,
    getInstansiDevelopmentRecord,
  },
  routeAccess({
    participant: participantScope,
    certificate: certificateScope,
    instansi: instansiScope,
    holder: holderScope,
  }),
  idempotentRequests,
);
