import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requiredUnitsFor } from '../../domain/result/attempt';
import { addDays, type IsoDate } from '../../domain/shared/dates';
import { TeamAssignmentRequest, type TeamMember } from '../../events/api/assessment';
import { saveTeamMember } from '../../adapters/dynamodb/assessment-repository';
import { preAssessmentRecommendationKey, preAssessorKey } from '../../adapters/dynamodb/keys';
import { ConcurrentChangeError, tableName } from '../../adapters/dynamodb/table';
import { saveTestTeam } from '../../adapters/dynamodb/test-team-repository';
import { TestTeam } from '../../events/api/test-team';
import { dynamo } from '../../runtime/clients';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, programBody, startTestStack, type Caller } from './helpers';
import {
  callerNamed,
  plannedForTest,
  qualifiedAssessor,
  seatInCohort,
  soundEvidence,
  todayOn,
} from './pipeline-helpers';

/*
 * The test team as the head of BKN forms it (Perban BKN 7/2020 Pasal 19(2)-(6), 30(1)d), through the local API:
 * BKN's ratio, a team formed by decree for a period and sized to its cohorts, its members placed on each cohort's
 * team and testing only within the period, the cohort closed to one-by-one assignment, and the leader receiving
 * the pre-test consultation reports.
 */

const PEOPLE = [
  { nip: '198503102010011002', name: 'Dewi Lestari' },
  { nip: '199002152015032001', name: 'Rina Wulandari' },
  { nip: '198807072012121003', name: 'Agus Salim' },
];
const BKN = { instansiCode: 'BKN01', instansiName: 'Badan Kepegawaian Negara' };
const BANDUNG = { instansiCode: '3273', instansiName: 'Pemerintah Kota Bandung' };
const UNIT = requiredUnitsFor('ADMINISTRATOR')[0]!;
const { declaredConflictNips: _d, ...EXPERT } = (
  TeamAssignmentRequest.meta()?.examples as Record<string, unknown>[]
)[1]!;

const budi = { ...qualifiedAssessor('asesor.budi', '197501012000031001', 'Budi Santoso'), origin: BKN };
const rina = { ...qualifiedAssessor('asesor.rina', '197602022001122001', 'Rina Kartika'), origin: BANDUNG };
const sri = { ...EXPERT, origin: BKN, assesses: true, golongan: 'IV/a' };
const staff = {
  role: 'pengelola-administrasi',
  username: 'admin.tim.rina',
  nip: '198801012010122001',
  name: 'Rina Marlina',
  origin: BKN,
};

/** Joko as the one-by-one route wrote him (no decree), when it still took a member for a cohort. */
const legacyJoko = (programId: string, cohort: number): TeamMember => {
  const { username, nip, name, ...rest } = qualifiedAssessor(
    'asesor.joko',
    '197703032002121001',
    'Joko Widodo',
  );
  const { role: _r, ...profile } = rest as Record<string, unknown>;
  return {
    programId,
    cohort,
    username,
    role: 'asesor',
    nip,
    name,
    profile,
    excluded: [],
    assignedBy: 'bkn-admin-1',
    assignedAt: new Date().toISOString(),
  };
};

type Violation = { code: string; field?: string };
const codes = (body: { details?: Violation[] }) => (body.details ?? []).map((d) => d.code);

describe('test teams formed by decree (Perban BKN 7/2020 Pasal 19), end to end through the local API', () => {
  let stack: LocalStack;
  let admin: Caller;
  let komite: Caller;
  let leader: Caller;
  let member: Caller;
  let programId: string;
  let today: IsoDate;
  let testDay: IsoDate;
  let teamId: string;

  const teamBody = (overrides: Record<string, unknown> = {}) => ({
    decree: {
      number: '812/KEP/BKN/2027',
      date: today,
      signedBy: {
        capacity: 'KEPALA_BKN',
        name: 'Prof. Dr. Haryomo Dwi Putranto',
        nip: '196501011990031001',
        position: 'Kepala Badan Kepegawaian Negara',
      },
    },
    period: { from: today, to: testDay },
    difficulty: 'SEDANG',
    cohorts: [{ programId, number: 1 }],
    members: [{ ...budi, leader: true }, rina, sri, staff],
    ...overrides,
  });
  const evidencePath = (nip: string) =>
    `/programs/${programId}/cohorts/1/participants/${nip}/units/${UNIT}/evidence`;

  beforeAll(async () => {
    stack = await startTestStack({ workers: false });
    admin = await callerFor(stack, 'admin-bkn');
    komite = await callerFor(stack, 'komite');
    leader = await callerNamed(stack, 'asesor', 'asesor.budi');
    member = await callerNamed(stack, 'asesor', 'asesor.rina');
    today = await todayOn(admin);
    testDay = addDays(today, 4);
    const program = await admin('POST', '/programs', {
      ...programBody(1_500, 3_600_000, 'Program tim uji berdasarkan keputusan'),
      cohortPlan: [
        { number: 1, scheme: 'ADMINISTRATOR', capacity: 5, startDate: addDays(today, 3), endDate: testDay },
        {
          number: 2,
          scheme: 'ADMINISTRATOR',
          capacity: 2,
          startDate: addDays(today, 10),
          endDate: addDays(today, 11),
        },
      ],
    });
    expect(program.status, JSON.stringify(program.body)).toBe(201);
    programId = program.body.id;
    await seatInCohort(programId, 1, PEOPLE);
    // The assessors' plan for every unit (Pasal 19(7), 30(2)c): a session of this date is tested only on a plan.
    await plannedForTest(programId, 1);
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it('TIM-UJI-UKURAN: no team is formed before BKN sets its ratio of participants per assessor (reference data, Pasal 19(3))', async () => {
    const refused = await admin('POST', '/test-teams', teamBody());
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('TIM-UJI-UKURAN');
    expect((await admin('GET', '/test-team-ratio')).status).toBe(404);

    const set = await admin('PUT', '/test-team-ratio', { RENDAH: 3, SEDANG: 2, TINGGI: 1 });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect((await komite('GET', '/test-team-ratio')).body.participantsPerAssessor).toEqual({
      RENDAH: 3,
      SEDANG: 2,
      TINGGI: 1,
    });
  });

  it('TIM-UJI-UKURAN: a team too small for its cohort at the ratio of its difficulty is refused, nothing written', async () => {
    const refused = await admin('POST', '/test-teams', teamBody({ difficulty: 'TINGGI' }));
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('TIM-UJI-UKURAN');
    expect(refused.body.message).toContain('paling sedikit 3 asesor; tim memiliki 2');
    expect((await admin('GET', `/programs/${programId}/cohorts/1/team`)).body.items).toEqual([]);
  });

  it('TIM-UJI-SK, TIM-UJI-PERIODE, TIM-UJI-SUSUNAN: a decree not yet signed, a period missing the test day and a team without staff or with two leaders are refused, every reason listed', async () => {
    const refused = await admin(
      'POST',
      '/test-teams',
      teamBody({
        decree: { ...teamBody().decree, date: addDays(today, 1) },
        period: { from: today, to: addDays(testDay, -1) },
        members: [
          { ...budi, leader: true },
          { ...rina, leader: true },
        ],
      }),
    );
    expect(refused.status).toBe(422);
    expect(codes(refused.body)).toEqual([
      'TIM-UJI-SK',
      'TIM-UJI-PERIODE',
      'TIM-UJI-SUSUNAN',
      'TIM-UJI-SUSUNAN',
    ]);
  });

  it("Pasal 28 and 19(6): an assessing member below the requirements refuses the team; an expert who assesses below a participant's rank is excluded for that participant", async () => {
    const low = await admin(
      'POST',
      '/test-teams',
      teamBody({ members: [{ ...budi, leader: true }, { ...rina, golongan: 'III/b' }, staff] }),
    );
    expect(low.status).toBe(422);
    expect(low.body.details.map((d: Violation) => `${d.code} ${d.field}`)).toContain(
      'ASESOR-PANGKAT-III-C members.1.golongan',
    );
    const lowExpert = { ...sri, golongan: 'III/c' };
    const formed = await admin(
      'POST',
      '/test-teams',
      teamBody({ members: [{ ...budi, leader: true }, rina, lowExpert, staff] }),
    );
    expect(formed.status, JSON.stringify(formed.body)).toBe(201);
    teamId = formed.body.teamId;
    expect(formed.body).toMatchObject({
      participants: 3,
      assessorsNeeded: 2,
      participantsPerAssessor: 2,
      leader: 'asesor.budi',
      cohorts: [{ programId, number: 1, participants: 3 }],
    });
    expect(
      formed.body.members.map((m: { origin: { instansiCode: string } }) => m.origin.instansiCode),
    ).toEqual(['BKN01', '3273', 'BKN01', 'BKN01']);
    const team = (await admin('GET', `/programs/${programId}/cohorts/1/team`)).body.items as {
      username: string;
      teamId: string;
      period: unknown;
      excluded: { nip: string; codes: string[] }[];
    }[];
    expect(team.map((m) => m.username).sort()).toEqual(['asesor.budi', 'asesor.rina', 'pakar.sri']);
    expect(team.every((m) => m.teamId === teamId)).toBe(true);
    const expert = team.find((m) => m.username === 'pakar.sri')!;
    expect(expert.excluded).toEqual(
      expect.arrayContaining(PEOPLE.map((p) => ({ nip: p.nip, codes: ['TIM-UJI-PANGKAT-SETARA'] }))),
    );
    expect(expert.excluded).toHaveLength(PEOPLE.length);
    expect((await komite('GET', `/test-teams/${teamId}`)).body.decree.number).toBe('812/KEP/BKN/2027');
  });

  it('TIM-UJI-KEPUTUSAN and TIM-UJI-SK-WAJIB: a cohort served by a decree takes no member one by one nor a second decree; a cohort tested from 14 April 2020 takes no member one by one at all, and one with members assigned so before the rule takes no decree', async () => {
    const oneByOne = await admin('POST', `/programs/${programId}/cohorts/1/team`, {
      ...qualifiedAssessor('asesor.joko', '197703032002121001', 'Joko Widodo'),
    });
    expect(oneByOne.status).toBe(422);
    expect(codes(oneByOne.body)).toEqual(['TIM-UJI-KEPUTUSAN', 'TIM-UJI-SK-WAJIB']);
    const second = await admin('POST', '/test-teams', teamBody());
    expect(second.status).toBe(422);
    expect(codes(second.body)).toEqual(['TIM-UJI-KEPUTUSAN']);

    const refused = await admin(
      'POST',
      `/programs/${programId}/cohorts/2/team`,
      qualifiedAssessor('asesor.joko', '197703032002121001', 'Joko Widodo'),
    );
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'TIM-UJI-SK-WAJIB' });
    expect(refused.body.details[0].message).toContain('Pasal 19(2)');
    expect((await admin('GET', `/programs/${programId}/cohorts/2/team`)).body.items).toEqual([]);
    // Joko as the route left him when it still took a member one by one for this cohort.
    await saveTeamMember(legacyJoko(programId, 2));
    const onCohort2 = await admin(
      'POST',
      '/test-teams',
      teamBody({ cohorts: [{ programId, number: 2 }], period: { from: today, to: addDays(today, 11) } }),
    );
    expect(onCohort2.status).toBe(422);
    expect(codes(onCohort2.body)).toEqual(['TIM-UJI-KEPUTUSAN']);
  });

  it("Pasal 30(1)d: the team leader, and BKN, receive the assessors' pre-test consultation reports; another member gets the 404 of a team that does not exist", async () => {
    const ref = { programId, instansiCode: '3201' };
    const [first] = PEOPLE;
    await dynamo().send(
      new PutCommand({
        TableName: tableName(),
        Item: {
          ...preAssessorKey(ref, first!.nip),
          entity: 'PreAssessmentAssessor',
          programId,
          instansiCode: '3201',
          nip: first!.nip,
          assignment: 1,
          username: 'asesor.rina',
          assessorNip: rina.nip,
          name: 'Rina Kartika',
          profile: {},
          assignedBy: 'bkn-admin-1',
          assignedAt: new Date().toISOString(),
        },
      }),
    );
    const recommendation = {
      outcome: 'FIT',
      notes: 'Penilaian mandiri lengkap dan didukung bukti.',
      selfAssessmentVersion: 1,
      recommendedBy: 'asesor.rina',
      recommendedAt: new Date().toISOString(),
    };
    await dynamo().send(
      new PutCommand({
        TableName: tableName(),
        Item: {
          ...preAssessmentRecommendationKey(ref, first!.nip, recommendation.recommendedAt, 'a1b2c3d4'),
          entity: 'PreAssessmentRecommendation',
          programId,
          instansiCode: '3201',
          nip: first!.nip,
          ...recommendation,
        },
      }),
    );
    const path = `/test-teams/${teamId}/consultation-reports`;
    const read = await leader('GET', path);
    expect(read.status, JSON.stringify(read.body)).toBe(200);
    const items = read.body.items as {
      nip: string;
      assessor: unknown;
      recommendation: unknown;
      reports: number;
    }[];
    expect(items.map((i) => i.nip).sort()).toEqual(PEOPLE.map((p) => p.nip).sort());
    expect(items.find((i) => i.nip === first!.nip)).toMatchObject({
      assessor: { username: 'asesor.rina', name: 'Rina Kartika' },
      recommendation,
      reports: 1,
    });
    expect(items.filter((i) => i.recommendation === null)).toHaveLength(2);
    expect((await admin('GET', path)).status).toBe(200);
    const notLeader = await member('GET', path);
    expect(notLeader.status).toBe(404);
    expect(notLeader.body.code).toBe('TEST_TEAM_NOT_FOUND');
  });

  it('TIM-UJI-UKURAN at use (Pasal 19(3)): once the cohort grew past the team, its members do not test there until an amending decree adds an assessor', async () => {
    const [first] = PEOPLE;
    // Two more participants: 5 at 2 per assessor need 3 assessors; the team has 2.
    await seatInCohort(programId, 1, [
      { nip: '199104042016031004', name: 'Bayu Nugroho' },
      { nip: '199205052017032005', name: 'Citra Ayu' },
    ]);
    // Still before the test day: the size gate answers first; once amended only the day rule is left (the next
    // test records on the test day with the amended team).
    const refused = await leader('POST', evidencePath(first!.nip), soundEvidence('PORTOFOLIO'));
    expect(refused.status).toBe(422);
    expect(codes(refused.body)).toEqual(['TIM-UJI-UKURAN']);
    const joko = {
      ...qualifiedAssessor('asesor.joko', '197703032002121001', 'Joko Widodo'),
      origin: BANDUNG,
    };
    const amended = await admin('POST', `/test-teams/${teamId}/members`, {
      decree: { ...teamBody().decree, number: '812a/KEP/BKN/2027', date: today },
      members: [joko],
    });
    expect(amended.status, JSON.stringify(amended.body)).toBe(200);
    expect(amended.body).toMatchObject({
      participants: 5,
      assessorsNeeded: 3,
      cohorts: [{ number: 1, participants: 5 }],
    });
    const team = (await admin('GET', `/programs/${programId}/cohorts/1/team`)).body.items as {
      username: string;
      teamId: string;
    }[];
    expect(team.find((m) => m.username === 'asesor.joko')?.teamId).toBe(teamId);
    const sized = await leader('POST', evidencePath(first!.nip), soundEvidence('PORTOFOLIO'));
    expect(codes(sized.body), JSON.stringify(sized.body)).toEqual(['UJI-HARI-UJI']);
  });

  it('TIM-UJI-MASA-TUGAS: a member placed by decree tests on the test day within the period, and no longer once it has ended', async () => {
    const [first] = PEOPLE;
    expect((await admin('PUT', '/_local/clock', { date: testDay })).status).toBe(200);
    const within = await leader('POST', evidencePath(first!.nip), soundEvidence('PORTOFOLIO'));
    expect(within.status, JSON.stringify(within.body)).toBe(201);
    expect((await admin('PUT', '/_local/clock', { date: addDays(testDay, 1) })).status).toBe(200);
    const after = await leader('POST', evidencePath(first!.nip), soundEvidence('WAWANCARA'));
    expect(after.status).toBe(422);
    expect(after.body.code).toBe('TIM-UJI-MASA-TUGAS');
  });

  it('TIM-UJI-SK-WAJIB: a member assigned one by one before the rule does not test a cohort tested from 14 April 2020', async () => {
    const participant = { nip: '199306062018031006', name: 'Dimas Saputra' };
    await seatInCohort(programId, 2, [participant]);
    await plannedForTest(programId, 2);
    const cohort2Day = addDays(today, 11);
    expect((await admin('PUT', '/_local/clock', { date: cohort2Day })).status).toBe(200);
    const joko = await callerNamed(stack, 'asesor', 'asesor.joko');
    const refused = await joko(
      'POST',
      `/programs/${programId}/cohorts/2/participants/${participant.nip}/units/${UNIT}/evidence`,
      soundEvidence('PORTOFOLIO'),
    );
    expect(refused.status).toBe(422);
    expect(codes(refused.body)).toEqual(['TIM-UJI-SK-WAJIB']);
  });
});

/*
 * On the 2020 calendar before Perban BKN 7/2020 (promulgated 14 April 2020): the one-by-one assignment is still the
 * way for a session tested up to 13 April, so a decree and an assignment of the same cohort can race; from 14 April
 * the route refuses it (TIM-UJI-SK-WAJIB).
 */
describe('test teams before Perban BKN 7/2020: the one-by-one assignment and its race with a decree, through the local API', () => {
  let stack: LocalStack;
  let admin: Caller;
  let programId: string;
  const today = '2020-04-01' as IsoDate;
  const testDays: Record<number, IsoDate> = {
    3: '2020-04-08' as IsoDate,
    4: '2020-04-09' as IsoDate,
    5: '2020-04-10' as IsoDate,
    6: '2020-04-13' as IsoDate,
    7: '2020-04-14' as IsoDate,
  };
  const teamBody = (overrides: Record<string, unknown> = {}) => ({
    decree: {
      number: '812/KEP/BKN/2020',
      date: today,
      signedBy: {
        capacity: 'KEPALA_BKN',
        name: 'Dr. Bima Haria Wibisana',
        nip: '196501011990031001',
        position: 'Kepala Badan Kepegawaian Negara',
      },
    },
    period: { from: today, to: '2020-04-30' },
    difficulty: 'SEDANG',
    members: [{ ...budi, leader: true }, rina, sri, staff],
    ...overrides,
  });

  beforeAll(async () => {
    stack = await startTestStack({ workers: false, calendarStart: { date: today } });
    admin = await callerFor(stack, 'admin-bkn');
    const program = await admin('POST', '/programs', {
      name: 'Sertifikasi Manajemen ASN 2020',
      year: 2020,
      schemes: ['ADMINISTRATOR'],
      quotaPerInstansi: { ADMINISTRATOR: 2 },
      proposalWindow: { opensAt: '2020-04-01T09:00:00+07:00', closesAt: '2020-04-02T16:00:00+07:00' },
      cohortPlan: Object.entries(testDays).map(([number, endDate]) => ({
        number: Number(number),
        scheme: 'ADMINISTRATOR',
        capacity: 2,
        startDate: addDays(endDate, -1),
        endDate,
      })),
    });
    expect(program.status, JSON.stringify(program.body)).toBe(201);
    programId = program.body.id;
    expect((await admin('PUT', '/test-team-ratio', { RENDAH: 3, SEDANG: 2, TINGGI: 1 })).status).toBe(200);
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it.each([
    [6, '2020-04-13', 200, undefined],
    [7, '2020-04-14', 422, 'TIM-UJI-SK-WAJIB'],
  ])(
    'TIM-UJI-SK-WAJIB: cohort %i, tested on %s, takes a member one by one: %i',
    async (number, _day, status, code) => {
      const joko = qualifiedAssessor('asesor.joko', '197703032002121001', 'Joko Widodo');
      const answer = await admin('POST', `/programs/${programId}/cohorts/${number}/team`, joko);
      expect(answer.status, JSON.stringify(answer.body)).toBe(status);
      expect(answer.body.code).toBe(code);
    },
  );

  describe('TIM-UJI-KEPUTUSAN under races: a decree and a one-by-one assignment of the same cohort never both land', () => {
    const joko = qualifiedAssessor('asesor.joko', '197703032002121001', 'Joko Widodo');
    const teamPath = (number: number) => `/programs/${programId}/cohorts/${number}/team`;
    const decreeFor = (number: number) => teamBody({ cohorts: [{ programId, number }] });
    const members = async (number: number) =>
      ((await admin('GET', teamPath(number))).body.items as { username: string; teamId?: string }[]).map(
        (m) => `${m.username}${m.teamId ? ' (keputusan)' : ''}`,
      );

    it('a decree recorded after the assignment read the team fails the assignment write; the cohort keeps the decree only', async () => {
      const formed = await admin('POST', '/test-teams', decreeFor(3));
      expect(formed.status, JSON.stringify(formed.body)).toBe(201);
      // The assignment as it writes once its read of the team (no decree then) is done.
      const late: TeamMember = {
        programId,
        cohort: 3,
        username: joko.username,
        role: 'asesor',
        nip: joko.nip,
        name: joko.name,
        profile: {},
        excluded: [],
        assignedBy: 'bkn-admin-1',
        assignedAt: new Date().toISOString(),
      };
      await expect(saveTeamMember(late)).rejects.toBeInstanceOf(ConcurrentChangeError);
      expect(await members(3)).toEqual([
        'asesor.budi (keputusan)',
        'asesor.rina (keputusan)',
        'pakar.sri (keputusan)',
      ]);
    });

    it('an assignment recorded after the decree read the team fails the decree write; the cohort keeps the assigned member only', async () => {
      expect((await admin('POST', teamPath(4), joko)).status).toBe(200);
      // The decree as it writes once its read of the team (nobody then) is done.
      const example = (TestTeam.meta()?.examples as TestTeam[])[0]!;
      const team: TestTeam = {
        ...example,
        teamId: 'tim_00000000-0000-4000-8000-000000000004',
        cohorts: [{ programId, number: 4, participants: 0 }],
      };
      await expect(saveTestTeam(team, [])).rejects.toBeInstanceOf(ConcurrentChangeError);
      expect(await members(4)).toEqual(['asesor.joko']);
      expect((await admin('GET', `/test-teams/${team.teamId}`)).status).toBe(404);
    });

    it('sent at once, never both land, and the cohort is served as the one that landed says', async () => {
      const [decree, assignment] = await Promise.all([
        admin('POST', '/test-teams', decreeFor(5)),
        admin('POST', teamPath(5), joko),
      ]);
      const answers = JSON.stringify([decree.status, decree.body, assignment.status, assignment.body]);
      const [byDecree, oneByOne] = [decree.status === 201, assignment.status === 200];
      expect(byDecree && oneByOne, answers).toBe(false);
      // The other is refused by the rule it read, or by the condition of its write; a transaction conflict may
      // refuse both, which leaves the cohort unserved, never served twice.
      for (const refused of [decree, assignment].filter((r) => r.status !== 201 && r.status !== 200)) {
        expect([409, 422], answers).toContain(refused.status);
      }
      expect(await members(5)).toEqual(
        byDecree
          ? ['asesor.budi (keputusan)', 'asesor.rina (keputusan)', 'pakar.sri (keputusan)']
          : oneByOne
            ? ['asesor.joko']
            : [],
      );
    });
  });
});
