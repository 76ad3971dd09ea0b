import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { GetPublicKeyCommand, KMSClient, SignCommand } from '@aws-sdk/client-kms';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { parseChain } from '../../adapters/kms/document-signer';
import { OID } from '../../adapters/pdf/pades/cms';
import {
  contextTag,
  derNull,
  objectId,
  sequence,
  set,
  smallInteger,
  tlv,
} from '../../adapters/pdf/pades/der';
import { signingKeyAlias } from '../../infra/resource-model';
import { SIGNING_ROLES, type SigningRole } from '../../runtime/env';

/*
 * Installing a signing official's certificate: `csr` makes the certificate request the CA (BSrE) signs, with the
 * official's KMS key (the private key never leaves KMS); `install` checks the chain the CA returned against that
 * key and puts it in the signing bucket, where the functions read it (`<role>/chain.pem`).
 */

const ATTRIBUTES: Record<string, { oid: string; printable?: true }> = {
  CN: { oid: '2.5.4.3' },
  SERIALNUMBER: { oid: '2.5.4.5', printable: true },
  C: { oid: '2.5.4.6', printable: true },
  L: { oid: '2.5.4.7' },
  ST: { oid: '2.5.4.8' },
  O: { oid: '2.5.4.10' },
  OU: { oid: '2.5.4.11' },
};

/** The DER Name of a subject written `CN=…,O=…,C=ID` (commas inside a value escaped as `\,`). */
export function subjectName(subject: string): Buffer {
  const parts = subject.split(/(?<!\\),/).map((part) => part.trim().replace(/\\,/g, ','));
  return sequence(
    ...parts.map((part) => {
      const at = part.indexOf('=');
      const type = ATTRIBUTES[part.slice(0, at).trim().toUpperCase()];
      if (at < 1 || !type)
        throw new Error(`"${part}": attribute types are ${Object.keys(ATTRIBUTES).join(', ')}`);
      const value = Buffer.from(part.slice(at + 1).trim(), 'utf8');
      return set(sequence(objectId(type.oid), tlv(type.printable ? 0x13 : 0x0c, value)));
    }),
  );
}

const pem = (label: string, der: Buffer) =>
  `-----BEGIN ${label}-----\n${der
    .toString('base64')
    .match(/.{1,64}/g)!
    .join('\n')}\n-----END ${label}-----\n`;

/** A PKCS#10 certificate request for the official of `role`, signed in KMS with its key (RSA, SHA-256). */
export async function certificateRequest(
  kms: KMSClient,
  role: SigningRole,
  subject: string,
): Promise<string> {
  const KeyId = signingKeyAlias(role);
  const { PublicKey } = await kms.send(new GetPublicKeyCommand({ KeyId }));
  const info = sequence(smallInteger(0), subjectName(subject), Buffer.from(PublicKey!), contextTag(0));
  const { Signature } = await kms.send(
    new SignCommand({
      KeyId,
      Message: info,
      MessageType: 'RAW',
      SigningAlgorithm: 'RSASSA_PKCS1_V1_5_SHA_256',
    }),
  );
  const signature = tlv(0x03, Buffer.from([0]), Buffer.from(Signature!));
  return pem(
    'CERTIFICATE REQUEST',
    sequence(info, sequence(objectId(OID.sha256WithRsa), derNull()), signature),
  );
}

/**
 * Checks that `chainPem` is a chain for the official of `role` (its first certificate certifies the KMS key, each
 * certificate is issued and signed by the next) and stores it in the signing bucket; the reasons it is refused.
 */
export async function installChain(
  clients: { kms: KMSClient; s3: S3Client },
  role: SigningRole,
  chainPem: string,
  bucket: string,
): Promise<void> {
  const chain = parseChain(chainPem, role).certificates.map((der) => new X509Certificate(der));
  const { PublicKey } = await clients.kms.send(new GetPublicKeyCommand({ KeyId: signingKeyAlias(role) }));
  const leafKey = chain[0]!.publicKey.export({ type: 'spki', format: 'der' });
  if (!leafKey.equals(Buffer.from(PublicKey!))) {
    throw new Error(
      `The first certificate does not certify the KMS key of ${role} (${signingKeyAlias(role)})`,
    );
  }
  chain.slice(1).forEach((issuer, i) => {
    if (!chain[i]!.checkIssued(issuer) || !chain[i]!.verify(issuer.publicKey)) {
      throw new Error(`Certificate ${i + 1} of the chain is not issued by certificate ${i + 2}`);
    }
  });
  await clients.s3.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: `${role}/chain.pem`,
      Body: chain.map((certificate) => certificate.toString()).join('\n'),
      ContentType: 'application/x-pem-file',
    }),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      subject: { type: 'string' },
      chain: { type: 'string' },
      bucket: { type: 'string' },
    },
  });
  const [command] = positionals;
  const role = values.role as SigningRole;
  if (!(role in SIGNING_ROLES) || !['csr', 'install'].includes(command ?? '')) {
    console.error(
      'npm run signing -- csr --role <peran> --subject "CN=…,O=Badan Kepegawaian Negara,C=ID"\n' +
        'npm run signing -- install --role <peran> --chain <berkas.pem> --bucket <SigningBucketName>\n' +
        `peran: ${Object.keys(SIGNING_ROLES).join(', ')}`,
    );
    process.exit(2);
  }
  const kms = new KMSClient({});
  if (command === 'csr') {
    process.stdout.write(
      await certificateRequest(
        kms,
        role,
        values.subject ?? `CN=${SIGNING_ROLES[role].office},O=Badan Kepegawaian Negara,C=ID`,
      ),
    );
  } else {
    if (!values.chain || !values.bucket) {
      console.error('install membutuhkan --chain dan --bucket');
      process.exit(2);
    }
    await installChain(
      { kms, s3: new S3Client({}) },
      role,
      readFileSync(values.chain, 'utf8'),
      values.bucket,
    );
    console.log(`Rantai sertifikat ${role} terpasang di s3://${values.bucket}/${role}/chain.pem`);
  }
}
