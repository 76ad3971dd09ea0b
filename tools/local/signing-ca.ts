import 'reflect-metadata';
import { createPrivateKey, generateKeyPairSync, randomBytes, sign, webcrypto } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as x509 from '@peculiar/x509';
import { parseChain } from '../../adapters/kms/document-signer';
import type { DocumentSigner } from '../../adapters/pdf/pades/sign';
import { SIGNING_ROLES, type SigningRole } from '../../runtime/env';

/*
 * The development CA of the local stack and a signing certificate for each official's key, made on the first
 * `npm start` (kept in .local/signing/) or per test stack (in memory). Valid 2000-2099, so documents signed on
 * any business date the local calendar is moved to verify. Trust `ca.pem` (e.g. in pdfsig's NSS database, or in
 * a PDF reader) to see the signatures as trusted; production chains come from BSrE instead.
 */

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

const ALGORITHM = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
};
const NOT_BEFORE = new Date('2000-01-01T00:00:00Z');
const NOT_AFTER = new Date('2099-12-31T23:59:59Z');
// NSS refuses two certificates with one issuer and serial: every CA made here has its own random serial.
const serial = () => `01${randomBytes(8).toString('hex')}`;

export interface LocalSigning {
  /** The development CA's certificate (PEM): the trust anchor for local signatures. */
  caPem: string;
  /** Per official: the private key (PKCS#8 PEM) the local KMS endpoint signs with, and the chain PEM. */
  roles: Record<SigningRole, { keyPem: string; chainPem: string }>;
  /** The Open Badges issuer's Ed25519 key (PKCS#8 PEM): no certificate, its public key is published itself. */
  credentialKeyPem: string;
}

const ed25519Pem = () =>
  generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;

async function keyPair(): Promise<webcrypto.CryptoKeyPair> {
  return webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
}

async function pkcs8Pem(key: webcrypto.CryptoKey): Promise<string> {
  const der = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', key));
  return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }).export({
    type: 'pkcs8',
    format: 'pem',
  }) as string;
}

/** A new development CA and one certificate per signing official. */
export async function createLocalSigning(): Promise<LocalSigning> {
  const caKeys = await keyPair();
  const ca = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name: 'CN=Sertifikasi ASN Development CA,O=Pengembangan (bukan untuk produksi),C=ID',
    notBefore: NOT_BEFORE,
    notAfter: NOT_AFTER,
    signingAlgorithm: ALGORITHM,
    keys: caKeys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(caKeys.publicKey),
    ],
  });
  const caPem = ca.toString('pem');
  const roles = {} as LocalSigning['roles'];
  for (const role of Object.keys(SIGNING_ROLES) as SigningRole[]) {
    const keys = await keyPair();
    const leaf = await x509.X509CertificateGenerator.create({
      serialNumber: serial(),
      subject: `CN=${SIGNING_ROLES[role].office},O=Badan Kepegawaian Negara (pengembangan),C=ID`,
      issuer: ca.subject,
      notBefore: NOT_BEFORE,
      notAfter: NOT_AFTER,
      signingAlgorithm: ALGORITHM,
      publicKey: keys.publicKey,
      signingKey: caKeys.privateKey,
      extensions: [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(
          x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation,
          true,
        ),
        await x509.AuthorityKeyIdentifierExtension.create(ca),
        await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      ],
    });
    roles[role] = {
      keyPem: await pkcs8Pem(keys.privateKey),
      chainPem: `${leaf.toString('pem')}\n${caPem}\n`,
    };
  }
  return { caPem, roles, credentialKeyPem: ed25519Pem() };
}

/** The development CA kept in `dir` (made there on first use), so documents signed on earlier runs stay trusted. */
export async function loadLocalSigning(dir: string): Promise<LocalSigning> {
  const file = join(dir, 'signing.json');
  if (existsSync(file)) {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as LocalSigning;
    const missing = (Object.keys(SIGNING_ROLES) as SigningRole[]).filter((role) => !kept.roles[role]);
    if (kept.credentialKeyPem && missing.length === 0) return kept;
    // Kept before credentials were issued or a role was added: the CA's key is not kept, so an added role's
    // certificate comes from a new CA, trusted beside the old one (ca.pem holds both).
    const added = missing.length > 0 ? await createLocalSigning() : undefined;
    const signing: LocalSigning = {
      caPem: added ? `${kept.caPem.trim()}\n${added.caPem}` : kept.caPem,
      roles: { ...kept.roles, ...Object.fromEntries(missing.map((role) => [role, added!.roles[role]])) },
      credentialKeyPem: kept.credentialKeyPem ?? ed25519Pem(),
    };
    writeFileSync(file, JSON.stringify(signing, null, 2), { mode: 0o600 });
    if (added) writeFileSync(join(dir, 'ca.pem'), signing.caPem);
    return signing;
  }
  const signing = await createLocalSigning();
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(signing, null, 2), { mode: 0o600 });
  writeFileSync(join(dir, 'ca.pem'), signing.caPem);
  return signing;
}

/** The official of `role` signing in this process with its development key, as the local KMS endpoint does. */
export function localDocumentSigner(signing: LocalSigning, role: SigningRole): DocumentSigner {
  const chain = parseChain(signing.roles[role].chainPem, role);
  const key = createPrivateKey(signing.roles[role].keyPem);
  return {
    name: chain.name,
    algorithm: chain.algorithm,
    chain: chain.certificates,
    sign: async (message) => sign('sha256', message, key),
  };
}
