import '../helpers/env';
import { captureOutput } from '../helpers/output';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler, runCohortRegistration } from '../../../functions/cohort-registration/index';
import { lambdaContext } from '../helpers/context';
import { TABLE_NAME } from '../helpers/env';
import { OTHER_PROGRAM_ID, PROGRAM_ID } from '../helpers/programs';
import { NIP, OTHER_NIP } from '../helpers/proposals';
import {
  aCohort,
  aReadyInvitation,
  aSeatedParticipant,
  cohortItem,
  cohortKey,
  COHORT,
  INVITATION_QUEUE_URL,
  OPENS_AT,
  participantItem,
  seatsPartition,
} from '../invitations/fixtures';

const ddb = mockClient(DynamoDBDocumentClient);
const sqs = mockClient(SQSClient);
const context = lambdaContext('cohort-registration');
const NOW = new Date(OPENS_AT);
const CORRELATION = 'run-2027-07-15';

const due = (...items: Record<string, unknown>[]) =>
  ddb
    .on(QueryCommand, {
      IndexName: 'gsi2',
      ExpressionAttributeValues: { ':pk': 'COHORT_REGISTRATION#SCHEDULED' },
    })
    .resolves({ Items: items });
const open = (...items: Record<string, unknown>[]) =>
  ddb
    .on(QueryCommand, {
      IndexName: 'gsi2',
      ExpressionAttributeValues: { ':pk': 'COHORT_REGISTRATION#OPEN' },
    })
    .resolves({ Items: items });
const seatedAs = (
  programId: string,
  number: number,
  ...participants: Parameters<typeof aSeatedParticipant>[0][]
) =>
  ddb
    .on(QueryCommand, {
      IndexName: 'gsi1',
      ExpressionAttributeValues: { ':pk': seatsPartition(number, programId) },
    })
    .resolves({
      Items: participants.map((p) =>
        participantItem(
          aSeatedParticipant({ programId, seat: { cohort: number, placedAt: OPENS_AT }, ...p }),
        ),
      ),
    });
const seated = (programId: string, number: number, ...nips: string[]) =>
  seatedAs(programId, number, ...nips.map((nip) => ({ nip })));

const invitation = (nip: string, programId = PROGRAM_ID, cohort = COHORT) => ({
  Id: nip,
  MessageBody: JSON.stringify({
    type: 'InvitationRequested',
    version: 1,
    programId,
    cohort,
    nip,
    requestedAt: OPENS_AT,
    correlationId: CORRELATION,
  }),
});

describe('cohort-registration job (runCohortRegistration)', () => {
  beforeEach(() => {
    ddb.reset();
    sqs.reset();
    ddb.on(QueryCommand).resolves({ Items: [] });
    ddb.on(UpdateCommand).resolves({});
    sqs.on(SendMessageBatchCommand).resolves({ Successful: [], Failed: [] });
  });

  it('queries gsi2 for SCHEDULED cohorts whose registration opens on or before today in WIB, then for OPEN ones starting after today', async () => {
    // Act
    const result = await runCohortRegistration(NOW, CORRELATION);

    // Assess
    expect(result).toStrictEqual({ opened: [], invited: 0, caughtUp: 0 });
    expect(ddb.commandCalls(QueryCommand).map((call) => call.args[0].input)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        IndexName: 'gsi2',
        KeyConditionExpression: '#pk = :pk AND #sk <= :today',
        ExpressionAttributeNames: { '#pk': 'gsi2pk', '#sk': 'gsi2sk' },
        ExpressionAttributeValues: { ':pk': 'COHORT_REGISTRATION#SCHEDULED', ':today': '2027-07-15#~' },
      },
      {
        TableName: TABLE_NAME,
        IndexName: 'gsi2',
        KeyConditionExpression: '#pk = :pk AND #sk > :today',
        ExpressionAttributeNames: { '#pk': 'gsi2pk', '#sk': 'gsi2sk' },
        ExpressionAttributeValues: { ':pk': 'COHORT_REGISTRATION#OPEN', ':today': '2027-07-15#~' },
      },
    ]);
    expect(sqs.calls()).toHaveLength(0);
  });

  it('sends one InvitationRequested per seated participant, then opens the cohort conditionally, moving it to the open cohorts of gsi2', async () => {
    // Prepare
    due(cohortItem(aCohort()));
    seated(PROGRAM_ID, COHORT, NIP, OTHER_NIP);

    // Act
    const result = await runCohortRegistration(NOW, CORRELATION);

    // Assess
    expect(result).toStrictEqual({ opened: [`${PROGRAM_ID}#${COHORT}`], invited: 2, caughtUp: 0 });
    expect(ddb.commandCalls(QueryCommand)[1]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      IndexName: 'gsi1',
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': 'gsi1pk' },
      ExpressionAttributeValues: { ':pk': seatsPartition() },
    });
    const sends = sqs.commandCalls(SendMessageBatchCommand);
    expect(sends.map((call) => call.args[0].input)).toStrictEqual([
      { QueueUrl: INVITATION_QUEUE_URL, Entries: [invitation(NIP), invitation(OTHER_NIP)] },
    ]);
    const opens = ddb.commandCalls(UpdateCommand);
    expect(opens.map((call) => call.args[0].input)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Key: cohortKey(),
        ConditionExpression: '#registration = :scheduled',
        UpdateExpression: 'SET #registration = :open, #g2pk = :g2pk, #g2sk = :g2sk',
        ExpressionAttributeNames: { '#registration': 'registration', '#g2pk': 'gsi2pk', '#g2sk': 'gsi2sk' },
        ExpressionAttributeValues: {
          ':scheduled': 'SCHEDULED',
          ':open': 'OPEN',
          ':g2pk': 'COHORT_REGISTRATION#OPEN',
          ':g2sk': `2027-07-29#${PROGRAM_ID}#019`,
        },
      },
    ]);
    expect(sends[0]!.calledBefore(opens[0]!)).toBe(true);
  });

  it('TUK-VERIFIKASI-SETIAP-PENGGUNAAN: leaves a cohort without a verified test site SCHEDULED and invites nobody', async () => {
    due(cohortItem(aCohort({ testSite: undefined })));
    const result = await runCohortRegistration(NOW, CORRELATION);
    expect(result).toEqual({ opened: [], invited: 0, caughtUp: 0 });
    expect(sqs.commandCalls(SendMessageBatchCommand)).toHaveLength(0);
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
  });

  it('opens a cohort nobody sits in without sending anything', async () => {
    // Prepare
    due(cohortItem(aCohort()));

    // Act
    const result = await runCohortRegistration(NOW, CORRELATION);

    // Assess
    expect(result).toStrictEqual({ opened: [`${PROGRAM_ID}#${COHORT}`], invited: 0, caughtUp: 0 });
    expect(sqs.calls()).toHaveLength(0);
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(1);
  });

  it('does not count a cohort another run opened first (conditional update failed)', async () => {
    // Prepare
    due(cohortItem(aCohort()));
    seated(PROGRAM_ID, COHORT, NIP);
    ddb
      .on(UpdateCommand)
      .rejects(
        new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} }),
      );

    // Act
    const result = await runCohortRegistration(NOW, CORRELATION);

    // Assess
    expect(result).toStrictEqual({ opened: [], invited: 0, caughtUp: 0 });
    expect(sqs.commandCalls(SendMessageBatchCommand)).toHaveLength(1);
  });

  it('leaves a cohort SCHEDULED when SQS refuses its invitations, opens the others, then fails the run', async () => {
    // Prepare
    due(cohortItem(aCohort()), cohortItem(aCohort({ programId: OTHER_PROGRAM_ID, number: 3 })));
    seated(PROGRAM_ID, COHORT, NIP);
    seated(OTHER_PROGRAM_ID, 3, OTHER_NIP);
    sqs
      .on(SendMessageBatchCommand, { Entries: [invitation(NIP)] })
      .resolves({ Successful: [], Failed: [{ Id: NIP, Code: 'InternalError', SenderFault: false }] });

    // Act
    const run = runCohortRegistration(NOW, CORRELATION);

    // Assess
    await expect(run).rejects.toThrow(`Cohort registration failed for ${PROGRAM_ID}#${COHORT}`);
    expect(ddb.commandCalls(UpdateCommand).map((call) => call.args[0].input.Key)).toStrictEqual([
      cohortKey(3, OTHER_PROGRAM_ID),
    ]);
  });

  it('invites whoever sits in an open cohort without its invitation (moved or seated there after it opened), and nobody else', async () => {
    // Prepare
    const THIRD = '199001012015031009';
    open(cohortItem(aCohort({ registration: 'OPEN' })));
    seatedAs(
      PROGRAM_ID,
      COHORT,
      { nip: NIP, invitation: aReadyInvitation() },
      { nip: OTHER_NIP, invitation: aReadyInvitation({ cohort: 18 }) },
      { nip: THIRD },
    );

    // Act
    const result = await runCohortRegistration(NOW, CORRELATION);

    // Assess
    expect(result).toStrictEqual({ opened: [], invited: 0, caughtUp: 2 });
    expect(sqs.commandCalls(SendMessageBatchCommand).map((call) => call.args[0].input)).toStrictEqual([
      { QueueUrl: INVITATION_QUEUE_URL, Entries: [invitation(OTHER_NIP), invitation(THIRD)] },
    ]);
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
  });

  it('does not invite again, in the same run, the cohort it has just opened', async () => {
    // Prepare
    due(cohortItem(aCohort()));
    open(cohortItem(aCohort({ registration: 'OPEN' })));
    seated(PROGRAM_ID, COHORT, NIP);

    // Act
    const result = await runCohortRegistration(NOW, CORRELATION);

    // Assess
    expect(result).toStrictEqual({ opened: [`${PROGRAM_ID}#${COHORT}`], invited: 1, caughtUp: 0 });
    expect(sqs.commandCalls(SendMessageBatchCommand)).toHaveLength(1);
  });

  it('fails the run when SQS refuses the invitations of an open cohort, after the other cohorts', async () => {
    // Prepare
    open(
      cohortItem(aCohort({ registration: 'OPEN' })),
      cohortItem(aCohort({ registration: 'OPEN', programId: OTHER_PROGRAM_ID, number: 3 })),
    );
    seated(PROGRAM_ID, COHORT, NIP);
    seated(OTHER_PROGRAM_ID, 3, OTHER_NIP);
    sqs
      .on(SendMessageBatchCommand, { Entries: [invitation(NIP)] })
      .resolves({ Successful: [], Failed: [{ Id: NIP, Code: 'InternalError', SenderFault: false }] });

    // Act
    const run = runCohortRegistration(NOW, CORRELATION);

    // Assess
    await expect(run).rejects.toThrow(`Cohort registration failed for ${PROGRAM_ID}#${COHORT}`);
    expect(sqs.commandCalls(SendMessageBatchCommand)).toHaveLength(2);
  });

  it('fails the run, opening nothing, when the due query itself fails', async () => {
    // Prepare
    ddb.on(QueryCommand).rejects(new Error('ProvisionedThroughputExceededException'));

    // Act
    const run = runCohortRegistration(NOW, CORRELATION);

    // Assess
    await expect(run).rejects.toThrow('ProvisionedThroughputExceededException');
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
    expect(sqs.calls()).toHaveLength(0);
  });

  describe('handler', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('runs at the current time and correlates its log lines and the messages with the Lambda request id', async () => {
      // Prepare
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(NOW);
      due(cohortItem(aCohort()));
      seated(PROGRAM_ID, COHORT, NIP);
      const output = captureOutput();

      // Act
      const result = await handler(
        { source: 'aws.events', 'detail-type': 'Scheduled Event' },
        context,
      ).finally(() => output.restore());

      // Assess
      expect(result).toStrictEqual({ opened: [`${PROGRAM_ID}#${COHORT}`], invited: 1, caughtUp: 0 });
      const body = JSON.parse(
        sqs.commandCalls(SendMessageBatchCommand)[0]!.args[0].input.Entries![0]!.MessageBody!,
      );
      expect(body.correlationId).toBe(context.awsRequestId);
      expect(output.logs('cohort registrations opened')).toEqual([
        expect.objectContaining({ correlationId: context.awsRequestId, invited: 1 }),
      ]);
    });
  });
});
