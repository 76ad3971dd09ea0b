import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { curriculumOf } from '../../domain/certificate/training-certificate';
import { checkTrainingSequenceGapFree, parseTrainingNumber } from '../../domain/certificate/training-number';
import { requiredUnitCodes } from '../../domain/reference/qualifications';
import { addDays, dateInWib } from '../../domain/shared/dates';
import type { TrainingCertificateRecord } from '../../events/api/certificate';
import type { CertificateVerification, PdfCheck } from '../../events/api/verification';
import { recordSessionDecision } from '../../adapters/dynamodb/result-repository';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, eventually, startTestStack, type Caller } from './helpers';
import { certificateProgramme, requestCertificatesThrice, seedTrainedParticipants } from './training-helpers';

/*
 * The training certificate as a first-class document, through the public API on the local stack (issue 15
 * point 4): issued by the certificate worker with its own gap-free number, listed to its holder with that number,
 * verified by it on the public page and JSON, and its PDF judged ASLI by the public check.
 */
const today = dateInWib(new Date());
const START = addDays(today, 10);
const END = addDays(START, 1);
const NIPS = ['198503102010011002', '198703122011012003', '199001152015032001'];
const NAMES = ['Dewi Lestari, S.Sos.', 'Rina Kartika, S.H.', 'Budi Santoso, S.E.'];
const decisionIdOf = (i: number) => `dec_2027-08-20T03:00:0${i}.000Z_1`;

describe('training certificates: numbered, listed, verified in public, end to end on the local stack', () => {
  let stack: LocalStack;
  let admin: Caller;
  let programId: string;
  const trainings: TrainingCertificateRecord[] = [];

  beforeAll(async () => {
    stack = await startTestStack({ workerConcurrency: 4 });
    admin = await callerFor(stack, 'admin-bkn');
    programId = await certificateProgramme(
      admin,
      'Pelatihan dan Sertifikasi Manajemen ASN (uji sertifikat pelatihan)',
      { start: START, end: END },
    );

    // Seeded directly: the participants seated in cohort 1, their 21 JP and their result-session decisions.
    await seedTrainedParticipants(
      programId,
      { start: START, end: END },
      NIPS.map((nip, i) => ({ nip, name: NAMES[i]! })),
    );
    for (const [i, nip] of NIPS.entries()) {
      expect(
        await recordSessionDecision({
          programId,
          nip,
          decisionId: decisionIdOf(i),
          scheme: 'ADMINISTRATOR',
          cohort: 1,
          attempt: 0,
          // The training certificate does not depend on the competency outcome.
          outcome: i === 2 ? 'BELUM_KOMPETEN' : 'KOMPETEN',
          competentUnits: i === 2 ? [] : [...requiredUnitCodes('ADMINISTRATOR')],
          notYetCompetentUnits: i === 2 ? [...requiredUnitCodes('ADMINISTRATOR')] : [],
          decidedBy: 'pusbang.sidang',
          decidedAt: '2027-08-20T03:00:00.000Z',
          reason: 'Hasil sidang.',
          source: 'SIDANG_HASIL',
        }),
      ).toBe(true);
    }
    await requestCertificatesThrice(
      stack,
      programId,
      NIPS.map((nip, i) => ({ nip, decisionId: decisionIdOf(i) })),
    );
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
  });

  const json = async (method: 'GET' | 'POST', path: string, body?: Uint8Array) => {
    const response = await fetch(`${stack.baseUrl}${path}`, {
      method,
      headers: { accept: 'application/json', ...(body ? { 'content-type': 'application/pdf' } : {}) },
      body,
    });
    return { status: response.status, body: (await response.json()) as unknown };
  };

  it('SERTPEL-NOMOR-URUT-TANPA-CELAH: each participant who attended the 21 JP, competent or not, gets one training certificate, numbered gap-free from 0001 in the year, and their holder lists it with its number', async () => {
    // Act
    for (const [i, nip] of NIPS.entries()) {
      const holder = await callerFor(stack, 'peserta', { nip });
      const body = await eventually(
        async () => {
          const answer = await holder('GET', `/programs/${programId}/participants/${nip}/certificates`);
          return answer.body?.training?.download ? answer.body : undefined;
        },
        `training certificate of ${nip}`,
        60_000,
      );
      trainings[i] = body.training as TrainingCertificateRecord;
    }

    // Assess
    const year = Number(today.slice(0, 4));
    const numbers = trainings.map((t) => {
      const parsed = parseTrainingNumber(t.number ?? '');
      if (!parsed.ok) throw new Error(`not a training number: ${t.number}`);
      return parsed.value;
    });
    expect(numbers.map((n) => n.sequence).sort()).toEqual([1, 2, 3]);
    expect(checkTrainingSequenceGapFree(numbers, year).ok).toBe(true);
    expect(trainings[0]).toMatchObject({
      verificationUrl: `${stack.baseUrl}/verifikasi/${trainings[0]!.number}`,
      issuedOn: today,
      scheme: 'ADMINISTRATOR',
      level: 'Administrator',
      startDate: START,
      endDate: END,
      venue: 'Pusbang ASN BKN',
      instansi: { code: '3201', name: 'Pemerintah Kabupaten Bogor' },
      modules: curriculumOf('ADMINISTRATOR').modules,
      jp: 21,
    });
    await stack.eventsSettled();
    const issued = stack.events().filter((e) => e['detail-type'] === 'TrainingCertificateIssued');
    expect(issued.map((e) => (e.detail as { number: string }).number).sort()).toEqual(
      trainings.map((t) => t.number).sort(),
    );
  }, 90_000);

  it('the public JSON and page verify a training certificate by its number: kind PELATIHAN, title with jenjang, dates, venue, JP, modules, masked NIP and instansi', async () => {
    // Prepare
    const number = trainings[0]!.number!;

    // Act
    const answer = await json('GET', `/verification/${number}`);
    const page = await fetch(`${stack.baseUrl}/verifikasi/${number}`, { headers: { accept: 'text/html' } });
    const html = await page.text();

    // Assess
    expect(answer.status).toBe(200);
    expect(answer.body as CertificateVerification).toMatchObject({
      kind: 'PELATIHAN',
      registrationNumber: number,
      status: 'BERLAKU',
      holderName: NAMES[0],
      maskedNip: '198503********1002',
      instansi: { code: '3201', name: 'Pemerintah Kabupaten Bogor' },
      title: `${trainings[0]!.title} Jenjang Administrator`,
      startDate: START,
      endDate: END,
      venue: 'Pusbang ASN BKN',
      jp: 21,
      modules: curriculumOf('ADMINISTRATOR').modules,
      fileSha256: trainings[0]!.document!.sha256,
    });
    expect(JSON.stringify(answer.body)).not.toContain(NIPS[0]);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html).toContain('data-jenis="PELATIHAN"');
    expect(html).toContain('198503********1002');
    expect(html).toContain('Manajemen Perencanaan Pegawai Negeri Sipil');
    expect(html).not.toContain(NIPS[0]);
  });

  it('the public PDF check says ASLI for the issued training certificate and in force; the same file changed by one byte is not the issued file', async () => {
    // Prepare
    const holder = await callerFor(stack, 'peserta', { nip: NIPS[1] });
    const { body } = await holder('GET', `/programs/${programId}/participants/${NIPS[1]}/certificates`);
    const pdf = new Uint8Array(await (await fetch(body.training.download.url)).arrayBuffer());
    const changed = pdf.slice();
    const at = Math.floor(changed.length / 3);
    changed[at] = changed[at]! ^ 1;

    // Act
    const genuine = await json('POST', `/verification/${body.training.number}`, pdf);
    const edited = await json('POST', `/verification/${body.training.number}`, changed);

    // Assess
    expect(genuine.status).toBe(200);
    expect(genuine.body as PdfCheck).toMatchObject({
      kind: 'PELATIHAN',
      registrationNumber: body.training.number,
      verdict: 'ASLI',
      matches: true,
      status: 'BERLAKU',
    });
    expect(edited.body as PdfCheck).toMatchObject({ kind: 'PELATIHAN', matches: false });
  });

  it('a training number never issued is not registered: 404 CERTIFICATE_NOT_FOUND', async () => {
    expect(await json('GET', `/verification/9999/SPL-MASN/${today.slice(0, 4)}`)).toMatchObject({
      status: 404,
      body: { code: 'CERTIFICATE_NOT_FOUND' },
    });
  });
});
