import '../helpers/env';
import { captureOutput } from '../helpers/output';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { SendMessageBatchCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import {
  DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type GetCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/seating/index';
import { apiEvent, bodyOf, REQUEST_ID } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { PROGRAM_ID } from '../helpers/programs';
import { bknAdmin, NIP } from '../helpers/proposals';
import {
  aCohort,
  aReadyInvitation,
  aSeatedParticipant,
  cohortItem,
  INVITATION_QUEUE_URL,
  participantItem,
} from '../invitations/fixtures';

/*
 * BKN moves a participant (functions/seating/move-participant.ts): moved into a cohort whose registration is
 * open, the participant is invited without anyone asking; the letter of the cohort left stops being theirs.
 */
const ddb = mockClient(DynamoDBDocumentClient);
const sqs = mockClient(SQSClient);
const context = lambdaContext('seating');
/** 10:00 WIB on 20 July 2027: cohort 19 starts on the 29th, cohort 21 on 5 August. */
const NOW = '2027-07-20T03:00:00.000Z';
const PLACEMENT_QUEUE = 'https://sqs.ap-southeast-3.amazonaws.com/123456789012/placement';

const move = (toCohort: number) =>
  handler(
    apiEvent('POST /programs/{programId}/participants/{nip}/move', {
      pathParameters: { programId: PROGRAM_ID, nip: NIP },
      body: { toCohort },
      claims: bknAdmin(),
    }),
    context,
  );

/** Answers GetItem from `items` by key, as DynamoDB would. */
function serve(...items: Record<string, unknown>[]) {
  ddb.on(GetCommand).callsFake((input: GetCommandInput) => {
    const item = items.find((i) => i.pk === input.Key?.pk && i.sk === input.Key?.sk);
    return item ? { Item: structuredClone(item) } : {};
  });
}

const cohort21 = (registration: 'SCHEDULED' | 'OPEN') =>
  cohortItem(
    aCohort({
      number: 21,
      startDate: '2027-08-05',
      endDate: '2027-08-06',
      registrationOpensOn: '2027-07-22',
      registration,
    }),
  );

const invitationTo21 = {
  QueueUrl: INVITATION_QUEUE_URL,
  Entries: [
    {
      Id: NIP,
      MessageBody: JSON.stringify({
        type: 'InvitationRequested',
        version: 1,
        programId: PROGRAM_ID,
        cohort: 21,
        nip: NIP,
        requestedAt: NOW,
        correlationId: REQUEST_ID,
      }),
    },
  ],
};

describe('POST /programs/{programId}/participants/{nip}/move (moveParticipant): the invitation without asking', () => {
  beforeEach(() => {
    ddb.reset();
    sqs.reset();
    process.env.PLACEMENT_QUEUE_URL = PLACEMENT_QUEUE;
    serve(
      participantItem(aSeatedParticipant({ invitation: aReadyInvitation() })),
      cohortItem(aCohort({ registration: 'OPEN' })),
      cohort21('OPEN'),
    );
    ddb.on(TransactWriteCommand).resolves({});
    ddb.on(QueryCommand).resolves({ Items: [] });
    sqs.on(SendMessageBatchCommand).resolves({ Successful: [], Failed: [] });
    sqs.on(SendMessageCommand).resolves({ MessageId: 'm-1' });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(NOW));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('queues the InvitationRequested of the cohort moved into when its registration is open, after the move commits', async () => {
    // Act
    const result = await move(21);

    // Assess
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toMatchObject({ seat: { cohort: 21, placedAt: NOW }, updatedAt: NOW });
    // The letter of the cohort left is no longer theirs, and the contract's Participant carries none.
    expect(bodyOf(result)).not.toHaveProperty('invitation');
    const sends = sqs.commandCalls(SendMessageBatchCommand);
    expect(sends.map((call) => call.args[0].input)).toStrictEqual([invitationTo21]);
    expect(ddb.commandCalls(TransactWriteCommand)[0]!.calledBefore(sends[0]!)).toBe(true);
  });

  it('queues nothing when the registration of the cohort moved into is still SCHEDULED (the job invites it when it opens)', async () => {
    // Prepare
    serve(
      participantItem(aSeatedParticipant({ invitation: aReadyInvitation() })),
      cohortItem(aCohort({ registration: 'OPEN' })),
      cohort21('SCHEDULED'),
    );

    // Act
    const result = await move(21);

    // Assess
    expect(result.statusCode).toBe(200);
    expect(sqs.commandCalls(SendMessageBatchCommand)).toHaveLength(0);
  });

  it('queues nothing when the move is refused', async () => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(
      new TransactionCanceledException({
        message: 'cancelled',
        $metadata: {},
        CancellationReasons: [{ Code: 'None' }, { Code: 'ConditionalCheckFailed' }, { Code: 'None' }],
      }),
    );

    // Act
    const result = await move(21);

    // Assess
    expect(result.statusCode).toBe(409);
    expect(sqs.calls()).toHaveLength(0);
  });

  it('answers 200 when the send fails after the move, logging that the registration job will queue it', async () => {
    // Prepare
    sqs.on(SendMessageBatchCommand).rejects(new Error('SQS unavailable'));
    const output = captureOutput();

    // Act
    const result = await move(21).finally(() => output.restore());

    // Assess
    expect(result.statusCode).toBe(200);
    expect(
      output.logs('invitation of a moved participant not queued; the registration job will queue it'),
    ).toEqual([expect.objectContaining({ level: 'ERROR', nip: NIP, cohort: 21 })]);
  });

  it('still gives the seat given back to whoever waits longest', async () => {
    // Prepare
    const WAITING = '199001152015032001';
    ddb.on(QueryCommand).resolves({ Items: [{ nip: WAITING }] });

    // Act
    await move(21);

    // Assess
    expect(sqs.commandCalls(SendMessageCommand)).toHaveLength(1);
    expect(JSON.parse(sqs.commandCalls(SendMessageCommand)[0]!.args[0].input.MessageBody!)).toMatchObject({
      type: 'PlacementRequested',
      nip: WAITING,
    });
  });
});
