import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type {
  CertificateSigners,
  CompetencyCertificateRecord,
  DevelopmentEntry,
  TrainingCertificateRecord,
} from '../../../events/api/certificate';
import { dynamo } from '../clients';
import { decodeCursor, encodeCursor, type Page } from './pagination';
import { participantKey } from './seating-repository';
import { ConcurrentChangeError, GSI1, GSI2, isConditionalCheckFailure, tableName, transact } from './table';

/*
 * Certificates. Key shapes and access patterns: docs/drafts/data-model-certificates.md.
 *  - a certificate version:        pk CERTIFICATE#<registration number>, sk #CERTIFICATE (GetItem by number)
 *  - one per decision:             pk PARTICIPANT#<programId>#<nip>, sk CERTIFICATE#DECISION#<decisionId>
 *  - the training certificate:     pk PARTICIPANT#<programId>#<nip>, sk CERTIFICATE#TRAINING
 *  - the register of numbers:      pk COUNTER#CERTIFICATE#<scheme>#<year>, sk #COUNTER (attribute `last`)
 *  - an instansi's certificates:   gsi1 PROGRAM#<programId>#INSTANSI#<code>#CERTIFICATES / <nip>#<number|TRAINING>
 *  - the public revocation list:   gsi2 CERTIFICATES#REVOKED / <revokedOn>#<number> (only while revoked)
 *  - the development record:       pk ASN#<nip>, sk DEVELOPMENT#<year>#<completedOn>#<programId>
 *  - the signers of a programme:   pk PROGRAM#<programId>, sk #CERTIFICATE_SIGNERS
 */
export const certificateKey = (registrationNumber: string) => ({
  pk: `CERTIFICATE#${registrationNumber}`,
  sk: '#CERTIFICATE',
});
export const decisionCertificateKey = (programId: string, nip: string, decisionId: string) => ({
  pk: participantKey(programId, nip).pk,
  sk: `CERTIFICATE#DECISION#${decisionId}`,
});
export const trainingCertificateKey = (programId: string, nip: string) => ({
  pk: participantKey(programId, nip).pk,
  sk: 'CERTIFICATE#TRAINING',
});
export const certificateCounterKey = (schemeToken: string, year: number) => ({
  pk: `COUNTER#CERTIFICATE#${schemeToken}#${year}`,
  sk: '#COUNTER',
});
export const developmentKey = (
  nip: string,
  entry: Pick<DevelopmentEntry, 'year' | 'completedOn' | 'programId'>,
) => ({
  pk: `ASN#${nip}`,
  sk: `DEVELOPMENT#${entry.year}#${entry.completedOn}#${entry.programId}`,
});
export const certificateSignersKey = (programId: string) => ({
  pk: `PROGRAM#${programId}`,
  sk: '#CERTIFICATE_SIGNERS',
});
export const instansiCertificatesPartition = (programId: string, instansiCode: string) =>
  `PROGRAM#${programId}#INSTANSI#${instansiCode}#CERTIFICATES`;
export const REVOKED_PARTITION = 'CERTIFICATES#REVOKED';

const STORAGE_KEYS = new Set(['pk', 'sk', 'entity', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk']);
function strip<T>(item: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(item).filter(([k]) => !STORAGE_KEYS.has(k))) as T;
}

function certificateItem(certificate: CompetencyCertificateRecord): Record<string, unknown> {
  return {
    ...certificateKey(certificate.registrationNumber),
    entity: 'Certificate',
    [GSI1.pk]: instansiCertificatesPartition(certificate.programId, certificate.instansiCode),
    [GSI1.sk]: `${certificate.nip}#${certificate.registrationNumber}`,
    ...certificate,
  };
}

export async function findCertificateByNumber(
  registrationNumber: string,
): Promise<CompetencyCertificateRecord | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: tableName(), Key: certificateKey(registrationNumber), ConsistentRead: true }),
  );
  return Item ? strip<CompetencyCertificateRecord>(Item) : undefined;
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

/** The last sequence of the scheme's register in `year` (0 when none yet). */
export async function lastCertificateSequence(schemeToken: string, year: number): Promise<number> {
  const { Item } = await dynamo().send(
    new GetCommand({
      TableName: tableName(),
      Key: certificateCounterKey(schemeToken, year),
      ConsistentRead: true,
    }),
  );
  return Item ? Number(Item.last) : 0;
}

export type CertificateAllocation = 'ALLOCATED' | 'REGISTER_MOVED' | 'ALREADY_ISSUED';

/**
 * Takes sequence `last + 1` of the scheme's register for `certificate`, all or nothing, in one transaction:
 * the register moves only while it still stands at `last`; the decision's guard item is created only if the
 * decision holds no certificate yet; the certificate item only if its number is new. REGISTER_MOVED: another
 * certificate took the number, try the next; ALREADY_ISSUED: a duplicate message got there first.
 */
export async function allocateCertificate(
  schemeToken: string,
  year: number,
  last: number,
  certificate: CompetencyCertificateRecord,
): Promise<CertificateAllocation> {
  try {
    await transact([
      {
        Update: {
          TableName: tableName(),
          Key: certificateCounterKey(schemeToken, year),
          ConditionExpression: last === 0 ? 'attribute_not_exists(#last)' : '#last = :last',
          UpdateExpression: 'SET #last = :next, #entity = :entity',
          ExpressionAttributeNames: { '#last': 'last', '#entity': 'entity' },
          ExpressionAttributeValues: {
            ...(last === 0 ? {} : { ':last': last }),
            ':next': last + 1,
            ':entity': 'CertificateCounter',
          },
        },
      },
      {
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
      },
      {
        Put: {
          TableName: tableName(),
          Item: certificateItem(certificate),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ]);
    return 'ALLOCATED';
  } catch (error) {
    if (!(error instanceof ConcurrentChangeError)) throw error;
    // Only the guard item tells a duplicate; anything else is the register moving under us.
    return error.reasons[1] === 'ConditionalCheckFailed' ? 'ALREADY_ISSUED' : 'REGISTER_MOVED';
  }
}

type StoredDocument = NonNullable<CompetencyCertificateRecord['document']>;

/**
 * Records the rendered PDF of a certificate version, once: the first writer wins and owes the announcement
 * (`eventPending` until its event is published), so concurrent duplicates announce it once. False when another
 * delivery recorded it first.
 */
export async function recordCertificateDocument(
  registrationNumber: string,
  document: StoredDocument,
): Promise<boolean> {
  return recordDocumentOnce(certificateKey(registrationNumber), document);
}

async function recordDocumentOnce(
  key: { pk: string; sk: string },
  document: StoredDocument,
): Promise<boolean> {
  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: key,
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#document)',
        UpdateExpression: 'SET #document = :document, #eventPending = :true',
        ExpressionAttributeNames: { '#document': 'document', '#eventPending': 'eventPending' },
        ExpressionAttributeValues: { ':document': document, ':true': true },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionalCheckFailure(error)) return false;
    throw error;
  }
}

/** The announcement of a recorded document has been published. */
export async function clearEventPending(key: { pk: string; sk: string }): Promise<void> {
  await dynamo().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: key,
      UpdateExpression: 'REMOVE #eventPending',
      ExpressionAttributeNames: { '#eventPending': 'eventPending' },
    }),
  );
}

/** Every version of the participant's competency certificates in the programme, oldest number first. */
export async function certificatesOfParticipant(
  programId: string,
  instansiCode: string,
  nip: string,
): Promise<CompetencyCertificateRecord[]> {
  const items = await queryAll({
    TableName: tableName(),
    IndexName: GSI1.name,
    KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :nip)',
    ExpressionAttributeNames: { '#pk': GSI1.pk, '#sk': GSI1.sk },
    ExpressionAttributeValues: {
      ':pk': instansiCertificatesPartition(programId, instansiCode),
      ':nip': `${nip}#`,
    },
  });
  return items.filter((item) => item.entity === 'Certificate').map((item) => strip(item));
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
    TableName: tableName(),
    IndexName: GSI1.name,
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': GSI1.pk },
    ExpressionAttributeValues: { ':pk': instansiCertificatesPartition(programId, instansiCode) },
  });
  return {
    competency: items.filter((item) => item.entity === 'Certificate').map((item) => strip(item)),
    training: items.filter((item) => item.entity === 'TrainingCertificate').map((item) => strip(item)),
  };
}

async function queryAll(
  input: ConstructorParameters<typeof QueryCommand>[0],
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await dynamo().send(
      new QueryCommand({ ...input, ...(startKey ? { ExclusiveStartKey: startKey } : {}) }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

export interface RevokedCertificate {
  registrationNumber: string;
  holderName: string;
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
  const page = await dynamo().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: GSI2.name,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': GSI2.pk },
      ExpressionAttributeValues: { ':pk': REVOKED_PARTITION },
      ScanIndexForward: false,
      Limit: options.limit ?? 100,
      ...(options.cursor
        ? {
            ExclusiveStartKey: decodeCursor(options.cursor, { attribute: GSI2.pk, value: REVOKED_PARTITION }),
          }
        : {}),
    }),
  );
  const items = (page.Items ?? []).map((item) => {
    const c = strip<CompetencyCertificateRecord>(item);
    return {
      registrationNumber: c.registrationNumber,
      holderName: c.holder.name,
      scheme: c.scheme,
      revokedOn: c.revocation?.revokedOn ?? '',
      groundKinds: [...new Set((c.revocation?.grounds ?? []).map((g) => g.kind))],
      notice: c.revocation?.notice ?? '',
    };
  });
  const nextCursor = encodeCursor(page.LastEvaluatedKey);
  return nextCursor ? { items, nextCursor } : { items };
}

/**
 * Revokes an AKTIF certificate: status DICABUT, the revocation recorded, and the item enters the public
 * revocation list (gsi2). False when it is no longer AKTIF (revoked or superseded meanwhile).
 */
export async function recordRevocation(
  registrationNumber: string,
  revocation: NonNullable<CompetencyCertificateRecord['revocation']>,
): Promise<boolean> {
  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: certificateKey(registrationNumber),
        ConditionExpression: '#status = :active',
        UpdateExpression:
          'SET #status = :revoked, #revocation = :revocation, #gsi2pk = :gsi2pk, #gsi2sk = :gsi2sk',
        ExpressionAttributeNames: {
          '#status': 'status',
          '#revocation': 'revocation',
          '#gsi2pk': GSI2.pk,
          '#gsi2sk': GSI2.sk,
        },
        ExpressionAttributeValues: {
          ':active': 'AKTIF',
          ':revoked': 'DICABUT',
          ':revocation': revocation,
          ':gsi2pk': REVOKED_PARTITION,
          ':gsi2sk': `${revocation.revokedOn}#${registrationNumber}`,
        },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionalCheckFailure(error)) return false;
    throw error;
  }
}

/**
 * Reinstates a DICABUT certificate: AKTIF again, the reinstatement appended, the revocation kept as history
 * in it, and the item leaves the revocation list. False when it is no longer revoked.
 */
export async function recordReinstatement(
  registrationNumber: string,
  reinstatement: CompetencyCertificateRecord['reinstatements'][number],
): Promise<boolean> {
  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: certificateKey(registrationNumber),
        ConditionExpression: '#status = :revoked',
        UpdateExpression:
          'SET #status = :active, #reinstatements = list_append(if_not_exists(#reinstatements, :none), :one) REMOVE #revocation, #gsi2pk, #gsi2sk',
        ExpressionAttributeNames: {
          '#status': 'status',
          '#reinstatements': 'reinstatements',
          '#revocation': 'revocation',
          '#gsi2pk': GSI2.pk,
          '#gsi2sk': GSI2.sk,
        },
        ExpressionAttributeValues: {
          ':revoked': 'DICABUT',
          ':active': 'AKTIF',
          ':none': [],
          ':one': [reinstatement],
        },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionalCheckFailure(error)) return false;
    throw error;
  }
}

/**
 * Re-issues a certificate as its next version, all or nothing: the old version becomes DIMUTAKHIRKAN and names
 * its successor, only while it is AKTIF and not yet superseded; the new version is created only if its number
 * is new. False when another change got there first.
 */
export async function recordReissue(
  previous: CompetencyCertificateRecord,
  next: CompetencyCertificateRecord,
): Promise<boolean> {
  try {
    await transact([
      {
        Update: {
          TableName: tableName(),
          Key: certificateKey(previous.registrationNumber),
          ConditionExpression: '#status = :active AND attribute_not_exists(#supersededBy)',
          UpdateExpression: 'SET #status = :superseded, #supersededBy = :next',
          ExpressionAttributeNames: { '#status': 'status', '#supersededBy': 'supersededBy' },
          ExpressionAttributeValues: {
            ':active': 'AKTIF',
            ':superseded': 'DIMUTAKHIRKAN',
            ':next': next.registrationNumber,
          },
        },
      },
      {
        Put: {
          TableName: tableName(),
          Item: certificateItem(next),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ]);
    return true;
  } catch (error) {
    if (error instanceof ConcurrentChangeError) return false;
    throw error;
  }
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
  return Item ? strip<TrainingCertificateRecord>(Item) : undefined;
}

/**
 * Records the training certificate of a programme with its entry in the holder's development record, once:
 * false when it is already recorded (a duplicate message).
 */
export async function createTrainingCertificate(certificate: TrainingCertificateRecord): Promise<boolean> {
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
      {
        Put: {
          TableName: tableName(),
          Item: {
            ...trainingCertificateKey(certificate.programId, certificate.nip),
            entity: 'TrainingCertificate',
            [GSI1.pk]: instansiCertificatesPartition(certificate.programId, certificate.instansiCode),
            [GSI1.sk]: `${certificate.nip}#TRAINING`,
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
    ]);
    return true;
  } catch (error) {
    if (error instanceof ConcurrentChangeError) return false;
    throw error;
  }
}

export async function recordTrainingDocument(
  programId: string,
  nip: string,
  document: StoredDocument,
): Promise<boolean> {
  return recordDocumentOnce(trainingCertificateKey(programId, nip), document);
}

/** The holder's development record across programmes, oldest year first (one partition per NIP). */
export async function developmentRecordOf(nip: string): Promise<DevelopmentEntry[]> {
  const items = await queryAll({
    TableName: tableName(),
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': `ASN#${nip}`, ':prefix': 'DEVELOPMENT#' },
  });
  return items.map((item) => {
    const { nip: _nip, ...entry } = strip<DevelopmentEntry & { nip: string }>(item);
    return entry;
  });
}

export async function findCertificateSigners(programId: string): Promise<CertificateSigners | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: tableName(), Key: certificateSignersKey(programId) }),
  );
  return Item ? strip<CertificateSigners>(Item) : undefined;
}

export async function saveCertificateSigners(signers: CertificateSigners): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...certificateSignersKey(signers.programId), entity: 'CertificateSigners', ...signers },
    }),
  );
}
