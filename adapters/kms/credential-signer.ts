import { createPublicKey, type JsonWebKey } from 'node:crypto';
import { GetPublicKeyCommand, SignCommand } from '@aws-sdk/client-kms';
import { kms } from '../../runtime/clients';
import { ENV, requireEnv } from '../../runtime/env';

/*
 * The Open Badges issuer's key: an Ed25519 key in KMS (ECC_NIST_EDWARDS25519) whose private half never leaves
 * it. Data Integrity `eddsa-rdfc-2022` signs the 64-byte hash data with ED25519_SHA_512 on the RAW message,
 * which answers the 64-byte RFC 8032 signature as the proof needs it (no DER to convert).
 */

export async function signWithCredentialKey(data: Uint8Array): Promise<Uint8Array> {
  const { Signature } = await kms().send(
    new SignCommand({
      KeyId: requireEnv(ENV.credentialKey),
      Message: data,
      MessageType: 'RAW',
      SigningAlgorithm: 'ED25519_SHA_512',
    }),
  );
  if (!Signature) throw new Error('KMS returned no signature for the credential key');
  return Signature;
}

const publicKeys = new Map<string, Promise<JsonWebKey>>();

/**
 * The issuer key's public half as a JWK (KMS answers SPKI), read once per process and key: GetPublicKey has a
 * small quota (5/s), so it is never asked per credential.
 */
export function credentialPublicKey(): Promise<JsonWebKey> {
  const keyId = requireEnv(ENV.credentialKey);
  const cacheKey = `${process.env.AWS_ENDPOINT_URL_KMS ?? ''}|${keyId}`;
  let key = publicKeys.get(cacheKey);
  if (!key) {
    key = kms()
      .send(new GetPublicKeyCommand({ KeyId: keyId }))
      .then(({ PublicKey }) => {
        if (!PublicKey) throw new Error('KMS returned no public key for the credential key');
        return createPublicKey({ key: Buffer.from(PublicKey), format: 'der', type: 'spki' }).export({
          format: 'jwk',
        });
      });
    key.catch(() => publicKeys.delete(cacheKey));
    publicKeys.set(cacheKey, key);
  }
  return key;
}
