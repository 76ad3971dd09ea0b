import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { PROGRAMME_2019 } from '../../domain/reference/programme-2019';
import { addDays, type IsoDate } from '../../domain/shared/dates';
import type { Cohort, Participant } from '../../events/api/participant';
import type { PlacementRequested } from '../../events/messages/placement-requested';
import { listCohorts, saveParticipant, seatsOf } from '../../adapters/dynamodb/seating-repository';
import type { LocalStack } from '../local/local-stack';
import { now } from '../../runtime/clock';

const DAY = 86_400_000;

/** Unique NIPs that pass the domain's rules: one birth date per participant from 1 January 1975, CPNS 2005. */
export const nipFor = (i: number) =>
  `${addDays('1975-01-01' as IsoDate, i).replaceAll('-', '')}200501${1 + (i % 2)}001`;

async function call(stack: LocalStack, token: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${stack.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(json)}`);
  return json;
}

/** Creates the 2019 programme (its 50 cohorts of 30) through the API, its first cohort a month from now. */
export async function create2019Programme(
  stack: LocalStack,
): Promise<{ programId: string; cohorts: Cohort[] }> {
  const token = await stack.authority.mint({ role: 'admin-bkn', username: 'admin-bkn-2019' });
  const now = Date.now();
  const program = await call(stack, token, 'POST', '/programs/reference-2019', {
    year: new Date(now).getUTCFullYear(),
    proposalWindow: {
      opensAt: new Date(now - 1000).toISOString(),
      closesAt: new Date(now + 3_600_000).toISOString(),
    },
    firstCohortStartsOn: new Date(now + 30 * DAY).toISOString().slice(0, 10),
  });
  const programId = String(program.id);
  return { programId, cohorts: await listCohorts(programId) };
}

/**
 * The participants the 2019 plan seats, level by level (90 JPT Pratama, 450 Pengawas, 960 Administrator), as the
 * participant-setting session leaves them: SET, without a seat. Seeded straight into the table: the proposal
 * and screening path before it is exercised by its own tests and by the demo.
 */
export async function seedParticipants(programId: string, cohorts: Cohort[]): Promise<Participant[]> {
  const participants: Participant[] = [];
  let i = 0;
  const at = now().toISOString();
  for (const cohort of [...cohorts].sort((a, b) => a.number - b.number)) {
    for (let seat = 0; seat < cohort.capacity; seat++, i++) {
      participants.push({
        programId,
        nip: nipFor(i),
        instansiCode: `${1000 + (i % 500)}`,
        name: `Peserta ${i + 1}`,
        scheme: cohort.scheme,
        position: { title: 'Pejabat pengelola kepegawaian', unit: 'Unit kepegawaian', rank: 'III/c' },
        status: 'SET',
        setting: { decision: 'SET', decidedBy: 'sidang-penetapan-2019', decidedAt: at },
        updatedAt: at,
      });
    }
  }
  for (let start = 0; start < participants.length; start += 50) {
    await Promise.all(participants.slice(start, start + 50).map((p) => saveParticipant(p)));
  }
  return participants;
}

/** Queues one placement message per participant, ten per SQS batch. */
export async function requestPlacements(
  stack: LocalStack,
  programId: string,
  participants: Participant[],
): Promise<void> {
  const batches: Participant[][] = [];
  for (let i = 0; i < participants.length; i += 10) batches.push(participants.slice(i, i + 10));
  for (let i = 0; i < batches.length; i += 10) {
    await Promise.all(
      batches.slice(i, i + 10).map((batch) =>
        stack.clients.sqs.send(
          new SendMessageBatchCommand({
            QueueUrl: stack.resources.queues.placement.url,
            Entries: batch.map(({ nip, scheme }, j) => {
              const message: PlacementRequested = {
                type: 'PlacementRequested',
                version: 1,
                programId,
                nip,
                scheme,
                requestedAt: now().toISOString(),
                correlationId: `place-2019-${nip}`,
              };
              return { Id: String(j), MessageBody: JSON.stringify(message) };
            }),
          }),
        ),
      ),
    );
  }
}

export async function seatsTaken(programId: string): Promise<number> {
  return (await listCohorts(programId)).reduce((sum, c) => sum + c.seatsTaken, 0);
}

export async function waitForSeats(
  programId: string,
  expected: number,
  timeoutMs: number,
  pollMs = 250,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await seatsTaken(programId)) < expected) {
    if (Date.now() > deadline)
      throw new Error(`only ${await seatsTaken(programId)} of ${expected} seats after ${timeoutMs} ms`);
    // Polled gently: the count is a query on the same DynamoDB the placements write to.
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

export interface CohortCheck {
  number: number;
  scheme: string;
  capacity: number;
  seatsTaken: number;
  seated: number;
  problems: string[];
}

/** Cohort by cohort against the plan: full, never over, seated participants of the cohort's level, each once. */
export async function checkAgainstPlan(
  programId: string,
  participants: Participant[],
): Promise<CohortCheck[]> {
  const schemeOf = new Map(participants.map((p) => [p.nip, p.scheme]));
  const seen = new Set<string>();
  const checks: CohortCheck[] = [];
  for (const cohort of (await listCohorts(programId)).sort((a, b) => a.number - b.number)) {
    const seated = await seatsOf(programId, cohort.number);
    const problems: string[] = [];
    if (cohort.seatsTaken > cohort.capacity) problems.push('over capacity');
    if (cohort.seatsTaken !== cohort.capacity)
      problems.push(`${cohort.seatsTaken} of ${cohort.capacity} seats`);
    if (seated.length !== cohort.seatsTaken)
      problems.push(`${seated.length} seated vs count ${cohort.seatsTaken}`);
    for (const p of seated) {
      if (schemeOf.get(p.nip) !== cohort.scheme) problems.push(`${p.nip} of another level`);
      if (seen.has(p.nip)) problems.push(`${p.nip} seated twice`);
      seen.add(p.nip);
    }
    checks.push({
      number: cohort.number,
      scheme: cohort.scheme,
      capacity: cohort.capacity,
      seatsTaken: cohort.seatsTaken,
      seated: seated.length,
      problems,
    });
  }
  const lost = participants.filter((p) => !seen.has(p.nip));
  if (lost.length > 0)
    checks.push({
      number: 0,
      scheme: '-',
      capacity: 0,
      seatsTaken: 0,
      seated: 0,
      problems: [`${lost.length} participants without a seat`],
    });
  return checks;
}

export const PLAN_2019_SEATS = PROGRAMME_2019.participants;
