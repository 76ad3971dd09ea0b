import '../helpers/env';
import { operatorKey } from '../helpers/operators';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { handler } from '../../../functions/proposals/index';
import { apiEvent, bodyOf, type Claims } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { writesOf } from '../helpers/writes';
import { TABLE_NAME } from '../helpers/env';
import { aProgram, programItem, programKey, PROGRAM_ID } from '../helpers/programs';
import {
  aCandidate,
  anInstansi,
  aProposal,
  candidateItem,
  INSTANSI,
  instansiItem,
  instansiKey,
  instansiOperator,
  kanregOperator,
  KANREG_OPERATOR,
  NOW,
  OPERATOR,
  OTHER_NIP,
  proposalItem,
  proposalKey,
  proposalPartition,
  PUSAT_INSTANSI,
  serveTable,
  writeCalls,
  eachTestOnRegistryAt,
} from '../helpers/proposals';

const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('proposals');

const ROUTE = '{programId}/proposals/{instansiCode}';
const open = (
  instansiCode = INSTANSI,
  claims: Claims = instansiOperator(instansiCode),
  programId = PROGRAM_ID,
) =>
  handler(
    apiEvent(`PUT /programs/${ROUTE}`, { pathParameters: { programId, instansiCode }, claims }),
    context,
  );
const get = (instansiCode = INSTANSI, claims: Claims = instansiOperator(instansiCode)) =>
  handler(
    apiEvent(`GET /programs/${ROUTE}`, { pathParameters: { programId: PROGRAM_ID, instansiCode }, claims }),
    context,
  );

const registry = () => [
  programItem(aProgram({ status: 'OPEN' })),
  instansiItem(anInstansi(INSTANSI)),
  instansiItem(anInstansi(PUSAT_INSTANSI)),
];

describe('proposals: open and read', () => {
  eachTestOnRegistryAt(ddb, NOW);

  describe('PUT /programs/{programId}/proposals/{instansiCode} (openProposal)', () => {
    it('checks the instansi and reads the programme with the registry entry in one call, then writes a DRAFT proposal and answers 201 with it', async () => {
      // Prepare
      serveTable(ddb, registry());

      // Act
      const result = await open();

      // Assess
      // The instansi (the scope) and the programme (the route's prefetch) with the caller's registry entry:
      expect(ddb.calls()[0]!.args[0].input).toStrictEqual({
        RequestItems: {
          [TABLE_NAME]: {
            Keys: [
              operatorKey(String(instansiOperator().sub)),
              instansiKey(INSTANSI),
              programKey(PROGRAM_ID),
            ],
            ConsistentRead: true,
          },
        },
      });
      expect(ddb.commandCalls(GetCommand)).toHaveLength(0);
      const proposal = {
        programId: PROGRAM_ID,
        instansiCode: INSTANSI,
        instansiName: 'Pemerintah Kabupaten Bogor',
        kanreg: 'III',
        status: 'DRAFT',
        version: 0,
        candidateCount: 0,
        createdBy: OPERATOR,
        createdAt: NOW,
        updatedAt: NOW,
      };
      expect(writesOf(ddb)).toStrictEqual([{ op: 'Put', ...proposalKey(), entity: 'Proposal' }]);
      expect(ddb.commandCalls(PutCommand)[0]!.args[0].input.Item).toMatchObject(proposal);
      expect(result.statusCode).toBe(201);
      expect(bodyOf(result)).toStrictEqual(proposal);
    });

    it('opens a central-government proposal under no Kanreg', async () => {
      // Prepare
      serveTable(ddb, registry());

      // Act
      const result = await open(PUSAT_INSTANSI);

      // Assess
      expect(result.statusCode).toBe(201);
      expect(bodyOf(result)).toMatchObject({ instansiCode: PUSAT_INSTANSI, kanreg: null });
      expect(writesOf(ddb)).toStrictEqual([
        { op: 'Put', ...proposalKey(PUSAT_INSTANSI), entity: 'Proposal' },
      ]);
    });

    it('records the Kanreg operator who opened a proposal for a regional government', async () => {
      // Prepare
      serveTable(ddb, registry());

      // Act
      const result = await open(INSTANSI, kanregOperator());

      // Assess
      expect(result.statusCode).toBe(201);
      expect(bodyOf(result)).toMatchObject({ createdBy: KANREG_OPERATOR });
    });

    it('answers 200 with the stored proposal when the put finds one already there', async () => {
      // Prepare
      const existing = aProposal({ version: 7, candidateCount: 2 });
      serveTable(ddb, [...registry(), proposalItem(existing)]);
      ddb
        .on(PutCommand)
        .rejects(
          new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} }),
        );

      // Act
      const result = await open();

      // Assess
      expect(result.statusCode).toBe(200);
      expect(bodyOf(result)).toStrictEqual(existing);
      expect(writesOf(ddb)).toStrictEqual([{ op: 'Put', ...proposalKey(), entity: 'Proposal' }]);
    });

    it('answers 404 NOT_FOUND for a programme that does not exist, writing nothing', async () => {
      // Prepare
      serveTable(ddb, [instansiItem(anInstansi(INSTANSI))]);

      // Act
      const result = await open();

      // Assess
      expect(result.statusCode).toBe(404);
      expect(bodyOf(result)).toStrictEqual({ code: 'NOT_FOUND', message: 'Program tidak ditemukan.' });
      expect(writeCalls(ddb)).toHaveLength(0);
    });

    it('answers 404 INSTANSI_NOT_FOUND for an instansi BKN has not registered', async () => {
      // Prepare
      serveTable(ddb, [programItem(aProgram())]);

      // Act
      const result = await open();

      // Assess
      expect(result.statusCode).toBe(404);
      expect(bodyOf(result)).toMatchObject({ code: 'INSTANSI_NOT_FOUND' });
      expect(writeCalls(ddb)).toHaveLength(0);
    });

    it('answers 400 VALIDATION_FAILED for a malformed programme id, without a call', async () => {
      // Prepare
      const programId = 'prg_x#PROGRAM';

      // Act
      const result = await open(INSTANSI, instansiOperator(), programId);

      // Assess
      expect(result.statusCode).toBe(400);
      expect(bodyOf(result)).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [expect.objectContaining({ path: 'params.programId' })],
      });
      expect(ddb.calls()).toHaveLength(0);
    });
  });

  describe('GET /programs/{programId}/proposals/{instansiCode} (getProposal)', () => {
    it('answers the proposal with its candidates, without the session’s decisions', async () => {
      // Prepare
      const proposal = aProposal({ candidateCount: 2 });
      const first = aCandidate();
      const second = aCandidate({ nip: OTHER_NIP, scheme: 'PENGAWAS' });
      serveTable(ddb, [
        ...registry(),
        proposalItem(proposal),
        candidateItem(first),
        candidateItem(second),
        {
          pk: proposalPartition(),
          sk: `DECISION#${first.nip}#2026-04-20T02:00:00.000Z#1a2b3c4d`,
          outcome: 'ACCEPTED',
        },
      ]);

      // Act
      const result = await get();

      // Assess
      expect(ddb.commandCalls(QueryCommand)).toHaveLength(1);
      expect(result.statusCode).toBe(200);
      expect(bodyOf(result)).toStrictEqual({ ...proposal, candidates: [first, second] });
    });

    it('answers the candidates of every page of the partition', async () => {
      // Prepare
      serveTable(ddb, registry());
      const proposal = aProposal();
      const candidate = aCandidate();
      const lastKey = { pk: proposalPartition(), sk: '#PROPOSAL' };
      ddb
        .on(QueryCommand)
        .resolvesOnce({ Items: [proposalItem(proposal)], LastEvaluatedKey: lastKey })
        .resolvesOnce({ Items: [candidateItem(candidate)] });

      // Act
      const result = await get();

      // Assess
      expect(ddb.commandCalls(QueryCommand)).toHaveLength(2);
      expect(bodyOf(result)).toStrictEqual({ ...proposal, candidates: [candidate] });
    });

    it('answers 404 PROPOSAL_NOT_FOUND when the instansi has not opened a proposal', async () => {
      // Prepare
      serveTable(ddb, registry());

      // Act
      const result = await get();

      // Assess
      expect(result.statusCode).toBe(404);
      expect(bodyOf(result)).toMatchObject({ code: 'PROPOSAL_NOT_FOUND' });
    });
  });
});
