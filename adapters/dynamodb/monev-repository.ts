import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { MonevSettings } from '../../domain/monev/monev';
import { dateInWib } from '../../domain/shared/dates';
import type { MonevAnswerRequest, MonevRound, Questionnaire } from '../../events/api/monev';
import type { Program } from '../../events/api/program';
import type { Confirmation } from '../../events/api/training';
import { dynamo } from '../../runtime/clients';
import {
  lastMonevDueKeyOn,
  MONEV_DUE_PARTITION,
  MONEV_ROUND_PREFIX,
  monevDueIndexKeys,
  monevDueKey,
  monevPartition,
  monevRoundKey,
  monevRoundPartition,
  monevSettingsKey,
  mentorPlansPartition,
  QUESTIONNAIRE_PREFIX,
  questionnaireIndexKeys,
  questionnaireKey,
  questionnaireRecipientPartition,
} from './keys';
import { queryAll, skBeginsWith } from './query';
import { GSI1, GSI2, sendIf, tableName, transact, withoutKeys, type TransactItem } from './table';

/*
 * Monev of the action plans: a programme's settings and rounds in its Monev partition, each round's
 * questionnaires (one per participant and respondent) in the round's partition, listed for their recipient on
 * gsi1. Every write that the scheduled job may repeat is conditional, so a second run changes nothing: a round
 * and a questionnaire are created once, each message is recorded as delivered once, a round closes once, and a
 * questionnaire is answered once. The job reads only the programmes its index lists as due (MV16-MV20): each
 * programme's entry carries the next day the job has a step for it. Key shapes: docs/data-model.md ("Monev").
 */

const fromItem = <T>(item: Record<string, unknown>) => withoutKeys<T>(item);

export interface MonevState {
  settings: MonevSettings | undefined;
  rounds: MonevRound[];
}

/** MV1: the programme's settings and every round opened, in one strongly consistent query. */
export async function loadMonev(programId: string): Promise<MonevState> {
  const items = await queryAll({
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': monevPartition(programId) },
    ConsistentRead: true,
  });
  const settings = items.find((item) => item.sk === monevSettingsKey(programId).sk);
  return {
    settings: settings && fromItem<MonevSettings>(settings),
    rounds: items
      .filter((item) => String(item.sk).startsWith(MONEV_ROUND_PREFIX))
      .map((item) => fromItem<MonevRound>(item)),
  };
}

/**
 * MV2: the programme's Monev points, replacing what was set before, and in the same transaction the programme's
 * entry in the job's index made due today (MV17): the job plans its rounds again by the new points.
 */
export async function saveMonevSettings(
  program: Pick<Program, 'id' | 'name'>,
  settings: MonevSettings,
  by: string,
  now: Date,
): Promise<void> {
  await transact([
    {
      Put: {
        TableName: tableName(),
        Item: {
          ...monevSettingsKey(program.id),
          entity: 'MonevSettings',
          points: settings.points,
          answerDays: settings.answerDays,
          reminderDaysBefore: settings.reminderDaysBefore,
          setBy: by,
          setAt: now.toISOString(),
        },
      },
    },
    monevDueNow(program, dateInWib(now)),
  ]);
}

/** MV3: a round, created once; false when it exists already. */
export function openRound(round: MonevRound): Promise<boolean> {
  return sendIf(
    new PutCommand({
      TableName: tableName(),
      Item: { ...monevRoundKey(round.programId, round.cohort, round.point), entity: 'MonevRound', ...round },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/** MV4: closes an open round; false when it is closed already. */
export function closeRound(round: MonevRound, at: string): Promise<boolean> {
  return sendIf(
    new UpdateCommand({
      TableName: tableName(),
      Key: monevRoundKey(round.programId, round.cohort, round.point),
      UpdateExpression: 'SET #status = :closed, closedAt = :at',
      ConditionExpression: '#status = :open',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':closed': 'CLOSED', ':open': 'OPEN', ':at': at },
    }),
  );
}

/**
 * MV15: marks a step of the round done for good (every questionnaire sent, or every reminder), once; false when
 * an earlier run had. The daily job then reads no more of the round's questionnaires for that step.
 */
export function markRoundStep(
  round: MonevRound,
  step: 'sentAt' | 'remindedAt',
  at: string,
): Promise<boolean> {
  return sendIf(
    new UpdateCommand({
      TableName: tableName(),
      Key: monevRoundKey(round.programId, round.cohort, round.point),
      UpdateExpression: 'SET #field = :at',
      ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#field)',
      ExpressionAttributeNames: { '#field': step },
      ExpressionAttributeValues: { ':at': at },
    }),
  );
}

const keyOf = (q: Pick<Questionnaire, 'programId' | 'cohort' | 'point' | 'nip' | 'respondent'>) =>
  questionnaireKey(q.programId, q.cohort, q.point, q.nip, q.respondent);

/** MV5: a questionnaire, created once (listed for its recipient); false when it exists already. */
export function createQuestionnaire(questionnaire: Questionnaire): Promise<boolean> {
  return sendIf(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...keyOf(questionnaire),
        ...questionnaireIndexKeys(questionnaire.recipientNip, questionnaire.closesOn, questionnaire),
        entity: 'Questionnaire',
        ...questionnaire,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/** MV6: every questionnaire of a round, consistently (the job reads what it has just written). */
export async function questionnairesOf(round: Pick<MonevRound, 'programId' | 'cohort' | 'point'>) {
  const items = await queryAll({
    ...skBeginsWith(monevRoundPartition(round.programId, round.cohort, round.point), QUESTIONNAIRE_PREFIX),
    ConsistentRead: true,
  });
  return items.map((item) => fromItem<Questionnaire>(item));
}

/** MV7: one questionnaire. */
export async function findQuestionnaire(
  ref: Pick<Questionnaire, 'programId' | 'cohort' | 'point' | 'nip' | 'respondent'>,
): Promise<Questionnaire | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: tableName(), Key: keyOf(ref), ConsistentRead: true }),
  );
  return Item && fromItem<Questionnaire>(Item);
}

/** MV8: a recipient's questionnaires that close today or later, the soonest first. */
export async function openQuestionnairesOf(recipientNip: string, today: string): Promise<Questionnaire[]> {
  const items = await queryAll({
    IndexName: GSI1.name,
    KeyConditionExpression: '#pk = :pk AND #sk >= :today',
    ExpressionAttributeNames: { '#pk': GSI1.pk, '#sk': GSI1.sk },
    ExpressionAttributeValues: { ':pk': questionnaireRecipientPartition(recipientNip), ':today': today },
  });
  return items.map((item) => fromItem<Questionnaire>(item));
}

export type DeliveryKind = 'KUESIONER_MONEV' | 'PENGINGAT_MONEV';

/** Whom and what a delivery is about, as the job's log line says it. */
export const deliveryOf = (q: Questionnaire) => ({
  recipientNip: q.recipientNip,
  respondent: q.respondent,
  programId: q.programId,
  cohort: q.cohort,
  point: q.point,
  nip: q.nip,
});

/**
 * MV10: the questionnaire's stamp of a delivery, once: the record that it was delivered. False when stamped
 * already (another run delivered it).
 */
export function stampDelivery(
  questionnaire: Questionnaire,
  kind: DeliveryKind,
  at: string,
): Promise<boolean> {
  const field = kind === 'KUESIONER_MONEV' ? 'sentAt' : 'remindedAt';
  return sendIf(
    new UpdateCommand({
      TableName: tableName(),
      Key: keyOf(questionnaire),
      UpdateExpression: 'SET #field = :at',
      ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#field)',
      ExpressionAttributeNames: { '#field': field },
      ExpressionAttributeValues: { ':at': at },
    }),
  );
}

/** MV11: the answer, once, while the round is still open; false when answered (or closed) meanwhile. */
export function recordAnswer(
  questionnaire: Questionnaire,
  answer: MonevAnswerRequest,
  at: string,
): Promise<boolean> {
  return sendIf(
    new UpdateCommand({
      TableName: tableName(),
      Key: keyOf(questionnaire),
      UpdateExpression: 'SET answer = :answer, answeredAt = :at',
      ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(answer)',
      ExpressionAttributeValues: { ':answer': answer, ':at': at },
    }),
  );
}

/** MV12: the current confirmations whose action plan names the mentor, by programme and NIP. */
export async function plansNaming(mentorNip: string): Promise<Confirmation[]> {
  const items = await queryAll({
    IndexName: GSI2.name,
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': GSI2.pk },
    ExpressionAttributeValues: { ':pk': mentorPlansPartition(mentorNip) },
  });
  return items.map((item) => ({ ...withoutKeys<Confirmation>(item), version: Number(item.version ?? 0) }));
}

/** A programme's entry in the daily job's index (MV16-MV20). */
export interface MonevDue {
  programId: string;
  /** The programme's name, for the messages the job sends (a programme's name never changes). */
  programName: string;
  /** The next day (WIB) the job has a step for the programme; the job reads the entries due on or before today. */
  dueOn: string;
  /** Raised by every write that may move the day earlier, so that the job's rescheduling never undoes one. */
  revision: number;
}

/**
 * MV16: the entry of a new programme with training cohorts, due the day its first round opens. It is written just
 * before the programme's own transaction (which may already hold 100 items): if that transaction then fails, the
 * job finds no cohort for the entry and deletes it (MV20).
 */
export async function scheduleMonev(program: Pick<Program, 'id' | 'name'>, dueOn: string): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...monevDueKey(program.id),
        ...monevDueIndexKeys(program.id, dueOn),
        entity: 'MonevDue',
        programId: program.id,
        programName: program.name,
        dueOn,
        revision: 0,
      },
    }),
  );
}

/** MV17: the transaction item that makes the programme's entry due `today` (created when absent) and raises its revision. */
export const monevDueNow = (program: Pick<Program, 'id' | 'name'>, today: string): TransactItem => {
  const index = monevDueIndexKeys(program.id, today);
  return {
    Update: {
      TableName: tableName(),
      Key: monevDueKey(program.id),
      UpdateExpression:
        'SET #entity = :entity, #programId = :programId, #programName = :programName, #dueOn = :dueOn, #g2pk = :g2pk, #g2sk = :g2sk ADD #revision :one',
      ExpressionAttributeNames: {
        '#entity': 'entity',
        '#programId': 'programId',
        '#programName': 'programName',
        '#dueOn': 'dueOn',
        '#g2pk': GSI2.pk,
        '#g2sk': GSI2.sk,
        '#revision': 'revision',
      },
      ExpressionAttributeValues: {
        ':entity': 'MonevDue',
        ':programId': program.id,
        ':programName': program.name,
        ':dueOn': today,
        ':g2pk': index[GSI2.pk],
        ':g2sk': index[GSI2.sk],
        ':one': 1,
      },
    },
  };
};

/** MV18: the programmes the job has a step for on `today` or earlier (an entry a failed run left stays due), every page. */
export async function monevDue(today: string): Promise<MonevDue[]> {
  const items = await queryAll({
    IndexName: GSI2.name,
    KeyConditionExpression: '#pk = :pk AND #sk <= :last',
    ExpressionAttributeNames: { '#pk': GSI2.pk, '#sk': GSI2.sk },
    ExpressionAttributeValues: { ':pk': MONEV_DUE_PARTITION, ':last': lastMonevDueKeyOn(today) },
  });
  return items.map((item) => ({ ...fromItem<MonevDue>(item), revision: Number(item.revision) }));
}

/** MV19: the entry's next day, unless a write raised its revision since the job read it; false then. */
export function rescheduleMonev(due: MonevDue, dueOn: string): Promise<boolean> {
  const index = monevDueIndexKeys(due.programId, dueOn);
  return sendIf(
    new UpdateCommand({
      TableName: tableName(),
      Key: monevDueKey(due.programId),
      UpdateExpression: 'SET #dueOn = :dueOn, #g2sk = :g2sk',
      ConditionExpression: '#revision = :read',
      ExpressionAttributeNames: { '#dueOn': 'dueOn', '#g2sk': GSI2.sk, '#revision': 'revision' },
      ExpressionAttributeValues: { ':dueOn': dueOn, ':g2sk': index[GSI2.sk], ':read': due.revision },
    }),
  );
}

/** MV20: deletes the entry of a programme whose Monev is over, unless a write raised its revision since; false then. */
export function retireMonev(due: MonevDue): Promise<boolean> {
  return sendIf(
    new DeleteCommand({
      TableName: tableName(),
      Key: monevDueKey(due.programId),
      ConditionExpression: '#revision = :read',
      ExpressionAttributeNames: { '#revision': 'revision' },
      ExpressionAttributeValues: { ':read': due.revision },
    }),
  );
}
