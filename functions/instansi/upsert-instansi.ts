import type { routes } from '../../events/api/routes';
import { saveInstansi } from '../../adapters/dynamodb/instansi-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { HttpError } from '../../runtime/http/http-error';

/**
 * BKN registers an instansi and, for regional governments, the Kanreg that covers it; its own registration says
 * `bkn: true` (its JPT Pratama take the BKN qualification).
 */
export const upsertInstansi: Operation<typeof routes.upsertInstansi> = async ({
  params,
  body,
  principal,
  now,
}) => {
  if (body.kind !== 'PUSAT' && body.kanreg === null) {
    throw new HttpError(400, 'INSTANSI_KANREG_REQUIRED', 'Instansi daerah wajib memiliki Kanreg pembina.');
  }
  if (body.kind === 'PUSAT' && body.kanreg !== null) {
    throw new HttpError(400, 'INSTANSI_PUSAT_TANPA_KANREG', 'Instansi pusat tidak dibina Kanreg.');
  }
  if (body.bkn === true && body.kind !== 'PUSAT') {
    throw new HttpError(400, 'INSTANSI_BKN_PUSAT', 'BKN adalah instansi pusat.');
  }
  const instansi = {
    code: params.instansiCode,
    ...body,
    updatedBy: principal.username,
    updatedAt: now.toISOString(),
  };
  await saveInstansi(instansi);
  return { statusCode: 200, body: instansi };
};
