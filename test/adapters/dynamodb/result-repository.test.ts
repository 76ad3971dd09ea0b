import '../../functions/helpers/env';
import { ConditionalCheckFailedException, ThrottlingException } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  appealOpenAgainst,
  assignAppealReviewer,
  fileAppealOnce,
  findAppeal,
  findOpenAppeal,
  findResultDecision,
  loadResults,
  recordCorrection,
  recordSessionDecision,
  recordSessionDecisions,
  resolveAppealRecord,
} from '../../../adapters/dynamodb/result-repository';
import { ConcurrentChangeError } from '../../../adapters/dynamodb/table';
import type { Appeal, ResultDecision } from '../../../events/api/result';
import { TABLE_NAME } from '../../functions/helpers/env';
import { PROGRAM_ID } from '../../functions/helpers/programs';
import { NIP, OTHER_NIP } from '../../functions/helpers/proposals';
import {
  APPEAL_ID,
  appealItem,
  attemptItem,
  DECISION_ID,
  decisionItem,
  openGuardItem,
  partitionOf,
} from '../../functions/results/fixtures';
import { cancelled } from './dynamodb-errors';

const ddb = mockClient(DynamoDBDocumentClient);
beforeEach(() => {
  ddb.reset();
  // Every backoff between filings waits no time.
  vi.spyOn(Math, 'random').mockReturnValue(0);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const PARTITION = partitionOf(NIP);
const NEW_ID = 'dec_2026-08-03T03:00:00.000Z_2';

/** A stored item as its record: without the table keys and the entity tag. */
function record<T>(item: Record<string, unknown>): T {
  const { pk: _pk, sk: _sk, entity: _entity, gsi1pk: _g1pk, gsi1sk: _g1sk, ...rest } = item;
  return rest as T;
}
const aDecision = (overrides: Record<string, unknown> = {}, nip = NIP) =>
  record<ResultDecision>(decisionItem(overrides, nip));
const anAppeal = (overrides: Record<string, unknown> = {}) => record<Appeal>(appealItem(overrides));
const RESOLUTION = {
  upheld: true,
  reason: 'Bukti memenuhi kriteria.',
  decidedBy: 'pusbang.peninjau',
  decidedAt: '2026-08-03T03:00:00.000Z',
  resultingDecisionId: NEW_ID,
};
/** The new decision an upheld appeal (or a correction) makes in place of DECISION_ID. */
const replacement = (source: 'BANDING' | 'KOREKSI') =>
  aDecision({
    decisionId: NEW_ID,
    outcome: 'KOMPETEN',
    notYetCompetentUnits: [],
    source,
    supersedes: DECISION_ID,
  }) as ResultDecision & { supersedes: string };

/** R3's query of NIP's results: every item under RESULT#, strongly consistent. */
const RESULTS_QUERY = {
  TableName: TABLE_NAME,
  ConsistentRead: true,
  KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
  ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
  ExpressionAttributeValues: { ':pk': PARTITION, ':prefix': 'RESULT#' },
};
/** The ConditionCheck that the appealed decision is still in force, and the new decision's old one's pointer. */
const decisionInForce = {
  ConditionCheck: {
    TableName: TABLE_NAME,
    Key: { pk: PARTITION, sk: `RESULT#DECISION#${DECISION_ID}` },
    ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#supersededBy)',
    ExpressionAttributeNames: { '#supersededBy': 'supersededBy' },
  },
};
const supersedeItems = (source: 'BANDING' | 'KOREKSI') => [
  {
    Put: {
      TableName: TABLE_NAME,
      Item: {
        pk: PARTITION,
        sk: `RESULT#DECISION#${NEW_ID}`,
        entity: 'ResultDecision',
        ...replacement(source),
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  },
  {
    Update: {
      TableName: TABLE_NAME,
      Key: { pk: PARTITION, sk: `RESULT#DECISION#${DECISION_ID}` },
      ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#supersededBy)',
      UpdateExpression: 'SET #supersededBy = :by',
      ExpressionAttributeNames: { '#supersededBy': 'supersededBy' },
      ExpressionAttributeValues: { ':by': NEW_ID },
    },
  },
];

const gets = () => ddb.commandCalls(GetCommand).map((c) => c.args[0].input);
/** A strongly consistent GetItem of one of NIP's result items. */
const consistentGet = (sk: string) => ({
  TableName: TABLE_NAME,
  Key: { pk: PARTITION, sk },
  ConsistentRead: true,
});
const transactions = () => ddb.commandCalls(TransactWriteCommand).map((c) => c.args[0].input);
const throttled = () => new ThrottlingException({ message: 'Rate exceeded', $metadata: {} });

describe('result repository', () => {
  describe('decisions', () => {
    it('R1: reads one decision by id, strongly consistent, without its storage attributes', async () => {
      // Prepare
      ddb.on(GetCommand).resolves({ Item: decisionItem() });

      // Act
      const found = await findResultDecision(PROGRAM_ID, NIP, DECISION_ID);

      // Assess
      expect(gets()).toStrictEqual([consistentGet(`RESULT#DECISION#${DECISION_ID}`)]);
      expect(found).toStrictEqual(aDecision());
    });

    it('a decision the participant does not have reads as undefined', async () => {
      // Prepare
      ddb.on(GetCommand).resolves({});

      // Act
      const found = await findResultDecision(PROGRAM_ID, NIP, 'dec_x');

      // Assess
      expect(found).toBeUndefined();
    });

    it('R2: an appeal is open against a decision only while a case against that very decision is OPEN, as R3 reads them', async () => {
      // Prepare
      ddb
        .on(QueryCommand)
        .resolvesOnce({ Items: [appealItem()] })
        .resolvesOnce({ Items: [appealItem({ status: 'RESOLVED' })] });

      // Act
      const open = await loadResults(PROGRAM_ID, NIP);
      const resolved = await loadResults(PROGRAM_ID, NIP);

      // Assess
      expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input)).toStrictEqual([
        RESULTS_QUERY,
        RESULTS_QUERY,
      ]);
      expect([
        appealOpenAgainst(open, DECISION_ID),
        appealOpenAgainst(open, 'dec_other'),
        appealOpenAgainst(resolved, DECISION_ID),
      ]).toStrictEqual([true, false, false]);
    });

    it("R3: reads a participant's results in one strongly consistent query of the RESULT# items, sorted by kind", async () => {
      // Prepare
      const retest = (n: number) => ({
        pk: PARTITION,
        sk: `RESULT#RETEST#${n}`,
        entity: 'RetestBooking',
        gsi1pk: `COHORT#${PROGRAM_ID}#021#RETESTS`,
        gsi1sk: NIP,
        retestNumber: n,
      });
      ddb.on(QueryCommand).resolves({
        Items: [
          attemptItem(0),
          decisionItem(),
          decisionItem({ decisionId: NEW_ID }),
          appealItem(),
          openGuardItem(),
          retest(2),
          retest(1),
          { pk: PARTITION, sk: `RESULT#RETEST_REQUEST#${DECISION_ID}`, entity: 'RetestAsk' },
        ],
      });

      // Act
      const history = await loadResults(PROGRAM_ID, NIP);

      // Assess
      expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input)).toStrictEqual([RESULTS_QUERY]);
      expect(history).toStrictEqual({
        decisions: [aDecision(), aDecision({ decisionId: NEW_ID })],
        attempts: new Map([[0, DECISION_ID]]),
        retests: [record(retest(1)), record(retest(2))],
        appeals: [anAppeal()],
        evidenceRequests: [],
      });
    });

    it('R4: records the session decisions of several attempts in one transaction, each attempt guard and decision created once', async () => {
      // Prepare
      ddb.on(TransactWriteCommand).resolves({});
      const decisions = [aDecision(), aDecision({}, OTHER_NIP)];

      // Act
      const recorded = await recordSessionDecisions(decisions);

      // Assess
      expect(recorded).toBe(true);
      expect(transactions()).toStrictEqual([
        {
          TransactItems: [NIP, OTHER_NIP].flatMap((nip, i) => [
            {
              Put: {
                TableName: TABLE_NAME,
                Item: {
                  pk: partitionOf(nip),
                  sk: 'RESULT#ATTEMPT#0',
                  entity: 'ResultAttempt',
                  attempt: 0,
                  decisionId: DECISION_ID,
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Put: {
                TableName: TABLE_NAME,
                Item: {
                  pk: partitionOf(nip),
                  sk: `RESULT#DECISION#${DECISION_ID}`,
                  entity: 'ResultDecision',
                  ...decisions[i],
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ]),
        },
      ]);
    });

    it.each([
      ['an attempt decided already', 'ConditionalCheckFailed'],
      ['a concurrent transaction', 'TransactionConflict'],
    ])('session decisions meeting %s are not written and answer false', async (_case, reason) => {
      // Prepare
      ddb.on(TransactWriteCommand).rejects(cancelled('None', 'None', reason, 'None'));

      // Act
      const recorded = await recordSessionDecisions([aDecision(), aDecision({}, OTHER_NIP)]);

      // Assess
      expect(recorded).toBe(false);
    });

    it('one session decision is recorded the same way, and any other DynamoDB error is thrown', async () => {
      // Prepare
      ddb.on(TransactWriteCommand).rejects(throttled());

      // Act
      const recording = recordSessionDecision(aDecision());

      // Assess
      await expect(recording).rejects.toThrow('Rate exceeded');
      expect(transactions()[0]!.TransactItems).toHaveLength(2);
    });

    it('more than 50 decisions (over 100 items) are refused before anything is sent; none sends nothing', async () => {
      // Prepare
      const many = Array.from({ length: 51 }, (_, i) => aDecision({}, `19850310201001${String(1000 + i)}`));

      // Act
      const tooMany = recordSessionDecisions(many);
      const none = await recordSessionDecisions([]);

      // Assess
      await expect(tooMany).rejects.toBeInstanceOf(RangeError);
      expect(none).toBe(true);
      expect(ddb.calls()).toHaveLength(0);
    });
  });

  describe('appeals', () => {
    it("R7: files an appeal with its decision's open-case guard, only if none is open and the decision is still in force", async () => {
      // Prepare
      ddb.on(TransactWriteCommand).resolves({});

      // Act
      const filing = await fileAppealOnce(anAppeal());

      // Assess
      expect(filing).toBe('FILED');
      expect(transactions()).toStrictEqual([
        {
          TransactItems: [
            {
              Put: {
                TableName: TABLE_NAME,
                Item: openGuardItem(),
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Put: {
                TableName: TABLE_NAME,
                Item: appealItem(),
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            decisionInForce,
          ],
        },
      ]);
    });

    it('filing against a decision superseded meanwhile answers DECISION_CHANGED', async () => {
      // Prepare
      ddb.on(TransactWriteCommand).rejects(cancelled('None', 'None', 'ConditionalCheckFailed'));

      // Act
      const filing = await fileAppealOnce(anAppeal());

      // Assess
      expect(filing).toBe('DECISION_CHANGED');
    });

    it('filing that loses the guard to another case answers the open case, read through its guard', async () => {
      // Prepare
      const winner = anAppeal({ appealId: 'bdg_2026-08-02T03:00:00.000Z_99999999' });
      ddb.on(TransactWriteCommand).rejects(cancelled('ConditionalCheckFailed', 'None', 'None'));
      ddb.on(GetCommand, { Key: { pk: PARTITION, sk: `RESULT#OPEN_APPEAL#${DECISION_ID}` } }).resolves({
        Item: openGuardItem(winner.appealId),
      });
      ddb
        .on(GetCommand, { Key: { pk: PARTITION, sk: `RESULT#APPEAL#${winner.appealId}` } })
        .resolves({ Item: appealItem({ appealId: winner.appealId }) });

      // Act
      const filing = await fileAppealOnce(anAppeal());

      // Assess
      expect(filing).toStrictEqual({ open: winner });
      expect(transactions()).toHaveLength(1);
    });

    it.each([
      ['a guard whose case was resolved before it could be read', 'ConditionalCheckFailed'],
      ['a concurrent transaction', 'TransactionConflict'],
    ])('filing that meets %s tries again after a backoff, and files', async (_case, reason) => {
      // Prepare
      ddb
        .on(TransactWriteCommand)
        .rejectsOnce(cancelled(reason, 'None', 'None'))
        .resolves({});
      ddb.on(GetCommand).resolves({});

      // Act
      const filing = await fileAppealOnce(anAppeal());

      // Assess
      expect(filing).toBe('FILED');
      expect(transactions()).toHaveLength(2);
      expect(transactions()[1]).toStrictEqual(transactions()[0]);
    });

    it('filing gives up after 5 tries that all ran into concurrent transactions, throwing ConcurrentChangeError', async () => {
      // Prepare
      ddb.on(TransactWriteCommand).rejects(cancelled('TransactionConflict', 'None', 'None'));

      // Act
      const filing = fileAppealOnce(anAppeal());

      // Assess
      await expect(filing).rejects.toBeInstanceOf(ConcurrentChangeError);
      expect(transactions()).toHaveLength(5);
    });

    it('filing throws any other DynamoDB error at once', async () => {
      // Prepare
      ddb.on(TransactWriteCommand).rejects(throttled());

      // Act
      const filing = fileAppealOnce(anAppeal());

      // Assess
      await expect(filing).rejects.toThrow('Rate exceeded');
      expect(transactions()).toHaveLength(1);
    });

    it('R7a: reads the open case against a decision through its guard, both strongly consistent', async () => {
      // Prepare
      ddb
        .on(GetCommand, { Key: { pk: PARTITION, sk: `RESULT#OPEN_APPEAL#${DECISION_ID}` } })
        .resolves({ Item: openGuardItem() });
      ddb
        .on(GetCommand, { Key: { pk: PARTITION, sk: `RESULT#APPEAL#${APPEAL_ID}` } })
        .resolves({ Item: appealItem() });

      // Act
      const open = await findOpenAppeal(PROGRAM_ID, NIP, DECISION_ID);

      // Assess
      expect(gets()).toStrictEqual([
        consistentGet(`RESULT#OPEN_APPEAL#${DECISION_ID}`),
        consistentGet(`RESULT#APPEAL#${APPEAL_ID}`),
      ]);
      expect(open).toStrictEqual(anAppeal());
    });

    it('a decision without a guard has no open case, read no further', async () => {
      // Prepare
      ddb.on(GetCommand).resolves({});

      // Act
      const open = await findOpenAppeal(PROGRAM_ID, NIP, DECISION_ID);

      // Assess
      expect(open).toBeUndefined();
      expect(gets()).toHaveLength(1);
    });

    it('R8: reads the appeal, strongly consistent, then names its reviewer only while it is open', async () => {
      // Prepare
      ddb.on(GetCommand).resolves({ Item: appealItem() });
      ddb.on(UpdateCommand).resolves({});

      // Act
      const appeal = await findAppeal(PROGRAM_ID, NIP, APPEAL_ID);
      const named = await assignAppealReviewer(appeal!, 'pusbang.peninjau');

      // Assess
      expect(gets()).toStrictEqual([consistentGet(`RESULT#APPEAL#${APPEAL_ID}`)]);
      expect(ddb.commandCalls(UpdateCommand).map((c) => c.args[0].input)).toStrictEqual([
        {
          TableName: TABLE_NAME,
          Key: { pk: PARTITION, sk: `RESULT#APPEAL#${APPEAL_ID}` },
          ConditionExpression: '#status = :open',
          UpdateExpression: 'SET #reviewer = :reviewer',
          ExpressionAttributeNames: { '#status': 'status', '#reviewer': 'reviewer' },
          ExpressionAttributeValues: { ':open': 'OPEN', ':reviewer': 'pusbang.peninjau' },
        },
      ]);
      expect([appeal, named]).toStrictEqual([anAppeal(), true]);
    });

    it('naming the reviewer of an appeal resolved meanwhile answers false', async () => {
      // Prepare
      ddb.on(UpdateCommand).rejects(new ConditionalCheckFailedException({ message: 'no', $metadata: {} }));

      // Act
      const named = await assignAppealReviewer(anAppeal(), 'pusbang.peninjau');

      // Assess
      expect(named).toBe(false);
    });

    it("R9: an upheld appeal is resolved once, its guard released, its new decision created and the old one's pointer set, all at once", async () => {
      // Prepare
      ddb.on(TransactWriteCommand).resolves({});

      // Act
      const resolved = await resolveAppealRecord(anAppeal(), RESOLUTION, replacement('BANDING'));

      // Assess
      expect(resolved).toBe(true);
      expect(transactions()).toStrictEqual([
        {
          TransactItems: [
            {
              Update: {
                TableName: TABLE_NAME,
                Key: { pk: PARTITION, sk: `RESULT#APPEAL#${APPEAL_ID}` },
                ConditionExpression: '#status = :open',
                UpdateExpression: 'SET #status = :resolved, #resolution = :resolution',
                ExpressionAttributeNames: { '#status': 'status', '#resolution': 'resolution' },
                ExpressionAttributeValues: {
                  ':open': 'OPEN',
                  ':resolved': 'RESOLVED',
                  ':resolution': RESOLUTION,
                },
              },
            },
            {
              Delete: {
                TableName: TABLE_NAME,
                Key: { pk: PARTITION, sk: `RESULT#OPEN_APPEAL#${DECISION_ID}` },
                ConditionExpression: 'attribute_not_exists(pk) OR #appealId = :appealId',
                ExpressionAttributeNames: { '#appealId': 'appealId' },
                ExpressionAttributeValues: { ':appealId': APPEAL_ID },
              },
            },
            ...supersedeItems('BANDING'),
          ],
        },
      ]);
    });

    it('an appeal closed without change writes only its resolution and the release of its guard', async () => {
      // Prepare
      ddb.on(TransactWriteCommand).resolves({});

      // Act
      await resolveAppealRecord(anAppeal(), {
        ...RESOLUTION,
        upheld: false,
        resultingDecisionId: DECISION_ID,
      });

      // Assess
      expect(transactions()[0]!.TransactItems!.map((item) => Object.keys(item)[0])).toStrictEqual([
        'Update',
        'Delete',
      ]);
    });

    it('resolving an appeal resolved already, or whose decision was superseded meanwhile, answers false', async () => {
      // Prepare
      ddb
        .on(TransactWriteCommand)
        .rejectsOnce(cancelled('ConditionalCheckFailed', 'None', 'None', 'None'))
        .rejectsOnce(cancelled('None', 'None', 'None', 'ConditionalCheckFailed'));

      // Act
      const retried = await resolveAppealRecord(anAppeal(), RESOLUTION, replacement('BANDING'));
      const superseded = await resolveAppealRecord(anAppeal(), RESOLUTION, replacement('BANDING'));

      // Assess
      expect([retried, superseded]).toStrictEqual([false, false]);
    });
  });

  describe('corrections', () => {
    it("R10: a correction creates the new decision and sets the old one's pointer once, only while no case against it is open", async () => {
      // Prepare
      ddb.on(TransactWriteCommand).resolves({});

      // Act
      const corrected = await recordCorrection(replacement('KOREKSI'));

      // Assess
      expect(corrected).toBe(true);
      expect(transactions()).toStrictEqual([
        {
          TransactItems: [
            ...supersedeItems('KOREKSI'),
            {
              ConditionCheck: {
                TableName: TABLE_NAME,
                Key: { pk: PARTITION, sk: `RESULT#OPEN_APPEAL#${DECISION_ID}` },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ],
        },
      ]);
    });

    it.each([
      ['superseded', ['None', 'ConditionalCheckFailed', 'None']],
      ['appealed', ['None', 'None', 'ConditionalCheckFailed']],
    ])('a correction of a decision %s meanwhile answers false', async (_case, reasons) => {
      // Prepare
      ddb.on(TransactWriteCommand).rejects(cancelled(...reasons));

      // Act
      const corrected = await recordCorrection(replacement('KOREKSI'));

      // Assess
      expect(corrected).toBe(false);
    });
  });
});
