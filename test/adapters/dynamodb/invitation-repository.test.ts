import '../../functions/helpers/env';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { findInstansi, instansiByCode } from '../../../adapters/dynamodb/instansi-repository';
import {
  allocateInvitation,
  findInvitationSigner,
  invitationOf,
  invitationRegister,
  lastInvitationSequence,
  recordInvitationReady,
  recordInvitationReceipt,
  recordInvitationRefused,
  saveInvitationSigner,
} from '../../../adapters/dynamodb/invitation-repository';
import { findProgram } from '../../../adapters/dynamodb/program-repository';
import { REGISTER_MOVED } from '../../../adapters/dynamodb/register';
import { findParticipant, seatsOf } from '../../../adapters/dynamodb/seating-repository';
import type { InvitationReceipt, InvitationRecord } from '../../../events/api/invitation';
import { TABLE_NAME } from '../../functions/helpers/env';
import { cancelled, conditionFailed, throttled } from './dynamodb-errors';
import { aProgram, programItem, PROGRAM_ID } from '../../functions/helpers/programs';
import { anInstansi, INSTANSI, instansiItem, NIP, OTHER_NIP } from '../../functions/helpers/proposals';
import {
  aDelivery,
  aLetter,
  aReadyInvitation,
  aSeatedParticipant,
  aSigner,
  COHORT,
  counterKey,
  invitationPdfKey,
  OPENS_AT,
  participantItem,
  participantKey,
  seatsPartition,
  SHA256,
  signerItem,
  signerKey,
} from '../../functions/invitations/fixtures';

/*
 * The invitations' access patterns I1-I10 (docs/data-model.md, "Invitations"): the exact command each sends, the
 * outcome of each conditional write, and what is answered from the stored items. Some patterns are served by the
 * programme, seating and instansi repositories (I1's read, I7, I8, I10): their commands are asserted here, as the
 * invitations use them.
 */

const ddb = mockClient(DynamoDBDocumentClient);
beforeEach(() => ddb.reset());

/** The input of every command sent, in order. */
const sent = () => ddb.calls().map((call) => (call.args[0] as { input: unknown }).input);

const NOW = '2027-07-14T17:05:03.000Z';
const NUMBER = '0007/UND/PUSBANG-ASN/VII/2027';
const PARTICIPANT = { programId: PROGRAM_ID, nip: NIP };

/** The year's 7th letter, numbered and being rendered. */
const numbered = (): InvitationRecord => ({
  status: 'NUMBERED',
  cohort: COHORT,
  requestedAt: OPENS_AT,
  issuedOn: '2027-07-15',
  number: NUMBER,
  letter: aLetter(),
});

/** The names and values of "seated in the record's cohort and not numbered for it yet" (I4, I6). */
const notNumberedForCohort = (record: InvitationRecord) => ({
  ConditionExpression:
    '#seat.#cohort = :cohort AND (attribute_not_exists(#inv.#number) OR #inv.#cohort <> :cohort)',
  UpdateExpression: 'SET #inv = :record, #updatedAt = :now',
  ExpressionAttributeNames: {
    '#seat': 'seat',
    '#cohort': 'cohort',
    '#inv': 'invitation',
    '#number': 'number',
    '#updatedAt': 'updatedAt',
  },
  ExpressionAttributeValues: { ':cohort': COHORT, ':record': record, ':now': NOW },
});

describe('invitation repository: the signer and the register', () => {
  it("I1: name the signer of a programme's letters, after reading the programme", async () => {
    // Prepare
    ddb.on(GetCommand).resolves({ Item: programItem(aProgram()) });
    ddb.on(PutCommand).resolves({});

    // Act
    await findProgram(PROGRAM_ID);
    await saveInvitationSigner(aSigner());

    // Assess
    expect(sent()).toStrictEqual([
      { TableName: TABLE_NAME, Key: { pk: `PROGRAM#${PROGRAM_ID}`, sk: '#PROGRAM' } },
      { TableName: TABLE_NAME, Item: signerItem(aSigner()) },
    ]);
  });

  it('I2: get the signer, without its storage keys', async () => {
    // Prepare
    ddb.on(GetCommand).resolves({ Item: signerItem(aSigner()) });

    // Act
    const signer = await findInvitationSigner(PROGRAM_ID);

    // Assess
    expect(sent()).toStrictEqual([{ TableName: TABLE_NAME, Key: signerKey() }]);
    expect(signer).toStrictEqual(aSigner());
  });

  it('answers no signer while none is named', async () => {
    // Prepare
    ddb.on(GetCommand).resolves({});

    // Act
    const signer = await findInvitationSigner(PROGRAM_ID);

    // Assess
    expect(signer).toBeUndefined();
  });

  it('I3: last number of the year, strongly consistent', async () => {
    // Prepare
    ddb.on(GetCommand).resolves({ Item: { ...counterKey(2027), entity: 'InvitationCounter', last: 6 } });

    // Act
    const last = await lastInvitationSequence(2027);

    // Assess
    expect(sent()).toStrictEqual([{ TableName: TABLE_NAME, Key: counterKey(2027), ConsistentRead: true }]);
    expect(last).toBe(6);
  });

  it("answers 0 for a year whose register has no number yet, and names the year's register", async () => {
    // Prepare
    ddb.on(GetCommand).resolves({});

    // Act
    const last = await lastInvitationSequence(2028);

    // Assess
    expect(last).toBe(0);
    expect(invitationRegister(2028)).toStrictEqual({
      key: counterKey(2028),
      entity: 'InvitationCounter',
      name: 'Invitation register of 2028',
    });
  });
});

describe('invitation repository: the letter on the participant item', () => {
  it('I4: take number last + 1 with the invitation, all or nothing', async () => {
    // Prepare
    ddb.on(TransactWriteCommand).resolves({});

    // Act
    const outcome = await allocateInvitation(PARTICIPANT, 2027, 6, numbered(), NOW);

    // Assess
    expect(outcome).toBe('ALLOCATED');
    expect(sent()).toStrictEqual([
      {
        TransactItems: [
          {
            Update: {
              TableName: TABLE_NAME,
              Key: counterKey(2027),
              ConditionExpression: '#last = :last',
              UpdateExpression: 'SET #last = :next, #entity = :entity',
              ExpressionAttributeNames: { '#last': 'last', '#entity': 'entity' },
              ExpressionAttributeValues: { ':last': 6, ':next': 7, ':entity': 'InvitationCounter' },
            },
          },
          {
            Update: { TableName: TABLE_NAME, Key: participantKey(), ...notNumberedForCohort(numbered()) },
          },
        ],
      },
    ]);
  });

  it.each([
    [
      'the participant already holds a number for the cohort (or moved)',
      ['None', 'ConditionalCheckFailed'],
      'ALREADY_NUMBERED',
    ],
    [
      'both the register moved and the participant holds a number',
      ['ConditionalCheckFailed', 'ConditionalCheckFailed'],
      'ALREADY_NUMBERED',
    ],
    ['another letter took the number', ['ConditionalCheckFailed', 'None'], REGISTER_MOVED],
    ['another letter is taking the number', ['TransactionConflict', 'None'], REGISTER_MOVED],
  ])('taking a number when %s answers %s', async (_case, reasons, outcome) => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(cancelled(...reasons));

    // Act
    const allocated = await allocateInvitation(PARTICIPANT, 2027, 6, numbered(), NOW);

    // Assess
    expect(allocated).toBe(outcome);
  });

  it.each([
    ['the participant item is busy in another transaction', cancelled('None', 'TransactionConflict')],
    ['a throttle', throttled()],
  ])('taking a number throws when %s, for the message to be delivered again', async (_case, error) => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(error);

    // Act
    const allocating = allocateInvitation(PARTICIPANT, 2027, 6, numbered(), NOW);

    // Assess
    await expect(allocating).rejects.toBe(error);
  });

  it('I5: mark the letter READY with its PDF, sent', async () => {
    // Prepare
    ddb.on(UpdateCommand).resolves({});
    const document = { key: invitationPdfKey(), sha256: SHA256 };

    // Act
    const ready = await recordInvitationReady(PARTICIPANT, NUMBER, document, aDelivery(), NOW);

    // Assess
    expect(ready).toBe(true);
    expect(sent()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Key: participantKey(),
        ConditionExpression: '#inv.#number = :number',
        UpdateExpression:
          'SET #inv.#status = :ready, #inv.#documentKey = :key, #inv.#sha256 = :sha256, #inv.#issuedAt = :now, #inv.#delivery = :delivery, #updatedAt = :now',
        ExpressionAttributeNames: {
          '#inv': 'invitation',
          '#number': 'number',
          '#status': 'status',
          '#documentKey': 'documentKey',
          '#sha256': 'sha256',
          '#issuedAt': 'issuedAt',
          '#delivery': 'delivery',
          '#updatedAt': 'updatedAt',
        },
        ExpressionAttributeValues: {
          ':number': NUMBER,
          ':ready': 'READY',
          ':key': invitationPdfKey(),
          ':sha256': SHA256,
          ':delivery': aDelivery(),
          ':now': NOW,
        },
      },
    ]);
  });

  it('marking ready a letter the participant no longer holds answers false', async () => {
    // Prepare
    ddb.on(UpdateCommand).rejects(conditionFailed());

    // Act
    const ready = await recordInvitationReady(
      PARTICIPANT,
      NUMBER,
      { key: 'k', sha256: 's' },
      aDelivery(),
      NOW,
    );

    // Assess
    expect(ready).toBe(false);
  });

  it('I6: record a refusal (takes no number), never over a letter numbered for the cohort', async () => {
    // Prepare
    ddb.on(UpdateCommand).resolves({});
    const refusal: InvitationRecord = {
      status: 'REFUSED',
      cohort: COHORT,
      requestedAt: OPENS_AT,
      issuedOn: '2027-07-22',
      code: 'PK-PEMBERITAHUAN-6-HARI-KERJA',
      violations: [
        {
          code: 'PK-PEMBERITAHUAN-6-HARI-KERJA',
          article: 'Perka BKN 11/2008 Lampiran III.2.a.4)',
          message: 'Terlambat.',
        },
      ],
      refusedAt: NOW,
    };

    // Act
    const recorded = await recordInvitationRefused(PARTICIPANT, refusal, NOW);

    // Assess
    expect(recorded).toBe(true);
    expect(sent()).toStrictEqual([
      { TableName: TABLE_NAME, Key: participantKey(), ...notNumberedForCohort(refusal) },
    ]);
  });

  it('recording a refusal over a letter numbered for the cohort (or after a move) answers false', async () => {
    // Prepare
    ddb.on(UpdateCommand).rejects(conditionFailed());

    // Act
    const recorded = await recordInvitationRefused(PARTICIPANT, numbered(), NOW);

    // Assess
    expect(recorded).toBe(false);
  });

  it("I7: a participant's invitation, strongly consistent, for the cohort of their seat", async () => {
    // Prepare
    const participant = aSeatedParticipant({ invitation: aReadyInvitation() });
    ddb.on(GetCommand).resolves({ Item: participantItem(participant) });

    // Act
    const found = await findParticipant(PROGRAM_ID, NIP);

    // Assess
    expect(sent()).toStrictEqual([{ TableName: TABLE_NAME, Key: participantKey(), ConsistentRead: true }]);
    expect(found).toStrictEqual(participant);
    expect(invitationOf(found!)).toStrictEqual(aReadyInvitation());
    expect(invitationOf(found!)!.cohort).toBe(found!.seat!.cohort);
  });

  it('answers no invitation for a participant who holds none', () => {
    // Prepare
    const participant = aSeatedParticipant();

    // Act
    const invitation = invitationOf(participant);

    // Assess
    expect(invitation).toBeUndefined();
  });

  it('I8: seated participants to invite, with the cohort of the invitation each holds', async () => {
    // Prepare
    ddb.on(QueryCommand).resolves({
      Items: [
        participantItem(aSeatedParticipant({ invitation: aReadyInvitation() })),
        participantItem(aSeatedParticipant({ nip: OTHER_NIP, invitation: aReadyInvitation({ cohort: 18 }) })),
      ],
    });

    // Act
    const seated = await seatsOf(PROGRAM_ID, COHORT);

    // Assess
    expect(sent()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        IndexName: 'gsi1',
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': 'gsi1pk' },
        ExpressionAttributeValues: { ':pk': seatsPartition() },
      },
    ]);
    expect(seated.map((participant) => [participant.nip, invitationOf(participant)?.cohort])).toStrictEqual([
      [NIP, COHORT],
      [OTHER_NIP, 18],
    ]);
  });

  it('I9: record the receipt once', async () => {
    // Prepare
    ddb.on(UpdateCommand).resolves({});
    const receipt: InvitationReceipt = {
      receivedOn: '2027-07-16',
      deadline: '2027-07-21',
      late: false,
      acknowledgedBy: 'operator.3201',
      acknowledgedAs: 'instansi',
      acknowledgedAt: NOW,
    };

    // Act
    const recorded = await recordInvitationReceipt(
      PARTICIPANT,
      { cohort: COHORT, number: NUMBER },
      receipt,
      NOW,
    );

    // Assess
    expect(recorded).toBe(true);
    expect(sent()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Key: participantKey(),
        ConditionExpression:
          '#seat.#cohort = :cohort AND #inv.#cohort = :cohort AND #inv.#number = :number AND #inv.#status = :ready AND attribute_not_exists(#inv.#receipt)',
        UpdateExpression: 'SET #inv.#receipt = :receipt, #updatedAt = :now',
        ExpressionAttributeNames: {
          '#seat': 'seat',
          '#cohort': 'cohort',
          '#inv': 'invitation',
          '#number': 'number',
          '#status': 'status',
          '#receipt': 'receipt',
          '#updatedAt': 'updatedAt',
        },
        ExpressionAttributeValues: {
          ':cohort': COHORT,
          ':number': NUMBER,
          ':ready': 'READY',
          ':receipt': receipt,
          ':now': NOW,
        },
      },
    ]);
  });

  it('recording a receipt a second time, or after a move or a new letter, answers false', async () => {
    // Prepare
    ddb.on(UpdateCommand).rejects(conditionFailed());

    // Act
    const recorded = await recordInvitationReceipt(
      PARTICIPANT,
      { cohort: COHORT, number: NUMBER },
      {} as InvitationReceipt,
      NOW,
    );

    // Assess
    expect(recorded).toBe(false);
  });

  it('I10: the instansi named on the forms, without its storage keys', async () => {
    // Prepare
    ddb.on(GetCommand).resolves({ Item: instansiItem(anInstansi()) });

    // Act
    const instansi = await findInstansi(INSTANSI);

    // Assess
    expect(sent()).toStrictEqual([
      { TableName: TABLE_NAME, Key: { pk: `INSTANSI#${INSTANSI}`, sk: '#INSTANSI' } },
    ]);
    expect(instansi).toStrictEqual(anInstansi());
  });

  it('I12: the instansi of a batch of letters in one eventually consistent BatchGetItem, each code once, by code', async () => {
    // Prepare: the second code is not registered
    ddb.on(BatchGetCommand).resolves({ Responses: { [TABLE_NAME]: [instansiItem(anInstansi())] } });

    // Act
    const found = await instansiByCode([INSTANSI, '9999', INSTANSI]);

    // Assess
    expect(sent()).toStrictEqual([
      {
        RequestItems: {
          [TABLE_NAME]: {
            Keys: [
              { pk: `INSTANSI#${INSTANSI}`, sk: '#INSTANSI' },
              { pk: 'INSTANSI#9999', sk: '#INSTANSI' },
            ],
          },
        },
      },
    ]);
    expect(found).toStrictEqual(new Map([[INSTANSI, anInstansi()]]));
  });
});
