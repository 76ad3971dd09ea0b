import '../../functions/helpers/env';
import {
  DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  findPosition,
  findStandardVersion,
  listPositions,
  registerPosition,
  reviseStandard,
} from '../../../adapters/dynamodb/structural-position-repository';
import { StandardVersion, StructuralPosition } from '../../../events/api/structural-standards';
import { TABLE_NAME } from '../../functions/helpers/env';
import { cancelledAt } from './dynamodb-errors';

const ddb = mockClient(DynamoDBDocumentClient);
beforeEach(() => ddb.reset());

const POSITION = structuredClone((StructuralPosition.meta()?.examples as StructuralPosition[])[0]!);
const STANDARD = structuredClone((StandardVersion.meta()?.examples as StandardVersion[])[0]!);
const PK = `STRUCTURAL#${POSITION.instansiCode}`;
const positionItem = { pk: PK, sk: `POSITION#${POSITION.code}`, entity: 'StructuralPosition', ...POSITION };
const versionPut = (standard: StandardVersion) => ({
  Put: {
    TableName: TABLE_NAME,
    Item: {
      pk: PK,
      sk: `STANDARD#${standard.positionCode}#${String(standard.version).padStart(4, '0')}`,
      entity: 'StructuralStandard',
      ...standard,
    },
    ConditionExpression: 'attribute_not_exists(pk)',
  },
});

describe('structural position repository', () => {
  it('SK1: a new position with version 1 of its standard, both or neither; false when the code is taken', async () => {
    ddb.on(TransactWriteCommand).resolvesOnce({}).rejectsOnce(cancelledAt(2, 0));
    expect(await registerPosition(POSITION, STANDARD)).toBe(true);
    expect(await registerPosition(POSITION, STANDARD)).toBe(false);
    expect(ddb.commandCalls(TransactWriteCommand)[0]!.args[0].input).toStrictEqual({
      TransactItems: [
        {
          Put: { TableName: TABLE_NAME, Item: positionItem, ConditionExpression: 'attribute_not_exists(pk)' },
        },
        versionPut(STANDARD),
      ],
    });
  });

  it('SK2: one position with its standard in force, strongly consistent', async () => {
    ddb.on(GetCommand).resolves({ Item: positionItem });
    expect(await findPosition(POSITION.instansiCode, POSITION.code)).toStrictEqual(POSITION);
    expect(ddb.commandCalls(GetCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Key: { pk: PK, sk: 'POSITION#KABAG-REN' },
      ConsistentRead: true,
    });
  });

  it("SK3: the instansi's positions", async () => {
    ddb.on(QueryCommand).resolves({ Items: [positionItem] });
    expect(await listPositions(POSITION.instansiCode)).toStrictEqual([POSITION]);
    expect(ddb.commandCalls(QueryCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': PK, ':prefix': 'POSITION#' },
    });
  });

  it('SK4: a new version in force only while the version it revises is; false when another came first', async () => {
    const v2 = { ...STANDARD, version: 2 };
    const revised = { ...POSITION, version: 2 };
    ddb.on(TransactWriteCommand).resolvesOnce({}).rejectsOnce(cancelledAt(2, 0));
    expect(await reviseStandard(revised, v2, 1)).toBe(true);
    expect(await reviseStandard(revised, v2, 1)).toBe(false);
    expect(ddb.commandCalls(TransactWriteCommand)[0]!.args[0].input).toStrictEqual({
      TransactItems: [
        {
          Put: {
            TableName: TABLE_NAME,
            Item: { ...positionItem, version: 2 },
            ConditionExpression: '#version = :revises',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: { ':revises': 1 },
          },
        },
        versionPut(v2),
      ],
    });
  });

  it('SK5: one version of a standard, strongly consistent', async () => {
    ddb.on(GetCommand).resolves({ Item: versionPut(STANDARD).Put.Item });
    expect(await findStandardVersion(STANDARD.instansiCode, STANDARD.positionCode, 1)).toStrictEqual(
      STANDARD,
    );
    expect(ddb.commandCalls(GetCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Key: { pk: PK, sk: 'STANDARD#KABAG-REN#0001' },
      ConsistentRead: true,
    });
  });
});
