import '../../functions/helpers/env';
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  attendanceOf,
  loadBriefing,
  recordAttendance,
  saveBriefing,
  type BriefingRecord,
} from '../../../adapters/dynamodb/briefing-repository';
import { TABLE_NAME } from '../../functions/helpers/env';
import { PROGRAM_ID } from '../../functions/helpers/programs';
import { NIP } from '../../functions/helpers/proposals';
import { cancelledAt } from './dynamodb-errors';

/* The exact commands of docs/data-model.md "Programme briefing" (BR1-BR4). */

const ddb = mockClient(DynamoDBDocumentClient);
const sent = () => ddb.calls().map((call) => (call.args[0] as { input: unknown }).input);
const PK = `COHORT#${PROGRAM_ID}#019`;
const BRIEFING: BriefingRecord = {
  programId: PROGRAM_ID,
  cohort: 19,
  heldOn: '2026-07-29',
  place: 'Pusbang ASN BKN, Aula',
  official: { name: 'Kepala Pusbang', position: 'Kepala Pusat', level: 'JPT_PRATAMA', designation: null },
  withKanreg: null,
  recordedBy: 'bkn-admin-1',
  recordedAt: '2026-07-29T02:00:00.000Z',
};
const ATTENDEE = {
  nip: NIP,
  present: true,
  recordedBy: 'bkn-admin-1',
  recordedAt: '2026-07-29T03:00:00.000Z',
};
/** An attendee as stored (BR2-BR3). */
const ATTENDEE_ITEM = {
  pk: PK,
  sk: `BRIEFING#ATTENDEE#${NIP}`,
  entity: 'BriefingAttendee',
  programId: PROGRAM_ID,
  cohort: 19,
  ...ATTENDEE,
};

beforeEach(() => ddb.reset());

describe('briefing repository', () => {
  it('BR1: record a cohort briefing', async () => {
    ddb.on(PutCommand).resolves({});
    await saveBriefing(BRIEFING);
    expect(sent()).toStrictEqual([
      { TableName: TABLE_NAME, Item: { pk: PK, sk: 'BRIEFING', entity: 'Briefing', ...BRIEFING } },
    ]);
  });

  it('BR2: a cohort briefing with its attendance, one query', async () => {
    ddb.on(QueryCommand).resolves({
      Items: [{ pk: PK, sk: 'BRIEFING', entity: 'Briefing', ...BRIEFING }, ATTENDEE_ITEM],
    });
    expect(await loadBriefing(PROGRAM_ID, 19)).toStrictEqual({ ...BRIEFING, attendees: [ATTENDEE] });
    expect(sent()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': PK, ':prefix': 'BRIEFING' },
        ConsistentRead: true,
      },
    ]);
  });

  it('BR3: record attendance, all or nothing, while the briefing is there', async () => {
    ddb.on(TransactWriteCommand).resolves({});
    expect(await recordAttendance(PROGRAM_ID, 19, [ATTENDEE])).toBe(true);
    expect(sent()).toStrictEqual([
      {
        TransactItems: [
          {
            ConditionCheck: {
              TableName: TABLE_NAME,
              Key: { pk: PK, sk: 'BRIEFING' },
              ConditionExpression: 'attribute_exists(pk)',
            },
          },
          {
            Put: {
              TableName: TABLE_NAME,
              Item: ATTENDEE_ITEM,
            },
          },
        ],
      },
    ]);
  });

  it('attendance at a briefing not recorded answers false', async () => {
    ddb.on(TransactWriteCommand).rejects(cancelledAt(2, 0));
    expect(await recordAttendance(PROGRAM_ID, 19, [ATTENDEE])).toBe(false);
  });

  it("BR4: one participant's attendance, strongly consistent", async () => {
    ddb.on(GetCommand).resolves({});
    expect(await attendanceOf(PROGRAM_ID, 19, NIP)).toBeUndefined();
    expect(sent()).toStrictEqual([
      { TableName: TABLE_NAME, Key: { pk: PK, sk: `BRIEFING#ATTENDEE#${NIP}` }, ConsistentRead: true },
    ]);
  });
});
