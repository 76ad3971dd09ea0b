import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type {
  CertificateHistoryEntry,
  CertificateSigners,
  CompetencyCertificateRecord,
  DevelopmentEntry,
  TrainingCertificateRecord,
} from '../../events/api/certificate';
import { dynamo } from '../../runtime/clients';
import type { Participant } from '../../events/api/participant';
import { outboxPut, type OutboxEvent } from './outbox-repository';
import { participantRead } from './seating-repository';
import type { Page } from './pagination';
import { advance, lastTaken, REGISTER_MOVED, type Register, type RegisterMoved } from './register';
import { queryAll, queryPage, skBeginsWith } from './query';
import {
  ConcurrentChangeError,
  GSI1,
  GSI2,
  type ItemRead,
  readItems,
  tableName,
  transact,
  transactOrFalse,
  type TransactItem,
  withoutKeys,
} from './table';
import {
  DEVELOPMENT_PREFIX,
  REVOKED_PARTITION,
  certificateCounterKey,
  certificateIndexKeys,
  certificateKey,
  certificateSignersKey,
  decisionCertificateKey,
  developmentKey,
  developmentPartition,
  heldCertificateKey,
  instansiCertificatesPartition,
  instansiTrainingPartition,
  participantCertificatesPrefix,
  revokedIndexKeys,
  revokedSortKey,
  schemeHolderIndexKeys,
  trainingCertificateIndexKeys,
  trainingCertificateKey,
  trainingCounterKey,
  trainingNumberKey,
  trainingOfProgram,
} from './keys';

/*
 * Certificates. Key shapes (adapters/dynamodb/keys.ts) and access patterns C1-C21: docs/data-model.md.
 *  - a certificate version:        pk CERTIFICATE#<registration number>, sk #CERTIFICATE (GetItem by number)
 *  - one per decision:             pk PARTICIPANT#<programId>#<nip>, sk CERTIFICATE#DECISION#<decisionId>
 *  - the participant's current one: pk PARTICIPANT#<programId>#<nip>, sk CERTIFICATE#CURRENT
 *  - the training certificate:     pk PARTICIPANT#<programId>#<nip>, sk CERTIFICATE#TRAINING
 *  - a training certificate number: pk TRAINING_CERTIFICATE#<number>, sk #TRAINING_CERTIFICATE (whose it is)
 *  - the training register:        pk COUNTER#TRAINING_CERTIFICATE#<year>, sk #COUNTER (attribute `last`)
 *  - the register of numbers:      pk COUNTER#CERTIFICATE#<scheme>#<year>, sk #COUNTER (attribute `last`)
 *  - an instansi's certificates:   gsi1 PROGRAM#<programId>#INSTANSI#<code>#CERTIFICATES / <nip>#<number|TRAINING>
 *  - an instansi's trainings:      gsi2 INSTANSI#<code>#TRAINING_CERTIFICATES / <programId>#<nip> (training only)
 *  - the public revocation list:   gsi2 CERTIFICATES#REVOKED / <revokedOn>#<number> (only while revoked)
 *  - the development record:       pk ASN#<nip>, sk DEVELOPMENT#<year>#<completedOn>#<programId>
 *  - the signers of a programme:   pk PROGRAM#<programId>, sk #CERTIFICATE_SIGNERS
 */

/** A stored version; one recorded before versions kept a history has an empty one. */
const asCertificate = (item: Record<string, unknown>): CompetencyCertificateRecord => {
  const certificate = withoutKeys<CompetencyCertificateRecord>(item);
  return { ...certificate, history: certificate.history ?? [] };
};

function certificateItem(certificate: CompetencyCertificateRecord): Record<string, unknown> {
  const revoked = certificate.status === 'DICABUT' ? certificate.revocation : undefined;
  return {
    ...certificateKey(certificate.registrationNumber),
    entity: 'Certificate',
    ...certificateIndexKeys(certificate),
    // A new version of a revoked certificate stays on the public revocation list in its place.
    ...(revoked ? revokedIndexKeys(revoked.revokedOn, certificate.registrationNumber) : {}),
    ...certificate,
  };
}

/**
 * A change of a certificate version: the entry its history gains and the integration event announcing it,
 * written together (the event's id names the entry: `<number>#<index>`).
 */
export interface CertificateChange {
  entry: CertificateHistoryEntry;
  event: OutboxEvent;
}

/**
 * The history entry appended by an UpdateItem, only while the history still has the `length` entries that
 * were read, so the entry's index (and the event's id) is the one the change was planned with.
 */
function historyAppend(length: number, entry: CertificateHistoryEntry) {
  return {
    condition:
      length === 0
        ? '(attribute_not_exists(#history) OR size(#history) = :length)'
        : 'size(#history) = :length',
    set: '#history = list_append(if_not_exists(#history, :none), :entry)',
    names: { '#history': 'history' },
    values: { ':length': length, ':none': [], ':entry': [entry] },
  };
}

/** The update of one version by a change: its condition and SET/REMOVE clauses, with the history appended. */
function changeVersion(
  certificate: CompetencyCertificateRecord,
  change: CertificateChange,
  update: {
    condition: string;
    set: string[];
    remove?: string[];
    names: Record<string, string>;
    values: Record<string, unknown>;
  },
): TransactItem {
  const history = historyAppend(certificate.history.length, change.entry);
  return {
    Update: {
      TableName: tableName(),
      Key: certificateKey(certificate.registrationNumber),
      ConditionExpression: `${update.condition} AND ${history.condition}`,
      UpdateExpression:
        `SET ${[...update.set, history.set].join(', ')}` +
        (update.remove?.length ? ` REMOVE ${update.remove.join(', ')}` : ''),
      ExpressionAttributeNames: { ...update.names, ...history.names },
      ExpressionAttributeValues: { ...update.values, ...history.values },
    },
  };
}

/** A certificate version by its registration number, as one read of a BatchGetItem (readItems). */
export const certificateRead = (registrationNumber: string): ItemRead<CompetencyCertificateRecord> => ({
  key: certificateKey(registrationNumber),
  from: asCertificate,
});

export async function findCertificateByNumber(
  registrationNumber: string,
): Promise<CompetencyCertificateRecord | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: tableName(), Key: certificateKey(registrationNumber), ConsistentRead: true }),
  );
  return Item ? asCertificate(Item) : undefined;
}

/** The number a decision was given, if any (the per-decision guard item). */
export async function findDecisionCertificateNumber(
  programId: string,
  nip: string,
  decisionId: string,
): Promise<string | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({
      TableName: tableName(),
      Key: decisionCertificateKey(programId, nip, decisionId),
      ConsistentRead: true,
    }),
  );
  return Item ? String(Item.registrationNumber) : undefined;
}

/** The scheme's register of certificate numbers in `year`. */
export const certificateRegister = (schemeToken: string, year: number): Register => ({
  key: certificateCounterKey(schemeToken, year),
  entity: 'CertificateCounter',
  name: `Certificate register ${schemeToken}/${year}`,
});

/** The last sequence of the scheme's register in `year` (0 when none yet). */
export const lastCertificateSequence = (schemeToken: string, year: number): Promise<number> =>
  lastTaken(certificateRegister(schemeToken, year));

export type CertificateAllocation = 'ALLOCATED' | RegisterMoved | 'ALREADY_ISSUED' | 'ALREADY_HELD';

/** The participant's certificate in force in the programme (its latest version) and its decision. */
export interface HeldCertificateRef {
  registrationNumber: string;
  decisionId: string;
}

const heldRefOf = (item: Record<string, unknown>): HeldCertificateRef => ({
  registrationNumber: String(item.registrationNumber),
  decisionId: String(item.decisionId),
});

/** What the certificate worker reads of a participant before it acts on a decision (C21). */
export interface DecisionCertificateState {
  participant: Participant | undefined;
  /** The number this decision was given, if any (its guard item). */
  guarded: string | undefined;
  held: HeldCertificateRef | undefined;
  training: TrainingCertificateRecord | undefined;
}

/**
 * C21: the participant, the decision's guard, their held certificate and their training certificate, all in the
 * participant's partition: one strongly consistent BatchGetItem instead of a GetItem each.
 */
export async function decisionCertificateState(
  programId: string,
  nip: string,
  decisionId: string,
): Promise<DecisionCertificateState> {
  const [participant, guarded, held, training] = await readItems(
    participantRead(programId, nip),
    {
      key: decisionCertificateKey(programId, nip, decisionId),
      from: (item: Record<string, unknown>) => String(item.registrationNumber),
    },
    { key: heldCertificateKey(programId, nip), from: heldRefOf },
    trainingCertificateRead(programId, nip),
  );
  return { participant, guarded, held, training };
}

/** Which certificate the participant holds in the programme, if any (strongly consistent). */
export async function findHeldCertificate(
  programId: string,
  nip: string,
): Promise<HeldCertificateRef | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: tableName(), Key: heldCertificateKey(programId, nip), ConsistentRead: true }),
  );
  return Item ? heldRefOf(Item) : undefined;
}

/** The holding is listed under its scheme and version (SC3), so a new scheme version finds its holders. */
const holding = (certificate: CompetencyCertificateRecord) => ({
  ...heldCertificateKey(certificate.programId, certificate.nip),
  entity: 'HeldCertificate',
  ...schemeHolderIndexKeys(certificate),
  registrationNumber: certificate.registrationNumber,
  decisionId: certificate.decisionId,
  programId: certificate.programId,
  nip: certificate.nip,
});

const decisionGuard = (certificate: CompetencyCertificateRecord): TransactItem => ({
  Put: {
    TableName: tableName(),
    Item: {
      ...decisionCertificateKey(certificate.programId, certificate.nip, certificate.decisionId),
      entity: 'DecisionCertificate',
      registrationNumber: certificate.registrationNumber,
      issuedAt: certificate.issuedAt,
    },
    ConditionExpression: 'attribute_not_exists(pk)',
  },
});

/**
 * Takes sequence `last + 1` of the scheme's register for `certificate`, all or nothing, in one transaction:
 * the register moves only while it still stands at `last`; the decision's guard item is created only if the
 * decision holds no certificate yet; the certificate item only if its number is new; the participant's holding
 * only if they hold no certificate of the programme yet. REGISTER_MOVED: another certificate took the number,
 * try the next; ALREADY_ISSUED: a duplicate message got there first; ALREADY_HELD: another decision of the
 * participant was certified meanwhile (decide again).
 */
export async function allocateCertificate(
  schemeToken: string,
  year: number,
  last: number,
  certificate: CompetencyCertificateRecord,
): Promise<CertificateAllocation> {
  try {
    await transact([
      advance(certificateRegister(schemeToken, year), last),
      decisionGuard(certificate),
      {
        Put: {
          TableName: tableName(),
          Item: certificateItem(certificate),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Put: {
          TableName: tableName(),
          Item: holding(certificate),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ]);
    return 'ALLOCATED';
  } catch (error) {
    if (!(error instanceof ConcurrentChangeError)) throw error;
    // The guard tells a duplicate, the holding another decision's certificate; else the register moved.
    if (error.reasons[1] === 'ConditionalCheckFailed') return 'ALREADY_ISSUED';
    if (error.reasons[3] === 'ConditionalCheckFailed') return 'ALREADY_HELD';
    return REGISTER_MOVED;
  }
}

type StoredDocument = NonNullable<CompetencyCertificateRecord['document']>;

/**
 * Records the rendered PDF of a certificate version once, with the history entry that issues it and the
 * CertificateIssued event announcing it, all or nothing. False when the version already has its document (a
 * concurrent delivery recorded it first) or its history moved since it was read: read it again.
 */
export async function recordCertificateDocument(
  certificate: CompetencyCertificateRecord,
  document: StoredDocument,
  change: CertificateChange,
): Promise<boolean> {
  return transactOrFalse([
    changeVersion(certificate, change, {
      condition: 'attribute_exists(pk) AND attribute_not_exists(#document)',
      set: ['#document = :document'],
      names: { '#document': 'document' },
      values: { ':document': document },
    }),
    outboxPut(change.event),
  ]);
}

/** Every version of the participant's competency certificates in the programme, oldest number first. */
export async function certificatesOfParticipant(
  programId: string,
  instansiCode: string,
  nip: string,
): Promise<CompetencyCertificateRecord[]> {
  const items = await queryAll({
    IndexName: GSI1.name,
    KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :nip)',
    ExpressionAttributeNames: { '#pk': GSI1.pk, '#sk': GSI1.sk },
    ExpressionAttributeValues: {
      ':pk': instansiCertificatesPartition(programId, instansiCode),
      ':nip': participantCertificatesPrefix(nip),
    },
  });
  return items.filter((item) => item.entity === 'Certificate').map(asCertificate);
}

export interface InstansiCertificates {
  competency: CompetencyCertificateRecord[];
  training: TrainingCertificateRecord[];
}

/** Every certificate (all versions, and the training certificates) of an instansi in a programme. */
export async function certificatesOfInstansi(
  programId: string,
  instansiCode: string,
): Promise<InstansiCertificates> {
  const items = await queryAll({
    IndexName: GSI1.name,
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': GSI1.pk },
    ExpressionAttributeValues: { ':pk': instansiCertificatesPartition(programId, instansiCode) },
  });
  return {
    competency: items.filter((item) => item.entity === 'Certificate').map(asCertificate),
    training: items.filter((item) => item.entity === 'TrainingCertificate').map((item) => withoutKeys(item)),
  };
}

export interface RevokedCertificate {
  registrationNumber: string;
  holderName: string;
  holderNip: string;
  instansiCode: string;
  scheme: CompetencyCertificateRecord['scheme'];
  revokedOn: string;
  /** The kinds of the grounds (DISIPLIN, PIDANA): the public learns the kind, never the case. */
  groundKinds: ('DISIPLIN' | 'PIDANA')[];
  notice: string;
}

/** The public revocation list, newest revocation first, a page at a time (sparse gsi2; no Scan). */
export async function listRevokedCertificates(
  options: { limit?: number; cursor?: string } = {},
): Promise<Page<RevokedCertificate>> {
  return queryPage(
    {
      index: GSI2,
      pk: REVOKED_PARTITION,
      newestFirst: true,
      limit: options.limit ?? 100,
      cursor: options.cursor,
    },
    (item) => {
      const c = withoutKeys<CompetencyCertificateRecord>(item);
      return {
        registrationNumber: c.registrationNumber,
        holderName: c.holder.name,
        holderNip: c.holder.nip,
        instansiCode: c.instansiCode,
        scheme: c.scheme,
        revokedOn: c.revocation?.revokedOn ?? '',
        groundKinds: [...new Set((c.revocation?.grounds ?? []).map((g) => g.kind))],
        notice: c.revocation?.notice ?? '',
      };
    },
  );
}

/**
 * Revokes an AKTIF certificate: status DICABUT, the revocation recorded, the item enters the public revocation
 * list (gsi2), and the change is entered in its history and announced, all or nothing. False when it is no
 * longer AKTIF (revoked or superseded meanwhile) or its history moved.
 */
export async function recordRevocation(
  certificate: CompetencyCertificateRecord,
  revocation: NonNullable<CompetencyCertificateRecord['revocation']>,
  change: CertificateChange,
  /** Written with it, all or nothing: the monitoring record it rests on (surveillance-repository.ts, SV9). */
  also: TransactItem[] = [],
): Promise<boolean> {
  return transactOrFalse([
    changeVersion(certificate, change, {
      condition: '#status = :active',
      set: ['#status = :revoked', '#revocation = :revocation', '#gsi2pk = :gsi2pk', '#gsi2sk = :gsi2sk'],
      names: { '#status': 'status', '#revocation': 'revocation', '#gsi2pk': GSI2.pk, '#gsi2sk': GSI2.sk },
      values: {
        ':active': 'AKTIF',
        ':revoked': 'DICABUT',
        ':revocation': revocation,
        ':gsi2pk': REVOKED_PARTITION,
        ':gsi2sk': revokedSortKey(revocation.revokedOn, certificate.registrationNumber),
      },
    }),
    outboxPut(change.event),
    ...also,
  ]);
}

/**
 * Reinstates a DICABUT certificate: AKTIF again, the reinstatement appended, the item leaves the revocation
 * list, and the change is entered in its history and announced, all or nothing. False when it is no longer
 * revoked or its history moved.
 */
export async function recordReinstatement(
  certificate: CompetencyCertificateRecord,
  reinstatement: CompetencyCertificateRecord['reinstatements'][number],
  change: CertificateChange,
): Promise<boolean> {
  return transactOrFalse([
    changeVersion(certificate, change, {
      condition: '#status = :revoked',
      set: [
        '#status = :active',
        '#reinstatements = list_append(if_not_exists(#reinstatements, :none), :one)',
      ],
      remove: ['#revocation', '#gsi2pk', '#gsi2sk'],
      names: {
        '#status': 'status',
        '#reinstatements': 'reinstatements',
        '#revocation': 'revocation',
        '#gsi2pk': GSI2.pk,
        '#gsi2sk': GSI2.sk,
      },
      values: { ':revoked': 'DICABUT', ':active': 'AKTIF', ':one': [reinstatement] },
    }),
    outboxPut(change.event),
  ]);
}

/**
 * Replaces a version by `next`, all or nothing: the old one becomes DIMUTAKHIRKAN and names its successor (only
 * while its status is still the one read, it has no successor and its history has not moved), leaves the
 * revocation list, and records why; the new version is created only if its number is new; the participant's
 * holding moves to it; a new version on another decision takes that decision's guard; the change is announced.
 * For a re-issue (Pasal 35(3)) and for a decision superseded by a competent one; `also`: writes that go with it
 * (the completed enrolment of a scheme update, SC7). False when anything moved.
 */
export async function recordNewVersion(
  previous: CompetencyCertificateRecord,
  next: CompetencyCertificateRecord,
  change: CertificateChange,
  also: TransactItem[] = [],
): Promise<boolean> {
  return transactOrFalse([
    changeVersion(previous, change, {
      condition: '#status = :seen AND attribute_not_exists(#supersededBy)',
      set: ['#status = :superseded', '#supersededBy = :next'],
      remove: ['#gsi2pk', '#gsi2sk'],
      names: { '#status': 'status', '#supersededBy': 'supersededBy', '#gsi2pk': GSI2.pk, '#gsi2sk': GSI2.sk },
      values: {
        ':seen': previous.status,
        ':superseded': 'DIMUTAKHIRKAN',
        ':next': next.registrationNumber,
      },
    }),
    {
      Put: {
        TableName: tableName(),
        Item: certificateItem(next),
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    {
      Put: {
        TableName: tableName(),
        Item: holding(next),
        // A certificate issued before holdings were recorded has none yet.
        ConditionExpression: 'attribute_not_exists(pk) OR #registrationNumber = :previous',
        ExpressionAttributeNames: { '#registrationNumber': 'registrationNumber' },
        ExpressionAttributeValues: { ':previous': previous.registrationNumber },
      },
    },
    ...(next.decisionId !== previous.decisionId ? [decisionGuard(next)] : []),
    outboxPut(change.event),
    ...also,
  ]);
}

/**
 * Annuls a version whose decision was superseded by a not-yet-competent one: DIBATALKAN, off the revocation
 * list, with the history entry and its event, all or nothing. False when its status or history moved.
 */
export async function recordAnnulment(
  certificate: CompetencyCertificateRecord,
  change: CertificateChange,
): Promise<boolean> {
  return transactOrFalse([
    changeVersion(certificate, change, {
      condition: '#status = :seen',
      set: ['#status = :annulled'],
      remove: ['#gsi2pk', '#gsi2sk'],
      names: { '#status': 'status', '#gsi2pk': GSI2.pk, '#gsi2sk': GSI2.sk },
      values: { ':seen': certificate.status, ':annulled': 'DIBATALKAN' },
    }),
    outboxPut(change.event),
  ]);
}

export async function findTrainingCertificate(
  programId: string,
  nip: string,
): Promise<TrainingCertificateRecord | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({
      TableName: tableName(),
      Key: trainingCertificateKey(programId, nip),
      ConsistentRead: true,
    }),
  );
  return Item ? withoutKeys<TrainingCertificateRecord>(Item) : undefined;
}

/** The register of training certificate numbers of `year` (the year of issue, WIB). */
export const trainingCertificateRegister = (year: number): Register => ({
  key: trainingCounterKey(year),
  entity: 'TrainingCertificateCounter',
  name: `Training certificate register ${year}`,
});

export type TrainingAllocation = 'ALLOCATED' | RegisterMoved | 'ALREADY_ISSUED';

/**
 * Issues the training certificate of a programme with number `last + 1` of the year's register, all or nothing,
 * in one transaction: the register moves only while it still stands at `last`; the certificate is created only
 * if the participant has none in the programme yet, with its entry in the holder's development record; the
 * number's item, naming the participant, only if the number is new. ALREADY_ISSUED: a duplicate message got
 * there first; REGISTER_MOVED: another certificate took the number, try the next.
 */
export async function allocateTrainingCertificate(
  year: number,
  last: number,
  certificate: TrainingCertificateRecord & { number: string },
): Promise<TrainingAllocation> {
  const entry: DevelopmentEntry = {
    year: Number(certificate.completedOn.slice(0, 4)),
    programId: certificate.programId,
    title: certificate.title,
    trainingType: certificate.trainingType,
    jp: certificate.jp,
    completedOn: certificate.completedOn,
    instansiCode: certificate.instansiCode,
  };
  try {
    await transact([
      advance(trainingCertificateRegister(year), last),
      {
        Put: {
          TableName: tableName(),
          Item: {
            ...trainingCertificateKey(certificate.programId, certificate.nip),
            entity: 'TrainingCertificate',
            ...trainingCertificateIndexKeys(certificate),
            ...certificate,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Put: {
          TableName: tableName(),
          Item: {
            ...developmentKey(certificate.nip, entry),
            entity: 'DevelopmentRecord',
            nip: certificate.nip,
            ...entry,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Put: {
          TableName: tableName(),
          Item: {
            ...trainingNumberKey(certificate.number),
            entity: 'TrainingCertificateNumber',
            number: certificate.number,
            programId: certificate.programId,
            nip: certificate.nip,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ]);
    return 'ALLOCATED';
  } catch (error) {
    if (!(error instanceof ConcurrentChangeError)) throw error;
    // The certificate item tells a duplicate; anything else means the register moved.
    if (error.reasons[1] === 'ConditionalCheckFailed') return 'ALREADY_ISSUED';
    return REGISTER_MOVED;
  }
}

/**
 * The training certificate a number names: the number's item says whose it is (strongly consistent), then the
 * certificate is read (C12). Undefined for a number never taken.
 */
export async function findTrainingCertificateByNumber(
  number: string,
): Promise<TrainingCertificateRecord | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: tableName(), Key: trainingNumberKey(number), ConsistentRead: true }),
  );
  return Item ? findTrainingCertificate(String(Item.programId), String(Item.nip)) : undefined;
}

/**
 * Records the rendered PDF of the training certificate once, with the TrainingCertificateIssued event, all or
 * nothing; false when a concurrent delivery recorded it first.
 */
export async function recordTrainingDocument(
  programId: string,
  nip: string,
  document: StoredDocument,
  event: OutboxEvent,
): Promise<boolean> {
  return transactOrFalse([
    {
      Update: {
        TableName: tableName(),
        Key: trainingCertificateKey(programId, nip),
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#document)',
        UpdateExpression: 'SET #document = :document',
        ExpressionAttributeNames: { '#document': 'document' },
        ExpressionAttributeValues: { ':document': document },
      },
    },
    outboxPut(event),
  ]);
}

/** A participant of a programme, as the batch reads below name them. */
export interface ParticipantRef {
  programId: string;
  nip: string;
}

/** Most keys one BatchGetItem takes: the batch reads below take at most this many participants. */
export const BATCH_READ_LIMIT = 100;

/**
 * C17: a page of the training certificates of the trainings an instansi proposed, of every programme or of one,
 * by programme and NIP (sparse gsi2; no Scan). Pass the page's `nextCursor` to read the next.
 */
export function trainingCertificatesOfInstansi(
  instansiCode: string,
  options: { programId?: string; limit: number; cursor?: string },
): Promise<Page<TrainingCertificateRecord>> {
  return queryPage(
    {
      index: GSI2,
      pk: instansiTrainingPartition(instansiCode),
      ...(options.programId && {
        skBeginsWith: { name: 'program', value: trainingOfProgram(options.programId) },
      }),
      limit: options.limit,
      cursor: options.cursor,
    },
    (item) => withoutKeys<TrainingCertificateRecord>(item),
  );
}

/** C18: the training certificates of up to 100 participants, in one strongly consistent BatchGetItem. */
export function trainingCertificatesOf(
  refs: readonly ParticipantRef[],
): Promise<(TrainingCertificateRecord | undefined)[]> {
  return readItems(...refs.map((ref) => trainingCertificateRead(ref.programId, ref.nip)));
}

/** C18's read of one participant's training certificate, for a request's reads (`requestReads`). */
export const trainingCertificateRead = (
  programId: string,
  nip: string,
): ItemRead<TrainingCertificateRecord> => ({
  key: trainingCertificateKey(programId, nip),
  from: (item) => withoutKeys<TrainingCertificateRecord>(item),
});

/**
 * C19: the certificate in force of each of up to 100 participants (undefined for one who holds none): their
 * holdings, then the versions these name, each in one strongly consistent BatchGetItem.
 */
export async function certificatesInForce(
  refs: readonly ParticipantRef[],
): Promise<(CompetencyCertificateRecord | undefined)[]> {
  const held = await readItems(
    ...refs.map((ref) => ({
      key: heldCertificateKey(ref.programId, ref.nip),
      from: (item: Record<string, unknown>) => String(item.registrationNumber),
    })),
  );
  const numbers = held.filter((number) => number !== undefined);
  if (numbers.length === 0) return held.map(() => undefined);
  const versions = await readItems(
    ...numbers.map((number) => ({ key: certificateKey(number), from: asCertificate })),
  );
  const byNumber = new Map(versions.flatMap((v) => (v ? [[v.registrationNumber, v] as const] : [])));
  return held.map((number) => (number === undefined ? undefined : byNumber.get(number)));
}

/** The holder's development record across programmes, oldest year first (one partition per NIP). */
export async function developmentRecordOf(nip: string): Promise<DevelopmentEntry[]> {
  const items = await queryAll(skBeginsWith(developmentPartition(nip), DEVELOPMENT_PREFIX));
  return items.map((item) => {
    const { nip: _nip, ...entry } = withoutKeys<DevelopmentEntry & { nip: string }>(item);
    return entry;
  });
}

export async function findCertificateSigners(programId: string): Promise<CertificateSigners | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: tableName(), Key: certificateSignersKey(programId) }),
  );
  return Item ? withoutKeys<CertificateSigners>(Item) : undefined;
}

export async function saveCertificateSigners(signers: CertificateSigners): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...certificateSignersKey(signers.programId), entity: 'CertificateSigners', ...signers },
    }),
  );
}
