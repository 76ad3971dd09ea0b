import '../helpers/env';
import { captureOutput, emfMetric } from '../helpers/output';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  GetCommand,
  TransactWriteCommand,
  type BatchGetCommandInput,
  type BatchGetCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/proposals/index';
import type { Candidate, Proposal } from '../../../events/api/proposal';
import type { Program } from '../../../events/api/program';
import { apiEvent, bodyOf } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { writesOf } from '../helpers/writes';
import { TABLE_NAME } from '../helpers/env';
import { aProgram, programItem, PROGRAM_ID } from '../helpers/programs';
import {
  aCandidate,
  aCandidateInput,
  allDocuments,
  anInstansi,
  aProposal,
  candidateItem,
  candidateKey,
  guardItem,
  guardKey,
  INSTANSI,
  instansiItem,
  KANREG,
  instansiOperator,
  NIP,
  NOW,
  OPERATOR,
  OTHER_INSTANSI,
  OTHER_NIP,
  proposalItem,
  proposalKey,
  PUSAT_INSTANSI,
  serveTable,
  transactItems,
  writeCalls,
  eachTestOnRegistryAt,
  aPinnedUpload,
} from '../helpers/proposals';
import { cancelled as canceled } from '../../adapters/dynamodb/dynamodb-errors';

const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('proposals');

const submit = (instansiCode = INSTANSI) =>
  handler(
    apiEvent('POST /programs/{programId}/proposals/{instansiCode}/submit', {
      pathParameters: { programId: PROGRAM_ID, instansiCode },
      claims: instansiOperator(instansiCode),
    }),
    context,
  );

const LETTER = aPinnedUpload(`proposals/${PROGRAM_ID}/${INSTANSI}/SURAT_USULAN`);

/** An Administrator-level and a Pengawas-level candidate, every document attached. */
const administrator = () => aCandidate();
const pengawas = () =>
  aCandidate({
    ...aCandidateInput({
      name: 'Rina Marlina, S.E.',
      scheme: 'PENGAWAS',
      position: {
        ...aCandidateInput().position,
        title: 'Kepala Subbagian Kepegawaian',
        level: 2,
        rank: 'III/c',
      },
    }),
    nip: OTHER_NIP,
  });
const ready = (overrides: Partial<Proposal> = {}) =>
  aProposal({ letter: LETTER, candidateCount: 2, ...overrides });

function seed(
  proposal: Proposal = ready(),
  candidates: Candidate[] = [administrator(), pengawas()],
  extra: Record<string, unknown>[] = [],
  program: Program = aProgram({ status: 'OPEN' }),
) {
  return serveTable(ddb, [
    programItem(program),
    instansiItem(anInstansi(INSTANSI)),
    instansiItem(anInstansi(PUSAT_INSTANSI)),
    proposalItem(proposal),
    ...candidates.map(candidateItem),
    ...extra,
  ]);
}

/** The reads of NIP guards (the access check's read of the registry entry and the instansi left out). */
const isGuardRead = (input: BatchGetCommandInput) => JSON.stringify(input).includes('#GUARD');
const guardReads = () => ddb.commandCalls(BatchGetCommand).filter((c) => isGuardRead(c.args[0].input));

/** Answers the reads of NIP guards with `answers` in turn (the last one again after), every other read from `table`. */
function answerGuardReads(
  table: ReturnType<typeof seed>,
  ...answers: Omit<BatchGetCommandOutput, '$metadata'>[]
): void {
  let next = 0;
  ddb
    .on(BatchGetCommand)
    .callsFake((input: BatchGetCommandInput) =>
      isGuardRead(input) ? answers[Math.min(next++, answers.length - 1)] : table.batchGet(input),
    );
}

/** What submitting writes for a screened candidate: its report and status, and the guard of its NIP. */
const screenedWrites = (nip: string) => [
  { op: 'Update', ...candidateKey(nip) },
  { op: 'Put', ...guardKey(nip), entity: 'NipGuard' },
];
/** The eligibility reports the submission wrote, one per screened candidate in order (the command is U9's). */
const writtenReports = () =>
  transactItems(ddb)!.flatMap(
    (item) =>
      (item.Update?.ExpressionAttributeValues?.[':eligibility'] as NonNullable<Candidate['eligibility']>) ??
      [],
  );

describe('POST /programs/{programId}/proposals/{instansiCode}/submit (submitProposal)', () => {
  let output: ReturnType<typeof captureOutput>;
  eachTestOnRegistryAt(ddb, NOW);
  beforeEach(() => {
    output = captureOutput();
  });
  afterEach(() => {
    output.restore();
  });

  it('asks for the NIP guards of every candidate in one BatchGet', async () => {
    // Prepare
    seed();

    // Act
    await submit();

    // Assess
    expect(guardReads().map((c) => c.args[0].input.RequestItems?.[TABLE_NAME]?.Keys)).toStrictEqual([
      [guardKey(NIP), guardKey(OTHER_NIP)],
    ]);
  });

  it('writes the whole submission in one transaction: the proposal, then per candidate its report and guard', async () => {
    // Prepare
    seed();

    // Act
    const result = await submit();

    // Assess
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(1);
    expect(writesOf(ddb)).toStrictEqual([
      { op: 'Update', ...proposalKey() },
      ...screenedWrites(NIP),
      ...screenedWrites(OTHER_NIP),
    ]);
    const report = { eligible: true, evaluatedAt: NOW, evaluatedFor: '2026-04-07', eligibleTestDates: [] };
    expect(writtenReports()).toStrictEqual([
      { ...report, checks: expect.any(Array) },
      { ...report, checks: expect.any(Array) },
    ]);
    expect(writtenReports()).toStrictEqual(
      bodyOf<{ candidates: Candidate[] }>(result).candidates.map((c) => c.eligibility),
    );
    expect(result.statusCode).toBe(200);
    const [blob] = output.metrics();
    expect(emfMetric(blob!, 'ProposalSubmitted')).toEqual({
      namespace: 'SertifikasiASN',
      dimensions: [['service']],
      unit: 'Count',
      value: 1,
      service: 'sertifikasi-test',
    });
  });

  it('answers the submitted proposal with every candidate SUBMITTED and its full eligibility report', async () => {
    // Prepare
    seed();

    // Act
    const result = await submit();

    // Assess
    const body = bodyOf<Proposal & { candidates: Candidate[] }>(result);
    expect(body).toMatchObject({
      status: 'SUBMITTED',
      submittedBy: OPERATOR,
      submittedAt: NOW,
      updatedAt: NOW,
      version: 3,
      letter: LETTER,
    });
    expect(body.candidates.map((c) => [c.nip, c.status, c.eligibility?.eligible])).toStrictEqual([
      [NIP, 'SUBMITTED', true],
      [OTHER_NIP, 'SUBMITTED', true],
    ]);
    const codes = body.candidates[0]!.eligibility!.checks.map((c) => c.code);
    expect(codes).toEqual(
      expect.arrayContaining(['ELIG-PENYELENGGARA-MANAJEMEN-ASN', 'ELIG-KINERJA-2Y', 'ELIG-DOK-PAS-FOTO']),
    );
    expect(body.candidates[0]!.eligibility!.checks.every((c) => c.met)).toBe(true);
  });

  it('submits a candidate who fails an eligibility rule, with the rule unmet in the report', async () => {
    // Prepare: the position is not one of ASN management (Pasal 31(2)a).
    const candidate = aCandidate({
      position: { ...aCandidateInput().position, isAsnManagement: false },
    });
    seed(ready({ candidateCount: 1 }), [candidate]);

    // Act
    const result = await submit();

    // Assess
    expect(result.statusCode).toBe(200);
    const eligibility = writtenReports()[0]!;
    expect(eligibility.eligible).toBe(false);
    expect(eligibility.checks.filter((c) => !c.met).map((c) => c.code)).toStrictEqual([
      'ELIG-PENYELENGGARA-MANAJEMEN-ASN',
    ]);
  });

  describe('counted to the test date (Pasal 16(4), 31(2)), not to the day of submission', () => {
    const cohort = (number: number, startDate: string, endDate: string) => ({
      number,
      scheme: 'ADMINISTRATOR' as const,
      capacity: 30,
      startDate,
      endDate,
    });
    const eligibilityOf = () => writtenReports()[0]!;
    // In position since 2025-06-10: 12 months are reached on 2026-06-10, after this submission (2026-04-07).
    const newcomer = () => aCandidate({ position: { ...aCandidateInput().position, since: '2025-06-10' } });

    it('ELIG-MASA-JABATAN-12M: a candidate who reaches 12 months before a later cohort is eligible for that one', async () => {
      // Prepare: cohorts tested 2026-05-07 and 2026-07-02.
      const program = aProgram({
        status: 'OPEN',
        cohortPlan: [cohort(1, '2026-05-06', '2026-05-07'), cohort(2, '2026-07-01', '2026-07-02')],
      });
      seed(ready({ candidateCount: 1 }), [newcomer()], [], program);

      // Act
      const result = await submit();

      // Assess
      expect(result.statusCode).toBe(200);
      expect(eligibilityOf()).toMatchObject({
        eligible: true,
        evaluatedFor: '2026-07-02',
        eligibleTestDates: ['2026-07-02'],
      });
    });

    it('ELIG-MASA-JABATAN-12M: not yet 12 months on any test date: refused on the closest, naming the date', async () => {
      // Prepare: the only cohort is tested 2026-05-07.
      const program = aProgram({ status: 'OPEN', cohortPlan: [cohort(1, '2026-05-06', '2026-05-07')] });
      seed(ready({ candidateCount: 1 }), [newcomer()], [], program);

      // Act
      await submit();

      // Assess
      const eligibility = eligibilityOf();
      expect(eligibility).toMatchObject({
        eligible: false,
        evaluatedFor: '2026-05-07',
        eligibleTestDates: [],
      });
      const unmet = eligibility.checks.filter((c) => !c.met);
      expect(unmet.map((c) => c.code)).toEqual(['ELIG-MASA-JABATAN-12M']);
      expect(unmet[0]!.violations[0]!.message).toContain('2026-06-10');
    });

    it('without a cohort plan, the Jakarta date of the submission: 17.30 UTC is already the next day in WIB', async () => {
      // Prepare: 12 months are reached on 2026-04-08; it is 00.30 WIB on 2026-04-08.
      vi.setSystemTime(new Date('2026-04-07T17:30:00.000Z'));
      const candidate = aCandidate({ position: { ...aCandidateInput().position, since: '2025-04-08' } });
      seed(ready({ candidateCount: 1 }), [candidate]);

      // Act
      await submit();

      // Assess
      expect(eligibilityOf()).toMatchObject({ eligible: true, evaluatedFor: '2026-04-08' });
    });
  });

  it('submits a central-government proposal, under no Kanreg', async () => {
    // Prepare
    const proposal = ready({ instansiCode: PUSAT_INSTANSI, kanreg: null, candidateCount: 1 });
    const candidate = aCandidate({
      instansiCode: PUSAT_INSTANSI,
      documents: allDocuments(NIP, PUSAT_INSTANSI),
    });
    seed(proposal, [candidate]);

    // Act
    const result = await submit(PUSAT_INSTANSI);

    // Assess
    expect(result.statusCode).toBe(200);
    expect(writesOf(ddb)).toStrictEqual([
      { op: 'Update', ...proposalKey(PUSAT_INSTANSI) },
      { op: 'Update', ...candidateKey(NIP, PUSAT_INSTANSI) },
      { op: 'Put', ...guardKey(NIP), entity: 'NipGuard' },
    ]);
  });

  it('answers an already SUBMITTED proposal as it stands, with 200 and no write (a retried request)', async () => {
    // Prepare
    const proposal = ready({
      status: 'SUBMITTED',
      submittedBy: OPERATOR,
      submittedAt: '2026-04-06T02:00:00.000Z',
    });
    const candidates = [aCandidate({ status: 'SUBMITTED' }), { ...pengawas(), status: 'SUBMITTED' as const }];
    seed(proposal, candidates);

    // Act
    const result = await submit();

    // Assess
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toStrictEqual({ ...proposal, candidates });
    expect(writeCalls(ddb)).toHaveLength(0);
    expect(guardReads()).toHaveLength(0);
    expect(output.metrics()).toEqual([]);
  });

  it('refuses with every reason at once: window closed, no letter, missing documents, quota, NIP held elsewhere', async () => {
    // Prepare: after the window; no letter; two Administrator candidates for a quota of one, the first without its
    // health certificate, the second already proposed by Kota Bandung.
    vi.setSystemTime(new Date('2026-04-15T03:00:00.000Z'));
    const { SURAT_KETERANGAN_SEHAT: _sehat, ...documents } = allDocuments(NIP);
    const second = aCandidate({ nip: OTHER_NIP, documents: allDocuments(OTHER_NIP) });
    seed(
      aProposal({ candidateCount: 2 }),
      [aCandidate({ documents }), second],
      [guardItem(OTHER_NIP, OTHER_INSTANSI)],
    );

    // Act
    const result = await submit();

    // Assess
    expect(result.statusCode).toBe(422);
    const error = bodyOf<{ code: string; details: { code: string; field?: string }[] }>(result);
    expect(error.code).toBe('RULES_NOT_MET');
    expect(new Set(error.details.map((v) => v.code))).toStrictEqual(
      new Set([
        'USULAN-JENDELA',
        'USULAN-SURAT-PIMPINAN',
        'ELIG-DOK-SURAT-SEHAT',
        'USULAN-KUOTA',
        'USULAN-NIP-GANDA',
      ]),
    );
    expect(error.details).toContainEqual(
      expect.objectContaining({
        code: 'ELIG-DOK-SURAT-SEHAT',
        field: `candidates.${NIP}.documents.SURAT_KETERANGAN_SEHAT`,
      }),
    );
    expect(error.details).toContainEqual(
      expect.objectContaining({ code: 'USULAN-NIP-GANDA', field: `candidates.${OTHER_NIP}` }),
    );
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
    expect(writeCalls(ddb)).toHaveLength(0);
  });

  it.each([
    ['before the window opens', '2026-03-31T16:59:59.999Z', 'USULAN-JENDELA'],
    ['one millisecond after it closes', '2026-04-14T17:00:00.000Z', 'USULAN-JENDELA'],
  ])('answers 422 with a single code when submitted %s', async (_case, at, code) => {
    // Prepare
    vi.setSystemTime(new Date(at));
    seed();

    // Act
    const result = await submit();

    // Assess
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result)).toMatchObject({ code, details: [expect.objectContaining({ code })] });
    expect(writeCalls(ddb)).toHaveLength(0);
  });

  it('answers 422 USULAN-KOSONG for a proposal without candidates', async () => {
    // Prepare
    seed(ready({ candidateCount: 0 }), []);

    // Act
    const result = await submit();

    // Assess
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result)).toMatchObject({ code: 'USULAN-KOSONG' });
    expect(writeCalls(ddb)).toHaveLength(0);
  });

  it('answers 422 USULAN-SKEMA-DITAWARKAN for a candidate of a scheme the programme does not offer', async () => {
    // Prepare
    const program = aProgram({
      status: 'OPEN',
      schemes: ['ADMINISTRATOR'],
      quotaPerInstansi: { ADMINISTRATOR: 1 },
    });
    seed(undefined, undefined, [], program);

    // Act
    const result = await submit();

    // Assess
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result)).toMatchObject({
      code: 'USULAN-SKEMA-DITAWARKAN',
      details: [expect.objectContaining({ field: `candidates.${OTHER_NIP}.scheme` })],
    });
  });

  it('does not count a NIP this instansi already holds (its own guard) as proposed elsewhere', async () => {
    // Prepare
    seed(undefined, undefined, [guardItem(NIP, INSTANSI)]);

    // Act
    const result = await submit();

    // Assess
    expect(result.statusCode).toBe(200);
  });

  it('asks again for the guard keys BatchGet left unprocessed', async () => {
    // Prepare
    answerGuardReads(
      seed(),
      {
        Responses: { [TABLE_NAME]: [] },
        UnprocessedKeys: { [TABLE_NAME]: { Keys: [guardKey(OTHER_NIP)] } },
      },
      { Responses: { [TABLE_NAME]: [guardItem(OTHER_NIP, OTHER_INSTANSI)] } },
    );

    // Act
    const result = await submit();

    // Assess
    const calls = guardReads();
    expect(calls).toHaveLength(2);
    expect(calls[1]!.args[0].input.RequestItems?.[TABLE_NAME]?.Keys).toStrictEqual([guardKey(OTHER_NIP)]);
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result)).toMatchObject({ code: 'USULAN-NIP-GANDA' });
  });

  describe('resubmission after the session asked for documents', () => {
    it('screens only the candidates sent back and leaves the decided ones as they are', async () => {
      // Prepare
      const accepted = aCandidate({ status: 'ACCEPTED' });
      const sentBack = { ...pengawas(), status: 'DOCUMENT_REQUESTED' as const };
      seed(ready({ status: 'NEEDS_FIX', version: 9 }), [accepted, sentBack]);

      // Act
      const result = await submit();

      // Assess
      expect(result.statusCode).toBe(200);
      expect(writesOf(ddb)).toStrictEqual([{ op: 'Update', ...proposalKey() }, ...screenedWrites(OTHER_NIP)]);
      const body = bodyOf<{ candidates: Candidate[] }>(result);
      expect(body.candidates.map((c) => c.status)).toStrictEqual(['ACCEPTED', 'SUBMITTED']);
    });
  });

  describe('when the transaction is cancelled', () => {
    it('answers 422 USULAN-NIP-GANDA when the guard failed and the re-check finds the NIP taken', async () => {
      // Prepare: free when checked, taken by Kota Bandung by the time the transaction ran.
      answerGuardReads(
        seed(),
        { Responses: { [TABLE_NAME]: [] } },
        { Responses: { [TABLE_NAME]: [guardItem(OTHER_NIP, OTHER_INSTANSI)] } },
      );
      ddb
        .on(TransactWriteCommand)
        .rejects(canceled('None', 'None', 'None', 'None', 'ConditionalCheckFailed'));

      // Act
      const result = await submit();

      // Assess
      expect(result.statusCode).toBe(422);
      expect(bodyOf(result)).toMatchObject({ code: 'USULAN-NIP-GANDA', details: [OTHER_NIP] });
      expect(guardReads()).toHaveLength(2);
    });

    it('answers 409 PROPOSAL_CHANGED when the re-check finds no NIP taken (the proposal version moved)', async () => {
      // Prepare
      seed();
      ddb
        .on(TransactWriteCommand)
        .rejects(canceled('ConditionalCheckFailed', 'None', 'None', 'None', 'None'));

      // Act
      const result = await submit();

      // Assess
      expect(result.statusCode).toBe(409);
      expect(bodyOf(result)).toMatchObject({ code: 'PROPOSAL_CHANGED' });
      expect(guardReads()).toHaveLength(2);
    });
  });

  it('answers 404 PROPOSAL_NOT_FOUND when the proposal was never opened', async () => {
    // Prepare
    serveTable(ddb, [programItem(aProgram({ status: 'OPEN' })), instansiItem(anInstansi(INSTANSI))]);

    // Act
    const result = await submit();

    // Assess
    expect(result.statusCode).toBe(404);
    expect(bodyOf(result)).toMatchObject({ code: 'PROPOSAL_NOT_FOUND' });
    expect(writeCalls(ddb)).toHaveLength(0);
  });

  it('keeps one submission of 40 candidates within the 100-item transaction limit', async () => {
    // Prepare: 40 Administrator candidates (quota 40), each with a distinct valid NIP.
    const nips = Array.from({ length: 40 }, (_, i) => `198503102010011${String(i + 1).padStart(3, '0')}`);
    const program = aProgram({
      status: 'OPEN',
      quotaPerInstansi: { JPT_PRATAMA: 1, ADMINISTRATOR: 40, PENGAWAS: 1 },
    });
    const candidates = nips.map((nip) => aCandidate({ nip, documents: allDocuments(nip) }));
    seed(ready({ candidateCount: 40 }), candidates, [], program);

    // Act
    const result = await submit();

    // Assess
    expect(result.statusCode).toBe(200);
    expect(transactItems(ddb)!.length).toBeLessThanOrEqual(100);
    expect(transactItems(ddb)).toHaveLength(81);
  });

  describe('in a programme allocated per Kanreg (Perban BKN 7/2020 Pasal 11a)', () => {
    const ALLOCATED = aProgram({ status: 'OPEN', allocatedPerKanreg: true });
    const allocationKey = { pk: `PROGRAM#${PROGRAM_ID}`, sk: `ALLOCATION#${KANREG}` };
    const allocation = (allocated: number, proposed: number) => ({
      ...allocationKey,
      entity: 'Allocation',
      programId: PROGRAM_ID,
      kanreg: KANREG,
      allocated,
      proposed,
      determined: 0,
    });

    it('counts the candidates against the Kanreg’s allocation in the submission’s own transaction', async () => {
      // Prepare: 5 allocated, 3 used; the proposal adds 2.
      seed(ready(), undefined, [allocation(5, 3)], ALLOCATED);

      // Act
      const result = await submit();

      // Assess
      expect(result.statusCode).toBe(200);
      expect(transactItems(ddb)!.at(-1)).toStrictEqual({
        Update: {
          TableName: TABLE_NAME,
          Key: allocationKey,
          ConditionExpression: '#allocated = :allocated AND #proposed <= :room',
          UpdateExpression: 'ADD #proposed :adding',
          ExpressionAttributeNames: { '#allocated': 'allocated', '#proposed': 'proposed' },
          ExpressionAttributeValues: { ':allocated': 5, ':room': 3, ':adding': 2 },
        },
      });
    });

    it('answers 422 ALOKASI-USULAN with the other reasons, writing nothing, when the region’s allocation has no room left', async () => {
      // Prepare: 5 allocated, 4 used.
      seed(ready({ letter: undefined }), undefined, [allocation(5, 4)], ALLOCATED);

      // Act
      const result = await submit();

      // Assess
      expect(result.statusCode).toBe(422);
      expect(bodyOf<{ details: { code: string }[] }>(result).details.map((v) => v.code)).toStrictEqual([
        'USULAN-SURAT-PIMPINAN',
        'ALOKASI-USULAN',
      ]);
      expect(writeCalls(ddb)).toHaveLength(0);
    });

    it('answers 422 ALOKASI-USULAN when another submission of the region took the last places before the commit', async () => {
      // Prepare: room when read; the allocation's condition failed at commit; used up when read again.
      seed(ready(), undefined, [], ALLOCATED);
      ddb
        .on(GetCommand, { Key: allocationKey })
        .resolvesOnce({ Item: allocation(5, 3) })
        .resolves({ Item: allocation(5, 5) });
      ddb
        .on(TransactWriteCommand)
        .rejects(canceled('None', 'None', 'None', 'None', 'None', 'ConditionalCheckFailed'));

      // Act
      const result = await submit();

      // Assess
      expect(result.statusCode).toBe(422);
      expect(bodyOf(result)).toMatchObject({ code: 'ALOKASI-USULAN' });
    });

    it('costs nothing to a central-government instansi, under no Kanreg', async () => {
      // Prepare
      const proposal = ready({ instansiCode: PUSAT_INSTANSI, kanreg: null, candidateCount: 1 });
      const candidate = aCandidate({
        instansiCode: PUSAT_INSTANSI,
        documents: allDocuments(NIP, PUSAT_INSTANSI),
      });
      seed(proposal, [candidate], [], ALLOCATED);

      // Act
      const result = await submit(PUSAT_INSTANSI);

      // Assess
      expect(result.statusCode).toBe(200);
      expect(writesOf(ddb).map((w) => w.sk)).not.toContain(`ALLOCATION#${KANREG}`);
      expect(ddb.commandCalls(GetCommand).map((c) => c.args[0].input.Key?.sk)).not.toContain(
        `ALLOCATION#${KANREG}`,
      );
    });
  });
});
