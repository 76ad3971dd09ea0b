import { ReceiveMessageCommand, SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Participant } from '../../events/api/participant';
import type { PlacementRequested } from '../../events/messages/placement-requested';
import {
  findParticipant,
  listCohorts,
  saveParticipant,
  seatsOf,
  waitlistHead,
} from '../../adapters/dynamodb/seating-repository';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, eventually, startTestStack, type Caller } from './helpers';

const DAY = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** NIPs that pass the domain's NIP rules: born 1980-1990, CPNS 2010, sequence = index. */
const nipOf = (i: number) => `19${80 + (i % 10)}0101201001${1 + (i % 2)}${String(i).padStart(3, '0')}`;

describe('placing participants into cohorts through the placement queue', () => {
  let stack: LocalStack;
  let admin: Caller;
  let programId: string;
  const capacity = 5;
  const adminCohorts = [1, 2, 3];

  const schemeOf = new Map<string, 'ADMINISTRATOR' | 'PENGAWAS'>();

  async function seedParticipants(
    count: number,
    scheme: 'ADMINISTRATOR' | 'PENGAWAS',
    offset = 0,
  ): Promise<string[]> {
    const nips: string[] = [];
    for (let i = offset; i < offset + count; i++) {
      const participant: Participant = {
        programId,
        nip: nipOf(i),
        instansiCode: '3201',
        name: `Peserta ${i}`,
        scheme,
        position: { title: 'Pejabat Kepegawaian', unit: 'BKPSDM', rank: 'III/c' },
        status: 'SET',
        setting: { decision: 'SET', decidedBy: 'sidang', decidedAt: new Date().toISOString() },
        updatedAt: new Date().toISOString(),
      };
      await saveParticipant(participant);
      schemeOf.set(participant.nip, scheme);
      nips.push(participant.nip);
    }
    return nips;
  }

  async function sendPlacements(
    nips: string[],
    copies: number,
    scheme = 'ADMINISTRATOR' as const,
  ): Promise<void> {
    const messages = nips.flatMap((nip) =>
      Array.from({ length: copies }, (): PlacementRequested => ({
        type: 'PlacementRequested',
        version: 1,
        programId,
        nip,
        scheme: schemeOf.get(nip) ?? scheme,
        requestedAt: new Date().toISOString(),
        correlationId: `placement-test-${nip}`,
      })),
    );
    // Shuffled, so duplicates arrive apart and in any order, as SQS may deliver them.
    messages.sort(() => Math.random() - 0.5);
    for (let i = 0; i < messages.length; i += 10) {
      await stack.clients.sqs.send(
        new SendMessageBatchCommand({
          QueueUrl: stack.resources.queues.placement.url,
          Entries: messages
            .slice(i, i + 10)
            .map((m, j) => ({ Id: String(j), MessageBody: JSON.stringify(m) })),
        }),
      );
    }
  }

  async function settled(nips: string[]): Promise<Participant[]> {
    return eventually(
      async () => {
        const all = await Promise.all(nips.map((nip) => findParticipant(programId, nip)));
        return all.every((p) => p?.seat || p?.waitlistedAt) ? (all as Participant[]) : undefined;
      },
      'every participant seated or waitlisted',
      60_000,
    );
  }

  beforeAll(async () => {
    stack = await startTestStack({ workerConcurrency: 10 });
    admin = await callerFor(stack, 'admin-bkn');
    const now = Date.now();
    const cohortPlan = [
      ...adminCohorts.map((number) => ({
        number,
        scheme: 'ADMINISTRATOR',
        capacity,
        startDate: isoDate(now + (30 + number) * DAY),
        endDate: isoDate(now + (31 + number) * DAY),
      })),
      {
        number: 4,
        scheme: 'PENGAWAS',
        capacity: 2,
        startDate: isoDate(now + 40 * DAY),
        endDate: isoDate(now + 41 * DAY),
      },
    ];
    const created = await admin('POST', '/programs', {
      name: 'Program uji penempatan',
      year: new Date().getUTCFullYear(),
      schemes: ['ADMINISTRATOR', 'PENGAWAS'],
      quotaPerInstansi: { ADMINISTRATOR: 1, PENGAWAS: 1 },
      proposalWindow: {
        opensAt: new Date(now - 1000).toISOString(),
        closesAt: new Date(now + 3_600_000).toISOString(),
      },
      cohortPlan,
    });
    expect(created.status).toBe(201);
    programId = created.body.id;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('10 concurrent workers and triplicated messages: no overbooking, no double seat, nobody lost, overflow waitlisted in order', async () => {
    const nips = await seedParticipants(20, 'ADMINISTRATOR');
    await sendPlacements(nips, 3);
    const participants = await settled(nips);

    const cohorts = (await listCohorts(programId, 'ADMINISTRATOR')).sort((a, b) => a.number - b.number);
    for (const cohort of cohorts) {
      const seated = await seatsOf(programId, cohort.number);
      expect(cohort.seatsTaken, `cohort ${cohort.number}`).toBe(capacity);
      expect(seated, `cohort ${cohort.number}`).toHaveLength(cohort.seatsTaken);
    }
    const seatedNips = (await Promise.all(adminCohorts.map((n) => seatsOf(programId, n))))
      .flat()
      .map((p) => p.nip);
    expect(new Set(seatedNips).size).toBe(seatedNips.length);
    expect(participants.filter((p) => p.seat)).toHaveLength(15);
    const waiting = participants.filter((p) => p.waitlistedAt && !p.seat);
    expect(waiting).toHaveLength(5);
    const byArrival = [...waiting].sort((a, b) =>
      a.waitlistedAt === b.waitlistedAt
        ? a.nip < b.nip
          ? -1
          : 1
        : a.waitlistedAt! < b.waitlistedAt!
          ? -1
          : 1,
    );
    expect((await waitlistHead(programId, 'ADMINISTRATOR', 5)).map((p) => p.nip)).toEqual(
      byArrival.map((p) => p.nip),
    );
    expect(
      participants.every((p) => p.seat?.cohort === undefined || adminCohorts.includes(p.seat.cohort)),
    ).toBe(true);

    const listed = await admin('GET', `/programs/${programId}/cohorts`);
    expect(
      listed.body.items.map((c: { number: number; seatsTaken: number }) => [c.number, c.seatsTaken]),
    ).toEqual(
      expect.arrayContaining([
        [1, 5],
        [2, 5],
        [3, 5],
      ]),
    );
  });

  it('a freed seat goes to whoever has waited longest for that level', async () => {
    const cohort1 = await admin('GET', `/programs/${programId}/cohorts/1/participants`);
    const leaving = cohort1.body.items[0].nip as string;
    const waiting = (
      await Promise.all(Array.from({ length: 20 }, (_, i) => findParticipant(programId, nipOf(i))))
    )
      .filter((p): p is Participant => Boolean(p?.waitlistedAt && !p.seat))
      .sort((a, b) =>
        a.waitlistedAt! < b.waitlistedAt!
          ? -1
          : a.waitlistedAt! > b.waitlistedAt!
            ? 1
            : a.nip < b.nip
              ? -1
              : 1,
      );

    const withdrawn = await admin('DELETE', `/programs/${programId}/participants/${leaving}/seat`);
    expect(withdrawn.status).toBe(200);
    const promoted = await eventually(async () => {
      const p = await findParticipant(programId, waiting[0]!.nip);
      return p?.seat ? p : undefined;
    }, 'the head of the waiting list to get the seat');
    expect(promoted.seat!.cohort).toBe(1);
    expect((await listCohorts(programId, 'ADMINISTRATOR')).find((c) => c.number === 1)!.seatsTaken).toBe(
      capacity,
    );
    expect((await findParticipant(programId, leaving))!.seat).toBeUndefined();
  });

  it('moves a participant only to a cohort of the same level with a free seat', async () => {
    const [pengawasA, pengawasB] = await seedParticipants(2, 'PENGAWAS', 100);
    await sendPlacements([pengawasA!], 1);
    await settled([pengawasA!]);
    const seated = (await admin('GET', `/programs/${programId}/cohorts/2/participants`)).body.items[0]
      .nip as string;
    const wrongLevel = await admin('POST', `/programs/${programId}/participants/${seated}/move`, {
      toCohort: 4,
    });
    expect(wrongLevel.status).toBe(422);
    expect(wrongLevel.body.details.map((d: { code: string }) => d.code)).toContain('ANGKATAN-JENJANG');
    const intoFull = await admin('POST', `/programs/${programId}/participants/${seated}/move`, {
      toCohort: 3,
    });
    expect(intoFull.status).toBe(422);
    expect(intoFull.body.code).toBe('ANGKATAN-KAPASITAS');
    await sendPlacements([pengawasB!], 1);
    const [b] = await settled([pengawasB!]);
    expect(b!.seat!.cohort).toBe(4);
  });

  it('a message naming no participant ends in the DLQ while the rest of its batch is placed', async () => {
    const [good] = await seedParticipants(1, 'PENGAWAS', 200);
    await stack.clients.sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: stack.resources.queues.placement.url,
        Entries: [
          {
            Id: 'poison',
            MessageBody: JSON.stringify({
              type: 'PlacementRequested',
              version: 1,
              programId,
              nip: '199901012020011999',
              scheme: 'PENGAWAS',
              requestedAt: new Date().toISOString(),
              correlationId: 'poison',
            }),
          },
          {
            Id: 'good',
            MessageBody: JSON.stringify({
              type: 'PlacementRequested',
              version: 1,
              programId,
              nip: good,
              scheme: 'PENGAWAS',
              requestedAt: new Date().toISOString(),
              correlationId: 'good',
            }),
          },
        ],
      }),
    );
    await settled([good!]);
    const dead = await eventually(
      async () => {
        const { Messages } = await stack.clients.sqs.send(
          new ReceiveMessageCommand({
            QueueUrl: stack.resources.queues.placement.dlqUrl,
            WaitTimeSeconds: 1,
          }),
        );
        return Messages?.[0];
      },
      'the poison message in the DLQ',
      45_000,
    );
    expect(dead.Body).toContain('199901012020011999');
  });
});
