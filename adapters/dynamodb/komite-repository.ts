import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Decree, Meeting } from '../../events/api/komite';
import {
  KOMITE_DECREE_PREFIX,
  KOMITE_MEETING_PREFIX,
  KOMITE_PARTITION,
  komiteDecreeKey,
  komiteMeetingKey,
} from './keys';
import { queryAll, skBeginsWith } from './query';
import { sendIf, tableName, withoutKeys } from './table';

/*
 * The Komite Sertifikasi (docs/data-model.md, "Komite", KO1-KO4): its decrees and meetings in one partition,
 * sorted by date; a meeting holds its minutes and decisions.
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

/** KO2: every decree, oldest first. */
export async function listDecrees(): Promise<Decree[]> {
  const items = await queryAll({
    ...skBeginsWith(KOMITE_PARTITION, KOMITE_DECREE_PREFIX),
    ConsistentRead: true,
  });
  return items.map((item) => withoutKeys<Decree>(item));
}

/** KO3: records a meeting once (its id is new). */
export function saveMeeting(meeting: Meeting): Promise<boolean> {
  return sendIf(
    new PutCommand({
      TableName: tableName(),
      Item: { ...komiteMeetingKey(meeting.heldOn, meeting.id), entity: 'KomiteMeeting', ...meeting },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/** KO4: every meeting, oldest first. */
export async function listMeetings(): Promise<Meeting[]> {
  const items = await queryAll(skBeginsWith(KOMITE_PARTITION, KOMITE_MEETING_PREFIX));
  return items.map((item) => withoutKeys<Meeting>(item));
}
