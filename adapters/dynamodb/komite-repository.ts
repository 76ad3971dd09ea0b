import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Decree, Meeting } from '../../events/api/komite';
import { dynamo } from '../../runtime/clients';
import {
  KOMITE_DECREE_PREFIX,
  KOMITE_MEETING_COUNT_PREFIX,
  KOMITE_PARTITION,
  komiteDecreeKey,
  komiteDecreesUpTo,
  komiteMeetingCountKey,
  komiteMeetingKey,
  komiteMeetingsOfYear,
} from './keys';
import type { Page } from './pagination';
import { queryAll, queryPage, skBeginsWith } from './query';
import { KEY, sendIf, tableName, transact, withoutKeys } from './table';

/*
 * The Komite Sertifikasi (docs/data-model.md, "Komite", KO1-KO6): its decrees and meetings in one partition,
 * sorted by date; a meeting holds its minutes and decisions. Every read is bounded by a date or a year, or is a
 * page: the partition grows with the years, the reads do not.
 */

/** KO1: records a decree once per date and number; false when it is there already. */
export function saveDecree(decree: Decree): Promise<boolean> {
  return sendIf(
    new PutCommand({
      TableName: tableName(),
      Item: { ...komiteDecreeKey(decree.decreeDate, decree.decreeNumber), entity: 'KomiteDecree', ...decree },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/**
 * KO2: the decree in force on `date`, the newest dated on or before it (on one date, the greatest number, as the
 * sort key orders them), read backwards from that date: one item, however many decrees there are.
 */
export async function decreeInForceOn(date: string): Promise<Decree | undefined> {
  const { Items } = await dynamo().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :first AND :last',
      ExpressionAttributeValues: {
        ':pk': KOMITE_PARTITION,
        ':first': KOMITE_DECREE_PREFIX,
        ':last': komiteDecreesUpTo(date),
      },
      ScanIndexForward: false,
      Limit: 1,
      ConsistentRead: true,
    }),
  );
  const item = Items?.[0];
  return item && withoutKeys<Decree>(item);
}

/** KO5: one page of the decrees, oldest first; `{ limit: 1 }` is the first decree. */
export function decreePage(page: { limit: number; cursor?: string }): Promise<Page<Decree>> {
  return queryPage(
    {
      index: KEY,
      pk: KOMITE_PARTITION,
      skBeginsWith: { name: 'prefix', value: KOMITE_DECREE_PREFIX },
      limit: page.limit,
      cursor: page.cursor,
      consistentRead: true,
    },
    (item) => withoutKeys<Decree>(item),
  );
}

/**
 * KO3: records a meeting (its id is new) and counts it in its year (KO6), all or nothing; a meeting recorded at
 * the same moment in the same year makes it a ConcurrentChangeError (409, to retry).
 */
export function saveMeeting(meeting: Meeting): Promise<void> {
  const year = Number(meeting.heldOn.slice(0, 4));
  return transact([
    {
      Put: {
        TableName: tableName(),
        Item: { ...komiteMeetingKey(meeting.heldOn, meeting.id), entity: 'KomiteMeeting', ...meeting },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    {
      Update: {
        TableName: tableName(),
        Key: komiteMeetingCountKey(year),
        UpdateExpression: 'SET #entity = :entity, #year = :year ADD #meetings :one',
        ExpressionAttributeNames: { '#entity': 'entity', '#year': 'year', '#meetings': 'meetings' },
        ExpressionAttributeValues: { ':entity': 'KomiteMeetingYear', ':year': year, ':one': 1 },
      },
    },
  ]);
}

/** KO4: the meetings held in `year`, oldest first (a few a year). */
export async function meetingsOfYear(year: number): Promise<Meeting[]> {
  const items = await queryAll(skBeginsWith(KOMITE_PARTITION, komiteMeetingsOfYear(year)));
  return items.map((item) => withoutKeys<Meeting>(item));
}

/** KO6: the number of meetings of each year that had one, one small item a year (kept by KO3). */
export async function meetingsPerYear(): Promise<Map<number, number>> {
  const items = await queryAll({
    ...skBeginsWith(KOMITE_PARTITION, KOMITE_MEETING_COUNT_PREFIX),
    ConsistentRead: true,
  });
  return new Map(items.map((item) => [item.year as number, item.meetings as number]));
}
