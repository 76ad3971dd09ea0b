import '../helpers/env';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/documents/index';
import { useClock } from '../../../runtime/clock';
import { apiEvent, bodyOf, claimsWith } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { ACCESS_KEY_ID, DOCUMENTS_BUCKET, REGION, TABLE_NAME } from '../helpers/env';
import { aProgram, programItem, programKey, PROGRAM_ID } from '../helpers/programs';

const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('documents');

const NOW = '2026-03-02T03:10:00.000Z';
const KEY = `programs/${PROGRAM_ID}/pengumuman.pdf`;
const SHA256 = 'a3f1c2d4e5b6978801234567890abcdef0123456789abcdef0123456789abcd';

const download = (groups: string | string[] = '[admin-bkn]') =>
  handler(
    apiEvent('GET /programs/{programId}/announcement', {
      pathParameters: { programId: PROGRAM_ID },
      claims: claimsWith(groups),
    }),
    context,
  );

const ready = () =>
  aProgram({
    announcement: {
      status: 'READY',
      requestedAt: '2026-03-02T03:00:00.000Z',
      documentKey: KEY,
      sha256: SHA256,
      generatedAt: '2026-03-02T03:00:05.000Z',
    },
  });

describe('GET /programs/{programId}/announcement (getAnnouncement)', () => {
  beforeEach(() => {
    ddb.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(NOW));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers 404 NOT_FOUND when the programme does not exist', async () => {
    // Prepare
    ddb.on(GetCommand).resolves({});

    // Act
    const result = await download();

    // Assess
    expect(result.statusCode).toBe(404);
    expect(bodyOf(result)).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('answers 404 NOT_FOUND when no announcement was ever requested', async () => {
    // Prepare
    ddb.on(GetCommand).resolves({ Item: programItem(aProgram()) });

    // Act
    const result = await download();

    // Assess
    expect(result.statusCode).toBe(404);
    expect(bodyOf(result)).toStrictEqual({
      code: 'NOT_FOUND',
      message: 'Surat pemberitahuan program tidak ditemukan.',
    });
  });

  it('answers 409 DOCUMENT_NOT_READY while the letter is REQUESTED', async () => {
    // Prepare
    const program = aProgram({
      announcement: { status: 'REQUESTED', requestedAt: '2026-03-02T03:00:00.000Z' },
    });
    ddb.on(GetCommand).resolves({ Item: programItem(program) });

    // Act
    const result = await download();

    // Assess
    expect(result.statusCode).toBe(409);
    expect(bodyOf(result)).toMatchObject({ code: 'DOCUMENT_NOT_READY' });
  });

  it('answers 200 with a five-minute presigned GET URL to the letter when it is READY', async () => {
    // Prepare
    ddb.on(GetCommand).resolves({ Item: programItem(ready()) });

    // Act
    const result = await download();

    // Assess
    expect(ddb.commandCalls(GetCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Key: programKey(PROGRAM_ID),
    });
    expect(result.statusCode).toBe(200);
    const body = bodyOf<{ url: string; expiresAt: string; sha256: string }>(result);
    expect(body.expiresAt).toBe('2026-03-02T03:15:00.000Z');
    expect(body.sha256).toBe(SHA256);
    const url = new URL(body.url);
    expect(url.protocol).toBe('https:');
    expect(url.hostname).toBe(`${DOCUMENTS_BUCKET}.s3.${REGION}.amazonaws.com`);
    expect(url.pathname).toBe(`/${KEY}`);
    expect(body.url).toContain(KEY);
    expect(url.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
    expect(url.searchParams.get('X-Amz-Algorithm')).toBe('AWS4-HMAC-SHA256');
    expect(url.searchParams.get('X-Amz-Credential')).toBe(
      `${ACCESS_KEY_ID}/20260302/${REGION}/s3/aws4_request`,
    );
    expect(url.searchParams.get('X-Amz-Date')).toBe('20260302T031000Z');
    expect(url.searchParams.get('X-Amz-Expires')).toBe('300');
    expect(url.searchParams.get('response-content-disposition')).toBe(
      `attachment; filename="pengumuman-${PROGRAM_ID}.pdf"`,
    );
  });

  it('counts the link from real time while business time is elsewhere: S3 checks the signature against its own clock', async () => {
    // Prepare: the local calendar plays 2019 while the machine's clock says 2026.
    ddb.on(GetCommand).resolves({ Item: programItem(ready()) });
    useClock({ now: () => new Date('2019-07-02T01:00:00.000Z') });

    // Act
    const result = await download();

    // Assess
    useClock(undefined);
    const body = bodyOf<{ url: string; expiresAt: string }>(result);
    expect(body.expiresAt).toBe('2026-03-02T03:15:00.000Z');
    expect(new URL(body.url).searchParams.get('X-Amz-Date')).toBe('20260302T031000Z');
  });

  it('answers 403 to a committee member, who has no use for the letter', async () => {
    // Prepare
    ddb.on(GetCommand).resolves({ Item: programItem(ready()) });

    // Act
    const result = await download('[komite]');

    // Assess
    expect(result.statusCode).toBe(403);
    expect(ddb.calls()).toHaveLength(0);
  });
});
