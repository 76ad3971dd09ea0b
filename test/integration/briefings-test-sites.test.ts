import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requiredUnitsFor } from '../../domain/result/attempt';
import { addDays, type IsoDate } from '../../domain/shared/dates';
import { TestSiteCriteriaRequest } from '../../events/api/test-site';
import { findCohort, saveParticipant, takeSeat } from '../../adapters/dynamodb/seating-repository';
import type { LocalStack } from '../../tools/local/local-stack';
import { programBody, startTestStack, type Caller } from './helpers';
import {
  BUDI,
  callerNamed,
  onTestDay,
  plannedForTest,
  soundEvidence,
  todayOn,
  teamByDecree,
} from './pipeline-helpers';

/*
 * Perban BKN 7/2020 Pasal 27(4)-(5) and 33 through the local API: BKN's test-site criteria, a site identified,
 * verified for each use and designated by decree; the cohort's briefing by a JPT Pratama official (or one
 * designated), with the Kanreg only where the test is held in its region; attendance; and no testing of a
 * participant who was not briefed.
 */

const UNIT = requiredUnitsFor('ADMINISTRATOR')[0]!;
const BRIEFED = '198503102010011002';
const ABSENT = '199002152015032001';
const NEVER = '199105052019031004';
const ELSEWHERE = '198807072012121005';
const CRITERIA = (
  TestSiteCriteriaRequest.meta()?.examples as { criteria: { code: string; aspect: string }[] }[]
)[0]!.criteria;
const WORKPLACE_ONLY = ['RISIKO_TEMPAT_KERJA', 'TIDAK_DIGUNAKAN_BEKERJA'];
const coordinator = { name: 'Rina Kartika, S.E.', role: 'KOORDINATOR_SERTIFIKASI' };

describe('test sites and the programme briefing, end to end through the local API (Pasal 27, 33)', () => {
  let stack: LocalStack;
  let admin: Caller;
  let budi: Caller;
  let programId: string;
  let today: IsoDate;
  const cohortPath = (n: number) => `/programs/${programId}/cohorts/${n}`;
  const findings = (kind: 'office' | 'workplace', unmet: string[] = []) =>
    CRITERIA.filter((c) => kind === 'workplace' || !WORKPLACE_ONLY.includes(c.aspect)).map((c) => ({
      code: c.code,
      met: !unmet.includes(c.code),
    }));
  const verify = (tukId: string, cohort: number, body: Record<string, unknown> = {}) =>
    admin('POST', `/test-sites/${tukId}/verifications`, {
      use: { programId, cohort },
      verifiedOn: today,
      verifiedBy: coordinator,
      findings: findings('office'),
      ...body,
    });
  const designate = (tukId: string, cohort: number, issuedOn: string = today) =>
    admin('POST', `/test-sites/${tukId}/designations`, {
      use: { programId, cohort },
      decree: {
        number: '812/KEP/PUSBANG/2026',
        issuedOn,
        signedBy: { name: 'Dr. Hardianawati, M.Si.', position: 'Kepala Pusat Pengembangan ASN BKN' },
      },
    });
  const briefing = (o: Record<string, unknown> = {}) => ({
    heldOn: today,
    place: 'Kanreg V BKN, Aula',
    official: {
      name: 'Dr. Hardianawati, M.Si.',
      position: 'Kepala Pusat Pengembangan ASN BKN',
      level: 'JPT_PRATAMA',
      designation: null,
    },
    withKanreg: null,
    ...o,
  });

  beforeAll(async () => {
    stack = await startTestStack({ workers: false });
    admin = await callerNamed(stack, 'admin-bkn', 'bkn-admin-1');
    budi = await callerNamed(stack, 'asesor', BUDI.username as string);
    today = await todayOn(admin);
    const program = await admin('POST', '/programs', {
      ...programBody(1_500, 3_600_000, 'Program pengarahan dan TUK'),
      cohortPlan: [1, 2].map((number) => ({
        number,
        scheme: 'ADMINISTRATOR',
        capacity: 4,
        startDate: addDays(today, 3 * number),
        endDate: addDays(today, 3 * number + 1),
      })),
    });
    expect(program.status, JSON.stringify(program.body)).toBe(201);
    programId = program.body.id;
    for (const [nip, cohortNumber] of [
      [BRIEFED, 1],
      [ABSENT, 1],
      [NEVER, 1],
      [ELSEWHERE, 2],
    ] as const) {
      const now = new Date().toISOString();
      await saveParticipant({
        programId,
        nip,
        instansiCode: '3201',
        name: `Peserta ${nip.slice(-4)}`,
        scheme: 'ADMINISTRATOR',
        position: { title: 'Kepala Bidang', unit: 'BKPSDM', rank: 'III/d' },
        status: 'SET',
        setting: { decision: 'SET', decidedBy: 'bkn-admin-1', decidedAt: now },
        updatedAt: now,
      });
      const cohort = (await findCohort(programId, cohortNumber))!;
      expect(await takeSeat({ programId, nip, scheme: 'ADMINISTRATOR' }, cohort, now)).toBe('SEATED');
    }
    await teamByDecree(admin, programId, 1, [BUDI]);
    // Every unit planned (UJI-RENCANA-WAJIB), so only the briefing decides who is tested.
    await plannedForTest(programId, 1);
  }, 180_000);
  afterAll(async () => {
    await stack?.stop();
  });

  describe('test sites (Pasal 27(4)-(5))', () => {
    it('TUK-KRITERIA-LENGKAP: BKN keeps the criteria as data, each version covering every aspect', async () => {
      expect((await admin('GET', '/test-site-criteria')).body.code).toBe('TEST_SITE_CRITERIA_NOT_FOUND');
      const partial = await admin('PUT', '/test-site-criteria', {
        criteria: CRITERIA.filter((c) => c.aspect !== 'K3'),
      });
      expect(partial.status).toBe(422);
      expect(partial.body.details.map((d: { code: string }) => d.code)).toEqual(['TUK-KRITERIA-LENGKAP']);
      for (const version of [1, 2]) {
        const set = await admin('PUT', '/test-site-criteria', { criteria: CRITERIA });
        expect(set.status).toBe(200);
        expect(set.body.version).toBe(version);
      }
      expect((await admin('GET', '/test-site-criteria')).body.version).toBe(2);
    });

    it('TUK-IDENTIFIKASI-KOORDINATOR: the certification coordinator identifies a site', async () => {
      const site = {
        name: 'Kanreg V BKN, Ruang Rapat',
        address: 'Jl. Letjen Sutoyo, Jakarta Timur',
        kind: 'RUANG_PERTEMUAN',
        region: 'V',
      };
      const refused = await admin('PUT', '/test-sites/TUK-KANREG-V-01', {
        ...site,
        identifiedBy: { ...coordinator, role: 'LAINNYA' },
      });
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('TUK-IDENTIFIKASI-KOORDINATOR');
      expect((await admin('GET', '/test-sites/TUK-KANREG-V-01')).status).toBe(404);
      const identified = await admin('PUT', '/test-sites/TUK-KANREG-V-01', {
        ...site,
        identifiedBy: coordinator,
      });
      expect(identified.status).toBe(200);
      expect(identified.body).toMatchObject({ tukId: 'TUK-KANREG-V-01', region: 'V', verifications: [] });
    });

    it('TUK-VERIFIKASI-KRITERIA: a verification judges every criterion of the site kind, once, and only those', async () => {
      const missing = await verify('TUK-KANREG-V-01', 1, { findings: findings('office').slice(1) });
      expect(missing.status).toBe(422);
      expect(missing.body.code).toBe('TUK-VERIFIKASI-KRITERIA');
      const workplaceOnly = await verify('TUK-KANREG-V-01', 1, { findings: findings('workplace') });
      expect(workplaceOnly.status).toBe(422);
      expect(workplaceOnly.body.details.map((d: { code: string }) => d.code)).toEqual([
        'TUK-VERIFIKASI-KRITERIA',
        'TUK-VERIFIKASI-KRITERIA',
      ]);
      expect((await admin('GET', '/test-sites/TUK-KANREG-V-01')).body.verifications).toEqual([]);
    });

    it('TUK-VERIFIKASI-SETIAP-PENGGUNAAN: by the coordinator, not after the use date; and never a designation without one', async () => {
      const late = await verify('TUK-KANREG-V-01', 1, { verifiedOn: addDays(today, 4) });
      expect(late.status).toBe(422);
      expect(late.body.code).toBe('TUK-VERIFIKASI-SETIAP-PENGGUNAAN');
      const other = await verify('TUK-KANREG-V-01', 1, { verifiedBy: { ...coordinator, role: 'LAINNYA' } });
      expect(other.body.code).toBe('TUK-VERIFIKASI-SETIAP-PENGGUNAAN');
      const unverified = await designate('TUK-KANREG-V-01', 1);
      expect(unverified.status).toBe(422);
      expect(unverified.body.code).toBe('TUK-VERIFIKASI-SETIAP-PENGGUNAAN');
    });

    it('TUK-KETIDAKBERPIHAKAN-K3, TUK-KESIAPAN: a verification finding a criterion unmet is recorded, and the site is not designated on it', async () => {
      const unmet = await verify('TUK-KANREG-V-01', 1, { findings: findings('office', ['K3-1', 'SAR-1']) });
      expect(unmet.status, JSON.stringify(unmet.body)).toBe(201);
      expect(unmet.body.verifications[0]).toMatchObject({
        criteriaVersion: 2,
        readiness: { K3: false, SARANA: false, PRASARANA: true },
      });
      const refused = await designate('TUK-KANREG-V-01', 1);
      expect(refused.status).toBe(422);
      expect(refused.body.details.map((d: { code: string }) => d.code).sort()).toEqual([
        'TUK-KESIAPAN',
        'TUK-KETIDAKBERPIHAKAN-K3',
      ]);
      expect((await findCohort(programId, 1))!.testSite).toBeUndefined();
    });

    it('TUK-PENETAPAN-SK: the decree follows the verification and precedes the use; then the site is the cohort\u2019s', async () => {
      expect((await verify('TUK-KANREG-V-01', 1)).status).toBe(201);
      const early = await designate('TUK-KANREG-V-01', 1, addDays(today, -1));
      expect(early.status).toBe(422);
      expect(early.body.code).toBe('TUK-PENETAPAN-SK');
      const designated = await designate('TUK-KANREG-V-01', 1);
      expect(designated.status, JSON.stringify(designated.body)).toBe(201);
      expect(designated.body.testSite).toMatchObject({
        tukId: 'TUK-KANREG-V-01',
        region: 'V',
        verifiedOn: today,
        designatedOn: today,
        decree: { number: '812/KEP/PUSBANG/2026' },
      });
      const site = (await admin('GET', '/test-sites/TUK-KANREG-V-01')).body;
      expect(site.designations).toHaveLength(1);
      expect(site.designations[0].basedOnVerification).toBe(site.verifications[1].verificationId);
    });

    it('TUK-VERIFIKASI-SETIAP-PENGGUNAAN: a site verified for one use is verified again before the next', async () => {
      const next = await designate('TUK-KANREG-V-01', 2);
      expect(next.status).toBe(422);
      expect(next.body.code).toBe('TUK-VERIFIKASI-SETIAP-PENGGUNAAN');
      expect((await verify('TUK-KANREG-V-01', 2)).status).toBe(201);
      expect((await designate('TUK-KANREG-V-01', 2)).status).toBe(201);
    });

    it('TUK-RISIKO-TEMPAT-KERJA: a workplace site is judged on its workplace risk and its not being in use', async () => {
      const identified = await admin('PUT', '/test-sites/TUK-BKPSDM-01', {
        name: 'BKPSDM Kabupaten Bogor, Ruang Kerja',
        address: 'Jl. Tegar Beriman, Cibinong',
        kind: 'TEMPAT_KERJA',
        region: 'PUSAT',
        identifiedBy: coordinator,
      });
      expect(identified.status).toBe(200);
      const verified = await verify('TUK-BKPSDM-01', 2, { findings: findings('workplace', ['TDB-1']) });
      expect(verified.status).toBe(201);
      const refused = await designate('TUK-BKPSDM-01', 2);
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('TUK-RISIKO-TEMPAT-KERJA');
    });
  });

  describe('the programme briefing (Pasal 33)', () => {
    it('PENGARAHAN-PEJABAT: an official below JPT Pratama briefs only when designated by letter', async () => {
      const official = { ...briefing().official, level: 'ADMINISTRATOR' };
      const refused = await admin('PUT', `${cohortPath(1)}/briefing`, briefing({ official }));
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('PENGARAHAN-PEJABAT');
      expect((await admin('GET', `${cohortPath(1)}/briefing`)).body.code).toBe('BRIEFING_NOT_FOUND');
    });

    it('PENGARAHAN-PENYELENGGARA: with a Kanreg only where the test is held in its region', async () => {
      const wrong = await admin('PUT', `${cohortPath(1)}/briefing`, briefing({ withKanreg: 'III' }));
      expect(wrong.status).toBe(422);
      expect(wrong.body.code).toBe('PENGARAHAN-PENYELENGGARA');
    });

    it('PENGARAHAN-SEBELUM-UJI: a briefing is recorded once held, not for a later day', async () => {
      const future = await admin('PUT', `${cohortPath(1)}/briefing`, briefing({ heldOn: addDays(today, 1) }));
      expect(future.status).toBe(422);
      expect(future.body.code).toBe('PENGARAHAN-SEBELUM-UJI');
    });

    it('BRIEFING_NOT_FOUND: no attendance before the briefing is recorded', async () => {
      const early = await admin('PUT', `${cohortPath(1)}/briefing/attendance`, {
        attendees: [{ nip: BRIEFED, present: true }],
      });
      expect(early.status).toBe(409);
      expect(early.body.code).toBe('BRIEFING_NOT_FOUND');
    });

    it('a designated official briefs the cohort with Kanreg V, its test being held there', async () => {
      const official = {
        ...briefing().official,
        level: 'ADMINISTRATOR',
        designation: { letterNumber: 'ST-12/PUSBANG/2026', issuedOn: today },
      };
      const held = await admin('PUT', `${cohortPath(1)}/briefing`, briefing({ official, withKanreg: 'V' }));
      expect(held.status, JSON.stringify(held.body)).toBe(200);
      expect(held.body).toMatchObject({ cohort: 1, withKanreg: 'V', attendees: [] });
    });

    it('PENGARAHAN-PESERTA-LAYAK: attendance only of participants seated in the cohort; nothing written otherwise', async () => {
      const refused = await admin('PUT', `${cohortPath(1)}/briefing/attendance`, {
        attendees: [
          { nip: BRIEFED, present: true },
          { nip: ELSEWHERE, present: true },
        ],
      });
      expect(refused.status).toBe(422);
      expect(refused.body.details).toMatchObject([
        { code: 'PENGARAHAN-PESERTA-LAYAK', field: 'attendees.1.nip' },
      ]);
      expect((await admin('GET', `${cohortPath(1)}/briefing`)).body.attendees).toEqual([]);
      const recorded = await admin('PUT', `${cohortPath(1)}/briefing/attendance`, {
        attendees: [
          { nip: BRIEFED, present: true },
          { nip: ABSENT, present: false },
        ],
      });
      expect(recorded.status).toBe(200);
      expect(
        recorded.body.attendees.map((a: { nip: string; present: boolean }) => [a.nip, a.present]),
      ).toEqual([
        [BRIEFED, true],
        [ABSENT, false],
      ]);
    });

    it('PENGARAHAN-WAJIB: on the test day, evidence and sheets of a participant not briefed are refused; the briefed are tested', async () => {
      await onTestDay(admin, programId, 1);
      const participant = (nip: string) => `${cohortPath(1)}/participants/${nip}`;
      for (const nip of [NEVER, ABSENT]) {
        const evidence = await budi(
          'POST',
          `${participant(nip)}/units/${UNIT}/evidence`,
          soundEvidence('PORTOFOLIO'),
        );
        expect(evidence.status).toBe(422);
        expect(evidence.body.code).toBe('PENGARAHAN-WAJIB');
      }
      const sheet = await budi('POST', `${participant(NEVER)}/assessment`, {
        units: [{ unitCode: UNIT, evidence: [soundEvidence('PORTOFOLIO')] }],
      });
      expect(sheet.status).toBe(422);
      expect(sheet.body.code).toBe('PENGARAHAN-WAJIB');
      const never = await admin('GET', `${participant(NEVER)}/assessment`);
      expect(never.body.units.every((u: { evidence: unknown[] }) => u.evidence.length === 0)).toBe(true);
      const briefed = await budi(
        'POST',
        `${participant(BRIEFED)}/units/${UNIT}/evidence`,
        soundEvidence('PORTOFOLIO'),
      );
      expect(briefed.status, JSON.stringify(briefed.body)).toBe(201);
    });
  });
});
