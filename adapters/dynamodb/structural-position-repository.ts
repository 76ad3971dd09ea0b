import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { StandardVersion, StructuralPosition } from '../../events/api/structural-standards';
import { dynamo } from '../../runtime/clients';
import {
  STRUCTURAL_POSITION_PREFIX,
  structuralPartition,
  structuralPositionKey,
  structuralStandardKey,
} from './keys';
import { queryAll, skBeginsWith } from './query';
import { tableName, transactOrFalse, withoutKeys, type TransactItem } from './table';

/*
 * The register of an instansi's structural positions and their competency standards (docs/data-model.md,
 * "Structural positions and competency standards", SK1-SK5), in its structural partition: the position item holds
 * the standard in force and its version; every version is also an item of its own that is never changed, so a plan
 * that names a version names what the candidate is assessed against.
 */

const putVersion = (standard: StandardVersion): TransactItem => ({
  Put: {
    TableName: tableName(),
    Item: {
      ...structuralStandardKey(standard.instansiCode, standard.positionCode, standard.version),
      entity: 'StructuralStandard',
      ...standard,
    },
    ConditionExpression: 'attribute_not_exists(pk)',
  },
});

const positionItem = (position: StructuralPosition) => ({
  ...structuralPositionKey(position.instansiCode, position.code),
  entity: 'StructuralPosition',
  ...position,
});

/** SK1: a new position with version 1 of its standard, both or neither; false when the code is taken. */
export function registerPosition(position: StructuralPosition, standard: StandardVersion): Promise<boolean> {
  return transactOrFalse([
    {
      Put: {
        TableName: tableName(),
        Item: positionItem(position),
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    putVersion(standard),
  ]);
}

/** SK2: one position with its standard in force, strongly consistent (a revision and a determination read it). */
export async function findPosition(
  instansiCode: string,
  code: string,
): Promise<StructuralPosition | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({
      TableName: tableName(),
      Key: structuralPositionKey(instansiCode, code),
      ConsistentRead: true,
    }),
  );
  return Item ? withoutKeys<StructuralPosition>(Item) : undefined;
}

/** SK3: the instansi's positions, by code. */
export async function listPositions(instansiCode: string): Promise<StructuralPosition[]> {
  const items = await queryAll(skBeginsWith(structuralPartition(instansiCode), STRUCTURAL_POSITION_PREFIX));
  return items.map((item) => withoutKeys<StructuralPosition>(item));
}

/**
 * SK4: a new version of the position's standard, in force from now, both or neither; false when the version in
 * force is no longer `revises` (another revision came first).
 */
export function reviseStandard(
  position: StructuralPosition,
  standard: StandardVersion,
  revises: number,
): Promise<boolean> {
  return transactOrFalse([
    {
      Put: {
        TableName: tableName(),
        Item: positionItem(position),
        ConditionExpression: '#version = :revises',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':revises': revises },
      },
    },
    putVersion(standard),
  ]);
}

/** SK5: one version of a position's standard, strongly consistent (read right after it is recorded). */
export async function findStandardVersion(
  instansiCode: string,
  code: string,
  version: number,
): Promise<StandardVersion | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({
      TableName: tableName(),
      Key: structuralStandardKey(instansiCode, code, version),
      ConsistentRead: true,
    }),
  );
  return Item ? withoutKeys<StandardVersion>(Item) : undefined;
}
