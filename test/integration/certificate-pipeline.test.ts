import { createHash } from 'node:crypto';
import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkSequenceGapFree,
  parseRegistrationNumber,
  SCHEME_TOKENS,
} from '../../domain/certificate/registration-number';
import { requiredUnitsFor } from '../../domain/result/attempt';
import { addMonths } from '../../domain/shared/dates';
import { ReinstatementRequest } from '../../events/api/certificate';
import type { CertificateRequested } from '../../events/messages/certificate-requested';
import { dynamo } from '../../runtime/clients';
import { lastCertificateSequence } from '../../adapters/dynamodb/certificate-repository';
import { tableName } from '../../adapters/dynamodb/table';
import { resaved, withTitleChanged } from '../adapters/pdf/pades/samples';
import type { PdfCheck } from '../../events/api/verification';
import type { LocalStack } from '../../tools/local/local-stack';
import { pdfText, qrOnPage } from '../functions/certificate-worker/pdf-reading';
import { callerFor, eventually, startTestStack, type Caller } from './helpers';
import {
  assessUnits,
  callerNamed,
  BUDI,
  certificateQueueSettled,
  historyEventIds,
  onTestDay,
  programWithSigners,
  todayOn,
  publishedEventIds,
  seatInCohort,
  sessionWith,
  soundEvidence,
  plannedForTest,
  teamByDecree,
} from './pipeline-helpers';
import { outboxKey } from '../../adapters/dynamodb/keys';

/*
 * One cohort from the assessment to certificates a holder downloads and anyone verifies, on the local stack
 * with its queue workers on: every decision goes through the API, and only the certificate queue and its
 * worker issue certificates. The steps build on each other and run in order.
 */
const SCHEME = 'ADMINISTRATOR';
const UNITS = requiredUnitsFor(SCHEME);
const FAILED_UNIT = UNITS[4]!;
const A = { nip: '198604122011012001', name: 'Dewi Anggraini, S.Sos.' };
const B = { nip: '199105202015021002', name: 'Bayu Saputra, S.H.' };
const C = { nip: '198911032014032003', name: 'Citra Maharani, S.E.' };
const TIMEOUT = 120_000;

describe('a cohort from assessment to downloadable, verifiable certificates, through the certificate queue', () => {
  let stack: LocalStack;
  let admin: Caller;
  let sidang: Caller;
  let budi: Caller;
  let anyone: Caller;
  let programId: string;
  /** Each participant's decision in force, and the registration number of their certificate. */
  const decisions: Record<string, string> = {};
  const numbers: Record<string, string> = {};
  let pdfOfA: Uint8Array;

  const participantPath = (cohort: number, nip: string) =>
    `/programs/${programId}/cohorts/${cohort}/participants/${nip}`;
  const certificatesOf = (nip: string) =>
    admin('GET', `/programs/${programId}/participants/${nip}/certificates`);
  const verification = (number: string) => anyone('GET', `/verification/${number}`);
  const verificationPage = async (number: string) => {
    const response = await fetch(`${stack.baseUrl}/verifikasi/${number}`);
    return { status: response.status, html: await response.text() };
  };
  const checkPdf = async (number: string, bytes: Uint8Array) => {
    const response = await fetch(`${stack.baseUrl}/verification/${number}`, {
      method: 'POST',
      headers: { 'content-type': 'application/pdf' },
      body: bytes,
    });
    return { status: response.status, body: (await response.json()) as PdfCheck };
  };

  /** The competency certificate the worker issued for `decisionId`, once its PDF is stored. */
  async function issuedFor(nip: string, decisionId: string) {
    const certificate = await eventually(
      async () => {
        const { body } = await certificatesOf(nip);
        const issued = body?.competency?.find((c: { decisionId: string }) => c.decisionId === decisionId);
        return issued?.download ? issued : undefined;
      },
      `the certificate of ${nip} for ${decisionId}`,
      90_000,
    );
    numbers[nip] = certificate.registrationNumber;
    return certificate;
  }

  async function decide(cohort: number, nip: string) {
    const decided = await sidang('POST', `${participantPath(cohort, nip)}/result`, {
      session: sessionWith('asesor.budi'),
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    decisions[nip] = decided.body.decisionId;
    return decided.body;
  }

  beforeAll(async () => {
    // Workers on (the default): the certificate queue is polled by the certificate worker.
    stack = await startTestStack();
    admin = await callerNamed(stack, 'admin-bkn', 'bkn-admin-1');
    sidang = await callerNamed(stack, 'admin-bkn', 'pusbang.sidang');
    budi = await callerNamed(stack, 'asesor', 'asesor.budi');
    anyone = await callerFor(stack);
    programId = await programWithSigners(admin, 'Program uji kompetensi sampai sertifikat', [
      { number: 1, scheme: SCHEME, capacity: 3, startsInDays: 3 },
      { number: 2, scheme: SCHEME, capacity: 1, startsInDays: 10 },
    ]);
    await seatInCohort(programId, 1, [A, B, C]);
  }, TIMEOUT);

  afterAll(async () => {
    await stack?.stop();
  });

  it(
    'UJI-KOMPETEN-SELURUH-UNIT: assessed through the API, the result session decides KOMPETEN only when every unit is',
    async () => {
      await teamByDecree(admin, programId, 1, [BUDI]);
      await plannedForTest(programId, 1);
      await onTestDay(admin, programId, 1);
      await assessUnits(budi, participantPath(1, A.nip), UNITS);
      await assessUnits(budi, participantPath(1, B.nip), UNITS, [FAILED_UNIT]);
      await assessUnits(budi, participantPath(1, C.nip), UNITS, [FAILED_UNIT]);

      expect(await decide(1, A.nip)).toMatchObject({ outcome: 'KOMPETEN', competentUnits: [...UNITS] });
      for (const nip of [B.nip, C.nip]) {
        expect(await decide(1, nip)).toMatchObject({
          outcome: 'BELUM_KOMPETEN',
          notYetCompetentUnits: [FAILED_UNIT],
        });
      }
    },
    TIMEOUT,
  );

  it(
    'SERT-PERNYATAAN-KOMPETEN: only the KOMPETEN decision gets a certificate; its PDF states holder, NIP, number and units, and its QR code opens a verification that says valid and knows the exact file',
    async () => {
      // The worker, not the test, issues it: the holder sees it with a short-lived download link.
      const holder = await callerFor(stack, 'peserta', { nip: A.nip });
      const certificate = await issuedFor(A.nip, decisions[A.nip]!);
      const number: string = certificate.registrationNumber;
      expect(parseRegistrationNumber(number).ok).toBe(true);
      const own = await holder('GET', `/programs/${programId}/participants/${A.nip}/certificates`);
      expect(own.status).toBe(200);
      const link = own.body.competency[0].download;

      // The PDF as downloaded: the recorded file, with what the certificate must state.
      pdfOfA = new Uint8Array(await (await fetch(link.url)).arrayBuffer());
      const sha256 = createHash('sha256').update(pdfOfA).digest('hex');
      expect(sha256).toBe(link.sha256);
      const [front, back] = await pdfText(pdfOfA);
      expect(front).toContain(A.name);
      expect(front).toContain(`NIP. ${A.nip}`);
      expect(front).toContain(`Nomor Registrasi: ${number}`);
      for (const unit of UNITS) expect(back).toContain(unit);

      // Its QR code names the public verification of that number, which says valid.
      const qr = await qrOnPage(pdfOfA);
      expect(qr).toBe(`${stack.baseUrl}/verifikasi/${number}`);
      const json = await verification(number);
      expect(json.status).toBe(200);
      expect(json.body).toMatchObject({
        registrationNumber: number,
        status: 'BERLAKU',
        holderName: A.name,
        scheme: SCHEME,
        fileSha256: sha256,
      });
      expect(json.body.units.map((u: { code: string }) => u.code)).toEqual([...UNITS]);
      const page = await fetch(qr!);
      const html = await page.text();
      expect(page.status).toBe(200);
      expect(html).toContain('data-status="BERLAKU"');
      expect(html).toContain('Sertifikat sah dan berlaku');

      // Judged by its signature and the record: the downloaded bytes are the issued file, signed by the Kepala
      // BKN; re-saved by a viewer (an update appended after signing) it is still the issued certificate, with
      // the additions said; one byte changed inside is a changed file; another signed document is not this one.
      const issuedCheck = (await checkPdf(number, pdfOfA)).body;
      expect(issuedCheck).toMatchObject({
        verdict: 'ASLI',
        matches: true,
        status: 'BERLAKU',
        signatures: [{ intact: true, signer: 'Kepala Badan Kepegawaian Negara', appendedBytes: 0 }],
      });
      expect(issuedCheck.message).toContain('Sertifikat ini berlaku.');
      const copy = Buffer.from(pdfOfA);
      expect((await checkPdf(number, resaved(copy))).body).toMatchObject({
        verdict: 'ASLI_DISIMPAN_ULANG',
        matches: true,
        appendedBytes: resaved(copy).length - copy.length,
      });
      expect((await checkPdf(number, withTitleChanged(copy))).body).toMatchObject({
        verdict: 'DIUBAH',
        matches: false,
      });
      expect((await checkPdf(number, new Uint8Array([...pdfOfA].slice(0, 2000)))).body).toMatchObject({
        matches: false,
      });

      // The BELUM_KOMPETEN decisions were handled too, and gave no competency certificate.
      await certificateQueueSettled(stack);
      for (const nip of [B.nip, C.nip]) expect((await certificatesOf(nip)).body.competency).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'UJI-ULANG-UNIT-BK: the not-yet-competent participant is re-tested on the failed unit only, in a later cohort of the same level; KOMPETEN then, and certified',
    async () => {
      // Cohort 2's test session takes a re-test beside its own participants.
      const places = await admin('PUT', `/programs/${programId}/cohorts/2/test-session`, {
        roomCapacity: 40,
        assessorCount: 2,
        participantsPerAssessor: 20,
      });
      expect(places.status, JSON.stringify(places.body)).toBe(200);
      const booked = await admin('POST', `/programs/${programId}/participants/${B.nip}/retest`, {
        toCohort: 2,
      });
      expect(booked.status, JSON.stringify(booked.body)).toBe(201);
      expect(booked.body).toMatchObject({ retestNumber: 1, cohort: 2, unitCodes: [FAILED_UNIT] });
      await teamByDecree(admin, programId, 2, [BUDI]);
      await plannedForTest(programId, 2);
      await onTestDay(admin, programId, 2);
      const otherUnit = UNITS.find((u) => u !== FAILED_UNIT)!;
      const notRetested = await budi(
        'POST',
        `${participantPath(2, B.nip)}/units/${otherUnit}/evidence`,
        soundEvidence('PORTOFOLIO'),
      );
      expect(notRetested.status).toBe(404);

      await assessUnits(budi, participantPath(2, B.nip), [FAILED_UNIT]);
      const decided = await decide(2, B.nip);
      expect(decided).toMatchObject({
        attempt: 1,
        cohort: 2,
        outcome: 'KOMPETEN',
        competentUnits: [...UNITS],
      });

      const certificate = await issuedFor(B.nip, decided.decisionId);
      expect(certificate.units.map((u: { code: string }) => u.code)).toEqual([...UNITS]);
      expect((await verification(certificate.registrationNumber)).body.status).toBe('BERLAKU');
    },
    TIMEOUT,
  );

  it(
    'BANDING-PENINJAU-INDEPENDEN: no competency certificate while the appeal is open; upheld by an independent reviewer, the superseding KOMPETEN decision is certified',
    async () => {
      const participant = await callerNamed(stack, 'peserta', 'citra.maharani', C.nip);
      const appealed = decisions[C.nip]!;
      const filed = await participant('POST', `/programs/${programId}/participants/${C.nip}/appeals`, {
        subject: 'HASIL',
        decisionId: appealed,
        grounds: 'Bukti portofolio unit ini tidak dipertimbangkan.',
        unitCodes: [FAILED_UNIT],
      });
      expect(filed.status, JSON.stringify(filed.body)).toBe(201);
      expect(filed.body.status).toBe('OPEN');
      const appealPath = `/programs/${programId}/participants/${C.nip}/appeals/${filed.body.appealId}`;

      // While it is open: a certificate request for the decision under appeal (re-delivered) issues nothing.
      await sendCertificateRequests(C.nip, appealed, 1);
      await certificateQueueSettled(stack);
      expect((await certificatesOf(C.nip)).body.competency).toEqual([]);

      // The reviewer must not have tested the participant.
      const byAssessor = await admin('PUT', `${appealPath}/reviewer`, { reviewer: 'asesor.budi' });
      expect(byAssessor.status).toBe(422);
      expect(new Set(byAssessor.body.details.map((d: { code: string }) => d.code))).toEqual(
        new Set(['BANDING-PENINJAU-INDEPENDEN']),
      );
      expect((await admin('PUT', `${appealPath}/reviewer`, { reviewer: 'pusbang.peninjau' })).status).toBe(
        200,
      );
      const peninjau = await callerNamed(stack, 'admin-bkn', 'pusbang.peninjau');
      const resolved = await peninjau('POST', `${appealPath}/resolution`, {
        upheld: true,
        reason: 'Bukti portofolio memenuhi kriteria unjuk kerja.',
        competentUnits: [FAILED_UNIT],
      });
      expect(resolved.status, JSON.stringify(resolved.body)).toBe(200);
      const superseding: string = resolved.body.resolution.resultingDecisionId;
      expect(superseding).not.toBe(appealed);
      decisions[C.nip] = superseding;

      const record = await participant('GET', `/programs/${programId}/participants/${C.nip}/results`);
      expect(record.body.current).toBe(superseding);
      expect(record.body.decisions).toEqual([
        expect.objectContaining({
          decisionId: appealed,
          outcome: 'BELUM_KOMPETEN',
          supersededBy: superseding,
        }),
        expect.objectContaining({ decisionId: superseding, outcome: 'KOMPETEN', source: 'BANDING' }),
      ]);
      const certificate = await issuedFor(C.nip, superseding);
      expect(certificate.units.map((u: { code: string }) => u.code).sort()).toEqual([...UNITS].sort());
      expect((await certificatesOf(C.nip)).body.competency).toHaveLength(1);
    },
    TIMEOUT,
  );

  it(
    'SERT-CABUT-PUBLIKASI and SERT-PULIH-6-BULAN: a revoked certificate verifies as revoked and is on the public list; reinstated no earlier than 6 months after authority returned, it verifies as valid again',
    async () => {
      const number = numbers[A.nip]!;
      const id = number.replaceAll('/', '-');
      const today = await todayOn(admin);
      // The disciplinary decision took the holder's authority a year ago; BKN revokes the certificate now.
      const sanctionedOn = addMonths(today, -12);
      const revoked = await admin('POST', `/certificates/${id}/revocation`, {
        grounds: [
          { kind: 'DISIPLIN', decisionRef: 'SK Bupati Bogor 862/2026', decidedOn: sanctionedOn, final: true },
        ],
      });
      expect(revoked.status, JSON.stringify(revoked.body)).toBe(200);
      expect(revoked.body.status).toBe('DICABUT');

      expect((await verification(number)).body).toMatchObject({
        status: 'DICABUT',
        revocation: { since: today, reason: 'Pelanggaran disiplin' },
      });
      expect((await verificationPage(number)).html).toContain('data-status="DICABUT"');
      const list = await anyone('GET', '/revocations');
      expect(list.body.items).toContainEqual(
        expect.objectContaining({ registrationNumber: number, since: today, holderName: A.name }),
      );
      // The file is still the issued one; what it proves is that it was revoked.
      const revokedCheck = (await checkPdf(number, pdfOfA)).body;
      expect(revokedCheck).toMatchObject({
        verdict: 'ASLI',
        matches: true,
        status: 'DICABUT',
        revocation: { since: today, reason: 'Pelanggaran disiplin' },
      });
      expect(revokedCheck.message).toContain(`TELAH DICABUT sejak ${today}: Pelanggaran disiplin`);

      // The holder's request through their instansi (the API's example letter), dated today.
      const reinstate = (monthsSinceAuthorityReturned: number) =>
        admin('POST', `/certificates/${id}/reinstatement`, {
          ...(ReinstatementRequest.meta()?.examples as object[])[0],
          requestedByNip: A.nip,
          authorityRestoredOn: addMonths(today, -monthsSinceAuthorityReturned),
          requestedOn: today,
        });
      expect(await reinstate(5)).toMatchObject({ status: 422, body: { code: 'SERT-PULIH-6-BULAN' } });
      expect(await reinstate(6)).toMatchObject({ status: 200, body: { status: 'AKTIF' } });

      const valid = await verification(number);
      expect(valid.body.status).toBe('BERLAKU');
      expect(valid.body.revocation).toBeUndefined();
      expect((await verificationPage(number)).html).toContain('data-status="BERLAKU"');
      const after = await anyone('GET', '/revocations');
      expect(after.body.items.map((i: { registrationNumber: string }) => i.registrationNumber)).not.toContain(
        number,
      );
    },
    TIMEOUT,
  );

  it(
    'SERT-NOMOR-URUT-TANPA-CELAH: a re-delivered CertificateRequested for an issued decision gives no second certificate; the numbers of the run run 1..n without a gap',
    async () => {
      const issuedEvents = () =>
        stack
          .events()
          .filter((e) => e['detail-type'] === 'CertificateIssued')
          .map((e) => (e.detail as { registrationNumber: string }).registrationNumber);
      const before = (await certificatesOf(A.nip)).body.competency;
      await stack.eventsSettled();
      const announcedBefore = issuedEvents().filter((n) => n === numbers[A.nip]).length;

      await sendCertificateRequests(A.nip, decisions[A.nip]!, 3);
      await certificateQueueSettled(stack);
      await stack.eventsSettled();

      const after = (await certificatesOf(A.nip)).body.competency;
      expect(after).toHaveLength(1);
      expect(after[0]).toMatchObject({
        registrationNumber: before[0].registrationNumber,
        decisionId: decisions[A.nip],
        document: { sha256: before[0].document.sha256 },
      });
      expect(issuedEvents().filter((n) => n === numbers[A.nip])).toHaveLength(announcedBefore);

      const year = Number((await todayOn(admin)).slice(0, 4));
      const parsed = Object.values(numbers).map((n) => {
        const p = parseRegistrationNumber(n);
        if (!p.ok) throw new Error(`not a registration number: ${n}`);
        return p.value;
      });
      expect(parsed.map((p) => p.sequence).sort()).toEqual([1, 2, 3]);
      expect(checkSequenceGapFree(parsed, SCHEME, year).ok).toBe(true);
      // No number was taken and left unused: the register's last number is the last one issued.
      expect(await lastCertificateSequence(SCHEME_TOKENS[SCHEME], year)).toBe(3);
      expect(new Set(issuedEvents())).toEqual(new Set(Object.values(numbers)));
    },
    TIMEOUT,
  );

  it(
    'each certificate event of the pipeline is on the bus exactly once, with the id of the history entry it announces; a relay that published and died before marking it sent adds no second one',
    async () => {
      // Every change of every version of the run, and each participant's training certificate.
      const versions = (
        await Promise.all([A, B, C].map(async ({ nip }) => (await certificatesOf(nip)).body.competency))
      ).flat();
      const published = await publishedEventIds(stack);
      expect(new Set(published).size).toBe(published.length);
      expect(published.filter((id) => !id.startsWith('PELATIHAN/')).sort()).toEqual(
        historyEventIds(versions).sort(),
      );
      const types = stack.events().map((e) => e['detail-type']);
      for (const type of ['CertificateIssued', 'CertificateRevoked', 'CertificateReinstated']) {
        expect(types, type).toContain(type);
      }

      // The relay put A's CertificateIssued on the bus and died before marking it: the entry is unsent again
      // and its stream record is delivered once more (here: the entry written anew, as a new insert).
      const eventId = `${numbers[A.nip]}#0`;
      const { Item } = await dynamo().send(
        new GetCommand({ TableName: tableName(), Key: outboxKey(eventId) }),
      );
      const { sentAt: _sentAt, expiresAt: _expiresAt, ...unsent } = Item!;
      await dynamo().send(new DeleteCommand({ TableName: tableName(), Key: outboxKey(eventId) }));
      await dynamo().send(new PutCommand({ TableName: tableName(), Item: unsent }));
      await eventually(
        async () => (stack.repeatedEvents().length > 0 ? true : undefined),
        'the relay to publish the entry again',
      );
      await stack.eventsSettled();

      expect(await publishedEventIds(stack)).toEqual(published);
      expect(stack.repeatedEvents().map((e) => (e.detail as { eventId: string }).eventId)).toEqual([eventId]);
    },
    TIMEOUT,
  );

  /** Puts `copies` CertificateRequested messages for a decision on the certificate queue, as a redelivery would. */
  async function sendCertificateRequests(nip: string, decisionId: string, copies: number) {
    const message = (copy: number): CertificateRequested => ({
      type: 'CertificateRequested',
      version: 1,
      programId,
      nip,
      decisionId,
      requestedAt: new Date().toISOString(),
      correlationId: `pipeline-${nip}-${copy}`,
    });
    await stack.clients.sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: stack.resources.queues.certificate.url,
        Entries: Array.from({ length: copies }, (_, copy) => ({
          Id: String(copy),
          MessageBody: JSON.stringify(message(copy)),
        })),
      }),
    );
  }
});
