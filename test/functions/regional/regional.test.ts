import '../helpers/env';
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/regional/index';
import type { RegionalProgram } from '../../../events/api/regional';
import { cancelled } from '../../adapters/dynamodb/dynamodb-errors';
import { apiEvent, bodyOf, type Claims } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { aProgram, programItem, PROGRAM_ID } from '../helpers/programs';
import {
  anInstansi,
  bknAdmin,
  FAR_INSTANSI,
  INSTANSI,
  instansiItem,
  kanregOperator,
  OTHER_KANREG,
  serveTable,
  writeCalls,
} from '../helpers/proposals';
import { writesOf } from '../helpers/writes';

/*
 * The regional stage's handler (Perban BKN 7/2020 Pasal 7, 8, 11): each route's answer and the writes it sends,
 * against a mocked table.
 */

const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('regional');
const NOW = '2026-03-02T03:00:00.000Z';

const call = (
  routeKey: string,
  claims: Claims,
  options: { pathParameters?: Record<string, string>; body?: unknown; query?: Record<string, string> } = {},
) =>
  handler(
    apiEvent(routeKey, {
      claims,
      ...(options.pathParameters ? { pathParameters: options.pathParameters } : {}),
      ...(options.body === undefined ? {} : { body: options.body }),
      ...(options.query ? { queryStringParameters: options.query } : {}),
    }),
    context,
  );

const ALLOCATION_KEY = { pk: `PROGRAM#${PROGRAM_ID}`, sk: 'ALLOCATION#III' };
const setAllocation = (candidates: number) =>
  call('PUT /programs/{programId}/allocations/{kanregCode}', bknAdmin(), {
    pathParameters: { programId: PROGRAM_ID, kanregCode: 'III' },
    body: { candidates },
  });

const REQUEST = {
  name: 'Sertifikasi Manajemen ASN Kabupaten Bogor 2026',
  year: 2026,
  schemes: ['ADMINISTRATOR'],
  proposalWindow: { opensAt: '2026-04-01T08:00:00+07:00', closesAt: '2026-04-14T16:00:00+07:00' },
  quotaPerInstansi: { ADMINISTRATOR: 10 },
  cohortPlan: [
    { number: 1, scheme: 'ADMINISTRATOR', capacity: 30, startDate: '2026-05-11', endDate: '2026-05-12' },
  ],
  initiatorInstansi: INSTANSI,
  funding: {
    source: 'APBD_KABUPATEN_KOTA',
    funder: { instansiCode: INSTANSI, name: 'Pemerintah Kabupaten Bogor' },
    agreement: {
      reference: '800/7/BKPSDM/2026',
      agreedOn: '2026-02-20',
      scheduleFrom: '2026-05-01',
      scheduleUntil: '2026-06-30',
    },
  },
  testSite: { name: 'Aula Kantor Regional III BKN', address: 'Jl. Surapati No. 1, Bandung' },
  candidates: 12,
};
const propose = (body: unknown = REQUEST, claims = kanregOperator()) =>
  call('POST /regional-programs', claims, { body });

const PROPOSED: RegionalProgram = {
  id: 'rpg_6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
  kanreg: 'III',
  status: 'PROPOSED',
  initiator: { code: INSTANSI, name: 'Pemerintah Kabupaten Bogor' },
  draft: {
    name: REQUEST.name,
    year: REQUEST.year,
    schemes: ['ADMINISTRATOR'],
    proposalWindow: REQUEST.proposalWindow,
    quotaPerInstansi: REQUEST.quotaPerInstansi,
    cohortPlan: [
      { number: 1, scheme: 'ADMINISTRATOR', capacity: 30, startDate: '2026-05-11', endDate: '2026-05-12' },
    ],
  },
  funding: { ...REQUEST.funding, source: 'APBD_KABUPATEN_KOTA' },
  testSite: { kanreg: 'III', ...REQUEST.testSite },
  candidates: 12,
  proposedBy: 'operator-kanreg-3',
  proposedAt: '2026-03-01T03:00:00.000Z',
};
const regionalItem = (program: RegionalProgram) => ({
  pk: `REGIONAL_PROGRAM#${program.id}`,
  sk: '#REGIONAL_PROGRAM',
  entity: 'RegionalProgram',
  ...program,
});
const decide = (body: unknown) =>
  call('POST /regional-programs/{regionalProgramId}/decision', bknAdmin(), {
    pathParameters: { regionalProgramId: PROPOSED.id },
    body,
  });
const COORDINATION = { heldOn: '2026-03-02', reference: 'ND-17/Pusbang ASN/III/2026' };

describe('regional stage (functions/regional)', () => {
  beforeEach(() => {
    ddb.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(NOW));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  describe('PUT /programs/{programId}/allocations/{kanregCode} (setAllocation)', () => {
    it('sets the allocation and marks the programme allocated in one transaction (RG3), answering it with its use', async () => {
      // Prepare
      serveTable(ddb, [programItem(aProgram())]);
      ddb
        .on(GetCommand, { Key: ALLOCATION_KEY })
        .resolvesOnce({})
        .resolves({
          Item: {
            ...ALLOCATION_KEY,
            programId: PROGRAM_ID,
            kanreg: 'III',
            allocated: 30,
            proposed: 0,
            determined: 0,
          },
        });

      // Act
      const result = await setAllocation(30);

      // Assess
      expect(result.statusCode).toBe(200);
      expect(bodyOf(result)).toMatchObject({
        programId: PROGRAM_ID,
        kanreg: 'III',
        allocated: 30,
        proposed: 0,
      });
      expect(writesOf(ddb)).toStrictEqual([
        { op: 'Update', pk: `PROGRAM#${PROGRAM_ID}`, sk: '#PROGRAM' },
        { op: 'Update', ...ALLOCATION_KEY },
      ]);
    });

    it('answers 422 ALOKASI-SEBELUM-USULAN, writing nothing, for a first allocation once the window opened', async () => {
      // Prepare
      serveTable(ddb, [
        programItem(
          aProgram({
            status: 'OPEN',
            proposalWindow: { opensAt: '2026-03-01T01:00:00.000Z', closesAt: '2026-03-14T09:00:00.000Z' },
          }),
        ),
      ]);

      // Act
      const result = await setAllocation(30);

      // Assess
      expect(result.statusCode).toBe(422);
      expect(bodyOf(result)).toMatchObject({ code: 'ALOKASI-SEBELUM-USULAN' });
      expect(writeCalls(ddb)).toHaveLength(0);
    });

    it('answers 409 ALLOCATION_CHANGED when the allocation moved at commit but the rules still hold', async () => {
      // Prepare
      serveTable(ddb, [programItem(aProgram())]);
      ddb.on(TransactWriteCommand).rejects(cancelled('None', 'ConditionalCheckFailed'));

      // Act
      const result = await setAllocation(30);

      // Assess
      expect(result.statusCode).toBe(409);
      expect(bodyOf(result)).toMatchObject({ code: 'ALLOCATION_CHANGED' });
    });

    it('answers 404 for a programme that does not exist', async () => {
      serveTable(ddb, []);

      expect((await setAllocation(30)).statusCode).toBe(404);
    });
  });

  describe('GET /programs/{programId}/allocations (listAllocations)', () => {
    it('gives BKN every Kanreg’s (RG2) and a Kanreg operator its own only (RG1), zero when none', async () => {
      // Prepare
      serveTable(ddb, [programItem(aProgram())]);
      ddb.on(QueryCommand).resolves({
        Items: [
          {
            ...ALLOCATION_KEY,
            programId: PROGRAM_ID,
            kanreg: 'III',
            allocated: 5,
            proposed: 1,
            determined: 0,
          },
        ],
      });

      // Act
      const all = await call('GET /programs/{programId}/allocations', bknAdmin(), {
        pathParameters: { programId: PROGRAM_ID },
      });
      const own = await call('GET /programs/{programId}/allocations', kanregOperator(OTHER_KANREG), {
        pathParameters: { programId: PROGRAM_ID },
      });

      // Assess
      expect(bodyOf(all)).toStrictEqual({
        items: [{ programId: PROGRAM_ID, kanreg: 'III', allocated: 5, proposed: 1, determined: 0 }],
      });
      expect(bodyOf(own)).toStrictEqual({
        items: [{ programId: PROGRAM_ID, kanreg: OTHER_KANREG, proposed: 0, determined: 0 }],
      });
    });
  });

  describe('POST /regional-programs (proposeRegionalProgram)', () => {
    it('records the proposal of a Kanreg for a regional government of its region (RG6), its test site at the Kanreg', async () => {
      // Prepare
      serveTable(ddb, [instansiItem(anInstansi(INSTANSI))]);
      ddb.on(PutCommand).resolves({});

      // Act
      const result = await propose();

      // Assess
      expect(result.statusCode).toBe(201);
      const body = bodyOf<RegionalProgram>(result);
      expect(body).toMatchObject({
        kanreg: 'III',
        status: 'PROPOSED',
        initiator: { code: INSTANSI, name: 'Pemerintah Kabupaten Bogor' },
        testSite: { kanreg: 'III', name: 'Aula Kantor Regional III BKN' },
        candidates: 12,
        proposedAt: NOW,
      });
      expect(result.headers).toMatchObject({ location: `/regional-programs/${body.id}` });
      expect(writesOf(ddb)).toStrictEqual([
        { op: 'Put', pk: `REGIONAL_PROGRAM#${body.id}`, sk: '#REGIONAL_PROGRAM', entity: 'RegionalProgram' },
      ]);
    });

    it('answers 422 with every reason, writing nothing: another region’s initiator (PROGRAM-DAERAH-INISIATOR) and a cohort outside the agreed schedule (DANA-JADWAL)', async () => {
      // Prepare
      serveTable(ddb, [instansiItem(anInstansi(FAR_INSTANSI))]);
      const body = {
        ...REQUEST,
        initiatorInstansi: FAR_INSTANSI,
        cohortPlan: [{ ...REQUEST.cohortPlan[0], startDate: '2026-07-06', endDate: '2026-07-07' }],
      };

      // Act
      const result = await propose(body);

      // Assess
      expect(result.statusCode).toBe(422);
      expect(bodyOf<{ details: { code: string }[] }>(result).details.map((v) => v.code)).toStrictEqual([
        'DANA-JADWAL',
        'PROGRAM-DAERAH-INISIATOR',
      ]);
      expect(writeCalls(ddb)).toHaveLength(0);
    });

    it('answers 403 FORBIDDEN_ROLE to BKN, which approves rather than proposes', async () => {
      serveTable(ddb, []);

      expect((await propose(REQUEST, bknAdmin())).statusCode).toBe(403);
    });
  });

  describe('GET /regional-programs (listRegionalPrograms)', () => {
    const list = (claims: Claims, query?: Record<string, string>) =>
      call('GET /regional-programs', claims, query ? { query } : {});
    const listingKey = {
      pk: `REGIONAL_PROGRAM#${PROPOSED.id}`,
      sk: '#REGIONAL_PROGRAM',
      gsi2pk: 'KANREG#III#REGIONAL_PROGRAMS',
      gsi2sk: `PROPOSED#${PROPOSED.proposedAt}#${PROPOSED.id}`,
    };

    it('answers one page of 100 by default, the Kanreg its own proposals only, with the cursor of the next page', async () => {
      // Prepare
      serveTable(ddb, []);
      ddb
        .on(QueryCommand, { IndexName: 'gsi2' })
        .resolves({ Items: [{ ...listingKey, ...regionalItem(PROPOSED) }], LastEvaluatedKey: listingKey });

      // Act
      const result = await list(kanregOperator());

      // Assess
      expect(result.statusCode).toBe(200);
      expect(bodyOf(result)).toStrictEqual({ items: [PROPOSED], nextCursor: expect.any(String) });
      expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input)).toMatchObject([
        {
          IndexName: 'gsi2',
          ExpressionAttributeValues: { ':pk': 'KANREG#III#REGIONAL_PROGRAMS' },
          Limit: 100,
        },
      ]);
    });

    it('reads the next page after the cursor it answered, of the status and size asked', async () => {
      // Prepare
      serveTable(ddb, []);
      const cursor = Buffer.from(JSON.stringify(listingKey)).toString('base64url');

      // Act
      const result = await list(kanregOperator(), { status: 'APPROVED', limit: '2', cursor });

      // Assess
      expect([result.statusCode, bodyOf(result)]).toStrictEqual([200, { items: [] }]);
      expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input)).toMatchObject([
        {
          IndexName: 'gsi2',
          ExpressionAttributeValues: { ':pk': 'KANREG#III#REGIONAL_PROGRAMS', ':status': 'APPROVED#' },
          Limit: 2,
          ExclusiveStartKey: listingKey,
        },
      ]);
    });

    it('refuses the cursor of another Kanreg’s listing with 400 INVALID_CURSOR, reading nothing', async () => {
      // Prepare
      serveTable(ddb, []);
      const cursor = Buffer.from(JSON.stringify(listingKey)).toString('base64url');

      // Act
      const result = await list(kanregOperator(OTHER_KANREG), { cursor });

      // Assess
      expect([result.statusCode, bodyOf(result).code]).toStrictEqual([400, 'INVALID_CURSOR']);
      expect(ddb.commandCalls(QueryCommand)).toHaveLength(0);
    });

    it.each([
      ['a page of none', { limit: '0' }],
      ['a page above the maximum of 200', { limit: '201' }],
    ])('refuses %s with 400 VALIDATION_FAILED, reading nothing', async (_case, query) => {
      // Prepare
      serveTable(ddb, []);

      // Act
      const result = await list(bknAdmin(), query);

      // Assess
      expect([result.statusCode, bodyOf(result).code]).toStrictEqual([400, 'VALIDATION_FAILED']);
      expect(ddb.commandCalls(QueryCommand)).toHaveLength(0);
    });
  });

  describe('GET /regional-programs/{regionalProgramId} (getRegionalProgram)', () => {
    it('answers the proposing Kanreg and BKN, and another Kanreg as if it did not exist', async () => {
      // Prepare
      serveTable(ddb, [regionalItem(PROPOSED)]);
      const get = (claims: Claims) =>
        call('GET /regional-programs/{regionalProgramId}', claims, {
          pathParameters: { regionalProgramId: PROPOSED.id },
        });

      // Act
      const [own, bkn, other] = [
        await get(kanregOperator()),
        await get(bknAdmin()),
        await get(kanregOperator(OTHER_KANREG)),
      ];

      // Assess
      expect(bodyOf(own)).toStrictEqual(PROPOSED);
      expect(bkn.statusCode).toBe(200);
      expect([other.statusCode, bodyOf(other)]).toMatchObject([404, { code: 'REGIONAL_PROGRAM_NOT_FOUND' }]);
    });
  });

  describe('POST /regional-programs/{regionalProgramId}/decision (decideRegionalProgram)', () => {
    it('approves in one transaction (RG9): the programme, its cohort, the proposal decided, the Kanreg’s allocation', async () => {
      // Prepare
      serveTable(ddb, [regionalItem(PROPOSED), instansiItem(anInstansi(INSTANSI))]);
      ddb.on(TransactWriteCommand).resolves({});

      // Act
      const result = await decide({ outcome: 'APPROVED', coordination: COORDINATION, allocation: 10 });

      // Assess
      expect(result.statusCode).toBe(201);
      const program = bodyOf<{ id: string }>(result);
      expect(program).toMatchObject({
        status: 'SCHEDULED',
        funding: PROPOSED.funding,
        origin: {
          kind: 'DAERAH',
          kanreg: 'III',
          initiator: PROPOSED.initiator,
          regionalProgramId: PROPOSED.id,
        },
        allocatedPerKanreg: true,
        testSite: PROPOSED.testSite,
      });
      expect(writesOf(ddb)).toStrictEqual([
        { op: 'Put', pk: `PROGRAM#${program.id}#MONEV`, sk: '#DUE', entity: 'MonevDue' },
        { op: 'Put', pk: `PROGRAM#${program.id}`, sk: '#PROGRAM', entity: 'Program' },
        { op: 'Put', pk: `COHORT#${program.id}#001`, sk: '#COHORT', entity: 'Cohort' },
        { op: 'Update', pk: `REGIONAL_PROGRAM#${PROPOSED.id}`, sk: '#REGIONAL_PROGRAM' },
        { op: 'Put', pk: `PROGRAM#${program.id}`, sk: 'ALLOCATION#III', entity: 'Allocation' },
      ]);
      const allocation = ddb.commandCalls(TransactWriteCommand)[0]!.args[0].input.TransactItems!.at(-1)!.Put!
        .Item;
      expect(allocation).toMatchObject({ allocated: 10, proposed: 0, determined: 0 });
    });

    it('answers 422 PROGRAM-DAERAH-KOORDINASI, writing nothing, before the coordination took place', async () => {
      // Prepare
      serveTable(ddb, [regionalItem(PROPOSED), instansiItem(anInstansi(INSTANSI))]);

      // Act
      const result = await decide({
        outcome: 'APPROVED',
        coordination: { ...COORDINATION, heldOn: '2026-03-03' },
      });

      // Assess
      expect(result.statusCode).toBe(422);
      expect(bodyOf(result)).toMatchObject({ code: 'PROGRAM-DAERAH-KOORDINASI' });
      expect(writeCalls(ddb)).toHaveLength(0);
    });

    it('records a rejection with its reason (RG10), and refuses to decide it again', async () => {
      // Prepare
      serveTable(ddb, [regionalItem(PROPOSED)]);
      ddb.on(TransactWriteCommand).resolves({});

      // Act
      const rejected = await decide({
        outcome: 'REJECTED',
        coordination: COORDINATION,
        reason: 'Anggaran belum tersedia.',
      });
      serveTable(ddb, [regionalItem({ ...PROPOSED, status: 'REJECTED' })]);
      const again = await decide({ outcome: 'APPROVED', coordination: COORDINATION });

      // Assess
      expect(rejected.statusCode).toBe(200);
      expect(bodyOf(rejected)).toMatchObject({
        status: 'REJECTED',
        decision: { outcome: 'REJECTED', reason: 'Anggaran belum tersedia.' },
      });
      expect([again.statusCode, bodyOf(again)]).toMatchObject([409, { code: 'REGIONAL_PROGRAM_DECIDED' }]);
    });

    it('answers 400 for a rejection without its reason', async () => {
      serveTable(ddb, [regionalItem(PROPOSED)]);

      expect((await decide({ outcome: 'REJECTED', coordination: COORDINATION })).statusCode).toBe(400);
    });
  });
});
