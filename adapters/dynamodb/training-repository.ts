import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type {
  AttendanceRegister,
  Confirmation,
  ConfirmationAnswer,
  ELearningRecord,
} from '../../events/api/training';
import { dynamo } from '../../runtime/clients';
import { queryAll, skBeginsWith } from './query';
import { stillSeatedIn } from './seating-repository';
import {
  ConcurrentChangeError,
  tableName,
  transact,
  type ItemRead,
  type TransactItem,
  withoutKeys,
} from './table';
import {
  ATTENDANCE_PREFIX,
  CONFIRMATION_HISTORY_PREFIX,
  TRAINING_PREFIX,
  attendanceKey,
  cohortKey,
  confirmationKey,
  confirmationVersionKey,
  cvKey,
  eLearningKey,
  mentorPlanIndexKeys,
  participantKey,
} from './keys';

/*
 * Training of a seated participant: the CV, the attendance confirmation with the action plan and the
 * e-learning completion live in the participant's partition; each session's attendance register lives in the
 * cohort's partition. The confirmation, the e-learning and each register carry a `version`: each write is
 * conditional on the version read and on the participants' seats it depends on, so nothing is replaced
 * silently. Every answer of a confirmation is also kept, unchanged, in a history item. Key shapes:
 * docs/data-model.md ("ParticipantCv", "Confirmation", "ConfirmationVersion", "ELearning", "AttendanceRegister").
 */
export type StoredCv = NonNullable<Confirmation['cv']>;

/** Items written before records had versions are version 0. */
const versioned = <T extends { version: number }>(item: Record<string, unknown>): T => ({
  ...withoutKeys<T>(item),
  version: Number(item.version ?? 0),
});

export interface TrainingRecord {
  cv?: StoredCv;
  confirmation?: Confirmation;
  eLearning?: ELearningRecord;
  /** Module code → the resume the participant uploaded for it (training delivery, ED7). */
  resumes: Record<string, StoredCv>;
}

const RESUME = `${TRAINING_PREFIX}RESUME#`;

/** The participant's CV, confirmation, e-learning and module resumes, in one strongly consistent query. */
export async function loadTraining(programId: string, nip: string): Promise<TrainingRecord> {
  const items = await queryAll({
    ...skBeginsWith(participantKey(programId, nip).pk, TRAINING_PREFIX),
    ConsistentRead: true,
  });
  const bySk = (sk: string) => items.find((item) => item.sk === sk);
  const cv = bySk(cvKey(programId, nip).sk);
  const confirmation = bySk(confirmationKey(programId, nip).sk);
  const eLearning = bySk(eLearningKey(programId, nip).sk);
  const resumes = items.filter((item) => String(item.sk).startsWith(RESUME));
  return {
    resumes: Object.fromEntries(
      resumes.map((item) => [String(item.sk).slice(RESUME.length), item.document as StoredCv]),
    ),
    ...(cv ? { cv: withoutKeys<{ document: StoredCv }>(cv).document } : {}),
    ...(confirmation ? { confirmation: versioned<Confirmation>(confirmation) } : {}),
    ...(eLearning ? { eLearning: versioned<ELearningRecord>(eLearning) } : {}),
  };
}

const ANSWER_FIELDS = ['version', 'cohort', 'attending', 'confirmedBy', 'confirmedAt'] as const;

/** Every answer the participant gave, oldest first (without the action plans). */
export async function confirmationHistory(programId: string, nip: string): Promise<ConfirmationAnswer[]> {
  const items = await queryAll({
    ...skBeginsWith(participantKey(programId, nip).pk, CONFIRMATION_HISTORY_PREFIX),
    ConsistentRead: true,
    ProjectionExpression: ANSWER_FIELDS.map((_, i) => `#p${i}`).join(', '),
    ExpressionAttributeNames: Object.fromEntries(ANSWER_FIELDS.map((name, i) => [`#p${i}`, name])),
  });
  return items.map(
    (item) => Object.fromEntries(ANSWER_FIELDS.map((field) => [field, item[field]])) as ConfirmationAnswer,
  );
}

/** The participant's current confirmation (with the action plan), for a batched read. */
export const confirmationRead = (programId: string, nip: string): ItemRead<Confirmation> => ({
  key: confirmationKey(programId, nip),
  from: (item) => versioned<Confirmation>(item),
});

/** The participant's e-learning record, for a batched read (T9). */
export const eLearningRead = (programId: string, nip: string): ItemRead<ELearningRecord> => ({
  key: eLearningKey(programId, nip),
  from: (item) => versioned<ELearningRecord>(item),
});

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

/** A Put of the current item of a versioned record, only while it is still the version read (`previous`). */
function putVersion(
  key: { pk: string; sk: string },
  item: Record<string, unknown>,
  previous: number | undefined,
): TransactItem {
  const condition =
    previous === undefined
      ? { ConditionExpression: 'attribute_not_exists(pk)' }
      : previous === 0
        ? {
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#version)',
            ExpressionAttributeNames: { '#version': 'version' },
          }
        : {
            ConditionExpression: '#version = :previous',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: { ':previous': previous },
          };
  return { Put: { TableName: tableName(), Item: { ...key, ...item }, ...condition } };
}

/**
 * How a conditional training write ended: written, or refused because a participant's seat or status changed
 * (`nips`: whose), or because the record itself (or the confirmation it rests on) changed since it was read.
 */
export type TrainingWrite =
  { outcome: 'WRITTEN' } | { outcome: 'PARTICIPANT_CHANGED'; nips: string[] } | { outcome: 'RECORD_CHANGED' };

/** Runs the transaction; `participants[i]` is the NIP whose seat item `i` checks, if it checks one. */
async function write(items: TransactItem[], participants: (string | undefined)[]): Promise<TrainingWrite> {
  try {
    await transact(items);
    return { outcome: 'WRITTEN' };
  } catch (error) {
    if (!(error instanceof ConcurrentChangeError)) throw error;
    const nips = participants.filter(
      (nip, i): nip is string => nip !== undefined && error.reasons[i] === 'ConditionalCheckFailed',
    );
    return nips.length > 0 ? { outcome: 'PARTICIPANT_CHANGED', nips } : { outcome: 'RECORD_CHANGED' };
  }
}

/**
 * Records an answer as version `confirmation.version`, all or nothing: only while the participant is still set
 * and seated in the confirmation's cohort, and the current answer is still `previous` (undefined when none);
 * the answer is also kept in the history, never changed.
 */
export async function saveConfirmation(
  confirmation: Confirmation,
  previous: number | undefined,
): Promise<TrainingWrite> {
  const { programId, nip } = confirmation;
  return write(
    [
      stillSeatedIn(programId, nip, confirmation.cohort),
      putVersion(
        confirmationKey(programId, nip),
        {
          entity: 'Confirmation',
          ...confirmation,
          // MV14: listed under the mentor its action plan names, who reads it.
          ...(confirmation.actionPlan?.mentor &&
            mentorPlanIndexKeys(confirmation.actionPlan.mentor.nip, programId, nip)),
        },
        previous,
      ),
      {
        Put: {
          TableName: tableName(),
          Item: {
            ...confirmationVersionKey(programId, nip, confirmation.version),
            entity: 'ConfirmationVersion',
            ...confirmation,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ],
    [nip],
  );
}

/**
 * Records the e-learning completion, all or nothing: only while the participant is still set and seated in the
 * record's cohort, their confirmation is still the attending one read (`confirmationVersion`) for that cohort,
 * and the record is still `previous`.
 */
export async function saveELearning(
  record: ELearningRecord,
  confirmationVersion: number,
  previous: number | undefined,
): Promise<TrainingWrite> {
  const { programId, nip } = record;
  return write(
    [
      stillSeatedIn(programId, nip, record.cohort),
      {
        ConditionCheck: {
          TableName: tableName(),
          Key: confirmationKey(programId, nip),
          ConditionExpression: '#version = :version AND #cohort = :cohort AND #attending = :yes',
          ExpressionAttributeNames: { '#version': 'version', '#cohort': 'cohort', '#attending': 'attending' },
          ExpressionAttributeValues: {
            ':version': confirmationVersion,
            ':cohort': record.cohort,
            ':yes': true,
          },
        },
      },
      putVersion(eLearningKey(programId, nip), { entity: 'ELearning', ...record }, previous),
    ],
    [nip],
  );
}

/**
 * Records a session's register, all or nothing: only while the register is still `previous` and each of
 * `seated` (the listed participants who sit in the cohort) is still set and seated there. The re-tests listed
 * are not checked: a booking into a test session is never changed.
 */
export async function saveAttendance(
  register: AttendanceRegister,
  previous: number | undefined,
  seated: readonly string[],
): Promise<TrainingWrite> {
  const { programId, cohort } = register;
  return write(
    [
      putVersion(
        attendanceKey(programId, cohort, register.date, register.session),
        { entity: 'AttendanceRegister', ...register },
        previous,
      ),
      ...seated.map((nip) => stillSeatedIn(programId, nip, cohort)),
    ],
    [undefined, ...seated],
  );
}

/** Every attendance register of a cohort, by date then session. */
export async function attendanceOf(programId: string, cohort: number): Promise<AttendanceRegister[]> {
  return (
    await queryAll({
      ...skBeginsWith(cohortKey(programId, cohort).pk, ATTENDANCE_PREFIX),
      ConsistentRead: true,
    })
  ).map((item) => versioned<AttendanceRegister>(item));
}

/** The register of one session, if recorded: for a batched read with its cohort (T5). */
export const attendanceRead = (
  programId: string,
  cohort: number,
  date: string,
  session: string,
): ItemRead<AttendanceRegister> => ({
  key: attendanceKey(programId, cohort, date, session),
  from: (item) => versioned<AttendanceRegister>(item),
});
