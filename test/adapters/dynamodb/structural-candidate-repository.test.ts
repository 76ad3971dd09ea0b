import '../../functions/helpers/env';
import {
  DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  findEarlierNomination,
  findNominationClaim,
  findStructuralCandidate,
  listStructuralCandidates,
  recordDetermination,
  recordHandover,
  recordNominationProposal,
  recordPlan,
  saveStructuralCandidate,
} from '../../../adapters/dynamodb/structural-candidate-repository';
import { StructuralCandidate } from '../../../events/api/structural';
import { TABLE_NAME } from '../../functions/helpers/env';
import { cancelled, cancelledAt, conditionFailed, throttled } from './dynamodb-errors';

const ddb = mockClient(DynamoDBDocumentClient);
beforeEach(() => ddb.reset());

const CANDIDATE = structuredClone((StructuralCandidate.meta()?.examples as StructuralCandidate[])[0]!);
const KEY = { pk: `STRUCTURAL#${CANDIDATE.instansiCode}`, sk: `CANDIDATE#${CANDIDATE.nip}` };
const item = { ...KEY, entity: 'StructuralCandidate', ...CANDIDATE };

describe('structural candidate repository', () => {
  it('SA1: records a candidate once per instansi and NIP (EXISTS when the instansi has them)', async () => {
    ddb
      .on(TransactWriteCommand)
      .resolvesOnce({})
      .rejectsOnce(cancelledAt(2, 0, 1));
    expect(await saveStructuralCandidate(CANDIDATE)).toBe('SAVED');
    expect(await saveStructuralCandidate(CANDIDATE)).toBe('EXISTS');
    expect(ddb.commandCalls(TransactWriteCommand)[0]!.args[0].input.TransactItems![0]).toStrictEqual({
      Put: { TableName: TABLE_NAME, Item: item, ConditionExpression: 'attribute_not_exists(pk)' },
    });
  });

  it("SK6: with the candidate, the NIP's one nomination across all instansi (NOMINATED_ELSEWHERE when taken)", async () => {
    ddb.on(TransactWriteCommand).resolvesOnce({}).rejectsOnce(cancelledAt(2, 1)).rejectsOnce(throttled());
    expect(await saveStructuralCandidate(CANDIDATE)).toBe('SAVED');
    expect(await saveStructuralCandidate(CANDIDATE)).toBe('NOMINATED_ELSEWHERE');
    await expect(saveStructuralCandidate(CANDIDATE)).rejects.toThrow('Rate exceeded');
    expect(ddb.commandCalls(TransactWriteCommand)[0]!.args[0].input.TransactItems![1]).toStrictEqual({
      Put: {
        TableName: TABLE_NAME,
        Item: {
          pk: `STRUCTURAL_NIP#${CANDIDATE.nip}`,
          sk: 'NOMINATION',
          entity: 'StructuralNomination',
          instansiCode: CANDIDATE.instansiCode,
          at: CANDIDATE.recorded.at,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    });
  });

  it("SA14: a renomination (SA1 with SK6) replaces the instansi's ended nomination, keeps it, moves the claim and checks the other holder's, each on the state decided on", async () => {
    ddb
      .on(TransactWriteCommand)
      .resolvesOnce({})
      .rejectsOnce(cancelledAt(4, 1))
      .rejectsOnce(cancelled('TransactionConflict'));
    const own = { ...CANDIDATE, status: 'TIDAK_DITETAPKAN' as const };
    const holder = { ...CANDIDATE, instansiCode: '3273', status: 'TIDAK_DITETAPKAN' as const };
    const claim = { instansiCode: '3273', at: '2026-01-05T01:00:00.000Z' };
    const next = {
      ...CANDIDATE,
      nomination: 2,
      status: 'DICATAT' as const,
      recorded: { by: 'k', at: '2027-04-01T01:00:00.000Z' },
    };
    expect(await saveStructuralCandidate(next, { own, claim, holder })).toBe('SAVED');
    expect(await saveStructuralCandidate(next, { own, claim, holder })).toBe('CHANGED');
    expect(await saveStructuralCandidate(next, { own, claim, holder })).toBe('CHANGED');
    const unchanged = (candidate: StructuralCandidate) => ({
      ConditionExpression: '#status = :status AND #recorded.#at = :recordedAt',
      ExpressionAttributeNames: { '#status': 'status', '#recorded': 'recorded', '#at': 'at' },
      ExpressionAttributeValues: { ':status': 'TIDAK_DITETAPKAN', ':recordedAt': candidate.recorded.at },
    });
    expect(ddb.commandCalls(TransactWriteCommand)[0]!.args[0].input).toStrictEqual({
      TransactItems: [
        {
          Put: {
            TableName: TABLE_NAME,
            Item: { ...KEY, entity: 'StructuralCandidate', ...next },
            ...unchanged(own),
          },
        },
        {
          Put: {
            TableName: TABLE_NAME,
            Item: {
              pk: `STRUCTURAL_NIP#${CANDIDATE.nip}`,
              sk: 'NOMINATION',
              entity: 'StructuralNomination',
              instansiCode: CANDIDATE.instansiCode,
              at: '2027-04-01T01:00:00.000Z',
            },
            ConditionExpression: '#instansiCode = :holder AND #at = :claimedAt',
            ExpressionAttributeNames: { '#instansiCode': 'instansiCode', '#at': 'at' },
            ExpressionAttributeValues: { ':holder': '3273', ':claimedAt': claim.at },
          },
        },
        {
          Put: {
            TableName: TABLE_NAME,
            Item: {
              pk: KEY.pk,
              sk: `NOMINATION#${CANDIDATE.nip}#0001`,
              entity: 'StructuralEarlierNomination',
              ...own,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          ConditionCheck: {
            TableName: TABLE_NAME,
            Key: { pk: 'STRUCTURAL#3273', sk: `CANDIDATE#${CANDIDATE.nip}` },
            ...unchanged(holder),
          },
        },
      ],
    });
  });

  it('SK7: the claim on a NIP, strongly consistent', async () => {
    ddb
      .on(GetCommand)
      .resolvesOnce({
        Item: { pk: 'x', sk: 'y', entity: 'StructuralNomination', instansiCode: '4011', at: 'T' },
      })
      .resolvesOnce({});
    expect(await findNominationClaim(CANDIDATE.nip)).toStrictEqual({ instansiCode: '4011', at: 'T' });
    expect(await findNominationClaim(CANDIDATE.nip)).toBeUndefined();
    const claim = {
      TableName: TABLE_NAME,
      Key: { pk: `STRUCTURAL_NIP#${CANDIDATE.nip}`, sk: 'NOMINATION' },
      ConsistentRead: true,
    };
    expect(ddb.commandCalls(GetCommand).map((c) => c.args[0].input)).toStrictEqual([claim, claim]);
  });

  it('SA15: an earlier nomination as it stood, strongly consistent', async () => {
    ddb
      .on(GetCommand)
      .resolves({ Item: { pk: KEY.pk, sk: 'z', entity: 'StructuralEarlierNomination', ...CANDIDATE } });
    expect(await findEarlierNomination(CANDIDATE.instansiCode, CANDIDATE.nip, 12)).toStrictEqual(CANDIDATE);
    expect(ddb.commandCalls(GetCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Key: { pk: KEY.pk, sk: `NOMINATION#${CANDIDATE.nip}#0012` },
      ConsistentRead: true,
    });
  });

  it('SA2: one candidate, strongly consistent', async () => {
    ddb.on(GetCommand).resolves({ Item: item });
    expect(await findStructuralCandidate(CANDIDATE.instansiCode, CANDIDATE.nip)).toStrictEqual(CANDIDATE);
    expect(ddb.commandCalls(GetCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Key: KEY,
      ConsistentRead: true,
    });
  });

  it("SA3: one page of an instansi's candidates by NIP, after the cursor", async () => {
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [item], LastEvaluatedKey: KEY })
      .resolves({ Items: [] });
    const first = await listStructuralCandidates(CANDIDATE.instansiCode, { limit: 1 });
    expect(first).toStrictEqual({ items: [CANDIDATE], nextCursor: expect.any(String) });
    expect(
      await listStructuralCandidates(CANDIDATE.instansiCode, { limit: 1, cursor: first.nextCursor }),
    ).toStrictEqual({ items: [] });
    const page = {
      TableName: TABLE_NAME,
      KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
      ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
      ExpressionAttributeValues: { ':pk': KEY.pk, ':prefix': 'CANDIDATE#' },
      Limit: 1,
    };
    expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input)).toStrictEqual([
      page,
      { ...page, ExclusiveStartKey: KEY },
    ]);
  });

  it('SA4: the proposal only from DICATAT; false when the candidate moved on', async () => {
    ddb.on(UpdateCommand).resolvesOnce({}).rejectsOnce(conditionFailed());
    const proposal = CANDIDATE.proposal!;
    expect(await recordNominationProposal(CANDIDATE.instansiCode, CANDIDATE.nip, proposal)).toBe(true);
    expect(await recordNominationProposal(CANDIDATE.instansiCode, CANDIDATE.nip, proposal)).toBe(false);
    expect(ddb.commandCalls(UpdateCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Key: KEY,
      ConditionExpression: '#status = :from',
      UpdateExpression: 'SET #status = :to, #proposal = :proposal',
      ExpressionAttributeNames: { '#status': 'status', '#proposal': 'proposal' },
      ExpressionAttributeValues: { ':from': 'DICATAT', ':to': 'DIUSULKAN', ':proposal': proposal },
    });
  });

  it('SA5: the determination only from DIUSULKAN, its decision the new status', async () => {
    ddb.on(UpdateCommand).resolvesOnce({}).rejectsOnce(conditionFailed());
    const determination = CANDIDATE.determination!;
    expect(await recordDetermination(CANDIDATE.instansiCode, CANDIDATE.nip, determination)).toBe(true);
    expect(await recordDetermination(CANDIDATE.instansiCode, CANDIDATE.nip, determination)).toBe(false);
    expect(ddb.commandCalls(UpdateCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Key: KEY,
      ConditionExpression: '#status = :from',
      UpdateExpression: 'SET #status = :to, #determination = :determination',
      ExpressionAttributeNames: { '#status': 'status', '#determination': 'determination' },
      ExpressionAttributeValues: {
        ':from': 'DIUSULKAN',
        ':to': 'DITETAPKAN',
        ':determination': determination,
      },
    });
  });

  it('SA12: the handover once, of a determined candidate', async () => {
    ddb.on(UpdateCommand).resolvesOnce({}).rejectsOnce(conditionFailed());
    const handover = {
      assessor: 'TPK' as const,
      unitId: 'tpk_2025-01-16T02:00:00.000Z_0a1b2c3d',
      unitName: 'Tim Penilaian Kompetensi 2025',
      by: 'kepegawaian.kemenpan',
      at: '2025-02-18T02:00:00.000Z',
    };
    expect(await recordHandover(CANDIDATE.instansiCode, CANDIDATE.nip, handover)).toBe(true);
    expect(await recordHandover(CANDIDATE.instansiCode, CANDIDATE.nip, handover)).toBe(false);
    expect(ddb.commandCalls(UpdateCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Key: KEY,
      ConditionExpression: '#status = :determined AND attribute_not_exists(#handover)',
      UpdateExpression: 'SET #handover = :handover',
      ExpressionAttributeNames: { '#status': 'status', '#handover': 'handover' },
      ExpressionAttributeValues: { ':determined': 'DITETAPKAN', ':handover': handover },
    });
  });

  it('SA13: the plan once, of a candidate handed over', async () => {
    ddb.on(UpdateCommand).resolvesOnce({}).rejectsOnce(conditionFailed());
    const plan = {
      methods: ['PSIKOMETRI' as const, 'KUESIONER_KOMPETENSI' as const],
      startDate: '2025-03-17',
      durationDays: 1,
      documents: [],
      by: 'kepegawaian.kemenpan',
      at: '2025-03-03T02:00:00.000Z',
    };
    expect(await recordPlan(CANDIDATE.instansiCode, CANDIDATE.nip, plan)).toBe(true);
    expect(await recordPlan(CANDIDATE.instansiCode, CANDIDATE.nip, plan)).toBe(false);
    expect(ddb.commandCalls(UpdateCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Key: KEY,
      ConditionExpression: 'attribute_exists(#handover) AND attribute_not_exists(#plan)',
      UpdateExpression: 'SET #plan = :plan',
      ExpressionAttributeNames: { '#handover': 'handover', '#plan': 'plan' },
      ExpressionAttributeValues: { ':plan': plan },
    });
  });
});
