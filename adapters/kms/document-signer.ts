import { X509Certificate } from 'node:crypto';
import { SignCommand } from '@aws-sdk/client-kms';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { kms, s3 } from '../../runtime/clients';
import { ENV, requireEnv, SIGNING_ROLES, type SigningRole } from '../../runtime/env';
import type { SignatureAlgorithm } from '../pdf/pades/cms';
import type { DocumentSigner } from '../pdf/pades/sign';
import { rfc3161TimeStamper } from '../pdf/pades/timestamp';

/*
 * A signing official as documents are signed: the private key stays in KMS (an asymmetric key per role, Sign with
 * MessageType RAW), the certificate chain is configuration read once per process from the signing bucket
 * (`<role>/chain.pem`: the official's certificate first, then its issuers; BSrE's in production, the local
 * development CA's on `npm start`).
 */

interface Chain {
  certificates: Buffer[];
  name: string;
  algorithm: SignatureAlgorithm;
  validFrom: Date;
  validTo: Date;
}

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----([\s\S]+?)-----END CERTIFICATE-----/g;

/** Reads a PEM chain; the official's certificate comes first and decides the name and the algorithm. */
export function parseChain(pem: string, role: SigningRole): Chain {
  const certificates = [...pem.matchAll(PEM_BLOCK)].map((block) => Buffer.from(block[1]!, 'base64'));
  if (certificates.length === 0) throw new Error(`The certificate chain of ${role} holds no certificate`);
  const leaf = new X509Certificate(certificates[0]!);
  const type = leaf.publicKey.asymmetricKeyType;
  if (type !== 'rsa' && type !== 'ec') throw new Error(`The key of ${role} is ${type}: RSA or EC expected`);
  return {
    certificates,
    name: /(?:^|\n)CN=([^\n]+)/.exec(leaf.subject)?.[1] ?? SIGNING_ROLES[role].office,
    algorithm: type === 'rsa' ? 'RSASSA_PKCS1_V1_5_SHA_256' : 'ECDSA_SHA_256',
    validFrom: new Date(leaf.validFrom),
    validTo: new Date(leaf.validTo),
  };
}

const chains = new Map<string, Promise<Chain>>();

function chainOf(role: SigningRole): Promise<Chain> {
  const bucket = requireEnv(ENV.signingBucket);
  const cacheKey = `${process.env.AWS_ENDPOINT_URL_S3 ?? ''}|${bucket}|${role}`;
  let chain = chains.get(cacheKey);
  if (!chain) {
    chain = s3()
      .send(new GetObjectCommand({ Bucket: bucket, Key: `${role}/chain.pem` }))
      .then(async ({ Body }) => parseChain((await Body?.transformToString()) ?? '', role));
    // A failed read is not remembered: the next document tries again (e.g. once BKN installed the chain).
    chain.catch(() => chains.delete(cacheKey));
    chains.set(cacheKey, chain);
  }
  return chain;
}

/**
 * The signer of `role` for a document signed at `at`. Throws, so the document waits and is retried, when the
 * official's certificate is not valid at that instant: a signature under an expired certificate is worthless.
 */
export async function documentSigner(role: SigningRole, at: Date): Promise<DocumentSigner> {
  const keyId = requireEnv(SIGNING_ROLES[role].keyVar);
  const chain = await chainOf(role);
  if (at < chain.validFrom || at > chain.validTo) {
    throw new Error(
      `The certificate of ${role} is valid from ${chain.validFrom.toISOString()} to ${chain.validTo.toISOString()}, not at ${at.toISOString()}`,
    );
  }
  const tsa = process.env[ENV.timeStampUrl];
  return {
    ...(tsa ? { timeStamp: rfc3161TimeStamper(tsa) } : {}),
    name: chain.name,
    algorithm: chain.algorithm,
    chain: chain.certificates,
    sign: async (message) => {
      const { Signature } = await kms().send(
        new SignCommand({
          KeyId: keyId,
          Message: message,
          MessageType: 'RAW',
          SigningAlgorithm: chain.algorithm,
        }),
      );
      if (!Signature) throw new Error(`KMS returned no signature for ${role}`);
      return Signature;
    },
  };
}
