import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { credentialPublicKey, signWithCredentialKey } from '../../adapters/kms/credential-signer';
import { storeJson } from '../../adapters/s3/credentials';
import { ENV } from '../../runtime/env';
import {
  ISSUER_KEY_NAME,
  issuerKeyUrl,
  issuerUrl,
  PUBLIC_KEYS,
} from '../../services/credentials/publication';
import type { CredentialSigner } from '../../services/credentials/sign';

/** BKN as the issuer's Open Badges profile, embedded in every credential. */
export const issuerProfile = () => ({
  id: issuerUrl(),
  name: 'Badan Kepegawaian Negara',
  url: 'https://www.bkn.go.id',
});

/** Signs with the issuer's KMS key, named by its published verification method. */
export const issuerSigner = (): CredentialSigner => ({
  verificationMethod: issuerKeyUrl(),
  sign: signWithCredentialKey,
});

/**
 * The issuer's public documents: its verification method (a Multikey from the KMS key's public half) and the
 * controller document that names it for assertions, the shape Data Integrity verifiers dereference for an
 * https issuer.
 */
export async function issuerDocuments() {
  const key = await Ed25519Multikey.fromJwk({
    jwk: await credentialPublicKey(),
    id: issuerKeyUrl(),
    controller: issuerUrl(),
  });
  const keyDocument = await key.export({ publicKey: true, includeContext: true });
  const controller = {
    '@context': ['https://w3id.org/security/v2', 'https://w3id.org/security/multikey/v1'],
    id: issuerUrl(),
    assertionMethod: [issuerKeyUrl()],
  };
  return { controller, keyDocument };
}

const published = new Map<string, Promise<void>>();

/**
 * Puts the issuer's documents in the bucket, once per process and place (they change only with the key), before
 * the first status list is published: a verifier needs them to check any proof.
 */
export function publishIssuer(): Promise<void> {
  const place = [process.env.AWS_ENDPOINT_URL_S3, process.env[ENV.documentsBucket], issuerUrl()].join('|');
  let done = published.get(place);
  if (!done) {
    done = issuerDocuments().then(async ({ controller, keyDocument }) => {
      await Promise.all([
        storeJson(PUBLIC_KEYS.issuer, controller, 'application/ld+json'),
        storeJson(PUBLIC_KEYS.issuerKey(ISSUER_KEY_NAME), keyDocument, 'application/ld+json'),
      ]);
    });
    done.catch(() => published.delete(place));
    published.set(place, done);
  }
  return done;
}
