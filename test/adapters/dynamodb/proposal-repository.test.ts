import '../../functions/helpers/env';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { candidateDocumentSlotPlace } from '../../../adapters/dynamodb/keys';
import { programRead } from '../../../adapters/dynamodb/program-repository';
import {
  candidateRead,
  ConcurrentChangeError,
  deleteCandidate,
  listCandidates,
  listProposals,
  loadProposal,
  nipsHeldElsewhere,
  openProposal,
  proposalRead,
  recordCandidateDocument,
  recordCandidateDocuments,
  recordDecision,
  recordLetter,
  saveCandidate,
  submitProposal,
} from '../../../adapters/dynamodb/proposal-repository';
import { readItems, requestReads } from '../../../adapters/dynamodb/table';
import { slotRead } from '../../../adapters/dynamodb/upload-slot-repository';
import type { Candidate } from '../../../events/api/proposal';
import { TABLE_NAME } from '../../functions/helpers/env';
import { aProgram, programItem, PROGRAM_ID } from '../../functions/helpers/programs';
import {
  aCandidate,
  aDocument,
  aProposal,
  candidateItem,
  INSTANSI,
  NIP,
  NOW,
  OPERATOR,
  OTHER_INSTANSI,
  OTHER_NIP,
  proposalItem,
  PUSAT_INSTANSI,
  slotItem,
} from '../../functions/helpers/proposals';
import { cancelled } from './dynamodb-errors';

/*
 * The access patterns U1-U12 of docs/data-model.md ("Proposals"): the exact command of each, stated here once,
 * and what each conditional write answers when its condition fails.
 */
const ddb = mockClient(DynamoDBDocumentClient);

const REF = { programId: PROGRAM_ID, instansiCode: INSTANSI };
const PARTITION = `PROPOSAL#${PROGRAM_ID}#${INSTANSI}`;
const PROPOSAL_KEY = { pk: PARTITION, sk: '#PROPOSAL' };
const CANDIDATE_KEY = { pk: PARTITION, sk: `CANDIDATE#${NIP}` };
/** The version bump every change to a candidate makes on its proposal (U4-U6). */
const touch = (delta?: number) => ({
  Update: {
    TableName: TABLE_NAME,
    Key: PROPOSAL_KEY,
    ConditionExpression: '#status IN (:draft, :fix)',
    UpdateExpression: `SET #updatedAt = :now ADD #version :one${delta ? ', #count :delta' : ''}`,
    ExpressionAttributeNames: {
      '#status': 'status',
      '#updatedAt': 'updatedAt',
      '#version': 'version',
      ...(delta ? { '#count': 'candidateCount' } : {}),
    },
    ExpressionAttributeValues: {
      ':draft': 'DRAFT',
      ':fix': 'NEEDS_FIX',
      ':now': NOW,
      ':one': 1,
      ...(delta ? { ':delta': delta } : {}),
    },
  },
});
const transactions = () => ddb.commandCalls(TransactWriteCommand).map((c) => c.args[0].input);
const conditionFailed = () =>
  new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} });

beforeEach(() => {
  ddb.reset();
  ddb.on(TransactWriteCommand).resolves({});
});

describe('proposal repository (docs/data-model.md, Proposals)', () => {
  it('U1: opens a proposal with one PutItem if attribute_not_exists(pk), with both index entries of its Kanreg', async () => {
    // Prepare
    ddb.on(PutCommand).resolves({});
    const proposal = aProposal({ status: 'DRAFT', version: 0, candidateCount: 0 });

    // Act
    const opened = await openProposal(proposal);

    // Assess
    expect(ddb.commandCalls(PutCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Item: {
          ...PROPOSAL_KEY,
          entity: 'Proposal',
          gsi1pk: `PROGRAM#${PROGRAM_ID}#PROPOSALS`,
          gsi1sk: `DRAFT#${INSTANSI}`,
          gsi2pk: `KANREG#III#PROGRAM#${PROGRAM_ID}`,
          gsi2sk: `DRAFT#${INSTANSI}`,
          ...proposal,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    ]);
    expect(opened).toStrictEqual({ proposal, created: true });
  });

  it('opening a proposal that exists answers the stored one, read strongly consistent, as not created', async () => {
    // Prepare
    const stored = aProposal({ version: 7, candidateCount: 2 });
    ddb.on(PutCommand).rejects(conditionFailed());
    ddb.on(GetCommand).resolves({ Item: proposalItem(stored) });

    // Act
    const opened = await openProposal(aProposal({ version: 0, candidateCount: 0 }));

    // Assess
    expect(ddb.commandCalls(GetCommand).map((c) => c.args[0].input)).toStrictEqual([
      { TableName: TABLE_NAME, Key: PROPOSAL_KEY, ConsistentRead: true },
    ]);
    expect(opened).toStrictEqual({ proposal: stored, created: false });
  });

  it('a proposal of a central-government instansi (no Kanreg) is written without the gsi2 entry', async () => {
    // Prepare
    ddb.on(PutCommand).resolves({});

    // Act
    await openProposal(aProposal({ instansiCode: PUSAT_INSTANSI, kanreg: null }));

    // Assess
    const item = ddb.commandCalls(PutCommand)[0]!.args[0].input.Item!;
    expect(item).toMatchObject({
      gsi1pk: `PROGRAM#${PROGRAM_ID}#PROPOSALS`,
      gsi1sk: `DRAFT#${PUSAT_INSTANSI}`,
    });
    expect(item).not.toHaveProperty('gsi2pk');
    expect(item).not.toHaveProperty('gsi2sk');
  });

  it('U2: gets a proposal or a candidate read alone by a request (requestReads) with one strongly consistent GetItem each, answered without their keys', async () => {
    // Prepare
    const proposal = aProposal();
    const candidate = aCandidate();
    ddb.on(GetCommand, { Key: PROPOSAL_KEY }).resolves({ Item: proposalItem(proposal) });
    ddb.on(GetCommand, { Key: CANDIDATE_KEY }).resolves({ Item: candidateItem(candidate) });
    const read = requestReads();

    // Act
    const found = [await read(proposalRead(REF)), await read(candidateRead(REF, NIP))];

    // Assess
    expect(ddb.commandCalls(GetCommand).map((c) => c.args[0].input)).toStrictEqual([
      { TableName: TABLE_NAME, Key: PROPOSAL_KEY, ConsistentRead: true },
      { TableName: TABLE_NAME, Key: CANDIDATE_KEY, ConsistentRead: true },
    ]);
    expect(found).toStrictEqual([proposal, candidate]);
  });

  it('a proposal or candidate that is not stored is answered as undefined', async () => {
    // Prepare
    ddb.on(GetCommand).resolves({});
    const read = requestReads();

    // Act
    const found = [await read(proposalRead(REF)), await read(candidateRead(REF, NIP))];

    // Assess
    expect(found).toStrictEqual([undefined, undefined]);
  });

  it('U2a: reads the programme, the proposal, the candidate and the place’s latest slot in one strongly consistent BatchGetItem', async () => {
    // Prepare
    const program = aProgram({ status: 'OPEN' });
    const proposal = aProposal();
    const candidate = aCandidate();
    const place = candidateDocumentSlotPlace(REF, NIP, 'PAS_FOTO');
    const slot = slotItem(PARTITION, `${NIP}#PAS_FOTO`, 'proposals/x', {
      contentType: 'image/jpeg',
      size: 1000,
    });
    ddb.on(BatchGetCommand).resolves({
      Responses: {
        [TABLE_NAME]: [slot, candidateItem(candidate), proposalItem(proposal), programItem(program)],
      },
    });

    // Act
    const read = await readItems(
      programRead(PROGRAM_ID),
      proposalRead(REF),
      candidateRead(REF, NIP),
      slotRead(place),
    );

    // Assess
    expect(ddb.commandCalls(BatchGetCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        RequestItems: {
          [TABLE_NAME]: {
            Keys: [
              { pk: `PROGRAM#${PROGRAM_ID}`, sk: '#PROGRAM' },
              PROPOSAL_KEY,
              CANDIDATE_KEY,
              { pk: PARTITION, sk: `UPLOAD#${NIP}#PAS_FOTO` },
            ],
            ConsistentRead: true,
          },
        },
      },
    ]);
    expect(read.slice(0, 3)).toStrictEqual([program, proposal, candidate]);
    expect(read[3]).toStrictEqual({
      key: slot.key,
      declared: slot.declared,
      issuedAt: slot.issuedAt,
      expiresAt: slot.expiresAt,
    });
  });

  it('U3: loads a proposal with all its candidates in one strongly consistent Query of its partition below "D", page after page', async () => {
    // Prepare
    const proposal = aProposal({ candidateCount: 2 });
    const first = aCandidate();
    const second = aCandidate({ nip: OTHER_NIP, scheme: 'PENGAWAS' });
    const lastKey = { pk: PARTITION, sk: `CANDIDATE#${NIP}` };
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [proposalItem(proposal), candidateItem(first)], LastEvaluatedKey: lastKey })
      .resolvesOnce({ Items: [candidateItem(second)] });

    // Act
    const loaded = await loadProposal(REF);

    // Assess
    const query = {
      TableName: TABLE_NAME,
      KeyConditionExpression: 'pk = :pk AND sk < :decisions',
      ExpressionAttributeValues: { ':pk': PARTITION, ':decisions': 'D' },
      ConsistentRead: true,
    };
    expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input)).toStrictEqual([
      query,
      { ...query, ExclusiveStartKey: lastKey },
    ]);
    expect(loaded).toStrictEqual({ proposal, candidates: [first, second] });
  });

  it('a partition without its proposal item loads as undefined', async () => {
    // Prepare
    ddb.on(QueryCommand).resolves({ Items: [] });

    // Act
    const loaded = await loadProposal(REF);

    // Assess
    expect(loaded).toBeUndefined();
  });

  it('U4: puts a new candidate if attribute_not_exists(pk), a correction if still DRAFT or DOCUMENT_REQUESTED, each with the proposal’s version bump', async () => {
    // Prepare
    const candidate = aCandidate({ updatedAt: NOW });
    const item = {
      ...CANDIDATE_KEY,
      entity: 'Candidate',
      gsi1pk: `PROGRAM#${PROGRAM_ID}#CANDIDATES`,
      gsi1sk: `ADMINISTRATOR#${INSTANSI}#${NIP}`,
      gsi2pk: `PROGRAM#${PROGRAM_ID}#CANDIDATES#DRAFT`,
      gsi2sk: `ADMINISTRATOR#${INSTANSI}#${NIP}`,
      ...candidate,
    };

    // Act
    await saveCandidate(candidate, true);
    await saveCandidate(candidate, false);

    // Assess
    expect(transactions()).toStrictEqual([
      {
        TransactItems: [
          { Put: { TableName: TABLE_NAME, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } },
          touch(1),
        ],
      },
      {
        TransactItems: [
          {
            Put: {
              TableName: TABLE_NAME,
              Item: item,
              ConditionExpression: '#status IN (:draft, :requested)',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':draft': 'DRAFT', ':requested': 'DOCUMENT_REQUESTED' },
            },
          },
          touch(),
        ],
      },
    ]);
  });

  it('saving a candidate whose proposal or candidate changed meanwhile throws ConcurrentChangeError', async () => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(cancelled('None', 'ConditionalCheckFailed'));

    // Act
    const saving = saveCandidate(aCandidate(), false);

    // Assess
    await expect(saving).rejects.toBeInstanceOf(ConcurrentChangeError);
  });

  it('U5: deletes a candidate if still DRAFT, with the proposal’s version bump and candidateCount -1', async () => {
    // Act
    await deleteCandidate(REF, NIP, NOW);

    // Assess
    expect(transactions()).toStrictEqual([
      {
        TransactItems: [
          {
            Delete: {
              TableName: TABLE_NAME,
              Key: CANDIDATE_KEY,
              ConditionExpression: '#status = :draft',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':draft': 'DRAFT' },
            },
          },
          touch(-1),
        ],
      },
    ]);
  });

  it('withdrawing a candidate that is no longer a draft throws ConcurrentChangeError', async () => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(cancelled('ConditionalCheckFailed', 'None'));

    // Act
    const deleting = deleteCandidate(REF, NIP, NOW);

    // Assess
    await expect(deleting).rejects.toBeInstanceOf(ConcurrentChangeError);
  });

  it('U6: records every confirmed document of a request in one Update of the candidate if DRAFT or DOCUMENT_REQUESTED, with the proposal’s version bump', async () => {
    // Prepare
    const photo = { ...aDocument('PAS_FOTO'), uploadedAt: NOW };
    const health = { ...aDocument('SURAT_KETERANGAN_SEHAT'), uploadedAt: NOW };

    // Act
    await recordCandidateDocuments(
      REF,
      NIP,
      { PAS_FOTO: photo, SURAT_KETERANGAN_SEHAT: health },
      { by: OPERATOR, at: NOW },
    );
    await recordCandidateDocument(REF, NIP, 'PAS_FOTO', photo);

    // Assess
    const candidateUpdate = {
      TableName: TABLE_NAME,
      Key: CANDIDATE_KEY,
      ConditionExpression: '#status IN (:draft, :requested)',
      ExpressionAttributeNames: {
        '#status': 'status',
        '#documents': 'documents',
        '#kind0': 'PAS_FOTO',
        '#updatedAt': 'updatedAt',
        '#updatedBy': 'updatedBy',
      },
      ExpressionAttributeValues: {
        ':draft': 'DRAFT',
        ':requested': 'DOCUMENT_REQUESTED',
        ':document0': photo,
        ':now': NOW,
        ':by': OPERATOR,
      },
    };
    expect(transactions()).toStrictEqual([
      {
        TransactItems: [
          {
            Update: {
              ...candidateUpdate,
              UpdateExpression:
                'SET #documents.#kind0 = :document0, #documents.#kind1 = :document1, #updatedAt = :now, #updatedBy = :by',
              ExpressionAttributeNames: {
                ...candidateUpdate.ExpressionAttributeNames,
                '#kind1': 'SURAT_KETERANGAN_SEHAT',
              },
              ExpressionAttributeValues: {
                ...candidateUpdate.ExpressionAttributeValues,
                ':document1': health,
              },
            },
          },
          touch(),
        ],
      },
      {
        TransactItems: [
          {
            Update: {
              ...candidateUpdate,
              UpdateExpression: 'SET #documents.#kind0 = :document0, #updatedAt = :now, #updatedBy = :by',
            },
          },
          touch(),
        ],
      },
    ]);
  });

  it('recording no document at all is a programming error: it throws and writes nothing', async () => {
    // Act
    const recording = recordCandidateDocuments(REF, NIP, {}, { by: OPERATOR, at: NOW });

    // Assess
    await expect(recording).rejects.toThrow('recordCandidateDocuments: no document to record');
    expect(ddb.calls()).toHaveLength(0);
  });

  it('recording documents on a candidate no longer editable throws ConcurrentChangeError', async () => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(cancelled('ConditionalCheckFailed', 'None'));

    // Act
    const recording = recordCandidateDocument(REF, NIP, 'PAS_FOTO', aDocument('PAS_FOTO'));

    // Assess
    await expect(recording).rejects.toBeInstanceOf(ConcurrentChangeError);
  });

  it('U7: records the proposal letter in a transaction of one Update of the proposal if DRAFT or NEEDS_FIX, bumping its version', async () => {
    // Prepare
    const letter = { ...aDocument('PAS_FOTO'), key: `proposals/${PROGRAM_ID}/${INSTANSI}/SURAT_USULAN/x` };

    // Act
    await recordLetter(REF, letter);

    // Assess
    expect(transactions()).toStrictEqual([
      {
        TransactItems: [
          {
            Update: {
              TableName: TABLE_NAME,
              Key: PROPOSAL_KEY,
              ConditionExpression: '#status IN (:draft, :fix)',
              UpdateExpression: 'SET #letter = :letter, #updatedAt = :now ADD #version :one',
              ExpressionAttributeNames: {
                '#status': 'status',
                '#letter': 'letter',
                '#updatedAt': 'updatedAt',
                '#version': 'version',
              },
              ExpressionAttributeValues: {
                ':draft': 'DRAFT',
                ':fix': 'NEEDS_FIX',
                ':letter': letter,
                ':now': letter.uploadedAt,
                ':one': 1,
              },
            },
          },
        ],
      },
    ]);
  });

  it('recording the letter of a proposal no longer editable throws ConcurrentChangeError', async () => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(cancelled('ConditionalCheckFailed'));

    // Act
    const recording = recordLetter(REF, aDocument('PAS_FOTO'));

    // Assess
    await expect(recording).rejects.toBeInstanceOf(ConcurrentChangeError);
  });

  it('U8: reads the NIP guards in BatchGetItem calls of 100 keys and names the NIPs another instansi holds', async () => {
    // Prepare
    const nips = Array.from({ length: 101 }, (_, i) => `1985031020100110${String(i).padStart(2, '0')}`);
    const guard = (nip: string, instansiCode: string) => ({
      pk: `PROGRAM#${PROGRAM_ID}#NIP#${nip}`,
      sk: '#GUARD',
      entity: 'NipGuard',
      nip,
      instansiCode,
      at: NOW,
    });
    ddb
      .on(BatchGetCommand)
      .resolvesOnce({
        Responses: { [TABLE_NAME]: [guard(nips[3]!, OTHER_INSTANSI), guard(nips[7]!, INSTANSI)] },
      })
      .resolvesOnce({ Responses: { [TABLE_NAME]: [guard(nips[100]!, OTHER_INSTANSI)] } });

    // Act
    const held = await nipsHeldElsewhere(PROGRAM_ID, INSTANSI, nips);

    // Assess
    const keys = nips.map((nip) => ({ pk: `PROGRAM#${PROGRAM_ID}#NIP#${nip}`, sk: '#GUARD' }));
    expect(ddb.commandCalls(BatchGetCommand).map((c) => c.args[0].input)).toStrictEqual([
      { RequestItems: { [TABLE_NAME]: { Keys: keys.slice(0, 100) } } },
      { RequestItems: { [TABLE_NAME]: { Keys: keys.slice(100) } } },
    ]);
    expect(held).toStrictEqual([nips[3], nips[100]]);
  });

  it('U9: submits the proposal if unchanged and editable, each screened candidate if still its status, and one guard per NIP, in one transaction', async () => {
    // Prepare
    const proposal = aProposal({ status: 'NEEDS_FIX', version: 9 });
    const first = aCandidate({ status: 'DRAFT' });
    const second = aCandidate({ nip: OTHER_NIP, scheme: 'PENGAWAS', status: 'DOCUMENT_REQUESTED' });
    const eligibility: NonNullable<Candidate['eligibility']> = {
      eligible: true,
      evaluatedAt: NOW,
      checks: [],
    };

    // Act
    const submitted = await submitProposal(
      proposal,
      [
        { candidate: first, eligibility },
        { candidate: second, eligibility },
      ],
      OPERATOR,
      NOW,
    );

    // Assess
    const candidateUpdate = (candidate: Candidate) => ({
      Update: {
        TableName: TABLE_NAME,
        Key: { pk: PARTITION, sk: `CANDIDATE#${candidate.nip}` },
        ConditionExpression: '#status = :screened',
        UpdateExpression:
          'SET #status = :submitted, #eligibility = :eligibility, #updatedAt = :now, #g2pk = :g2pk',
        ExpressionAttributeNames: {
          '#status': 'status',
          '#eligibility': 'eligibility',
          '#updatedAt': 'updatedAt',
          '#g2pk': 'gsi2pk',
        },
        ExpressionAttributeValues: {
          ':screened': candidate.status,
          ':submitted': 'SUBMITTED',
          ':eligibility': eligibility,
          ':now': NOW,
          ':g2pk': `PROGRAM#${PROGRAM_ID}#CANDIDATES#SUBMITTED`,
        },
      },
    });
    const guardPut = (nip: string) => ({
      Put: {
        TableName: TABLE_NAME,
        Item: {
          pk: `PROGRAM#${PROGRAM_ID}#NIP#${nip}`,
          sk: '#GUARD',
          entity: 'NipGuard',
          nip,
          instansiCode: INSTANSI,
          at: NOW,
        },
        ConditionExpression: 'attribute_not_exists(pk) OR #instansi = :me',
        ExpressionAttributeNames: { '#instansi': 'instansiCode' },
        ExpressionAttributeValues: { ':me': INSTANSI },
      },
    });
    expect(transactions()).toStrictEqual([
      {
        TransactItems: [
          {
            Update: {
              TableName: TABLE_NAME,
              Key: PROPOSAL_KEY,
              ConditionExpression: '#version = :version AND #status IN (:draft, :fix)',
              UpdateExpression:
                'SET #status = :submitted, #submittedBy = :by, #submittedAt = :now, #updatedAt = :now, #g1sk = :g1sk, #g2sk = :g2sk',
              ExpressionAttributeNames: {
                '#version': 'version',
                '#status': 'status',
                '#submittedBy': 'submittedBy',
                '#submittedAt': 'submittedAt',
                '#updatedAt': 'updatedAt',
                '#g1sk': 'gsi1sk',
                '#g2sk': 'gsi2sk',
              },
              ExpressionAttributeValues: {
                ':version': 9,
                ':draft': 'DRAFT',
                ':fix': 'NEEDS_FIX',
                ':submitted': 'SUBMITTED',
                ':by': OPERATOR,
                ':now': NOW,
                ':g1sk': `SUBMITTED#${INSTANSI}`,
                ':g2sk': `SUBMITTED#${INSTANSI}`,
              },
            },
          },
          candidateUpdate(first),
          guardPut(NIP),
          candidateUpdate(second),
          guardPut(OTHER_NIP),
        ],
      },
    ]);
    expect(submitted).toStrictEqual({
      ...proposal,
      status: 'SUBMITTED',
      submittedBy: OPERATOR,
      submittedAt: NOW,
      updatedAt: NOW,
    });
  });

  it('submitting a proposal of no Kanreg moves only its gsi1 sort key', async () => {
    // Act
    await submitProposal(aProposal({ instansiCode: PUSAT_INSTANSI, kanreg: null }), [], OPERATOR, NOW);

    // Assess
    const update = transactions()[0]!.TransactItems![0]!.Update!;
    expect(update.UpdateExpression).toBe(
      'SET #status = :submitted, #submittedBy = :by, #submittedAt = :now, #updatedAt = :now, #g1sk = :g1sk',
    );
    expect(update.ExpressionAttributeNames).not.toHaveProperty('#g2sk');
    expect(update.ExpressionAttributeValues).not.toHaveProperty(':g2sk');
  });

  it('a submission whose proposal changed or whose NIP another instansi took meanwhile throws ConcurrentChangeError', async () => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(cancelled('None', 'None', 'ConditionalCheckFailed'));
    const candidate = aCandidate();

    // Act
    const submitting = submitProposal(
      aProposal(),
      [{ candidate, eligibility: { eligible: true, evaluatedAt: NOW, checks: [] } }],
      OPERATOR,
      NOW,
    );

    // Assess
    await expect(submitting).rejects.toBeInstanceOf(ConcurrentChangeError);
  });

  it('U10: records a session decision as a new item and moves the candidate if still its status; a document request also sends the proposal back', async () => {
    // Prepare
    const candidate = aCandidate({ status: 'SUBMITTED' });
    const proposal = aProposal({ status: 'SUBMITTED' });
    const accepted = { outcome: 'ACCEPTED' as const, decidedBy: 'bkn-sekretariat', decidedAt: NOW };
    const requested = {
      outcome: 'DOCUMENT_REQUESTED' as const,
      reason: 'Pas foto buram.',
      documents: ['PAS_FOTO' as const],
      decidedBy: 'bkn-sekretariat',
      decidedAt: NOW,
    };

    // Act
    await recordDecision(candidate, proposal, accepted);
    await recordDecision(candidate, proposal, requested);

    // Assess
    const decisionPut = (decision: object) => ({
      Put: {
        TableName: TABLE_NAME,
        Item: {
          pk: PARTITION,
          sk: expect.stringMatching(new RegExp(`^DECISION#${NIP}#${NOW}#[0-9a-f]{8}$`)),
          entity: 'CandidateDecision',
          nip: NIP,
          previousStatus: 'SUBMITTED',
          ...decision,
        },
      },
    });
    const candidateUpdate = (status: string, decision: object) => ({
      Update: {
        TableName: TABLE_NAME,
        Key: CANDIDATE_KEY,
        ConditionExpression: '#status = :current',
        UpdateExpression: 'SET #status = :status, #decision = :decision, #updatedAt = :now, #g2pk = :g2pk',
        ExpressionAttributeNames: {
          '#status': 'status',
          '#decision': 'decision',
          '#updatedAt': 'updatedAt',
          '#g2pk': 'gsi2pk',
        },
        ExpressionAttributeValues: {
          ':current': 'SUBMITTED',
          ':status': status,
          ':decision': decision,
          ':now': NOW,
          ':g2pk': `PROGRAM#${PROGRAM_ID}#CANDIDATES#${status}`,
        },
      },
    });
    expect(transactions()).toStrictEqual([
      { TransactItems: [decisionPut(accepted), candidateUpdate('ACCEPTED', accepted)] },
      {
        TransactItems: [
          decisionPut(requested),
          candidateUpdate('DOCUMENT_REQUESTED', requested),
          {
            Update: {
              TableName: TABLE_NAME,
              Key: PROPOSAL_KEY,
              ConditionExpression: '#status IN (:submitted, :fix)',
              UpdateExpression:
                'SET #status = :fix, #updatedAt = :now, #g1sk = :gsk, #g2sk = :gsk ADD #version :one',
              ExpressionAttributeNames: {
                '#status': 'status',
                '#updatedAt': 'updatedAt',
                '#version': 'version',
                '#g1sk': 'gsi1sk',
                '#g2sk': 'gsi2sk',
              },
              ExpressionAttributeValues: {
                ':submitted': 'SUBMITTED',
                ':fix': 'NEEDS_FIX',
                ':now': NOW,
                ':gsk': `NEEDS_FIX#${INSTANSI}`,
                ':one': 1,
              },
            },
          },
        ],
      },
    ]);
  });

  it('each decision is a new item: two decisions at the same instant get two keys', async () => {
    // Prepare
    const decision = { outcome: 'REJECTED' as const, decidedBy: 'bkn-sekretariat', decidedAt: NOW };

    // Act
    await recordDecision(aCandidate({ status: 'SUBMITTED' }), aProposal(), decision);
    await recordDecision(aCandidate({ status: 'SUBMITTED' }), aProposal(), decision);

    // Assess
    const [first, second] = transactions().map((t) => t.TransactItems![0]!.Put!.Item!.sk);
    expect(first).not.toBe(second);
  });

  it('sending back the proposal of no Kanreg moves only its gsi1 sort key', async () => {
    // Act
    await recordDecision(
      aCandidate({ status: 'SUBMITTED', instansiCode: PUSAT_INSTANSI }),
      aProposal({ status: 'SUBMITTED', instansiCode: PUSAT_INSTANSI, kanreg: null }),
      {
        outcome: 'DOCUMENT_REQUESTED',
        documents: ['PAS_FOTO'],
        decidedBy: 'bkn-sekretariat',
        decidedAt: NOW,
      },
    );

    // Assess
    const update = transactions()[0]!.TransactItems![2]!.Update!;
    expect(update.UpdateExpression).toBe(
      'SET #status = :fix, #updatedAt = :now, #g1sk = :gsk ADD #version :one',
    );
    expect(update.ExpressionAttributeNames).not.toHaveProperty('#g2sk');
  });

  it('a decision on a candidate whose status changed meanwhile throws ConcurrentChangeError', async () => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(cancelled('None', 'ConditionalCheckFailed'));

    // Act
    const deciding = recordDecision(aCandidate({ status: 'SUBMITTED' }), aProposal(), {
      outcome: 'ACCEPTED',
      decidedBy: 'bkn-sekretariat',
      decidedAt: NOW,
    });

    // Assess
    await expect(deciding).rejects.toBeInstanceOf(ConcurrentChangeError);
  });

  it('U11: lists a programme’s proposals from gsi1, perhaps of one status, or a Kanreg’s from gsi2, one page at a time', async () => {
    // Prepare
    const proposal = aProposal({ status: 'SUBMITTED' });
    const lastKey = {
      pk: PARTITION,
      sk: '#PROPOSAL',
      gsi1pk: `PROGRAM#${PROGRAM_ID}#PROPOSALS`,
      gsi1sk: 'x',
    };
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [proposalItem(proposal)], LastEvaluatedKey: lastKey })
      .resolves({ Items: [] });
    const cursor = Buffer.from(JSON.stringify(lastKey)).toString('base64url');

    // Act
    const all = await listProposals(PROGRAM_ID, { limit: 1 });
    await listProposals(PROGRAM_ID, { status: 'SUBMITTED', limit: 20, cursor });
    await listProposals(PROGRAM_ID, { kanreg: 'III', status: 'NEEDS_FIX', limit: 50 });

    // Assess
    expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        IndexName: 'gsi1',
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': 'gsi1pk' },
        ExpressionAttributeValues: { ':pk': `PROGRAM#${PROGRAM_ID}#PROPOSALS` },
        Limit: 1,
      },
      {
        TableName: TABLE_NAME,
        IndexName: 'gsi1',
        KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :status)',
        ExpressionAttributeNames: { '#pk': 'gsi1pk', '#sk': 'gsi1sk' },
        ExpressionAttributeValues: { ':pk': `PROGRAM#${PROGRAM_ID}#PROPOSALS`, ':status': 'SUBMITTED#' },
        Limit: 20,
        ExclusiveStartKey: lastKey,
      },
      {
        TableName: TABLE_NAME,
        IndexName: 'gsi2',
        KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :status)',
        ExpressionAttributeNames: { '#pk': 'gsi2pk', '#sk': 'gsi2sk' },
        ExpressionAttributeValues: { ':pk': `KANREG#III#PROGRAM#${PROGRAM_ID}`, ':status': 'NEEDS_FIX#' },
        Limit: 50,
      },
    ]);
    expect(all).toStrictEqual({ items: [proposal], nextCursor: cursor });
  });

  it('U12: lists a programme’s candidates from gsi1, perhaps of one scheme, or those of one status from gsi2, one page at a time', async () => {
    // Prepare
    const candidate = aCandidate({ status: 'SUBMITTED' });
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [candidateItem(candidate)] })
      .resolves({ Items: [] });

    // Act
    const all = await listCandidates(PROGRAM_ID, { limit: 20 });
    await listCandidates(PROGRAM_ID, { scheme: 'PENGAWAS', limit: 20 });
    await listCandidates(PROGRAM_ID, { status: 'ACCEPTED', scheme: 'ADMINISTRATOR', limit: 10 });

    // Assess
    expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        IndexName: 'gsi1',
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': 'gsi1pk' },
        ExpressionAttributeValues: { ':pk': `PROGRAM#${PROGRAM_ID}#CANDIDATES` },
        Limit: 20,
      },
      {
        TableName: TABLE_NAME,
        IndexName: 'gsi1',
        KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :scheme)',
        ExpressionAttributeNames: { '#pk': 'gsi1pk', '#sk': 'gsi1sk' },
        ExpressionAttributeValues: { ':pk': `PROGRAM#${PROGRAM_ID}#CANDIDATES`, ':scheme': 'PENGAWAS#' },
        Limit: 20,
      },
      {
        TableName: TABLE_NAME,
        IndexName: 'gsi2',
        KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :scheme)',
        ExpressionAttributeNames: { '#pk': 'gsi2pk', '#sk': 'gsi2sk' },
        ExpressionAttributeValues: {
          ':pk': `PROGRAM#${PROGRAM_ID}#CANDIDATES#ACCEPTED`,
          ':scheme': 'ADMINISTRATOR#',
        },
        Limit: 10,
      },
    ]);
    expect(all).toStrictEqual({ items: [candidate] });
  });
});
