import type { CertificateSigners } from '../../events/api/certificate';
import type { routes } from '../../events/api/routes';
import { saveCertificateSigners } from '../../adapters/dynamodb/certificate-repository';
import { findProgram } from '../../adapters/dynamodb/program-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { notFound } from '../../runtime/http/http-error';

/** BKN names who signs the programme's certificates (Perban BKN 7/2020 Pasal 34(2)-(3)). */
export const putCertificateSigners: Operation<typeof routes.putCertificateSigners> = async ({
  params,
  body,
  principal,
  now,
}) => {
  if (!(await findProgram(params.programId))) throw notFound('Program');
  const signers: CertificateSigners = {
    programId: params.programId,
    ...body,
    updatedBy: principal.username,
    updatedAt: now.toISOString(),
  };
  await saveCertificateSigners(signers);
  return { statusCode: 200, body: signers };
};
