import { createHash } from 'node:crypto';
import { verificationRoutes } from '../../events/api/routes/verification';
import type { RevocationList } from '../../events/api/verification';
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

/** Exactly the issued file or not: compared by SHA-256 with the hash recorded when the PDF was stored. */
const checkCertificatePdf: Operation<Routes['checkCertificatePdf']> = async ({ params, bytes }) => {
  const found = await findIssued(params.nomor);
  if (!found) throw notFound();
  const uploadedSha256 = createHash('sha256').update(bytes).digest('hex');
  return {
    statusCode: 200,
    body: {
      registrationNumber: found.view.registrationNumber,
      matches: uploadedSha256 === found.view.fileSha256,
      uploadedSha256,
      status: found.view.status,
    },
  };
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
