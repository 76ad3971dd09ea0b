import { surveillanceRoutes } from '../../events/api/routes/surveillance';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { certificateScope } from '../../runtime/http/scopes/certificate';
import { instansiScope } from '../../runtime/http/scopes/instansi';
import {
  getHolderSurveillance,
  getInstansiSurveillance,
  progressRecommendation,
  recommendToHolder,
  recommendToInstansi,
  recordMonitoring,
} from './monitoring';
import { signUndertaking } from './undertaking';
import { revokeCertificate } from './revocation';
import { publishMetrics } from '../../runtime/metrics';

/**
 * Maintaining certificates (Perban BKN 7/2020 Pasal 35-36(2)): monitoring of holders, development
 * recommendations, the holder's undertaking, and revocation (Pasal 36(3)), which a finding of monitoring may lead
 * to; revocations are counted as CertificateRevoked.
 */
export const handler = apiHandler(
  surveillanceRoutes,
  {
    recordMonitoring,
    getHolderSurveillance,
    getInstansiSurveillance,
    recommendToHolder,
    recommendToInstansi,
    progressRecommendation,
    signUndertaking,
    revokeCertificate,
  },
  routeAccess({ certificate: certificateScope, instansi: instansiScope }),
  idempotentRequests,
).use(publishMetrics());
