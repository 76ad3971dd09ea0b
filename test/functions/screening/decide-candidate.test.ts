import '../helpers/env';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  GetCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { TABLE_NAME } from '../helpers/env';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/screening/index';
import type { Candidate, Proposal } from '../../../events/api/proposal';
import { ADMIN_USERNAME, apiEvent, bodyOf } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { writesOf } from '../helpers/writes';
import { aProgram, programItem, PROGRAM_ID } from '../helpers/programs';
import {
  aCandidate,
  aProposal,
  bknAdmin,
  candidateItem,
  candidateKey,
  INSTANSI,
  NIP,
  OTHER_NIP,
  proposalItem,
  proposalKey,
  proposalPartition,
  PUSAT_INSTANSI,
  serveTable,
  transactItems,
  writeCalls,
} from '../helpers/proposals';
import { cancelled as cancelledWith } from '../../adapters/dynamodb/dynamodb-errors';

const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('screening');

/** The eligibility session sits after the window: 20 April 2026. */
const NOW = '2026-04-20T02:00:00.000Z';

const decide = (body: unknown, nip = NIP, instansiCode = INSTANSI) =>
  handler(
    apiEvent('POST /programs/{programId}/proposals/{instansiCode}/candidates/{nip}/decisions', {
      pathParameters: { programId: PROGRAM_ID, instansiCode, nip },
      body,
      claims: bknAdmin(),
    }),
    context,
  );

function seed(
  candidate: Candidate = aCandidate({ status: 'SUBMITTED' }),
  proposal: Proposal = aProposal({ status: 'SUBMITTED' }),
) {
  serveTable(ddb, [
    programItem(aProgram({ status: 'CLOSED' })),
    proposalItem(proposal),
    candidateItem(candidate),
  ]);
}

const DOCUMENT_REQUEST = {
  outcome: 'DOCUMENT_REQUESTED',
  reason: 'Surat keterangan sehat sudah kedaluwarsa.',
  documents: ['SURAT_KETERANGAN_SEHAT'],
};

/** What every decision writes: a new decision record, then the candidate (a document request adds the proposal). */
const decisionWrites = (instansiCode = INSTANSI) => [
  {
    op: 'Put',
    pk: proposalPartition(instansiCode),
    sk: expect.stringMatching(new RegExp(`^DECISION#${NIP}#${NOW}#`)),
    entity: 'CandidateDecision',
  },
  { op: 'Update', ...candidateKey(NIP, instansiCode) },
];
/** The decision record written (its command is U10's, in the repository's test). */
const decisionRecord = () => transactItems(ddb)![0]!.Put!.Item;

describe('POST …/candidates/{nip}/decisions (decideCandidate)', () => {
  beforeEach(() => {
    ddb.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(NOW));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('reads the programme, the proposal and the candidate in one strongly consistent BatchGetItem', async () => {
    // Prepare
    seed();

    // Act
    await decide({ outcome: 'ACCEPTED' });

    // Assess
    expect(ddb.commandCalls(GetCommand)).toHaveLength(0);
    expect(ddb.commandCalls(BatchGetCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        RequestItems: {
          [TABLE_NAME]: {
            Keys: [{ pk: `PROGRAM#${PROGRAM_ID}`, sk: '#PROGRAM' }, proposalKey(), candidateKey(NIP)],
            ConsistentRead: true,
          },
        },
      },
    ]);
  });

  it('asks for documents in one transaction: decision record, candidate, proposal sent back (NEEDS_FIX)', async () => {
    // Prepare
    seed();

    // Act
    const result = await decide(DOCUMENT_REQUEST);

    // Assess
    const decision = { ...DOCUMENT_REQUEST, decidedBy: ADMIN_USERNAME, decidedAt: NOW };
    expect(writesOf(ddb)).toStrictEqual([...decisionWrites(), { op: 'Update', ...proposalKey() }]);
    expect(decisionRecord()).toMatchObject({ nip: NIP, previousStatus: 'SUBMITTED', ...decision });
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toStrictEqual({
      ...aCandidate({ status: 'SUBMITTED' }),
      status: 'DOCUMENT_REQUESTED',
      decision,
      updatedAt: NOW,
    });
  });

  it('sends back a central-government proposal, under no Kanreg', async () => {
    // Prepare
    seed(
      aCandidate({ status: 'SUBMITTED', instansiCode: PUSAT_INSTANSI }),
      aProposal({ status: 'SUBMITTED', instansiCode: PUSAT_INSTANSI, kanreg: null }),
    );

    // Act
    const result = await decide(DOCUMENT_REQUEST, NIP, PUSAT_INSTANSI);

    // Assess
    expect(result.statusCode).toBe(200);
    expect(writesOf(ddb)).toStrictEqual([
      ...decisionWrites(PUSAT_INSTANSI),
      { op: 'Update', ...proposalKey(PUSAT_INSTANSI) },
    ]);
  });

  it.each([
    ['ACCEPTED', { outcome: 'ACCEPTED' }],
    ['REJECTED', { outcome: 'REJECTED', reason: 'Penilaian kinerja 2025 tidak memenuhi kategori baik.' }],
  ])(
    'records %s with the decision and candidate update only, leaving the proposal as it is',
    async (outcome, body) => {
      // Prepare
      seed();

      // Act
      const result = await decide(body);

      // Assess
      const decision = { ...body, decidedBy: ADMIN_USERNAME, decidedAt: NOW };
      expect(writesOf(ddb)).toStrictEqual(decisionWrites());
      expect(decisionRecord()).toMatchObject({ previousStatus: 'SUBMITTED', ...decision });
      expect(bodyOf(result)).toMatchObject({ status: outcome, decision });
    },
  );

  it('corrects an earlier decision with a new record naming the status it corrects', async () => {
    // Prepare
    const earlier = {
      outcome: 'ACCEPTED' as const,
      decidedBy: 'bkn-admin-2',
      decidedAt: '2026-04-19T02:00:00.000Z',
    };
    seed(aCandidate({ status: 'ACCEPTED', decision: earlier }));
    const body = { outcome: 'REJECTED', reason: 'Ditemukan hukuman disiplin berat pada 2024.' };

    // Act
    const result = await decide(body);

    // Assess
    expect(result.statusCode).toBe(200);
    const decision = { ...body, decidedBy: ADMIN_USERNAME, decidedAt: NOW };
    expect(writesOf(ddb)).toStrictEqual(decisionWrites());
    expect(decisionRecord()).toMatchObject({ previousStatus: 'ACCEPTED', ...decision });
    expect(bodyOf(result)).toMatchObject({ status: 'REJECTED', decision });
  });

  it('gives every decision its own history key, so a repeated decision never overwrites one', async () => {
    // Prepare
    seed();

    // Act
    await decide({ outcome: 'ACCEPTED' });
    await decide({ outcome: 'ACCEPTED' });

    // Assess
    const keys = ddb
      .commandCalls(TransactWriteCommand)
      .map((c) => c.args[0].input.TransactItems![0]!.Put!.Item!.sk as string);
    expect(keys).toHaveLength(2);
    expect(keys[0]).not.toBe(keys[1]);
  });

  it('answers 409 CANDIDATE_NOT_SUBMITTED for a DRAFT candidate, writing nothing', async () => {
    // Prepare
    seed(aCandidate({ status: 'DRAFT' }), aProposal({ status: 'DRAFT' }));

    // Act
    const result = await decide({ outcome: 'ACCEPTED' });

    // Assess
    expect(result.statusCode).toBe(409);
    expect(bodyOf(result)).toMatchObject({ code: 'CANDIDATE_NOT_SUBMITTED' });
    expect(writeCalls(ddb)).toHaveLength(0);
  });

  it('answers 409 CANDIDATE_CHANGED when the candidate status moved meanwhile', async () => {
    // Prepare
    seed();
    ddb.on(TransactWriteCommand).rejects(cancelledWith('None', 'ConditionalCheckFailed'));

    // Act
    const result = await decide({ outcome: 'ACCEPTED' });

    // Assess
    expect(result.statusCode).toBe(409);
    expect(bodyOf(result)).toMatchObject({ code: 'CANDIDATE_CHANGED' });
  });

  it('answers 404 CANDIDATE_NOT_FOUND for a NIP not in the proposal', async () => {
    // Prepare
    seed();

    // Act
    const result = await decide({ outcome: 'ACCEPTED' }, OTHER_NIP);

    // Assess
    expect(result.statusCode).toBe(404);
    expect(bodyOf(result)).toMatchObject({ code: 'CANDIDATE_NOT_FOUND' });
    expect(writeCalls(ddb)).toHaveLength(0);
  });

  it.each([
    [
      'DOCUMENT_REQUESTED without a documents list',
      { outcome: 'DOCUMENT_REQUESTED', reason: 'Dokumen kurang lengkap.' },
      'body.documents',
    ],
    [
      'DOCUMENT_REQUESTED without a reason',
      { outcome: 'DOCUMENT_REQUESTED', documents: ['PAS_FOTO'] },
      'body.reason',
    ],
    ['REJECTED without a reason', { outcome: 'REJECTED' }, 'body.reason'],
    ['ACCEPTED with a documents list', { outcome: 'ACCEPTED', documents: ['PAS_FOTO'] }, 'body.documents'],
    ['an empty documents list', { ...DOCUMENT_REQUEST, documents: [] }, 'body.documents'],
    [
      'a document kind Pasal 32 does not list',
      { ...DOCUMENT_REQUEST, documents: ['KTP'] },
      'body.documents.0',
    ],
    ['a reason of four characters', { outcome: 'REJECTED', reason: 'Maaf' }, 'body.reason'],
    ['an unknown outcome', { outcome: 'DITUNDA' }, 'body.outcome'],
    ['an unknown field', { outcome: 'ACCEPTED', score: 90 }, 'body'],
  ])('answers 400 VALIDATION_FAILED for %s, without a call', async (_case, body, path) => {
    // Prepare
    seed();

    // Act
    const result = await decide(body);

    // Assess
    expect(result.statusCode).toBe(400);
    expect(bodyOf(result)).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: expect.arrayContaining([expect.objectContaining({ path })]),
    });
    expect(ddb.calls()).toHaveLength(0);
  });

  describe('in a programme allocated per Kanreg (Perban BKN 7/2020 Pasal 11f)', () => {
    const allocationKey = { pk: `PROGRAM#${PROGRAM_ID}`, sk: 'ALLOCATION#III' };
    const allocated = (allocation: number, determined: number) => ({
      ...allocationKey,
      entity: 'Allocation',
      allocated: allocation,
      proposed: allocation,
      determined,
    });
    const seedAllocated = (candidate: Candidate, determined: number) =>
      serveTable(ddb, [
        programItem(aProgram({ status: 'CLOSED', allocatedPerKanreg: true })),
        proposalItem(aProposal({ status: 'SUBMITTED' })),
        candidateItem(candidate),
        allocated(2, determined),
      ]);

    it('counts an acceptance against the Kanreg’s allocation in the decision’s own transaction, unread', async () => {
      // Prepare
      seedAllocated(aCandidate({ status: 'SUBMITTED' }), 1);

      // Act
      const result = await decide({ outcome: 'ACCEPTED' });

      // Assess: the condition holds the allocation at commit; the tally is not read beforehand
      expect(result.statusCode).toBe(200);
      expect(transactItems(ddb)!.at(-1)!.Update).toMatchObject({
        Key: allocationKey,
        ConditionExpression: '#determined < #allocated',
        UpdateExpression: 'ADD #determined :delta',
        ExpressionAttributeValues: { ':delta': 1 },
      });
      expect(ddb.commandCalls(GetCommand, { Key: allocationKey })).toHaveLength(0);
    });

    it('answers 422 ALOKASI-PENETAPAN, writing nothing, when every allocated place is determined', async () => {
      // Prepare: the allocation full, so the count's condition refuses the decision's transaction
      seedAllocated(aCandidate({ status: 'SUBMITTED' }), 2);
      ddb.on(TransactWriteCommand).rejects(cancelledWith('None', 'None', 'ConditionalCheckFailed'));

      // Act
      const result = await decide({ outcome: 'ACCEPTED' });

      // Assess
      expect(result.statusCode).toBe(422);
      expect(bodyOf(result)).toMatchObject({ code: 'ALOKASI-PENETAPAN' });
      expect(ddb.commandCalls(GetCommand, { Key: allocationKey })).toHaveLength(1);
    });

    it('answers 409 CANDIDATE_CHANGED when the transaction failed with places left: the candidate changed', async () => {
      // Prepare
      seedAllocated(aCandidate({ status: 'SUBMITTED' }), 1);
      ddb.on(TransactWriteCommand).rejects(cancelledWith('None', 'ConditionalCheckFailed', 'None'));

      // Act
      const result = await decide({ outcome: 'ACCEPTED' });

      // Assess
      expect(result.statusCode).toBe(409);
      expect(bodyOf(result)).toMatchObject({ code: 'CANDIDATE_CHANGED' });
    });

    it('gives the place back when an acceptance is corrected, and a rejection costs nothing', async () => {
      // Prepare
      seedAllocated(aCandidate({ status: 'ACCEPTED' }), 2);

      // Act
      const corrected = await decide({ outcome: 'REJECTED', reason: 'Koreksi sidang penetapan.' });

      // Assess
      expect(corrected.statusCode).toBe(200);
      expect(transactItems(ddb)!.at(-1)!.Update).toMatchObject({
        Key: allocationKey,
        ExpressionAttributeValues: { ':delta': -1 },
      });
    });
  });
});
