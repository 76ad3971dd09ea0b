import '../helpers/env';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storageHttp } from '../../../adapters/s3/presign';
import { handler } from '../../../functions/credentials/index';
import { aCertificate } from '../certificate-worker/fixtures';
import { apiEvent, claimsWith } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { DOCUMENTS_BUCKET } from '../helpers/env';

const ddb = mockClient(DynamoDBDocumentClient);
const NUMBER = '0042/SKTM-ASN/L3/2027';
const CREDENTIAL_KEY = 'credentials/prg_x/198503102010011002/0042-SKTM-ASN-L3-2027.json';
const call = (routeKey: string, options: Parameters<typeof apiEvent>[1]) =>
  handler(apiEvent(routeKey, options), lambdaContext('credentials'));

let objects: Map<string, string>;

beforeEach(() => {
  objects = new Map();
  vi.spyOn(storageHttp, 'text').mockImplementation(async (url) => {
    const { pathname } = new URL(url);
    const key = decodeURIComponent(pathname.replace(`/${DOCUMENTS_BUCKET}/`, '').replace(/^\//, ''));
    const text = objects.get(key);
    return text === undefined ? { status: 404, headers: {}, text: '' } : { status: 200, headers: {}, text };
  });
  ddb.on(GetCommand).callsFake(({ Key }) => {
    if (Key.sk === '#CERTIFICATE') return { Item: { ...Key, ...aCertificate() } };
    if (Key.sk === '#CREDENTIAL' && objects.has(CREDENTIAL_KEY))
      return { Item: { ...Key, registrationNumber: NUMBER, document: { key: CREDENTIAL_KEY } } };
    return {};
  });
});
afterEach(() => {
  ddb.reset();
  vi.restoreAllMocks();
});

describe('credentials API', () => {
  it('gives BKN the signed credential of a certificate as application/vc+ld+json, never cached', async () => {
    objects.set(CREDENTIAL_KEY, '{"@context":[],"id":"x"}');

    const answer = await call('GET /certificates/{certificateId}/credential', {
      pathParameters: { certificateId: '0042-SKTM-ASN-L3-2027' },
      claims: claimsWith('admin-bkn'),
    });

    expect(answer).toMatchObject({
      statusCode: 200,
      body: '{"@context":[],"id":"x"}',
      headers: { 'content-type': 'application/vc+ld+json', 'cache-control': 'private, no-store' },
    });
  });

  it('answers CREDENTIAL_NOT_ISSUED while the worker has not issued it yet', async () => {
    const answer = await call('GET /certificates/{certificateId}/credential', {
      pathParameters: { certificateId: '0042-SKTM-ASN-L3-2027' },
      claims: claimsWith('admin-bkn'),
    });
    expect([answer.statusCode, JSON.parse(answer.body!).code]).toEqual([404, 'CREDENTIAL_NOT_ISSUED']);
  });

  it('serves the public status list to anyone, cached one minute at most; 404 before it is published', async () => {
    objects.set('credentials/public/status-lists/1.json', '{"@context":[],"id":"l"}');

    const published = await call('GET /credentials/status-lists/{listId}', {
      pathParameters: { listId: '1' },
      claims: null,
    });
    const missing = await call('GET /credentials/status-lists/{listId}', {
      pathParameters: { listId: '2' },
      claims: null,
    });

    expect(published).toMatchObject({
      statusCode: 200,
      headers: { 'content-type': 'application/vc+ld+json', 'cache-control': 'public, max-age=60' },
    });
    expect([missing.statusCode, JSON.parse(missing.body!).code]).toEqual([404, 'STATUS_LIST_NOT_FOUND']);
  });

  it('serves the issuer documents as application/ld+json, and refuses a malformed key name', async () => {
    objects.set('credentials/public/issuer.json', '{"@context":[],"id":"i"}');
    objects.set('credentials/public/keys/ed25519-1.json', '{"@context":[],"id":"k"}');

    const issuer = await call('GET /credentials/issuer', { claims: null });
    const key = await call('GET /credentials/issuer/keys/{keyName}', {
      pathParameters: { keyName: 'ed25519-1' },
      claims: null,
    });
    const bad = await call('GET /credentials/issuer/keys/{keyName}', {
      pathParameters: { keyName: '../x' },
      claims: null,
    });

    expect([issuer.statusCode, issuer.headers?.['content-type'], issuer.body]).toEqual([
      200,
      'application/ld+json',
      '{"@context":[],"id":"i"}',
    ]);
    expect([key.statusCode, key.body]).toEqual([200, '{"@context":[],"id":"k"}']);
    expect(bad.statusCode).toBe(400);
  });
});
