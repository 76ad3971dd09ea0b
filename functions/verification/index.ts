import { createHash } from 'node:crypto';
import { verificationRoutes } from '../../events/api/routes/verification';
import type { PdfCheck } from '../../events/api/verification';
import { judgeUploadedCopy, type IssuedCertificateFile } from '../../domain/certificate/uploaded-copy';
import { signaturesOf } from '../../adapters/pdf/pades/verify';
import { verificationUrlOf } from '../../services/certificate/model';
import { apiHandler, type Operation } from '../../runtime/http/api-handler';
import { HttpError } from '../../runtime/http/http-error';
import { withPages } from './browser';
import { findIssued, revocationList } from './verification';

type Routes = typeof verificationRoutes;

const notFound = () =>
  new HttpError(
    404,
    'CERTIFICATE_NOT_FOUND',
    'Nomor registrasi tidak terdaftar sebagai sertifikat yang diterbitkan BKN.',
  );

/** The certificate a number names, as the public may see it; a browser gets it as a page (./browser.ts). */
async function certificate(number: string | undefined) {
  if (number === undefined) throw new HttpError(400, 'NOMOR_REQUIRED', 'Nomor registrasi wajib diisi.');
  const found = await findIssued(number);
  if (!found) throw notFound();
  return { statusCode: 200, body: found.view };
}

const verificationSearchPage: Operation<Routes['verificationSearchPage']> = ({ query }) =>
  certificate(query.nomor);
const verificationPage: Operation<Routes['verificationPage']> = ({ params }) => certificate(params.nomor);
const verifyCertificate: Operation<Routes['verifyCertificate']> = ({ params }) => certificate(params.nomor);

/**
 * The uploaded copy judged by its electronic signature and the record: the issued file (as issued, or re-saved
 * with its signed revision intact), changed, unsigned or another file, with the certificate's standing now.
 */
const checkCertificatePdf: Operation<Routes['checkCertificatePdf']> = async ({ params, bytes }) => {
  const found = await findIssued(params.nomor);
  if (!found) throw notFound();
  const { view } = found;
  const uploaded = {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    signatures: signaturesOf(bytes),
  };
  // A training certificate is never revoked, annulled nor replaced: its number and standing are all there is.
  const file: IssuedCertificateFile =
    view.kind === 'KOMPETENSI'
      ? { ...view, sha256: view.fileSha256 }
      : { registrationNumber: view.registrationNumber, status: view.status, sha256: view.fileSha256 };
  const currentVersionUrl = file.supersededBy && verificationUrlOf(file.supersededBy);
  const judgement = judgeUploadedCopy(uploaded, file, currentVersionUrl);
  const body: PdfCheck = {
    kind: view.kind,
    registrationNumber: view.registrationNumber,
    ...judgement,
    uploadedSha256: uploaded.sha256,
    signatures: uploaded.signatures,
    status: view.status,
    ...(file.revocation ? { revocation: file.revocation } : {}),
    ...(file.annulment ? { annulment: file.annulment } : {}),
    ...(file.supersededBy ? { supersededBy: file.supersededBy, currentVersionUrl } : {}),
  };
  return { statusCode: 200, body };
};

const listRevocations: Operation<Routes['listRevocations']> = async ({ query }) => ({
  statusCode: 200,
  body: await revocationList({ limit: query.limit, cursor: query.cursor }),
});

/**
 * Public verification of certificates: the certificate by number, the PDF check and the revocation list, as
 * JSON for programs and as pages for browsers.
 */
export const handler = withPages(
  apiHandler(verificationRoutes, {
    verificationSearchPage,
    verificationPage,
    verifyCertificate,
    checkCertificatePdf,
    listRevocations,
  }),
);
