import '../helpers/env';
import { DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler as assessment } from '../../../functions/assessment/index';
import { handler } from '../../../functions/test-teams/index';
import { apiEvent, bodyOf, type Claims } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { PROGRAM_ID } from '../helpers/programs';
import { bknAdmin, NIP, OTHER_NIP } from '../helpers/proposals';
import { writesOf } from '../helpers/writes';
import { recommendationItem, serve } from '../preassessment/table';
import {
  asesor,
  assessorBody,
  cohortPartition,
  evidenceBody,
  expertBody,
  pakar,
  PLANNED,
  teamItem,
  UNIT,
} from '../assessment/fixtures';

const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('testTeams');
const NOW = '2026-07-30T03:00:00.000Z';
const BKN = { instansiCode: 'BKN01', instansiName: 'Badan Kepegawaian Negara' };
const RATIO_ITEM = {
  pk: 'REFERENCE#TEST_TEAM_RATIO',
  sk: '#RATIO',
  entity: 'TestTeamRatio',
  participantsPerAssessor: { RENDAH: 15, SEDANG: 2, TINGGI: 1 },
  setBy: 'bkn-admin-1',
  setAt: '2026-07-01T03:00:00.000Z',
};
const STAFF = {
  role: 'pengelola-administrasi',
  username: 'admin.tim',
  nip: '198801012010122001',
  name: 'Rina Marlina',
  origin: BKN,
};

const teamBody = (overrides: Record<string, unknown> = {}) => ({
  decree: {
    number: '812/KEP/BKN/2026',
    date: '2026-07-20',
    signedBy: {
      capacity: 'KEPALA_BKN',
      name: 'Prof. Dr. Haryomo Dwi Putranto',
      nip: '196501011990031001',
      position: 'Kepala Badan Kepegawaian Negara',
    },
  },
  period: { from: '2026-07-20', to: '2026-07-30' },
  difficulty: 'SEDANG',
  cohorts: [{ programId: PROGRAM_ID, number: 19 }],
  members: [{ ...assessorBody(), origin: BKN, leader: true }, STAFF],
  ...overrides,
});

const send = (routeKey: string, claims: Claims, body?: unknown, path: Record<string, string> = {}) =>
  handler(apiEvent(routeKey, { pathParameters: path, body, claims }), context);
const form = (body: unknown) => send('POST /test-teams', bknAdmin(), body);
const codes = (result: Awaited<ReturnType<typeof handler>>) =>
  (bodyOf<{ details?: { code: string }[] }>(result).details ?? []).map((d) => d.code);

let items: Record<string, unknown>[];
beforeEach(() => {
  ddb.reset();
  // Cohort 19 with every unit planned, so evidence meets the test-plan gate and reaches the period check.
  items = [...PLANNED, RATIO_ITEM];
  serve(ddb, items);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('POST /test-teams', () => {
  it("forms the team: the team, the cohort's decree marker and the assessing members on the cohort's team, in one transaction", async () => {
    const result = await form(teamBody());
    expect(result.statusCode, result.body).toBe(201);
    const team = bodyOf<{ teamId: string; participants: number; assessorsNeeded: number; leader: string }>(
      result,
    );
    expect(team).toMatchObject({ participants: 2, assessorsNeeded: 1, leader: 'asesor.budi' });
    expect(writesOf(ddb)).toEqual([
      { op: 'Put', pk: `TESTTEAM#${team.teamId}`, sk: '#TEAM', entity: 'TestTeam' },
      { op: 'Put', pk: cohortPartition(19), sk: 'ASSESSMENT#DECREE', entity: 'CohortDecree' },
      { op: 'ConditionCheck', pk: cohortPartition(19), sk: 'ASSESSMENT#ONE_BY_ONE' },
      { op: 'Put', pk: cohortPartition(19), sk: 'ASSESSMENT#TEAM#asesor.budi', entity: 'TeamMember' },
    ]);
  });

  it('TIM-UJI-UKURAN: refuses a team too small for its participants at the ratio, and writes nothing', async () => {
    const result = await form(teamBody({ difficulty: 'TINGGI' }));
    expect(result.statusCode).toBe(422);
    expect(codes(result)).toEqual(['TIM-UJI-UKURAN']);
    expect(writesOf(ddb)).toEqual([]);
  });

  it("TIM-UJI-PANGKAT-SETARA: an expert who assesses is checked against each participant's rank; one who only advises is not", async () => {
    const expert = { ...expertBody(), origin: BKN, assesses: true, golongan: 'III/c' };
    const result = await form(teamBody({ members: [...teamBody().members, expert] }));
    expect(result.statusCode).toBe(201);
    const written = ddb
      .commandCalls(TransactWriteCommand)[0]!
      .args[0].input.TransactItems!.flatMap((t) => (t.Put ? [t.Put.Item!] : []))
      .find((item) => item.username === 'pakar.sri')!;
    expect(written.excluded).toEqual([
      { nip: NIP, codes: ['TIM-UJI-PANGKAT-SETARA'] },
      { nip: OTHER_NIP, codes: ['TIM-UJI-PANGKAT-SETARA'] },
    ]);
  });

  it('400: an expert who assesses without a rank, or a cohort named twice, is malformed', async () => {
    const expert = { ...expertBody(), origin: BKN, assesses: true };
    expect((await form(teamBody({ members: [...teamBody().members, expert] }))).statusCode).toBe(400);
    const twice = [
      { programId: PROGRAM_ID, number: 19 },
      { programId: PROGRAM_ID, number: 19 },
    ];
    expect((await form(teamBody({ cohorts: twice }))).statusCode).toBe(400);
  });

  it('404: a cohort that does not exist', async () => {
    const result = await form(teamBody({ cohorts: [{ programId: PROGRAM_ID, number: 20 }] }));
    expect(result.statusCode).toBe(404);
    expect(bodyOf<{ code: string }>(result).code).toBe('COHORT_NOT_FOUND');
  });
});

describe('decree-served cohorts in functions/assessment', () => {
  const decreed = (period = { from: '2026-07-20', to: '2026-07-30' }) => ({
    ...teamItem(assessorBody()),
    teamId: 'tim_7c9e6679-7425-40de-944b-e07fc1f90ae7',
    period,
    leader: true,
    origin: BKN,
  });
  const cohortPath = { programId: PROGRAM_ID, number: '19' };

  it('TIM-UJI-KEPUTUSAN: a member is not assigned one by one to a cohort a decree serves', async () => {
    items.push(decreed());
    const result = await assessment(
      apiEvent('POST /programs/{programId}/cohorts/{number}/team', {
        pathParameters: cohortPath,
        body: assessorBody({ username: 'asesor.joko' }),
        claims: bknAdmin(),
      }),
      lambdaContext('assessment'),
    );
    expect(result.statusCode).toBe(422);
    // Its test day (30 July 2026) is after the Perban too: both reasons.
    expect(codes(result)).toEqual(['TIM-UJI-KEPUTUSAN', 'TIM-UJI-SK-WAJIB']);
  });

  it.each([
    ['on the last day of its period', '2026-07-30', 201],
    ['the day after its period', '2026-07-29', 422],
  ])('TIM-UJI-MASA-TUGAS: a member placed by decree records evidence %s', async (_name, to, status) => {
    items.push(decreed({ from: '2026-07-20', to }));
    const result = await assessment(
      apiEvent('POST /programs/{programId}/cohorts/{number}/participants/{nip}/units/{unitCode}/evidence', {
        pathParameters: { ...cohortPath, nip: NIP, unitCode: UNIT },
        body: evidenceBody(),
        claims: asesor(),
      }),
      lambdaContext('assessment'),
    );
    expect(result.statusCode, result.body).toBe(status);
    if (status === 422) expect(bodyOf<{ code: string }>(result).code).toBe('TIM-UJI-MASA-TUGAS');
  });
});

describe('GET /test-teams/{teamId}/consultation-reports', () => {
  const TEAM_ID = 'tim_7c9e6679-7425-40de-944b-e07fc1f90ae7';
  const teamItemStored = {
    pk: `TESTTEAM#${TEAM_ID}`,
    sk: '#TEAM',
    entity: 'TestTeam',
    teamId: TEAM_ID,
    cohorts: [{ programId: PROGRAM_ID, number: 19, participants: 2 }],
    members: [
      {
        role: 'asesor',
        username: 'asesor.budi',
        nip: '197501012000031001',
        name: 'Budi',
        origin: BKN,
        leader: true,
      },
      {
        role: 'pakar',
        username: 'pakar.sri',
        nip: '196501011990032001',
        name: 'Sri',
        origin: BKN,
        leader: false,
      },
    ],
    leader: 'asesor.budi',
  };
  const read = (claims: Claims) =>
    send('GET /test-teams/{teamId}/consultation-reports', claims, undefined, { teamId: TEAM_ID });

  it("Pasal 30(1)d: the leader receives each tested participant's latest consultation recommendation", async () => {
    items.push(teamItemStored, recommendationItem('FIT', '2026-06-01T02:00:00.000Z'));
    const result = await read(asesor());
    expect(result.statusCode, result.body).toBe(200);
    const reports = bodyOf<{ items: { nip: string; recommendation: { outcome: string } | null }[] }>(
      result,
    ).items;
    expect(reports.map((r) => [r.nip, r.recommendation?.outcome ?? null])).toEqual([
      [NIP, 'FIT'],
      [OTHER_NIP, null],
    ]);
  });

  it('a member who does not lead the team, and a team that does not exist, are both 404 TEST_TEAM_NOT_FOUND', async () => {
    items.push(teamItemStored);
    for (const result of [await read(pakar()), await read(asesor('asesor.rina'))]) {
      expect(result.statusCode).toBe(404);
      expect(bodyOf<{ code: string }>(result).code).toBe('TEST_TEAM_NOT_FOUND');
    }
    items.pop();
    expect((await read(bknAdmin())).statusCode).toBe(404);
  });
});

describe('TIM-UJI-UKURAN when the team is used, and the amending decree (Pasal 19(2)-(3))', () => {
  const TEAM_ID = 'tim_7c9e6679-7425-40de-944b-e07fc1f90ae7';
  /** A team sized for cohort 19 when it had one participant, at one participant per assessor. */
  const storedTeam = {
    pk: `TESTTEAM#${TEAM_ID}`,
    sk: '#TEAM',
    entity: 'TestTeam',
    teamId: TEAM_ID,
    decree: teamBody().decree,
    period: { from: '2026-07-20', to: '2026-07-31' },
    difficulty: 'TINGGI',
    participantsPerAssessor: 1,
    participants: 1,
    assessorsNeeded: 1,
    cohorts: [{ programId: PROGRAM_ID, number: 19, participants: 1 }],
    members: [
      {
        role: 'asesor',
        username: 'asesor.budi',
        nip: '197501012000031001',
        name: 'Budi',
        origin: BKN,
        leader: true,
      },
      { ...STAFF, leader: false },
    ],
    leader: 'asesor.budi',
    formedBy: 'bkn-admin-1',
    formedAt: '2026-07-20T03:00:00.000Z',
  };
  const placed = {
    ...teamItem(assessorBody()),
    teamId: TEAM_ID,
    period: storedTeam.period,
    leader: true,
    origin: BKN,
  };
  const evidence = () =>
    assessment(
      apiEvent('POST /programs/{programId}/cohorts/{number}/participants/{nip}/units/{unitCode}/evidence', {
        pathParameters: { programId: PROGRAM_ID, number: '19', nip: NIP, unitCode: UNIT },
        body: evidenceBody(),
        claims: asesor(),
      }),
      lambdaContext('assessment'),
    );
  const amend = (members: unknown[], date = '2026-07-30') =>
    send(
      'POST /test-teams/{teamId}/members',
      bknAdmin(),
      { decree: { ...teamBody().decree, number: '813/KEP/BKN/2026', date }, members },
      { teamId: TEAM_ID },
    );
  const joko = { ...assessorBody({ username: 'asesor.joko', nip: '197703032002121001' }), origin: BKN };

  it('a team whose cohort grew past its size does not test there: evidence refused, nothing written', async () => {
    items.push(storedTeam, placed);
    const result = await evidence();
    expect(result.statusCode).toBe(422);
    expect(codes(result)).toEqual(['TIM-UJI-UKURAN']);
    expect(bodyOf<{ details: { message: string }[] }>(result).details[0]!.message).toContain(
      'bertambah dari 1 menjadi 2',
    );
    expect(writesOf(ddb)).toEqual([]);
  });

  it('the amending decree adds an assessor checked as at forming, counts the participants again, and places the assessor on the cohort', async () => {
    items.push(storedTeam, placed);
    const result = await amend([joko]);
    expect(result.statusCode, result.body).toBe(200);
    expect(bodyOf(result)).toMatchObject({
      participants: 2,
      assessorsNeeded: 2,
      cohorts: [{ number: 19, participants: 2 }],
      amendments: [{ decree: { number: '813/KEP/BKN/2026' }, members: ['asesor.joko'] }],
    });
    expect(writesOf(ddb)).toEqual([
      { op: 'Put', pk: `TESTTEAM#${TEAM_ID}`, sk: '#TEAM', entity: 'TestTeam' },
      { op: 'Put', pk: cohortPartition(19), sk: 'ASSESSMENT#TEAM#asesor.joko', entity: 'TeamMember' },
    ]);
  });

  it('TIM-UJI-SK / TIM-UJI-SUSUNAN / Pasal 28: a decree not yet signed, a member already on the team and one below the rank, every reason at once, nothing written', async () => {
    items.push(storedTeam, placed);
    const low = { ...joko, username: 'asesor.rendah', golongan: 'III/b' };
    const result = await amend([{ ...joko, username: 'asesor.budi' }, low], '2026-07-31');
    expect(result.statusCode).toBe(422);
    expect(codes(result).sort()).toEqual(['ASESOR-PANGKAT-III-C', 'TIM-UJI-SK', 'TIM-UJI-SUSUNAN']);
    expect(writesOf(ddb)).toEqual([]);
  });

  it('TEST_TEAM_NOT_FOUND: a team nobody formed', async () => {
    const result = await amend([joko]);
    expect(result.statusCode).toBe(404);
    expect(bodyOf<{ code: string }>(result).code).toBe('TEST_TEAM_NOT_FOUND');
  });
});
