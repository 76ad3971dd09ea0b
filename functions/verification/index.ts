import { createHash } from 'node:crypto';
import { verificationRoutes } from '../../events/api/routes/verification';
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
