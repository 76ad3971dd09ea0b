import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { expect } from 'vitest';
import { addDays, type IsoDate } from '../../domain/shared/dates';
import type { CertificateRequested } from '../../events/messages/certificate-requested';
import type { ResultDecision } from '../../events/api/result';
import { requiredUnitCodes } from '../../domain/reference/qualifications';
import { recordSessionDecision } from '../../adapters/dynamodb/result-repository';
import { saveParticipant } from '../../adapters/dynamodb/seating-repository';
import { saveAttendance, saveConfirmation, saveELearning } from '../../adapters/dynamodb/training-repository';
import type { LocalStack } from '../../tools/local/local-stack';
import { programBody, type Caller } from './helpers';

/*
 * Seeding for the certificate pipeline's integration tests, written straight to the table: Administrator
 * participants of instansi 3201 seated in cohort 1 who earned its whole 21 JP, and the certificate requests a
 * result session sends for their decisions.
 */

/**
 * Through the API as BKN: instansi 3201 registered, a programme named `name` with one Administrator cohort
 * running `start`..`end`, and its certificates' signers. Answers the programme's id.
 */
export async function certificateProgramme(
  admin: Caller,
  name: string,
  cohort: { start: IsoDate; end: IsoDate },
): Promise<string> {
  const instansi = await admin('PUT', '/instansi/3201', {
    name: 'Pemerintah Kabupaten Bogor',
    kind: 'KABUPATEN_KOTA',
    kanreg: 'III',
  });
  expect(instansi.status, JSON.stringify(instansi.body)).toBe(200);
  const program = await admin('POST', '/programs', {
    ...programBody(-1, 3_600_000, name),
    cohortPlan: [
      { number: 1, scheme: 'ADMINISTRATOR', capacity: 5, startDate: cohort.start, endDate: cohort.end },
    ],
  });
  expect(program.status, JSON.stringify(program.body)).toBe(201);
  const programId: string = program.body.id;
  const signers = await admin('PUT', `/programs/${programId}/certificate-signers`, {
    front: {
      role: 'KEPALA_BKN',
      name: 'Prof. Dr. Zudan Arif Fakrulloh',
      position: 'Kepala Badan Kepegawaian Negara',
    },
    back: {
      name: 'Dr. Andi Wijaya, M.Si.',
      nip: '197001011995031001',
      position: 'Kepala Pusat Pengembangan Aparatur Sipil Negara',
    },
  });
  expect(signers.status, JSON.stringify(signers.body)).toBe(200);
  return programId;
}

/**
 * Seats each `participants` in cohort 1 (running `start`..`end`) and records their full 21 JP: the attendance
 * confirmation, e-learning done three days before the start, and presence at every session of both days.
 */
export async function seedTrainedParticipants(
  programId: string,
  cohort: { start: IsoDate; end: IsoDate },
  participants: readonly { nip: string; name: string }[],
): Promise<void> {
  for (const { nip, name } of participants) {
    const at = new Date().toISOString();
    await saveParticipant({
      programId,
      nip,
      instansiCode: '3201',
      name,
      scheme: 'ADMINISTRATOR',
      position: { title: 'Kepala Bidang Pengembangan Pegawai', unit: 'BKPSDM', rank: 'III/d' },
      status: 'SET',
      seat: { cohort: 1, placedAt: at },
      updatedAt: at,
    });
    const confirmed = await saveConfirmation(
      {
        programId,
        nip,
        instansiCode: '3201',
        cohort: 1,
        attending: true,
        confirmedBy: nip,
        confirmedAt: at,
        version: 1,
      },
      undefined,
    );
    const learned = await saveELearning(
      {
        programId,
        nip,
        cohort: 1,
        completedOn: addDays(cohort.start, -3),
        recordedBy: 'bkn',
        recordedAt: at,
        version: 1,
      },
      1,
      undefined,
    );
    expect([confirmed.outcome, learned.outcome]).toEqual(['WRITTEN', 'WRITTEN']);
  }
  const nips = participants.map((p) => p.nip);
  for (const [date, session] of [
    [cohort.start, 'KLASIKAL'],
    [cohort.end, 'KLASIKAL'],
    [cohort.end, 'EVALUASI'],
  ] as const) {
    const recorded = await saveAttendance(
      {
        programId,
        cohort: 1,
        date,
        day: date === cohort.start ? 1 : 2,
        session,
        present: nips,
        recordedBy: 'bkn',
        recordedAt: new Date().toISOString(),
        version: 1,
      },
      undefined,
      nips,
    );
    expect(recorded.outcome).toBe('WRITTEN');
  }
}

/** Sends the certificate request of each decision three times (duplicates, on concurrent workers), 5 a batch. */
export async function requestCertificatesThrice(
  stack: LocalStack,
  programId: string,
  decisions: readonly { nip: string; decisionId: string }[],
): Promise<void> {
  const messages = decisions.flatMap(({ nip, decisionId }, i) =>
    [0, 1, 2].map((copy) => ({
      Id: `${i}-${copy}`,
      MessageBody: JSON.stringify({
        type: 'CertificateRequested',
        version: 1,
        programId,
        nip,
        decisionId,
        requestedAt: new Date().toISOString(),
        correlationId: `it-${i}-${copy}`,
      } satisfies CertificateRequested),
    })),
  );
  for (let i = 0; i < messages.length; i += 5) {
    await stack.clients.sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: stack.resources.queues.certificate.url,
        Entries: messages.slice(i, i + 5),
      }),
    );
  }
}

/** A KOMPETEN result-session decision on every unit of the Administrator qualification, recorded directly. */
export async function recordCompetentDecision(
  programId: string,
  nip: string,
  decisionId: string,
): Promise<void> {
  const decision: ResultDecision = {
    programId,
    nip,
    decisionId,
    scheme: 'ADMINISTRATOR',
    cohort: 1,
    attempt: 0,
    outcome: 'KOMPETEN',
    competentUnits: [...requiredUnitCodes('ADMINISTRATOR')],
    notYetCompetentUnits: [],
    decidedBy: 'pusbang.sidang',
    decidedAt: '2027-08-20T03:00:00.000Z',
    reason: 'Semua unit kompeten.',
    source: 'SIDANG_HASIL',
  };
  expect(await recordSessionDecision(decision)).toBe(true);
}
