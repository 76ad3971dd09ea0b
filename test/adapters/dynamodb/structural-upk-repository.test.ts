import '../../functions/helpers/env';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { findUpk, listUpks, saveUpk } from '../../../adapters/dynamodb/structural-upk-repository';
import { Upk } from '../../../events/api/structural';
import { TABLE_NAME } from '../../functions/helpers/env';
import { conditionFailed } from './dynamodb-errors';

const ddb = mockClient(DynamoDBDocumentClient);
beforeEach(() => ddb.reset());

const UPK = structuredClone((Upk.meta()?.examples as Upk[])[0]!);
const KEY = { pk: `STRUCTURAL#${UPK.instansiCode}`, sk: `UPK#${UPK.id}` };
const item = { ...KEY, entity: 'StructuralUpk', ...UPK };

describe('structural UPK repository', () => {
  it('SA6: records a UPK once', async () => {
    ddb.on(PutCommand).resolvesOnce({}).rejectsOnce(conditionFailed());
    expect(await saveUpk(UPK)).toBe(true);
    expect(await saveUpk(UPK)).toBe(false);
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Item: item,
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  });

  it("SA7: an instansi's UPK in order of recording", async () => {
    ddb.on(QueryCommand).resolves({ Items: [item] });
    expect(await listUpks(UPK.instansiCode)).toStrictEqual([UPK]);
    expect(ddb.commandCalls(QueryCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': KEY.pk, ':prefix': 'UPK#' },
    });
  });

  it('SA8: one UPK, strongly consistent', async () => {
    ddb.on(GetCommand).resolves({ Item: item });
    expect(await findUpk(UPK.instansiCode, UPK.id)).toStrictEqual(UPK);
    expect(ddb.commandCalls(GetCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Key: KEY,
      ConsistentRead: true,
    });
  });
});
