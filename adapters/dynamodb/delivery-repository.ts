import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Facilitator } from '../../domain/training/delivery';
import type {
  Acknowledgement,
  CohortGroups,
  CvReview,
  ForumPost,
  ModuleResume,
} from '../../events/api/delivery';
import type { UploadedDocument } from '../../events/api/upload';
import { dynamo } from '../../runtime/clients';
import { queryAll, skBeginsWith } from './query';
import { stillSeatedIn } from './seating-repository';
import { sendIf, tableName, transactOrFalse, withoutKeys, type ItemRead } from './table';
import {
  DELIVERY_PREFIX,
  cohortGroupsKey,
  cohortKey,
  eLearningSetupKey,
  forumPartition,
  forumPostKey,
  moduleMaterialKey,
  participantDeliveryKey,
  participantKey,
  resumeKey,
} from './keys';

/*
 * Training delivery: what BKN set for a cohort (its e-learning modules with their facilitators, each module's
 * material, the announced groups) in the cohort's partition under `DELIVERY#`; what a participant did (the
 * review of their CV and action plan, their SP, acknowledgements, first download of each material) in theirs
 * under `DELIVERY#`, and their resumes under `TRAINING#` beside the e-learning; each module forum in its own
 * partition. Key shapes and access patterns: docs/data-model.md ("Training delivery", ED1-ED12).
 */

export interface StoredSetup {
  programId: string;
  cohort: number;
  modules: { code: string; title: string; facilitators: Facilitator[] }[];
  setBy: string;
  setAt: string;
  version: number;
}

export interface CohortDelivery {
  setup?: StoredSetup;
  materials: Record<string, UploadedDocument>;
  groups?: CohortGroups;
}

const MATERIAL = `${DELIVERY_PREFIX}MATERIAL#`;

/** ED1: the cohort's e-learning, materials and groups, in one strongly consistent query. */
export async function cohortDelivery(programId: string, cohort: number): Promise<CohortDelivery> {
  const items = await queryAll({
    ...skBeginsWith(cohortKey(programId, cohort).pk, DELIVERY_PREFIX),
    ConsistentRead: true,
  });
  const result: CohortDelivery = { materials: {} };
  for (const item of items) {
    const sk = String(item.sk);
    if (sk === eLearningSetupKey(programId, cohort).sk) result.setup = withoutKeys<StoredSetup>(item);
    else if (sk === cohortGroupsKey(programId, cohort).sk) result.groups = withoutKeys<CohortGroups>(item);
    else if (sk.startsWith(MATERIAL)) {
      result.materials[sk.slice(MATERIAL.length)] = item.document as UploadedDocument;
    }
  }
  return result;
}

/** ED14: a cohort's e-learning setup (ED1's item), for a batched read with what else the request needs. */
export const eLearningSetupRead = (programId: string, cohort: number): ItemRead<StoredSetup> => ({
  key: eLearningSetupKey(programId, cohort),
  from: (item) => withoutKeys<StoredSetup>(item),
});

/** Writes `item` at `key` as the next version: only while the current one is still `previous` (none: absent). */
function putNextVersion(key: { pk: string; sk: string }, item: Record<string, unknown>, previous?: number) {
  return sendIf(
    new PutCommand({
      TableName: tableName(),
      Item: { ...key, ...item },
      ...(previous === undefined
        ? { ConditionExpression: 'attribute_not_exists(pk)' }
        : {
            ConditionExpression: '#version = :previous',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: { ':previous': previous },
          }),
    }),
  );
}

/** ED2: sets the cohort's e-learning as `setup.version`; false when someone set it meanwhile. */
export function saveELearningSetup(setup: StoredSetup, previous: number | undefined): Promise<boolean> {
  return putNextVersion(
    eLearningSetupKey(setup.programId, setup.cohort),
    { entity: 'ELearningSetup', ...setup },
    previous,
  );
}

/** A module's material, for a batched read with its upload slot. */
export const materialRead = (
  programId: string,
  cohort: number,
  module: string,
): ItemRead<UploadedDocument> => ({
  key: moduleMaterialKey(programId, cohort, module),
  from: (item) => item.document as UploadedDocument,
});

/** ED3: records a module's material (a new upload replaces it), only while the cohort's e-learning is set. */
export function saveMaterial(
  programId: string,
  cohort: number,
  module: string,
  document: UploadedDocument,
): Promise<boolean> {
  return transactOrFalse([
    {
      ConditionCheck: {
        TableName: tableName(),
        Key: eLearningSetupKey(programId, cohort),
        ConditionExpression: 'attribute_exists(pk)',
      },
    },
    {
      Put: {
        TableName: tableName(),
        Item: {
          ...moduleMaterialKey(programId, cohort, module),
          entity: 'ModuleMaterial',
          programId,
          cohort,
          module,
          document,
        },
      },
    },
  ]);
}

/** ED4: announces the cohort's groups as `groups.version`; false when someone announced meanwhile. */
export function saveGroups(groups: CohortGroups, previous: number | undefined): Promise<boolean> {
  return putNextVersion(
    cohortGroupsKey(groups.programId, groups.cohort),
    { entity: 'CohortGroups', ...groups },
    previous,
  );
}

export interface ParticipantDeliveryRecord {
  review?: CvReview;
  assignmentLetter?: UploadedDocument;
  acknowledged: Partial<Record<Acknowledgement['document'], Acknowledgement>>;
  /** Module code → when the participant first downloaded its material. */
  studied: Record<string, string>;
}

const STUDY = 'STUDY#';
const ACK = 'ACK#';

/** ED5: the participant's review, SP, acknowledgements and studied modules, in one strongly consistent query. */
export async function participantDelivery(
  programId: string,
  nip: string,
): Promise<ParticipantDeliveryRecord> {
  const items = await queryAll({
    ...skBeginsWith(participantKey(programId, nip).pk, DELIVERY_PREFIX),
    ConsistentRead: true,
  });
  const result: ParticipantDeliveryRecord = { acknowledged: {}, studied: {} };
  for (const item of items) {
    const what = String(item.sk).slice(DELIVERY_PREFIX.length);
    if (what === 'REVIEW') result.review = withoutKeys<CvReview>(item);
    else if (what === 'SP') result.assignmentLetter = item.document as UploadedDocument;
    else if (what.startsWith(ACK)) {
      const ack = withoutKeys<Acknowledgement>(item);
      result.acknowledged[ack.document] = ack;
    } else if (what.startsWith(STUDY)) result.studied[what.slice(STUDY.length)] = String(item.studiedAt);
  }
  return result;
}

/** ED6: records BKN's review, only while the participant is still set and seated in the cohort reviewed. */
export function saveReview(review: CvReview): Promise<boolean> {
  return transactOrFalse([
    stillSeatedIn(review.programId, review.nip, review.cohort),
    {
      Put: {
        TableName: tableName(),
        Item: {
          ...participantDeliveryKey(review.programId, review.nip, 'REVIEW'),
          entity: 'CvReview',
          ...review,
        },
      },
    },
  ]);
}

/** A participant's resume of a module, for a batched read with its upload slot. */
export const resumeRead = (programId: string, nip: string, module: string): ItemRead<UploadedDocument> => ({
  key: resumeKey(programId, nip, module),
  from: (item) => item.document as UploadedDocument,
});

/** ED7: records a resume (a new upload replaces it), only while the participant is still seated in the cohort. */
export function saveResume(resume: ModuleResume): Promise<boolean> {
  return transactOrFalse([
    stillSeatedIn(resume.programId, resume.nip, resume.cohort),
    {
      Put: {
        TableName: tableName(),
        Item: {
          ...resumeKey(resume.programId, resume.nip, resume.module),
          entity: 'ModuleResume',
          ...resume,
        },
      },
    },
  ]);
}

/** ED8: the first download of a module's material (self-study begun), kept as the first; answers that time. */
export async function recordStudy(
  programId: string,
  nip: string,
  module: string,
  at: string,
): Promise<string> {
  const { Attributes } = await dynamo().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: participantDeliveryKey(programId, nip, `${STUDY}${module}`),
      UpdateExpression: 'SET #studiedAt = if_not_exists(#studiedAt, :at), #entity = :entity',
      ExpressionAttributeNames: { '#studiedAt': 'studiedAt', '#entity': 'entity' },
      ExpressionAttributeValues: { ':at': at, ':entity': 'ModuleStudy' },
      ReturnValues: 'ALL_NEW',
    }),
  );
  return String(Attributes?.studiedAt ?? at);
}

/** The participant's SP, for a batched read with its upload slot. */
export const assignmentLetterRead = (programId: string, nip: string): ItemRead<UploadedDocument> => ({
  key: participantDeliveryKey(programId, nip, 'SP'),
  from: (item) => item.document as UploadedDocument,
});

/** ED9: records the participant's SP (a new upload replaces it). */
export async function saveAssignmentLetter(programId: string, nip: string, document: UploadedDocument) {
  await dynamo().send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...participantDeliveryKey(programId, nip, 'SP'),
        entity: 'AssignmentLetter',
        programId,
        nip,
        document,
      },
    }),
  );
}

/** ED10: records an acknowledgement once; false when the document was already acknowledged (the first stays). */
export function saveAcknowledgement(ack: Acknowledgement): Promise<boolean> {
  return sendIf(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...participantDeliveryKey(ack.programId, ack.nip, `${ACK}${ack.document}`),
        entity: 'Acknowledgement',
        ...ack,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/** ED13: a participant's acknowledgement of `document`, for a batched read (BatchGetItem, strongly consistent). */
export const acknowledgementRead = (
  programId: string,
  nip: string,
  document: Acknowledgement['document'],
): ItemRead<Acknowledgement> => ({
  key: participantDeliveryKey(programId, nip, `${ACK}${document}`),
  from: (item) => withoutKeys<Acknowledgement>(item),
});

/** ED11: adds a post to a module's forum. */
export async function addForumPost(post: ForumPost): Promise<void> {
  const [at, id] = post.id.split('#') as [string, string];
  await dynamo().send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...forumPostKey(post.programId, post.cohort, post.module, at, id),
        entity: 'ForumPost',
        ...post,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/** ED12: a module forum's posts, oldest first. */
export async function forumPosts(programId: string, cohort: number, module: string): Promise<ForumPost[]> {
  const items = await queryAll({
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': forumPartition(programId, cohort, module) },
  });
  return items.map((item) => withoutKeys<ForumPost>(item));
}
