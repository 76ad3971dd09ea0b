import { signPdf } from '../../adapters/pdf/pades/sign';
import { savePdf } from '../../adapters/pdf/save';
import { renderCompetencyCertificate } from '../../functions/certificate-worker/render-certificate';
import { createLocalSigning, localDocumentSigner } from '../local/signing-ca';
import { sampleCertificate } from './certificate-sample';
import { timedRun } from './timed-child';

/**
 * One certificate worker's rendering, alone in its own process so its peak memory is its own: renders
 * CERTIFICATES certificates one after another (after a warm-up) and prints the timings as JSON. With SIGNED=1
 * each is also PAdES-signed as the worker signs it, the key in this process instead of KMS (a KMS Sign round
 * trip adds network time on AWS, not CPU here).
 */
const count = Number(process.env.CERTIFICATES ?? 1000);
const signer =
  process.env.SIGNED === '1' ? localDocumentSigner(await createLocalSigning(), 'kepalaBkn') : undefined;

async function certificate(n: number): Promise<Uint8Array> {
  const data = sampleCertificate(n);
  const pdf = await renderCompetencyCertificate(data);
  if (!signer) return savePdf(pdf);
  return signPdf(pdf, signer, {
    reason: `Sertifikat Kompetensi nomor ${data.registrationNumber}`,
    location: data.place,
    signedAt: new Date('2027-08-20T03:00:00Z'),
    contactInfo: 'Badan Kepegawaian Negara',
  });
}

await timedRun(count, certificate);
