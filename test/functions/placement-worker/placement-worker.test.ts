import '../helpers/env';
import { captureOutput, emfMetric } from '../helpers/output';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import {
  DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/placement-worker/index';
import { lambdaContext } from '../helpers/context';
import { PROGRAM_ID } from '../helpers/programs';
import { sqsEvent, sqsRecord } from '../helpers/sqs-event';
import { aReadyInvitation, INVITATION_QUEUE_URL } from '../invitations/fixtures';
import { writesOf } from '../helpers/writes';

const ddb = mockClient(DynamoDBDocumentClient);
const sqs = mockClient(SQSClient);
const NIP = '198503102010011002';
const participantKey = { pk: `PARTICIPANT#${PROGRAM_ID}#${NIP}`, sk: '#PARTICIPANT' };
const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const participant = (overrides: Record<string, unknown> = {}) => ({
  ...participantKey,
  programId: PROGRAM_ID,
  nip: NIP,
  instansiCode: '3201',
  name: 'Dewi Lestari',
  scheme: 'ADMINISTRATOR',
  position: { title: 'Kepala Bidang', unit: 'BKPSDM', rank: 'III/d' },
  status: 'SET',
  updatedAt: '2026-11-01T00:00:00.000Z',
  ...overrides,
});
const cohort = (number: number, seatsTaken: number, startDate = future(30), registration = 'SCHEDULED') => ({
  programId: PROGRAM_ID,
  number,
  scheme: 'ADMINISTRATOR',
  capacity: 30,
  seatsTaken,
  startDate,
  endDate: startDate,
  registrationOpensOn: startDate,
  registration,
});
const message = (nip = NIP) => ({
  type: 'PlacementRequested',
  version: 1,
  programId: PROGRAM_ID,
  nip,
  scheme: 'ADMINISTRATOR',
  requestedAt: '2026-11-01T00:00:00.000Z',
  correlationId: 'corr-1',
});
const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({
    message: 'cancelled',
    $metadata: {},
    CancellationReasons: codes.map((Code) => ({ Code })),
  });
const place = (...bodies: unknown[]) =>
  handler(sqsEvent(...bodies.map((b) => sqsRecord(b))), lambdaContext());

describe('placement worker', () => {
  beforeEach(() => {
    ddb.reset();
    sqs.reset();
    ddb.on(GetCommand).resolves({ Item: participant() });
    ddb.on(QueryCommand).resolves({ Items: [cohort(19, 0)] });
    ddb.on(TransactWriteCommand).resolves({});
    ddb.on(UpdateCommand).resolves({});
  });

  it("seats a SET participant in a cohort of its level: the cohort's count and the participant's seat in one transaction", async () => {
    // Prepare: a cohort of another level, starting earlier, has free seats too; the draw takes the first choice.
    ddb
      .on(QueryCommand)
      .resolves({ Items: [{ ...cohort(18, 0, future(20)), scheme: 'PENGAWAS' }, cohort(19, 0)] });
    vi.spyOn(Math, 'random').mockReturnValue(0);

    // Act
    const result = await place(message());

    // Assess
    expect(result).toEqual({ batchItemFailures: [] });
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(1);
    expect(writesOf(ddb)).toEqual([
      { op: 'Update', pk: `COHORT#${PROGRAM_ID}#019`, sk: '#COHORT' },
      { op: 'Update', ...participantKey },
    ]);
  });

  it('ANGKATAN-TANGGAL-UJI-LAYAK: tries only cohorts tested on a date the participant is eligible for', async () => {
    // Prepare: cohort 19 is tested earlier than the participant's only eligible test date.
    const later = future(40);
    ddb.on(QueryCommand).resolves({ Items: [cohort(19, 0), cohort(20, 0, later)] });
    ddb.on(TransactWriteCommand).resolves({});

    // Act
    const result = await place({ ...message(), eligibleTestDates: [later] });

    // Assess
    expect(result).toEqual({ batchItemFailures: [] });
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(1);
    expect(writesOf(ddb)).toEqual([
      { op: 'Update', pk: `COHORT#${PROGRAM_ID}#020`, sk: '#COHORT' },
      { op: 'Update', ...participantKey },
    ]);
  });

  it('does nothing for a duplicate delivery: the seat transaction is refused and the participant is seated', async () => {
    ddb.on(TransactWriteCommand).rejects(cancelled('None', 'ConditionalCheckFailed'));
    ddb.on(GetCommand).resolves({ Item: participant({ seat: { cohort: 19, placedAt: 'x' } }) });
    expect(await place(message())).toEqual({ batchItemFailures: [] });
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(1);
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
  });

  it('tries the next cohort when the chosen one filled up meanwhile', async () => {
    ddb.on(QueryCommand).resolves({ Items: [cohort(19, 29), cohort(20, 0, future(40))] });
    ddb.on(TransactWriteCommand).rejectsOnce(cancelled('ConditionalCheckFailed', 'None')).resolves({});
    expect(await place(message())).toEqual({ batchItemFailures: [] });
    const tried = writesOf(ddb)
      .filter((write) => write.sk === '#COHORT')
      .map((write) => write.pk);
    expect(new Set(tried)).toEqual(new Set([`COHORT#${PROGRAM_ID}#019`, `COHORT#${PROGRAM_ID}#020`]));
  });

  it('retries a transaction conflict on the same cohort', async () => {
    ddb.on(TransactWriteCommand).rejectsOnce(cancelled('TransactionConflict', 'None')).resolves({});
    expect(await place(message())).toEqual({ batchItemFailures: [] });
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(2);
  });

  it('puts the participant on the waiting list, once, when every cohort of the level is full', async () => {
    ddb.on(QueryCommand).resolves({ Items: [cohort(19, 30), cohort(20, 30)] });
    expect(await place(message())).toEqual({ batchItemFailures: [] });
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
    expect(writesOf(ddb)).toEqual([{ op: 'Update', ...participantKey }]);
  });

  it.each([
    ['a participant who does not exist', undefined],
    ['a participant not SET by the session', participant({ status: 'PRE_ASSESSMENT' })],
  ])('fails only the record of %s, so it goes to the DLQ after its retries', async (_case, stored) => {
    const OTHER = '199001152015032001';
    ddb
      .on(TransactWriteCommand)
      .callsFake((input: { TransactItems: { Update: { Key: { pk: string } } }[] }) => {
        if (input.TransactItems[1]!.Update.Key.pk === participantKey.pk)
          throw cancelled('None', 'ConditionalCheckFailed');
        return {};
      });
    ddb.on(GetCommand, { Key: participantKey }).resolves({ Item: stored });
    const result = await handler(
      sqsEvent(sqsRecord(message(), 'bad'), sqsRecord(message(OTHER), 'good')),
      lambdaContext(),
    );
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'bad' }]);
  });

  it('fails a malformed message without touching the table', async () => {
    const result = await handler(
      sqsEvent(sqsRecord({ type: 'PlacementRequested', nip: 42 }, 'm')),
      lambdaContext(),
    ).catch((error: Error) => error);
    expect(ddb.calls()).toHaveLength(0);
    expect(result).toBeInstanceOf(Error);
  });

  describe('logs and metrics', () => {
    let output: ReturnType<typeof captureOutput>;
    beforeEach(() => {
      output = captureOutput();
    });
    afterEach(() => {
      output.restore();
    });

    it("counts a seat taken as ParticipantPlaced and logs it with the message's correlationId", async () => {
      // Act
      await place(message());

      // Assess
      expect(output.logs('participant seated')).toEqual([
        expect.objectContaining({ correlationId: 'corr-1', nip: NIP, cohort: 19 }),
      ]);
      const [blob] = output.metrics();
      expect(emfMetric(blob!, 'ParticipantPlaced')).toEqual({
        namespace: 'SertifikasiASN',
        dimensions: [['service']],
        unit: 'Count',
        value: 1,
        service: 'sertifikasi-test',
      });
    });

    it('counts a place on the waiting list as ParticipantWaitlisted', async () => {
      ddb.on(QueryCommand).resolves({ Items: [cohort(19, 30)] });
      await place(message());
      const [blob] = output.metrics();
      expect(emfMetric(blob!, 'ParticipantWaitlisted')).toMatchObject({ value: 1 });
      expect(emfMetric(blob!, 'ParticipantPlaced')).toBeUndefined();
    });

    it('counts nothing, and prints no metrics, for a duplicate delivery', async () => {
      ddb.on(TransactWriteCommand).rejects(cancelled('None', 'ConditionalCheckFailed'));
      ddb.on(GetCommand).resolves({ Item: participant({ seat: { cohort: 19, placedAt: 'x' } }) });
      await place(message());
      expect(output.metrics()).toEqual([]);
    });
  });

  describe('the invitation of one seated in a cohort whose registration is already open', () => {
    const NOW = '2027-07-20T03:00:00.000Z';
    const OTHER = '199001152015032001';
    const invitationSent = (nip = NIP) => ({
      QueueUrl: INVITATION_QUEUE_URL,
      Entries: [
        {
          Id: nip,
          MessageBody: JSON.stringify({
            type: 'InvitationRequested',
            version: 1,
            programId: PROGRAM_ID,
            cohort: 19,
            nip,
            requestedAt: NOW,
            correlationId: 'corr-1',
          }),
        },
      ],
    });
    const seatedIn19 = (invitation?: unknown) =>
      ddb.on(GetCommand).resolves({
        Item: participant({ seat: { cohort: 19, placedAt: NOW }, ...(invitation ? { invitation } : {}) }),
      });
    const alreadySeated = () =>
      ddb.on(TransactWriteCommand).rejects(cancelled('None', 'ConditionalCheckFailed'));

    beforeEach(() => {
      ddb.on(QueryCommand).resolves({ Items: [cohort(19, 0, '2027-08-05', 'OPEN')] });
      sqs.on(SendMessageBatchCommand).resolves({ Successful: [], Failed: [] });
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(NOW));
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('queues the InvitationRequested of the cohort, with the placement message correlationId, once the seat is committed', async () => {
      // Act
      const result = await place(message());

      // Assess
      expect(result).toEqual({ batchItemFailures: [] });
      const sends = sqs.commandCalls(SendMessageBatchCommand);
      expect(sends.map((call) => call.args[0].input)).toStrictEqual([invitationSent()]);
      expect(ddb.commandCalls(TransactWriteCommand)[0]!.calledBefore(sends[0]!)).toBe(true);
    });

    it('queues nothing for a seat in a cohort whose registration is still SCHEDULED (the registration job invites it)', async () => {
      // Prepare
      ddb.on(QueryCommand).resolves({ Items: [cohort(19, 0, '2027-08-05', 'SCHEDULED')] });

      // Act
      await place(message());

      // Assess
      expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(1);
      expect(sqs.calls()).toHaveLength(0);
    });

    it('queues nothing for a place on the waiting list', async () => {
      // Prepare
      ddb.on(QueryCommand).resolves({ Items: [cohort(19, 30, '2027-08-05', 'OPEN')] });

      // Act
      await place(message());

      // Assess
      expect(ddb.commandCalls(UpdateCommand)).toHaveLength(1);
      expect(sqs.calls()).toHaveLength(0);
    });

    it('fails the record when the send fails after the seat, and its redelivery, finding the seat uninvited, sends it', async () => {
      // Prepare
      sqs
        .on(SendMessageBatchCommand)
        .rejectsOnce(new Error('SQS unavailable'))
        .resolves({ Successful: [], Failed: [] });

      // Act: the second record of the batch, another participant, is invited as usual
      const first = await handler(
        sqsEvent(sqsRecord(message(), 'unsent'), sqsRecord(message(OTHER), 'other')),
        lambdaContext(),
      );
      alreadySeated();
      seatedIn19();
      const redelivered = await place(message());

      // Assess
      expect(first.batchItemFailures).toEqual([{ itemIdentifier: 'unsent' }]);
      expect(redelivered).toEqual({ batchItemFailures: [] });
      expect(sqs.commandCalls(SendMessageBatchCommand).map((call) => call.args[0].input)).toStrictEqual([
        invitationSent(),
        invitationSent(OTHER),
        invitationSent(),
      ]);
    });

    it('sends nothing again for a duplicate finding the participant already invited to the cohort, refused included', async () => {
      // Prepare
      alreadySeated();

      // Act
      seatedIn19(aReadyInvitation());
      await place(message());
      seatedIn19({ status: 'REFUSED', cohort: 19, requestedAt: NOW, issuedOn: '2027-07-20', code: 'X' });
      await place(message());

      // Assess
      expect(sqs.calls()).toHaveLength(0);
    });

    it('sends the invitation for a duplicate finding the participant holding only the letter of a cohort left', async () => {
      // Prepare
      alreadySeated();
      seatedIn19(aReadyInvitation({ cohort: 18 }));

      // Act
      await place(message());

      // Assess
      expect(sqs.commandCalls(SendMessageBatchCommand).map((call) => call.args[0].input)).toStrictEqual([
        invitationSent(),
      ]);
    });
  });
});
