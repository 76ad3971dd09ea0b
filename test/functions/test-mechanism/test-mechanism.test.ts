import '../helpers/env';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler as testInstruments } from '../../../functions/test-instruments/index';
import { handler } from '../../../functions/test-mechanism/index';
import { apiEvent, bodyOf, type Claims } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { writesOf } from '../helpers/writes';
import { PROGRAM_ID } from '../helpers/programs';
import { bknAdmin } from '../helpers/proposals';
import { serve } from '../preassessment/table';
import { asesor, assessorBody, BASE, cohortPartition, pakar, teamItem, UNIT } from '../assessment/fixtures';

/*
 * The test mechanism of Perban BKN 7/2020 Pasal 30(2)a as handlers (functions/test-mechanism) on a mocked table,
 * and the plan of a decree-served cohort resting on it (functions/test-instruments); the exact commands are pinned
 * in test/adapters/dynamodb/test-mechanism-repository.test.ts (TM1-TM4).
 */

const ddb = mockClient(DynamoDBDocumentClient);
const NOW = '2026-07-20T03:00:00.000Z';
const TEAM_ID = 'tim_7c9e6679-7425-40de-944b-e07fc1f90ae7';
const PROPOSAL_ID = 'mek_3b241101-e2bb-4255-8caf-4136c566a962';
const LEADER = 'asesor.budi';
const MEMBER = 'asesor.rina';
const COHORT = { programId: PROGRAM_ID, number: '19' };
const BKN = { instansiCode: 'BKN01', instansiName: 'Badan Kepegawaian Negara' };
const PERIOD = { from: '2026-07-01', to: '2026-07-31' };

/** A member placed on cohort 19 by the decree of TEAM_ID. */
const decreed = (username: string, leader = false) => ({
  ...teamItem(assessorBody({ username })),
  teamId: TEAM_ID,
  period: PERIOD,
  leader,
  origin: BKN,
});
const TEAM_ITEM = {
  pk: `TESTTEAM#${TEAM_ID}`,
  sk: '#TEAM',
  entity: 'TestTeam',
  teamId: TEAM_ID,
  cohorts: [{ programId: PROGRAM_ID, number: 19, participants: 2 }],
  members: [
    { role: 'asesor', username: LEADER, nip: '197501012000031001', name: 'Budi', origin: BKN, leader: true },
    { role: 'asesor', username: MEMBER, nip: '197602022001122001', name: 'Rina', origin: BKN, leader: false },
  ],
  leader: LEADER,
};
const proposalItem = (over: Record<string, unknown> = {}) => ({
  pk: `TESTTEAM#${TEAM_ID}`,
  sk: `MECHANISM#${PROPOSAL_ID}`,
  entity: 'MechanismProposal',
  proposalId: PROPOSAL_ID,
  teamId: TEAM_ID,
  programId: PROGRAM_ID,
  cohort: 19,
  unitCode: UNIT,
  methods: ['TES_TERTULIS', 'WAWANCARA'],
  mechanism: 'Tes tertulis 90 menit, lalu wawancara 30 menit per peserta.',
  proposedBy: MEMBER,
  proposedAt: '2026-07-10T03:00:00.000Z',
  status: 'DIAJUKAN',
  ...over,
});
const ACCEPTED = proposalItem({
  status: 'DITERIMA',
  decidedBy: LEADER,
  decidedAt: '2026-07-11T03:00:00.000Z',
});
const DECREED = [...BASE, decreed(LEADER, true), decreed(MEMBER), TEAM_ITEM];

const send = (route: string, claims: Claims, path: Record<string, string>, body?: unknown) =>
  handler(
    apiEvent(route, { pathParameters: path, ...(body === undefined ? {} : { body }), claims }),
    lambdaContext('testMechanism'),
  );
const MECHANISM = {
  methods: ['TES_TERTULIS', 'WAWANCARA'],
  mechanism: 'Tes tertulis 90 menit, lalu wawancara 30 menit per peserta.',
};
const propose = (claims: Claims, body: unknown = MECHANISM, unitCode = UNIT) =>
  send(
    'POST /programs/{programId}/cohorts/{number}/test-mechanism/units/{unitCode}',
    claims,
    { ...COHORT, unitCode },
    body,
  );
const decide = (claims: Claims, body: unknown, proposalId = PROPOSAL_ID) =>
  send(
    'POST /test-teams/{teamId}/mechanism-proposals/{proposalId}/decision',
    claims,
    { teamId: TEAM_ID, proposalId },
    body,
  );
const codes = (result: Awaited<ReturnType<typeof handler>>) => {
  const body = bodyOf<{ code: string; details?: unknown }>(result);
  // A rule refusal lists its rules in `details`; any other error is its own code.
  return Array.isArray(body.details) ? body.details.map((d: { code: string }) => d.code) : [body.code];
};

let items: Record<string, unknown>[];
beforeEach(() => {
  ddb.reset();
  items = [...DECREED];
  serve(ddb, items);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('POST …/test-mechanism/units/{unitCode} (Pasal 30(2)a)', () => {
  it("an assessor of the decree's team proposes a unit's methods and mechanism, in the team's partition", async () => {
    const result = await propose(asesor(MEMBER));
    expect(result.statusCode, result.body).toBe(201);
    const proposal = bodyOf<{ proposalId: string }>(result);
    expect(proposal).toMatchObject({
      teamId: TEAM_ID,
      cohort: 19,
      unitCode: UNIT,
      methods: ['TES_TERTULIS', 'WAWANCARA'],
      proposedBy: MEMBER,
      status: 'DIAJUKAN',
    });
    expect(writesOf(ddb)).toEqual([
      {
        op: 'Put',
        pk: `TESTTEAM#${TEAM_ID}`,
        sk: `MECHANISM#${proposal.proposalId}`,
        entity: 'MechanismProposal',
      },
    ]);
  });

  it('UJI-MEKANISME-KETUA: a cohort no decree serves has no leader to propose to; nothing written', async () => {
    serve(ddb, [...BASE, teamItem(assessorBody())]);
    const result = await propose(asesor());
    expect(result.statusCode).toBe(422);
    expect(codes(result)).toEqual(['UJI-MEKANISME-KETUA']);
    expect(writesOf(ddb)).toEqual([]);
  });

  it('UJI-RENCANA-UNIT / UJI-METODE-MIN-2: a unit outside the scheme with one method, every reason listed', async () => {
    const result = await propose(asesor(MEMBER), { ...MECHANISM, methods: ['OBSERVASI'] }, 'MASN-PGW-01');
    expect(codes(result)).toEqual(['UJI-RENCANA-UNIT', 'UJI-METODE-MIN-2']);
  });

  it('only assessors propose (Pasal 30(2)a): an expert is refused by role; an assessor of another cohort gets a cohort that does not exist', async () => {
    expect(codes(await propose(pakar()))).toEqual(['FORBIDDEN_ROLE']);
    expect(codes(await propose(asesor('asesor.lain')))).toEqual(['COHORT_NOT_FOUND']);
  });

  it("the cohort's proposals are listed to its team; a cohort no decree serves lists none", async () => {
    items.push(ACCEPTED);
    const path = 'GET /programs/{programId}/cohorts/{number}/test-mechanism';
    const listed = bodyOf<{ items: { proposalId: string }[] }>(await send(path, asesor(MEMBER), COHORT));
    expect(listed.items.map((p) => p.proposalId)).toEqual([PROPOSAL_ID]);
    serve(ddb, [...BASE, teamItem(assessorBody())]);
    expect(bodyOf<{ items: unknown[] }>(await send(path, bknAdmin(), COHORT)).items).toEqual([]);
  });
});

describe('POST /test-teams/{teamId}/mechanism-proposals/{proposalId}/decision', () => {
  it('the leader accepts a proposal; the decision is written only while it is undecided', async () => {
    items.push(proposalItem());
    const result = await decide(asesor(LEADER), { outcome: 'DITERIMA' });
    expect(result.statusCode, result.body).toBe(200);
    expect(bodyOf(result)).toMatchObject({ status: 'DITERIMA', decidedBy: LEADER, decidedAt: NOW });
    expect(writesOf(ddb)).toEqual([
      { op: 'Put', pk: `TESTTEAM#${TEAM_ID}`, sk: `MECHANISM#${PROPOSAL_ID}`, entity: 'MechanismProposal' },
    ]);
  });

  it('the leader returns a proposal with notes; without notes the return is malformed (400)', async () => {
    items.push(proposalItem());
    expect((await decide(asesor(LEADER), { outcome: 'DIKEMBALIKAN' })).statusCode).toBe(400);
    const returned = await decide(asesor(LEADER), { outcome: 'DIKEMBALIKAN', notes: 'Tambahkan observasi.' });
    expect(bodyOf(returned)).toMatchObject({ status: 'DIKEMBALIKAN', notes: 'Tambahkan observasi.' });
  });

  it('UJI-MEKANISME-DIPUTUS: a decided proposal is not decided again; nothing written', async () => {
    items.push(ACCEPTED);
    const result = await decide(asesor(LEADER), { outcome: 'DIKEMBALIKAN', notes: 'Ubah.' });
    expect(result.statusCode).toBe(422);
    expect(codes(result)).toEqual(['UJI-MEKANISME-DIPUTUS']);
    expect(writesOf(ddb)).toEqual([]);
  });

  it('MECHANISM_PROPOSAL_CHANGED: a decision written meanwhile answers 409', async () => {
    items.push(proposalItem());
    ddb.on(PutCommand).rejects(new ConditionalCheckFailedException({ message: 'decided', $metadata: {} }));
    const result = await decide(asesor(LEADER), { outcome: 'DITERIMA' });
    expect(result.statusCode).toBe(409);
    expect(codes(result)).toEqual(['MECHANISM_PROPOSAL_CHANGED']);
  });

  it('a member who does not lead gets the team that does not exist; the leader a proposal the team does not have', async () => {
    items.push(proposalItem());
    expect(codes(await decide(asesor(MEMBER), { outcome: 'DITERIMA' }))).toEqual(['TEST_TEAM_NOT_FOUND']);
    expect(codes(await decide(bknAdmin(), { outcome: 'DITERIMA' }))).toEqual(['FORBIDDEN_ROLE']);
    const other = 'mek_00000000-0000-4000-8000-000000000000';
    expect(codes(await decide(asesor(LEADER), { outcome: 'DITERIMA' }, other))).toEqual([
      'MECHANISM_PROPOSAL_NOT_FOUND',
    ]);
  });

  it("the leader, and BKN, receive the proposals of the team's cohorts", async () => {
    items.push(ACCEPTED);
    for (const claims of [asesor(LEADER), bknAdmin()]) {
      const result = await send('GET /test-teams/{teamId}/mechanism-proposals', claims, { teamId: TEAM_ID });
      expect(bodyOf<{ items: { proposalId: string }[] }>(result).items.map((p) => p.proposalId)).toEqual([
        PROPOSAL_ID,
      ]);
    }
  });
});

describe('UJI-MEKANISME-DITERIMA: PUT …/test-plan/units/{unitCode} of a decree-served cohort', () => {
  const ID = 'ins_0f8fad5bd9cb';
  const instrument = {
    pk: `INSTRUMENTS#${PROGRAM_ID}`,
    sk: `INSTRUMENT#${ID}#V#0001`,
    entity: 'InstrumentVersion',
    programId: PROGRAM_ID,
    instrumentId: ID,
    version: 1,
    unitCodes: [UNIT],
    methods: ['TES_TERTULIS', 'OBSERVASI'],
    dimensions: ['a', 'b', 'c', 'd', 'e'],
    preparedOn: '2026-07-01',
    reviewIntervalDays: 90,
  };
  const plan = (methods: string[]) =>
    testInstruments(
      apiEvent('PUT /programs/{programId}/cohorts/{number}/test-plan/units/{unitCode}', {
        pathParameters: { ...COHORT, unitCode: UNIT },
        body: { methods, instruments: [{ instrumentId: ID, version: 1 }] },
        claims: asesor(MEMBER),
      }),
      lambdaContext('testInstruments'),
    );

  it('no plan before the leader accepts a mechanism for the unit (pending or returned ones do not count)', async () => {
    items.push(instrument, proposalItem());
    const result = await plan(['TES_TERTULIS', 'WAWANCARA']);
    expect(result.statusCode).toBe(422);
    expect(codes(result)).toEqual(['UJI-MEKANISME-DITERIMA']);
    expect(writesOf(ddb)).toEqual([]);
  });

  it('a plan names only methods of the accepted mechanism, and records which proposal it rests on', async () => {
    items.push(instrument, ACCEPTED);
    expect(codes(await plan(['TES_TERTULIS', 'OBSERVASI']))).toEqual(['UJI-MEKANISME-DITERIMA']);
    const planned = await plan(['TES_TERTULIS', 'WAWANCARA']);
    expect(planned.statusCode, planned.body).toBe(200);
    expect(bodyOf(planned)).toMatchObject({ mechanismProposalId: PROPOSAL_ID });
    expect(writesOf(ddb)).toEqual([
      { op: 'Put', pk: cohortPartition(19), sk: `TESTPLAN#${UNIT}`, entity: 'UnitTestPlan' },
    ]);
  });
});
