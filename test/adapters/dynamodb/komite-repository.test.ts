import '../../functions/helpers/env';
import {
  DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  decreeInForceOn,
  decreePage,
  meetingsOfYear,
  meetingsPerYear,
  saveDecree,
  saveMeeting,
} from '../../../adapters/dynamodb/komite-repository';
import { ConcurrentChangeError } from '../../../adapters/dynamodb/table';
import { Decree, Meeting } from '../../../events/api/komite';
import { TABLE_NAME } from '../../functions/helpers/env';
import { cancelled, conditionFailed } from './dynamodb-errors';

const ddb = mockClient(DynamoDBDocumentClient);
beforeEach(() => ddb.reset());

const DECREE = structuredClone((Decree.meta()?.examples as Decree[])[0]!);
const MEETING = structuredClone((Meeting.meta()?.examples as Meeting[])[0]!);
const decreeItem = {
  pk: 'KOMITE',
  sk: `DECREE#${DECREE.decreeDate}#${DECREE.decreeNumber}`,
  entity: 'KomiteDecree',
  ...DECREE,
};
const meetingItem = {
  pk: 'KOMITE',
  sk: `MEETING#${MEETING.heldOn}#${MEETING.id}`,
  entity: 'KomiteMeeting',
  ...MEETING,
};
const puts = () => ddb.commandCalls(PutCommand).map((c) => c.args[0].input);
const queries = () => ddb.commandCalls(QueryCommand).map((c) => c.args[0].input);

describe('Komite repository', () => {
  it('KO1: records a decree once per date and number', async () => {
    ddb.on(PutCommand).resolvesOnce({}).rejectsOnce(conditionFailed());
    expect(await saveDecree(DECREE)).toBe(true);
    expect(await saveDecree(DECREE)).toBe(false);
    expect(puts()[0]).toStrictEqual({
      TableName: TABLE_NAME,
      Item: decreeItem,
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  });

  it('KO2: the decree in force on a date, read backwards from that date, one item, strongly consistent', async () => {
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [decreeItem] })
      .resolvesOnce({ Items: [] });
    expect(await decreeInForceOn('2019-11-20')).toStrictEqual(DECREE);
    expect(await decreeInForceOn('2019-02-28')).toBeUndefined();
    expect(queries()[0]).toStrictEqual({
      TableName: TABLE_NAME,
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :first AND :last',
      ExpressionAttributeValues: { ':pk': 'KOMITE', ':first': 'DECREE#', ':last': 'DECREE#2019-11-20~' },
      ScanIndexForward: false,
      Limit: 1,
      ConsistentRead: true,
    });
  });

  it('KO3: records a meeting with its decisions once, counted in its year in the same transaction', async () => {
    ddb.on(TransactWriteCommand).resolvesOnce({}).rejectsOnce(cancelled('None', 'TransactionConflict'));
    await saveMeeting(MEETING);
    await expect(saveMeeting(MEETING)).rejects.toBeInstanceOf(ConcurrentChangeError);
    expect(ddb.commandCalls(TransactWriteCommand)[0]!.args[0].input).toStrictEqual({
      TransactItems: [
        {
          Put: { TableName: TABLE_NAME, Item: meetingItem, ConditionExpression: 'attribute_not_exists(pk)' },
        },
        {
          Update: {
            TableName: TABLE_NAME,
            Key: { pk: 'KOMITE', sk: 'MEETINGS_IN#2019' },
            UpdateExpression: 'SET #entity = :entity, #year = :year ADD #meetings :one',
            ExpressionAttributeNames: { '#entity': 'entity', '#year': 'year', '#meetings': 'meetings' },
            ExpressionAttributeValues: { ':entity': 'KomiteMeetingYear', ':year': 2019, ':one': 1 },
          },
        },
      ],
    });
  });

  it('KO4: the meetings of one year by date', async () => {
    ddb.on(QueryCommand).resolves({ Items: [meetingItem] });
    expect(await meetingsOfYear(2019)).toStrictEqual([MEETING]);
    expect(queries()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': 'KOMITE', ':prefix': 'MEETING#2019-' },
      },
    ]);
  });

  it('KO5: one page of the decrees, oldest first, strongly consistent, the next from its cursor', async () => {
    const lastKey = { pk: 'KOMITE', sk: decreeItem.sk };
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [decreeItem], LastEvaluatedKey: lastKey })
      .resolvesOnce({ Items: [] });
    const first = await decreePage({ limit: 1 });
    expect(first).toStrictEqual({ items: [DECREE], nextCursor: expect.any(String) });
    expect(await decreePage({ limit: 1, cursor: first.nextCursor })).toStrictEqual({ items: [] });
    const page = {
      TableName: TABLE_NAME,
      KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
      ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
      ExpressionAttributeValues: { ':pk': 'KOMITE', ':prefix': 'DECREE#' },
      ConsistentRead: true,
      Limit: 1,
    };
    expect(queries()).toStrictEqual([page, { ...page, ExclusiveStartKey: lastKey }]);
  });

  it('KO6: the number of meetings of each year that had one, one item a year, strongly consistent', async () => {
    ddb.on(QueryCommand).resolves({
      Items: [
        { pk: 'KOMITE', sk: 'MEETINGS_IN#2019', entity: 'KomiteMeetingYear', year: 2019, meetings: 2 },
        { pk: 'KOMITE', sk: 'MEETINGS_IN#2021', entity: 'KomiteMeetingYear', year: 2021, meetings: 1 },
      ],
    });
    expect(await meetingsPerYear()).toStrictEqual(
      new Map([
        [2019, 2],
        [2021, 1],
      ]),
    );
    expect(queries()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': 'KOMITE', ':prefix': 'MEETINGS_IN#' },
        ConsistentRead: true,
      },
    ]);
  });
});
