import '../helpers/env';
import { SendEmailCommand, SESv2Client, TooManyRequestsException } from '@aws-sdk/client-sesv2';
import {
  BatchGetCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/notification-worker/index';
import { NotificationRequested } from '../../../events/messages/notification-requested';
import type { CertificateIssued } from '../../../events/messages/certificate-events';
import { conditionFailed } from '../../adapters/dynamodb/dynamodb-errors';
import { lambdaContext } from '../helpers/context';
import { EMAIL_CONFIGURATION_SET, EMAIL_SENDER, TABLE_NAME } from '../helpers/env';
import { sqsEvent, sqsRecord } from '../helpers/sqs-event';

const ddb = mockClient(DynamoDBDocumentClient);
const ses = mockClient(SESv2Client);
const context = lambdaContext('notification-worker');

const PROGRAM = 'prg_0f8fad5b-d9cb-469f-a165-70867728950e';
const NIP = '198503102010011002';
const NOW = '2027-07-15T03:00:05.000Z';
const EXAMPLE = (NotificationRequested.meta()!.examples as NotificationRequested[])[0]!;
const message = (overrides: Partial<NotificationRequested> = {}) =>
  ({ ...structuredClone(EXAMPLE), ...overrides }) as NotificationRequested;
const NOTIFICATION_KEY = {
  pk: `PARTICIPANT#${PROGRAM}#${NIP}`,
  sk: `NOTIFICATION#${EXAMPLE.notificationId}`,
};
const SUPPRESSION_KEY = { pk: `EMAIL#${EXAMPLE.to.email}`, sk: '#SUPPRESSION' };

const put = () => ddb.commandCalls(PutCommand).map((call) => call.args[0].input.Item);
const sent = () => ses.commandCalls(SendEmailCommand).map((call) => call.args[0].input);

describe('notification worker', () => {
  beforeEach(() => {
    ddb.reset();
    ses.reset();
    ddb.on(GetCommand).resolves({});
    ddb.on(BatchGetCommand).resolves({});
    ddb.on(PutCommand).resolves({});
    ddb.on(UpdateCommand).resolves({});
    ddb.on(DeleteCommand).resolves({});
    ses.on(SendEmailCommand).resolves({ MessageId: 'ses-0001' });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(NOW));
  });

  afterEach(() => vi.useRealTimers());

  it('claims the notification, sends it through SES v2 from the sender in the configuration set, and records it SENT with the message id', async () => {
    // Act
    const result = await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    const [claim] = put();
    expect(claim).toMatchObject({ ...NOTIFICATION_KEY, status: 'SENDING', email: EXAMPLE.to.email });
    expect(sent()).toStrictEqual([
      {
        FromEmailAddress: EMAIL_SENDER,
        Destination: { ToAddresses: [EXAMPLE.to.email] },
        Content: {
          Simple: {
            Subject: {
              Data: 'Undangan Sertifikasi Kompetensi Teknis Manajemen ASN 2027 Angkatan 19',
              Charset: 'UTF-8',
            },
            Body: {
              Text: { Data: expect.stringContaining('Yth. Dewi Lestari, S.Sos.,'), Charset: 'UTF-8' },
              Html: { Data: expect.stringContaining('<html lang="id">'), Charset: 'UTF-8' },
            },
          },
        },
        ConfigurationSetName: EMAIL_CONFIGURATION_SET,
        EmailTags: [{ Name: 'kind', Value: 'UNDANGAN' }],
      },
    ]);
    const [update] = ddb.commandCalls(UpdateCommand).map((call) => call.args[0].input);
    expect(update).toMatchObject({
      TableName: TABLE_NAME,
      Key: NOTIFICATION_KEY,
      ExpressionAttributeValues: {
        ':sent': 'SENT',
        ':claim': claim!.claimId,
        ':messageId': 'ses-0001',
        ':at': NOW,
      },
    });
  });

  it('sends nothing for a notification id already recorded (a redelivery, or the same event asked again)', async () => {
    // Prepare: the claim finds the record there; read only then
    ddb.on(PutCommand).rejects(conditionFailed());
    ddb
      .on(GetCommand, { Key: NOTIFICATION_KEY })
      .resolves({ Item: { ...NOTIFICATION_KEY, status: 'SENT', messageId: 'ses-0001' } });

    // Act
    const result = await handler(sqsEvent(sqsRecord(message()), sqsRecord(message())), context);

    // Assess: each record tried its claim (conditional), read the record once, and sent nothing
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(sent()).toEqual([]);
    expect(put().map((item) => [item!.status, item!.notificationId])).toEqual([
      ['SENDING', message().notificationId],
      ['SENDING', message().notificationId],
    ]);
    expect(ddb.commandCalls(GetCommand, { Key: NOTIFICATION_KEY })).toHaveLength(2);
  });

  it('sends nothing when a concurrent delivery claimed it first, and retries while that claim is unsettled', async () => {
    // Prepare: the claim loses the race; the record read then is the other delivery's claim
    ddb.on(PutCommand).rejects(conditionFailed());
    ddb
      .on(GetCommand, { Key: NOTIFICATION_KEY })
      .resolvesOnce({})
      .resolves({ Item: { ...NOTIFICATION_KEY, status: 'SENDING', claimId: 'other' } });
    // Act
    const failed = handler(sqsEvent(sqsRecord(message())), context);

    // Assess: the record fails, so SQS delivers it again
    await expect(failed).rejects.toThrow(/All records failed/);
    expect(sent()).toEqual([]);
  });

  it("skips an address SES reported bounced for good, and records the notification SUPPRESSED; a batch's addresses are read in one BatchGetItem", async () => {
    // Prepare: the batch e-mails the suppressed address and another
    const other = message({
      notificationId: `${EXAMPLE.notificationId}-2`,
      to: { email: 'Budi@BogorKab.go.id', name: 'Budi' },
    });
    ddb.on(BatchGetCommand).resolves({
      Responses: {
        [TABLE_NAME]: [{ ...SUPPRESSION_KEY, email: EXAMPLE.to.email, reason: 'BOUNCE' }],
      },
    });

    // Act
    const result = await handler(sqsEvent(sqsRecord(message()), sqsRecord(other)), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(sent().map((email) => email.Destination?.ToAddresses)).toEqual([['Budi@BogorKab.go.id']]);
    expect(put()).toStrictEqual([
      expect.objectContaining({
        ...NOTIFICATION_KEY,
        status: 'SUPPRESSED',
        suppressedBecause: 'BOUNCE',
        recordedAt: NOW,
      }),
      expect.objectContaining({ status: 'SENDING', email: 'Budi@BogorKab.go.id' }),
    ]);
    expect(ddb.commandCalls(BatchGetCommand).map((call) => call.args[0].input)).toStrictEqual([
      {
        RequestItems: {
          [TABLE_NAME]: {
            Keys: [SUPPRESSION_KEY, { pk: 'EMAIL#budi@bogorkab.go.id', sk: '#SUPPRESSION' }],
            ConsistentRead: true,
          },
        },
      },
    ]);
    expect(ddb.commandCalls(GetCommand, { Key: SUPPRESSION_KEY })).toHaveLength(0);
  });

  it('records NO_ADDRESS for a recipient without an e-mail address, sending nothing', async () => {
    // Act
    const result = await handler(
      sqsEvent(sqsRecord(message({ to: { email: null, name: EXAMPLE.to.name } }))),
      context,
    );

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(sent()).toEqual([]);
    expect(put()).toStrictEqual([
      expect.objectContaining({ ...NOTIFICATION_KEY, status: 'NO_ADDRESS', email: null }),
    ]);
  });

  it('gives its claim up and fails the record when SES refuses, so the queue retries it (then the DLQ)', async () => {
    // Prepare
    ses
      .on(SendEmailCommand)
      .rejects(new TooManyRequestsException({ message: 'Maximum sending rate exceeded.', $metadata: {} }));
    // Act
    const failed = handler(sqsEvent(sqsRecord(message())), context);

    // Assess: the record fails, so SQS delivers it again
    await expect(failed).rejects.toThrow(/All records failed/);
    const [claim] = put();
    expect(ddb.commandCalls(DeleteCommand).map((call) => call.args[0].input)).toStrictEqual([
      expect.objectContaining({
        Key: NOTIFICATION_KEY,
        ExpressionAttributeValues: { ':sending': 'SENDING', ':claim': claim!.claimId },
      }),
    ]);
    expect(ddb.commandCalls(UpdateCommand)).toEqual([]);
  });

  it('e-mails the holder of an issued certificate (CertificateIssued from EventBridge) its download route and verification page', async () => {
    // Prepare
    process.env.PUBLIC_BASE_URL = 'https://sertifikasi.bkn.go.id';
    const detail: CertificateIssued = {
      eventId: '0042/SKTM-ASN/L3/2027#0',
      registrationNumber: '0042/SKTM-ASN/L3/2027',
      programId: PROGRAM,
      nip: NIP,
      instansiCode: '3201',
      scheme: 'ADMINISTRATOR',
      decisionId: 'dec_1',
      issuedOn: '2027-08-20',
      sha256: '63b8c5add45fe7a5c8547baed97af63b99a6d69b72ea12f321ee131c21571161',
    };
    const holderKey = { pk: `PARTICIPANT#${PROGRAM}#${NIP}`, sk: '#PARTICIPANT' };
    const suppressionKey = { pk: 'EMAIL#dewi@bogorkab.go.id', sk: '#SUPPRESSION' };
    ddb
      .on(BatchGetCommand, { RequestItems: { [TABLE_NAME]: { Keys: [holderKey], ConsistentRead: true } } })
      .resolves({
        Responses: {
          [TABLE_NAME]: [
            {
              ...holderKey,
              programId: PROGRAM,
              nip: NIP,
              name: 'Dewi Lestari, S.Sos.',
              contact: { email: 'dewi@bogorkab.go.id' },
            },
          ],
        },
      });
    const envelope = {
      version: '0',
      id: 'evt-1',
      'detail-type': 'CertificateIssued',
      source: 'id.go.bkn.sertifikasi',
      time: '2027-08-20T03:00:00Z',
      detail,
    };

    // Act
    const result = await handler(sqsEvent(sqsRecord(envelope)), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(put()[0]).toMatchObject({
      sk: 'NOTIFICATION#SERTIFIKAT_TERBIT#0042/SKTM-ASN/L3/2027#0',
      kind: 'SERTIFIKAT_TERBIT',
    });
    const [email] = sent();
    expect(email!.Destination).toStrictEqual({ ToAddresses: ['dewi@bogorkab.go.id'] });
    expect(email!.Content!.Simple!.Subject!.Data).toBe(
      'Sertifikat kompetensi Administrator Anda telah terbit',
    );
    const text = email!.Content!.Simple!.Body!.Text!.Data!;
    expect(text).toContain('https://sertifikasi.bkn.go.id/certificates/0042-SKTM-ASN-L3-2027');
    expect(text).toContain('https://sertifikasi.bkn.go.id/verifikasi/0042/SKTM-ASN/L3/2027');
    expect(text).not.toContain('X-Amz-');
    // The batch's holders read at once (S17), then the suppressions of its addresses, theirs included (EM7).
    expect(ddb.commandCalls(BatchGetCommand).map((call) => call.args[0].input)).toStrictEqual([
      { RequestItems: { [TABLE_NAME]: { Keys: [holderKey], ConsistentRead: true } } },
      { RequestItems: { [TABLE_NAME]: { Keys: [suppressionKey], ConsistentRead: true } } },
    ]);
    expect(ddb.commandCalls(GetCommand)).toHaveLength(0);
  });

  it('fails only the record of a message that is not a notification request', async () => {
    // Prepare
    const bad = sqsRecord({ ...message(), kind: 'SURAT_CINTA' });
    const good = sqsRecord(message());

    // Act
    const result = await handler(sqsEvent(bad, good), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [{ itemIdentifier: bad.messageId }] });
    expect(sent()).toHaveLength(1);
  });
});
