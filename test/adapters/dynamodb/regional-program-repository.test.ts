import '../../functions/helpers/env';
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  approvalUpdate,
  findRegionalProgram,
  insertRegionalProgram,
  listRegionalPrograms,
  recordRejection,
} from '../../../adapters/dynamodb/regional-program-repository';
import { InvalidCursorError } from '../../../adapters/dynamodb/pagination';
import { RegionalProgram } from '../../../events/api/regional';
import { TABLE_NAME } from '../../functions/helpers/env';
import { conditionFailed } from './dynamodb-errors';

/*
 * Regional programmes, access patterns RG6-RG10 (docs/data-model.md): the exact command each sends.
 */

const ddb = mockClient(DynamoDBDocumentClient);
beforeEach(() => ddb.reset());

const PROPOSED = {
  ...((RegionalProgram.meta()?.examples as unknown[])[0] as RegionalProgram),
  status: 'PROPOSED' as const,
  decision: undefined,
  programId: undefined,
};
const { decision: _none, programId: _noProgram, ...RECORD } = PROPOSED;
const KEY = { pk: `REGIONAL_PROGRAM#${RECORD.id}`, sk: '#REGIONAL_PROGRAM' };
const SORT = (status: string) => `${status}#${RECORD.proposedAt}#${RECORD.id}`;
const DECISION = {
  outcome: 'REJECTED' as const,
  coordination: { heldOn: '2027-02-15', reference: 'ND-17/Pusbang ASN/II/2027' },
  reason: 'Anggaran daerah belum tersedia.',
  decidedBy: 'admin-bkn-1',
  decidedAt: '2027-02-16T03:00:00.000Z',
};

describe('regional programme repository', () => {
  it('RG6: records a proposal once, listed by status for BKN and for its Kanreg', async () => {
    ddb.on(PutCommand).resolves({});

    expect(await insertRegionalProgram(RECORD)).toBe(true);

    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Item: {
        ...KEY,
        entity: 'RegionalProgram',
        gsi1pk: 'REGIONAL_PROGRAMS',
        gsi1sk: SORT('PROPOSED'),
        gsi2pk: 'KANREG#III#REGIONAL_PROGRAMS',
        gsi2sk: SORT('PROPOSED'),
        ...RECORD,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  });

  it('RG7: one regional programme, strongly consistent, without its keys', async () => {
    ddb.on(GetCommand).resolves({ Item: { ...KEY, entity: 'RegionalProgram', gsi1pk: 'x', ...RECORD } });

    expect(await findRegionalProgram(RECORD.id)).toStrictEqual(RECORD);
    expect(ddb.commandCalls(GetCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Key: KEY,
      ConsistentRead: true,
    });
  });

  it('RG8: one page of one Kanreg’s proposals of one status on gsi2, of every one on gsi1, after the cursor', async () => {
    const lastKey = {
      ...KEY,
      gsi1pk: 'REGIONAL_PROGRAMS',
      gsi1sk: SORT('PROPOSED'),
    };
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [] })
      .resolvesOnce({
        Items: [{ ...lastKey, entity: 'RegionalProgram', ...RECORD }],
        LastEvaluatedKey: lastKey,
      })
      .resolves({ Items: [] });

    await listRegionalPrograms({ kanreg: 'III', status: 'PROPOSED', limit: 100 });
    const first = await listRegionalPrograms({ limit: 1 });
    const next = await listRegionalPrograms({ limit: 1, cursor: first.nextCursor });

    expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        IndexName: 'gsi2',
        KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :status)',
        ExpressionAttributeNames: { '#pk': 'gsi2pk', '#sk': 'gsi2sk' },
        ExpressionAttributeValues: { ':pk': 'KANREG#III#REGIONAL_PROGRAMS', ':status': 'PROPOSED#' },
        Limit: 100,
      },
      {
        TableName: TABLE_NAME,
        IndexName: 'gsi1',
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': 'gsi1pk' },
        ExpressionAttributeValues: { ':pk': 'REGIONAL_PROGRAMS' },
        Limit: 1,
      },
      {
        TableName: TABLE_NAME,
        IndexName: 'gsi1',
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': 'gsi1pk' },
        ExpressionAttributeValues: { ':pk': 'REGIONAL_PROGRAMS' },
        Limit: 1,
        ExclusiveStartKey: lastKey,
      },
    ]);
    expect(first).toStrictEqual({ items: [RECORD], nextCursor: expect.any(String) });
    expect(next).toStrictEqual({ items: [] });
  });

  it('refuses a cursor of another Kanreg’s listing before any query (RG8)', async () => {
    const otherKanreg = Buffer.from(
      JSON.stringify({ pk: KEY.pk, sk: KEY.sk, gsi2pk: 'KANREG#II#REGIONAL_PROGRAMS', gsi2sk: 'PROPOSED#x' }),
    ).toString('base64url');

    await expect(listRegionalPrograms({ kanreg: 'III', limit: 10, cursor: otherKanreg })).rejects.toThrow(
      InvalidCursorError,
    );
    expect(ddb.commandCalls(QueryCommand)).toHaveLength(0);
  });

  it('RG9: the approval marks the proposal decided with its programme, only while still proposed', () => {
    const approved = {
      ...RECORD,
      status: 'APPROVED' as const,
      decision: { ...DECISION, outcome: 'APPROVED' as const },
      programId: 'prg_x',
    };

    expect(approvalUpdate(approved)).toStrictEqual({
      Update: {
        TableName: TABLE_NAME,
        Key: KEY,
        ConditionExpression: '#status = :proposed',
        UpdateExpression:
          'SET #status = :status, #decision = :decision, #g1sk = :g1sk, #g2sk = :g2sk, #programId = :programId',
        ExpressionAttributeNames: {
          '#status': 'status',
          '#decision': 'decision',
          '#g1sk': 'gsi1sk',
          '#g2sk': 'gsi2sk',
          '#programId': 'programId',
        },
        ExpressionAttributeValues: {
          ':proposed': 'PROPOSED',
          ':status': 'APPROVED',
          ':decision': approved.decision,
          ':g1sk': SORT('APPROVED'),
          ':g2sk': SORT('APPROVED'),
          ':programId': 'prg_x',
        },
      },
    });
  });

  it('RG10: records a rejection once; a proposal decided meanwhile answers false', async () => {
    ddb.on(UpdateCommand).resolvesOnce({}).rejectsOnce(conditionFailed());
    const rejected = { ...RECORD, status: 'REJECTED' as const, decision: DECISION };

    expect(await recordRejection(rejected)).toBe(true);
    expect(await recordRejection(rejected)).toBe(false);

    expect(ddb.commandCalls(UpdateCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Key: KEY,
      ConditionExpression: '#status = :proposed',
      UpdateExpression: 'SET #status = :status, #decision = :decision, #g1sk = :g1sk, #g2sk = :g2sk',
      ExpressionAttributeNames: {
        '#status': 'status',
        '#decision': 'decision',
        '#g1sk': 'gsi1sk',
        '#g2sk': 'gsi2sk',
      },
      ExpressionAttributeValues: {
        ':proposed': 'PROPOSED',
        ':status': 'REJECTED',
        ':decision': DECISION,
        ':g1sk': SORT('REJECTED'),
        ':g2sk': SORT('REJECTED'),
      },
    });
  });
});
