import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { openBadgeCredential } from '../../domain/certificate/open-badge';
import { signCredential } from '../../services/credentials/sign';
import { sampleCertificate } from './certificate-sample';
import { timedRun } from './timed-child';

/**
 * The credential worker's work per certificate, alone in its own process: the Open Badges credential of the
 * n-th sample certificate built and signed (`eddsa-rdfc-2022`: JSON-LD expansion, RDFC-1.0 canonicalisation,
 * Ed25519) as functions/credential-issuer signs it, then serialised as stored. The Ed25519 key is in this
 * process instead of KMS (on AWS a Sign round trip adds network time, not CPU here).
 */
const count = Number(process.env.CERTIFICATES ?? 1000);
const { privateKey } = generateKeyPairSync('ed25519');
const BASE = 'https://sertifikasi.bkn.go.id';
const signer = {
  verificationMethod: `${BASE}/credentials/issuer/keys/ed25519-1`,
  sign: async (data: Uint8Array) => new Uint8Array(sign(null, data, privateKey)),
};

async function credential(n: number): Promise<Uint8Array> {
  const certificate = sampleCertificate(n);
  const salt = createHash('sha256').update(String(n)).digest('hex').slice(0, 32);
  const unsigned = openBadgeCredential(
    {
      ...certificate,
      schemeVersion: '2019',
      issuedAt: '2027-08-20T03:00:05.000Z',
      pdfSha256: createHash('sha256').update(certificate.registrationNumber).digest('hex'),
    },
    {
      credentialId: `${BASE}/certificates/${certificate.registrationNumber.replaceAll('/', '-')}/credential`,
      issuer: {
        id: `${BASE}/credentials/issuer`,
        name: 'Badan Kepegawaian Negara',
        url: 'https://www.bkn.go.id',
      },
      achievementId: `${BASE}/credentials/achievements/ADMINISTRATOR/2019`,
      holderIdentity: {
        identityHash: `sha256$${createHash('sha256').update(`${certificate.holder.nip}${salt}`).digest('hex')}`,
        salt,
      },
      status: { listUrl: `${BASE}/credentials/status-lists/1`, index: n },
    },
  );
  const signed = await signCredential(unsigned, signer, new Date('2027-08-20T03:00:05.000Z'));
  return new TextEncoder().encode(JSON.stringify(signed));
}

await timedRun(count, credential);
