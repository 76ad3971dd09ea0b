import '../../functions/helpers/env';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { findTpk, listTpks, saveTpk } from '../../../adapters/dynamodb/structural-tpk-repository';
import { Tpk } from '../../../events/api/structural';
import { TABLE_NAME } from '../../functions/helpers/env';
import { conditionFailed } from './dynamodb-errors';

const ddb = mockClient(DynamoDBDocumentClient);
beforeEach(() => ddb.reset());

const TPK = structuredClone((Tpk.meta()?.examples as Tpk[])[0]!);
const KEY = { pk: `STRUCTURAL#${TPK.instansiCode}`, sk: `TPK#${TPK.id}` };
const item = { ...KEY, entity: 'StructuralTpk', ...TPK };

describe('structural TPK repository', () => {
  it('SA9: records a TPK once', async () => {
    ddb.on(PutCommand).resolvesOnce({}).rejectsOnce(conditionFailed());
    expect(await saveTpk(TPK)).toBe(true);
    expect(await saveTpk(TPK)).toBe(false);
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Item: item,
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  });

  it("SA10: an instansi's TPK in order of forming", async () => {
    ddb.on(QueryCommand).resolves({ Items: [item] });
    expect(await listTpks(TPK.instansiCode)).toStrictEqual([TPK]);
    expect(ddb.commandCalls(QueryCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': KEY.pk, ':prefix': 'TPK#' },
    });
  });

  it('SA11: one TPK, strongly consistent', async () => {
    ddb.on(GetCommand).resolves({ Item: item });
    expect(await findTpk(TPK.instansiCode, TPK.id)).toStrictEqual(TPK);
    expect(ddb.commandCalls(GetCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Key: KEY,
      ConsistentRead: true,
    });
  });
});
