import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Briefing, BriefingAttendee } from '../../events/api/briefing';
import { dynamo } from '../../runtime/clients';
import { queryAll, skBeginsWith } from './query';
import { BRIEFING_PREFIX, briefingAttendeeKey, briefingKey, cohortKey } from './keys';
import { tableName, transactOrFalse, withoutKeys } from './table';

/*
 * The programme briefing of a cohort (Perban BKN 7/2020 Pasal 33) and the attendance of its participants, in the
 * cohort's partition (docs/data-model.md, BR1-BR3).
 */

export type BriefingRecord = Omit<Briefing, 'attendees'>;

/** BR1: records (or corrects) a cohort's briefing. */
export async function saveBriefing(briefing: BriefingRecord): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...briefingKey(briefing.programId, briefing.cohort), entity: 'Briefing', ...briefing },
    }),
  );
}

/** BR2: the briefing and its attendance, one query of the cohort's partition. */
export async function loadBriefing(programId: string, cohort: number): Promise<Briefing | undefined> {
  const items = await queryAll({
    ...skBeginsWith(cohortKey(programId, cohort).pk, BRIEFING_PREFIX),
    ConsistentRead: true,
  });
  const record = items.find((item) => item.entity === 'Briefing');
  if (!record) return undefined;
  const attendees = items
    .filter((item) => item.entity === 'BriefingAttendee')
    .map((item) => withoutKeys<BriefingAttendee>(item, ['entity', 'programId', 'cohort']));
  return { ...withoutKeys<BriefingRecord>(record, ['entity']), attendees };
}

/**
 * BR2: records the attendance of participants at the cohort's briefing, all or nothing, while the briefing is
 * there (false when it is not: nobody attends a briefing that was not held).
 */
export async function recordAttendance(
  programId: string,
  cohort: number,
  attendees: readonly BriefingAttendee[],
): Promise<boolean> {
  return transactOrFalse([
    {
      ConditionCheck: {
        TableName: tableName(),
        Key: briefingKey(programId, cohort),
        ConditionExpression: 'attribute_exists(pk)',
      },
    },
    ...attendees.map((a) => ({
      Put: {
        TableName: tableName(),
        Item: {
          ...briefingAttendeeKey(programId, cohort, a.nip),
          entity: 'BriefingAttendee',
          programId,
          cohort,
          ...a,
        },
      },
    })),
  ]);
}

/** BR3: one participant's attendance at their cohort's briefing, for the gate on testing them. */
export async function attendanceOf(
  programId: string,
  cohort: number,
  nip: string,
): Promise<BriefingAttendee | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({
      TableName: tableName(),
      Key: briefingAttendeeKey(programId, cohort, nip),
      ConsistentRead: true,
    }),
  );
  return Item ? withoutKeys<BriefingAttendee>(Item, ['entity', 'programId', 'cohort']) : undefined;
}
