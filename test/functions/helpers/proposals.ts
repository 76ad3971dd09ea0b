import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  type BatchGetCommandInput,
  type BatchGetCommandOutput,
  type DynamoDBDocumentClientResolvedConfig,
  type GetCommandInput,
  type QueryCommandInput,
  type ServiceInputTypes,
  type ServiceOutputTypes,
} from '@aws-sdk/lib-dynamodb';
import type { AwsStub } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, vi } from 'vitest';
import { storageHttp } from '../../../adapters/s3/presign';
import { REQUIRED_DOCUMENTS, type RequiredDocument } from '../../../domain/eligibility/documents';
import type { Instansi } from '../../../events/api/instansi';
import type { Candidate, CandidateInput, Proposal } from '../../../events/api/proposal';
import { claimsWith, type Claims } from './api-event';
import { operatorClaims, operatorEntry, serveRegistry } from './operators';
import { TABLE_NAME } from './env';
import { PROGRAM_ID } from './programs';

export type DynamoMock = AwsStub<ServiceInputTypes, ServiceOutputTypes, DynamoDBDocumentClientResolvedConfig>;

/** Kabupaten Bogor, under Kanreg III (Bandung). */
export const INSTANSI = '3201';
/** Kota Bandung: the same Kanreg, another instansi. */
export const OTHER_INSTANSI = '3273';
/** Kota Surabaya, under Kanreg II. */
export const FAR_INSTANSI = '3578';
/** A central-government instansi: no Kanreg covers it. */
export const PUSAT_INSTANSI = '4011';
export const KANREG = 'III';
export const OTHER_KANREG = 'II';

export const OPERATOR = 'operator-bogor';
export const KANREG_OPERATOR = 'operator-kanreg-3';

/** Born 10 March 1985, CPNS from January 2010, male, number 002. */
export const NIP = '198503102010011002';
/** Born 15 February 1990, CPNS from March 2015, female, number 001. */
export const OTHER_NIP = '199002152015032001';

/** During the window of `aProgram()` (1-14 April 2026 WIB). */
export const NOW = '2026-04-07T03:00:00.000Z';

export const instansiOperator = (code: string = INSTANSI): Claims =>
  operatorClaims('instansi', code, OPERATOR);
export const kanregOperator = (kanreg: string = KANREG): Claims =>
  operatorClaims('kanreg', kanreg, KANREG_OPERATOR);

/** Every instansi and Kanreg operator of the handler tests, registered with BKN for its own claims. */
export const ALL_OPERATORS = (): Claims[] => [
  ...[INSTANSI, OTHER_INSTANSI, FAR_INSTANSI, PUSAT_INSTANSI].map((code) => instansiOperator(code)),
  ...[KANREG, OTHER_KANREG].map((kanreg) => kanregOperator(kanreg)),
];
export const bknAdmin = (): Claims => claimsWith('[admin-bkn]');

/**
 * Each test of the enclosing block starts on an empty table but for the registry entries of ALL_OPERATORS, with
 * the clock stopped at `now`; the real clock is back after it.
 */
export function eachTestOnRegistryAt(ddb: DynamoMock, now: string): void {
  beforeEach(() => {
    ddb.reset();
    serveRegistry(ddb, ...ALL_OPERATORS());
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(now));
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

const INSTANSI_DATA: Record<string, Pick<Instansi, 'name' | 'kind' | 'kanreg'>> = {
  [INSTANSI]: { name: 'Pemerintah Kabupaten Bogor', kind: 'KABUPATEN_KOTA', kanreg: KANREG },
  [OTHER_INSTANSI]: { name: 'Pemerintah Kota Bandung', kind: 'KABUPATEN_KOTA', kanreg: KANREG },
  [FAR_INSTANSI]: { name: 'Pemerintah Kota Surabaya', kind: 'KABUPATEN_KOTA', kanreg: OTHER_KANREG },
  [PUSAT_INSTANSI]: { name: 'Badan Kepegawaian Negara', kind: 'PUSAT', kanreg: null },
};

export function anInstansi(code: string = INSTANSI, overrides: Partial<Instansi> = {}): Instansi {
  return {
    code,
    ...INSTANSI_DATA[code]!,
    updatedBy: 'bkn-admin-1',
    updatedAt: '2026-03-01T02:00:00.000Z',
    ...overrides,
  };
}

export const instansiKey = (code: string) => ({ pk: `INSTANSI#${code}`, sk: '#INSTANSI' });

/** As docs/data-model.md stores it: gsi1 lists all instansi, gsi2 those of one Kanreg. */
export function instansiItem(instansi: Instansi): Record<string, unknown> {
  return {
    ...instansiKey(instansi.code),
    entity: 'Instansi',
    gsi1pk: 'INSTANSI',
    gsi1sk: instansi.code,
    ...(instansi.kanreg ? { gsi2pk: `KANREG#${instansi.kanreg}#INSTANSI`, gsi2sk: instansi.code } : {}),
    ...instansi,
  };
}

export const proposalPartition = (code: string = INSTANSI, programId: string = PROGRAM_ID) =>
  `PROPOSAL#${programId}#${code}`;
export const proposalKey = (code: string = INSTANSI, programId: string = PROGRAM_ID) => ({
  pk: proposalPartition(code, programId),
  sk: '#PROPOSAL',
});
export const candidateKey = (nip: string = NIP, code: string = INSTANSI, programId: string = PROGRAM_ID) => ({
  pk: proposalPartition(code, programId),
  sk: `CANDIDATE#${nip}`,
});
export const guardKey = (nip: string, programId: string = PROGRAM_ID) => ({
  pk: `PROGRAM#${programId}#NIP#${nip}`,
  sk: '#GUARD',
});

export function aProposal(overrides: Partial<Proposal> = {}): Proposal {
  return {
    programId: PROGRAM_ID,
    instansiCode: INSTANSI,
    instansiName: 'Pemerintah Kabupaten Bogor',
    kanreg: KANREG,
    status: 'DRAFT',
    version: 3,
    candidateCount: 1,
    createdBy: OPERATOR,
    createdAt: '2026-04-01T02:00:00.000Z',
    updatedAt: '2026-04-02T02:00:00.000Z',
    ...overrides,
  };
}

export function proposalItem(proposal: Proposal): Record<string, unknown> {
  const sk = `${proposal.status}#${proposal.instansiCode}`;
  return {
    ...proposalKey(proposal.instansiCode, proposal.programId),
    entity: 'Proposal',
    gsi1pk: `PROGRAM#${proposal.programId}#PROPOSALS`,
    gsi1sk: sk,
    ...(proposal.kanreg
      ? { gsi2pk: `KANREG#${proposal.kanreg}#PROGRAM#${proposal.programId}`, gsi2sk: sk }
      : {}),
    ...proposal,
  };
}

/** The example candidate of the contract: an Administrator-level head of division. */
export function aCandidateInput(overrides: Partial<CandidateInput> = {}): CandidateInput {
  return {
    name: 'Dewi Lestari, S.Sos.',
    scheme: 'ADMINISTRATOR',
    route: 'UJI_LANGSUNG',
    position: {
      title: 'Kepala Bidang Pengembangan Pegawai',
      unit: 'Badan Kepegawaian dan Pengembangan SDM',
      level: 3,
      rank: 'III/d',
      isAsnManagement: true,
      meetsPositionRequirements: true,
      since: '2023-01-02',
    },
    performance: [
      { year: 2024, rating: 'BAIK' },
      { year: 2025, rating: 'SANGAT_BAIK' },
    ],
    disciplinarySentences: [],
    supervisorRecommendation: { fromDirectSupervisor: true, recommended: true },
    leaves: [],
    ...overrides,
  };
}

/** The id of the open upload slot the tests' places hold (`slotItem`): the last segment of its object key. */
export const SLOT_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
/** The id of the earlier slot whose upload the tests' documents were confirmed from (`aPinnedUpload`). */
export const CONFIRMED_SLOT_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
/** The version S3 answers for an uploaded object in these tests, and the SHA-256 it holds for it. */
export const STORED_VERSION = 'Wf3CkPjbhX0rU6bVnUl0lS8bQ2eY7xZa';
export const STORED_SHA256 = '2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae';

/** A confirmed upload as pinned: its slot's key under `prefix`, the version, size and SHA-256 recorded. */
export function aPinnedUpload(prefix: string, slotId: string = CONFIRMED_SLOT_ID) {
  return {
    key: `${prefix}/${slotId}`,
    versionId: STORED_VERSION,
    sha256: STORED_SHA256,
    contentType: 'application/pdf',
    size: 183_204,
    uploadedAt: '2026-04-03T02:00:00.000Z',
    uploadedBy: OPERATOR,
  };
}

export const aDocument = (
  kind: RequiredDocument,
  nip: string = NIP,
  code: string = INSTANSI,
  slotId: string = CONFIRMED_SLOT_ID,
) => aPinnedUpload(`proposals/${PROGRAM_ID}/${code}/${nip}/${kind}`, slotId);

export const allDocuments = (nip: string = NIP, code: string = INSTANSI): Candidate['documents'] =>
  Object.fromEntries(REQUIRED_DOCUMENTS.map((kind) => [kind, aDocument(kind, nip, code)]));

export function aCandidate(overrides: Partial<Candidate> = {}): Candidate {
  return {
    ...aCandidateInput(),
    nip: NIP,
    programId: PROGRAM_ID,
    instansiCode: INSTANSI,
    status: 'DRAFT',
    documents: allDocuments(overrides.nip ?? NIP),
    updatedBy: OPERATOR,
    updatedAt: '2026-04-03T02:00:00.000Z',
    ...overrides,
  };
}

export function candidateItem(candidate: Candidate): Record<string, unknown> {
  const sk = `${candidate.scheme}#${candidate.instansiCode}#${candidate.nip}`;
  return {
    ...candidateKey(candidate.nip, candidate.instansiCode, candidate.programId),
    entity: 'Candidate',
    gsi1pk: `PROGRAM#${candidate.programId}#CANDIDATES`,
    gsi1sk: sk,
    gsi2pk: `PROGRAM#${candidate.programId}#CANDIDATES#${candidate.status}`,
    gsi2sk: sk,
    ...candidate,
  };
}

export function guardItem(nip: string, instansiCode: string, programId: string = PROGRAM_ID) {
  return {
    ...guardKey(nip, programId),
    entity: 'NipGuard',
    nip,
    instansiCode,
    at: '2026-04-05T02:00:00.000Z',
  };
}

/**
 * Answers GetItem, BatchGetItem and the base-table query of one proposal partition from `items` (and the
 * registry entries of ALL_OPERATORS), as DynamoDB would; writes succeed. A test overrides any of these with its own `ddb.on(...)`.
 */
export function serveTable(
  ddb: DynamoMock,
  items: Record<string, unknown>[],
): { batchGet: (input: BatchGetCommandInput) => BatchGetCommandOutput } {
  const table = [...ALL_OPERATORS().map((claims) => operatorEntry(claims)), ...items];
  const byKey = new Map(table.map((item) => [`${item.pk as string}|${item.sk as string}`, item]));
  const find = (key: Record<string, unknown> | undefined) =>
    key ? byKey.get(`${key.pk as string}|${key.sk as string}`) : undefined;
  ddb.on(GetCommand).callsFake((input: GetCommandInput) => {
    const item = find(input.Key);
    return item ? { Item: structuredClone(item) } : {};
  });
  const batchGet = (input: BatchGetCommandInput): BatchGetCommandOutput => ({
    $metadata: {},
    Responses: {
      [TABLE_NAME]: (input.RequestItems?.[TABLE_NAME]?.Keys ?? []).flatMap((key) => {
        const item = find(key);
        return item ? [structuredClone(item)] : [];
      }),
    },
  });
  ddb.on(BatchGetCommand).callsFake(batchGet);
  ddb.on(QueryCommand).callsFake((input: QueryCommandInput) => {
    if (input.IndexName) return { Items: [] };
    const pk = input.ExpressionAttributeValues?.[':pk'];
    const below = input.ExpressionAttributeValues?.[':decisions'] as string;
    return {
      Items: items
        .filter((item) => item.pk === pk && (item.sk as string) < below)
        .sort((a, b) => ((a.sk as string) < (b.sk as string) ? -1 : 1))
        .map((item) => structuredClone(item)),
    };
  });
  ddb.on(PutCommand).resolves({});
  ddb.on(BatchWriteCommand).resolves({});
  ddb.on(UpdateCommand).resolves({});
  ddb.on(DeleteCommand).resolves({});
  ddb.on(TransactWriteCommand).resolves({});
  return { batchGet };
}

/** Every call that could change the table. */
export const writeCalls = (ddb: DynamoMock) =>
  ddb
    .calls()
    .filter((call) =>
      [PutCommand, UpdateCommand, DeleteCommand, TransactWriteCommand, BatchWriteCommand].some(
        (Command) => call.args[0] instanceof Command,
      ),
    );

/** The items of the only TransactWriteItems call. */
export function transactItems(ddb: DynamoMock) {
  const calls = ddb.commandCalls(TransactWriteCommand);
  if (calls.length !== 1) throw new Error(`expected one TransactWriteCommand, got ${calls.length}`);
  return calls[0]!.args[0].input.TransactItems;
}

/** The latest upload slot of a place (`UPLOAD#<name>` in partition `pk`), issued at NOW for `declared`. */
export const slotItem = (
  pk: string,
  name: string,
  prefix: string,
  declared: { contentType: string; size: number; sha256?: string },
  slotId: string = SLOT_ID,
) => ({
  pk,
  sk: `UPLOAD#${name}`,
  entity: 'UploadSlot',
  key: `${prefix}/${slotId}`,
  declared,
  issuedAt: NOW,
  expiresAt: Date.parse(NOW) / 1000 + 24 * 60 * 60,
});

/**
 * A storage answer to a HEAD, as `storageHttp.head` gives it: S3's status and headers, the object's version
 * (STORED_VERSION) and its SHA-256 (STORED_SHA256) as a versioned bucket answers an upload that carried it.
 */
export const headAnswer = (answer: { contentType: string; size: number } | number) =>
  typeof answer === 'number'
    ? { status: answer, headers: {} }
    : {
        status: 200,
        headers: {
          'content-type': answer.contentType,
          'content-length': String(answer.size),
          'x-amz-version-id': STORED_VERSION,
          'x-amz-checksum-sha256': Buffer.from(STORED_SHA256, 'hex').toString('base64'),
        },
      };

/**
 * Makes the presigned HEAD of adapters/s3/presign.ts answer like S3: 200 with the object's type and
 * length, or a bare 404/403. Restore with `vi.restoreAllMocks()`.
 */
export function stubS3Head(answer: { contentType: string; size: number } | 403 | 404) {
  return vi.spyOn(storageHttp, 'head').mockImplementation(async () => headAnswer(answer));
}
