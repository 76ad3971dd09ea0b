import type { SQSRecord } from 'aws-lambda';
import { AnnouncementRequested } from '../../events/messages/announcement-requested';
import { storePdf } from '../../adapters/s3/documents';
import { signedPdf } from '../../services/documents/signed-pdf';
import { findProgram, recordAnnouncement } from '../../adapters/dynamodb/program-repository';
import { logger } from '../../runtime/logger';
import { sqsWorker } from '../../runtime/sqs-worker';
import { renderAnnouncementLetter } from './render-letter';
import { now } from '../../runtime/clock';

export const documentKey = (programId: string) => `programs/${programId}/pengumuman.pdf`;

/** Renders one letter. Throwing fails only this record: it is retried, then lands in the DLQ. */
async function renderOne(record: SQSRecord): Promise<void> {
  const message = AnnouncementRequested.parse(JSON.parse(record.body));
  const program = await findProgram(message.programId);
  if (!program) throw new Error(`Program ${message.programId} does not exist`);
  const pdf = await signedPdf(await renderAnnouncementLetter(program, message.letter, message.requestedAt), {
    role: 'kepalaPusat',
    reason: `Pengumuman nomor ${message.letter.number}: ${program.name}`,
    location: message.letter.place,
    signedAt: new Date(message.requestedAt),
  });
  const { key, sha256 } = await storePdf(documentKey(program.id), pdf);
  const document = { key, sha256, requestedAt: message.requestedAt, letter: message.letter };
  if (!(await recordAnnouncement(program.id, document, now()))) {
    throw new Error(`Program ${program.id} no longer exists: its announcement letter was not recorded`);
  }
  logger.info('announcement letter rendered', {
    programId: message.programId,
    key,
    sha256,
    bytes: pdf.byteLength,
  });
}

export const handler = sqsWorker(() => renderOne);
