import type { credentialRoutes } from '../../events/api/routes/credentials';
import { findCredential } from '../../adapters/dynamodb/credential-repository';
import { readObjectText } from '../../adapters/s3/presign';
import { ENV, requireEnv } from '../../runtime/env';
import type { Operation, OperationResult } from '../../runtime/http/api-handler';
import { HttpError } from '../../runtime/http/http-error';
import { CREDENTIAL_MEDIA_TYPE, PUBLIC_KEYS } from '../../services/credentials/publication';

type Routes = typeof credentialRoutes;

/** A stored JSON-LD document as the answer; `missing` when there is none. */
async function served(
  key: string,
  contentType: string,
  cacheSeconds: number,
  missing: () => HttpError,
): Promise<OperationResult> {
  const body = await readObjectText(requireEnv(ENV.documentsBucket), key);
  if (body === undefined) throw missing();
  return {
    statusCode: 200,
    body,
    headers: { 'content-type': contentType, 'cache-control': `public, max-age=${cacheSeconds}` },
  };
}

/** The credential of the certificate version the route's scope loaded, for its holder and their instansi. */
export const getCertificateCredential: Operation<Routes['getCertificateCredential']> = async ({ scoped }) => {
  const credential = await findCredential(scoped.certificate.registrationNumber);
  const notIssued = () =>
    new HttpError(
      404,
      'CREDENTIAL_NOT_ISSUED',
      'Kredensial sertifikat ini belum diterbitkan; coba lagi sebentar.',
    );
  if (!credential?.document) throw notIssued();
  const answer = await served(credential.document.key, CREDENTIAL_MEDIA_TYPE, 0, notIssued);
  return { ...answer, headers: { ...answer.headers, 'cache-control': 'private, no-store' } };
};

export const getCredentialIssuer: Operation<Routes['getCredentialIssuer']> = () =>
  served(
    PUBLIC_KEYS.issuer,
    'application/ld+json',
    3600,
    () => new HttpError(404, 'ISSUER_NOT_PUBLISHED', 'Penerbit kredensial belum dipublikasikan.'),
  );

export const getCredentialIssuerKey: Operation<Routes['getCredentialIssuerKey']> = ({ params }) =>
  served(
    PUBLIC_KEYS.issuerKey(params.keyName),
    'application/ld+json',
    3600,
    () => new HttpError(404, 'ISSUER_KEY_NOT_FOUND', 'Kunci penerbit tidak dikenal.'),
  );

/** Cached one minute at most: a revocation must reach verifiers soon. */
export const getCredentialStatusList: Operation<Routes['getCredentialStatusList']> = ({ params }) =>
  served(
    PUBLIC_KEYS.statusList(params.listId),
    CREDENTIAL_MEDIA_TYPE,
    60,
    () => new HttpError(404, 'STATUS_LIST_NOT_FOUND', 'Daftar status belum diterbitkan.'),
  );
