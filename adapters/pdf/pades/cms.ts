import { createHash } from 'node:crypto';
import {
  childrenOf,
  concat,
  contextTag,
  derNull,
  objectId,
  octetString,
  readNode,
  sequence,
  set,
  setOf,
  smallInteger,
} from './der';

/*
 * CAdES-BES detached SignedData (ETSI EN 319 122-1) as PAdES baseline B-B embeds it (ETSI EN 319 142-1): signed
 * attributes content-type, message-digest and signing-certificate-v2, the signer's certificate in the
 * certificates, and NO signing-time attribute (B-B forbids it; the signature dictionary's /M carries the time).
 */

export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  sha256: '2.16.840.1.101.3.4.2.1',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  signatureTimeStampToken: '1.2.840.113549.1.9.16.2.14',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  sha256WithRsa: '1.2.840.113549.1.1.11',
} as const;

/** The KMS names of the two signature algorithms a signing key may have (KMS SigningAlgorithmSpec). */
export type SignatureAlgorithm = 'RSASSA_PKCS1_V1_5_SHA_256' | 'ECDSA_SHA_256';

/**
 * Who signs: the signature algorithm of the key, its certificate chain (DER, the signer's certificate first) and
 * `sign`, which answers exactly what KMS Sign answers for MessageType RAW: the DER ECDSA-Sig-Value, or the
 * PKCS#1 v1.5 signature, of the message hashed with SHA-256.
 */
export interface CmsSigner {
  algorithm: SignatureAlgorithm;
  chain: readonly Buffer[];
  sign(message: Buffer): Promise<Uint8Array>;
}

/** A trusted time-stamp token (RFC 3161, DER ContentInfo) over the given SHA-256 digest, for PAdES B-T. */
export type TimeStamper = (digest: Buffer) => Promise<Buffer>;

export const sha256 = (bytes: Uint8Array): Buffer => createHash('sha256').update(bytes).digest();

/** The issuer Name and serialNumber (each its whole DER) of a certificate. */
export function issuerAndSerialOf(certificate: Buffer): { issuer: Buffer; serial: Buffer } {
  const [tbs] = childrenOf(readNode(certificate), certificate);
  const fields = childrenOf(tbs!, certificate);
  const at = fields[0]!.tag === 0xa0 ? 1 : 0; // past the [0] version
  return { serial: fields[at]!.raw, issuer: fields[at + 2]!.raw };
}

const attribute = (type: string, value: Buffer) => sequence(objectId(type), set(value));

/** The signed attributes, as the SET OF that is signed. */
function signedAttributes(content: Buffer, certificate: Buffer): Buffer {
  const { issuer, serial } = issuerAndSerialOf(certificate);
  // ESSCertIDv2 with the default hash algorithm (SHA-256, so omitted) and IssuerSerial (GeneralNames [4] Name).
  const certId = sequence(
    octetString(sha256(certificate)),
    sequence(sequence(contextTag(4, issuer)), serial),
  );
  return setOf([
    attribute(OID.contentType, objectId(OID.data)),
    attribute(OID.messageDigest, octetString(sha256(content))),
    attribute(OID.signingCertificateV2, sequence(sequence(certId))),
  ]);
}

/** The DER ContentInfo of a detached CAdES signature of `content` (the PDF's signed byte ranges). */
export async function cadesDetached(
  content: Buffer,
  signer: CmsSigner,
  timeStamp?: TimeStamper,
): Promise<Buffer> {
  const [certificate] = signer.chain;
  if (!certificate) throw new Error('A signer needs its certificate');
  const { issuer, serial } = issuerAndSerialOf(certificate);
  const attributes = signedAttributes(content, certificate);
  const signature = Buffer.from(await signer.sign(attributes));
  const algorithm =
    signer.algorithm === 'ECDSA_SHA_256'
      ? sequence(objectId(OID.ecdsaWithSha256))
      : sequence(objectId(OID.sha256WithRsa), derNull());
  const unsigned = timeStamp
    ? [contextTag(1, attribute(OID.signatureTimeStampToken, await timeStamp(sha256(signature))))]
    : [];
  const signerInfo = sequence(
    smallInteger(1),
    sequence(issuer, serial),
    sequence(objectId(OID.sha256)),
    // The signed attributes are signed as a SET and carried as [0] IMPLICIT.
    concat(Buffer.from([0xa0]), attributes.subarray(1)),
    algorithm,
    octetString(signature),
    ...unsigned,
  );
  const signedData = sequence(
    smallInteger(1),
    set(sequence(objectId(OID.sha256))),
    sequence(objectId(OID.data)),
    contextTag(0, ...signer.chain),
    set(signerInfo),
  );
  return sequence(objectId(OID.signedData), contextTag(0, signedData));
}
