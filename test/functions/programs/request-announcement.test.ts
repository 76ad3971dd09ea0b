import '../helpers/env';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/programs/index';
import { AnnouncementRequested } from '../../../events/messages/announcement-requested';
import {
  ADMIN_USERNAME,
  apiEvent,
  bodyOf,
  claimsWith,
  REQUEST_ID,
  type ApiEventOptions,
} from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { ANNOUNCEMENT_QUEUE_URL } from '../helpers/env';
import { writesOf } from '../helpers/writes';
import { programKey, PROGRAM_ID } from '../helpers/programs';

const ddb = mockClient(DynamoDBDocumentClient);
const sqs = mockClient(SQSClient);
const context = lambdaContext('programs');

const NOW = '2026-03-02T03:00:00.000Z';
const ROUTE = 'POST /programs/{programId}/announcement';

const LETTER = {
  number: ' 195/A/TU/Pusbang ASN/III/2026 ',
  place: 'Bogor',
  signer: {
    name: 'Dr. Andi Wijaya, M.Si.',
    nip: '197001011995031001',
    position: 'Kepala Pusat Pengembangan ASN',
  },
};

const request = (options: ApiEventOptions = {}) =>
  handler(apiEvent(ROUTE, { pathParameters: { programId: PROGRAM_ID }, body: LETTER, ...options }), context);

const sentMessages = () =>
  sqs
    .commandCalls(SendMessageCommand)
    .map((call) => AnnouncementRequested.parse(JSON.parse(call.args[0].input.MessageBody!)));

describe('POST /programs/{programId}/announcement (requestAnnouncement)', () => {
  beforeEach(() => {
    ddb.reset();
    sqs.reset();
    ddb.on(UpdateCommand).resolves({});
    sqs.on(SendMessageCommand).resolves({ MessageId: 'b1a0f8a4-1111-4c6e-9d0e-5b1e8f6c2a10' });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(NOW));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('marks the announcement of the programme REQUESTED, with the letter details as given (trimmed)', async () => {
    // Prepare: the programme exists (default mock).

    // Act
    await request();

    // Assess
    expect(writesOf(ddb)).toStrictEqual([{ op: 'Update', ...programKey(PROGRAM_ID) }]);
    expect(ddb.commandCalls(UpdateCommand)[0]!.args[0].input.ExpressionAttributeValues).toMatchObject({
      ':announcement': {
        status: 'REQUESTED',
        letter: { ...LETTER, number: '195/A/TU/Pusbang ASN/III/2026' },
      },
    });
  });

  it('places the letter in Jakarta when the request names no place', async () => {
    // Act
    await request({ body: { ...LETTER, place: undefined } });

    // Assess
    expect(sentMessages()[0]!.letter.place).toBe('Jakarta');
  });

  it.each([
    ['an empty object', {}],
    ['no number', { ...LETTER, number: undefined }],
    ['no signer', { ...LETTER, signer: undefined }],
    ['a signer NIP that is not 18 digits', { ...LETTER, signer: { ...LETTER.signer, nip: '1970' } }],
    ['a number over 100 characters', { ...LETTER, number: '1'.repeat(101) }],
    ['an unknown field', { ...LETTER, tembusan: ['Kepala BKN'] }],
  ])('answers 400 VALIDATION_FAILED for %s, with neither update nor message', async (_case, body) => {
    // Act
    const result = await request({ body });

    // Assess
    expect(result.statusCode).toBe(400);
    expect(bodyOf(result)).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(ddb.calls()).toHaveLength(0);
    expect(sqs.calls()).toHaveLength(0);
  });

  it('then queues an AnnouncementRequested message that parses with its schema, and answers 202', async () => {
    // Prepare: the programme exists (default mock).

    // Act
    const result = await request();

    // Assess
    const sends = sqs.commandCalls(SendMessageCommand);
    expect(sends).toHaveLength(1);
    expect(sends[0]!.args[0].input.QueueUrl).toBe(ANNOUNCEMENT_QUEUE_URL);
    expect(sentMessages()).toStrictEqual([
      {
        type: 'AnnouncementRequested',
        version: 2,
        programId: PROGRAM_ID,
        letter: { ...LETTER, number: '195/A/TU/Pusbang ASN/III/2026' },
        requestedBy: ADMIN_USERNAME,
        requestedAt: NOW,
        correlationId: REQUEST_ID,
      },
    ]);
    expect(ddb.commandCalls(UpdateCommand)[0]!.calledBefore(sends[0]!)).toBe(true);
    expect(result.statusCode).toBe(202);
    expect(bodyOf(result)).toStrictEqual({ programId: PROGRAM_ID, status: 'REQUESTED' });
  });

  it("carries the caller's x-correlation-id into the message", async () => {
    // Prepare
    const headers = { 'x-correlation-id': 'portal-7f3a9c' };

    // Act
    await request({ headers });

    // Assess
    expect(sentMessages()[0]!.correlationId).toBe('portal-7f3a9c');
  });

  it('answers 404 NOT_FOUND and sends no message when the programme does not exist', async () => {
    // Prepare
    ddb
      .on(UpdateCommand)
      .rejects(
        new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} }),
      );

    // Act
    const result = await request();

    // Assess
    expect(result.statusCode).toBe(404);
    expect(bodyOf(result)).toMatchObject({ code: 'NOT_FOUND' });
    expect(sqs.calls()).toHaveLength(0);
  });

  it('answers 500 when the queue refuses the message, so the caller asks again', async () => {
    // Prepare
    sqs.on(SendMessageCommand).rejects(new Error('connect ETIMEDOUT sqs.ap-southeast-3.amazonaws.com'));

    // Act
    const result = await request();

    // Assess
    expect(result.statusCode).toBe(500);
    expect(bodyOf(result)).toMatchObject({ code: 'INTERNAL_ERROR' });
    expect(result.body).not.toContain('ETIMEDOUT');
  });

  it('answers 403 to a kanreg operator, with neither update nor message', async () => {
    // Prepare
    const claims = claimsWith(['kanreg']);

    // Act
    const result = await request({ claims });

    // Assess
    expect(result.statusCode).toBe(403);
    expect(ddb.calls()).toHaveLength(0);
    expect(sqs.calls()).toHaveLength(0);
  });

  it('answers 400 for a malformed programId, with neither update nor message', async () => {
    // Prepare
    const pathParameters = { programId: 'prg_1' };

    // Act
    const result = await request({ pathParameters });

    // Assess
    expect(result.statusCode).toBe(400);
    expect(ddb.calls()).toHaveLength(0);
    expect(sqs.calls()).toHaveLength(0);
  });
});
