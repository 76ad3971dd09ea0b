import '../../functions/helpers/env';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  assignPreAssessor,
  loadPreAssessment,
  recordRecommendation,
  saveSelfAssessment,
} from '../../../adapters/dynamodb/preassessment-repository';
import type { PreAssessor, Recommendation } from '../../../events/api/preassessment';
import { TABLE_NAME } from '../../functions/helpers/env';
import { PROGRAM_ID } from '../../functions/helpers/programs';
import { INSTANSI, NIP } from '../../functions/helpers/proposals';
import {
  ASSESSOR,
  ASSESSOR_NIP,
  PESERTA,
  PRE_ASSESSOR_PROFILE,
  preAssessorItem,
  recommendationItem,
  selfAssessmentItem,
} from '../../functions/preassessment/table';
import { cancelledAt } from './dynamodb-errors';
import { candidateRead } from '../../../adapters/dynamodb/proposal-repository';
import { participantRead } from '../../../adapters/dynamodb/seating-repository';
import { readItems } from '../../../adapters/dynamodb/table';

/*
 * The access patterns A1-A4 of docs/data-model.md ("Pre-assessment"): the exact command of each, stated here
 * once, and what each conditional write answers when its conditions fail.
 */
const ddb = mockClient(DynamoDBDocumentClient);

const NOW = '2026-05-02T03:00:00.000Z';
const REF = { programId: PROGRAM_ID, instansiCode: INSTANSI };
const PARTITION = `PROPOSAL#${PROGRAM_ID}#${INSTANSI}`;
const UNITS = [{ unit: 'MANAJERIAL-01', claim: 'K' as const, evidence: 'Portofolio' }];

/** The checks every pre-assessment write rests on: the candidate still accepted, not set as participant. */
const CANDIDATE_STILL_OPEN = [
  {
    ConditionCheck: {
      TableName: TABLE_NAME,
      Key: { pk: PARTITION, sk: `CANDIDATE#${NIP}` },
      ConditionExpression: '#status = :accepted',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':accepted': 'ACCEPTED' },
    },
  },
  {
    ConditionCheck: {
      TableName: TABLE_NAME,
      Key: { pk: `PARTICIPANT#${PROGRAM_ID}#${NIP}`, sk: '#PARTICIPANT' },
      ConditionExpression: 'attribute_not_exists(pk) OR #status <> :set',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':set': 'SET' },
    },
  },
];
const transactions = () => ddb.commandCalls(TransactWriteCommand).map((c) => c.args[0].input);

const selfAssessment = {
  programId: PROGRAM_ID,
  instansiCode: INSTANSI,
  nip: NIP,
  qualification: 'ADMINISTRATOR' as const,
  units: UNITS,
  complete: false,
  filledBy: PESERTA,
  filledAt: NOW,
};
const recommendation: Recommendation = {
  outcome: 'FIT',
  selfAssessmentVersion: 2,
  recommendedBy: ASSESSOR,
  recommendedAt: NOW,
};
const assignment = (n: number): PreAssessor => ({
  programId: PROGRAM_ID,
  instansiCode: INSTANSI,
  nip: NIP,
  assignment: n,
  username: ASSESSOR,
  assessorNip: ASSESSOR_NIP,
  name: 'Budi Santoso, S.H., M.Si.',
  profile: PRE_ASSESSOR_PROFILE,
  assignedBy: 'bkn-admin-1',
  assignedAt: NOW,
});

beforeEach(() => {
  ddb.reset();
  ddb.on(PutCommand).resolves({});
  ddb.on(TransactWriteCommand).resolves({});
});

describe('pre-assessment repository (docs/data-model.md, Pre-assessment)', () => {
  it('A1: reads a candidate’s self-assessment, assessor assignments and recommendations in one strongly consistent Query of PREASSESSMENT#<nip>', async () => {
    // Prepare
    const current = selfAssessmentItem({
      qualification: 'ADMINISTRATOR',
      units: UNITS,
      complete: false,
      version: 2,
    });
    const second = preAssessorItem({ assignment: 2, username: 'asesor-18' });
    ddb.on(QueryCommand).resolves({
      Items: [
        current,
        {
          ...preAssessorItem(),
          sk: `PREASSESSMENT#${NIP}#ASSESSOR#001`,
          entity: 'PreAssessmentAssessorVersion',
        },
        second,
        { ...second, sk: `PREASSESSMENT#${NIP}#ASSESSOR#002`, entity: 'PreAssessmentAssessorVersion' },
        recommendationItem('NOT_FIT', '2026-05-01T05:00:00.000Z', 1),
        recommendationItem('FIT', '2026-05-01T06:00:00.000Z', 2),
      ],
    });

    // Act
    const record = await loadPreAssessment(REF, NIP);

    // Assess
    expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': PARTITION, ':prefix': `PREASSESSMENT#${NIP}` },
        ConsistentRead: true,
      },
    ]);
    const { pk: _pk, sk: _sk, entity: _entity, ...stored } = current;
    const { pk: _p2, sk: _s2, entity: _e2, ...assessor } = second;
    const { pk: _p1, sk: _s1, entity: _e1, ...first } = preAssessorItem();
    expect(record).toStrictEqual({
      selfAssessment: stored,
      history: [
        {
          outcome: 'NOT_FIT',
          notes: 'Bukti belum relevan dengan jabatan.',
          selfAssessmentVersion: 1,
          recommendedBy: ASSESSOR,
          recommendedAt: '2026-05-01T05:00:00.000Z',
        },
        {
          outcome: 'FIT',
          selfAssessmentVersion: 2,
          recommendedBy: ASSESSOR,
          recommendedAt: '2026-05-01T06:00:00.000Z',
        },
      ],
      assessor,
      assessorHistory: [first, assessor],
    });
  });

  it('a candidate with nothing recorded yet has an empty pre-assessment', async () => {
    // Prepare
    ddb.on(QueryCommand).resolves({ Items: [] });

    // Act
    const record = await loadPreAssessment(REF, NIP);

    // Assess
    expect(record).toStrictEqual({ history: [], assessorHistory: [] });
  });

  it('A2: puts the first self-assessment if attribute_not_exists(pk), a later one if still version n and not locked by a FIT recommendation', async () => {
    // Act
    const first = await saveSelfAssessment(selfAssessment, undefined);
    const fourth = await saveSelfAssessment(selfAssessment, 3);

    // Assess
    const item = (version: number) => ({
      pk: PARTITION,
      sk: `PREASSESSMENT#${NIP}`,
      entity: 'PreAssessment',
      ...selfAssessment,
      version,
    });
    expect(ddb.commandCalls(PutCommand).map((c) => c.args[0].input)).toStrictEqual([
      { TableName: TABLE_NAME, Item: item(1), ConditionExpression: 'attribute_not_exists(pk)' },
      {
        TableName: TABLE_NAME,
        Item: item(4),
        ConditionExpression: '#version = :version AND (attribute_not_exists(#rec) OR #rec.#outcome <> :fit)',
        ExpressionAttributeNames: { '#version': 'version', '#rec': 'recommendation', '#outcome': 'outcome' },
        ExpressionAttributeValues: { ':version': 3, ':fit': 'FIT' },
      },
    ]);
    expect([first?.version, fourth?.version]).toStrictEqual([1, 4]);
  });

  it('a self-assessment saved meanwhile, or locked by a FIT recommendation, is not saved: undefined', async () => {
    // Prepare
    ddb
      .on(PutCommand)
      .rejects(
        new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} }),
      );

    // Act
    const saving = saveSelfAssessment(selfAssessment, 3);

    // Assess
    await expect(saving).resolves.toBeUndefined();
  });

  it('A3: records a recommendation as a history item and on the version reviewed, by the assessor assigned, while the candidate is open', async () => {
    // Act
    const outcome = await recordRecommendation(REF, NIP, recommendation, {
      assignment: 1,
      username: ASSESSOR,
    });

    // Assess
    expect(transactions()).toStrictEqual([
      {
        TransactItems: [
          {
            Put: {
              TableName: TABLE_NAME,
              Item: {
                pk: PARTITION,
                sk: expect.stringMatching(
                  new RegExp(`^PREASSESSMENT#${NIP}#RECOMMENDATION#${NOW}#[0-9a-f]{8}$`),
                ),
                entity: 'PreAssessmentRecommendation',
                programId: PROGRAM_ID,
                instansiCode: INSTANSI,
                nip: NIP,
                ...recommendation,
              },
            },
          },
          {
            Update: {
              TableName: TABLE_NAME,
              Key: { pk: PARTITION, sk: `PREASSESSMENT#${NIP}` },
              ConditionExpression: '#version = :version',
              UpdateExpression: 'SET #rec = :rec',
              ExpressionAttributeNames: { '#version': 'version', '#rec': 'recommendation' },
              ExpressionAttributeValues: { ':version': 2, ':rec': recommendation },
            },
          },
          {
            ConditionCheck: {
              TableName: TABLE_NAME,
              Key: { pk: PARTITION, sk: `PREASSESSMENT#${NIP}#ASSESSOR` },
              ConditionExpression: '#assignment = :assignment AND #username = :username',
              ExpressionAttributeNames: { '#assignment': 'assignment', '#username': 'username' },
              ExpressionAttributeValues: { ':assignment': 1, ':username': ASSESSOR },
            },
          },
          ...CANDIDATE_STILL_OPEN,
        ],
      },
    ]);
    expect(outcome).toBe('WRITTEN');
  });

  it.each([
    ['the self-assessment was saved again', 1, 'CHANGED'],
    ['the assessor assignment was replaced', 2, 'ASSESSOR_CHANGED'],
    ['the candidate is no longer accepted', 3, 'CHANGED'],
    ['the candidate was set as participant', 4, 'CHANGED'],
  ])('a recommendation refused because %s answers %s', async (_, failed, expected) => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(cancelledAt(5, failed));

    // Act
    const outcome = await recordRecommendation(REF, NIP, recommendation, {
      assignment: 1,
      username: ASSESSOR,
    });

    // Assess
    expect(outcome).toBe(expected);
  });

  it('A4: assigns the first assessor if none is, a replacement if the current is still assignment n, each kept as a version, while the candidate is open', async () => {
    // Act
    const outcomes = [
      await assignPreAssessor(assignment(1), undefined),
      await assignPreAssessor(assignment(2), 1),
    ];

    // Assess
    const version = (n: number) => ({
      Put: {
        TableName: TABLE_NAME,
        Item: {
          pk: PARTITION,
          sk: `PREASSESSMENT#${NIP}#ASSESSOR#00${n}`,
          entity: 'PreAssessmentAssessorVersion',
          ...assignment(n),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    });
    const current = (n: number) => ({
      pk: PARTITION,
      sk: `PREASSESSMENT#${NIP}#ASSESSOR`,
      entity: 'PreAssessmentAssessor',
      ...assignment(n),
    });
    expect(transactions()).toStrictEqual([
      {
        TransactItems: [
          ...CANDIDATE_STILL_OPEN,
          {
            Put: { TableName: TABLE_NAME, Item: current(1), ConditionExpression: 'attribute_not_exists(pk)' },
          },
          version(1),
        ],
      },
      {
        TransactItems: [
          ...CANDIDATE_STILL_OPEN,
          {
            Put: {
              TableName: TABLE_NAME,
              Item: current(2),
              ConditionExpression: '#assignment = :previous',
              ExpressionAttributeNames: { '#assignment': 'assignment' },
              ExpressionAttributeValues: { ':previous': 1 },
            },
          },
          version(2),
        ],
      },
    ]);
    expect(outcomes).toStrictEqual(['WRITTEN', 'WRITTEN']);
  });

  it.each([
    ['the candidate is no longer accepted', 0, 'CHANGED'],
    ['the candidate was set as participant', 1, 'CHANGED'],
    ['another assignment was made meanwhile', 2, 'ASSESSOR_CHANGED'],
    ['the assignment’s version is already kept', 3, 'ASSESSOR_CHANGED'],
  ])('an assignment refused because %s answers %s', async (_, failed, expected) => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(cancelledAt(4, failed));

    // Act
    const outcome = await assignPreAssessor(assignment(2), 1);

    // Assess
    expect(outcome).toBe(expected);
  });

  it('a failure other than a refused condition is thrown as is', async () => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(new Error('DynamoDB is down'));

    // Act
    const assigning = assignPreAssessor(assignment(1), undefined);

    // Assess
    await expect(assigning).rejects.toThrow('DynamoDB is down');
  });
  it('A5: reads the candidate and their participant record together in one strongly consistent BatchGetItem', async () => {
    // Prepare: the candidate is proposed, not yet set as participant
    const candidateKey = { pk: PARTITION, sk: `CANDIDATE#${NIP}` };
    ddb.on(BatchGetCommand).resolves({
      Responses: { [TABLE_NAME]: [{ ...candidateKey, entity: 'Candidate', nip: NIP, status: 'ACCEPTED' }] },
    });

    // Act
    const [candidate, participant] = await readItems(
      candidateRead(REF, NIP),
      participantRead(PROGRAM_ID, NIP),
    );

    // Assess
    expect([candidate, participant]).toStrictEqual([{ nip: NIP, status: 'ACCEPTED' }, undefined]);
    expect(ddb.commandCalls(BatchGetCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        RequestItems: {
          [TABLE_NAME]: {
            Keys: [candidateKey, { pk: `PARTICIPANT#${PROGRAM_ID}#${NIP}`, sk: '#PARTICIPANT' }],
            ConsistentRead: true,
          },
        },
      },
    ]);
  });
});
