import '../../functions/helpers/env';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  allocateCertificate,
  certificatesInForce,
  certificatesOfInstansi,
  certificatesOfParticipant,
  allocateTrainingCertificate,
  decisionCertificateState,
  developmentRecordOf,
  findCertificateByNumber,
  findCertificateSigners,
  findDecisionCertificateNumber,
  findHeldCertificate,
  findTrainingCertificate,
  findTrainingCertificateByNumber,
  lastCertificateSequence,
  listRevokedCertificates,
  recordAnnulment,
  recordCertificateDocument,
  recordNewVersion,
  recordReinstatement,
  recordRevocation,
  recordTrainingDocument,
  saveCertificateSigners,
  trainingCertificatesOf,
  trainingCertificatesOfInstansi,
  type CertificateChange,
} from '../../../adapters/dynamodb/certificate-repository';
import type { OutboxEvent } from '../../../adapters/dynamodb/outbox-repository';
import type { CompetencyCertificateRecord } from '../../../events/api/certificate';
import type { CertificateEventType } from '../../../events/messages/certificate-events';
import {
  aCertificate,
  aSigners,
  aNumberedTraining,
  aTraining,
  DECISION_ID,
  NOW,
} from '../../functions/certificate-worker/fixtures';
import { TABLE_NAME } from '../../functions/helpers/env';
import { PROGRAM_ID } from '../../functions/helpers/programs';
import { NIP } from '../../functions/helpers/proposals';
import { cancelled } from './dynamodb-errors';

const ddb = mockClient(DynamoDBDocumentClient);

const NUMBER = '0042/SKTM-ASN/L3/2027';
const NEXT = `${NUMBER}-P1`;
const SUPERSEDING = 'dec_2027-09-02T03:00:00.000Z_2';
const PARTICIPANT_PK = `PARTICIPANT#${PROGRAM_ID}#${NIP}`;
const LISTING = `PROGRAM#${PROGRAM_ID}#INSTANSI#3201#CERTIFICATES`;
const TRANSACTION_CONFLICT = 'TransactionConflict';
const FAILED = 'ConditionalCheckFailed';

const sentGets = () => ddb.commandCalls(GetCommand).map((call) => call.args[0].input);
const sentQueries = () => ddb.commandCalls(QueryCommand).map((call) => call.args[0].input);
const sentBatchGets = () => ddb.commandCalls(BatchGetCommand).map((call) => call.args[0].input);
/** A strongly consistent BatchGetItem of `keys`, as `readItems` sends it. */
const consistentBatchGet = (...keys: { pk: string; sk: string }[]) => ({
  RequestItems: { [TABLE_NAME]: { Keys: keys, ConsistentRead: true } },
});
const sentTransactions = () =>
  ddb.commandCalls(TransactWriteCommand).map((call) => call.args[0].input.TransactItems);

const issuedEntry = {
  event: 'DITERBITKAN' as const,
  at: NOW,
  on: '2027-08-20',
  reason: 'Diterbitkan.',
  by: 'sistem',
  eventId: `${NUMBER}#0`,
};

/** A version as a GetItem answers it: the entity with its storage attributes. */
const stored = (certificate: CompetencyCertificateRecord) => ({
  pk: `CERTIFICATE#${certificate.registrationNumber}`,
  sk: '#CERTIFICATE',
  entity: 'Certificate',
  gsi1pk: LISTING,
  gsi1sk: `${NIP}#${certificate.registrationNumber}`,
  ...certificate,
});

/** The change that becomes entry `index` of the version's history, announced by event `<number>#<index>`. */
function changeAt(
  index: number,
  detailType: CertificateEventType,
  facts: Pick<CertificateChange['entry'], 'event' | 'reason'>,
): CertificateChange {
  const eventId = `${NUMBER}#${index}`;
  return {
    entry: { ...facts, by: 'bkn-admin-1', at: NOW, on: '2027-08-20', eventId },
    event: {
      detailType,
      detail: { eventId, registrationNumber: NUMBER } as OutboxEvent['detail'],
      occurredAt: NOW,
    },
  };
}

/** E1: the outbox entry written with the change, pending until the relay sends it (queued at system time). */
const announced = (event: OutboxEvent) => ({
  Put: {
    TableName: TABLE_NAME,
    Item: {
      pk: `OUTBOX#${event.detail.eventId}`,
      sk: '#EVENT',
      entity: 'OutboxEvent',
      gsi2pk: 'OUTBOX#PENDING',
      gsi2sk: `${NOW}#${event.detail.eventId}`,
      eventId: event.detail.eventId,
      ...event,
      queuedAt: NOW,
    },
    ConditionExpression: 'attribute_not_exists(pk)',
  },
});

const holdingPut = (registrationNumber: string, decisionId: string, condition: object = {}) => ({
  Put: {
    TableName: TABLE_NAME,
    Item: {
      pk: PARTICIPANT_PK,
      sk: 'CERTIFICATE#CURRENT',
      entity: 'HeldCertificate',
      // Listed under its scheme and version (SC3), so a new scheme version finds its holders.
      gsi2pk: 'SCHEME#ADMINISTRATOR#HOLDERS#2019',
      gsi2sk: `${PROGRAM_ID}#${NIP}`,
      registrationNumber,
      decisionId,
      programId: PROGRAM_ID,
      nip: NIP,
    },
    ConditionExpression: 'attribute_not_exists(pk)',
    ...condition,
  },
});

const guardPut = (registrationNumber: string, decisionId: string) => ({
  Put: {
    TableName: TABLE_NAME,
    Item: {
      pk: PARTICIPANT_PK,
      sk: `CERTIFICATE#DECISION#${decisionId}`,
      entity: 'DecisionCertificate',
      registrationNumber,
      issuedAt: NOW,
    },
    ConditionExpression: 'attribute_not_exists(pk)',
  },
});

beforeEach(() => {
  ddb.reset();
  ddb.on(TransactWriteCommand).resolves({});
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});
afterEach(() => vi.useRealTimers());

describe('certificate register and numbering', () => {
  it("C1: the last number of a scheme's register in a year, read strongly consistent", async () => {
    // Prepare
    ddb.on(GetCommand).resolves({ Item: { pk: 'COUNTER#CERTIFICATE#L3#2027', sk: '#COUNTER', last: 41 } });

    // Act
    const last = await lastCertificateSequence('L3', 2027);

    // Assess
    expect(last).toBe(41);
    expect(sentGets()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Key: { pk: 'COUNTER#CERTIFICATE#L3#2027', sk: '#COUNTER' },
        ConsistentRead: true,
      },
    ]);
  });

  it('a register that has taken no number yet stands at 0', async () => {
    // Prepare
    ddb.on(GetCommand).resolves({});

    // Act / Assess
    await expect(lastCertificateSequence('MENTOR', 2028)).resolves.toBe(0);
  });

  it("C2: number last + 1 is taken for a decision in one transaction: the register, the decision's guard, the certificate and the participant's holding, each conditional", async () => {
    // Prepare
    const certificate = aCertificate();

    // Act
    const outcome = await allocateCertificate('L3', 2027, 41, certificate);

    // Assess
    expect(outcome).toBe('ALLOCATED');
    expect(sentTransactions()).toStrictEqual([
      [
        {
          Update: {
            TableName: TABLE_NAME,
            Key: { pk: 'COUNTER#CERTIFICATE#L3#2027', sk: '#COUNTER' },
            ConditionExpression: '#last = :last',
            UpdateExpression: 'SET #last = :next, #entity = :entity',
            ExpressionAttributeNames: { '#last': 'last', '#entity': 'entity' },
            ExpressionAttributeValues: { ':last': 41, ':next': 42, ':entity': 'CertificateCounter' },
          },
        },
        guardPut(NUMBER, DECISION_ID),
        {
          Put: {
            TableName: TABLE_NAME,
            Item: stored(certificate),
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        holdingPut(NUMBER, DECISION_ID),
      ],
    ]);
  });

  it.each([
    {
      outcome: 'ALREADY_ISSUED',
      when: "the decision's guard exists (a duplicate message numbered it first), even if the holding exists too",
      reasons: ['None', FAILED, 'None', FAILED],
    },
    {
      outcome: 'ALREADY_HELD',
      when: 'only the holding exists (another decision of the participant was certified meanwhile)',
      reasons: ['None', 'None', 'None', FAILED],
    },
    {
      outcome: 'REGISTER_MOVED',
      when: 'the register no longer stands at the number read',
      reasons: [FAILED, 'None', 'None', 'None'],
    },
    {
      outcome: 'REGISTER_MOVED',
      when: 'the transaction ran into another one on the register',
      reasons: [TRANSACTION_CONFLICT, 'None', 'None', 'None'],
    },
  ])('taking a number answers $outcome when $when', async ({ outcome, reasons }) => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(cancelled(...reasons));

    // Act / Assess
    await expect(allocateCertificate('L3', 2027, 41, aCertificate())).resolves.toBe(outcome);
  });

  it('taking a number lets any other failure reach the caller', async () => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(new Error('ProvisionedThroughputExceededException'));

    // Act / Assess
    await expect(allocateCertificate('L3', 2027, 41, aCertificate())).rejects.toThrow(
      'ProvisionedThroughputExceededException',
    );
  });

  it('C3: the number a decision already has is read from its guard, strongly consistent', async () => {
    // Prepare
    ddb.on(GetCommand).resolves({
      Item: { pk: PARTICIPANT_PK, sk: `CERTIFICATE#DECISION#${DECISION_ID}`, registrationNumber: NUMBER },
    });

    // Act
    const number = await findDecisionCertificateNumber(PROGRAM_ID, NIP, DECISION_ID);

    // Assess
    expect(number).toBe(NUMBER);
    expect(sentGets()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Key: { pk: PARTICIPANT_PK, sk: `CERTIFICATE#DECISION#${DECISION_ID}` },
        ConsistentRead: true,
      },
    ]);
  });

  it('a decision without a guard has no number yet', async () => {
    // Prepare
    ddb.on(GetCommand).resolves({});

    // Act / Assess
    await expect(findDecisionCertificateNumber(PROGRAM_ID, NIP, DECISION_ID)).resolves.toBeUndefined();
  });
});

describe('certificate versions', () => {
  it('C4: a version is read by its number, strongly consistent, without its storage attributes', async () => {
    // Prepare
    const certificate = aCertificate({ history: [issuedEntry] });
    ddb.on(GetCommand).resolves({ Item: stored(certificate) });

    // Act
    const found = await findCertificateByNumber(NUMBER);

    // Assess
    expect(found).toStrictEqual(certificate);
    expect(sentGets()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Key: { pk: `CERTIFICATE#${NUMBER}`, sk: '#CERTIFICATE' },
        ConsistentRead: true,
      },
    ]);
  });

  it('a version recorded before versions kept a history is read with an empty one', async () => {
    // Prepare
    const { history: _none, ...withoutHistory } = aCertificate();
    ddb
      .on(GetCommand)
      .resolves({ Item: { pk: `CERTIFICATE#${NUMBER}`, sk: '#CERTIFICATE', ...withoutHistory } });

    // Act / Assess
    await expect(findCertificateByNumber(NUMBER)).resolves.toStrictEqual({ ...withoutHistory, history: [] });
  });

  it('an unknown number reads as no version', async () => {
    // Prepare
    ddb.on(GetCommand).resolves({});

    // Act / Assess
    await expect(findCertificateByNumber(NUMBER)).resolves.toBeUndefined();
  });

  const document = {
    key: 'certificates/p/n/0042-SKTM-ASN-L3-2027.pdf',
    sha256: 'a'.repeat(64),
    renderedAt: NOW,
  };
  const issue = changeAt(0, 'CertificateIssued', { event: 'DITERBITKAN', reason: 'Diterbitkan.' });

  it('C5: the rendered PDF is recorded once on a version with the history entry that issues it and its CertificateIssued event, in one transaction', async () => {
    // Act
    const recorded = await recordCertificateDocument(aCertificate(), document, issue);

    // Assess
    expect(recorded).toBe(true);
    expect(sentTransactions()).toStrictEqual([
      [
        {
          Update: {
            TableName: TABLE_NAME,
            Key: { pk: `CERTIFICATE#${NUMBER}`, sk: '#CERTIFICATE' },
            ConditionExpression:
              'attribute_exists(pk) AND attribute_not_exists(#document) AND (attribute_not_exists(#history) OR size(#history) = :length)',
            UpdateExpression:
              'SET #document = :document, #history = list_append(if_not_exists(#history, :none), :entry)',
            ExpressionAttributeNames: { '#document': 'document', '#history': 'history' },
            ExpressionAttributeValues: {
              ':document': document,
              ':length': 0,
              ':none': [],
              ':entry': [issue.entry],
            },
          },
        },
        announced(issue.event),
      ],
    ]);
  });

  it('recording the PDF answers false when the version already has one or its history moved', async () => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(cancelled(FAILED, 'None'));

    // Act / Assess
    await expect(recordCertificateDocument(aCertificate(), document, issue)).resolves.toBe(false);
  });

  const revocation = {
    revokedOn: '2028-03-10',
    grounds: [
      { kind: 'DISIPLIN' as const, decisionRef: 'SK 862/2028', decidedOn: '2028-03-01', final: true },
      { kind: 'DISIPLIN' as const, decisionRef: 'SK 863/2028', decidedOn: '2028-03-02', final: true },
    ],
    notice: `Sertifikat nomor ${NUMBER} dicabut.`,
    revokedBy: 'bkn-admin-1',
    revokedAt: NOW,
  };
  const revoke = changeAt(1, 'CertificateRevoked', { event: 'DICABUT', reason: 'Dicabut.' });

  it('C9: an AKTIF version is revoked onto the public revocation list with its history entry and CertificateRevoked event, in one transaction', async () => {
    // Act
    const revoked = await recordRevocation(aCertificate({ history: [issuedEntry] }), revocation, revoke);

    // Assess
    expect(revoked).toBe(true);
    expect(sentTransactions()).toStrictEqual([
      [
        {
          Update: {
            TableName: TABLE_NAME,
            Key: { pk: `CERTIFICATE#${NUMBER}`, sk: '#CERTIFICATE' },
            ConditionExpression: '#status = :active AND size(#history) = :length',
            UpdateExpression:
              'SET #status = :revoked, #revocation = :revocation, #gsi2pk = :gsi2pk, #gsi2sk = :gsi2sk, #history = list_append(if_not_exists(#history, :none), :entry)',
            ExpressionAttributeNames: {
              '#status': 'status',
              '#revocation': 'revocation',
              '#gsi2pk': 'gsi2pk',
              '#gsi2sk': 'gsi2sk',
              '#history': 'history',
            },
            ExpressionAttributeValues: {
              ':active': 'AKTIF',
              ':revoked': 'DICABUT',
              ':revocation': revocation,
              ':gsi2pk': 'CERTIFICATES#REVOKED',
              ':gsi2sk': `2028-03-10#${NUMBER}`,
              ':length': 1,
              ':none': [],
              ':entry': [revoke.entry],
            },
          },
        },
        announced(revoke.event),
      ],
    ]);
  });

  it('revoking answers false when the version is no longer AKTIF or its history moved', async () => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(cancelled(FAILED, 'None'));

    // Act / Assess
    await expect(
      recordRevocation(aCertificate({ history: [issuedEntry] }), revocation, revoke),
    ).resolves.toBe(false);
  });

  const reinstatement = {
    revokedOn: '2028-03-10',
    requestedOn: '2028-10-01',
    authorityRestoredOn: '2028-04-01',
    instansiCode: '3201',
    letterNumber: '800/123/BKPSDM/2028',
    reassessment: { schemeVersion: '2019', schemeChanged: false },
    reinstatedBy: 'bkn-admin-1',
    reinstatedAt: NOW,
  };
  const reinstate = changeAt(2, 'CertificateReinstated', { event: 'DIPULIHKAN', reason: 'Dipulihkan.' });
  const revokedVersion = () =>
    aCertificate({
      status: 'DICABUT',
      revocation,
      history: [issuedEntry, revoke.entry],
    });

  it('C10: a DICABUT version is reinstated, leaving the revocation list, with its history entry and CertificateReinstated event, in one transaction', async () => {
    // Act
    const reinstated = await recordReinstatement(revokedVersion(), reinstatement, reinstate);

    // Assess
    expect(reinstated).toBe(true);
    expect(sentTransactions()).toStrictEqual([
      [
        {
          Update: {
            TableName: TABLE_NAME,
            Key: { pk: `CERTIFICATE#${NUMBER}`, sk: '#CERTIFICATE' },
            ConditionExpression: '#status = :revoked AND size(#history) = :length',
            UpdateExpression:
              'SET #status = :active, #reinstatements = list_append(if_not_exists(#reinstatements, :none), :one), #history = list_append(if_not_exists(#history, :none), :entry) REMOVE #revocation, #gsi2pk, #gsi2sk',
            ExpressionAttributeNames: {
              '#status': 'status',
              '#reinstatements': 'reinstatements',
              '#revocation': 'revocation',
              '#gsi2pk': 'gsi2pk',
              '#gsi2sk': 'gsi2sk',
              '#history': 'history',
            },
            ExpressionAttributeValues: {
              ':revoked': 'DICABUT',
              ':active': 'AKTIF',
              ':one': [reinstatement],
              ':length': 2,
              ':none': [],
              ':entry': [reinstate.entry],
            },
          },
        },
        announced(reinstate.event),
      ],
    ]);
  });

  it('reinstating answers false when the version is no longer revoked or its history moved', async () => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(cancelled(FAILED, 'None'));

    // Act / Assess
    await expect(recordReinstatement(revokedVersion(), reinstatement, reinstate)).resolves.toBe(false);
  });

  const supersede = changeAt(1, 'CertificateReissued', { event: 'DIMUTAKHIRKAN', reason: 'Digantikan.' });
  const nextVersion = (overrides: Partial<CompetencyCertificateRecord> = {}) =>
    aCertificate({
      registrationNumber: NEXT,
      certificateId: '0042-SKTM-ASN-L3-2027-P1',
      version: 1,
      supersedes: NUMBER,
      ...overrides,
    });

  it("C11: a new version replaces one in one transaction: the old one superseded, the new one created, the holding moved, the new decision's guard taken and CertificateReissued announced", async () => {
    // Prepare
    const previous = aCertificate({ history: [issuedEntry] });
    const next = nextVersion({ decisionId: SUPERSEDING });

    // Act
    const replaced = await recordNewVersion(previous, next, supersede);

    // Assess
    expect(replaced).toBe(true);
    expect(sentTransactions()).toStrictEqual([
      [
        {
          Update: {
            TableName: TABLE_NAME,
            Key: { pk: `CERTIFICATE#${NUMBER}`, sk: '#CERTIFICATE' },
            ConditionExpression:
              '#status = :seen AND attribute_not_exists(#supersededBy) AND size(#history) = :length',
            UpdateExpression:
              'SET #status = :superseded, #supersededBy = :next, #history = list_append(if_not_exists(#history, :none), :entry) REMOVE #gsi2pk, #gsi2sk',
            ExpressionAttributeNames: {
              '#status': 'status',
              '#supersededBy': 'supersededBy',
              '#gsi2pk': 'gsi2pk',
              '#gsi2sk': 'gsi2sk',
              '#history': 'history',
            },
            ExpressionAttributeValues: {
              ':seen': 'AKTIF',
              ':superseded': 'DIMUTAKHIRKAN',
              ':next': NEXT,
              ':length': 1,
              ':none': [],
              ':entry': [supersede.entry],
            },
          },
        },
        {
          Put: { TableName: TABLE_NAME, Item: stored(next), ConditionExpression: 'attribute_not_exists(pk)' },
        },
        holdingPut(NEXT, SUPERSEDING, {
          ConditionExpression: 'attribute_not_exists(pk) OR #registrationNumber = :previous',
          ExpressionAttributeNames: { '#registrationNumber': 'registrationNumber' },
          ExpressionAttributeValues: { ':previous': NUMBER },
        }),
        guardPut(NEXT, SUPERSEDING),
        announced(supersede.event),
      ],
    ]);
  });

  it('a new version on the same decision (a re-issue) takes no second guard of the decision', async () => {
    // Act
    await recordNewVersion(aCertificate({ history: [issuedEntry] }), nextVersion(), supersede);

    // Assess
    const [items] = sentTransactions();
    expect(items!.map((item) => item.Put?.Item?.entity ?? 'Update')).toStrictEqual([
      'Update',
      'Certificate',
      'HeldCertificate',
      'OutboxEvent',
    ]);
  });

  it('a new version of a revoked certificate stays on the public revocation list under its new number', async () => {
    // Prepare
    const previous = aCertificate({ status: 'DICABUT', revocation, history: [issuedEntry] });

    // Act
    await recordNewVersion(previous, nextVersion({ status: 'DICABUT', revocation }), supersede);

    // Assess
    const [items] = sentTransactions();
    expect(items![0]!.Update!.ExpressionAttributeValues![':seen']).toBe('DICABUT');
    expect(items![1]!.Put!.Item).toMatchObject({
      gsi2pk: 'CERTIFICATES#REVOKED',
      gsi2sk: `2028-03-10#${NEXT}`,
    });
  });

  it('an AKTIF version carries no public revocation list keys', async () => {
    // Act
    await recordNewVersion(aCertificate({ history: [issuedEntry] }), nextVersion(), supersede);

    // Assess
    const [items] = sentTransactions();
    expect(Object.keys(items![1]!.Put!.Item!)).not.toContain('gsi2pk');
  });

  it('replacing a version answers false when anything moved (its status, successor, history, the holding or the number)', async () => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(cancelled('None', 'None', FAILED, 'None'));

    // Act / Assess
    await expect(
      recordNewVersion(aCertificate({ history: [issuedEntry] }), nextVersion(), supersede),
    ).resolves.toBe(false);
  });

  const annul = changeAt(1, 'CertificateAnnulled', { event: 'DIBATALKAN', reason: 'Dibatalkan.' });

  it('C16: a version is annulled, off the revocation list, with its history entry and CertificateAnnulled event, in one transaction', async () => {
    // Act
    const annulled = await recordAnnulment(
      aCertificate({ status: 'DICABUT', revocation, history: [issuedEntry] }),
      annul,
    );

    // Assess
    expect(annulled).toBe(true);
    expect(sentTransactions()).toStrictEqual([
      [
        {
          Update: {
            TableName: TABLE_NAME,
            Key: { pk: `CERTIFICATE#${NUMBER}`, sk: '#CERTIFICATE' },
            ConditionExpression: '#status = :seen AND size(#history) = :length',
            UpdateExpression:
              'SET #status = :annulled, #history = list_append(if_not_exists(#history, :none), :entry) REMOVE #gsi2pk, #gsi2sk',
            ExpressionAttributeNames: {
              '#status': 'status',
              '#gsi2pk': 'gsi2pk',
              '#gsi2sk': 'gsi2sk',
              '#history': 'history',
            },
            ExpressionAttributeValues: {
              ':seen': 'DICABUT',
              ':annulled': 'DIBATALKAN',
              ':length': 1,
              ':none': [],
              ':entry': [annul.entry],
            },
          },
        },
        announced(annul.event),
      ],
    ]);
  });

  it('annulling answers false when the status or the history moved since it was read', async () => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(cancelled(FAILED, 'None'));

    // Act / Assess
    await expect(recordAnnulment(aCertificate({ history: [issuedEntry] }), annul)).resolves.toBe(false);
  });

  it('C15: the certificate in force is the version the holding names, read strongly consistent, then by number', async () => {
    // Prepare
    const certificate = aCertificate({ history: [issuedEntry] });
    ddb
      .on(GetCommand, { Key: { pk: PARTICIPANT_PK, sk: 'CERTIFICATE#CURRENT' } })
      .resolves({ Item: { entity: 'HeldCertificate', registrationNumber: NUMBER, decisionId: DECISION_ID } });
    ddb.on(GetCommand, { Key: { pk: `CERTIFICATE#${NUMBER}`, sk: '#CERTIFICATE' } }).resolves({
      Item: stored(certificate),
    });

    // Act
    const held = await findHeldCertificate(PROGRAM_ID, NIP);
    const version = await findCertificateByNumber(held!.registrationNumber);

    // Assess
    expect(held).toStrictEqual({ registrationNumber: NUMBER, decisionId: DECISION_ID });
    expect(version).toStrictEqual(certificate);
    expect(sentGets()).toStrictEqual([
      { TableName: TABLE_NAME, Key: { pk: PARTICIPANT_PK, sk: 'CERTIFICATE#CURRENT' }, ConsistentRead: true },
      {
        TableName: TABLE_NAME,
        Key: { pk: `CERTIFICATE#${NUMBER}`, sk: '#CERTIFICATE' },
        ConsistentRead: true,
      },
    ]);
  });

  it('a participant without a holding holds no certificate of the programme', async () => {
    // Prepare
    ddb.on(GetCommand).resolves({});

    // Act / Assess
    await expect(findHeldCertificate(PROGRAM_ID, NIP)).resolves.toBeUndefined();
  });
});

describe('listings', () => {
  const training = aTraining();
  const trainingItem = {
    pk: PARTICIPANT_PK,
    sk: 'CERTIFICATE#TRAINING',
    entity: 'TrainingCertificate',
    gsi1pk: LISTING,
    gsi1sk: `${NIP}#TRAINING`,
    ...training,
  };

  it("C6: a participant's certificates in a programme, every version, from their instansi's listing under their NIP", async () => {
    // Prepare
    const first = aCertificate({ status: 'DIMUTAKHIRKAN', supersededBy: NEXT });
    const next = aCertificate({ registrationNumber: NEXT, version: 1, supersedes: NUMBER });
    ddb.on(QueryCommand).resolves({ Items: [stored(first), stored(next), trainingItem] });

    // Act
    const certificates = await certificatesOfParticipant(PROGRAM_ID, '3201', NIP);

    // Assess
    expect(certificates).toStrictEqual([first, next]);
    expect(sentQueries()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        IndexName: 'gsi1',
        KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :nip)',
        ExpressionAttributeNames: { '#pk': 'gsi1pk', '#sk': 'gsi1sk' },
        ExpressionAttributeValues: { ':pk': LISTING, ':nip': `${NIP}#` },
      },
    ]);
  });

  it('C7: every certificate of an instansi in a programme, competency versions and training certificates, page after page', async () => {
    // Prepare
    const certificate = aCertificate();
    const lastKey = {
      pk: `CERTIFICATE#${NUMBER}`,
      sk: '#CERTIFICATE',
      gsi1pk: LISTING,
      gsi1sk: `${NIP}#${NUMBER}`,
    };
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [stored(certificate)], LastEvaluatedKey: lastKey })
      .resolvesOnce({ Items: [trainingItem] });
    const query = {
      TableName: TABLE_NAME,
      IndexName: 'gsi1',
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': 'gsi1pk' },
      ExpressionAttributeValues: { ':pk': LISTING },
    };

    // Act
    const certificates = await certificatesOfInstansi(PROGRAM_ID, '3201');

    // Assess
    expect(certificates).toStrictEqual({ competency: [certificate], training: [training] });
    expect(sentQueries()).toStrictEqual([query, { ...query, ExclusiveStartKey: lastKey }]);
  });

  it('C8: the public revocation list, newest revocation first, 100 a page, naming the kinds of the grounds only, with the holder’s NIP and instansi to tell namesakes apart', async () => {
    // Prepare
    const revoked = aCertificate({
      status: 'DICABUT',
      revocation: {
        revokedOn: '2028-03-10',
        grounds: [
          { kind: 'DISIPLIN', decisionRef: 'SK 1', decidedOn: '2028-03-01', final: true },
          { kind: 'PIDANA', decisionRef: 'Putusan 2', decidedOn: '2028-03-02', final: true },
          { kind: 'DISIPLIN', decisionRef: 'SK 3', decidedOn: '2028-03-03', final: true },
        ],
        notice: 'Dicabut.',
        revokedBy: 'bkn-admin-1',
        revokedAt: NOW,
      },
    });
    ddb.on(QueryCommand).resolves({
      Items: [{ ...stored(revoked), gsi2pk: 'CERTIFICATES#REVOKED', gsi2sk: `2028-03-10#${NUMBER}` }],
    });

    // Act
    const page = await listRevokedCertificates();

    // Assess
    expect(page).toStrictEqual({
      items: [
        {
          registrationNumber: NUMBER,
          holderName: 'Dewi Lestari, S.Sos.',
          holderNip: NIP,
          instansiCode: '3201',
          scheme: 'ADMINISTRATOR',
          revokedOn: '2028-03-10',
          groundKinds: ['DISIPLIN', 'PIDANA'],
          notice: 'Dicabut.',
        },
      ],
    });
    expect(sentQueries()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        IndexName: 'gsi2',
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': 'gsi2pk' },
        ExpressionAttributeValues: { ':pk': 'CERTIFICATES#REVOKED' },
        ScanIndexForward: false,
        Limit: 100,
      },
    ]);
  });

  it('the revocation list goes on after the cursor of the page before and answers the next one', async () => {
    // Prepare
    const key = (number: string) => ({
      pk: `CERTIFICATE#${number}`,
      sk: '#CERTIFICATE',
      gsi2pk: 'CERTIFICATES#REVOKED',
      gsi2sk: `2028-03-10#${number}`,
    });
    const cursorOf = (k: object) => Buffer.from(JSON.stringify(k)).toString('base64url');
    ddb.on(QueryCommand).resolves({ Items: [], LastEvaluatedKey: key('0043/SKTM-ASN/L3/2027') });

    // Act
    const page = await listRevokedCertificates({ limit: 1, cursor: cursorOf(key(NUMBER)) });

    // Assess
    expect(page).toStrictEqual({ items: [], nextCursor: cursorOf(key('0043/SKTM-ASN/L3/2027')) });
    expect(sentQueries()[0]).toMatchObject({ Limit: 1, ExclusiveStartKey: key(NUMBER) });
  });
});

describe('training certificates and the development record', () => {
  const trainingKey = { pk: PARTICIPANT_PK, sk: 'CERTIFICATE#TRAINING' };
  const document = {
    key: `certificates/${PROGRAM_ID}/${NIP}/pelatihan.pdf`,
    sha256: 'b'.repeat(64),
    renderedAt: NOW,
  };
  const issuedEvent: OutboxEvent = {
    detailType: 'TrainingCertificateIssued',
    detail: { eventId: `PELATIHAN/${PROGRAM_ID}/${NIP}#0` } as OutboxEvent['detail'],
    occurredAt: NOW,
  };

  it('C12: the training certificate is read strongly consistent, issued once with number last + 1 of the year’s register (listed under its instansi by programme and by all programmes), its development-record entry and its number’s item in one transaction, then its PDF once with its TrainingCertificateIssued event', async () => {
    // Prepare
    const training = aNumberedTraining();
    ddb.on(GetCommand).resolves({ Item: { ...trainingKey, entity: 'TrainingCertificate', ...training } });

    // Act
    const found = await findTrainingCertificate(PROGRAM_ID, NIP);
    const allocated = await allocateTrainingCertificate(2027, 6, training);
    const documented = await recordTrainingDocument(PROGRAM_ID, NIP, document, issuedEvent);

    // Assess
    expect(found).toStrictEqual(training);
    expect([allocated, documented]).toStrictEqual(['ALLOCATED', true]);
    expect(sentGets()).toStrictEqual([{ TableName: TABLE_NAME, Key: trainingKey, ConsistentRead: true }]);
    expect(sentTransactions()).toStrictEqual([
      [
        {
          Update: {
            TableName: TABLE_NAME,
            Key: { pk: 'COUNTER#TRAINING_CERTIFICATE#2027', sk: '#COUNTER' },
            ConditionExpression: '#last = :last',
            UpdateExpression: 'SET #last = :next, #entity = :entity',
            ExpressionAttributeNames: { '#last': 'last', '#entity': 'entity' },
            ExpressionAttributeValues: { ':last': 6, ':next': 7, ':entity': 'TrainingCertificateCounter' },
          },
        },
        {
          Put: {
            TableName: TABLE_NAME,
            Item: {
              ...trainingKey,
              entity: 'TrainingCertificate',
              gsi1pk: LISTING,
              gsi1sk: `${NIP}#TRAINING`,
              gsi2pk: 'INSTANSI#3201#TRAINING_CERTIFICATES',
              gsi2sk: `${PROGRAM_ID}#${NIP}`,
              ...training,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Put: {
            TableName: TABLE_NAME,
            Item: {
              pk: `ASN#${NIP}`,
              sk: `DEVELOPMENT#2027#2027-07-30#${PROGRAM_ID}`,
              entity: 'DevelopmentRecord',
              nip: NIP,
              year: 2027,
              programId: PROGRAM_ID,
              title: 'Pelatihan dan Sertifikasi Manajemen ASN 2027',
              trainingType: 'TEKNIS',
              jp: 21,
              completedOn: '2027-07-30',
              instansiCode: '3201',
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Put: {
            TableName: TABLE_NAME,
            Item: {
              pk: 'TRAINING_CERTIFICATE#0007/SPL-MASN/2027',
              sk: '#TRAINING_CERTIFICATE',
              entity: 'TrainingCertificateNumber',
              number: '0007/SPL-MASN/2027',
              programId: PROGRAM_ID,
              nip: NIP,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      ],
      [
        {
          Update: {
            TableName: TABLE_NAME,
            Key: trainingKey,
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#document)',
            UpdateExpression: 'SET #document = :document',
            ExpressionAttributeNames: { '#document': 'document' },
            ExpressionAttributeValues: { ':document': document },
          },
        },
        announced(issuedEvent),
      ],
    ]);
  });

  it('the first training certificate of a year starts its register (no counter item yet)', async () => {
    // Act
    await allocateTrainingCertificate(2027, 0, aNumberedTraining({ number: '0001/SPL-MASN/2027' }));

    // Assess
    expect(sentTransactions()[0]![0]).toStrictEqual({
      Update: {
        TableName: TABLE_NAME,
        Key: { pk: 'COUNTER#TRAINING_CERTIFICATE#2027', sk: '#COUNTER' },
        ConditionExpression: 'attribute_not_exists(#last)',
        UpdateExpression: 'SET #last = :next, #entity = :entity',
        ExpressionAttributeNames: { '#last': 'last', '#entity': 'entity' },
        ExpressionAttributeValues: { ':next': 1, ':entity': 'TrainingCertificateCounter' },
      },
    });
  });

  it.each([
    {
      outcome: 'ALREADY_ISSUED',
      when: 'the participant’s training certificate exists (a duplicate message issued it first)',
      reasons: ['None', FAILED, FAILED, 'None'],
    },
    {
      outcome: 'REGISTER_MOVED',
      when: 'the register no longer stands at the number read',
      reasons: [FAILED, 'None', 'None', 'None'],
    },
    {
      outcome: 'REGISTER_MOVED',
      when: 'the transaction ran into another one on the register',
      reasons: [TRANSACTION_CONFLICT, 'None', 'None', 'None'],
    },
    {
      outcome: 'REGISTER_MOVED',
      when: 'the number is already taken (never a double)',
      reasons: ['None', 'None', 'None', FAILED],
    },
  ])('issuing a training certificate answers $outcome when $when', async ({ outcome, reasons }) => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(cancelled(...reasons));

    // Act / Assess
    await expect(allocateTrainingCertificate(2027, 6, aNumberedTraining())).resolves.toBe(outcome);
  });

  it('issuing a training certificate lets any other failure reach the caller', async () => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(new Error('ProvisionedThroughputExceededException'));

    // Act / Assess
    await expect(allocateTrainingCertificate(2027, 6, aNumberedTraining())).rejects.toThrow(
      'ProvisionedThroughputExceededException',
    );
  });

  it('a training certificate issued before it was numbered is read as it was stored, without the new fields', async () => {
    // Prepare
    const legacy = aTraining({ document });
    ddb.on(GetCommand).resolves({ Item: { ...trainingKey, entity: 'TrainingCertificate', ...legacy } });

    // Act
    const found = await findTrainingCertificate(PROGRAM_ID, NIP);

    // Assess
    expect(found).toStrictEqual(legacy);
    expect(found?.number).toBeUndefined();
  });

  it("C20: a training certificate by its number: the number's item, strongly consistent, names the participant whose certificate is then read", async () => {
    // Prepare
    const training = aNumberedTraining({ document });
    ddb
      .on(GetCommand, { Key: { pk: 'TRAINING_CERTIFICATE#0007/SPL-MASN/2027', sk: '#TRAINING_CERTIFICATE' } })
      .resolves({
        Item: {
          pk: 'TRAINING_CERTIFICATE#0007/SPL-MASN/2027',
          sk: '#TRAINING_CERTIFICATE',
          entity: 'TrainingCertificateNumber',
          number: '0007/SPL-MASN/2027',
          programId: PROGRAM_ID,
          nip: NIP,
        },
      });
    ddb
      .on(GetCommand, { Key: trainingKey })
      .resolves({ Item: { ...trainingKey, entity: 'TrainingCertificate', ...training } });

    // Act
    const found = await findTrainingCertificateByNumber('0007/SPL-MASN/2027');

    // Assess
    expect(found).toStrictEqual(training);
    expect(sentGets()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Key: { pk: 'TRAINING_CERTIFICATE#0007/SPL-MASN/2027', sk: '#TRAINING_CERTIFICATE' },
        ConsistentRead: true,
      },
      { TableName: TABLE_NAME, Key: trainingKey, ConsistentRead: true },
    ]);
  });

  it('a number no training certificate took names none, and nothing more is read', async () => {
    // Prepare
    ddb.on(GetCommand).resolves({});

    // Act / Assess
    await expect(findTrainingCertificateByNumber('9999/SPL-MASN/2027')).resolves.toBeUndefined();
    expect(sentGets()).toHaveLength(1);
  });

  it("the training certificate's PDF recorded by a concurrent delivery first is not recorded again: false", async () => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(cancelled(FAILED, 'None'));

    // Act / Assess
    await expect(recordTrainingDocument(PROGRAM_ID, NIP, document, issuedEvent)).resolves.toBe(false);
  });

  it('a participant without a training certificate has none', async () => {
    // Prepare
    ddb.on(GetCommand).resolves({});

    // Act / Assess
    await expect(findTrainingCertificate(PROGRAM_ID, NIP)).resolves.toBeUndefined();
  });

  it("C13: a holder's development record across programmes, from their own partition (Query, no Scan), as entries", async () => {
    // Prepare
    const entry = {
      year: 2027,
      programId: PROGRAM_ID,
      title: 'Pelatihan dan Sertifikasi Manajemen ASN 2027',
      trainingType: 'TEKNIS' as const,
      jp: 21,
      completedOn: '2027-07-30',
      instansiCode: '3201',
    };
    ddb.on(QueryCommand).resolves({
      Items: [
        {
          pk: `ASN#${NIP}`,
          sk: `DEVELOPMENT#2027#2027-07-30#${PROGRAM_ID}`,
          entity: 'DevelopmentRecord',
          nip: NIP,
          ...entry,
        },
      ],
    });

    // Act
    const record = await developmentRecordOf(NIP);

    // Assess
    expect(record).toStrictEqual([entry]);
    expect(sentQueries()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': `ASN#${NIP}`, ':prefix': 'DEVELOPMENT#' },
      },
    ]);
  });
});

describe('the development record of an instansi, in bulk', () => {
  const TRAININGS = 'INSTANSI#3201#TRAINING_CERTIFICATES';
  const OTHER = '199001152015032001';
  const trainingItem = (nip: string) => ({
    pk: `PARTICIPANT#${PROGRAM_ID}#${nip}`,
    sk: 'CERTIFICATE#TRAINING',
    entity: 'TrainingCertificate',
    gsi1pk: LISTING,
    gsi1sk: `${nip}#TRAINING`,
    gsi2pk: TRAININGS,
    gsi2sk: `${PROGRAM_ID}#${nip}`,
    ...aTraining({ nip, participant: { name: 'Nama', nip, position: 'Analis' } }),
  });

  it("C17: a page of an instansi's training certificates, of one programme (by its prefix) or of all, with the cursor of the next page", async () => {
    // Prepare
    const lastKey = {
      pk: `PARTICIPANT#${PROGRAM_ID}#${NIP}`,
      sk: 'CERTIFICATE#TRAINING',
      gsi2pk: TRAININGS,
      gsi2sk: `${PROGRAM_ID}#${NIP}`,
    };
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [trainingItem(NIP)], LastEvaluatedKey: lastKey })
      .resolvesOnce({ Items: [trainingItem(OTHER)] });

    // Act
    const first = await trainingCertificatesOfInstansi('3201', { programId: PROGRAM_ID, limit: 1 });
    const second = await trainingCertificatesOfInstansi('3201', { limit: 100, cursor: first.nextCursor });

    // Assess
    expect(first.items).toStrictEqual([
      aTraining({ participant: { name: 'Nama', nip: NIP, position: 'Analis' } }),
    ]);
    expect(first.nextCursor).toBeDefined();
    expect(second).toStrictEqual({
      items: [aTraining({ nip: OTHER, participant: { name: 'Nama', nip: OTHER, position: 'Analis' } })],
    });
    expect(sentQueries()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        IndexName: 'gsi2',
        KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :program)',
        ExpressionAttributeNames: { '#pk': 'gsi2pk', '#sk': 'gsi2sk' },
        ExpressionAttributeValues: { ':pk': TRAININGS, ':program': `${PROGRAM_ID}#` },
        Limit: 1,
      },
      {
        TableName: TABLE_NAME,
        IndexName: 'gsi2',
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': 'gsi2pk' },
        ExpressionAttributeValues: { ':pk': TRAININGS },
        Limit: 100,
        ExclusiveStartKey: lastKey,
      },
    ]);
  });

  it('a cursor from another listing is refused, not sent to DynamoDB', async () => {
    const foreign = Buffer.from(JSON.stringify({ gsi2pk: 'INSTANSI#33#TRAINING_CERTIFICATES' })).toString(
      'base64url',
    );
    await expect(trainingCertificatesOfInstansi('3201', { limit: 100, cursor: foreign })).rejects.toThrow(
      'invalid page cursor',
    );
    expect(sentQueries()).toStrictEqual([]);
  });

  it('C18: the training certificates of several participants in one strongly consistent BatchGetItem, in order, undefined for one without', async () => {
    // Prepare
    ddb.on(BatchGetCommand).resolves({ Responses: { [TABLE_NAME]: [trainingItem(OTHER)] } });

    // Act
    const found = await trainingCertificatesOf([
      { programId: PROGRAM_ID, nip: NIP },
      { programId: PROGRAM_ID, nip: OTHER },
    ]);

    // Assess
    expect(found).toStrictEqual([
      undefined,
      aTraining({ nip: OTHER, participant: { name: 'Nama', nip: OTHER, position: 'Analis' } }),
    ]);
    expect(sentBatchGets()).toStrictEqual([
      consistentBatchGet(
        { pk: PARTICIPANT_PK, sk: 'CERTIFICATE#TRAINING' },
        { pk: `PARTICIPANT#${PROGRAM_ID}#${OTHER}`, sk: 'CERTIFICATE#TRAINING' },
      ),
    ]);
  });

  it('C19: the certificates in force of several participants: their holdings, then the versions named, each in one strongly consistent BatchGetItem', async () => {
    // Prepare: the first holds -P1 (revoked), the second holds none.
    const version = aCertificate({ registrationNumber: NEXT, version: 1, status: 'DICABUT' });
    ddb
      .on(BatchGetCommand)
      .resolvesOnce({
        Responses: {
          [TABLE_NAME]: [
            {
              pk: PARTICIPANT_PK,
              sk: 'CERTIFICATE#CURRENT',
              registrationNumber: NEXT,
              decisionId: DECISION_ID,
            },
          ],
        },
      })
      .resolvesOnce({ Responses: { [TABLE_NAME]: [stored(version)] } });

    // Act
    const inForce = await certificatesInForce([
      { programId: PROGRAM_ID, nip: NIP },
      { programId: PROGRAM_ID, nip: OTHER },
    ]);

    // Assess
    expect(inForce).toStrictEqual([version, undefined]);
    expect(sentBatchGets()).toStrictEqual([
      consistentBatchGet(
        { pk: PARTICIPANT_PK, sk: 'CERTIFICATE#CURRENT' },
        { pk: `PARTICIPANT#${PROGRAM_ID}#${OTHER}`, sk: 'CERTIFICATE#CURRENT' },
      ),
      consistentBatchGet({ pk: `CERTIFICATE#${NEXT}`, sk: '#CERTIFICATE' }),
    ]);
  });

  it("C21: a participant, the decision's guard, their holding and their training certificate in one strongly consistent BatchGetItem", async () => {
    // Prepare: the participant holds -P1 and the decision has no number yet; no training certificate
    ddb.on(BatchGetCommand).resolvesOnce({
      Responses: {
        [TABLE_NAME]: [
          {
            pk: PARTICIPANT_PK,
            sk: 'CERTIFICATE#CURRENT',
            registrationNumber: NEXT,
            decisionId: DECISION_ID,
          },
          { pk: PARTICIPANT_PK, sk: '#PARTICIPANT', entity: 'Participant', nip: NIP },
        ],
      },
    });

    // Act
    const state = await decisionCertificateState(PROGRAM_ID, NIP, 'kep_2');

    // Assess
    expect(state).toStrictEqual({
      participant: { nip: NIP },
      guarded: undefined,
      held: { registrationNumber: NEXT, decisionId: DECISION_ID },
      training: undefined,
    });
    expect(sentBatchGets()).toStrictEqual([
      consistentBatchGet(
        { pk: PARTICIPANT_PK, sk: '#PARTICIPANT' },
        { pk: PARTICIPANT_PK, sk: 'CERTIFICATE#DECISION#kep_2' },
        { pk: PARTICIPANT_PK, sk: 'CERTIFICATE#CURRENT' },
        { pk: PARTICIPANT_PK, sk: 'CERTIFICATE#TRAINING' },
      ),
    ]);
  });

  it('participants who hold no certificate need no second read', async () => {
    // Prepare
    ddb.on(BatchGetCommand).resolves({ Responses: { [TABLE_NAME]: [] } });

    // Act
    const inForce = await certificatesInForce([{ programId: PROGRAM_ID, nip: NIP }]);

    // Assess
    expect(inForce).toStrictEqual([undefined]);
    expect(sentBatchGets()).toHaveLength(1);
  });
});

describe('certificate signers', () => {
  it("C14: the signers of a programme's certificates are put in the programme's partition and read from it", async () => {
    // Prepare
    const signers = aSigners();
    const key = { pk: `PROGRAM#${PROGRAM_ID}`, sk: '#CERTIFICATE_SIGNERS' };
    ddb.on(PutCommand).resolves({});
    ddb.on(GetCommand).resolves({ Item: { ...key, entity: 'CertificateSigners', ...signers } });

    // Act
    await saveCertificateSigners(signers);
    const found = await findCertificateSigners(PROGRAM_ID);

    // Assess
    expect(found).toStrictEqual(signers);
    expect(ddb.commandCalls(PutCommand).map((call) => call.args[0].input)).toStrictEqual([
      { TableName: TABLE_NAME, Item: { ...key, entity: 'CertificateSigners', ...signers } },
    ]);
    expect(sentGets()).toStrictEqual([{ TableName: TABLE_NAME, Key: key }]);
  });

  it('a programme without signers has none', async () => {
    // Prepare
    ddb.on(GetCommand).resolves({});

    // Act / Assess
    await expect(findCertificateSigners(PROGRAM_ID)).resolves.toBeUndefined();
  });
});
