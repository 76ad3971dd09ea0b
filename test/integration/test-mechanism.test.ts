import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitsOfScheme } from '../../domain/assessment/instrument';
import { addDays, type IsoDate } from '../../domain/shared/dates';
import { saveTeamMember } from '../../adapters/dynamodb/assessment-repository';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, programBody, startTestStack, type Caller } from './helpers';
import { callerNamed, qualifiedAssessor, seatInCohort, todayOn } from './pipeline-helpers';

/*
 * Perban BKN 7/2020 Pasal 30(2)a through the local API: an assessor of the team formed by decree proposes a unit's
 * test mechanism to the team leader, who returns it with notes or accepts it; the unit's test plan of that cohort
 * rests on the accepted proposal, while a cohort whose members were assigned one by one plans as before.
 */

const [UNIT] = unitsOfScheme('ADMINISTRATOR') as [string];
const BKN = { instansiCode: 'BKN01', instansiName: 'Badan Kepegawaian Negara' };
const budi = { ...qualifiedAssessor('asesor.budi', '197501012000031001', 'Budi Santoso'), origin: BKN };
const rina = { ...qualifiedAssessor('asesor.rina', '197602022001122001', 'Rina Kartika'), origin: BKN };
const staff = {
  role: 'pengelola-administrasi',
  username: 'admin.tim.rina',
  nip: '198801012010122001',
  name: 'Rina Marlina',
  origin: BKN,
};
const MECHANISM = 'Tes tertulis 90 menit di ruang uji, lalu wawancara 30 menit per peserta.';
const codes = (body: { code: string; details?: { code: string }[] }) =>
  body.details?.map((d) => d.code) ?? [body.code];

describe('the test mechanism proposed to the team leader (Perban BKN 7/2020 Pasal 30(2)a), through the local API', () => {
  let stack: LocalStack;
  let admin: Caller;
  let leader: Caller;
  let member: Caller;
  let programId: string;
  let today: IsoDate;
  let teamId: string;
  let instrumentId: string;
  let returnedId: string;
  let acceptedId: string;
  const cohort = (n: number) => `/programs/${programId}/cohorts/${n}`;
  const propose = (n: number, methods: string[]) =>
    member('POST', `${cohort(n)}/test-mechanism/units/${UNIT}`, { methods, mechanism: MECHANISM });
  const decide = (who: Caller, proposalId: string, body: Record<string, unknown>) =>
    who('POST', `/test-teams/${teamId}/mechanism-proposals/${proposalId}/decision`, body);
  const plan = (n: number, methods: string[]) =>
    member('PUT', `${cohort(n)}/test-plan/units/${UNIT}`, {
      methods,
      instruments: [{ instrumentId, version: 1 }],
    });

  beforeAll(async () => {
    stack = await startTestStack({ workers: false });
    admin = await callerFor(stack, 'admin-bkn');
    leader = await callerNamed(stack, 'asesor', 'asesor.budi');
    member = await callerNamed(stack, 'asesor', 'asesor.rina');
    today = await todayOn(admin);
    const program = await admin('POST', '/programs', {
      ...programBody(1_500, 3_600_000, 'Program mekanisme uji'),
      cohortPlan: [1, 2].map((number) => ({
        number,
        scheme: 'ADMINISTRATOR',
        capacity: 2,
        startDate: addDays(today, 10 * number),
        endDate: addDays(today, 10 * number + 1),
      })),
    });
    expect(program.status, JSON.stringify(program.body)).toBe(201);
    programId = program.body.id;
    await seatInCohort(programId, 1, [{ nip: '198503102010011002', name: 'Dewi Lestari' }]);
    expect((await admin('PUT', '/test-team-ratio', { RENDAH: 3, SEDANG: 2, TINGGI: 1 })).status).toBe(200);
    const formed = await admin('POST', '/test-teams', {
      decree: {
        number: '813/KEP/BKN/2027',
        date: today,
        signedBy: {
          capacity: 'KEPALA_BKN',
          name: 'Prof. Dr. Haryomo Dwi Putranto',
          nip: '196501011990031001',
          position: 'Kepala Badan Kepegawaian Negara',
        },
      },
      period: { from: today, to: addDays(today, 11) },
      difficulty: 'SEDANG',
      cohorts: [{ programId, number: 1 }],
      members: [{ ...budi, leader: true }, rina, staff],
    });
    expect(formed.status, JSON.stringify(formed.body)).toBe(201);
    teamId = formed.body.teamId;
    // Cohort 2's members were assigned one by one before TIM-UJI-SK-WAJIB (the route refuses it now): no decree,
    // no leader. Written as that route left them.
    for (const m of [budi, rina]) {
      const { username, nip, name, origin: _o, ...rest } = m;
      const { role: _r, ...profile } = rest as Record<string, unknown>;
      const refused = await admin('POST', `${cohort(2)}/team`, {
        role: 'asesor',
        username,
        nip,
        name,
        ...profile,
      });
      expect(codes(refused.body)).toEqual(['TIM-UJI-SK-WAJIB']);
      await saveTeamMember({
        programId,
        cohort: 2,
        username,
        role: 'asesor',
        nip,
        name,
        profile,
        excluded: [],
        assignedBy: 'bkn-admin-1',
        assignedAt: new Date().toISOString(),
      });
    }
    const prepared = await member('POST', `${cohort(1)}/instruments`, {
      unitCodes: [UNIT],
      title: 'Tes tertulis dan panduan wawancara perencanaan pegawai',
      kind: 'SOAL',
      methods: ['TES_TERTULIS', 'WAWANCARA', 'SIMULASI'],
      dimensions: ['a', 'b', 'c', 'd', 'e'],
      items: [{ text: 'Susun langkah analisis beban kerja satu unit.', answerKey: 'Inventarisasi tugas.' }],
    });
    expect(prepared.status, JSON.stringify(prepared.body)).toBe(201);
    instrumentId = prepared.body.instrumentId;
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it('UJI-METODE-MIN-2: an assessor of the team proposes at least two methods; the proposal awaits the leader', async () => {
    const one = await propose(1, ['TES_TERTULIS']);
    expect(one.status).toBe(422);
    expect(codes(one.body)).toEqual(['UJI-METODE-MIN-2']);
    const proposed = await propose(1, ['TES_TERTULIS', 'SIMULASI']);
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    expect(proposed.body).toMatchObject({ teamId, cohort: 1, proposedBy: 'asesor.rina', status: 'DIAJUKAN' });
    returnedId = proposed.body.proposalId;
  });

  it('UJI-MEKANISME-DITERIMA: no plan of the unit while no mechanism is accepted', async () => {
    const refused = await plan(1, ['TES_TERTULIS', 'SIMULASI']);
    expect(refused.status).toBe(422);
    expect(codes(refused.body)).toEqual(['UJI-MEKANISME-DITERIMA']);
  });

  it('UJI-MEKANISME-DIPUTUS: only the leader decides, once; a returned proposal carries its notes', async () => {
    const byMember = await decide(member, returnedId, { outcome: 'DITERIMA' });
    expect(byMember.status).toBe(404);
    expect(byMember.body.code).toBe('TEST_TEAM_NOT_FOUND');
    const returned = await decide(leader, returnedId, {
      outcome: 'DIKEMBALIKAN',
      notes: 'Simulasi tidak dapat dilaksanakan di ruang uji; gunakan wawancara.',
    });
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);
    expect(returned.body).toMatchObject({ status: 'DIKEMBALIKAN', decidedBy: 'asesor.budi' });
    const again = await decide(leader, returnedId, { outcome: 'DITERIMA' });
    expect(again.status).toBe(422);
    expect(codes(again.body)).toEqual(['UJI-MEKANISME-DIPUTUS']);
    expect(codes((await plan(1, ['TES_TERTULIS', 'SIMULASI'])).body)).toEqual(['UJI-MEKANISME-DITERIMA']);
  });

  it('UJI-MEKANISME-DITERIMA: once the leader accepts a new proposal, the plan names only its methods and records it', async () => {
    const proposed = await propose(1, ['TES_TERTULIS', 'WAWANCARA']);
    acceptedId = proposed.body.proposalId;
    expect((await decide(leader, acceptedId, { outcome: 'DITERIMA' })).status).toBe(200);
    const outside = await plan(1, ['TES_TERTULIS', 'SIMULASI']);
    expect(outside.status).toBe(422);
    expect(outside.body.details).toEqual([
      expect.objectContaining({ code: 'UJI-MEKANISME-DITERIMA', field: 'methods.1' }),
    ]);
    const planned = await plan(1, ['TES_TERTULIS', 'WAWANCARA']);
    expect(planned.status, JSON.stringify(planned.body)).toBe(200);
    expect(planned.body.mechanismProposalId).toBe(acceptedId);
  });

  it("the cohort's team and the leader read the proposals with their decisions, in the order proposed", async () => {
    for (const [who, path] of [
      [member, `${cohort(1)}/test-mechanism`],
      [leader, `/test-teams/${teamId}/mechanism-proposals`],
      [admin, `/test-teams/${teamId}/mechanism-proposals`],
    ] as const) {
      const read = await who('GET', path);
      expect(read.status, JSON.stringify(read.body)).toBe(200);
      expect(
        read.body.items.map((p: { proposalId: string; status: string }) => [p.proposalId, p.status]),
      ).toEqual([
        [returnedId, 'DIKEMBALIKAN'],
        [acceptedId, 'DITERIMA'],
      ]);
    }
  });

  it('UJI-MEKANISME-KETUA: a cohort with members assigned one by one has no leader to propose to, and plans as before', async () => {
    const proposed = await propose(2, ['TES_TERTULIS', 'WAWANCARA']);
    expect(proposed.status).toBe(422);
    expect(codes(proposed.body)).toEqual(['UJI-MEKANISME-KETUA']);
    expect((await member('GET', `${cohort(2)}/test-mechanism`)).body.items).toEqual([]);
    const planned = await plan(2, ['TES_TERTULIS', 'SIMULASI']);
    expect(planned.status, JSON.stringify(planned.body)).toBe(200);
    expect(planned.body.mechanismProposalId).toBeUndefined();
  });
});
