import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { AttendanceRegister, Confirmation, ELearningRecord } from '../../../events/api/training';
import { dynamo } from '../clients';
import { cohortKey, participantKey } from './seating-repository';
import { tableName, type ItemRead } from './table';

/*
 * Training of a seated participant: the CV, the attendance confirmation with the action plan and the
 * e-learning completion live in the participant's partition; each session's attendance register lives in the
 * cohort's partition. Key shapes: docs/data-model.md ("ParticipantCv", "Confirmation", "ELearning",
 * "AttendanceRegister").
 */
export type StoredCv = NonNullable<Confirmation['cv']>;

const TRAINING = 'TRAINING#';
export const cvKey = (programId: string, nip: string) => ({
  pk: participantKey(programId, nip).pk,
  sk: `${TRAINING}CV`,
});
export const confirmationKey = (programId: string, nip: string) => ({
  pk: participantKey(programId, nip).pk,
  sk: `${TRAINING}CONFIRMATION`,
});
export const eLearningKey = (programId: string, nip: string) => ({
  pk: participantKey(programId, nip).pk,
  sk: `${TRAINING}ELEARNING`,
});
export const attendanceKey = (programId: string, cohort: number, date: string, session: string) => ({
  pk: cohortKey(programId, cohort).pk,
  sk: `ATTENDANCE#${date}#${session}`,
});

const STORAGE_KEYS = ['pk', 'sk', 'entity'];
function strip<T>(item: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(item).filter(([k]) => !STORAGE_KEYS.includes(k))) as T;
}

export interface TrainingRecord {
  cv?: StoredCv;
  confirmation?: Confirmation;
  eLearning?: ELearningRecord;
}

async function queryAll(pk: string, skPrefix: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await dynamo().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': pk, ':prefix': skPrefix },
        ConsistentRead: true,
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/** The participant's CV, confirmation and e-learning, in one strongly consistent query. */
export async function loadTraining(programId: string, nip: string): Promise<TrainingRecord> {
  const items = await queryAll(participantKey(programId, nip).pk, TRAINING);
  const bySk = (sk: string) => items.find((item) => item.sk === sk);
  const cv = bySk(cvKey(programId, nip).sk);
  const confirmation = bySk(confirmationKey(programId, nip).sk);
  const eLearning = bySk(eLearningKey(programId, nip).sk);
  return {
    ...(cv ? { cv: strip<{ document: StoredCv }>(cv).document } : {}),
    ...(confirmation ? { confirmation: strip<Confirmation>(confirmation) } : {}),
    ...(eLearning ? { eLearning: strip<ELearningRecord>(eLearning) } : {}),
  };
}

/** The participant's confirmed CV, for a batched read with its upload slot. */
export const cvRead = (programId: string, nip: string): ItemRead<StoredCv> => ({
  key: cvKey(programId, nip),
  from: (item) => item.document as StoredCv,
});

export async function saveCv(programId: string, nip: string, document: StoredCv): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...cvKey(programId, nip), entity: 'ParticipantCv', programId, nip, document },
    }),
  );
}

/** A new confirmation replaces the earlier one (the participant may change their answer before the class). */
export async function saveConfirmation(confirmation: Confirmation): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...confirmationKey(confirmation.programId, confirmation.nip),
        entity: 'Confirmation',
        ...confirmation,
      },
    }),
  );
}

export async function saveELearning(record: ELearningRecord): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...eLearningKey(record.programId, record.nip), entity: 'ELearning', ...record },
    }),
  );
}

/** A register sent again for the same date and session replaces the earlier one (a correction). */
export async function saveAttendance(register: AttendanceRegister): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...attendanceKey(register.programId, register.cohort, register.date, register.session),
        entity: 'AttendanceRegister',
        ...register,
      },
    }),
  );
}

/** Every attendance register of a cohort, by date then session. */
export async function attendanceOf(programId: string, cohort: number): Promise<AttendanceRegister[]> {
  return (await queryAll(cohortKey(programId, cohort).pk, 'ATTENDANCE#')).map((item) =>
    strip<AttendanceRegister>(item),
  );
}
