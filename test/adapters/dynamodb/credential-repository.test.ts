import '../../functions/helpers/env';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import {
  allocateCredential,
  certificateWithCredential,
  credentialsOf,
  findCredential,
  findStatusList,
  recordCredentialDocument,
  recordStatusListPublished,
  STATUS_ENTRY_REGISTER,
  writeStatusList,
  type CredentialRecord,
} from '../../../adapters/dynamodb/credential-repository';
import { lastTaken, REGISTER_MOVED } from '../../../adapters/dynamodb/register';
import { TABLE_NAME } from '../../functions/helpers/env';
import { cancelled, conditionFailed } from './dynamodb-errors';

const ddb = mockClient(DynamoDBDocumentClient);
afterEach(() => ddb.reset());

const NUMBER = '0042/SKTM-ASN/L3/2027';
const CREDENTIAL: CredentialRecord = {
  registrationNumber: NUMBER,
  programId: 'prg_0f8fad5b-d9cb-469f-a165-70867728950e',
  nip: '198503102010011002',
  listId: 1,
  index: 41,
  salt: '00ff',
  allocatedAt: '2027-08-20T03:00:05.000Z',
};
const CREDENTIAL_KEY = { pk: `CERTIFICATE#${NUMBER}`, sk: '#CREDENTIAL' };
const LIST_KEY = { pk: 'STATUS_LIST#1', sk: '#STATUS_LIST' };
const input = <T>(calls: { args: [{ input: T }] }[]) => calls.map((c) => c.args[0].input);

describe('credential repository', () => {
  it('V1: reads the credential of a version strongly consistent, without its keys', async () => {
    ddb.on(GetCommand).resolves({ Item: { ...CREDENTIAL_KEY, entity: 'Credential', ...CREDENTIAL } });

    const found = await findCredential(NUMBER);

    expect(found).toEqual(CREDENTIAL);
    expect(input(ddb.commandCalls(GetCommand))).toEqual([
      { TableName: TABLE_NAME, Key: CREDENTIAL_KEY, ConsistentRead: true },
    ]);
  });

  it('V8: reads the credentials of several versions in one strongly consistent BatchGetItem, in order, undefined for one not allocated', async () => {
    const NEXT = '0043/SKTM-ASN/L3/2027';
    ddb.on(BatchGetCommand).resolves({
      Responses: { [TABLE_NAME]: [{ ...CREDENTIAL_KEY, entity: 'Credential', ...CREDENTIAL }] },
    });

    const found = await credentialsOf([NEXT, NUMBER]);

    expect(found).toStrictEqual([undefined, CREDENTIAL]);
    expect(input(ddb.commandCalls(BatchGetCommand))).toStrictEqual([
      {
        RequestItems: {
          [TABLE_NAME]: {
            Keys: [{ pk: `CERTIFICATE#${NEXT}`, sk: '#CREDENTIAL' }, CREDENTIAL_KEY],
            ConsistentRead: true,
          },
        },
      },
    ]);
  });

  it('V9: reads a version and its credential in one strongly consistent BatchGetItem; undefined for either absent', async () => {
    const CERTIFICATE_KEY = { pk: `CERTIFICATE#${NUMBER}`, sk: '#CERTIFICATE' };
    const certificate = { registrationNumber: NUMBER, status: 'AKTIF', history: [] };
    ddb
      .on(BatchGetCommand)
      .resolvesOnce({
        Responses: {
          [TABLE_NAME]: [
            { ...CREDENTIAL_KEY, entity: 'Credential', ...CREDENTIAL },
            { ...CERTIFICATE_KEY, entity: 'Certificate', ...certificate },
          ],
        },
      })
      .resolvesOnce({ Responses: { [TABLE_NAME]: [] } });

    const found = [await certificateWithCredential(NUMBER), await certificateWithCredential(NUMBER)];

    expect(found).toStrictEqual([
      { certificate, credential: CREDENTIAL },
      { certificate: undefined, credential: undefined },
    ]);
    expect(input(ddb.commandCalls(BatchGetCommand))[0]).toStrictEqual({
      RequestItems: { [TABLE_NAME]: { Keys: [CERTIFICATE_KEY, CREDENTIAL_KEY], ConsistentRead: true } },
    });
  });

  it('V2: reads how many status entries were taken, strongly consistent (0 before the first)', async () => {
    ddb
      .on(GetCommand)
      .resolvesOnce({})
      .resolvesOnce({ Item: { last: 42 } });

    expect([await lastTaken(STATUS_ENTRY_REGISTER), await lastTaken(STATUS_ENTRY_REGISTER)]).toEqual([0, 42]);
    expect(input(ddb.commandCalls(GetCommand))[0]).toEqual({
      TableName: TABLE_NAME,
      Key: { pk: 'COUNTER#STATUS_LIST', sk: '#COUNTER' },
      ConsistentRead: true,
    });
  });

  it('V3: takes entry `last` with the credential, all or nothing; a second delivery takes none', async () => {
    ddb.on(TransactWriteCommand).resolvesOnce({}).rejectsOnce(cancelled('None', 'ConditionalCheckFailed'));

    const first = await allocateCredential(41, CREDENTIAL);
    const again = await allocateCredential(42, CREDENTIAL);

    expect([first, again]).toEqual(['ALLOCATED', 'ALREADY_ALLOCATED']);
    expect(input(ddb.commandCalls(TransactWriteCommand))[0]).toEqual({
      TransactItems: [
        {
          Update: {
            TableName: TABLE_NAME,
            Key: { pk: 'COUNTER#STATUS_LIST', sk: '#COUNTER' },
            ConditionExpression: '#last = :last',
            UpdateExpression: 'SET #last = :next, #entity = :entity',
            ExpressionAttributeNames: { '#last': 'last', '#entity': 'entity' },
            ExpressionAttributeValues: { ':last': 41, ':next': 42, ':entity': 'StatusEntryCounter' },
          },
        },
        {
          Put: {
            TableName: TABLE_NAME,
            Item: { ...CREDENTIAL_KEY, entity: 'Credential', ...CREDENTIAL },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      ],
    });
  });

  it('a lost race on the counter answers REGISTER_MOVED, for the next entry to be tried', async () => {
    ddb.on(TransactWriteCommand).rejects(cancelled('ConditionalCheckFailed', 'None'));
    expect(await allocateCredential(41, CREDENTIAL)).toBe(REGISTER_MOVED);
  });

  it('V4: records the signed credential once; false when already recorded', async () => {
    const document = { key: 'credentials/x.json', sha256: 'ab'.repeat(32), issuedAt: CREDENTIAL.allocatedAt };
    ddb.on(UpdateCommand).resolvesOnce({}).rejectsOnce(conditionFailed());

    expect([
      await recordCredentialDocument(NUMBER, document),
      await recordCredentialDocument(NUMBER, document),
    ]).toEqual([true, false]);
    expect(input(ddb.commandCalls(UpdateCommand))[0]).toEqual({
      TableName: TABLE_NAME,
      Key: CREDENTIAL_KEY,
      ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#document)',
      UpdateExpression: 'SET #document = :document',
      ExpressionAttributeNames: { '#document': 'document' },
      ExpressionAttributeValues: { ':document': document },
    });
  });

  it('V5: reads a status list strongly consistent; undefined before its first entry', async () => {
    ddb
      .on(GetCommand)
      .resolvesOnce({})
      .resolvesOnce({ Item: { ...LIST_KEY, listId: 1, encodedList: 'u', version: 3 } });

    expect([await findStatusList(1), await findStatusList(1)]).toEqual([
      undefined,
      { listId: 1, encodedList: 'u', version: 3 },
    ]);
    expect(input(ddb.commandCalls(GetCommand))[0]).toEqual({
      TableName: TABLE_NAME,
      Key: LIST_KEY,
      ConsistentRead: true,
    });
  });

  it('V6: writes the next version only at the version read (a new list only if absent); false when it moved', async () => {
    ddb.on(PutCommand).resolvesOnce({}).rejectsOnce(conditionFailed());
    const list = { listId: 1, encodedList: 'uH4sI', version: 4 };

    const created = await writeStatusList({ ...list, version: 1 }, undefined);
    const moved = await writeStatusList(list, 3);

    expect([created, moved]).toEqual([true, false]);
    expect(input(ddb.commandCalls(PutCommand))).toEqual([
      {
        TableName: TABLE_NAME,
        Item: { ...LIST_KEY, entity: 'StatusList', ...list, version: 1 },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
      {
        TableName: TABLE_NAME,
        Item: { ...LIST_KEY, entity: 'StatusList', ...list },
        ConditionExpression: '#version = :read',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':read': 3 },
      },
    ]);
  });

  it('V7: notes a published version unless a later one is, answering the list as it then stands', async () => {
    const after = { listId: 1, encodedList: 'u', version: 5, publishedVersion: 4 };
    ddb
      .on(UpdateCommand)
      .resolvesOnce({ Attributes: { ...LIST_KEY, entity: 'StatusList', ...after } })
      .rejectsOnce(conditionFailed());

    expect([await recordStatusListPublished(1, 4), await recordStatusListPublished(1, 3)]).toEqual([
      after,
      undefined,
    ]);
    expect(input(ddb.commandCalls(UpdateCommand))[0]).toEqual({
      TableName: TABLE_NAME,
      Key: LIST_KEY,
      ConditionExpression:
        'attribute_exists(pk) AND (attribute_not_exists(#published) OR #published < :version)',
      UpdateExpression: 'SET #published = :version',
      ExpressionAttributeNames: { '#published': 'publishedVersion' },
      ExpressionAttributeValues: { ':version': 4 },
      ReturnValues: 'ALL_NEW',
    });
  });
});
