import { linkExpiresAt } from '../../runtime/clock';
import type { routes } from '../../events/api/routes';
import { ENV, requireEnv } from '../../runtime/env';
import { findProgram } from '../../adapters/dynamodb/program-repository';
import { presignDownload } from '../../adapters/s3/presign';
import type { Operation } from '../../runtime/http/api-handler';
import { HttpError, notFound } from '../../runtime/http/http-error';

/** Download links live five minutes: long enough to click, short enough not to be passed around. */
export const DOWNLOAD_LINK_SECONDS = 300;

export const getAnnouncement: Operation<typeof routes.getAnnouncement> = async ({ params }) => {
  const program = await findProgram(params.programId);
  if (!program?.announcement) throw notFound('Surat pemberitahuan program');
  const { documentKey, sha256 } = program.announcement;
  if (program.announcement.status !== 'READY' || !documentKey) {
    throw new HttpError(
      409,
      'DOCUMENT_NOT_READY',
      'Surat pemberitahuan masih dibuat. Silakan coba lagi sebentar lagi.',
    );
  }
  const url = await presignDownload({
    bucket: requireEnv(ENV.documentsBucket),
    key: documentKey,
    fileName: `pengumuman-${program.id}.pdf`,
    expiresInSeconds: DOWNLOAD_LINK_SECONDS,
  });
  const expiresAt = linkExpiresAt(DOWNLOAD_LINK_SECONDS);
  return { statusCode: 200, body: { url, expiresAt, sha256 } };
};
