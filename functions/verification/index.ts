import { createHash } from 'node:crypto';
import { verificationRoutes } from '../../events/api/routes/verification';
import type { PdfCheck, RevocationList } from '../../events/api/verification';
import { judgeUploadedCopy } from '../../domain/certificate/uploaded-copy';
import { signaturesOf } from '../../adapters/pdf/pades/verify';
import { verificationUrlOf } from '../../services/certificate/model';
import { listRevokedCertificates } from '../../adapters/dynamodb/certificate-repository';
import { apiHandler, type Operation } from '../../runtime/http/api-handler';
import { HttpError } from '../../runtime/http/http-error';
import { PAGE_HEADERS, verificationPage } from './page';
import { findIssued, generalReason } from './verification';

type Routes = typeof verificationRoutes;

const notFound = () =>
  new HttpError(
    404,
    'CERTIFICATE_NOT_FOUND',
    'Nomor registrasi tidak terdaftar sebagai sertifikat yang diterbitkan BKN.',
  );

async function page(number: string | undefined) {
  const found = number ? (await findIssued(number))?.view : undefined;
  return {
    statusCode: number && !found ? 404 : 200,
    headers: PAGE_HEADERS,
    body: verificationPage({ number, found }),
  };
}

const verificationSearchPage: Operation<Routes['verificationSearchPage']> = ({ query }) => page(query.nomor);
const verificationPageOp: Operation<Routes['verificationPage']> = ({ params }) => page(params.nomor);

const verifyCertificate: Operation<Routes['verifyCertificate']> = async ({ params }) => {
  const found = await findIssued(params.nomor);
  if (!found) throw notFound();
  return { statusCode: 200, body: found.view };
};

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
  const currentVersionUrl = view.supersededBy && verificationUrlOf(view.supersededBy);
  const judgement = judgeUploadedCopy(uploaded, { ...view, sha256: view.fileSha256 }, currentVersionUrl);
  const body: PdfCheck = {
    registrationNumber: view.registrationNumber,
    ...judgement,
    uploadedSha256: uploaded.sha256,
    signatures: uploaded.signatures,
    status: view.status,
    ...(view.revocation ? { revocation: view.revocation } : {}),
    ...(view.annulment ? { annulment: view.annulment } : {}),
    ...(view.supersededBy ? { supersededBy: view.supersededBy, currentVersionUrl } : {}),
  };
  return { statusCode: 200, body };
};

const listRevocations: Operation<Routes['listRevocations']> = async ({ query }) => {
  const page = await listRevokedCertificates({ limit: query.limit, cursor: query.cursor });
  const body: RevocationList = {
    items: page.items.map((c) => ({
      registrationNumber: c.registrationNumber,
      holderName: c.holderName,
      scheme: c.scheme,
      since: c.revokedOn,
      reason: generalReason(c.groundKinds),
    })),
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
  };
  return { statusCode: 200, body };
};

/** Public verification of certificates: page, JSON, PDF check and the revocation list. */
export const handler = apiHandler(verificationRoutes, {
  verificationSearchPage,
  verificationPage: verificationPageOp,
  verifyCertificate,
  checkCertificatePdf,
  listRevocations,
});
