import '../../functions/helpers/env';
import { BatchGetCommand, DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  publishRulesOfConduct,
  rulesOfConductRead,
} from '../../../adapters/dynamodb/rules-of-conduct-repository';
import { readItems } from '../../../adapters/dynamodb/table';
import type { RulesOfConduct } from '../../../events/api/training';
import { TABLE_NAME } from '../../functions/helpers/env';
import { PROGRAM_ID } from '../../functions/helpers/programs';

const ddb = mockClient(DynamoDBDocumentClient);
beforeEach(() => ddb.reset());

const RULES: RulesOfConduct = {
  programId: PROGRAM_ID,
  cohort: 19,
  source: 'Panduan Pelatihan dan Sertifikasi Manajemen ASN 2019, Tata Tertib',
  publishedBy: 'bkn-admin',
  publishedAt: '2026-07-20T03:00:00.000Z',
};
const KEY = { pk: `COHORT#${PROGRAM_ID}#019`, sk: 'RULES_OF_CONDUCT' };

describe('rules of conduct repository', () => {
  it('RC1: puts the cohort’s rules of conduct beside the cohort (replaces)', async () => {
    ddb.on(PutCommand).resolves({});
    await publishRulesOfConduct(RULES);
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Item: { ...KEY, entity: 'RulesOfConduct', ...RULES },
    });
  });

  it('RC2: reads the cohort’s rules of conduct in a strongly consistent BatchGetItem; undefined when none', async () => {
    ddb
      .on(BatchGetCommand)
      .resolvesOnce({ Responses: { [TABLE_NAME]: [{ ...KEY, entity: 'RulesOfConduct', ...RULES }] } })
      .resolvesOnce({ Responses: { [TABLE_NAME]: [] } });
    expect(await readItems(rulesOfConductRead(PROGRAM_ID, 19))).toStrictEqual([RULES]);
    expect(await readItems(rulesOfConductRead(PROGRAM_ID, 19))).toStrictEqual([undefined]);
    expect(ddb.commandCalls(BatchGetCommand)[0]!.args[0].input).toStrictEqual({
      RequestItems: { [TABLE_NAME]: { Keys: [KEY], ConsistentRead: true } },
    });
  });
});
