import '../../functions/helpers/env';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  acknowledgementRead,
  addForumPost,
  cohortDelivery,
  eLearningSetupRead,
  forumPosts,
  participantDelivery,
  recordStudy,
  saveAcknowledgement,
  saveAssignmentLetter,
  saveELearningSetup,
  saveGroups,
  saveMaterial,
  saveResume,
  saveReview,
  type StoredSetup,
} from '../../../adapters/dynamodb/delivery-repository';
import type { Acknowledgement, CohortGroups, CvReview, ForumPost } from '../../../events/api/delivery';
import { readItems } from '../../../adapters/dynamodb/table';
import { TABLE_NAME } from '../../functions/helpers/env';
import { PROGRAM_ID } from '../../functions/helpers/programs';
import { aPinnedUpload, NIP } from '../../functions/helpers/proposals';
import { cancelledAt, conditionFailed } from './dynamodb-errors';

/*
 * The access patterns ED1-ED12 of docs/data-model.md ("Training delivery"): the exact command of each, stated here
 * once, and what each conditional write answers when its condition fails.
 */
const ddb = mockClient(DynamoDBDocumentClient);
beforeEach(() => {
  ddb.reset();
  ddb.on(PutCommand).resolves({});
  ddb.on(TransactWriteCommand).resolves({});
});

const NOW = '2026-07-20T03:00:00.000Z';
const COHORT = `COHORT#${PROGRAM_ID}#019`;
const PARTICIPANT = `PARTICIPANT#${PROGRAM_ID}#${NIP}`;
const DOCUMENT = aPinnedUpload(`training/${PROGRAM_ID}/materials/019/MOD-ADM-01`);
const SEATED = {
  ConditionCheck: {
    TableName: TABLE_NAME,
    Key: { pk: PARTICIPANT, sk: '#PARTICIPANT' },
    ConditionExpression: '#status = :set AND #seat.#cohort = :cohort AND attribute_not_exists(#withdrawnAt)',
    ExpressionAttributeNames: {
      '#status': 'status',
      '#seat': 'seat',
      '#cohort': 'cohort',
      '#withdrawnAt': 'withdrawnAt',
    },
    ExpressionAttributeValues: { ':set': 'SET', ':cohort': 19 },
  },
};
const SETUP: StoredSetup = {
  programId: PROGRAM_ID,
  cohort: 19,
  modules: [{ code: 'MOD-ADM-01', title: 'Manajemen Perencanaan Pegawai Negeri Sipil', facilitators: [] }],
  setBy: 'bkn-admin-1',
  setAt: NOW,
  version: 2,
};
const queries = () => ddb.commandCalls(QueryCommand).map((c) => c.args[0].input);
const puts = () => ddb.commandCalls(PutCommand).map((c) => c.args[0].input);
const transactions = () => ddb.commandCalls(TransactWriteCommand).map((c) => c.args[0].input);

describe('delivery repository (docs/data-model.md, Training delivery)', () => {
  it('ED1: reads a cohort’s e-learning, materials and groups in one strongly consistent Query of DELIVERY#', async () => {
    const groups = {
      programId: PROGRAM_ID,
      cohort: 19,
      groups: [],
      announcedBy: 'b',
      announcedAt: NOW,
      version: 1,
    };
    ddb.on(QueryCommand).resolves({
      Items: [
        { pk: COHORT, sk: 'DELIVERY#ELEARNING', entity: 'ELearningSetup', ...SETUP },
        { pk: COHORT, sk: 'DELIVERY#GROUPS', entity: 'CohortGroups', ...groups },
        { pk: COHORT, sk: 'DELIVERY#MATERIAL#MOD-ADM-01', entity: 'ModuleMaterial', document: DOCUMENT },
      ],
    });

    const delivery = await cohortDelivery(PROGRAM_ID, 19);

    expect(queries()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': COHORT, ':prefix': 'DELIVERY#' },
        ConsistentRead: true,
      },
    ]);
    expect(delivery).toStrictEqual({ setup: SETUP, groups, materials: { 'MOD-ADM-01': DOCUMENT } });
  });

  it('ED2: sets the e-learning as the next version only while the version read holds; false when it moved', async () => {
    expect(await saveELearningSetup({ ...SETUP, version: 1 }, undefined)).toBe(true);
    ddb.on(PutCommand).rejects(conditionFailed());
    expect(await saveELearningSetup(SETUP, 1)).toBe(false);

    expect(puts()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Item: { pk: COHORT, sk: 'DELIVERY#ELEARNING', entity: 'ELearningSetup', ...SETUP, version: 1 },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
      {
        TableName: TABLE_NAME,
        Item: { pk: COHORT, sk: 'DELIVERY#ELEARNING', entity: 'ELearningSetup', ...SETUP },
        ConditionExpression: '#version = :previous',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':previous': 1 },
      },
    ]);
  });

  it('ED3: records a material only while the cohort’s e-learning is set', async () => {
    expect(await saveMaterial(PROGRAM_ID, 19, 'MOD-ADM-01', DOCUMENT)).toBe(true);
    ddb.on(TransactWriteCommand).rejects(cancelledAt(2, 0));
    expect(await saveMaterial(PROGRAM_ID, 19, 'MOD-ADM-01', DOCUMENT)).toBe(false);

    expect(transactions()[0]).toStrictEqual({
      TransactItems: [
        {
          ConditionCheck: {
            TableName: TABLE_NAME,
            Key: { pk: COHORT, sk: 'DELIVERY#ELEARNING' },
            ConditionExpression: 'attribute_exists(pk)',
          },
        },
        {
          Put: {
            TableName: TABLE_NAME,
            Item: {
              pk: COHORT,
              sk: 'DELIVERY#MATERIAL#MOD-ADM-01',
              entity: 'ModuleMaterial',
              programId: PROGRAM_ID,
              cohort: 19,
              module: 'MOD-ADM-01',
              document: DOCUMENT,
            },
          },
        },
      ],
    });
  });

  it('ED4: announces the groups as the next version only while the version read holds', async () => {
    const groups: CohortGroups = {
      programId: PROGRAM_ID,
      cohort: 19,
      groups: [{ name: 'Kelompok 1', nips: [NIP] }],
      announcedBy: 'bkn-admin-1',
      announcedAt: NOW,
      version: 2,
    };
    ddb.on(PutCommand).rejects(conditionFailed());

    expect(await saveGroups(groups, 1)).toBe(false);
    expect(puts()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Item: { pk: COHORT, sk: 'DELIVERY#GROUPS', entity: 'CohortGroups', ...groups },
        ConditionExpression: '#version = :previous',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':previous': 1 },
      },
    ]);
  });

  it('ED5: reads a participant’s review, SP, acknowledgements and studies in one strongly consistent Query of DELIVERY#', async () => {
    const ack = {
      programId: PROGRAM_ID,
      nip: NIP,
      document: 'TATA_TERTIB',
      acknowledgedBy: 'p',
      acknowledgedAt: NOW,
    };
    ddb.on(QueryCommand).resolves({
      Items: [
        { pk: PARTICIPANT, sk: 'DELIVERY#ACK#TATA_TERTIB', entity: 'Acknowledgement', ...ack },
        { pk: PARTICIPANT, sk: 'DELIVERY#SP', entity: 'AssignmentLetter', document: DOCUMENT },
        { pk: PARTICIPANT, sk: 'DELIVERY#STUDY#MOD-ADM-01', entity: 'ModuleStudy', studiedAt: NOW },
      ],
    });

    const record = await participantDelivery(PROGRAM_ID, NIP);

    expect(queries()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': PARTICIPANT, ':prefix': 'DELIVERY#' },
        ConsistentRead: true,
      },
    ]);
    expect(record).toStrictEqual({
      assignmentLetter: DOCUMENT,
      acknowledged: { TATA_TERTIB: ack },
      studied: { 'MOD-ADM-01': NOW },
    });
  });

  it('ED6: records a review with the participant’s seat check; false when the seat moved', async () => {
    const review: CvReview = {
      programId: PROGRAM_ID,
      nip: NIP,
      cohort: 19,
      cv: { verdict: 'DITERIMA' },
      actionPlan: { verdict: 'PERLU_PERBAIKAN', reason: 'Belum terukur.' },
      cvKey: 'training/cv',
      confirmationVersion: 2,
      reviewedBy: 'bkn-admin-1',
      reviewedAt: NOW,
    };
    expect(await saveReview(review)).toBe(true);
    ddb.on(TransactWriteCommand).rejects(cancelledAt(2, 0));
    expect(await saveReview(review)).toBe(false);

    expect(transactions()[0]).toStrictEqual({
      TransactItems: [
        SEATED,
        {
          Put: {
            TableName: TABLE_NAME,
            Item: { pk: PARTICIPANT, sk: 'DELIVERY#REVIEW', entity: 'CvReview', ...review },
          },
        },
      ],
    });
  });

  it('ED7: records a resume under TRAINING#RESUME# with the participant’s seat check', async () => {
    const resume = { programId: PROGRAM_ID, nip: NIP, cohort: 19, module: 'MOD-ADM-01', document: DOCUMENT };
    expect(await saveResume(resume)).toBe(true);

    expect(transactions()).toStrictEqual([
      {
        TransactItems: [
          SEATED,
          {
            Put: {
              TableName: TABLE_NAME,
              Item: { pk: PARTICIPANT, sk: 'TRAINING#RESUME#MOD-ADM-01', entity: 'ModuleResume', ...resume },
            },
          },
        ],
      },
    ]);
  });

  it('ED8: keeps the first download of a material and answers it', async () => {
    ddb.on(UpdateCommand).resolves({ Attributes: { studiedAt: '2026-07-19T03:00:00.000Z' } });

    expect(await recordStudy(PROGRAM_ID, NIP, 'MOD-ADM-01', NOW)).toBe('2026-07-19T03:00:00.000Z');
    expect(ddb.commandCalls(UpdateCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Key: { pk: PARTICIPANT, sk: 'DELIVERY#STUDY#MOD-ADM-01' },
        UpdateExpression: 'SET #studiedAt = if_not_exists(#studiedAt, :at), #entity = :entity',
        ExpressionAttributeNames: { '#studiedAt': 'studiedAt', '#entity': 'entity' },
        ExpressionAttributeValues: { ':at': NOW, ':entity': 'ModuleStudy' },
        ReturnValues: 'ALL_NEW',
      },
    ]);
  });

  it('ED9: records the SP, replacing an earlier upload', async () => {
    await saveAssignmentLetter(PROGRAM_ID, NIP, DOCUMENT);

    expect(puts()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Item: {
          pk: PARTICIPANT,
          sk: 'DELIVERY#SP',
          entity: 'AssignmentLetter',
          programId: PROGRAM_ID,
          nip: NIP,
          document: DOCUMENT,
        },
      },
    ]);
  });

  it('ED10: records an acknowledgement once; false when it exists', async () => {
    const ack: Acknowledgement = {
      programId: PROGRAM_ID,
      nip: NIP,
      document: 'PENGUMUMAN',
      acknowledgedBy: 'dewi.lestari',
      acknowledgedAt: NOW,
    };
    ddb.on(PutCommand).rejects(conditionFailed());

    expect(await saveAcknowledgement(ack)).toBe(false);
    expect(puts()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Item: { pk: PARTICIPANT, sk: 'DELIVERY#ACK#PENGUMUMAN', entity: 'Acknowledgement', ...ack },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    ]);
  });

  const POST: ForumPost = {
    id: `${NOW}#5e0c7b2a-8f3d-4c1b-9a6e-2d4f8b1c3e7a`,
    programId: PROGRAM_ID,
    cohort: 19,
    module: 'MOD-ADM-01',
    author: { kind: 'PESERTA', name: 'Dewi Lestari, S.Sos.', nip: NIP },
    text: 'Bagaimana menyusun formasi?',
    postedBy: 'dewi.lestari',
    postedAt: NOW,
  };
  const FORUM = `FORUM#${PROGRAM_ID}#019#MOD-ADM-01`;

  it('ED11: adds a post to the module’s forum partition, keyed by time and id', async () => {
    await addForumPost(POST);

    expect(puts()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Item: {
          pk: FORUM,
          sk: `POST#${NOW}#5e0c7b2a-8f3d-4c1b-9a6e-2d4f8b1c3e7a`,
          entity: 'ForumPost',
          ...POST,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    ]);
  });

  it('ED12: reads a module forum’s posts, oldest first', async () => {
    ddb
      .on(QueryCommand)
      .resolves({ Items: [{ pk: FORUM, sk: `POST#${NOW}#x`, entity: 'ForumPost', ...POST }] });

    expect(await forumPosts(PROGRAM_ID, 19, 'MOD-ADM-01')).toStrictEqual([POST]);
    expect(queries()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': FORUM },
      },
    ]);
  });
});

describe('delivery repository, batched', () => {
  it('ED13: reads the listed participants’ acknowledgements of a document in one strongly consistent BatchGetItem', async () => {
    const ack: Acknowledgement = {
      programId: PROGRAM_ID,
      nip: NIP,
      document: 'TATA_TERTIB',
      acknowledgedBy: 'peserta',
      acknowledgedAt: '2026-07-20T03:00:00.000Z',
    };
    const key = { pk: `PARTICIPANT#${PROGRAM_ID}#${NIP}`, sk: 'DELIVERY#ACK#TATA_TERTIB' };
    ddb
      .on(BatchGetCommand)
      .resolves({ Responses: { [TABLE_NAME]: [{ ...key, entity: 'Acknowledgement', ...ack }] } });
    const other = '199006152014032002';

    const answers = await readItems(
      acknowledgementRead(PROGRAM_ID, NIP, 'TATA_TERTIB'),
      acknowledgementRead(PROGRAM_ID, other, 'TATA_TERTIB'),
    );

    expect(answers).toStrictEqual([ack, undefined]);
    expect(ddb.commandCalls(BatchGetCommand)[0]!.args[0].input).toStrictEqual({
      RequestItems: {
        [TABLE_NAME]: {
          Keys: [key, { pk: `PARTICIPANT#${PROGRAM_ID}#${other}`, sk: 'DELIVERY#ACK#TATA_TERTIB' }],
          ConsistentRead: true,
        },
      },
    });
  });

  it("ED14: reads a cohort's e-learning setup with other items in one strongly consistent BatchGetItem", async () => {
    const key = { pk: COHORT, sk: 'DELIVERY#ELEARNING' };
    ddb
      .on(BatchGetCommand)
      .resolves({ Responses: { [TABLE_NAME]: [{ ...key, entity: 'ELearningSetup', ...SETUP }] } });

    const [setup, none] = await readItems(
      eLearningSetupRead(PROGRAM_ID, 19),
      eLearningSetupRead(PROGRAM_ID, 20),
    );

    expect([setup, none]).toStrictEqual([SETUP, undefined]);
    expect(ddb.commandCalls(BatchGetCommand)[0]!.args[0].input).toStrictEqual({
      RequestItems: {
        [TABLE_NAME]: {
          Keys: [key, { pk: `COHORT#${PROGRAM_ID}#020`, sk: 'DELIVERY#ELEARNING' }],
          ConsistentRead: true,
        },
      },
    });
  });
});
