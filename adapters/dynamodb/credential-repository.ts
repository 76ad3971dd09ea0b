import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../../runtime/clients';
import { credentialKey, statusEntryCounterKey, statusListKey } from './keys';
import { advance, REGISTER_MOVED, type Register, type RegisterMoved } from './register';
import type { CompetencyCertificateRecord } from '../../events/api/certificate';
import { certificateRead } from './certificate-repository';
import {
  ConcurrentChangeError,
  isConditionalCheckFailure,
  type ItemRead,
  readItems,
  sendIf,
  tableName,
  transact,
  withoutKeys,
} from './table';

/*
 * Open Badges credentials and their status lists. Key shapes (adapters/dynamodb/keys.ts) and access patterns
 * V1-V8: docs/data-model.md.
 *  - a certificate version's credential: pk CERTIFICATE#<registration number>, sk #CREDENTIAL
 *  - the counter of status entries:      pk COUNTER#STATUS_LIST, sk #COUNTER (attribute `last`)
 *  - one status list:                    pk STATUS_LIST#<listId>, sk #STATUS_LIST
 */

/** The credential of one certificate version: its status entry from allocation, its document once signed. */
export interface CredentialRecord {
  registrationNumber: string;
  programId: string;
  nip: string;
  /** The status list (1, 2, …) and the entry in it. */
  listId: number;
  index: number;
  /** Hex salt of the holder's hashed NIP in the credential. */
  salt: string;
  allocatedAt: string;
  /** The signed credential in the documents bucket, once issued. */
  document?: { key: string; sha256: string; issuedAt: string };
}

/** A status list's bits (encoded as published), its version (one per change) and the version last published. */
export interface StatusListRecord {
  listId: number;
  encodedList: string;
  version: number;
  publishedVersion?: number;
}

/** The counter every status entry is taken from (takeNext / advance of register.ts). */
export const STATUS_ENTRY_REGISTER: Register = {
  key: statusEntryCounterKey(),
  entity: 'StatusEntryCounter',
  name: 'Status list entry counter',
};

/** V1: the credential of a certificate version, if allocated. */
export async function findCredential(registrationNumber: string): Promise<CredentialRecord | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: tableName(), Key: credentialKey(registrationNumber), ConsistentRead: true }),
  );
  return Item ? withoutKeys<CredentialRecord>(Item) : undefined;
}

/**
 * V9: a certificate version and its credential (V1), in one strongly consistent BatchGetItem of the version's
 * partition: undefined for either not recorded.
 */
export async function certificateWithCredential(registrationNumber: string): Promise<{
  certificate: CompetencyCertificateRecord | undefined;
  credential: CredentialRecord | undefined;
}> {
  const [certificate, credential] = await readItems(certificateRead(registrationNumber), {
    key: credentialKey(registrationNumber),
    from: (item: Record<string, unknown>) => withoutKeys<CredentialRecord>(item),
  });
  return { certificate, credential };
}

/**
 * V8: the credentials of up to 100 certificate versions (BATCH_READ_LIMIT), in one strongly consistent
 * BatchGetItem, in the order asked; undefined for a version whose credential is not allocated.
 */
export function credentialsOf(
  registrationNumbers: readonly string[],
): Promise<(CredentialRecord | undefined)[]> {
  return readItems(...registrationNumbers.map(credentialRead));
}

/** V8's read of one version's credential, for a request's reads (`requestReads`). */
export const credentialRead = (registrationNumber: string): ItemRead<CredentialRecord> => ({
  key: credentialKey(registrationNumber),
  from: (item) => withoutKeys<CredentialRecord>(item),
});

/**
 * V3: takes entry `last` of the counter for the credential, all or nothing: the counter moves from `last` to
 * `last + 1` and the credential item is created, only if it does not exist. ALREADY_ALLOCATED when a
 * delivery of the same event created it first (no second entry is taken); REGISTER_MOVED when another
 * credential took the entry.
 */
export async function allocateCredential(
  last: number,
  credential: CredentialRecord,
): Promise<'ALLOCATED' | 'ALREADY_ALLOCATED' | RegisterMoved> {
  try {
    await transact([
      advance(STATUS_ENTRY_REGISTER, last),
      {
        Put: {
          TableName: tableName(),
          Item: { ...credentialKey(credential.registrationNumber), entity: 'Credential', ...credential },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ]);
    return 'ALLOCATED';
  } catch (error) {
    if (!(error instanceof ConcurrentChangeError)) throw error;
    if (error.reasons[1] === 'ConditionalCheckFailed') return 'ALREADY_ALLOCATED';
    return REGISTER_MOVED;
  }
}

/** V4: records the signed credential once; false when a concurrent delivery recorded it first. */
export function recordCredentialDocument(
  registrationNumber: string,
  document: NonNullable<CredentialRecord['document']>,
): Promise<boolean> {
  return sendIf(
    new UpdateCommand({
      TableName: tableName(),
      Key: credentialKey(registrationNumber),
      ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#document)',
      UpdateExpression: 'SET #document = :document',
      ExpressionAttributeNames: { '#document': 'document' },
      ExpressionAttributeValues: { ':document': document },
    }),
  );
}

/** V5: one status list, read strongly consistent; undefined before its first entry was written. */
export async function findStatusList(listId: number): Promise<StatusListRecord | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: tableName(), Key: statusListKey(listId), ConsistentRead: true }),
  );
  return Item ? withoutKeys<StatusListRecord>(Item) : undefined;
}

/**
 * V6: writes the list's next version, only while it still has the version that was read (absent for the first):
 * optimistic concurrency, so two changes of one list never overwrite each other. False when it moved.
 */
export function writeStatusList(list: StatusListRecord, readVersion: number | undefined): Promise<boolean> {
  return sendIf(
    new PutCommand({
      TableName: tableName(),
      Item: { ...statusListKey(list.listId), entity: 'StatusList', ...list },
      ConditionExpression: readVersion === undefined ? 'attribute_not_exists(pk)' : '#version = :read',
      ...(readVersion === undefined
        ? {}
        : {
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: { ':read': readVersion },
          }),
    }),
  );
}

/**
 * V7: notes that `version` of the list is published, unless a later one is, and answers the list as it stands
 * after the update (so the publisher needs no read to learn whether a newer version came meanwhile); undefined
 * when a later version was published already (or the list is gone).
 */
export async function recordStatusListPublished(
  listId: number,
  version: number,
): Promise<StatusListRecord | undefined> {
  try {
    const { Attributes } = await dynamo().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: statusListKey(listId),
        ConditionExpression:
          'attribute_exists(pk) AND (attribute_not_exists(#published) OR #published < :version)',
        UpdateExpression: 'SET #published = :version',
        ExpressionAttributeNames: { '#published': 'publishedVersion' },
        ExpressionAttributeValues: { ':version': version },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return Attributes && withoutKeys<StatusListRecord>(Attributes);
  } catch (error) {
    if (isConditionalCheckFailure(error)) return undefined;
    throw error;
  }
}
