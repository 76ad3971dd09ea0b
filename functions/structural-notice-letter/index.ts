import type { SQSRecord } from 'aws-lambda';
import { StructuralNoticeRequested } from '../../events/messages/structural-notice-requested';
import { findNotice, recordNoticeDocument } from '../../adapters/dynamodb/structural-notice-repository';
import { storePdf } from '../../adapters/s3/documents';
import { signedPdf } from '../../services/documents/signed-pdf';
import { logger } from '../../runtime/logger';
import { sqsWorker } from '../../runtime/sqs-worker';
import { renderNotice } from './render-notice';

export const noticeKey = (instansiCode: string, nip: string, noticeId: string) =>
  `structural/${instansiCode}/${nip}/pemberitahuan-${noticeId}.pdf`;

/**
 * Renders and signs one issued notice (Perka BKN 11/2008 Anak Lampiran), stores it and records its document. The
 * notice is numbered and recorded by the API already; it is signed at the instant it was issued, so a redelivered
 * message stores the same bytes. Throwing fails only this record: it is retried, then lands in the DLQ.
 */
async function renderOne(record: SQSRecord): Promise<void> {
  const message = StructuralNoticeRequested.parse(JSON.parse(record.body));
  const notice = await findNotice(message.instansiCode, message.nip, message.noticeId);
  if (!notice)
    throw new Error(`Notice ${message.noticeId} of ${message.instansiCode}/${message.nip} does not exist`);
  const { letter } = notice;
  const pdf = await signedPdf(await renderNotice(notice), {
    role: 'kepalaUpk',
    reason: `Surat pemberitahuan penilaian kompetensi nomor ${letter.number}: ${letter.signerPosition}, ${letter.signerName}`,
    location: letter.place,
    signedAt: new Date(notice.issued.at),
  });
  const { key, sha256 } = await storePdf(noticeKey(notice.instansiCode, notice.nip, notice.id), pdf);
  if (!(await recordNoticeDocument(notice, { key, sha256, signedAt: notice.issued.at }))) {
    throw new Error(`Notice ${notice.id} no longer exists: its document was not recorded`);
  }
  logger.info('structural notice signed', {
    instansiCode: notice.instansiCode,
    noticeId: notice.id,
    number: letter.number,
    key,
    sha256,
    bytes: pdf.byteLength,
  });
}

export const handler = sqsWorker(() => renderOne);
