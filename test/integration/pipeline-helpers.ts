import { randomUUID } from 'node:crypto';
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { expect } from 'vitest';
import type * as z from 'zod';
import type { Role } from '../../domain/access/roles';
import type { SchemeCode } from '../../domain/reference/schemes';
import { addDays, dateInWib, isAfter, type IsoDate } from '../../domain/shared/dates';
import { EvidenceRequest, TeamAssignmentRequest } from '../../events/api/assessment';
import { CertificateSignersRequest } from '../../events/api/certificate';
import type { Participant } from '../../events/api/participant';
import { findCohort, saveParticipant, takeSeat } from '../../adapters/dynamodb/seating-repository';
import { saveUnitTestPlan } from '../../adapters/dynamodb/test-instrument-repository';
import { unitsOfScheme } from '../../domain/assessment/instrument';
import { decreeServing, type Difficulty } from '../../domain/assessment/test-team';
import { teamOf } from '../../adapters/dynamodb/assessment-repository';
import { saveMechanismProposal } from '../../adapters/dynamodb/test-mechanism-repository';
import { saveCv } from '../../adapters/dynamodb/training-repository';
import { recordAttendance, saveBriefing } from '../../adapters/dynamodb/briefing-repository';
import type { QueueName } from '../../infra/resource-model';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, eventually, programBody, type Caller } from './helpers';

/**
 * A caller whose token carries a username: the session recorder, reviewer and conflict rules compare usernames.
 * `callerFor` hands its claims to the token authority as they are, so the username goes with them.
 */
export function callerNamed(stack: LocalStack, role: Role, username: string, nip?: string): Promise<Caller> {
  const claims: Parameters<typeof callerFor>[2] & { username: string } = {
    username,
    ...(nip ? { nip } : {}),
  };
  return callerFor(stack, role, claims);
}

const exampleOf = <T>(schema: z.ZodType): T => (schema.meta()?.examples as T[])[0]!;

/** A qualified assessor (the API's own example), with no expiry on the assessor certificate. */
export const qualifiedAssessor = (username: string, nip: string, name: string) => ({
  ...exampleOf<Record<string, unknown>>(TeamAssignmentRequest),
  username,
  nip,
  name,
  assessorCertificate: { recognisedByBkn: true, validUntil: null },
});

/** Evidence that meets every rule of evidence (the API's own example), collected by `method`. */
export const soundEvidence = (method: string) => ({
  ...exampleOf<Record<string, unknown>>(EvidenceRequest),
  method,
});

/**
 * Participants set by the participant-setting session and seated in a cohort (the seat transaction), as the
 * placement flow would leave them: the set-up the assessment starts from.
 */
export async function seatInCohort(
  programId: string,
  cohortNumber: number,
  people: readonly { nip: string; name: string; contact?: Participant['contact'] }[],
  scheme: SchemeCode = 'ADMINISTRATOR',
): Promise<void> {
  const cohort = await findCohort(programId, cohortNumber);
  if (!cohort) throw new Error(`no cohort ${cohortNumber} in ${programId}`);
  const at = new Date().toISOString();
  const position = { title: 'Kepala Bidang Mutasi', unit: 'BKPSDM Kabupaten Bogor', rank: 'III/d' };
  for (const { nip, name, contact } of people) {
    const participant: Participant = {
      programId,
      nip,
      name,
      ...(contact ? { contact } : {}),
      scheme,
      position,
      instansiCode: '3201',
      status: 'SET',
      setting: { decision: 'SET', decidedBy: 'sidang-penetapan', decidedAt: at },
      updatedAt: at,
    };
    expect(await saveParticipant(participant)).toBe(true);
    expect(await takeSeat(participant, cohort, at)).toBe('SEATED');
  }
  await briefedInCohort(programId, cohortNumber, people);
}

/**
 * The cohort's programme briefing and these participants' attendance (Perban BKN 7/2020 Pasal 33), written as
 * functions/briefings would: the set-up of suites whose cohorts are tested after Pasal 33 took effect
 * (test/integration/briefings.test.ts goes through the API).
 */
export async function briefedInCohort(
  programId: string,
  cohort: number,
  people: readonly { nip: string }[],
): Promise<void> {
  const at = new Date().toISOString();
  await saveBriefing({
    programId,
    cohort,
    heldOn: dateInWib(new Date(at)),
    place: 'Pusbang ASN BKN, Aula',
    official: {
      name: 'Kepala Pusbang ASN',
      position: 'Kepala Pusat Pengembangan ASN BKN',
      level: 'JPT_PRATAMA',
      designation: null,
    },
    withKanreg: null,
    recordedBy: 'bkn-admin-1',
    recordedAt: at,
  });
  const attendees = people.map(({ nip }) => ({
    nip,
    present: true,
    recordedBy: 'bkn-admin-1',
    recordedAt: at,
  }));
  expect(await recordAttendance(programId, cohort, attendees)).toBe(true);
}

/**
 * An assessor's work on one participant of a cohort, through the API: sound evidence by two methods for each
 * unit, then the recommendation (not yet competent for the units in `notYetCompetent`).
 */
export async function assessUnits(
  assessor: Caller,
  participantPath: string,
  units: readonly string[],
  notYetCompetent: readonly string[] = [],
): Promise<void> {
  for (const unit of units) {
    const unitPath = `${participantPath}/units/${unit}`;
    for (const method of ['PORTOFOLIO', 'WAWANCARA']) {
      const { status, body } = await assessor('POST', `${unitPath}/evidence`, soundEvidence(method));
      expect(status, JSON.stringify(body)).toBe(201);
    }
    const recommendation = notYetCompetent.includes(unit) ? 'BELUM_KOMPETEN' : 'KOMPETEN';
    const recommended = await assessor('POST', `${unitPath}/recommendation`, {
      recommendation,
      evidenceSufficient: true,
    });
    expect(recommended.status, JSON.stringify(recommended.body)).toBe(201);
  }
}

async function depth(stack: LocalStack, queueUrl: string): Promise<number> {
  const { Attributes = {} } = await stack.clients.sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: queueUrl,
      AttributeNames: [
        'ApproximateNumberOfMessages',
        'ApproximateNumberOfMessagesNotVisible',
        'ApproximateNumberOfMessagesDelayed',
      ],
    }),
  );
  return Object.values(Attributes).reduce((sum, n) => sum + Number(n), 0);
}

/**
 * Waits until the certificate worker has handled every message on its queue (a message in hand is not
 * visible until the worker deletes it), then checks that none failed its way to the DLQ.
 */
export function certificateQueueSettled(stack: LocalStack, timeoutMs = 60_000): Promise<void> {
  return queueSettled(stack, 'certificate', timeoutMs);
}

/** Waits until a queue's worker has handled every message on it, then checks that none went to the DLQ. */
export async function queueSettled(stack: LocalStack, name: QueueName, timeoutMs = 60_000): Promise<void> {
  const queue = stack.resources.queues[name];
  await eventually(
    async () => ((await depth(stack, queue.url)) === 0 ? true : undefined),
    `the ${name} queue to drain`,
    timeoutMs,
  );
  expect(await depth(stack, queue.dlqUrl)).toBe(0);
}

/**
 * The record of a result session held by BKN's training unit with the given assessors of the test team
 * (Perban BKN 7/2020 Pasal 16(5), 25f, 30(2)q).
 */
export const sessionWith = (...assessors: string[]) => ({
  chair: { name: 'Kepala Pusbang ASN', position: 'Kepala Pusat Pengembangan ASN' },
  attendees: [
    { name: 'Kepala Pusbang ASN', role: 'UNIT_PELATIHAN_BKN' },
    { name: 'Panitia Pusbang ASN', role: 'PENYELENGGARA' },
    ...assessors.map((username) => ({ name: username, role: 'ASESOR', username })),
  ],
});
/** The event ids on the local bus once the relay has published everything the outbox held, oldest first. */
export async function publishedEventIds(stack: LocalStack): Promise<string[]> {
  await stack.eventsSettled();
  return stack.events().map((e) => (e.detail as { eventId: string }).eventId);
}

/** Every history entry's event id of these certificate versions: each change is announced by its own event. */
export const historyEventIds = (versions: readonly { history: readonly { eventId: string }[] }[]) =>
  versions.flatMap((v) => v.history.map((h) => h.eventId));

/** The stack's calendar date (WIB): what every handler takes as today. */
export async function todayOn(admin: Caller): Promise<IsoDate> {
  const clock = await admin('GET', '/_local/clock');
  expect(clock.status).toBe(200);
  return dateInWib(new Date(clock.body.now));
}

/**
 * Moves the stack's calendar to the test day of a cohort (its last day: evidence, recommendations and the result
 * session are refused before it, UJI-HARI-UJI), unless it stands there or later already.
 */
export async function onTestDay(admin: Caller, programId: string, cohortNumber: number): Promise<void> {
  const cohort = await findCohort(programId, cohortNumber);
  if (!cohort) throw new Error(`no cohort ${cohortNumber} in ${programId}`);
  if (!isAfter(cohort.endDate as IsoDate, await todayOn(admin))) return;
  const moved = await admin('PUT', '/_local/clock', { date: cohort.endDate });
  expect(moved.status, JSON.stringify(moved.body)).toBe(200);
}

/** The assessor of the pipeline suites' cohorts. */
export const BUDI = qualifiedAssessor('asesor.budi', '197501012000031001', 'Budi Santoso, S.H., M.Si.');

/**
 * BKN assigns `username` as the assessor of the candidate's pre-test consultation (Perban BKN 7/2020 Pasal 28,
 * 31(1)e): Budi's qualifications, working at `instansiCode` (BKN unless told), so only that caller recommends.
 */
export async function assignPreAssessor(
  admin: Caller,
  candidatePath: string,
  username: string,
  overrides: Record<string, unknown> = {},
): Promise<void> {
  const { role: _role, ...assessor } = BUDI as Record<string, unknown>;
  const assigned = await admin('PUT', `${candidatePath}/pre-assessment/assessor`, {
    ...assessor,
    username,
    instansiCode: 'BKN01',
    ...overrides,
  });
  expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
}

/**
 * A programme with these cohorts (two days each, each starting `startsInDays` from the stack's today) and the
 * certificate signers of the API's example, created through the API by `admin`; its id.
 */
export async function programWithSigners(
  admin: Caller,
  name: string,
  cohorts: readonly { number: number; scheme: SchemeCode; capacity: number; startsInDays: number }[],
): Promise<string> {
  const today = await todayOn(admin);
  const program = await admin('POST', '/programs', {
    ...programBody(1_500, 3_600_000, name),
    cohortPlan: cohorts.map(({ startsInDays, ...cohort }) => ({
      ...cohort,
      startDate: addDays(today, startsInDays),
      endDate: addDays(today, startsInDays + 1),
    })),
  });
  expect(program.status, JSON.stringify(program.body)).toBe(201);
  const signers = await admin(
    'PUT',
    `/programs/${program.body.id}/certificate-signers`,
    (CertificateSignersRequest.meta()?.examples as unknown[])[0],
  );
  expect(signers.status, JSON.stringify(signers.body)).toBe(200);
  return program.body.id;
}

/** An e-mail as the SES emulator's mailbox API (`GET /store`) answers it. */
export interface MailboxEmail {
  messageId: string;
  from: string;
  destination: { to: string[] };
  subject: string;
  body: { text?: string; html?: string };
}

/** The e-mails the local SES holds for `address`, read through its API as a person's mailbox shows them. */
export async function mailTo(stack: LocalStack, address: string): Promise<MailboxEmail[]> {
  const response = await fetch(`${stack.mailbox}store`);
  expect(response.status).toBe(200);
  const { emails } = (await response.json()) as { emails: MailboxEmail[] };
  return emails.filter((email) => email.destination.to.includes(address));
}

/**
 * The programme the Monev tests follow on the 2019 calendar: Kabupaten Bogor registered, one Administrator
 * cohort on 2-3 Mei 2019, the participants seated with their CV uploaded (the confirmation asks for it).
 */
export async function monevProgramme(
  admin: Caller,
  name: string,
  people: readonly { nip: string; name: string }[],
): Promise<string> {
  const instansi = await admin('PUT', '/instansi/3201', {
    name: 'Pemerintah Kabupaten Bogor',
    kind: 'KABUPATEN_KOTA',
    kanreg: 'III',
  });
  expect(instansi.status).toBe(200);
  const program = await admin('POST', '/programs', {
    name,
    year: 2019,
    schemes: ['ADMINISTRATOR'],
    quotaPerInstansi: { ADMINISTRATOR: 3 },
    proposalWindow: { opensAt: '2019-04-05T09:00:00+07:00', closesAt: '2019-04-15T23:59:59+07:00' },
    cohortPlan: [
      { number: 1, scheme: 'ADMINISTRATOR', capacity: 5, startDate: '2019-05-02', endDate: '2019-05-03' },
    ],
  });
  expect(program.status, JSON.stringify(program.body)).toBe(201);
  const programId = program.body.id as string;
  await seatInCohort(programId, 1, people);
  for (const { nip } of people) {
    await saveCv(programId, nip, {
      key: `training/${programId}/${nip}/CV/1`,
      versionId: 'v1',
      sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
      contentType: 'application/pdf',
      size: 1000,
      uploadedAt: '2019-04-04T01:00:00.000Z',
      uploadedBy: nip,
    });
  }
  return programId;
}

/**
 * Every unit of the cohort's scheme planned for its test (Perban BKN 7/2020 Pasal 30(2)c-d), written as the
 * assessors' `PUT …/test-plan/units/{unitCode}` leaves it, with instruments covering the dimensions a-e: a session
 * held from 14 April 2020 records evidence only for planned units (UJI-RENCANA-WAJIB). A cohort a decree serves
 * plans a unit only on a mechanism its leader accepted (UJI-MEKANISME-DITERIMA), so that is written first. The
 * plan and mechanism routes themselves are proved in test-instruments.test.ts and test-mechanism.test.ts; the
 * suites that start from a planned cohort start here.
 */
export async function plannedForTest(programId: string, cohortNumber: number): Promise<void> {
  const [cohort, team] = await Promise.all([
    findCohort(programId, cohortNumber),
    teamOf(programId, cohortNumber),
  ]);
  if (!cohort) throw new Error(`no cohort ${cohortNumber} in ${programId}`);
  const teamId = decreeServing(team);
  const methods: ('PORTOFOLIO' | 'WAWANCARA')[] = ['PORTOFOLIO', 'WAWANCARA'];
  for (const unitCode of unitsOfScheme(cohort.scheme)) {
    if (teamId !== undefined) {
      const at = new Date().toISOString();
      await saveMechanismProposal({
        proposalId: `mek_${randomUUID()}`,
        teamId,
        programId,
        cohort: cohortNumber,
        unitCode,
        methods,
        mechanism: 'Portofolio diperiksa lebih dulu, dilanjutkan wawancara 30 menit per peserta.',
        proposedBy: 'asesor.budi',
        proposedAt: at,
        status: 'DITERIMA',
        decidedBy: 'asesor.budi',
        decidedAt: at,
      });
    }
    await saveUnitTestPlan({
      programId,
      cohort: cohortNumber,
      unitCode,
      methods,
      instruments: [{ instrumentId: 'ins_0f8fad5bd9cb', version: 1 }],
      dimensions: ['a', 'b', 'c', 'd', 'e'],
      plannedBy: 'asesor.budi',
      plannedAt: new Date().toISOString(),
    });
  }
}

/** BKN's ratio of participants per assessor the decree teams of the suites are sized at, unless one is set. */
const SUITE_RATIO = { RENDAH: 30, SEDANG: 20, TINGGI: 10 };

/** The administrative staff every decree team of the suites has (Pasal 19(2)). */
const SUITE_STAFF = {
  role: 'pengelola-administrasi',
  username: 'admin.tim.suite',
  nip: '198801012010122001',
  name: 'Rina Marlina, S.E.',
};

const BKN_ORIGIN = { instansiCode: 'BKN01', instansiName: 'Badan Kepegawaian Negara' };

/**
 * The head of BKN forms the test team of the cohorts `cohortNumbers` of `programId` by decree (Perban BKN 7/2020
 * Pasal 19(2), (5)), through `POST /test-teams`: `members` as their one-by-one assignment bodies would be
 * (assessors like BUDI, experts), the first the leader, from BKN unless they name an `origin`, with the suites'
 * administrative staff; decreed today, for a period from today (or the first cohort's first day, if earlier) to
 * 60 days after the last test day, at difficulty RENDAH. Sets BKN's ratio first when none is set, generous enough
 * that a suite's cohorts need one assessor (TIM-UJI-UKURAN, also at use). A session tested from 14 April 2020 is
 * tested by such a team only (TIM-UJI-SK-WAJIB); the rules of forming it are proved in test-teams.test.ts. The
 * team's id.
 */
export async function teamByDecree(
  admin: Caller,
  programId: string,
  cohortNumbers: number | readonly number[],
  members: readonly Record<string, unknown>[],
  options: { difficulty?: Difficulty; decreeNumber?: string } = {},
): Promise<string> {
  if ((await admin('GET', '/test-team-ratio')).status === 404) {
    const set = await admin('PUT', '/test-team-ratio', SUITE_RATIO);
    expect(set.status, JSON.stringify(set.body)).toBe(200);
  }
  const numbers = typeof cohortNumbers === 'number' ? [cohortNumbers] : cohortNumbers;
  const cohorts = await Promise.all(numbers.map((n) => findCohort(programId, n)));
  const today = await todayOn(admin);
  const starts = cohorts.map((c, i) => {
    if (!c) throw new Error(`no cohort ${numbers[i]} in ${programId}`);
    return c.startDate as IsoDate;
  });
  const lastTestDay = cohorts
    .map((c) => c!.endDate as IsoDate)
    .sort()
    .at(-1)!;
  const from = [today, ...starts].sort()[0]!;
  const formed = await admin('POST', '/test-teams', {
    decree: {
      number: options.decreeNumber ?? `${800 + numbers[0]!}/KEP/BKN/${today.slice(0, 4)}`,
      date: today,
      signedBy: {
        capacity: 'KEPALA_BKN',
        name: 'Prof. Dr. Haryomo Dwi Putranto',
        nip: '196501011990031001',
        position: 'Kepala Badan Kepegawaian Negara',
      },
    },
    period: { from, to: addDays(lastTestDay, 60) },
    difficulty: options.difficulty ?? 'RENDAH',
    cohorts: numbers.map((number) => ({ programId, number })),
    members: [
      ...members.map((m, i) => ({ origin: BKN_ORIGIN, ...m, leader: i === 0 })),
      { ...SUITE_STAFF, origin: BKN_ORIGIN },
    ],
  });
  expect(formed.status, JSON.stringify(formed.body)).toBe(201);
  return formed.body.teamId as string;
}

/**
 * `leader`, an assessor and the leader of the decree team `teamId`, proposes the mechanism of `unitCode` in
 * the cohort at `cohortPath` with `methods` and accepts it (Perban BKN 7/2020 Pasal 30(2)a): a cohort a decree
 * serves plans the unit on it only (UJI-MEKANISME-DITERIMA, proved in test-mechanism.test.ts).
 */
export async function mechanismAccepted(
  leader: Caller,
  teamId: string,
  cohortPath: string,
  unitCode: string,
  methods: readonly string[],
): Promise<void> {
  const proposed = await leader('POST', `${cohortPath}/test-mechanism/units/${unitCode}`, {
    methods,
    mechanism: 'Metode uji dilaksanakan berurutan di ruang uji sesuai rencana uji unit.',
  });
  expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
  const accepted = await leader(
    'POST',
    `/test-teams/${teamId}/mechanism-proposals/${proposed.body.proposalId}/decision`,
    { outcome: 'DITERIMA' },
  );
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
}
