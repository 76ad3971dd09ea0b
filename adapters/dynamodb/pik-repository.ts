import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { CourseEquivalence, PikGraduation } from '../../events/api/pik';
import { dynamo } from '../../runtime/clients';
import { PIK_EQUIVALENCES_PARTITION, pikEquivalenceKey, pikGraduationKey } from './keys';
import { queryAll } from './query';
import { tableName, withoutKeys, type ItemRead } from './table';

/*
 * PIK graduates (Perban BKN 7/2020 Pasal 23): BKN's register of course equivalences in one partition (a few hundred
 * courses at most), and each candidate's graduation beside the candidate in the proposal. Key shapes and access
 * patterns: docs/data-model.md, "PIK graduates".
 */

/** PI1: records (or replaces) a course's equivalence. */
export async function putCourseEquivalence(equivalence: CourseEquivalence): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...pikEquivalenceKey(equivalence.courseCode), entity: 'PikCourseEquivalence', ...equivalence },
    }),
  );
}

/** PI2: every course equivalence, by course code. */
export async function listCourseEquivalences(): Promise<CourseEquivalence[]> {
  const items = await queryAll({
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': PIK_EQUIVALENCES_PARTITION },
    ConsistentRead: true,
  });
  return items.map((item) => withoutKeys<CourseEquivalence>(item));
}

/** PI3: records (or replaces) a candidate's PIK graduation. */
export async function putPikGraduation(graduation: PikGraduation): Promise<void> {
  const ref = { programId: graduation.programId, instansiCode: graduation.instansiCode };
  await dynamo().send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...pikGraduationKey(ref, graduation.nip), entity: 'PikGraduation', ...graduation },
    }),
  );
}

/** PI4: a candidate's PIK graduation, strongly consistent; undefined when none is recorded. */
export async function findPikGraduation(
  ref: { programId: string; instansiCode: string },
  nip: string,
): Promise<PikGraduation | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: tableName(), Key: pikGraduationKey(ref, nip), ConsistentRead: true }),
  );
  return Item ? withoutKeys<PikGraduation>(Item) : undefined;
}

/** PI5: a candidate's PIK graduation, for a batched read (BatchGetItem, strongly consistent). */
export const pikGraduationRead = (
  ref: { programId: string; instansiCode: string },
  nip: string,
): ItemRead<PikGraduation> => ({
  key: pikGraduationKey(ref, nip),
  from: (item) => withoutKeys<PikGraduation>(item),
});
