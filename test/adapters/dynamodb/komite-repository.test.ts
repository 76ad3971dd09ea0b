import '../../functions/helpers/env';
import { DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  listDecrees,
  listMeetings,
  saveDecree,
  saveMeeting,
} from '../../../adapters/dynamodb/komite-repository';
import { Decree, Meeting } from '../../../events/api/komite';
import { TABLE_NAME } from '../../functions/helpers/env';
import { conditionFailed } from './dynamodb-errors';

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

  it('KO2: every decree by date, strongly consistent', async () => {
    ddb.on(QueryCommand).resolves({ Items: [decreeItem] });
    expect(await listDecrees()).toStrictEqual([DECREE]);
    expect(queries()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': 'KOMITE', ':prefix': 'DECREE#' },
        ConsistentRead: true,
      },
    ]);
  });

  it('KO3: records a meeting with its decisions once', async () => {
    ddb.on(PutCommand).resolves({});
    expect(await saveMeeting(MEETING)).toBe(true);
    expect(puts()).toStrictEqual([
      { TableName: TABLE_NAME, Item: meetingItem, ConditionExpression: 'attribute_not_exists(pk)' },
    ]);
  });

  it('KO4: every meeting by date', async () => {
    ddb.on(QueryCommand).resolves({ Items: [meetingItem] });
    expect(await listMeetings()).toStrictEqual([MEETING]);
    expect(queries()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': 'KOMITE', ':prefix': 'MEETING#' },
      },
    ]);
  });
});
