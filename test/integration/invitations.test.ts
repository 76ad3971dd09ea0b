import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestNotificationDate } from '../../domain/assessment/structural/notification';
import { REQUIRED_DOCUMENTS } from '../../domain/eligibility/documents';
import { dateInWib } from '../../domain/program/program';
import { qualificationsOfScheme, requiredUnitCodes } from '../../domain/reference/qualifications';
import { addDays } from '../../domain/shared/dates';
import type { LocalStack } from '../../infra/local/local-stack';
import {
  callerFor,
  eventually,
  programBody,
  startTestStack,
  type Caller,
  eligibleCandidate,
} from './helpers';

const NIP_ADM = '198503102010011002';
const NIP_PGW = '199001152015032001';
const PDF = Buffer.from('%PDF-1.7\n% dokumen uji\n%%EOF\n');

/**
 * Cohort 1 (ADMINISTRATOR) starts in 14 days: its registration opens today and its invitation is still in time.
 * Cohort 2 (PENGAWAS) starts in 2 days: its registration is also due, but fewer than 6 working days remain.
 */
const today = dateInWib(new Date());
const IN_TIME = addDays(today, 14);
const TOO_LATE = addDays(today, 2);

const candidate = eligibleCandidate;

describe('invitations of seated participants, end to end through the local API', () => {
  let stack: LocalStack;
  let admin: Caller;
  let bogor: Caller;
  let jabar: Caller;
  let asesor: Caller;
  let programId: string;
  const base = () => `/programs/${programId}/proposals/3201`;
  const invitationOf = (nip: string) => `/programs/${programId}/participants/${nip}/invitation`;

  async function upload(slotPath: string, confirmPath: string) {
    const slot = await bogor('POST', slotPath, { contentType: 'application/pdf', size: PDF.length });
    expect(slot.status).toBe(200);
    expect(
      (await fetch(slot.body.url, { method: 'PUT', headers: slot.body.headers, body: PDF })).status,
    ).toBe(200);
    expect((await bogor('PUT', confirmPath)).status).toBe(200);
  }

  beforeAll(async () => {
    // The premise of the two cases, checked with the rule itself rather than assumed.
    const inTime = latestNotificationDate(IN_TIME);
    const late = latestNotificationDate(TOO_LATE);
    expect(inTime.ok && inTime.value >= today).toBe(true);
    expect(late.ok && late.value < today).toBe(true);

    stack = await startTestStack();
    admin = await callerFor(stack, 'admin-bkn');
    bogor = await callerFor(stack, 'instansi', { instansi: '3201' });
    jabar = await callerFor(stack, 'instansi', { instansi: '3200' });
    asesor = await callerFor(stack, 'asesor');
    for (const [code, body] of [
      ['3201', { name: 'Pemerintah Kabupaten Bogor', kind: 'KABUPATEN_KOTA', kanreg: 'III' }],
      ['3200', { name: 'Pemerintah Provinsi Jawa Barat', kind: 'PROVINSI', kanreg: 'III' }],
    ] as const) {
      expect((await admin('PUT', `/instansi/${code}`, body)).status).toBe(200);
    }
    const program = await admin('POST', '/programs', {
      ...programBody(-1, 3_600_000, 'Program undangan uji'),
      cohortPlan: [
        { number: 1, scheme: 'ADMINISTRATOR', capacity: 5, startDate: IN_TIME, endDate: addDays(IN_TIME, 1) },
        { number: 2, scheme: 'PENGAWAS', capacity: 5, startDate: TOO_LATE, endDate: addDays(TOO_LATE, 1) },
      ],
    });
    expect(program.status).toBe(201);
    programId = program.body.id;
    await stack.fireSchedule('proposalWindows');

    expect((await bogor('PUT', base())).status).toBe(201);
    for (const [nip, scheme, name] of [
      [NIP_ADM, 'ADMINISTRATOR', 'Dewi Lestari, S.Sos.'],
      [NIP_PGW, 'PENGAWAS', 'Rina Marlina, S.E.'],
    ] as const) {
      expect((await bogor('PUT', `${base()}/candidates/${nip}`, candidate(scheme, name))).status).toBe(201);
      for (const kind of REQUIRED_DOCUMENTS) {
        const path = `${base()}/candidates/${nip}/documents/${kind}`;
        await upload(`${path}/upload`, path);
      }
    }
    await upload(`${base()}/letter/upload`, `${base()}/letter`);
    expect((await bogor('POST', `${base()}/submit`)).status).toBe(200);
    for (const nip of [NIP_ADM, NIP_PGW]) {
      const decided = await admin('POST', `${base()}/candidates/${nip}/decisions`, { outcome: 'ACCEPTED' });
      expect(decided.status).toBe(200);
      // Pre-assessment (Perban BKN 7/2020 Pasal 31(1)e): a complete self-assessment and an assessor's FIT.
      const scheme = nip === NIP_ADM ? 'ADMINISTRATOR' : 'PENGAWAS';
      const qualification = qualificationsOfScheme(scheme)[0]!.code;
      const units = requiredUnitCodes(qualification).map((unit) => ({
        unit,
        claim: 'K',
        evidence: 'Laporan kegiatan kepegawaian 2025.',
      }));
      const self = await bogor('PUT', `${base()}/candidates/${nip}/self-assessment`, {
        qualification,
        units,
      });
      expect(self.status, JSON.stringify(self.body)).toBeLessThan(300);
      const fit = await asesor('POST', `${base()}/candidates/${nip}/recommendation`, { outcome: 'FIT' });
      expect(fit.status, JSON.stringify(fit.body)).toBeLessThan(300);
      const set = await admin('POST', `${base()}/candidates/${nip}/participant-setting`, { decision: 'SET' });
      expect(set.status, JSON.stringify(set.body)).toBe(200);
    }
    for (const [nip, cohort] of [
      [NIP_ADM, 1],
      [NIP_PGW, 2],
    ] as const) {
      await eventually(async () => {
        const participant = await admin('GET', `/programs/${programId}/participants/${nip}`);
        return participant.body?.seat?.cohort === cohort ? participant.body : undefined;
      }, `${nip} seated in cohort ${cohort}`);
    }
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('BKN cannot queue invitations before naming their signer', async () => {
    const refused = await admin('POST', `/programs/${programId}/cohorts/1/invitations`);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('INVITATION_SIGNER_MISSING');
    const signer = await admin('PUT', `/programs/${programId}/invitation-signer`, {
      name: 'Dr. Andi Wijaya, M.Si.',
      position: 'Kepala Pusat Pengembangan Aparatur Sipil Negara',
    });
    expect(signer.status).toBe(200);
  });

  it('a cohort registration waits for its verified test site (Pasal 27(4)), which a failed verification cannot give', async () => {
    const waiting = (await stack.fireSchedule('cohortRegistrations')) as { opened: string[] };
    expect(waiting.opened).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    const site = (ready: boolean) => ({
      tukId: 'TUK-PUSBANG-01',
      name: 'Pusbang ASN BKN, Ruang Kelas 1',
      address: 'Jl. Raya Bogor, Jawa Barat',
      kind: 'FASILITAS_DIKLAT',
      verification: {
        verifiedOn: today,
        verifiedByRole: 'KOORDINATOR_SERTIFIKASI',
        facilitiesReady: true,
        infrastructureReady: true,
        personnelReady: ready,
        impartial: true,
        healthAndSafety: true,
        workplaceRiskAssessed: true,
        notInUseForWork: true,
      },
      designation: { issuedOn: today },
    });
    const refused = await admin('PUT', `/programs/${programId}/cohorts/1/test-site`, site(false));
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('TUK-KESIAPAN');
    for (const number of [1, 2]) {
      const verified = await admin('PUT', `/programs/${programId}/cohorts/${number}/test-site`, site(true));
      expect(verified.status).toBe(200);
      expect(verified.body.testSite.tukId).toBe('TUK-PUSBANG-01');
    }
  });

  it('opening registration issues the in-time invitation as data and as a PDF the instansi downloads', async () => {
    const run = (await stack.fireSchedule('cohortRegistrations')) as { opened: string[]; invited: number };
    expect(run.opened.sort()).toEqual([`${programId}#1`, `${programId}#2`]);
    expect(run.invited).toBe(2);

    const invitation = await eventually(async () => {
      const response = await bogor('GET', invitationOf(NIP_ADM));
      return response.status === 200 ? response.body : undefined;
    }, 'the invitation of cohort 1');
    expect(invitation.number).toMatch(/^\d{4,}\/UND\/PUSBANG-ASN\/[IVX]+\/\d{4}$/);
    expect(invitation.letter).toMatchObject({
      cohort: 1,
      letterDate: today,
      number: invitation.number,
      addressee: {
        name: 'Dewi Lestari, S.Sos.',
        nip: NIP_ADM,
        position: 'Kepala Bidang Pengembangan Pegawai',
      },
      date: IN_TIME,
      venue: 'Pusbang ASN BKN',
      signer: { name: 'Dr. Andi Wijaya, M.Si.' },
    });
    expect(Date.parse(invitation.download.expiresAt) - Date.now()).toBeLessThanOrEqual(300_000);

    const pdf = Buffer.from(await (await fetch(invitation.download.url)).arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(invitation.download.sha256);
  });

  it('refuses, and records with its rule code, the invitation that could no longer arrive in time', async () => {
    const refused = await eventually(async () => {
      const response = await bogor('GET', invitationOf(NIP_PGW));
      return response.status === 409 ? response.body : undefined;
    }, 'the refusal of cohort 2');
    expect(refused.code).toBe('INVITATION_REFUSED');
    expect(refused.details.map((d: { code: string }) => d.code)).toEqual(['PK-PEMBERITAHUAN-6-HARI-KERJA']);

    const again = await admin('POST', `/programs/${programId}/cohorts/2/invitations`);
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('PK-PEMBERITAHUAN-6-HARI-KERJA');
  });

  it('queuing the cohort again takes no second number and renders the same document', async () => {
    const before = (await admin('GET', invitationOf(NIP_ADM))).body;
    const queued = await admin('POST', `/programs/${programId}/cohorts/1/invitations`);
    expect(queued.status).toBe(202);
    expect(queued.body).toMatchObject({ programId, cohort: 1, queued: 1 });
    await new Promise((r) => setTimeout(r, 3_000));
    const after = (await admin('GET', invitationOf(NIP_ADM))).body;
    expect(after.number).toBe(before.number);
    expect(after.download.sha256).toBe(before.download.sha256);
    expect(after.issuedAt).toBe(before.issuedAt);
  });

  it('the participant sees their own invitation; another instansi sees none', async () => {
    const token = await stack.authority.mint({ role: 'peserta', nip: NIP_ADM, instansi: '3201' });
    const own = await fetch(`${stack.baseUrl}${invitationOf(NIP_ADM)}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(own.status).toBe(200);
    const other = await fetch(`${stack.baseUrl}${invitationOf(NIP_PGW)}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    // Another NIP, or another instansi's participant: answered as a NIP that is no participant (no oracle).
    expect(other.status).toBe(404);
    const foreign = await jabar('GET', invitationOf(NIP_ADM));
    expect(foreign.status).toBe(404);
    expect(foreign.body).toStrictEqual({
      code: 'PARTICIPANT_NOT_FOUND',
      message: 'Peserta tidak ditemukan dalam program.',
    });
  });
});
