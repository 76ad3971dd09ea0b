import '../helpers/env';
import { captureOutput } from '../helpers/output';
import { createHash } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { FullBatchFailureError } from '@aws-lambda-powertools/batch';
import { mockClient } from 'aws-sdk-client-mock';
import { KMSClient } from '@aws-sdk/client-kms';
import { mockSigning } from '../helpers/signing';
import type { LocalSigning } from '../../../tools/local/signing-ca';
import { pdfsig, VALID_AND_TRUSTED } from '../../adapters/pdf/pdfsig';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documentKey, handler } from '../../../functions/announcement-letter/index';
import { logger } from '../../../runtime/logger';
import type { AnnouncementRequested } from '../../../events/messages/announcement-requested';
import { lambdaContext } from '../helpers/context';
import { DOCUMENTS_BUCKET } from '../helpers/env';
import { writesOf } from '../helpers/writes';
import {
  aLetterDetails,
  aProgram,
  programItem,
  programKey,
  OTHER_PROGRAM_ID,
  PROGRAM_ID,
} from '../helpers/programs';
import { sqsEvent, sqsRecord } from '../helpers/sqs-event';
import { pdfText } from '../certificate-worker/pdf-reading';

const ddb = mockClient(DynamoDBDocumentClient);
const s3 = mockClient(S3Client);
const kms = mockClient(KMSClient);
let signing: LocalSigning;
const context = lambdaContext('announcement-letter');

const REQUESTED_AT = '2026-03-02T03:00:00.000Z';
const NOW = '2026-03-02T03:00:04.000Z';

const message = (overrides: Partial<AnnouncementRequested> = {}): AnnouncementRequested => ({
  type: 'AnnouncementRequested',
  version: 2,
  programId: PROGRAM_ID,
  letter: aLetterDetails(),
  requestedBy: 'bkn-admin-1',
  requestedAt: REQUESTED_AT,
  correlationId: 'JKJaXmPLvHcESHA=',
  ...overrides,
});

const requested = (id: string) =>
  programItem(aProgram({ id, announcement: { status: 'REQUESTED', requestedAt: REQUESTED_AT } }));

const putBodies = () =>
  s3.commandCalls(PutObjectCommand).map((call) => Buffer.from(call.args[0].input.Body as Uint8Array));

/** The announcement each record wrote (P7's command itself is proved beside the repository). */
const recorded = () =>
  ddb
    .commandCalls(UpdateCommand)
    .map((call) => call.args[0].input.ExpressionAttributeValues?.[':announcement'] as { sha256: string });

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('announcement-letter worker', () => {
  beforeEach(async () => {
    ddb.reset();
    s3.reset();
    kms.reset();
    signing = await mockSigning(s3, kms);
    ddb.on(GetCommand, { Key: programKey(PROGRAM_ID) }).resolves({ Item: requested(PROGRAM_ID) });
    ddb.on(GetCommand, { Key: programKey(OTHER_PROGRAM_ID) }).resolves({ Item: requested(OTHER_PROGRAM_ID) });
    ddb.on(UpdateCommand).resolves({});
    s3.on(PutObjectCommand).resolves({ ETag: '"d41d8cd98f00b204e9800998ecf8427e"' });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(NOW));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('stores the letter electronically signed (PAdES) by the Kepala Pusat Pengembangan ASN: pdfsig finds it valid, whole and trusted', async () => {
    // Act
    await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(pdfsig(putBodies()[0]!, signing.caPem)).toMatchObject([
      { ...VALID_AND_TRUSTED, signerName: 'Kepala Pusat Pengembangan ASN', subFilter: 'ETSI.CAdES.detached' },
    ]);
  });

  it('puts the rendered PDF at programs/<id>/pengumuman.pdf in the documents bucket', async () => {
    // Prepare
    const event = sqsEvent(sqsRecord(message()));

    // Act
    const result = await handler(event, context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(ddb.commandCalls(GetCommand)).toHaveLength(1);
    const puts = s3.commandCalls(PutObjectCommand);
    expect(puts).toHaveLength(1);
    const { Body, ...rest } = puts[0]!.args[0].input;
    expect(rest).toStrictEqual({
      Bucket: DOCUMENTS_BUCKET,
      Key: `programs/${PROGRAM_ID}/pengumuman.pdf`,
      ContentType: 'application/pdf',
    });
    expect(documentKey(PROGRAM_ID)).toBe(rest.Key);
    expect(Body).toBeInstanceOf(Uint8Array);
    expect(
      Buffer.from(Body as Uint8Array)
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
  });

  it('then records the letter READY, with its number and signer and the sha256 (hex) of exactly the bytes it stored', async () => {
    // Prepare
    const event = sqsEvent(sqsRecord(message()));

    // Act
    await handler(event, context);

    // Assess
    const [body] = putBodies();
    expect(writesOf(ddb)).toStrictEqual([{ op: 'Update', ...programKey(PROGRAM_ID) }]);
    expect(recorded()).toStrictEqual([
      {
        status: 'READY',
        requestedAt: REQUESTED_AT,
        letter: aLetterDetails(),
        documentKey: `programs/${PROGRAM_ID}/pengumuman.pdf`,
        sha256: sha256(body!),
        generatedAt: NOW,
      },
    ]);
    const updates = ddb.commandCalls(UpdateCommand);
    expect(s3.commandCalls(PutObjectCommand)[0]!.calledBefore(updates[0]!)).toBe(true);
  });

  it('prints the number, place and signer the message carries, dated the day it was requested (WIB)', async () => {
    // Prepare
    const letter = { ...aLetterDetails(), number: '007/PENG/2026', place: 'Jakarta' };

    // Act
    await handler(sqsEvent(sqsRecord(message({ letter }))), context);

    // Assess
    const [page] = (await pdfText(putBodies()[0]!)).map((text) => text.replace(/\s+/g, ' '));
    expect(page).toContain('Jakarta, 2 Maret 2026');
    expect(page).toContain('Nomor : 007/PENG/2026');
    expect(page).toContain('Dr. Andi Wijaya, M.Si. NIP. 197001011995031001');
  });

  it('renders the same bytes for the same message, whenever it is rendered (redelivery is harmless)', async () => {
    // Prepare
    const record = sqsRecord(message());

    // Act
    await handler(sqsEvent(record), context);
    vi.setSystemTime(new Date('2026-03-03T08:30:00.000Z'));
    await handler(sqsEvent(structuredClone(record)), context);

    // Assess
    const [first, second] = putBodies();
    expect(second!.equals(first!)).toBe(true);
    const hashes = recorded().map((announcement) => announcement.sha256);
    expect(hashes).toHaveLength(2);
    expect(hashes[1]).toBe(hashes[0]);
  });

  it.each([
    ['a body that is not JSON', '{"type":"AnnouncementRequested",'],
    [
      'a message of version 1, without the letter details',
      { ...message({ version: 1 as 2 }), letter: undefined },
    ],
    ['a message with a malformed programId', message({ programId: 'prg_42' })],
    ['a message with an unknown field', { ...message(), priority: 'high' }],
  ])(
    'reports %s in batchItemFailures while the other record of the batch still succeeds',
    async (_case, body) => {
      // Prepare
      const bad = sqsRecord(body, 'bad-message');
      const good = sqsRecord(message({ programId: OTHER_PROGRAM_ID }), 'good-message');

      // Act
      const result = await handler(sqsEvent(bad, good), context);

      // Assess
      expect(result).toStrictEqual({ batchItemFailures: [{ itemIdentifier: 'bad-message' }] });
      expect(s3.commandCalls(PutObjectCommand).map((call) => call.args[0].input.Key)).toStrictEqual([
        `programs/${OTHER_PROGRAM_ID}/pengumuman.pdf`,
      ]);
      expect(ddb.commandCalls(UpdateCommand).map((call) => call.args[0].input.Key)).toStrictEqual([
        programKey(OTHER_PROGRAM_ID),
      ]);
    },
  );

  it('fails only the record of a programme that does not exist, storing nothing for it', async () => {
    // Prepare
    const missing = 'prg_9a2c6f1e-0000-4000-8000-000000000000';
    ddb.on(GetCommand, { Key: programKey(missing) }).resolves({});
    const event = sqsEvent(
      sqsRecord(message(), 'first'),
      sqsRecord(message({ programId: missing }), 'missing'),
      sqsRecord(message({ programId: OTHER_PROGRAM_ID }), 'third'),
    );

    // Act
    const result = await handler(event, context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [{ itemIdentifier: 'missing' }] });
    // Records are processed concurrently (BatchProcessor's default), so only the set of keys is fixed.
    expect(
      s3
        .commandCalls(PutObjectCommand)
        .map((call) => call.args[0].input.Key)
        .sort(),
    ).toStrictEqual(
      [`programs/${PROGRAM_ID}/pengumuman.pdf`, `programs/${OTHER_PROGRAM_ID}/pengumuman.pdf`].sort(),
    );
    expect(ddb.commandCalls(UpdateCommand, { Key: programKey(missing) })).toHaveLength(0);
  });

  it('does not record READY when the PDF could not be stored, and fails that record', async () => {
    // Prepare
    s3.on(PutObjectCommand, { Key: `programs/${PROGRAM_ID}/pengumuman.pdf` }).rejects(new Error('SlowDown'));
    const event = sqsEvent(
      sqsRecord(message(), 'not-stored'),
      sqsRecord(message({ programId: OTHER_PROGRAM_ID }), 'stored'),
    );

    // Act
    const result = await handler(event, context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [{ itemIdentifier: 'not-stored' }] });
    expect(ddb.commandCalls(UpdateCommand).map((call) => call.args[0].input.Key)).toStrictEqual([
      programKey(OTHER_PROGRAM_ID),
    ]);
  });

  it('fails the record when the programme was deleted between read and record (conditional update)', async () => {
    // Prepare
    ddb
      .on(UpdateCommand, { Key: programKey(PROGRAM_ID) })
      .rejects(
        new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} }),
      );
    const event = sqsEvent(
      sqsRecord(message(), 'gone'),
      sqsRecord(message({ programId: OTHER_PROGRAM_ID }), 'kept'),
    );

    // Act
    const result = await handler(event, context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [{ itemIdentifier: 'gone' }] });
  });

  it('throws FullBatchFailureError when every record fails, so Lambda retries the whole batch', async () => {
    // Prepare
    const event = sqsEvent(sqsRecord('not json', 'a'), sqsRecord({}, 'b'));

    // Act
    const invocation = handler(event, context);

    // Assess
    await expect(invocation).rejects.toBeInstanceOf(FullBatchFailureError);
    expect(s3.calls()).toHaveLength(0);
    expect(ddb.calls()).toHaveLength(0);
  });

  describe('log correlation', () => {
    let output: ReturnType<typeof captureOutput>;
    beforeEach(() => {
      output = captureOutput();
    });
    afterEach(() => {
      output.restore();
    });

    it("writes each record's lines with its own message's correlationId, though records run concurrently", async () => {
      // Prepare
      const first = sqsRecord(message({ correlationId: 'corr-first' }));
      const other = sqsRecord(message({ programId: OTHER_PROGRAM_ID, correlationId: 'corr-other' }));

      // Act
      await handler(sqsEvent(first, other), context);

      // Assess
      const rendered = output.logs('announcement letter rendered');
      expect(
        rendered.map(({ programId, correlationId, messageId }) => ({ programId, correlationId, messageId })),
      ).toEqual(
        expect.arrayContaining([
          { programId: PROGRAM_ID, correlationId: 'corr-first', messageId: first.messageId },
          { programId: OTHER_PROGRAM_ID, correlationId: 'corr-other', messageId: other.messageId },
        ]),
      );
      expect(rendered).toHaveLength(2);
    });

    it('logs why a record failed, with its correlationId, and drops the keys once the record is done', async () => {
      // Prepare
      ddb.on(GetCommand, { Key: programKey(OTHER_PROGRAM_ID) }).resolves({});
      const missing = sqsRecord(message({ programId: OTHER_PROGRAM_ID, correlationId: 'corr-missing' }));

      // Act
      await handler(sqsEvent(sqsRecord(message()), missing), context);
      logger.info('after the batch');

      // Assess
      const [failure] = output.logs('message failed: it is retried, then moved to the DLQ');
      expect(failure).toMatchObject({
        level: 'ERROR',
        correlationId: 'corr-missing',
        messageId: missing.messageId,
        receiveCount: 1,
        error: expect.objectContaining({ message: `Program ${OTHER_PROGRAM_ID} does not exist` }),
      });
      const [after] = output.logs('after the batch');
      expect(after).not.toHaveProperty('correlationId');
      expect(after).not.toHaveProperty('messageId');
    });

    it("tags an unreadable message's lines with its message id", async () => {
      const poison = sqsRecord('not json');
      await expect(handler(sqsEvent(poison), context)).rejects.toBeInstanceOf(FullBatchFailureError);
      const [failure] = output.logs('message failed: it is retried, then moved to the DLQ');
      expect(failure).toMatchObject({ correlationId: poison.messageId, messageId: poison.messageId });
    });
  });
});
