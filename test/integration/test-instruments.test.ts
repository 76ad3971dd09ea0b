import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TeamAssignmentRequest } from '../../events/api/assessment';
import { unitsOfScheme } from '../../domain/assessment/instrument';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, startTestStack, type Caller } from './helpers';
import {
  BUDI,
  callerNamed,
  mechanismAccepted,
  seatInCohort,
  soundEvidence,
  teamByDecree,
} from './pipeline-helpers';

/*
 * Test instruments and test plans through the API (Perban BKN 7/2020 Pasal 19(7)-(8), 22, 30(2)c-e and k, 30(4)),
 * on a 2020 calendar: cohort 1 is tested on 7 April 2020, before the Perban was promulgated (14 April 2020), and
 * records evidence as the 2019 programme did; cohort 2, tested on 5 May 2020, only under a plan covering a-e.
 */

const [UNIT, OTHER_UNIT] = unitsOfScheme('ADMINISTRATOR') as [string, string];
const NIP_EARLY = '198503102010011002';
const NIP = '199002152015032001';
const EXPERT = (TeamAssignmentRequest.meta()?.examples as Record<string, unknown>[])[1]!;

const instrument = (over: Record<string, unknown> = {}) => ({
  unitCodes: [UNIT],
  title: 'Tes tertulis perencanaan kebutuhan pegawai',
  kind: 'SOAL',
  methods: ['TES_TERTULIS', 'PORTOFOLIO'],
  dimensions: ['a', 'b', 'c', 'd', 'e'],
  items: [
    { text: 'Susun langkah analisis beban kerja satu unit.', answerKey: 'Inventarisasi tugas, norma waktu.' },
  ],
  reviewIntervalDays: 30,
  handedTo: 'asesor.budi',
  ...over,
});
const planBody = (instrumentId: string, version = 1, methods = ['TES_TERTULIS', 'PORTOFOLIO']) => ({
  methods,
  instruments: [{ instrumentId, version }],
});
const codes = (body: { code: string; details?: { code: string }[] }) =>
  body.details?.map((d) => d.code) ?? [body.code];

describe('test instruments and plans through the local API', () => {
  let stack: LocalStack;
  let admin: Caller;
  let budi: Caller;
  let sri: Caller;
  let programId: string;
  const cohort = (n: number) => `/programs/${programId}/cohorts/${n}`;
  let instrumentId: string;

  beforeAll(async () => {
    stack = await startTestStack({ calendarStart: { date: '2020-04-01' } });
    admin = await callerFor(stack, 'admin-bkn');
    budi = await callerNamed(stack, 'asesor', 'asesor.budi', BUDI.nip as string);
    sri = await callerNamed(stack, 'pakar', 'pakar.sri', EXPERT.nip as string);
    const instansi = { name: 'Pemerintah Kabupaten Bogor', kind: 'KABUPATEN_KOTA', kanreg: 'III' };
    expect((await admin('PUT', '/instansi/3201', instansi)).status).toBe(200);
    const program = await admin('POST', '/programs', {
      name: 'Sertifikasi Manajemen ASN 2020',
      year: 2020,
      schemes: ['ADMINISTRATOR'],
      quotaPerInstansi: { ADMINISTRATOR: 2 },
      proposalWindow: { opensAt: '2020-04-01T09:00:00+07:00', closesAt: '2020-04-03T16:00:00+07:00' },
      cohortPlan: [
        { number: 1, scheme: 'ADMINISTRATOR', capacity: 5, startDate: '2020-04-06', endDate: '2020-04-07' },
        { number: 2, scheme: 'ADMINISTRATOR', capacity: 5, startDate: '2020-05-04', endDate: '2020-05-05' },
      ],
    });
    expect(program.status, JSON.stringify(program.body)).toBe(201);
    programId = program.body.id;
    await seatInCohort(programId, 1, [{ nip: NIP_EARLY, name: 'Andi Pratama' }]);
    await seatInCohort(programId, 2, [{ nip: NIP, name: 'Sari Dewi' }]);
    // Cohort 1, tested before Perban BKN 7/2020, gets its members one by one; cohort 2 a team by decree
    // (TIM-UJI-SK-WAJIB) whose leader, Budi, accepts the mechanism each unit is planned on (UJI-MEKANISME-DITERIMA).
    for (const member of [BUDI, EXPERT]) {
      const assigned = await admin('POST', `${cohort(1)}/team`, member);
      expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
    }
    const teamId = await teamByDecree(admin, programId, 2, [BUDI, EXPERT]);
    for (const unitCode of [UNIT, OTHER_UNIT]) {
      await mechanismAccepted(budi, teamId, cohort(2), unitCode, ['TES_TERTULIS', 'PORTOFOLIO']);
    }
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it('UJI-INSTRUMEN-DISERAHKAN / UJI-INSTRUMEN-KUNCI / UJI-INSTRUMEN-UNIT: the expert hands questions with answer keys for a unit of the scheme to an assessor of the team', async () => {
    const refused = await sri('POST', `${cohort(2)}/instruments`, {
      ...instrument({ unitCodes: [UNIT, 'MASN-PGW-01'], items: [{ text: 'Soal tanpa kunci jawaban.' }] }),
      handedTo: undefined,
    });
    expect(refused.status).toBe(422);
    expect(codes(refused.body).sort()).toEqual([
      'UJI-INSTRUMEN-DISERAHKAN',
      'UJI-INSTRUMEN-KUNCI',
      'UJI-INSTRUMEN-UNIT',
    ]);
    const toExpert = await sri('POST', `${cohort(2)}/instruments`, instrument({ handedTo: 'pakar.sri' }));
    expect(codes(toExpert.body)).toEqual(['UJI-INSTRUMEN-DISERAHKAN']);

    const prepared = await sri('POST', `${cohort(2)}/instruments`, instrument());
    expect(prepared.status, JSON.stringify(prepared.body)).toBe(201);
    expect(prepared.body).toMatchObject({
      version: 1,
      handedTo: 'asesor.budi',
      preparedBy: 'pakar.sri',
      preparedByRole: 'pakar',
      preparedOn: '2020-04-01',
    });
    instrumentId = prepared.body.instrumentId;
    // An observation checklist needs no key; an assessor preparing one keeps it.
    const checklist = await budi('POST', `${cohort(2)}/instruments`, {
      ...instrument({ kind: 'DAFTAR_OBSERVASI', items: [{ text: 'Peserta memimpin rapat.' }] }),
      handedTo: undefined,
    });
    expect(checklist.status, JSON.stringify(checklist.body)).toBe(201);
    expect(checklist.body.handedTo).toBe('asesor.budi');
  });

  it('UJI-INSTRUMEN-RAHASIA: answer keys reach the assessors and BKN; the expert gets the items without them; participants, operators and the Komite nothing', async () => {
    const path = `${cohort(2)}/instruments/${instrumentId}`;
    for (const reader of [budi, admin]) {
      const read = await reader('GET', path);
      expect(read.status).toBe(200);
      expect(read.body.versions[0].items[0].answerKey).toBe('Inventarisasi tugas, norma waktu.');
    }
    const byExpert = await sri('GET', path);
    expect(byExpert.status).toBe(200);
    expect(byExpert.body.versions[0].items).toEqual([
      { text: 'Susun langkah analisis beban kerja satu unit.' },
    ]);
    const listed = await budi('GET', `${cohort(2)}/instruments`);
    expect(JSON.stringify(listed.body)).not.toContain('Inventarisasi');
    expect(
      listed.body.items.find((i: { instrumentId: string }) => i.instrumentId === instrumentId).versions[0],
    ).toMatchObject({
      itemCount: 1,
      reviewDueOn: '2020-05-01',
    });

    const outsiders = [
      await callerFor(stack, 'peserta', { nip: NIP, instansi: '3201' }),
      await callerFor(stack, 'instansi', { instansi: '3201' }),
      await callerFor(stack, 'kanreg', { kanreg: 'III' }),
      await callerFor(stack, 'komite'),
    ];
    for (const outsider of outsiders) {
      for (const route of [path, `${cohort(2)}/instruments`, `${cohort(2)}/test-plan`]) {
        const answer = await outsider('GET', route);
        expect([answer.status, answer.body.code], route).toEqual([403, 'FORBIDDEN_ROLE']);
      }
    }
  });

  it('UJI-RENCANA-WAJIB: evidence and a sheet for a unit of a session held from 14 April 2020 are refused until its plan covers a-e', async () => {
    expect((await admin('PUT', '/_local/clock', { date: '2020-04-07' })).status).toBe(200);
    // The session before Perban BKN 7/2020 records as the 2019 programme did.
    const early = await budi(
      'POST',
      `${cohort(1)}/participants/${NIP_EARLY}/units/${UNIT}/evidence`,
      soundEvidence('PORTOFOLIO'),
    );
    expect(early.status, JSON.stringify(early.body)).toBe(201);

    expect((await admin('PUT', '/_local/clock', { date: '2020-05-05' })).status).toBe(200);
    const participant = `${cohort(2)}/participants/${NIP}`;
    const evidence = await budi('POST', `${participant}/units/${UNIT}/evidence`, soundEvidence('PORTOFOLIO'));
    expect([evidence.status, evidence.body.code]).toEqual([422, 'UJI-RENCANA-WAJIB']);
    const sheet = await budi('POST', `${participant}/assessment`, {
      units: [
        { unitCode: UNIT, evidence: [soundEvidence('PORTOFOLIO')] },
        { unitCode: OTHER_UNIT, evidence: [soundEvidence('PORTOFOLIO')] },
      ],
    });
    expect(sheet.status).toBe(422);
    expect(sheet.body.details.map((d: { code: string; field: string }) => [d.code, d.field])).toEqual([
      ['UJI-RENCANA-WAJIB', 'units.0.unitCode'],
      ['UJI-RENCANA-WAJIB', 'units.1.unitCode'],
    ]);
  });

  it('UJI-INSTRUMEN-TINJAU: an instrument past its review interval cannot go into a new plan until reviewed; one reviewed as needing an update until a new version', async () => {
    const planPath = `${cohort(2)}/test-plan/units/${UNIT}`;
    const stale = await budi('PUT', planPath, planBody(instrumentId));
    expect(stale.status).toBe(422);
    expect(codes(stale.body)).toEqual(['UJI-INSTRUMEN-TINJAU', 'UJI-RENCANA-DIMENSI']);

    const review = (body: unknown) => admin('POST', `${cohort(2)}/instruments/${instrumentId}/reviews`, body);
    expect((await review({ version: 1, outcome: 'PERLU_PEMBARUAN', notes: 'Perbarui soal.' })).status).toBe(
      201,
    );
    expect(codes((await budi('PUT', planPath, planBody(instrumentId))).body)).toContain(
      'UJI-INSTRUMEN-TINJAU',
    );
    const sound = await budi('POST', `${cohort(2)}/instruments/${instrumentId}/reviews`, {
      version: 1,
      outcome: 'SESUAI',
    });
    expect(sound.status, JSON.stringify(sound.body)).toBe(201);
    expect(sound.body).toMatchObject({
      reviewedBy: 'asesor.budi',
      reviewedByRole: 'asesor',
      reviewedOn: '2020-05-05',
    });
    const read = await budi('GET', `${cohort(2)}/instruments/${instrumentId}`);
    expect(read.body.versions[0].reviewDueOn).toBe('2020-06-04');
    expect((await review({ version: 7, outcome: 'SESUAI' })).body.code).toBe('INSTRUMENT_NOT_FOUND');
  });

  it('versions: a new version never changes the one before, and keeps its units', async () => {
    const revised = await sri('POST', `${cohort(2)}/instruments/${instrumentId}/versions`, {
      ...instrument({ title: 'Tes tertulis, versi 2', dimensions: ['a', 'b'] }),
      unitCodes: undefined,
    });
    expect(revised.status, JSON.stringify(revised.body)).toBe(201);
    expect(revised.body).toMatchObject({ version: 2, unitCodes: [UNIT], title: 'Tes tertulis, versi 2' });
    const read = await admin('GET', `${cohort(2)}/instruments/${instrumentId}`);
    expect(read.body.latestVersion).toBe(2);
    expect(
      read.body.versions.map((v: { title: string; dimensions: string[] }) => [v.title, v.dimensions]),
    ).toEqual([
      ['Tes tertulis perencanaan kebutuhan pegawai', ['a', 'b', 'c', 'd', 'e']],
      ['Tes tertulis, versi 2', ['a', 'b']],
    ]);
    const missing = await sri('POST', `${cohort(2)}/instruments/ins_000000000000/versions`, {
      ...instrument(),
      unitCodes: undefined,
    });
    expect([missing.status, missing.body.code]).toEqual([404, 'INSTRUMENT_NOT_FOUND']);
  });

  it('UJI-METODE-MIN-2 / UJI-RENCANA-INSTRUMEN / UJI-RENCANA-DIMENSI: the assessors plan a unit with two methods and instruments covering a-e; the expert may not', async () => {
    const planPath = `${cohort(2)}/test-plan/units/${UNIT}`;
    const byExpert = await sri('PUT', planPath, planBody(instrumentId));
    expect([byExpert.status, byExpert.body.code]).toEqual([403, 'FORBIDDEN_ROLE']);
    const oneMethod = await budi('PUT', planPath, planBody(instrumentId, 1, ['TES_TERTULIS']));
    expect(codes(oneMethod.body)).toEqual(['UJI-METODE-MIN-2']);
    const partial = await budi('PUT', planPath, planBody(instrumentId, 2));
    expect(codes(partial.body)).toEqual(['UJI-RENCANA-DIMENSI']);
    const otherUnit = await budi('PUT', `${cohort(2)}/test-plan/units/${OTHER_UNIT}`, planBody(instrumentId));
    expect(codes(otherUnit.body)).toEqual(['UJI-RENCANA-INSTRUMEN', 'UJI-RENCANA-DIMENSI']);

    const planned = await budi('PUT', planPath, planBody(instrumentId));
    expect(planned.status, JSON.stringify(planned.body)).toBe(200);
    expect(planned.body).toMatchObject({
      unitCode: UNIT,
      methods: ['TES_TERTULIS', 'PORTOFOLIO'],
      instruments: [{ instrumentId, version: 1 }],
      dimensions: ['a', 'b', 'c', 'd', 'e'],
      plannedBy: 'asesor.budi',
    });
    const plan = await sri('GET', `${cohort(2)}/test-plan`);
    expect(plan.body.items.map((p: { unitCode: string }) => p.unitCode)).toEqual([UNIT]);
  });

  it('UJI-RENCANA-WAJIB: once planned, the unit records evidence; the unplanned one is still refused', async () => {
    const participant = `${cohort(2)}/participants/${NIP}`;
    const evidence = await budi('POST', `${participant}/units/${UNIT}/evidence`, soundEvidence('PORTOFOLIO'));
    expect(evidence.status, JSON.stringify(evidence.body)).toBe(201);
    const sheet = await budi('POST', `${participant}/assessment`, {
      units: [
        { unitCode: UNIT, evidence: [soundEvidence('TES_TERTULIS')] },
        { unitCode: OTHER_UNIT, evidence: [soundEvidence('PORTOFOLIO')] },
      ],
    });
    expect(sheet.body.details.map((d: { code: string; field: string }) => [d.code, d.field])).toEqual([
      ['UJI-RENCANA-WAJIB', 'units.1.unitCode'],
    ]);
    const planned = await budi('POST', `${participant}/assessment`, {
      units: [{ unitCode: UNIT, evidence: [soundEvidence('TES_TERTULIS')] }],
    });
    expect(planned.status, JSON.stringify(planned.body)).toBe(201);
  });

  it('UJI-METODE-RENCANA: evidence by a method the unit plan does not name is refused, one by one and by sheet', async () => {
    const participant = `${cohort(2)}/participants/${NIP}`;
    const one = await budi('POST', `${participant}/units/${UNIT}/evidence`, soundEvidence('OBSERVASI'));
    expect(one.status).toBe(422);
    expect(one.body.details.map((d: { code: string; field: string }) => [d.code, d.field])).toEqual([
      ['UJI-METODE-RENCANA', 'method'],
    ]);
    const sheet = await budi('POST', `${participant}/assessment`, {
      units: [{ unitCode: UNIT, evidence: [soundEvidence('PORTOFOLIO'), soundEvidence('OBSERVASI')] }],
    });
    expect(sheet.status).toBe(422);
    expect(sheet.body.details.map((d: { code: string; field: string }) => [d.code, d.field])).toEqual([
      ['UJI-METODE-RENCANA', 'units.0.evidence.1.method'],
    ]);
  });
});
