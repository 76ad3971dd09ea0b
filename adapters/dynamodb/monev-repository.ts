import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { MonevSettings } from '../../domain/monev/monev';
import type { MonevAnswerRequest, MonevRound, Questionnaire } from '../../events/api/monev';
import type { Confirmation } from '../../events/api/training';
import { dynamo } from '../../runtime/clients';
import {
  MONEV_ROUND_PREFIX,
  monevDeliveryKey,
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
import { GSI1, GSI2, sendIf, tableName, withoutKeys } from './table';

/*
 * Monev of the action plans: a programme's settings and rounds in its Monev partition, each round's
 * questionnaires (one per participant and respondent) in the round's partition, listed for their recipient on
 * gsi1. Every write that the scheduled job may repeat is conditional, so a second run changes nothing: a round
 * and a questionnaire are created once, each message is recorded as delivered once, a round closes once, and a
 * questionnaire is answered once. Key shapes: docs/data-model.md ("Monev").
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

/** MV2: the programme's Monev points, replacing what was set before. */
export async function saveMonevSettings(
  programId: string,
  settings: MonevSettings,
  by: string,
  at: string,
): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...monevSettingsKey(programId),
        entity: 'MonevSettings',
        points: settings.points,
        answerDays: settings.answerDays,
        reminderDaysBefore: settings.reminderDaysBefore,
        setBy: by,
        setAt: at,
      },
    }),
  );
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

/** Whom and what a delivery is about, as its record keeps it. */
export const deliveryOf = (q: Questionnaire) => ({
  recipientNip: q.recipientNip,
  respondent: q.respondent,
  programId: q.programId,
  cohort: q.cohort,
  point: q.point,
  nip: q.nip,
});

/**
 * MV9: records that `kind` was delivered for the questionnaire, once, and stamps it on the questionnaire
 * (`sentAt` or `remindedAt`); false when it was recorded already (another run delivered it).
 */
export function recordDelivery(
  questionnaire: Questionnaire,
  kind: DeliveryKind,
  at: string,
): Promise<boolean> {
  const key = keyOf(questionnaire);
  return sendIf(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...monevDeliveryKey(key, kind),
        entity: 'MonevDelivery',
        kind,
        ...deliveryOf(questionnaire),
        deliveredAt: at,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/** MV10: the questionnaire's stamp of a delivery, once. */
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
