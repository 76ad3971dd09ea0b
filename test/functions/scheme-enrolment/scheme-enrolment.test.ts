import '../helpers/env';
import { captureOutput } from '../helpers/output';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { firstSchemeVersion, publishSchemeVersion, type SchemeVersion } from '../../../domain/scheme/version';
import { handler } from '../../../functions/scheme-enrolment/index';
import {
  enrolmentKey,
  schemeHoldersPartition,
  schemePartition,
  schemeVersionKey,
} from '../../../adapters/dynamodb/keys';
import { encodeCursor } from '../../../adapters/dynamodb/pagination';
import { lambdaContext } from '../helpers/context';
import { sqsEvent, sqsRecord } from '../helpers/sqs-event';
import { version2 } from '../../domain/scheme/fixtures';
import { holding, holdingItems, serveCertificatesInForce } from '../schemes/holders';
import { d } from '../../domain/shared/helpers';

const QUEUE_URL = 'https://sqs.ap-southeast-3.amazonaws.com/123456789012/scheme-enrolment';
process.env.SCHEME_ENROLMENT_QUEUE_URL = QUEUE_URL;

const ddb = mockClient(DynamoDBDocumentClient);
const sqs = mockClient(SQSClient);
const context = lambdaContext('schemeEnrolment');

const published = (previous: SchemeVersion, version: string): SchemeVersion => {
  const decided = publishSchemeVersion(previous, version2({ version, effectiveOn: d(`${version}-01-02`) }));
  if (!decided.ok) throw new Error(JSON.stringify(decided.violations));
  return decided.value;
};
const V2028 = published(firstSchemeVersion('ADMINISTRATOR'), '2028');
const V2029 = published(V2028, '2029');

/** The holders listed under `version`: holders `from`..`to`, and a key to go on after them when `more`. */
function serveHolders(version: string, from: number, to: number, more: boolean) {
  const indices = Array.from({ length: to - from + 1 }, (_, k) => from + k);
  ddb
    .on(QueryCommand, {
      ExpressionAttributeValues: { ':pk': schemeHoldersPartition('ADMINISTRATOR', version) },
    })
    .resolves({
      Items: holdingItems(version, indices),
      ...(more ? { LastEvaluatedKey: holding(version, to) } : {}),
    });
  serveCertificatesInForce(ddb, version);
}

const message = (overrides: Record<string, unknown> = {}) => ({
  type: 'SchemeEnrolmentRequested',
  version: 1,
  scheme: 'ADMINISTRATOR',
  targetVersion: '2029',
  olderVersion: '2019',
  enrolledOn: '2029-01-05',
  requestedAt: '2029-01-05T03:00:00.000Z',
  correlationId: 'corr-1',
  ...overrides,
});
const deliver = (body: unknown) => handler(sqsEvent(sqsRecord(body, 'm-1')), context);
const sentMessages = () =>
  sqs.commandCalls(SendMessageCommand).map((c) => ({
    queue: c.args[0].input.QueueUrl,
    ...JSON.parse(c.args[0].input.MessageBody!),
  }));
const enrolledKeys = () =>
  ddb.commandCalls(PutCommand).map((c) => {
    const { pk, sk } = c.args[0].input.Item!;
    return { pk, sk };
  });

let output: ReturnType<typeof captureOutput>;
beforeEach(() => {
  output = captureOutput();
  ddb.reset();
  sqs.reset();
  ddb
    .on(QueryCommand, {
      ExpressionAttributeValues: { ':pk': schemePartition('ADMINISTRATOR'), ':prefix': 'VERSION#' },
    })
    .resolves({
      Items: [V2028, V2029].map((v) => ({ ...schemeVersionKey('ADMINISTRATOR', v.sequence), ...v })),
    });
  ddb.on(PutCommand).resolves({});
  sqs.on(SendMessageCommand).resolves({ MessageId: 'm-2' });
});
afterEach(() => output.restore());

describe('scheme enrolment worker (a page of holders per message)', () => {
  it("enrols the page of holders after the message's cursor, each once on the target version, and asks for the next page", async () => {
    serveHolders('2019', 500, 599, true);

    const result = await deliver(message({ cursor: encodeCursor(holding('2019', 499)) }));

    expect(result).toEqual({ batchItemFailures: [] });
    const query = ddb.commandCalls(QueryCommand).find((c) => c.args[0].input.IndexName === 'gsi2')!.args[0]
      .input;
    expect(query).toMatchObject({ Limit: 100, ExclusiveStartKey: holding('2019', 499) });
    expect(enrolledKeys()).toHaveLength(100);
    expect(enrolledKeys()[0]).toEqual(enrolmentKey('ADMINISTRATOR', '2029', '0500-SKTM-ASN-L3-2027'));
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input).toMatchObject({
      Item: { toVersion: '2029', fromVersion: '2019', enrolledOn: '2029-01-05', status: 'TERDAFTAR' },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
    expect(sentMessages()).toEqual([
      {
        ...message({ cursor: encodeCursor(holding('2019', 599)) }),
        queue: QUEUE_URL,
        requestedAt: expect.any(String),
      },
    ]);
  });

  it('after the last page of an older version goes on with the next older one, and after the last asks for nothing more', async () => {
    serveHolders('2019', 0, 9, false);
    await deliver(message());
    expect(sentMessages()).toEqual([
      { ...message({ olderVersion: '2028' }), queue: QUEUE_URL, requestedAt: expect.any(String) },
    ]);

    sqs.resetHistory();
    ddb.resetHistory();
    serveHolders('2028', 10, 14, false);
    await deliver(message({ olderVersion: '2028' }));
    expect(enrolledKeys()).toHaveLength(5);
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input).toMatchObject({ Item: { fromVersion: '2028' } });
    expect(sentMessages()).toEqual([]);
  });

  it('a page delivered again, or gone over by the publication request first, writes nobody twice: its holders are found enrolled, and the page after it is asked for', async () => {
    serveHolders('2019', 0, 99, true);
    ddb.on(PutCommand).rejects(new ConditionalCheckFailedException({ message: 'enrolled', $metadata: {} }));

    const result = await deliver(message());

    expect(result).toEqual({ batchItemFailures: [] });
    expect(enrolledKeys()).toHaveLength(100);
    expect(sentMessages()).toHaveLength(1);
    expect(output.logs('holders enrolled')).toMatchObject([{ olderVersion: '2019', enrolled: 100 }]);
  });

  it("the version's SchemeVersionPublished, as EventBridge delivers it from the outbox, starts at the first page of the oldest version, on the day it was published", async () => {
    serveHolders('2019', 0, 99, true);

    const result = await deliver({
      version: '0',
      id: 'e-1',
      source: 'id.go.bkn.sertifikasi',
      'detail-type': 'SchemeVersionPublished',
      time: '2029-01-05T03:00:00Z',
      detail: {
        eventId: 'SKEMA/ADMINISTRATOR#3',
        scheme: 'ADMINISTRATOR',
        version: '2029',
        sequence: 3,
        effectiveOn: '2029-01-02',
        publishedOn: '2029-01-05',
        correlationId: 'corr-1',
      },
    });

    expect(result).toEqual({ batchItemFailures: [] });
    const query = ddb.commandCalls(QueryCommand).find((c) => c.args[0].input.IndexName === 'gsi2')!.args[0]
      .input;
    expect(query).toMatchObject({
      Limit: 100,
      ExpressionAttributeValues: { ':pk': schemeHoldersPartition('ADMINISTRATOR', '2019') },
    });
    expect(query.ExclusiveStartKey).toBeUndefined();
    expect(enrolledKeys()).toHaveLength(100);
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input.Item).toMatchObject({
      toVersion: '2029',
      fromVersion: '2019',
      enrolledOn: '2029-01-05',
    });
    expect(sentMessages()).toEqual([
      {
        ...message({ cursor: encodeCursor(holding('2019', 99)) }),
        queue: QUEUE_URL,
        requestedAt: expect.any(String),
      },
    ]);
  });

  it('a message naming a version the scheme does not have fails: retried, then kept in the DLQ', async () => {
    // Its only record failed: the whole batch is reported failed, and SQS delivers it again.
    await expect(deliver(message({ targetVersion: '2031' }))).rejects.toThrow(/All records failed/);
    expect(enrolledKeys()).toEqual([]);
    expect(sentMessages()).toEqual([]);
  });
});
