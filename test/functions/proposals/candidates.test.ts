import '../helpers/env';
import { operatorKey, serveRegistry } from '../helpers/operators';
import { ThrottlingException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  GetCommand,
  TransactWriteCommand,
  type BatchGetCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { handler } from '../../../functions/proposals/index';
import type { Candidate, Proposal } from '../../../events/api/proposal';
import { apiEvent, bodyOf, type ApiEventOptions } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { writesOf } from '../helpers/writes';
import { TABLE_NAME } from '../helpers/env';
import { aProgram, programItem, PROGRAM_ID } from '../helpers/programs';
import {
  aCandidate,
  aCandidateInput,
  anInstansi,
  aProposal,
  candidateItem,
  candidateKey,
  INSTANSI,
  instansiItem,
  instansiKey,
  instansiOperator,
  kanregOperator,
  NIP,
  NOW,
  OPERATOR,
  OTHER_NIP,
  proposalItem,
  proposalKey,
  serveTable,
  transactItems,
  writeCalls,
  ALL_OPERATORS,
  eachTestOnRegistryAt,
} from '../helpers/proposals';
import { cancelled as canceled } from '../../adapters/dynamodb/dynamodb-errors';

const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('proposals');

const ROUTE = '/programs/{programId}/proposals/{instansiCode}/candidates/{nip}';
const path = (nip: string) => ({ programId: PROGRAM_ID, instansiCode: INSTANSI, nip });
/** The calls that read the proposal's partition (or the programme): none may precede the NIP rules. */
const proposalReads = () => ddb.calls().filter((c) => /PROPOSAL#|PROGRAM#/.test(JSON.stringify(c.args[0])));

const put = (body: unknown, nip = NIP, options: ApiEventOptions = {}) =>
  handler(
    apiEvent(`PUT ${ROUTE}`, { pathParameters: path(nip), body, claims: instansiOperator(), ...options }),
    context,
  );
const remove = (nip = NIP) =>
  handler(apiEvent(`DELETE ${ROUTE}`, { pathParameters: path(nip), claims: instansiOperator() }), context);

function seed(proposal: Proposal = aProposal(), candidates: Candidate[] = []) {
  serveTable(ddb, [
    programItem(aProgram({ status: 'OPEN' })),
    instansiItem(anInstansi(INSTANSI)),
    proposalItem(proposal),
    ...candidates.map(candidateItem),
  ]);
}

/** What every candidate change writes, in one transaction: the candidate, and the proposal's version. */
const candidateChange = (op: 'Put' | 'Delete', nip = NIP) => [
  { op, ...candidateKey(nip), ...(op === 'Put' ? { entity: 'Candidate' } : {}) },
  { op: 'Update', ...proposalKey() },
];

describe('proposal candidates', () => {
  eachTestOnRegistryAt(ddb, NOW);

  describe('PUT …/candidates/{nip} (putCandidate)', () => {
    it('adds a new candidate as a DRAFT with the proposal’s version bump, answering 201', async () => {
      // Prepare
      seed();

      // Act
      const result = await put(aCandidateInput());

      // Assess
      const candidate = {
        ...aCandidateInput(),
        nip: NIP,
        programId: PROGRAM_ID,
        instansiCode: INSTANSI,
        status: 'DRAFT',
        documents: {},
        updatedBy: OPERATOR,
        updatedAt: NOW,
      };
      expect(writesOf(ddb)).toStrictEqual(candidateChange('Put'));
      expect(transactItems(ddb)![0]!.Put!.Item).toMatchObject(candidate);
      expect(result.statusCode).toBe(201);
      expect(bodyOf(result)).toStrictEqual(candidate);
    });

    it("keeps the candidate's optional contact (e-mail and phone), the address notifications go to", async () => {
      // Prepare
      seed();
      const contact = { email: 'dewi.lestari@bogorkab.go.id', phone: '+62 812-3456-7890' };

      // Act
      const result = await put({ ...aCandidateInput(), contact });

      // Assess
      expect(result.statusCode).toBe(201);
      expect(transactItems(ddb)![0]!.Put!.Item).toMatchObject({ contact });
      expect(bodyOf(result)).toMatchObject({ contact });
    });

    it.each([
      ['an e-mail address that is none', { email: 'dewi.lestari' }],
      ['a phone number with letters', { phone: '0812-ABCD' }],
      ['an unknown field', { email: 'dewi@bogorkab.go.id', fax: '021' }],
    ])('refuses a contact with %s: 400 VALIDATION_FAILED, writing nothing', async (_case, contact) => {
      // Prepare
      seed();

      // Act
      const result = await put({ ...aCandidateInput(), contact });

      // Assess
      expect(result.statusCode).toBe(400);
      expect(bodyOf(result)).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(writesOf(ddb)).toStrictEqual([]);
    });

    it('replaces a draft candidate, keeping its documents, answering 200', async () => {
      // Prepare
      const existing = aCandidate();
      seed(aProposal(), [existing]);
      const corrected = aCandidateInput({ name: 'Dewi Lestari, S.Sos., M.Si.' });

      // Act
      const result = await put(corrected);

      // Assess
      expect(writesOf(ddb)).toStrictEqual(candidateChange('Put'));
      expect(transactItems(ddb)![0]!.Put!.Item).toMatchObject({
        name: 'Dewi Lestari, S.Sos., M.Si.',
        status: 'DRAFT',
        documents: existing.documents,
      });
      expect(result.statusCode).toBe(200);
    });

    it('corrects a candidate the session sent back while the proposal NEEDS_FIX, keeping it DOCUMENT_REQUESTED', async () => {
      // Prepare
      seed(aProposal({ status: 'NEEDS_FIX' }), [aCandidate({ status: 'DOCUMENT_REQUESTED' })]);

      // Act
      const result = await put(aCandidateInput());

      // Assess
      expect(result.statusCode).toBe(200);
      expect(bodyOf(result)).toMatchObject({ status: 'DOCUMENT_REQUESTED' });
      expect(writesOf(ddb)).toStrictEqual(candidateChange('Put'));
      expect(transactItems(ddb)![0]!.Put!.Item).toMatchObject({ status: 'DOCUMENT_REQUESTED' });
    });

    // BUG functions/proposals/put-candidate.ts:34-43 (with saveCandidate in
    // adapters/dynamodb/proposal-repository.ts:175-198): the corrected candidate is built from the body alone and
    // written with a whole-item Put, so the session's `decision` (which documents it asked for, and why) and the
    // `eligibility` report vanish from the candidate. getProposal never reads the DECISION# history, so the
    // instansi can no longer see what it was asked for.
    it('keeps the session decision and eligibility report on a DOCUMENT_REQUESTED candidate it corrects', async () => {
      // Prepare
      const decision = {
        outcome: 'DOCUMENT_REQUESTED' as const,
        reason: 'Surat keterangan sehat sudah kedaluwarsa.',
        documents: ['SURAT_KETERANGAN_SEHAT' as const],
        decidedBy: 'bkn-admin-1',
        decidedAt: '2026-04-20T02:00:00.000Z',
      };
      const eligibility = { eligible: true, evaluatedAt: '2026-04-10T02:00:00.000Z', checks: [] };
      seed(aProposal({ status: 'NEEDS_FIX' }), [
        aCandidate({ status: 'DOCUMENT_REQUESTED', decision, eligibility }),
      ]);

      // Act
      const result = await put(aCandidateInput());

      // Assess
      expect(result.statusCode).toBe(200);
      expect(transactItems(ddb)![0]!.Put!.Item).toMatchObject({ decision, eligibility });
      expect(bodyOf(result)).toMatchObject({ decision });
    });

    // BUG functions/proposals/put-candidate.ts:25-26: only a missing candidate is checked against the proposal
    // status. An ACCEPTED (or REJECTED, SUBMITTED) candidate of a NEEDS_FIX proposal goes to the transaction, whose
    // condition refuses it, and the caller is told 409 PROPOSAL_CHANGED "reload and retry", which can never succeed.
    // documents.ts (editableCandidate) refuses the same case up front with PROPOSAL_NOT_EDITABLE.
    it('answers 409 PROPOSAL_NOT_EDITABLE, without a write, for an ACCEPTED candidate of a NEEDS_FIX proposal', async () => {
      // Prepare
      seed(aProposal({ status: 'NEEDS_FIX' }), [aCandidate({ status: 'ACCEPTED' })]);

      // Act
      const result = await put(aCandidateInput());

      // Assess
      expect(result.statusCode).toBe(409);
      expect(bodyOf(result)).toMatchObject({ code: 'PROPOSAL_NOT_EDITABLE' });
      expect(writeCalls(ddb)).toHaveLength(0);
    });

    it.each([
      ['SUBMITTED', [] as Candidate[]],
      ['SUBMITTED', [aCandidate({ status: 'SUBMITTED' })]],
      ['NEEDS_FIX', [] as Candidate[]],
    ] as const)(
      'answers 409 PROPOSAL_NOT_EDITABLE when the proposal is %s (existing: %j), writing nothing',
      async (status, candidates) => {
        // Prepare: a new candidate cannot join a submitted or sent-back proposal.
        seed(aProposal({ status }), [...candidates]);

        // Act
        const result = await put(aCandidateInput());

        // Assess
        expect(result.statusCode).toBe(409);
        expect(bodyOf(result)).toMatchObject({ code: 'PROPOSAL_NOT_EDITABLE' });
        expect(writeCalls(ddb)).toHaveLength(0);
      },
    );

    it('answers 422 USULAN-BATAS-CALON for a 41st candidate, writing nothing', async () => {
      // Prepare
      seed(aProposal({ candidateCount: 40 }));

      // Act
      const result = await put(aCandidateInput());

      // Assess
      expect(result.statusCode).toBe(422);
      expect(bodyOf(result)).toMatchObject({ code: 'USULAN-BATAS-CALON' });
      expect(writeCalls(ddb)).toHaveLength(0);
    });

    it('accepts the 40th candidate', async () => {
      // Prepare
      seed(aProposal({ candidateCount: 39 }));

      // Act
      const result = await put(aCandidateInput());

      // Assess
      expect(result.statusCode).toBe(201);
    });

    it('lets a candidate already in a full proposal be corrected', async () => {
      // Prepare
      seed(aProposal({ candidateCount: 40 }), [aCandidate()]);

      // Act
      const result = await put(aCandidateInput());

      // Assess
      expect(result.statusCode).toBe(200);
    });

    it('answers 409 PROPOSAL_CHANGED when the transaction is cancelled on a condition', async () => {
      // Prepare
      seed();
      ddb.on(TransactWriteCommand).rejects(canceled('ConditionalCheckFailed', 'None'));

      // Act
      const result = await put(aCandidateInput());

      // Assess
      expect(result.statusCode).toBe(409);
      expect(bodyOf(result)).toMatchObject({ code: 'PROPOSAL_CHANGED' });
    });

    it('answers 409 PROPOSAL_CHANGED when only the proposal condition failed (submitted meanwhile)', async () => {
      // Prepare
      seed();
      ddb.on(TransactWriteCommand).rejects(canceled('None', 'ConditionalCheckFailed'));

      // Act
      const result = await put(aCandidateInput());

      // Assess
      expect(result.statusCode).toBe(409);
      expect(bodyOf(result)).toMatchObject({ code: 'PROPOSAL_CHANGED' });
    });

    // BUG adapters/dynamodb/proposal-repository.ts:79-82 (transact): a transaction cancelled only because another
    // transaction touched the same proposal item at the same time (reason TransactionConflict, a normal race between
    // two operators) is rethrown as is, and `asHttpError` in runtime/http/error-responder.ts turns it into
    // 500 INTERNAL_ERROR. It is a concurrent change: 409 PROPOSAL_CHANGED (or 503 to retry) is the answer.
    it('answers 409 or 503, not 500, when the transaction is cancelled by a conflicting transaction', async () => {
      // Prepare
      seed();
      ddb.on(TransactWriteCommand).rejects(canceled('None', 'TransactionConflict'));

      // Act
      const result = await put(aCandidateInput());

      // Assess
      expect([409, 503]).toContain(result.statusCode);
    });

    it('answers 503 SERVICE_BUSY with retry-after when DynamoDB throttles', async () => {
      // Prepare
      seed();
      ddb
        .on(TransactWriteCommand)
        .rejects(new ThrottlingException({ message: 'Rate exceeded', $metadata: {} }));

      // Act
      const result = await put(aCandidateInput());

      // Assess
      expect(result.statusCode).toBe(503);
      expect(result.headers).toMatchObject({ 'retry-after': '1' });
      expect(bodyOf(result)).toMatchObject({ code: 'SERVICE_BUSY' });
    });

    it('answers 404 PROPOSAL_NOT_FOUND when the proposal was not opened', async () => {
      // Prepare
      serveTable(ddb, [programItem(aProgram()), instansiItem(anInstansi(INSTANSI))]);

      // Act
      const result = await put(aCandidateInput());

      // Assess
      expect(result.statusCode).toBe(404);
      expect(bodyOf(result)).toMatchObject({ code: 'PROPOSAL_NOT_FOUND' });
      expect(writeCalls(ddb)).toHaveLength(0);
    });

    describe('NIP rules (before the proposal is read)', () => {
      it('answers 422 NIP-TGL-LAHIR for a NIP whose birth date does not exist (30 February)', async () => {
        // Prepare
        seed();
        const nip = '198502302010011002';

        // Act
        const result = await put(aCandidateInput(), nip);

        // Assess
        expect(result.statusCode).toBe(422);
        expect(bodyOf(result)).toMatchObject({
          code: 'NIP-TGL-LAHIR',
          details: [{ code: 'NIP-TGL-LAHIR', field: 'nip.birthDate' }],
        });
        expect(proposalReads()).toHaveLength(0);
      });

      it('answers 422 RULES_NOT_MET listing every NIP rule broken', async () => {
        // Prepare: 30 February, CPNS month 13, sex digit 3, number 000.
        seed();
        const nip = '198502302010133000';

        // Act
        const result = await put(aCandidateInput(), nip);

        // Assess
        expect(result.statusCode).toBe(422);
        const error = bodyOf<{ code: string; details: { code: string }[] }>(result);
        expect(error.code).toBe('RULES_NOT_MET');
        expect(error.details.map((v) => v.code)).toStrictEqual([
          'NIP-TGL-LAHIR',
          'NIP-TMT-CPNS',
          'NIP-JENIS-KELAMIN',
          'NIP-NOMOR-URUT',
        ]);
        expect(proposalReads()).toHaveLength(0);
      });

      it('answers 422 NIP-USIA-CPNS-18 for someone who would have been a CPNS at 17', async () => {
        // Prepare: born March 1993, CPNS from January 2010.
        seed();
        const nip = '199303102010011002';

        // Act
        const result = await put(aCandidateInput(), nip);

        // Assess
        expect(result.statusCode).toBe(422);
        expect(bodyOf(result)).toMatchObject({ code: 'NIP-USIA-CPNS-18' });
        expect(proposalReads()).toHaveLength(0);
      });
    });

    describe('request parsing (nothing reaches DynamoDB)', () => {
      it.each([
        ['an unknown field', { ...aCandidateInput(), nik: '3201010101010001' }, 'body'],
        [
          'a level sent as a string',
          aCandidateInput({ position: { ...aCandidateInput().position, level: '3' as never } }),
          'body.position.level',
        ],
        [
          'an unknown rank',
          aCandidateInput({ position: { ...aCandidateInput().position, rank: 'V/a' as never } }),
          'body.position.rank',
        ],
        [
          'an unknown rating',
          aCandidateInput({ performance: [{ year: 2025, rating: 'ISTIMEWA' as never }] }),
          'body.performance.0.rating',
        ],
        [
          'a date that is not ISO',
          aCandidateInput({ position: { ...aCandidateInput().position, since: '02/01/2023' } }),
          'body.position.since',
        ],
        ['a missing scheme', (({ scheme: _s, ...rest }) => rest)(aCandidateInput()), 'body.scheme'],
      ])('answers 400 VALIDATION_FAILED for %s', async (_case, body, where) => {
        // Prepare
        seed();

        // Act
        const result = await put(body);

        // Assess
        expect(result.statusCode).toBe(400);
        expect(bodyOf(result)).toMatchObject({
          code: 'VALIDATION_FAILED',
          details: expect.arrayContaining([expect.objectContaining({ path: where })]),
        });
        expect(proposalReads()).toHaveLength(0);
      });

      it('NAMA-KARAKTER-KENDALI: stores a name sent in NFD (decomposed accents) in NFC', async () => {
        // Prepare
        seed();
        const nfd = 'Jose\u0301 Nu\u0301n\u0303ez, S.Sos.';

        // Act
        const result = await put(aCandidateInput({ name: nfd }));

        // Assess
        expect(result.statusCode).toBe(201);
        expect(transactItems(ddb)![0]!.Put!.Item!.name).toBe('José Núñez, S.Sos.');
        expect(bodyOf(result)).toMatchObject({ name: 'José Núñez, S.Sos.' });
      });

      it('NAMA-KARAKTER-KENDALI: answers 400 with the rule code for a name with a right-to-left override', async () => {
        // Prepare
        seed();

        // Act
        const result = await put(aCandidateInput({ name: 'Dewi \u202ELestari' }));

        // Assess
        expect(result.statusCode).toBe(400);
        expect(bodyOf(result)).toStrictEqual({
          code: 'NAMA-KARAKTER-KENDALI',
          message:
            'Nama tidak boleh memuat karakter kendali atau tak terlihat: U+202E (pengarah teks dua arah) pada posisi 6.',
          details: [
            {
              path: 'body.name',
              code: 'NAMA-KARAKTER-KENDALI',
              article: 'Peraturan LAN 6/2022 Pasal 34(1); Perka BKN 11/2008 Anak Lampiran (5), (11)',
              message:
                'Nama tidak boleh memuat karakter kendali atau tak terlihat: U+202E (pengarah teks dua arah) pada posisi 6.',
            },
          ],
        });
        expect(ddb.calls()).toHaveLength(0);
      });

      it('TEKS-KARAKTER-KENDALI: a zero-width space in the position title is refused with its own code, next to a short name', async () => {
        // Prepare
        seed();
        const position = { ...aCandidateInput().position, title: 'Kepala\u200B Bidang' };

        // Act
        const result = await put(aCandidateInput({ name: 'Ab', position }));

        // Assess: two issues of different kinds, so the answer is VALIDATION_FAILED listing both.
        expect(result.statusCode).toBe(400);
        expect(bodyOf(result)).toMatchObject({
          code: 'VALIDATION_FAILED',
          details: expect.arrayContaining([
            expect.objectContaining({ path: 'body.name', code: 'too_small' }),
            expect.objectContaining({ path: 'body.position.title', code: 'TEKS-KARAKTER-KENDALI' }),
          ]),
        });
        expect(ddb.calls()).toHaveLength(0);
      });

      it.each([
        ['17 digits', '19850310201001100'],
        ['letters', '19850310201001100X'],
      ])('answers 400 VALIDATION_FAILED for a NIP of %s in the path', async (_case, nip) => {
        // Prepare
        seed();

        // Act
        const result = await put(aCandidateInput(), nip);

        // Assess
        expect(result.statusCode).toBe(400);
        expect(bodyOf(result)).toMatchObject({
          code: 'VALIDATION_FAILED',
          details: [expect.objectContaining({ path: 'params.nip' })],
        });
        expect(proposalReads()).toHaveLength(0);
      });

      it('answers 400 MALFORMED_JSON for a body that is not JSON', async () => {
        // Prepare
        seed();

        // Act
        const result = await put('{"name": "Dewi",');

        // Assess
        expect(result.statusCode).toBe(400);
        expect(bodyOf(result)).toMatchObject({ code: 'MALFORMED_JSON' });
        expect(proposalReads()).toHaveLength(0);
      });
    });
  });

  describe('DELETE …/candidates/{nip} (deleteCandidate)', () => {
    it('deletes a draft candidate with the proposal’s version bump, answering 204', async () => {
      // Prepare
      seed(aProposal({ candidateCount: 2 }), [aCandidate(), aCandidate({ nip: OTHER_NIP })]);

      // Act
      const result = await remove();

      // Assess
      expect(writesOf(ddb)).toStrictEqual(candidateChange('Delete'));
      expect(result.statusCode).toBe(204);
      expect(result.body).toBeUndefined();
    });

    it.each(['SUBMITTED', 'NEEDS_FIX'] as const)(
      'answers 409 PROPOSAL_NOT_EDITABLE when the proposal is %s, writing nothing',
      async (status) => {
        // Prepare
        seed(aProposal({ status }), [aCandidate({ status: 'SUBMITTED' })]);

        // Act
        const result = await remove();

        // Assess
        expect(result.statusCode).toBe(409);
        expect(bodyOf(result)).toMatchObject({ code: 'PROPOSAL_NOT_EDITABLE' });
        expect(writeCalls(ddb)).toHaveLength(0);
      },
    );

    it('answers 404 CANDIDATE_NOT_FOUND for a NIP not in the proposal', async () => {
      // Prepare
      seed(aProposal(), [aCandidate()]);

      // Act
      const result = await remove(OTHER_NIP);

      // Assess
      expect(result.statusCode).toBe(404);
      expect(bodyOf(result)).toMatchObject({ code: 'CANDIDATE_NOT_FOUND' });
      expect(writeCalls(ddb)).toHaveLength(0);
    });

    it('answers 409 PROPOSAL_CHANGED when the proposal was submitted meanwhile', async () => {
      // Prepare
      seed(aProposal(), [aCandidate()]);
      ddb.on(TransactWriteCommand).rejects(canceled('None', 'ConditionalCheckFailed'));

      // Act
      const result = await remove();

      // Assess
      expect(result.statusCode).toBe(409);
      expect(bodyOf(result)).toMatchObject({ code: 'PROPOSAL_CHANGED' });
    });
  });
});

describe('what a candidate route reads', () => {
  beforeEach(() => {
    ddb.reset();
    serveRegistry(ddb, ...ALL_OPERATORS());
    seed();
  });

  const keysOf = (call: { args: [{ input: object }] }) =>
    ((call.args[0].input as BatchGetCommandInput).RequestItems?.[TABLE_NAME]?.Keys ?? []).map((k) => k.pk);
  const batches = () => ddb.commandCalls(BatchGetCommand).map(keysOf);

  it.each([
    ["the instansi's own operator", () => instansiOperator()],
    ['a Kanreg operator of its region', () => kanregOperator()],
  ])(
    'reads, for %s, the registry entry and the instansi (the scope) in one strongly consistent BatchGet, then programme, proposal and candidate in another',
    async (_case, claims) => {
      const caller = claims();
      const result = await put(aCandidateInput(), NIP, { claims: caller });
      expect(result.statusCode).toBe(201);
      expect(ddb.commandCalls(GetCommand)).toHaveLength(0);
      expect(batches()).toEqual([
        [operatorKey(String(caller.sub)).pk, instansiKey(INSTANSI).pk],
        [`PROGRAM#${PROGRAM_ID}`, proposalKey().pk, candidateKey(NIP).pk],
      ]);
      for (const batch of ddb.commandCalls(BatchGetCommand)) {
        expect(batch.args[0].input.RequestItems?.[TABLE_NAME]?.ConsistentRead).toBe(true);
      }
    },
  );
});
