import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUIRED_DOCUMENTS } from '../../domain/eligibility/documents';
import { BriefingRequest } from '../../events/api/briefing';
import { TestSiteRequest } from '../../events/api/participant';
import { TestSiteCriteriaRequest } from '../../events/api/test-site';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, eligibleCandidate, startTestStack, type Caller } from './helpers';
import { seatInCohort, todayOn } from './pipeline-helpers';

/*
 * Regional and co-funded programmes through the local API (Perban BKN 7/2020 Pasal 7, 8, 11, 16(8), 27): a national
 * programme allocated per Kanreg and a province-funded regional programme of Kanreg III run side by side, each
 * counting only its own proposals, determinations and seats, though both have a cohort 1 and the same instansi
 * propose in both.
 */

const PDF = Buffer.from('%PDF-1.7\n% dokumen uji\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const FILES = REQUIRED_DOCUMENTS.map((kind) =>
  kind === 'PAS_FOTO'
    ? { kind, contentType: 'image/png', bytes: PNG }
    : { kind, contentType: 'application/pdf', bytes: PDF },
);

const INSTANSI = {
  '3200': { name: 'Pemerintah Provinsi Jawa Barat', kind: 'PROVINSI', kanreg: 'III' },
  '3273': { name: 'Pemerintah Kota Bandung', kind: 'KABUPATEN_KOTA', kanreg: 'III' },
  '3201': { name: 'Pemerintah Kabupaten Bogor', kind: 'KABUPATEN_KOTA', kanreg: 'III' },
  '3500': { name: 'Pemerintah Provinsi Jawa Timur', kind: 'PROVINSI', kanreg: 'II' },
} as const;
type Code = keyof typeof INSTANSI;

const WINDOW = { opensAt: '2027-03-01T08:00:00+07:00', closesAt: '2027-03-12T16:00:00+07:00' };
const cohort = (startDate: string, endDate: string) => ({
  number: 1,
  scheme: 'ADMINISTRATOR',
  capacity: 30,
  startDate,
  endDate,
});
const NATIONAL = {
  name: 'Sertifikasi Manajemen ASN Nasional 2027',
  year: 2027,
  schemes: ['ADMINISTRATOR'],
  quotaPerInstansi: { ADMINISTRATOR: 3 },
  proposalWindow: WINDOW,
  cohortPlan: [cohort('2027-05-10', '2027-05-11')],
};
const AGREEMENT = {
  reference: '800/12/BKD/2027',
  agreedOn: '2027-01-25',
  scheduleFrom: '2027-05-01',
  scheduleUntil: '2027-06-30',
};
const JABAR_APBD = {
  source: 'APBD_PROVINSI',
  funder: { instansiCode: '3200', name: 'Pemerintah Provinsi Jawa Barat' },
  agreement: AGREEMENT,
};
const REGIONAL = {
  ...NATIONAL,
  name: 'Sertifikasi Manajemen ASN Provinsi Jawa Barat 2027',
  cohortPlan: [cohort('2027-05-17', '2027-05-18')],
  initiatorInstansi: '3200',
  funding: JABAR_APBD,
  testSite: { name: 'Aula Kantor Regional III BKN', address: 'Jl. Surapati No. 1, Bandung' },
  candidates: 2,
};

/** NIPs by instansi and programme: nobody is proposed twice. */
const nip = (n: number) => `19850310201001${String(1000 + n)}`;

describe('regional and co-funded programmes beside the national one, end to end through the local API', () => {
  let stack: LocalStack;
  let admin: Caller;
  let kanreg3: Caller;
  let kanreg2: Caller;
  let komite: Caller;
  const operators = {} as Record<Code, Caller>;
  let national: string;
  let regionalId: string;
  let regional: string;

  /** An operator's proposal made ready to submit: candidates with every document, and the letter. */
  async function prepare(code: Code, programId: string, nips: string[]) {
    const as = operators[code];
    const base = `/programs/${programId}/proposals/${code}`;
    expect((await as('PUT', base)).status).toBe(201);
    for (const [i, each] of nips.entries()) {
      const path = `${base}/candidates/${each}`;
      expect((await as('PUT', path, eligibleCandidate('ADMINISTRATOR', `Calon ${code} ${i}`))).status).toBe(
        201,
      );
      const slots = await as('POST', `${path}/documents/uploads`, {
        documents: FILES.map(({ kind, contentType, bytes }) => ({ kind, contentType, size: bytes.length })),
      });
      expect(slots.status, JSON.stringify(slots.body)).toBe(200);
      for (const slot of slots.body.documents as {
        kind: string;
        method: string;
        url: string;
        headers: Record<string, string>;
      }[]) {
        const file = FILES.find((f) => f.kind === slot.kind)!;
        expect(
          (await fetch(slot.url, { method: slot.method, headers: slot.headers, body: file.bytes })).status,
        ).toBe(200);
      }
      const confirmed = await as('PUT', `${path}/documents`, {
        documents: FILES.map(({ kind }) => ({ kind })),
      });
      expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    }
    const letter = await as('POST', `${base}/letter/upload`, {
      contentType: 'application/pdf',
      size: PDF.length,
    });
    expect(letter.status).toBe(200);
    expect(
      (await fetch(letter.body.url, { method: 'PUT', headers: letter.body.headers, body: PDF })).status,
    ).toBe(200);
    expect((await as('PUT', `${base}/letter`)).status).toBe(200);
  }

  const submit = (code: Code, programId: string) =>
    operators[code]('POST', `/programs/${programId}/proposals/${code}/submit`);
  const decide = (programId: string, code: Code, who: string, outcome: string) =>
    admin('POST', `/programs/${programId}/proposals/${code}/candidates/${who}/decisions`, {
      outcome,
      ...(outcome === 'REJECTED' ? { reason: 'Koreksi sidang penetapan.' } : {}),
    });
  const allocations = async (as: Caller, programId: string) => {
    const answer = await as('GET', `/programs/${programId}/allocations`);
    expect(answer.status).toBe(200);
    return Object.fromEntries(
      (
        answer.body.items as { kanreg: string; allocated?: number; proposed: number; determined: number }[]
      ).map(({ kanreg, allocated, proposed, determined }) => [kanreg, { allocated, proposed, determined }]),
    );
  };

  beforeAll(async () => {
    stack = await startTestStack({ workers: false, calendarStart: { at: '2027-02-01T09:00:00+07:00' } });
    admin = await callerFor(stack, 'admin-bkn');
    komite = await callerFor(stack, 'komite');
    for (const [code, body] of Object.entries(INSTANSI)) {
      expect((await admin('PUT', `/instansi/${code}`, body)).status).toBe(200);
      operators[code as Code] = await callerFor(stack, 'instansi', { instansi: code });
    }
    kanreg3 = await callerFor(stack, 'kanreg', { kanreg: 'III' });
    kanreg2 = await callerFor(stack, 'kanreg', { kanreg: 'II' });
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it('records every programme’s funding: BKN’s APBN by default, another funder only with the agreed schedule its cohorts fall in (DANA-KESEPAKATAN, DANA-JADWAL)', async () => {
    const created = await admin('POST', '/programs', NATIONAL);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ funding: { source: 'APBN' }, origin: { kind: 'NASIONAL' } });
    national = created.body.id;

    const noAgreement = await admin('POST', '/programs', {
      ...NATIONAL,
      funding: { source: 'LAINNYA', funder: { name: 'Yayasan Pengembangan ASN' } },
    });
    expect(noAgreement.status).toBe(422);
    expect(noAgreement.body.code).toBe('DANA-KESEPAKATAN');
    const outside = await admin('POST', '/programs', {
      ...NATIONAL,
      cohortPlan: [cohort('2027-07-05', '2027-07-06')],
      funding: { source: 'LAINNYA', funder: { name: 'Yayasan Pengembangan ASN' }, agreement: AGREEMENT },
    });
    expect(outside.status).toBe(422);
    expect(outside.body).toMatchObject({ code: 'DANA-JADWAL', details: [{ field: 'cohortPlan.0' }] });
  });

  it('BKN allocates candidates per Kanreg before the window opens; a programme already open runs without (ALOKASI-SEBELUM-USULAN)', async () => {
    expect(
      (await admin('PUT', `/programs/${national}/allocations/III`, { candidates: 2 })).body,
    ).toMatchObject({
      programId: national,
      kanreg: 'III',
      allocated: 2,
      proposed: 0,
      determined: 0,
    });
    expect((await admin('PUT', `/programs/${national}/allocations/II`, { candidates: 1 })).status).toBe(200);
    expect((await admin('GET', `/programs/${national}`)).body.allocatedPerKanreg).toBe(true);

    const open = await admin('POST', '/programs', {
      ...NATIONAL,
      name: 'Program yang sudah terbuka',
      proposalWindow: { opensAt: '2027-01-31T08:00:00+07:00', closesAt: WINDOW.closesAt },
    });
    expect(open.status).toBe(201);
    const late = await admin('PUT', `/programs/${open.body.id}/allocations/III`, { candidates: 5 });
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('ALOKASI-SEBELUM-USULAN');
    expect((await admin('GET', `/programs/${open.body.id}`)).body.allocatedPerKanreg).toBeUndefined();
  });

  it('a Kanreg proposes a programme a province of its region initiates and pays for; other initiators and budgets are refused (PROGRAM-DAERAH-INISIATOR, -DANA)', async () => {
    const otherRegion = await kanreg3('POST', '/regional-programs', {
      ...REGIONAL,
      initiatorInstansi: '3500',
      funding: { ...JABAR_APBD, funder: { instansiCode: '3500', name: 'Jawa Timur' } },
    });
    expect(otherRegion.status).toBe(422);
    expect(otherRegion.body.code).toBe('PROGRAM-DAERAH-INISIATOR');
    const onApbn = await kanreg3('POST', '/regional-programs', { ...REGIONAL, funding: { source: 'APBN' } });
    expect(onApbn.status).toBe(422);
    expect(onApbn.body.code).toBe('PROGRAM-DAERAH-DANA');
    expect((await admin('POST', '/regional-programs', REGIONAL)).status).toBe(403);

    const proposed = await kanreg3('POST', '/regional-programs', REGIONAL);
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    expect(proposed.body).toMatchObject({
      kanreg: 'III',
      status: 'PROPOSED',
      initiator: { code: '3200', name: 'Pemerintah Provinsi Jawa Barat' },
      testSite: { kanreg: 'III', name: 'Aula Kantor Regional III BKN' },
    });
    regionalId = proposed.body.id;
  });

  it('until BKN approves it no programme exists or opens; another Kanreg sees no proposal', async () => {
    const programs = await admin('GET', '/programs?year=2027');
    expect(programs.body.items.map((p: { name: string }) => p.name)).not.toContain(REGIONAL.name);
    expect((await kanreg2('GET', `/regional-programs/${regionalId}`)).status).toBe(404);
    expect((await kanreg2('GET', '/regional-programs')).body.items).toEqual([]);
    expect((await kanreg3('GET', '/regional-programs?status=PROPOSED')).body.items).toHaveLength(1);
    expect((await admin('GET', '/regional-programs?status=PROPOSED')).body.items[0].id).toBe(regionalId);
  });

  it('BKN’s training unit approves it only after coordination (PROGRAM-DAERAH-KOORDINASI), once, creating the programme with its Kanreg’s allocation and test site', async () => {
    const coordination = { heldOn: '2027-02-02', reference: 'ND-17/Pusbang ASN/II/2027' };
    const early = await admin('POST', `/regional-programs/${regionalId}/decision`, {
      outcome: 'APPROVED',
      coordination,
    });
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('PROGRAM-DAERAH-KOORDINASI');

    const approved = await admin('POST', `/regional-programs/${regionalId}/decision`, {
      outcome: 'APPROVED',
      coordination: { ...coordination, heldOn: '2027-02-01' },
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(201);
    expect(approved.body).toMatchObject({
      name: REGIONAL.name,
      status: 'SCHEDULED',
      funding: JABAR_APBD,
      origin: { kind: 'DAERAH', kanreg: 'III', initiator: { code: '3200' }, regionalProgramId: regionalId },
      allocatedPerKanreg: true,
      testSite: {
        kanreg: 'III',
        name: 'Aula Kantor Regional III BKN',
        address: 'Jl. Surapati No. 1, Bandung',
      },
    });
    regional = approved.body.id;
    expect((await kanreg3('GET', `/regional-programs/${regionalId}`)).body).toMatchObject({
      status: 'APPROVED',
      programId: regional,
      decision: { outcome: 'APPROVED', allocation: 2 },
    });
    const again = await admin('POST', `/regional-programs/${regionalId}/decision`, {
      outcome: 'REJECTED',
      coordination,
      reason: 'Anggaran daerah belum tersedia.',
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('REGIONAL_PROGRAM_DECIDED');
    expect(await allocations(admin, regional)).toEqual({ III: { allocated: 2, proposed: 0, determined: 0 } });
  });

  it('proposals count against their own programme’s allocation only (ALOKASI-USULAN), and a regional programme takes only its region (PROGRAM-DAERAH-WILAYAH)', async () => {
    await admin('PUT', '/_local/clock', { at: '2027-03-02T09:00:00+07:00' });
    await prepare('3273', national, [nip(1), nip(2)]);
    await prepare('3201', national, [nip(3)]);
    await prepare('3201', regional, [nip(4)]);
    await prepare('3500', regional, [nip(5)]);

    expect((await submit('3273', national)).status).toBe(200);
    const over = await submit('3201', national);
    expect(over.status).toBe(422);
    expect(over.body.code).toBe('ALOKASI-USULAN');
    // The same instansi, in the other programme: that one's allocation is untouched.
    expect((await submit('3201', regional)).status).toBe(200);
    const outside = await submit('3500', regional);
    expect(outside.status).toBe(422);
    // Outside the region, and Kanreg II has no allocation in this programme: both reasons are given.
    expect(outside.body.details.map((v: { code: string }) => v.code)).toEqual([
      'PROGRAM-DAERAH-WILAYAH',
      'ALOKASI-USULAN',
    ]);

    expect(await allocations(admin, national)).toEqual({
      III: { allocated: 2, proposed: 2, determined: 0 },
      II: { allocated: 1, proposed: 0, determined: 0 },
    });
    expect(await allocations(admin, regional)).toEqual({ III: { allocated: 2, proposed: 1, determined: 0 } });
  });

  it('two submissions racing for the last place of the region: one counted, the other refused, none lost', async () => {
    await prepare('3200', regional, [nip(6)]);
    await prepare('3273', regional, [nip(7)]);

    const answers = await Promise.all([submit('3200', regional), submit('3273', regional)]);

    expect(answers.map((a) => a.status).sort()).toEqual([200, 422]);
    expect(answers.find((a) => a.status === 422)!.body.code).toBe('ALOKASI-USULAN');
    expect((await allocations(admin, regional)).III).toEqual({ allocated: 2, proposed: 2, determined: 0 });
  });

  it('the determination of candidates stays within the allocation (ALOKASI-PENETAPAN), which is never lowered below it (ALOKASI-DI-BAWAH-PENETAPAN)', async () => {
    expect((await decide(national, '3273', nip(1), 'ACCEPTED')).status).toBe(200);
    expect((await decide(national, '3273', nip(2), 'ACCEPTED')).status).toBe(200);
    const lowered = await admin('PUT', `/programs/${national}/allocations/III`, { candidates: 1 });
    expect(lowered.status).toBe(422);
    expect(lowered.body.code).toBe('ALOKASI-DI-BAWAH-PENETAPAN');

    const regionalWinner =
      (await operators['3200']('GET', `/programs/${regional}/proposals/3200`)).body.status === 'SUBMITTED'
        ? '3200'
        : '3273';
    const winnerNip = regionalWinner === '3200' ? nip(6) : nip(7);
    expect((await admin('PUT', `/programs/${regional}/allocations/III`, { candidates: 1 })).status).toBe(200);
    expect((await decide(regional, '3201', nip(4), 'ACCEPTED')).status).toBe(200);
    const beyond = await decide(regional, regionalWinner, winnerNip, 'ACCEPTED');
    expect(beyond.status).toBe(422);
    expect(beyond.body.code).toBe('ALOKASI-PENETAPAN');
    // Correcting an acceptance gives its place back.
    expect((await decide(regional, '3201', nip(4), 'REJECTED')).status).toBe(200);
    expect((await decide(regional, regionalWinner, winnerNip, 'ACCEPTED')).status).toBe(200);

    expect(await allocations(admin, national)).toMatchObject({
      III: { allocated: 2, proposed: 2, determined: 2 },
    });
    expect(await allocations(komite, regional)).toEqual({
      III: { allocated: 1, proposed: 2, determined: 1 },
    });
  });

  it('a Kanreg operator reads its own region’s allocation only', async () => {
    expect(await allocations(kanreg3, national)).toEqual({
      III: { allocated: 2, proposed: 2, determined: 2 },
    });
    expect(await allocations(kanreg2, national)).toEqual({
      II: { allocated: 1, proposed: 0, determined: 0 },
    });
    expect(await allocations(kanreg2, regional)).toEqual({
      II: { allocated: undefined, proposed: 0, determined: 0 },
    });
  });

  it('each programme’s cohort 1 holds its own seats', async () => {
    await seatInCohort(national, 1, [{ nip: nip(1), name: 'Calon 3273 0' }]);
    await seatInCohort(regional, 1, [
      { nip: nip(6), name: 'Calon 3200 0' },
      { nip: nip(7), name: 'Calon 3273 0' },
    ]);
    const seats = async (programId: string) =>
      (
        (await admin('GET', `/programs/${programId}/cohorts`)).body.items as {
          number: number;
          seatsTaken: number;
          startDate: string;
        }[]
      ).map(({ number, seatsTaken, startDate }) => ({ number, seatsTaken, startDate }));
    expect(await seats(national)).toEqual([{ number: 1, seatsTaken: 1, startDate: '2027-05-10' }]);
    expect(await seats(regional)).toEqual([{ number: 1, seatsTaken: 2, startDate: '2027-05-17' }]);
  });

  it('PENGARAHAN-PENYELENGGARA, TUK-WILAYAH-PROGRAM-DAERAH: a regional cohort given its site through the older seating route (no region) takes only a site known to be its Kanreg’s, and is briefed with that Kanreg', async () => {
    const today = await todayOn(admin);
    const seatAt = (site: { name: string; address: string }) =>
      admin('PUT', `/programs/${regional}/cohorts/1/test-site`, {
        ...(TestSiteRequest.meta()?.examples as Record<string, unknown>[])[0]!,
        tukId: 'TUK-AULA-KANREG-III',
        ...site,
        kind: 'RUANG_PERTEMUAN',
        verification: {
          verifiedOn: today,
          verifiedByRole: 'KOORDINATOR_SERTIFIKASI',
          facilitiesReady: true,
          infrastructureReady: true,
          personnelReady: true,
          impartial: true,
          healthAndSafety: true,
          workplaceRiskAssessed: true,
          notInUseForWork: true,
        },
        designation: { issuedOn: today },
      });
    // Not the site the programme recorded, and not on the register: its region is not known to be Kanreg III.
    const unknown = await seatAt({
      name: 'Gedung Serbaguna Pusat',
      address: 'Jl. Letjen Sutoyo 12, Jakarta',
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.details).toEqual([
      expect.objectContaining({ code: 'TUK-WILAYAH-PROGRAM-DAERAH', field: 'use' }),
    ]);
    const sited = await seatAt(REGIONAL.testSite);
    expect(sited.status, JSON.stringify(sited.body)).toBe(200);
    expect(sited.body.testSite.region).toBeUndefined();
    const briefing = (withKanreg: string) =>
      admin('PUT', `/programs/${regional}/cohorts/1/briefing`, {
        ...(BriefingRequest.meta()?.examples as Record<string, unknown>[])[0]!,
        heldOn: today,
        withKanreg,
      });
    const elsewhere = await briefing('II');
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body.code).toBe('PENGARAHAN-PENYELENGGARA');
    const held = await briefing('III');
    expect(held.status, JSON.stringify(held.body)).toBe(200);
  });

  it('TUK-WILAYAH-PROGRAM-DAERAH: the regional cohort is designated a verified site of its Kanreg only; the national one any verified site', async () => {
    const today = await todayOn(admin);
    const criteria = (
      TestSiteCriteriaRequest.meta()?.examples as { criteria: { code: string; aspect: string }[] }[]
    )[0]!.criteria;
    expect((await admin('PUT', '/test-site-criteria', { criteria })).status).toBe(200);
    const coordinator = { name: 'Rina Kartika, S.E.', role: 'KOORDINATOR_SERTIFIKASI' };
    const office = criteria
      .filter((c) => !['RISIKO_TEMPAT_KERJA', 'TIDAK_DIGUNAKAN_BEKERJA'].includes(c.aspect))
      .map((c) => ({ code: c.code, met: true }));
    const sites = { 'TUK-PUSBANG-01': 'PUSAT', 'TUK-KANREG-III-01': 'III' };
    for (const [tukId, region] of Object.entries(sites)) {
      const site = {
        name: `Ruang uji ${region}`,
        address: 'Jl. Surapati No. 1, Bandung',
        kind: 'RUANG_PERTEMUAN',
        region,
        identifiedBy: coordinator,
      };
      expect((await admin('PUT', `/test-sites/${tukId}`, site)).status).toBe(200);
      for (const programId of [national, regional]) {
        const use = { programId, cohort: 1 };
        const verified = await admin('POST', `/test-sites/${tukId}/verifications`, {
          use,
          verifiedOn: today,
          verifiedBy: coordinator,
          findings: office,
        });
        expect(verified.status, JSON.stringify(verified.body)).toBe(201);
      }
    }
    const designate = (tukId: string, programId: string) =>
      admin('POST', `/test-sites/${tukId}/designations`, {
        use: { programId, cohort: 1 },
        decree: {
          number: '815/KEP/PUSBANG/2027',
          issuedOn: today,
          signedBy: { name: 'Dr. Hardianawati, M.Si.', position: 'Kepala Pusat Pengembangan ASN BKN' },
        },
      });
    const atCentre = await designate('TUK-PUSBANG-01', regional);
    expect(atCentre.status).toBe(422);
    expect(atCentre.body.details).toEqual([
      expect.objectContaining({ code: 'TUK-WILAYAH-PROGRAM-DAERAH', field: 'use' }),
    ]);
    expect(atCentre.body.details[0].message).toContain('Aula Kantor Regional III BKN');
    const atKanreg = await designate('TUK-KANREG-III-01', regional);
    expect(atKanreg.status, JSON.stringify(atKanreg.body)).toBe(201);
    expect(atKanreg.body.testSite).toMatchObject({ tukId: 'TUK-KANREG-III-01', region: 'III' });
    const national1 = await designate('TUK-PUSBANG-01', national);
    expect(national1.status, JSON.stringify(national1.body)).toBe(201);
  });
});
