import '../helpers/env';
import { captureOutput } from '../helpers/output';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler, runCohortRegistration } from '../../../functions/cohort-registration/index';
import { lambdaContext } from '../helpers/context';
import { writesOf } from '../helpers/writes';
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

/** 15 July 2027 in WIB (still the 14th in UTC): the day the job's two gsi2 queries are bounded by. */
const TODAY_KEY = '2027-07-15#~';
/** What the gsi2 query of cohorts whose registration opens today (or before) answers. */
const due = (...items: Record<string, unknown>[]) =>
  ddb
    .on(QueryCommand, {
      IndexName: 'gsi2',
      ExpressionAttributeValues: { ':pk': 'COHORT_REGISTRATION#SCHEDULED', ':today': TODAY_KEY },
    })
    .resolves({ Items: items });
/** What the gsi2 query of open cohorts starting after today answers. */
const open = (...items: Record<string, unknown>[]) =>
  ddb
    .on(QueryCommand, {
      IndexName: 'gsi2',
      ExpressionAttributeValues: { ':pk': 'COHORT_REGISTRATION#OPEN', ':today': TODAY_KEY },
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

  it('asks for the cohorts due today in WIB, then the open ones, and writes and sends nothing when there are none', async () => {
    // Act
    const result = await runCohortRegistration(NOW, CORRELATION);

    // Assess
    expect(result).toStrictEqual({ opened: [], invited: 0, caughtUp: 0 });
    expect(ddb.commandCalls(QueryCommand)).toHaveLength(2);
    expect(writesOf(ddb)).toStrictEqual([]);
    expect(sqs.calls()).toHaveLength(0);
  });

  it('reads only the cohorts still waiting that have not started: one left unopened past its start (no test site in time) is not read every day after', async () => {
    // Act
    await runCohortRegistration(NOW, CORRELATION);

    // Assess: from the opening day of a cohort starting on 16 July (the day after today in WIB) to today.
    const [scheduled] = ddb.commandCalls(QueryCommand).map((call) => call.args[0].input);
    expect(scheduled).toMatchObject({
      KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :today',
      ExpressionAttributeValues: {
        ':pk': 'COHORT_REGISTRATION#SCHEDULED',
        ':from': '2027-07-02#',
        ':today': TODAY_KEY,
      },
    });
  });

  it('sends one InvitationRequested per seated participant, then opens the cohort', async () => {
    // Prepare
    due(cohortItem(aCohort()));
    seated(PROGRAM_ID, COHORT, NIP, OTHER_NIP);

    // Act
    const result = await runCohortRegistration(NOW, CORRELATION);

    // Assess
    expect(result).toStrictEqual({ opened: [`${PROGRAM_ID}#${COHORT}`], invited: 2, caughtUp: 0 });
    const sends = sqs.commandCalls(SendMessageBatchCommand);
    expect(sends.map((call) => call.args[0].input)).toStrictEqual([
      { QueueUrl: INVITATION_QUEUE_URL, Entries: [invitation(NIP), invitation(OTHER_NIP)] },
    ]);
    expect(writesOf(ddb)).toStrictEqual([{ op: 'Update', ...cohortKey() }]);
    const opens = ddb.commandCalls(UpdateCommand);
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
    expect(writesOf(ddb)).toStrictEqual([{ op: 'Update', ...cohortKey() }]);
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
    expect(writesOf(ddb)).toStrictEqual([{ op: 'Update', ...cohortKey(3, OTHER_PROGRAM_ID) }]);
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
