import '../helpers/env';
import { generateKeyPairSync, sign as nodeSign } from 'node:crypto';
import { GetPublicKeyCommand, KMSClient, SignCommand } from '@aws-sdk/client-kms';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handler } from '../../../functions/credential-issuer/index';
import type { CompetencyCertificateRecord } from '../../../events/api/certificate';
import { ENV } from '../../../runtime/env';
import { verifyOpenBadge } from '../../services/credentials/verifier';
import { aCertificate, PUBLIC_BASE_URL } from '../certificate-worker/fixtures';
import { lambdaContext } from '../helpers/context';
import { sqsEvent, sqsRecord } from '../helpers/sqs-event';

const ddb = mockClient(DynamoDBDocumentClient);
const s3 = mockClient(S3Client);
const kms = mockClient(KMSClient);
const { privateKey, publicKey } = generateKeyPairSync('ed25519');

const NUMBER = '0042/SKTM-ASN/L3/2027';
const CERTIFICATE_KEY = `CERTIFICATE#${NUMBER}|#CERTIFICATE`;

/** The items the handler reads and writes, kept as DynamoDB would, conditions on existence and `last` included. */
let table: Map<string, Record<string, unknown>>;
/** What the handler put in the bucket, by key; kept across tests, as the worker publishes the issuer once a process. */
const bucket = new Map<string, string>();
const id = (key: { pk?: unknown; sk?: unknown }) => `${String(key.pk)}|${String(key.sk)}`;

function certificate(overrides: Partial<CompetencyCertificateRecord> = {}) {
  return aCertificate({
    issuedAt: '2025-08-20T03:00:05.000Z',
    document: { key: 'certificates/x.pdf', sha256: 'ab'.repeat(32), renderedAt: '2025-08-20T03:00:06.000Z' },
    ...overrides,
  });
}

/** The EventBridge envelope the rule delivers to the queue. */
const delivered = (detailType: string, detail: Record<string, unknown>) =>
  sqsRecord({
    version: '0',
    id: 'e1',
    source: 'id.go.bkn.sertifikasi',
    'detail-type': detailType,
    time: '2025-08-20T03:00:07Z',
    region: 'ap-southeast-3',
    account: '123456789012',
    resources: [],
    detail,
  });
const issuedEvent = () =>
  delivered('CertificateIssued', {
    eventId: `${NUMBER}#0`,
    registrationNumber: NUMBER,
    programId: certificate().programId,
    nip: certificate().nip,
    instansiCode: '3201',
    scheme: 'ADMINISTRATOR',
    decisionId: certificate().decisionId,
    issuedOn: '2025-08-20',
    sha256: 'ab'.repeat(32),
  });
const revokedEvent = () =>
  delivered('CertificateRevoked', {
    eventId: `${NUMBER}#1`,
    registrationNumber: NUMBER,
    nip: certificate().nip,
    instansiCode: '3201',
    revokedOn: '2025-09-01',
    kinds: ['DISIPLIN'],
    notice: 'dicabut',
  });

const run = async (...records: ReturnType<typeof sqsRecord>[]) =>
  handler(sqsEvent(...records), lambdaContext('credential-issuer'));
const fromBucket = async (url: string) => {
  const key = {
    [`${PUBLIC_BASE_URL}/credentials/issuer`]: 'credentials/public/issuer.json',
    [`${PUBLIC_BASE_URL}/credentials/issuer/keys/ed25519-1`]: 'credentials/public/keys/ed25519-1.json',
    [`${PUBLIC_BASE_URL}/credentials/status-lists/1`]: 'credentials/public/status-lists/1.json',
  }[url];
  const text = key && bucket.get(key);
  return text ? JSON.parse(text) : undefined;
};
const storedCredential = () =>
  JSON.parse(
    bucket.get(`credentials/${certificate().programId}/${certificate().nip}/0042-SKTM-ASN-L3-2027.json`)!,
  );

beforeEach(() => {
  process.env[ENV.publicBaseUrl] = PUBLIC_BASE_URL;
  process.env[ENV.credentialKey] = 'alias/sertifikasi/credentials/issuer';
  table = new Map([[CERTIFICATE_KEY, { ...certificate() }]]);
  ddb.on(GetCommand).callsFake(({ Key }) => ({ Item: table.get(id(Key)) }));
  ddb.on(BatchGetCommand).callsFake(({ RequestItems }) => ({
    Responses: Object.fromEntries(
      Object.entries(RequestItems as Record<string, { Keys: { pk: string; sk: string }[] }>).map(
        ([name, { Keys }]) => [
          name,
          Keys.flatMap((key) => (table.has(id(key)) ? [{ ...table.get(id(key)), ...key }] : [])),
        ],
      ),
    ),
  }));
  ddb.on(PutCommand).callsFake(({ Item, ConditionExpression, ExpressionAttributeValues }) => {
    const held = table.get(id(Item));
    const ok =
      ConditionExpression === 'attribute_not_exists(pk)'
        ? !held
        : held?.version === ExpressionAttributeValues[':read'];
    if (!ok) throw Object.assign(new Error('condition'), { name: 'ConditionalCheckFailedException' });
    table.set(id(Item), Item);
    return {};
  });
  ddb.on(UpdateCommand).callsFake(({ Key, ExpressionAttributeValues }) => {
    const held = table.get(id(Key))!;
    if (':document' in ExpressionAttributeValues)
      table.set(id(Key), { ...held, document: ExpressionAttributeValues[':document'] });
    else table.set(id(Key), { ...held, publishedVersion: ExpressionAttributeValues[':version'] });
    return { Attributes: table.get(id(Key)) };
  });
  ddb.on(TransactWriteCommand).callsFake(({ TransactItems }) => {
    const [counter, credential] = TransactItems;
    const counterMoved =
      table.get(id(counter.Update.Key))?.last !== counter.Update.ExpressionAttributeValues[':last'];
    const taken = table.has(id(credential.Put.Item));
    if (counterMoved || taken)
      throw Object.assign(new Error('cancelled'), {
        name: 'TransactionCanceledException',
        CancellationReasons: [
          { Code: counterMoved ? 'ConditionalCheckFailed' : 'None' },
          { Code: taken ? 'ConditionalCheckFailed' : 'None' },
        ],
      });
    table.set(id(counter.Update.Key), { last: counter.Update.ExpressionAttributeValues[':next'] });
    table.set(id(credential.Put.Item), credential.Put.Item);
    return {};
  });
  s3.on(PutObjectCommand).callsFake(({ Key, Body }) => {
    bucket.set(Key, String(Body));
    return {};
  });
  kms.on(SignCommand).callsFake(({ Message }) => ({ Signature: nodeSign(null, Message, privateKey) }));
  kms.on(GetPublicKeyCommand).resolves({ PublicKey: publicKey.export({ type: 'spki', format: 'der' }) });
});

afterEach(() => {
  ddb.reset();
  s3.reset();
  kms.reset();
});

describe('credential issuer worker', () => {
  it('issues one verifiable credential for a certificate, and a redelivered event takes no second entry nor writes again', async () => {
    // Act
    const first = await run(issuedEvent());
    const writesAfterFirst = [
      ddb.commandCalls(TransactWriteCommand).length,
      s3.commandCalls(PutObjectCommand).length,
    ];
    const again = await run(issuedEvent(), issuedEvent());

    // Assess
    expect([first.batchItemFailures, again.batchItemFailures]).toEqual([[], []]);
    expect(writesAfterFirst).toEqual([1, 4]);
    expect([ddb.commandCalls(TransactWriteCommand).length, s3.commandCalls(PutObjectCommand).length]).toEqual(
      [1, 4],
    );
    expect(table.get('COUNTER#STATUS_LIST|#COUNTER')).toEqual({ last: 1 });
    expect(kms.commandCalls(SignCommand)[0]!.args[0].input).toMatchObject({
      KeyId: 'alias/sertifikasi/credentials/issuer',
      MessageType: 'RAW',
      SigningAlgorithm: 'ED25519_SHA_512',
    });
    expect(await verifyOpenBadge(storedCredential(), fromBucket)).toEqual({
      verified: true,
      revoked: false,
      errors: [],
    });
  });

  it("takes a batch's status entries one at a time: no record races another of its invocation for the counter", async () => {
    // Prepare: three certificates issued together
    const numbers = ['0042/SKTM-ASN/L3/2027', '0043/SKTM-ASN/L3/2027', '0044/SKTM-ASN/L3/2027'];
    for (const number of numbers) {
      table.set(`CERTIFICATE#${number}|#CERTIFICATE`, { ...certificate({ registrationNumber: number }) });
    }
    const issued = (number: string) => {
      const record = issuedEvent();
      const body = JSON.parse(record.body);
      return {
        ...record,
        body: JSON.stringify({ ...body, detail: { ...body.detail, registrationNumber: number } }),
      };
    };

    // Act
    const result = await run(...numbers.map(issued));

    // Assess: three entries, each taken at the first attempt
    expect(result.batchItemFailures).toEqual([]);
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(3);
    expect(table.get('COUNTER#STATUS_LIST|#COUNTER')).toEqual({ last: 3 });
  });

  it("writes a batch's status changes one at a time: each record's write finds the version it read", async () => {
    // Prepare: two credentials issued, then both certificates revoked together
    const numbers = [NUMBER, '0043/SKTM-ASN/L3/2027'];
    const withNumber = (record: ReturnType<typeof sqsRecord>, number: string) => {
      const body = JSON.parse(record.body);
      return {
        ...record,
        body: JSON.stringify({ ...body, detail: { ...body.detail, registrationNumber: number } }),
      };
    };
    for (const number of numbers) {
      table.set(`CERTIFICATE#${number}|#CERTIFICATE`, { ...certificate({ registrationNumber: number }) });
      await run(withNumber(issuedEvent(), number));
      table.set(`CERTIFICATE#${number}|#CERTIFICATE`, {
        ...table.get(`CERTIFICATE#${number}|#CERTIFICATE`),
        status: 'DICABUT',
      });
    }
    const listWrites = () =>
      ddb.commandCalls(PutCommand).filter((call) => call.args[0].input.Item!.pk === 'STATUS_LIST#1').length;
    const before = listWrites();

    // Act
    const result = await run(...numbers.map((number) => withNumber(revokedEvent(), number)));

    // Assess: two writes, none refused for a version moved by the other record
    expect(result.batchItemFailures).toEqual([]);
    expect(listWrites() - before).toBe(2);
    expect(table.get('STATUS_LIST#1|#STATUS_LIST')).toMatchObject({ version: 3, publishedVersion: 3 });
  });

  it('sets the revocation bit when its certificate is revoked, and republishes the list', async () => {
    // Prepare
    await run(issuedEvent());
    table.set(CERTIFICATE_KEY, { ...certificate({ status: 'DICABUT' }) });

    // Act
    const result = await run(revokedEvent());

    // Assess
    expect(result.batchItemFailures).toEqual([]);
    expect(table.get('STATUS_LIST#1|#STATUS_LIST')).toMatchObject({ version: 2, publishedVersion: 2 });
    expect(await verifyOpenBadge(storedCredential(), fromBucket)).toEqual({
      verified: true,
      revoked: true,
      errors: [],
    });
  });

  it('a status event before the credential is issued changes nothing: the issue reads the status itself', async () => {
    // Act
    await run(revokedEvent());
    table.set(CERTIFICATE_KEY, { ...certificate({ status: 'DICABUT' }) });
    await run(issuedEvent());

    // Assess
    expect(await verifyOpenBadge(storedCredential(), fromBucket)).toEqual({
      verified: true,
      revoked: true,
      errors: [],
    });
  });

  it('a message that is no certificate event fails its record only (retried, then the DLQ)', async () => {
    const result = await run(delivered('Unknown', {}), issuedEvent());
    expect(result.batchItemFailures).toHaveLength(1);
  });
});
