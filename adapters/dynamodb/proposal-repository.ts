import { randomUUID } from 'node:crypto';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { RequiredDocument } from '../../domain/eligibility/documents';
import type { Candidate, CandidateStatus, Proposal, ProposalStatus } from '../../events/api/proposal';
import { dynamo } from '../../runtime/clients';
import type { Page } from './pagination';
import { queryAll, queryPage } from './query';
import {
  batchGet,
  ConcurrentChangeError,
  GSI1,
  GSI2,
  isConditionalCheckFailure,
  tableName,
  transact,
  type ItemRead,
  type TransactItem,
  withoutKeys,
} from './table';
import {
  type ProposalRef,
  CANDIDATE_PREFIX,
  PROPOSAL_RECORDS_BELOW,
  PROPOSAL_SK,
  candidateDecisionKey,
  candidateIndexKeys,
  candidateKey,
  candidateSchemePrefix,
  kanregProposalsPartition,
  nipGuardKey,
  programCandidatesPartition,
  programProposalsPartition,
  proposalIndexKeys,
  proposalIndexSortKey,
  proposalKey,
  proposalPartition,
  proposalStatusPrefix,
} from './keys';

export { ConcurrentChangeError };

/*
 * Proposals (usulan), their candidates, the eligibility-session decisions and the one-NIP-per-programme guards.
 * Key shapes and access patterns: docs/data-model.md ("Proposal" and following).
 */
type StoredDocument = NonNullable<Proposal['letter']>;

const EDITABLE_PROPOSAL: ProposalStatus[] = ['DRAFT', 'NEEDS_FIX'];

/** Bumps the proposal's version with every change, so a submission sees one consistent snapshot. */
function touchProposal(ref: ProposalRef, now: string, extra?: { candidateDelta?: number }): TransactItem {
  return {
    Update: {
      TableName: tableName(),
      Key: proposalKey(ref),
      ConditionExpression: '#status IN (:draft, :fix)',
      UpdateExpression: `SET #updatedAt = :now ADD #version :one${extra?.candidateDelta ? ', #count :delta' : ''}`,
      ExpressionAttributeNames: {
        '#status': 'status',
        '#updatedAt': 'updatedAt',
        '#version': 'version',
        ...(extra?.candidateDelta ? { '#count': 'candidateCount' } : {}),
      },
      ExpressionAttributeValues: {
        ':draft': 'DRAFT',
        ':fix': 'NEEDS_FIX',
        ':now': now,
        ':one': 1,
        ...(extra?.candidateDelta ? { ':delta': extra.candidateDelta } : {}),
      },
    },
  };
}

/** Creates the proposal of an instansi in a programme unless it exists; answers the stored one either way. */
export async function openProposal(proposal: Proposal): Promise<{ proposal: Proposal; created: boolean }> {
  try {
    await dynamo().send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...proposalKey(proposal), entity: 'Proposal', ...proposalIndexKeys(proposal), ...proposal },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return { proposal, created: true };
  } catch (error) {
    if (!isConditionalCheckFailure(error)) throw error;
    return { proposal: (await findProposal(proposal))!, created: false };
  }
}

/** The proposal and one of its candidates, for a read of several items at once (`readItems`). */
export const proposalRead = (ref: ProposalRef): ItemRead<Proposal> => ({
  key: proposalKey(ref),
  from: withoutKeys,
});
export const candidateRead = (ref: ProposalRef, nip: string): ItemRead<Candidate> => ({
  key: candidateKey(ref, nip),
  from: withoutKeys,
});

async function findProposal(ref: ProposalRef): Promise<Proposal | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: tableName(), Key: proposalKey(ref), ConsistentRead: true }),
  );
  return Item ? withoutKeys<Proposal>(Item) : undefined;
}

/** The proposal and all its candidates in one strongly consistent query ('#PROPOSAL' < 'CANDIDATE#' < 'D…'). */
export async function loadProposal(
  ref: ProposalRef,
): Promise<{ proposal: Proposal; candidates: Candidate[] } | undefined> {
  const items = await queryAll({
    KeyConditionExpression: 'pk = :pk AND sk < :decisions',
    ExpressionAttributeValues: { ':pk': proposalPartition(ref), ':decisions': PROPOSAL_RECORDS_BELOW },
    ConsistentRead: true,
  });
  const proposal = items.find((item) => item.sk === PROPOSAL_SK);
  if (!proposal) return undefined;
  return {
    proposal: withoutKeys<Proposal>(proposal),
    candidates: items
      .filter((item) => String(item.sk).startsWith(CANDIDATE_PREFIX))
      .map((item) => withoutKeys<Candidate>(item)),
  };
}

/**
 * Adds or replaces a candidate while the proposal is editable: a new candidate only in a draft proposal, an
 * existing one only while it is a draft or was sent back for documents.
 */
export async function saveCandidate(candidate: Candidate, isNew: boolean): Promise<void> {
  const ref = { programId: candidate.programId, instansiCode: candidate.instansiCode };
  await transact([
    {
      Put: {
        TableName: tableName(),
        Item: {
          ...candidateKey(ref, candidate.nip),
          entity: 'Candidate',
          ...candidateIndexKeys(candidate),
          ...candidate,
        },
        ...(isNew
          ? { ConditionExpression: 'attribute_not_exists(pk)' }
          : {
              ConditionExpression: '#status IN (:draft, :requested)',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':draft': 'DRAFT', ':requested': 'DOCUMENT_REQUESTED' },
            }),
      },
    },
    touchProposal(ref, candidate.updatedAt, isNew ? { candidateDelta: 1 } : undefined),
  ]);
}

export async function deleteCandidate(ref: ProposalRef, nip: string, now: string): Promise<void> {
  await transact([
    {
      Delete: {
        TableName: tableName(),
        Key: candidateKey(ref, nip),
        ConditionExpression: '#status = :draft',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':draft': 'DRAFT' },
      },
    },
    touchProposal(ref, now, { candidateDelta: -1 }),
  ]);
}

/**
 * Records confirmed documents on a candidate that is still a draft or was sent back for documents: one update of
 * the candidate (so its document set changes at once, whatever the number of documents) with the proposal's
 * version bump, in one transaction.
 */
export async function recordCandidateDocuments(
  ref: ProposalRef,
  nip: string,
  documents: Partial<Record<RequiredDocument, StoredDocument>>,
  change: { by: string; at: string },
): Promise<void> {
  const entries = Object.entries(documents);
  if (entries.length === 0) throw new Error('recordCandidateDocuments: no document to record');
  await transact([
    {
      Update: {
        TableName: tableName(),
        Key: candidateKey(ref, nip),
        ConditionExpression: '#status IN (:draft, :requested)',
        UpdateExpression: `SET ${entries.map((_, i) => `#documents.#kind${i} = :document${i}`).join(', ')}, #updatedAt = :now, #updatedBy = :by`,
        ExpressionAttributeNames: {
          '#status': 'status',
          '#documents': 'documents',
          ...Object.fromEntries(entries.map(([kind], i) => [`#kind${i}`, kind])),
          '#updatedAt': 'updatedAt',
          '#updatedBy': 'updatedBy',
        },
        ExpressionAttributeValues: {
          ':draft': 'DRAFT',
          ':requested': 'DOCUMENT_REQUESTED',
          ...Object.fromEntries(entries.map(([, document], i) => [`:document${i}`, document])),
          ':now': change.at,
          ':by': change.by,
        },
      },
    },
    touchProposal(ref, change.at),
  ]);
}

/** One confirmed document, recorded as its uploader confirmed it (recordCandidateDocuments of one). */
export function recordCandidateDocument(
  ref: ProposalRef,
  nip: string,
  kind: RequiredDocument,
  document: StoredDocument,
): Promise<void> {
  return recordCandidateDocuments(
    ref,
    nip,
    { [kind]: document },
    { by: document.uploadedBy, at: document.uploadedAt },
  );
}

export async function recordLetter(ref: ProposalRef, letter: StoredDocument): Promise<void> {
  await transact([
    {
      Update: {
        TableName: tableName(),
        Key: proposalKey(ref),
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
  ]);
}

/** Which of `nips` another instansi's proposal already holds in the programme. */
export async function nipsHeldElsewhere(
  programId: string,
  instansiCode: string,
  nips: string[],
): Promise<string[]> {
  const held: string[] = [];
  for (let i = 0; i < nips.length; i += 100) {
    for (const guard of await batchGet(nips.slice(i, i + 100).map((nip) => nipGuardKey(programId, nip)))) {
      if (guard.instansiCode !== instansiCode) held.push(String(guard.nip));
    }
  }
  return held;
}

export interface ScreenedCandidate {
  candidate: Candidate;
  eligibility: NonNullable<Candidate['eligibility']>;
}

/**
 * Submits a proposal all-or-nothing: the proposal (only if unchanged since `version` was read), every screened
 * candidate with its eligibility report, and one guard per NIP so no other proposal of the programme can hold
 * it. Throws ConcurrentChangeError when the proposal changed or a NIP was taken meanwhile.
 */
export async function submitProposal(
  proposal: Proposal,
  screened: ScreenedCandidate[],
  by: string,
  now: string,
  /** Writes that must commit with the submission (its count against the Kanreg's allocation). */
  extra: TransactItem[] = [],
): Promise<Proposal> {
  const submitted: Proposal = {
    ...proposal,
    status: 'SUBMITTED',
    submittedBy: by,
    submittedAt: now,
    updatedAt: now,
  };
  const ref = { programId: proposal.programId, instansiCode: proposal.instansiCode };
  await transact([
    {
      Update: {
        TableName: tableName(),
        Key: proposalKey(ref),
        ConditionExpression: '#version = :version AND #status IN (:draft, :fix)',
        UpdateExpression:
          'SET #status = :submitted, #submittedBy = :by, #submittedAt = :now, #updatedAt = :now, #g1sk = :g1sk' +
          (proposal.kanreg ? ', #g2sk = :g2sk' : ''),
        ExpressionAttributeNames: {
          '#version': 'version',
          '#status': 'status',
          '#submittedBy': 'submittedBy',
          '#submittedAt': 'submittedAt',
          '#updatedAt': 'updatedAt',
          '#g1sk': GSI1.sk,
          ...(proposal.kanreg ? { '#g2sk': GSI2.sk } : {}),
        },
        ExpressionAttributeValues: {
          ':version': proposal.version,
          ':draft': 'DRAFT',
          ':fix': 'NEEDS_FIX',
          ':submitted': 'SUBMITTED',
          ':by': by,
          ':now': now,
          ':g1sk': proposalIndexSortKey('SUBMITTED', proposal.instansiCode),
          ...(proposal.kanreg ? { ':g2sk': proposalIndexSortKey('SUBMITTED', proposal.instansiCode) } : {}),
        },
      },
    },
    ...screened.flatMap(({ candidate, eligibility }): TransactItem[] => [
      {
        Update: {
          TableName: tableName(),
          Key: candidateKey(ref, candidate.nip),
          // Only the status that was screened: a session decision taken meanwhile is never overwritten.
          ConditionExpression: '#status = :screened',
          UpdateExpression:
            'SET #status = :submitted, #eligibility = :eligibility, #updatedAt = :now, #g2pk = :g2pk',
          ExpressionAttributeNames: {
            '#status': 'status',
            '#eligibility': 'eligibility',
            '#updatedAt': 'updatedAt',
            '#g2pk': GSI2.pk,
          },
          ExpressionAttributeValues: {
            ':screened': candidate.status,
            ':submitted': 'SUBMITTED',
            ':eligibility': eligibility,
            ':now': now,
            ':g2pk': candidateIndexKeys({ ...candidate, status: 'SUBMITTED' })[GSI2.pk],
          },
        },
      },
      {
        Put: {
          TableName: tableName(),
          Item: {
            ...nipGuardKey(proposal.programId, candidate.nip),
            entity: 'NipGuard',
            nip: candidate.nip,
            instansiCode: proposal.instansiCode,
            at: now,
          },
          ConditionExpression: 'attribute_not_exists(pk) OR #instansi = :me',
          ExpressionAttributeNames: { '#instansi': 'instansiCode' },
          ExpressionAttributeValues: { ':me': proposal.instansiCode },
        },
      },
    ]),
    ...extra,
  ]);
  return submitted;
}

export interface DecisionRecord {
  outcome: 'ACCEPTED' | 'REJECTED' | 'DOCUMENT_REQUESTED';
  reason?: string;
  documents?: RequiredDocument[];
  decidedBy: string;
  decidedAt: string;
}

const DECIDABLE: CandidateStatus[] = ['SUBMITTED', 'ACCEPTED', 'REJECTED', 'DOCUMENT_REQUESTED'];

/**
 * Records an eligibility-session decision as a new history item (never overwriting an earlier one) and moves
 * the candidate, and the proposal when documents are asked for, to the matching status.
 */
export async function recordDecision(
  candidate: Candidate,
  proposal: Proposal,
  decision: DecisionRecord,
  /** Writes that must commit with the decision (its count against the Kanreg's allocation). */
  extra: TransactItem[] = [],
): Promise<void> {
  const ref = { programId: candidate.programId, instansiCode: candidate.instansiCode };
  const status: CandidateStatus = decision.outcome;
  const items: TransactItem[] = [
    {
      Put: {
        TableName: tableName(),
        Item: {
          ...candidateDecisionKey(ref, candidate.nip, decision.decidedAt, randomUUID().slice(0, 8)),
          entity: 'CandidateDecision',
          nip: candidate.nip,
          previousStatus: candidate.status,
          ...decision,
        },
      },
    },
    {
      Update: {
        TableName: tableName(),
        Key: candidateKey(ref, candidate.nip),
        ConditionExpression: '#status = :current',
        UpdateExpression: 'SET #status = :status, #decision = :decision, #updatedAt = :now, #g2pk = :g2pk',
        ExpressionAttributeNames: {
          '#status': 'status',
          '#decision': 'decision',
          '#updatedAt': 'updatedAt',
          '#g2pk': GSI2.pk,
        },
        ExpressionAttributeValues: {
          ':current': candidate.status,
          ':status': status,
          ':decision': decision,
          ':now': decision.decidedAt,
          ':g2pk': candidateIndexKeys({ ...candidate, status })[GSI2.pk],
        },
      },
    },
  ];
  if (decision.outcome === 'DOCUMENT_REQUESTED') {
    items.push({
      Update: {
        TableName: tableName(),
        Key: proposalKey(ref),
        ConditionExpression: '#status IN (:submitted, :fix)',
        UpdateExpression:
          'SET #status = :fix, #updatedAt = :now, #g1sk = :gsk' +
          (proposal.kanreg ? ', #g2sk = :gsk' : '') +
          ' ADD #version :one',
        ExpressionAttributeNames: {
          '#status': 'status',
          '#updatedAt': 'updatedAt',
          '#version': 'version',
          '#g1sk': GSI1.sk,
          ...(proposal.kanreg ? { '#g2sk': GSI2.sk } : {}),
        },
        ExpressionAttributeValues: {
          ':submitted': 'SUBMITTED',
          ':fix': 'NEEDS_FIX',
          ':now': decision.decidedAt,
          ':gsk': proposalIndexSortKey('NEEDS_FIX', proposal.instansiCode),
          ':one': 1,
        },
      },
    });
  }
  await transact([...items, ...extra]);
}

export function isDecidable(status: CandidateStatus): boolean {
  return DECIDABLE.includes(status);
}

export function isEditable(status: ProposalStatus): boolean {
  return EDITABLE_PROPOSAL.includes(status);
}

export async function listProposals(
  programId: string,
  options: { status?: ProposalStatus; kanreg?: string; limit: number; cursor?: string },
): Promise<Page<Proposal>> {
  const index = options.kanreg ? GSI2 : GSI1;
  const pk = options.kanreg
    ? kanregProposalsPartition(options.kanreg, programId)
    : programProposalsPartition(programId);
  return queryPage(
    {
      index,
      pk,
      ...(options.status
        ? { skBeginsWith: { name: 'status', value: proposalStatusPrefix(options.status) } }
        : {}),
      limit: options.limit,
      cursor: options.cursor,
    },
    (item) => withoutKeys<Proposal>(item),
  );
}

export async function listCandidates(
  programId: string,
  options: { scheme?: string; status?: CandidateStatus; limit: number; cursor?: string },
): Promise<Page<Candidate>> {
  const index = options.status ? GSI2 : GSI1;
  const pk = programCandidatesPartition(programId, options.status);
  return queryPage(
    {
      index,
      pk,
      ...(options.scheme
        ? { skBeginsWith: { name: 'scheme', value: candidateSchemePrefix(options.scheme) } }
        : {}),
      limit: options.limit,
      cursor: options.cursor,
    },
    (item) => withoutKeys<Candidate>(item),
  );
}
