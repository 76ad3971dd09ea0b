import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { RulesOfConduct } from '../../events/api/training';
import { dynamo } from '../../runtime/clients';
import { rulesOfConductKey } from './keys';
import { tableName, withoutKeys, type ItemRead } from './table';

/*
 * The rules of conduct BKN published for a cohort (Panduan Pusbang ASN BKN 2019, Tata Tertib), one item beside
 * the cohort. Key shape and access patterns: docs/data-model.md, "Rules of conduct" (RC1-RC2).
 */

/** RC1: publishes (or replaces) the cohort's rules of conduct. */
export async function publishRulesOfConduct(rules: RulesOfConduct): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...rulesOfConductKey(rules.programId, rules.cohort), entity: 'RulesOfConduct', ...rules },
    }),
  );
}

/** RC2: the cohort's published rules of conduct, for a batched read (BatchGetItem, strongly consistent). */
export const rulesOfConductRead = (programId: string, cohort: number): ItemRead<RulesOfConduct> => ({
  key: rulesOfConductKey(programId, cohort),
  from: (item) => withoutKeys<RulesOfConduct>(item),
});
