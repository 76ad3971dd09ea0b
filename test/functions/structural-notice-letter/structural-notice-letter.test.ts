import '../helpers/env';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KMSClient } from '@aws-sdk/client-kms';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { FullBatchFailureError } from '@aws-lambda-powertools/batch';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { handler, noticeKey } from '../../../functions/structural-notice-letter/index';
import { StructuralNotice } from '../../../events/api/structural-notice';
import type { StructuralNoticeRequested } from '../../../events/messages/structural-notice-requested';
import type { LocalSigning } from '../../../tools/local/signing-ca';
import { pdfsig, VALID_AND_TRUSTED } from '../../adapters/pdf/pdfsig';
import { conditionFailed } from '../../adapters/dynamodb/dynamodb-errors';
import { lambdaContext } from '../helpers/context';
import { DOCUMENTS_BUCKET } from '../helpers/env';
import { mockSigning } from '../helpers/signing';
import { sqsEvent, sqsRecord } from '../helpers/sqs-event';

const ddb = mockClient(DynamoDBDocumentClient);
const s3 = mockClient(S3Client);
const kms = mockClient(KMSClient);
let signing: LocalSigning;
const context = lambdaContext('structural-notice-letter');

const EXAMPLE = (StructuralNotice.meta()?.examples as StructuralNotice[])[0]!;
/** A 2-day assessment center from Friday: its days run over the weekend to Monday. */
const NOTICE: StructuralNotice = {
  ...EXAMPLE,
  letter: { ...EXAMPLE.letter, day: 'Jumat', date: '2026-03-13', endDay: 'Senin', endDate: '2026-03-16' },
};
const KEY = { pk: `STRUCTURAL#${NOTICE.instansiCode}`, sk: `NOTICE#${NOTICE.nip}#${NOTICE.id}` };
const message = (o: Partial<StructuralNoticeRequested> = {}): StructuralNoticeRequested => ({
  type: 'StructuralNoticeRequested',
  version: 1,
  instansiCode: NOTICE.instansiCode,
  nip: NOTICE.nip,
  noticeId: NOTICE.id,
  requestedAt: NOTICE.issued.at,
  correlationId: 'corr-notice',
  ...o,
});
const stored = () =>
  s3.commandCalls(PutObjectCommand).map((call) => Buffer.from(call.args[0].input.Body as Uint8Array));

const work = mkdtempSync(join(tmpdir(), 'structural-notice-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
/** What poppler's pdftotext reads from the PDF, keeping the layout: what a reader copies or a search finds. */
function pdftotext(pdf: Uint8Array): string {
  const file = join(work, 'notice.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

describe('structural-notice-letter worker (Perka BKN 11/2008 Anak Lampiran)', () => {
  beforeEach(async () => {
    ddb.reset();
    s3.reset();
    kms.reset();
    signing = await mockSigning(s3, kms);
    ddb.on(GetCommand, { Key: KEY }).resolves({ Item: { ...KEY, entity: 'StructuralNotice', ...NOTICE } });
    ddb.on(UpdateCommand).resolves({});
    s3.on(PutObjectCommand).resolves({});
  });

  it('stores the letter signed (PAdES) as the head of the assessment unit: pdfsig finds it valid, whole and trusted', async () => {
    await handler(sqsEvent(sqsRecord(message())), context);
    expect(pdfsig(stored()[0]!, signing.caPem)).toMatchObject([
      {
        ...VALID_AND_TRUSTED,
        signerName: 'Kepala Unit Penilaian Kompetensi PNS',
        subFilter: 'ETSI.CAdES.detached',
      },
    ]);
  });

  it('prints fields (1)-(11) of the Anak Lampiran in its order: place and date, number, nature, attachment, subject, the PNS, day, date, time, place, the official', async () => {
    await handler(sqsEvent(sqsRecord(message())), context);
    const lines = pdftotext(stored()[0]!)
      .split('\n')
      .map((line) => line.trim().replace(/\s+/g, ' '))
      .filter(Boolean);
    const expected = [
      'KEMENTERIAN PENDAYAGUNAAN APARATUR NEGARA',
      'TIM PENILAIAN KOMPETENSI KEMENTERIAN PANRB 2025',
      'Jakarta, 2 Maret 2026',
      'Nomor : 0007/PK/4011/III/2026 Kepada',
      'Sifat : Penting Yth. Sdr. Budi Santoso, S.E., M.M.',
      'Lampiran : - NIP. 198503102010011002',
      'Perihal : Pemberitahuan Pelaksanaan Kepala Subbagian Perencanaan',
      'Penilaian Kompetensi Biro Perencanaan',
      'melalui Pejabat yang membidangi',
      'kepegawaian Kementerian',
      'Pendayagunaan Aparatur Negara',
      'di tempat',
      '1. Sehubungan dengan akan dilaksanakan penilaian kompetensi, diharapkan kehadiran',
      'Saudara pada :',
      'Hari : Jumat s.d. Senin',
      'Tanggal : 13-16 Maret 2026',
      'Waktu : 08.00 WIB s.d. selesai',
      'Tempat : Ruang Asesmen Lantai 3, Jalan Jenderal Sudirman Kav. 69, Jakarta Selatan',
      '2. Demikian untuk menjadi maklum dan atas kehadirannya diucapkan terima kasih.',
      'Kepala Unit Penilaian Kompetensi',
      'Dr. Andi Wijaya, M.Si.',
      'NIP. 197001011995031001',
    ];
    expect(lines.slice(0, expected.length)).toEqual(expected);
  });

  it('stores it under structural/<instansi>/<nip>/ and records exactly the bytes it stored, signed when the notice was issued', async () => {
    await handler(sqsEvent(sqsRecord(message())), context);
    const { Body, ...put } = s3.commandCalls(PutObjectCommand)[0]!.args[0].input;
    expect(put).toStrictEqual({
      Bucket: DOCUMENTS_BUCKET,
      Key: `structural/4011/${NOTICE.nip}/pemberitahuan-2026-0007.pdf`,
      ContentType: 'application/pdf',
    });
    expect(noticeKey(NOTICE.instansiCode, NOTICE.nip, NOTICE.id)).toBe(put.Key);
    const update = ddb.commandCalls(UpdateCommand)[0]!.args[0].input;
    expect(update.Key).toStrictEqual(KEY);
    expect(update.ExpressionAttributeValues).toStrictEqual({
      ':document': {
        key: put.Key,
        sha256: createHash('sha256')
          .update(Body as Uint8Array)
          .digest('hex'),
        signedAt: NOTICE.issued.at,
      },
    });
  });

  it('renders the same bytes when the message is delivered again', async () => {
    await handler(sqsEvent(sqsRecord(message())), context);
    await handler(sqsEvent(sqsRecord(message({ requestedAt: '2026-03-05T02:00:00.000Z' }))), context);
    const [first, second] = stored();
    expect(second!.equals(first!)).toBe(true);
  });

  it('fails only the record of a notice that does not exist, or is gone when its document is recorded', async () => {
    ddb.on(GetCommand, { Key: { ...KEY, sk: `NOTICE#${NOTICE.nip}#2026-0099` } }).resolves({});
    const missing = sqsRecord(message({ noticeId: '2026-0099' }), 'missing');
    const result = await handler(sqsEvent(missing, sqsRecord(message(), 'kept')), context);
    expect(result).toStrictEqual({ batchItemFailures: [{ itemIdentifier: 'missing' }] });

    ddb.on(UpdateCommand).rejects(conditionFailed());
    await expect(handler(sqsEvent(sqsRecord(message())), context)).rejects.toBeInstanceOf(
      FullBatchFailureError,
    );
  });
});
