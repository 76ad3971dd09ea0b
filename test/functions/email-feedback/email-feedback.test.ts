import '../helpers/env';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/email-feedback/index';
import { conditionFailed } from '../../adapters/dynamodb/dynamodb-errors';
import { lambdaContext } from '../helpers/context';
import { sqsEvent, sqsRecord } from '../helpers/sqs-event';

const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('email-feedback');
const NOW = '2027-07-15T04:00:00.000Z';

/** SES event publishing's bounce and complaint events, as SNS delivers them raw to the queue. */
const bounce = (bounceType: string, ...addresses: string[]) => ({
  eventType: 'Bounce',
  mail: { messageId: 'ses-0001', timestamp: '2027-07-15T03:00:05.000Z', destination: addresses },
  bounce: {
    bounceType,
    bounceSubType: 'General',
    bouncedRecipients: addresses.map((emailAddress) => ({ emailAddress, action: 'failed', status: '5.1.1' })),
    feedbackId: 'fb-1',
    timestamp: '2027-07-15T03:00:07.000Z',
  },
});
const complaint = (address: string) => ({
  eventType: 'Complaint',
  mail: { messageId: 'ses-0002', timestamp: '2027-07-15T03:00:05.000Z' },
  complaint: {
    complainedRecipients: [{ emailAddress: address }],
    feedbackId: 'fb-2',
    timestamp: '2027-07-15T03:10:00.000Z',
  },
});

const suppressed = () => ddb.commandCalls(PutCommand).map((call) => call.args[0].input.Item);

describe('e-mail feedback worker', () => {
  beforeEach(() => {
    ddb.reset();
    ddb.on(PutCommand).resolves({});
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(NOW));
  });

  afterEach(() => vi.useRealTimers());

  it('suppresses every address of a permanent bounce, in lower case, with the report it came from', async () => {
    // Act
    const result = await handler(
      sqsEvent(sqsRecord(bounce('Permanent', 'Rina@BogorKab.go.id', 'x@bogorkab.go.id'))),
      context,
    );

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(suppressed()).toStrictEqual([
      {
        pk: 'EMAIL#rina@bogorkab.go.id',
        sk: '#SUPPRESSION',
        entity: 'EmailSuppression',
        email: 'rina@bogorkab.go.id',
        reason: 'BOUNCE',
        feedbackId: 'fb-1',
        sesMessageId: 'ses-0001',
        reportedAt: '2027-07-15T03:00:07.000Z',
        recordedAt: NOW,
      },
      expect.objectContaining({ email: 'x@bogorkab.go.id', reason: 'BOUNCE' }),
    ]);
  });

  it('suppresses the address of a complaint', async () => {
    // Act
    await handler(sqsEvent(sqsRecord(complaint('dewi@bogorkab.go.id'))), context);

    // Assess
    expect(suppressed()).toStrictEqual([
      expect.objectContaining({ email: 'dewi@bogorkab.go.id', reason: 'COMPLAINT', feedbackId: 'fb-2' }),
    ]);
  });

  it('keeps the address of a transient bounce (SES already retried; the next notification may reach it)', async () => {
    // Act
    const result = await handler(sqsEvent(sqsRecord(bounce('Transient', 'dewi@bogorkab.go.id'))), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(suppressed()).toEqual([]);
  });

  it('takes a report of an address already suppressed as done (the first report is kept)', async () => {
    // Prepare
    ddb.on(PutCommand).rejects(conditionFailed());

    // Act
    const result = await handler(sqsEvent(sqsRecord(bounce('Permanent', 'rina@bogorkab.go.id'))), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
  });

  it('fails only the record of an event it cannot read', async () => {
    // Prepare
    const unreadable = sqsRecord({ eventType: 'Bounce', mail: {} });
    const good = sqsRecord(complaint('dewi@bogorkab.go.id'));

    // Act
    const result = await handler(sqsEvent(unreadable, good), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [{ itemIdentifier: unreadable.messageId }] });
    expect(suppressed()).toHaveLength(1);
  });
});
