import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestNotificationDate } from '../../domain/assessment/structural/notification';
import { REQUIRED_DOCUMENTS } from '../../domain/eligibility/documents';
import { qualificationsOfScheme, requiredUnitCodes } from '../../domain/reference/qualifications';
import { buildInvitation, INVITATION_CHANNEL } from '../../domain/scheduling/invitation';
import { addDays, dateInWib, dateParts, type IsoDate } from '../../domain/shared/dates';
import type { Participant } from '../../events/api/participant';
import {
  allocateInvitation,
  lastInvitationSequence,
  recordInvitationReady,
} from '../../adapters/dynamodb/invitation-repository';
import {
  findCohort,
  findParticipant,
  saveParticipant,
  takeSeat,
} from '../../adapters/dynamodb/seating-repository';
import { pdfsig, VALID_AND_TRUSTED } from '../adapters/pdf/pdfsig';
import type { LocalStack } from '../../tools/local/local-stack';
import { pdfText } from '../functions/certificate-worker/pdf-reading';
import {
  callerFor,
  eventually,
  programBody,
  startTestStack,
  type Caller,
  eligibleCandidate,
} from './helpers';
import { assignPreAssessor, callerNamed } from './pipeline-helpers';

const NIP_ADM = '198503102010011002';
const NIP_PGW = '199001152015032001';
/** Administrators set after registration opened: placed, moved, waiting for a seat given back. */
const NIP_AGUS = '198704202011011003';
const NIP_BUDI = '198806152012011004';
const NIP_SARI = '198909102013012005';
const PDF = Buffer.from('%PDF-1.7\n% dokumen uji\n%%EOF\n');

/**
 * Cohort 1 (ADMINISTRATOR, 2 seats) starts in 14 days: its registration opens today and its invitation is still
 * in time. Cohort 3 (ADMINISTRATOR, 1 seat) starts in 13 days: its registration opened yesterday, also in time.
 * Cohort 2 (PENGAWAS) starts in 2 days: its registration is also due, but fewer than 6 working days remain.
 */
const today = dateInWib(new Date());
const IN_TIME = addDays(today, 14);
const SOONER = addDays(today, 13);
const TOO_LATE = addDays(today, 2);
const TEST_SITE = { name: 'Pusbang ASN BKN, Ruang Kelas 1', address: 'Jl. Raya Bogor, Jawa Barat' };

const candidate = eligibleCandidate;
const CANDIDATES = [
  [NIP_ADM, 'ADMINISTRATOR', 'Dewi Lestari, S.Sos.'],
  [NIP_PGW, 'PENGAWAS', 'Rina Marlina, S.E.'],
  [NIP_AGUS, 'ADMINISTRATOR', 'Agus Salim, S.H.'],
  [NIP_BUDI, 'ADMINISTRATOR', 'Budi Santoso, S.AP.'],
  [NIP_SARI, 'ADMINISTRATOR', 'Sari Wulandari, M.Si.'],
] as const;

describe('invitations of seated participants, end to end through the local API', () => {
  let stack: LocalStack;
  let admin: Caller;
  let bogor: Caller;
  let jabar: Caller;
  let asesor: Caller;
  let programId: string;
  const base = () => `/programs/${programId}/proposals/3201`;
  const invitationOf = (nip: string) => `/programs/${programId}/participants/${nip}/invitation`;
  const participantOf = (nip: string) => `/programs/${programId}/participants/${nip}`;
  const pesertaCaller = (nip: string) => callerFor(stack, 'peserta', { nip, instansi: '3201' });

  /** The participant-setting session sets an accepted, pre-assessed candidate. */
  async function setParticipant(nip: string) {
    const set = await admin('POST', `${base()}/candidates/${nip}/participant-setting`, { decision: 'SET' });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
  }

  /** Where the placement worker seated the participant, once it has. */
  const seatOf = (nip: string) =>
    eventually(async () => {
      const participant = await admin('GET', participantOf(nip));
      return participant.body?.seat?.cohort as number | undefined;
    }, `${nip} seated`);

  /** The participant's invitation once issued, asking nobody to send it. */
  const issued = (nip: string, cohort: number) =>
    eventually(async () => {
      const response = await admin('GET', invitationOf(nip));
      return response.status === 200 && response.body.cohort === cohort ? response.body : undefined;
    }, `the invitation of ${nip} to cohort ${cohort}`);

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
    for (const start of [IN_TIME, SOONER]) {
      const inTime = latestNotificationDate(start);
      expect(inTime.ok && inTime.value >= today).toBe(true);
    }
    const late = latestNotificationDate(TOO_LATE);
    expect(late.ok && late.value < today).toBe(true);

    stack = await startTestStack();
    admin = await callerFor(stack, 'admin-bkn');
    bogor = await callerFor(stack, 'instansi', { instansi: '3201' });
    jabar = await callerFor(stack, 'instansi', { instansi: '3200' });
    asesor = await callerNamed(stack, 'asesor', 'asesor.budi');
    for (const [code, body] of [
      ['3201', { name: 'Pemerintah Kabupaten Bogor', kind: 'KABUPATEN_KOTA', kanreg: 'III' }],
      ['3200', { name: 'Pemerintah Provinsi Jawa Barat', kind: 'PROVINSI', kanreg: 'III' }],
    ] as const) {
      expect((await admin('PUT', `/instansi/${code}`, body)).status).toBe(200);
    }
    const program = await admin('POST', '/programs', {
      ...programBody(-1, 3_600_000, 'Program undangan uji'),
      quotaPerInstansi: { ADMINISTRATOR: 4, PENGAWAS: 1 },
      cohortPlan: [
        { number: 1, scheme: 'ADMINISTRATOR', capacity: 2, startDate: IN_TIME, endDate: addDays(IN_TIME, 1) },
        { number: 2, scheme: 'PENGAWAS', capacity: 5, startDate: TOO_LATE, endDate: addDays(TOO_LATE, 1) },
        { number: 3, scheme: 'ADMINISTRATOR', capacity: 1, startDate: SOONER, endDate: addDays(SOONER, 1) },
      ],
    });
    expect(program.status).toBe(201);
    programId = program.body.id;
    await stack.fireSchedule('proposalWindows');

    expect((await bogor('PUT', base())).status).toBe(201);
    for (const [nip, scheme, name] of CANDIDATES) {
      expect((await bogor('PUT', `${base()}/candidates/${nip}`, candidate(scheme, name))).status).toBe(201);
      for (const kind of REQUIRED_DOCUMENTS) {
        const path = `${base()}/candidates/${nip}/documents/${kind}`;
        await upload(`${path}/upload`, path);
      }
    }
    await upload(`${base()}/letter/upload`, `${base()}/letter`);
    expect((await bogor('POST', `${base()}/submit`)).status).toBe(200);
    for (const [nip, scheme] of CANDIDATES) {
      const decided = await admin('POST', `${base()}/candidates/${nip}/decisions`, { outcome: 'ACCEPTED' });
      expect(decided.status).toBe(200);
      // Pre-assessment (Perban BKN 7/2020 Pasal 31(1)e): a complete self-assessment and an assessor's FIT.
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
      await assignPreAssessor(admin, `${base()}/candidates/${nip}`, 'asesor.budi');
      const fit = await asesor('POST', `${base()}/candidates/${nip}/recommendation`, { outcome: 'FIT' });
      expect(fit.status, JSON.stringify(fit.body)).toBeLessThan(300);
    }
    // Dewi and Rina are set before any registration opens; the other three later, in the cases below.
    await setParticipant(NIP_ADM);
    await setParticipant(NIP_PGW);
    expect(await seatOf(NIP_PGW)).toBe(2);
    // The placement worker picks either Administrator cohort; the cases want Dewi in cohort 1. A move between
    // cohorts whose registration is not open yet queues no invitation.
    if ((await seatOf(NIP_ADM)) !== 1) {
      expect((await admin('POST', `${participantOf(NIP_ADM)}/move`, { toCohort: 1 })).status).toBe(200);
    }
    expect(await seatOf(NIP_ADM)).toBe(1);
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('UNDANGAN-TEMPAT-TUK: BKN cannot queue the invitations of a cohort without a verified test site to name as their place', async () => {
    const refused = await admin('POST', `/programs/${programId}/cohorts/1/invitations`);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('UNDANGAN-TEMPAT-TUK');
    expect(refused.body.details.map((d: { code: string }) => d.code)).toEqual(['UNDANGAN-TEMPAT-TUK']);
  });

  it('a cohort registration waits for its verified test site (Pasal 27(4)), which a failed verification cannot give', async () => {
    const waiting = (await stack.fireSchedule('cohortRegistrations')) as { opened: string[] };
    expect(waiting.opened).toEqual([]);
    const site = (ready: boolean) => ({
      tukId: 'TUK-PUSBANG-01',
      ...TEST_SITE,
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
    for (const number of [1, 2, 3]) {
      const verified = await admin('PUT', `/programs/${programId}/cohorts/${number}/test-site`, site(true));
      expect(verified.status).toBe(200);
      expect(verified.body.testSite.tukId).toBe('TUK-PUSBANG-01');
    }
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

  it('opening registration issues the in-time invitation, sent through the instansi, as data and as a PDF with its forms', async () => {
    const run = (await stack.fireSchedule('cohortRegistrations')) as { opened: string[]; invited: number };
    expect(run.opened.sort()).toEqual([`${programId}#1`, `${programId}#2`, `${programId}#3`]);
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
      signer: { name: 'Dr. Andi Wijaya, M.Si.' },
    });
    const receiveBy = latestNotificationDate(IN_TIME);
    expect(invitation.delivery).toEqual({
      channel: 'PEJABAT_KEPEGAWAIAN_INSTANSI',
      instansiCode: '3201',
      availableAt: invitation.issuedAt,
      receiveBy: receiveBy.ok && receiveBy.value,
    });
    expect(invitation.receipt).toBeUndefined();
    expect(Date.parse(invitation.download.expiresAt) - Date.now()).toBeLessThanOrEqual(300_000);

    const pdf = Buffer.from(await (await fetch(invitation.download.url)).arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(invitation.download.sha256);
    expect(pdfsig(pdf, stack.signing.caPem)).toMatchObject([
      { ...VALID_AND_TRUSTED, signerName: 'Kepala Pusat Pengembangan ASN' },
    ]);
  });

  it("UNDANGAN-TEMPAT-TUK: the letter's place (9) is the cohort's verified test site, name and address", async () => {
    const { letter } = (await admin('GET', invitationOf(NIP_ADM))).body;
    expect(letter.venue).toBe('Pusbang ASN BKN, Ruang Kelas 1, Jl. Raya Bogor, Jawa Barat');
  });

  it('the letter names its attachments (4) and the PDF carries them: the work history and action plan forms, filled where known', async () => {
    const invitation = (await bogor('GET', invitationOf(NIP_ADM))).body;
    expect(invitation.letter.attachment).toBe(
      '2 (dua) berkas: Formulir Riwayat Pekerjaan dan Formulir Rencana Tindak Lanjut (Action Plan)',
    );
    const pdf = new Uint8Array(await (await fetch(invitation.download.url)).arrayBuffer());
    const pages = (await pdfText(pdf)).map((page) => page.replace(/\s+/g, ' '));
    expect(pages).toHaveLength(4);
    expect(pages[1]).toContain('FORMULIR RIWAYAT PEKERJAAN');
    for (const known of ['Dewi Lestari, S.Sos.', NIP_ADM, 'III/d', 'Pemerintah Kabupaten Bogor']) {
      expect(pages[1]).toContain(known);
    }
    expect(pages[2]).toContain('FORMULIR RENCANA TINDAK LANJUT (ACTION PLAN)');
    expect(pages[2]).toContain('Mentor/Atasan Langsung');
    expect(pages[3]).toContain('Langkah Kerja/Milestones');
    expect(pages[3]).toContain('Timeline Langkah Kerja/Milestones');
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

  describe('receipt of the invitation (Perka BKN 11/2008 Lampiran III.2.a.4))', () => {
    const receiptOf = (nip: string) => `${invitationOf(nip)}/receipt`;

    it('UNDANGAN-TANGGAL-TERIMA: a receipt before the letter date or after today (WIB) is refused, recording nothing', async () => {
      const dewi = await pesertaCaller(NIP_ADM);
      for (const receivedOn of [addDays(today, -1), addDays(today, 1)]) {
        const refused = await dewi('POST', receiptOf(NIP_ADM), { receivedOn });
        expect(refused.status, receivedOn).toBe(422);
        expect(refused.body.code).toBe('UNDANGAN-TANGGAL-TERIMA');
      }
      expect((await admin('GET', invitationOf(NIP_ADM))).body.receipt).toBeUndefined();
    });

    it('the participant acknowledges receipt: recorded in time, with who, in what role and when, for BKN and the instansi to see', async () => {
      const dewi = await pesertaCaller(NIP_ADM);
      const acknowledged = await dewi('POST', receiptOf(NIP_ADM), { receivedOn: today });
      expect(acknowledged.status, JSON.stringify(acknowledged.body)).toBe(200);
      const deadline = latestNotificationDate(IN_TIME);
      const receipt = {
        receivedOn: today,
        deadline: deadline.ok && deadline.value,
        late: false,
        acknowledgedAs: 'peserta',
      };
      expect(acknowledged.body).toMatchObject({ programId, nip: NIP_ADM, cohort: 1, receipt });
      expect(acknowledged.body.receipt.rule).toBeUndefined();
      for (const reader of [admin, bogor]) {
        expect((await reader('GET', invitationOf(NIP_ADM))).body.receipt).toEqual(acknowledged.body.receipt);
      }
    });

    it('a receipt is recorded once: the same date again answers it, another date is refused', async () => {
      const again = await bogor('POST', receiptOf(NIP_ADM), { receivedOn: today });
      expect(again.status).toBe(200);
      expect(again.body.receipt.acknowledgedAs).toBe('peserta');
      const other = await bogor('POST', receiptOf(NIP_ADM), { receivedOn: addDays(today, -1) });
      expect(other.status).toBe(409);
      expect(other.body.code).toBe('INVITATION_RECEIPT_RECORDED');
    });

    it('PK-PEMBERITAHUAN-6-HARI-KERJA: a receipt after the 6th working day before the cohort is recorded by the instansi, flagged late with the rule and the deadline', async () => {
      // Rina's letter, issued on the last day it could still arrive in time, reaches her only today: the days
      // between are set up in the table (the API issues letters dated today only).
      const deadline = latestNotificationDate(TOO_LATE);
      if (!deadline.ok) throw new Error('no holiday data');
      await letterIssuedOn(NIP_PGW, 2, deadline.value);
      const acknowledged = await bogor('POST', receiptOf(NIP_PGW), { receivedOn: today });
      expect(acknowledged.status, JSON.stringify(acknowledged.body)).toBe(200);
      expect(acknowledged.body.receipt).toMatchObject({
        receivedOn: today,
        deadline: deadline.value,
        late: true,
        rule: { code: 'PK-PEMBERITAHUAN-6-HARI-KERJA', article: 'Perka BKN 11/2008 Lampiran III.2.a.4)' },
        acknowledgedAs: 'instansi',
      });
      expect((await admin('GET', invitationOf(NIP_PGW))).body.receipt).toMatchObject({ late: true });
    });
  });

  describe('invitations without asking, to whoever is seated or moved into a cohort whose registration is open', () => {
    let agusCohort: number;
    let agusNumber: string;

    it('a participant set after registration opened is placed in an open cohort and invited, without anyone queueing it', async () => {
      await setParticipant(NIP_AGUS);
      agusCohort = await seatOf(NIP_AGUS);
      expect([1, 3]).toContain(agusCohort);
      const invitation = await issued(NIP_AGUS, agusCohort);
      expect(invitation.letter.addressee.nip).toBe(NIP_AGUS);
      agusNumber = invitation.number;
    });

    it('a participant moved by BKN into another open cohort is invited to it; the letter of the cohort left is no longer theirs', async () => {
      const target = agusCohort === 1 ? 3 : 1;
      const moved = await admin('POST', `${participantOf(NIP_AGUS)}/move`, { toCohort: target });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      const current = await admin('GET', invitationOf(NIP_AGUS));
      expect(current.status === 404 || current.body.cohort === target, JSON.stringify(current.body)).toBe(
        true,
      );
      const invitation = await issued(NIP_AGUS, target);
      expect(invitation.number).not.toBe(agusNumber);
      expect(invitation.letter.cohort).toBe(target);
      const receipt = await bogor('POST', `${invitationOf(NIP_AGUS)}/receipt`, { receivedOn: today });
      expect(receipt.body).toMatchObject({ cohort: target, number: invitation.number });
    });

    it('a participant promoted from the waiting list into an open cohort, when a seat is given back, is invited without anyone asking', async () => {
      // Budi takes the last Administrator seat; Sari finds none and waits.
      await setParticipant(NIP_BUDI);
      const budiCohort = await seatOf(NIP_BUDI);
      await issued(NIP_BUDI, budiCohort);
      await setParticipant(NIP_SARI);
      await eventually(async () => {
        const sari = await admin('GET', participantOf(NIP_SARI));
        return sari.body?.waitlistedAt;
      }, 'Sari on the waiting list');
      expect((await admin('GET', invitationOf(NIP_SARI))).status).toBe(404);

      expect((await admin('DELETE', `${participantOf(NIP_BUDI)}/seat`)).status).toBe(200);
      expect(await seatOf(NIP_SARI)).toBe(budiCohort);
      await issued(NIP_SARI, budiCohort);
    });

    it('the registration job invites whoever sits in an open cohort without an invitation (the send after the seat failed), once', async () => {
      // A Pengawas seated in cohort 2 the way the placement worker seats, but whose invitation was never sent.
      const nip = '199105052015022006';
      const participant: Participant = {
        programId,
        nip,
        instansiCode: '3201',
        name: 'Wati Rahayu, S.Psi.',
        scheme: 'PENGAWAS',
        position: { title: 'Kepala Subbidang Mutasi', unit: 'BKPSDM', rank: 'III/c' },
        status: 'SET',
        setting: { decision: 'SET', decidedBy: 'sidang-penetapan', decidedAt: new Date().toISOString() },
        updatedAt: new Date().toISOString(),
      };
      expect(await saveParticipant(participant)).toBe(true);
      expect(await takeSeat(participant, (await findCohort(programId, 2))!, new Date().toISOString())).toBe(
        'SEATED',
      );

      const run = (await stack.fireSchedule('cohortRegistrations')) as { caughtUp: number };
      expect(run.caughtUp).toBe(1);
      // Cohort 2 starts in two days: the letter is refused, and the refusal recorded is its invitation.
      const refused = await eventually(async () => {
        const response = await admin('GET', invitationOf(nip));
        return response.status === 409 ? response.body : undefined;
      }, 'the refusal of the late invitation');
      expect(refused.details.map((d: { code: string }) => d.code)).toEqual(['PK-PEMBERITAHUAN-6-HARI-KERJA']);
      const again = (await stack.fireSchedule('cohortRegistrations')) as { caughtUp: number };
      expect(again.caughtUp).toBe(0);
    });
  });

  /**
   * A participant's READY letter dated `issuedOn`, numbered from the year's register and recorded sent, as the
   * invitation worker would have left it had it run that day.
   */
  async function letterIssuedOn(nip: string, cohortNumber: number, issuedOn: IsoDate) {
    const participant = (await findParticipant(programId, nip))!;
    const cohort = (await findCohort(programId, cohortNumber))!;
    const year = dateParts(issuedOn).year;
    const last = await lastInvitationSequence(year);
    const built = buildInvitation({
      participant,
      cohort: {
        ...cohort,
        startDate: cohort.startDate as IsoDate,
        endDate: cohort.endDate as IsoDate,
      },
      programName: 'Program undangan uji',
      signer: { name: 'Dr. Andi Wijaya, M.Si.', position: 'Kepala Pusat Pengembangan Aparatur Sipil Negara' },
      sequence: last + 1,
      issuedOn,
    });
    if (!built.ok) throw new Error(JSON.stringify(built.violations));
    const at = `${issuedOn}T02:00:00.000Z`;
    const record = {
      status: 'NUMBERED' as const,
      cohort: cohortNumber,
      requestedAt: at,
      issuedOn,
      number: built.value.number,
      letter: built.value,
    };
    expect(await allocateInvitation(participant, year, last, record, at)).toBe('ALLOCATED');
    const delivery = {
      channel: INVITATION_CHANNEL,
      instansiCode: participant.instansiCode,
      availableAt: at,
      receiveBy: issuedOn,
    };
    const document = { key: `invitations/${programId}/${cohortNumber}/${nip}.pdf`, sha256: '0'.repeat(64) };
    expect(await recordInvitationReady(participant, record.number, document, delivery, at)).toBe(true);
  }
});
