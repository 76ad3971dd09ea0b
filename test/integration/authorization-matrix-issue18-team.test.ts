import { afterAll, beforeAll, describe, expect } from 'vitest';
import { addDays } from '../../domain/shared/dates';
import { testTeamRoutes } from '../../events/api/routes/test-teams';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, programBody, startTestStack, type Caller } from './helpers';
import { callersOf, itDeclaresTheTable, itPlaysTheTable, type MatrixRow } from './matrix-table';
import { qualifiedAssessor, seatInCohort, todayOn } from './pipeline-helpers';

/*
 * The authorization matrix of issue 18 point 2's routes (Perban BKN 7/2020 Pasal 19, 30(1)d), on the local stack:
 * every route × every role, and for the roles the leader's scope restricts, the team's leader and another
 * assessor. Out of scope is answered exactly as a team nobody formed; a role the route does not allow is refused
 * 403 whatever the team. BKN forms teams and sets the ratio (19(2), 19(3)); the Komite reads them; only the leader
 * (and BKN) receives the assessors' pre-test consultation reports (30(1)d).
 */

const NOBODY_TEAM = 'tim_00000000-0000-4000-8000-000000000000';
const OWN = '3201';

const CALLERS = {
  anonymous: undefined,
  instansi: { role: 'instansi', claims: { instansi: OWN } },
  kanreg: { role: 'kanreg', claims: { kanreg: 'III' } },
  'admin-bkn': { role: 'admin-bkn', claims: {} },
  komite: { role: 'komite', claims: {} },
  peserta: { role: 'peserta', claims: { nip: '198503102010011002', instansi: OWN } },
  mentor: { role: 'mentor', claims: { nip: '198001012005011001' } },
  ppk: { role: 'ppk', claims: { instansi: OWN } },
  'asesor (ketua)': { role: 'asesor', claims: {} },
  'asesor (anggota)': { role: 'asesor', claims: {} },
  pakar: { role: 'pakar', claims: {} },
} as const;
type CallerName = keyof typeof CALLERS;

type Row = MatrixRow<CallerName, [teamId: string]>;

let teamBody: () => Record<string, unknown> = () => ({});

/** operationId → who may call it, as Perban BKN 7/2020 gives it. */
const ISSUE_18_TEAM: Record<keyof typeof testTeamRoutes, Row> = {
  // 19(3): the ratio is BKN's reference data, set by its training unit.
  setTestTeamRatio: {
    roles: ['admin-bkn'],
    scope: 'none',
    inScope: ['admin-bkn'],
    call: () => ['PUT', '/test-team-ratio', { RENDAH: 3, SEDANG: 2, TINGGI: 1 }],
  },
  getTestTeamRatio: {
    roles: ['admin-bkn', 'komite'],
    scope: 'none',
    inScope: ['admin-bkn', 'komite'],
    call: () => ['GET', '/test-team-ratio'],
  },
  // 19(2), 18(2): the head of BKN forms the team; BKN records the decree.
  formTestTeam: {
    roles: ['admin-bkn'],
    scope: 'none',
    inScope: ['admin-bkn'],
    call: () => ['POST', '/test-teams', teamBody()],
  },
  getTestTeam: {
    roles: ['admin-bkn', 'komite'],
    scope: 'none',
    inScope: ['admin-bkn', 'komite'],
    call: (teamId) => ['GET', `/test-teams/${teamId}`],
  },
  // 30(1)d: the assessors report to the team leader.
  listConsultationReports: {
    roles: ['admin-bkn', 'asesor', 'pakar'],
    scope: 'test-team-leader',
    inScope: ['admin-bkn', 'asesor (ketua)'],
    call: (teamId) => ['GET', `/test-teams/${teamId}/consultation-reports`],
  },
};

describe('authorization matrix, issue 18 point 2: the test team formed by decree', () => {
  itDeclaresTheTable(ISSUE_18_TEAM);

  describe('on the local stack', () => {
    let stack: LocalStack;
    let teamId: string;
    let callers: Record<CallerName, Caller>;

    beforeAll(async () => {
      stack = await startTestStack({ workers: false });
      const bkn = await callerFor(stack, 'admin-bkn');
      const registered = await bkn('PUT', `/instansi/${OWN}`, {
        name: 'Pemerintah Kabupaten Bogor',
        kind: 'KABUPATEN_KOTA',
        kanreg: 'III',
      });
      expect(registered.status).toBe(200);
      callers = await callersOf(stack, CALLERS);
      const admin = callers['admin-bkn'];
      const today = await todayOn(admin);
      const program = await admin('POST', '/programs', {
        ...programBody(1_500, 3_600_000, 'Program matriks tim uji'),
        cohortPlan: [
          {
            number: 1,
            scheme: 'ADMINISTRATOR',
            capacity: 2,
            startDate: addDays(today, 3),
            endDate: addDays(today, 4),
          },
          {
            number: 2,
            scheme: 'ADMINISTRATOR',
            capacity: 2,
            startDate: addDays(today, 5),
            endDate: addDays(today, 6),
          },
        ],
      });
      expect(program.status, JSON.stringify(program.body)).toBe(201);
      const programId = program.body.id as string;
      await seatInCohort(programId, 1, [{ nip: '198503102010011002', name: 'Dewi Lestari' }]);
      expect((await admin('PUT', '/test-team-ratio', { RENDAH: 3, SEDANG: 2, TINGGI: 1 })).status).toBe(200);
      const origin = { instansiCode: 'BKN01', instansiName: 'Badan Kepegawaian Negara' };
      const body = (number: number) => ({
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
        period: { from: today, to: addDays(today, 10) },
        difficulty: 'SEDANG',
        cohorts: [{ programId, number }],
        members: [
          {
            ...qualifiedAssessor('asesor.ketua', '197501012000031001', 'Budi Santoso'),
            origin,
            leader: true,
          },
          { ...qualifiedAssessor('asesor.anggota', '197602022001122001', 'Rina Kartika'), origin },
          {
            role: 'pengelola-administrasi',
            username: 'admin.tim',
            nip: '198801012010122001',
            name: 'Rina Marlina',
            origin,
          },
        ],
      });
      const formed = await admin('POST', '/test-teams', body(1));
      expect(formed.status, JSON.stringify(formed.body)).toBe(201);
      teamId = formed.body.teamId;
      // Allowed callers of the forming route ask for cohort 2, which no team serves yet.
      teamBody = () => body(2);
    }, 120_000);
    afterAll(async () => {
      await stack?.stop();
    });

    // No oracle out of scope: the answer of a team nobody formed.
    itPlaysTheTable(ISSUE_18_TEAM, CALLERS, () => ({
      callers,
      args: [teamId],
      missing: () => [NOBODY_TEAM],
    }));
  });
});
