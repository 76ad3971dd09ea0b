import { credentialRoutes } from '../../events/api/routes/credentials';
import { apiHandler } from '../../runtime/http/api-handler';
import { routeAccess } from '../../runtime/http/scope';
import { certificateScope } from '../../runtime/http/scopes/certificate';
import {
  getCertificateCredential,
  getCredentialIssuer,
  getCredentialIssuerKey,
  getCredentialStatusList,
} from './documents';

/**
 * Open Badges credentials as stored by the credential worker (functions/credential-issuer): the holder's
 * download and the public documents verifiers dereference. It reads objects only; it never signs.
 */
export const handler = apiHandler(
  credentialRoutes,
  { getCertificateCredential, getCredentialIssuer, getCredentialIssuerKey, getCredentialStatusList },
  routeAccess({ certificate: certificateScope }),
);
