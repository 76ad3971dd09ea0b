import '../helpers/env';
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { runConfirmationReminders } from '../../../functions/confirmation-reminder/index';
import { NOTIFICATION_QUEUE_URL } from '../helpers/env';
import { aProgram, programItem, programKey, PROGRAM_ID } from '../helpers/programs';
import { NIP, OTHER_NIP } from '../helpers/proposals';
import {
  aCohort,
  aReadyInvitation,
  aSeatedParticipant,
  cohortItem,
  COHORT,
  participantItem,
  seatsPartition,
  START_DATE,
} from '../invitations/fixtures';

const ddb = mockClient(DynamoDBDocumentClient);
const sqs = mockClient(SQSClient);
/** A third seated participant, whose invitation is not issued yet. */
const THIRD_NIP = '198704202011011003';
/** 08:00 WIB on Monday 26 July 2027, three days before cohort 19 starts. */
const THREE_DAYS_BEFORE = new Date('2027-07-26T01:00:00.000Z');
const CONTACT = { email: 'dewi.lestari@bogorkab.go.id' };

const asked = () =>
  sqs
    .commandCalls(SendMessageBatchCommand)
    .flatMap((call) => call.args[0].input.Entries!.map((entry) => JSON.parse(entry.MessageBody!)));

describe('confirmation reminder job', () => {
  beforeEach(() => {
    ddb.reset();
    sqs.reset();
    process.env.PUBLIC_BASE_URL = 'https://sertifikasi.bkn.go.id';
    sqs.on(SendMessageBatchCommand).resolves({ Successful: [], Failed: [] });
    ddb
      .on(QueryCommand, { IndexName: 'gsi2' })
      .resolves({ Items: [cohortItem(aCohort({ registration: 'OPEN' }))] });
    ddb
      .on(QueryCommand, { IndexName: 'gsi1', ExpressionAttributeValues: { ':pk': seatsPartition() } })
      .resolves({
        Items: [
          participantItem(aSeatedParticipant({ invitation: aReadyInvitation(), contact: CONTACT })),
          participantItem(aSeatedParticipant({ nip: OTHER_NIP, invitation: aReadyInvitation() })),
          participantItem(aSeatedParticipant({ nip: THIRD_NIP })),
        ],
      });
    // OTHER_NIP answered the confirmation for cohort 19; NIP did not.
    ddb
      .on(QueryCommand, { ExpressionAttributeValues: { ':pk': `PARTICIPANT#${PROGRAM_ID}#${NIP}` } })
      .resolves({ Items: [] });
    ddb
      .on(QueryCommand, { ExpressionAttributeValues: { ':pk': `PARTICIPANT#${PROGRAM_ID}#${OTHER_NIP}` } })
      .resolves({
        Items: [
          {
            pk: `PARTICIPANT#${PROGRAM_ID}#${OTHER_NIP}`,
            sk: 'TRAINING#CONFIRMATION',
            cohort: COHORT,
            attending: false,
            version: 1,
          },
        ],
      });
    ddb.on(GetCommand, { Key: programKey(PROGRAM_ID) }).resolves({ Item: programItem(aProgram()) });
  });

  it('asks one PENGINGAT_KONFIRMASI for each invited participant who has not answered, three days before the cohort', async () => {
    // Act
    const run = await runConfirmationReminders(THREE_DAYS_BEFORE, 'run-1');

    // Assess
    expect(run).toStrictEqual({ reminded: 1 });
    expect(sqs.commandCalls(SendMessageBatchCommand)[0]!.args[0].input.QueueUrl).toBe(NOTIFICATION_QUEUE_URL);
    expect(asked()).toStrictEqual([
      {
        type: 'NotificationRequested',
        version: 1,
        notificationId: `PENGINGAT_KONFIRMASI#${PROGRAM_ID}#${NIP}#${COHORT}`,
        kind: 'PENGINGAT_KONFIRMASI',
        to: { email: CONTACT.email, name: 'Dewi Lestari, S.Sos.' },
        about: { programId: PROGRAM_ID, nip: NIP },
        fields: {
          programName: aProgram().name,
          cohort: COHORT,
          startDate: START_DATE,
          confirmBy: '2027-07-28',
          link: `https://sertifikasi.bkn.go.id/programs/${PROGRAM_ID}/participants/${NIP}/invitation`,
        },
        requestedAt: THREE_DAYS_BEFORE.toISOString(),
        correlationId: 'run-1',
      },
    ]);
  });

  it('reads no seats and asks nothing while the cohort is further away', async () => {
    // Act
    const run = await runConfirmationReminders(new Date('2027-07-25T01:00:00.000Z'), 'run-0');

    // Assess
    expect(run).toStrictEqual({ reminded: 0 });
    expect(ddb.commandCalls(QueryCommand, { IndexName: 'gsi1' })).toHaveLength(0);
    expect(sqs.calls()).toHaveLength(0);
  });
});
