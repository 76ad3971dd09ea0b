import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requiredUnitsFor } from '../../domain/result/attempt';
import { addDays, dateInWib } from '../../domain/shared/dates';
import type { LocalStack } from '../../tools/local/local-stack';
import { programBody, startTestStack, type Caller } from './helpers';
import {
  assessUnits,
  callerNamed,
  onTestDay,
  qualifiedAssessor,
  seatInCohort,
  sessionWith,
  plannedForTest,
  teamByDecree,
} from './pipeline-helpers';

/*
 * The result session deciding a whole cohort in one request (POST /programs/{programId}/cohorts/{number}/results)
 * on the local stack, workers off so the CertificateRequested messages stay on the queue to be read: refused
 * as a whole while one participant is not ready, then decided at once, then retried without deciding twice.
 */
const UNITS = requiredUnitsFor('ADMINISTRATOR');
const FAILED_UNIT = UNITS[1]!;
const LAST_UNIT = UNITS.at(-1)!;
const PEOPLE = [
  { nip: '198604122011012001', name: 'Dewi Anggraini, S.Sos.' },
  { nip: '199105202015021002', name: 'Bayu Saputra, S.H.' },
  { nip: '198911032014032003', name: 'Citra Maharani, S.E.' },
  { nip: '199208142016011004', name: 'Dimas Prasetyo, S.IP.' },
];
const NIPS = PEOPLE.map((p) => p.nip);
const [A, B, , D] = NIPS as [string, string, string, string];
const TIMEOUT = 120_000;

describe('the result session decides a cohort in one request', () => {
  let stack: LocalStack;
  let admin: Caller;
  let sidang: Caller;
  let budi: Caller;
  let programId: string;
  const session = {
    session: sessionWith('asesor.budi'),
    appealPeriodDays: 14,
    decisions: NIPS.map((nip) =>
      nip === B ? { nip, reason: 'Unit kedua belum didukung bukti yang cukup.' } : { nip },
    ),
  };
  let decided: { nip: string; decisionId: string; outcome: string }[] = [];

  const participantPath = (nip: string) => `/programs/${programId}/cohorts/1/participants/${nip}`;
  const decideCohort = (caller: Caller) =>
    caller('POST', `/programs/${programId}/cohorts/1/results`, session);
  const resultsOf = (nip: string) => admin('GET', `/programs/${programId}/participants/${nip}/results`);

  /** Every CertificateRequested on the queue now (taken off it), as `<nip> <decisionId>`, sorted. */
  async function certificateRequests(taken: string[] = []): Promise<string[]> {
    const queue = stack.resources.queues.certificate.url;
    const received = await stack.clients.sqs.send(
      new ReceiveMessageCommand({ WaitTimeSeconds: 0, QueueUrl: queue, MaxNumberOfMessages: 10 }),
    );
    const bodies = (received.Messages ?? []).map((m) => JSON.parse(m.Body ?? '{}'));
    if (bodies.length === 0) return taken.sort();
    for (const body of bodies) expect(body).toMatchObject({ type: 'CertificateRequested', programId });
    return certificateRequests([...taken, ...bodies.map((b) => `${b.nip} ${b.decisionId}`)]);
  }

  beforeAll(async () => {
    stack = await startTestStack({ workers: false });
    admin = await callerNamed(stack, 'admin-bkn', 'bkn-admin-1');
    sidang = await callerNamed(stack, 'admin-bkn', 'pusbang.sidang');
    budi = await callerNamed(stack, 'asesor', 'asesor.budi');
    const today = dateInWib(new Date());
    const program = await admin('POST', '/programs', {
      ...programBody(1_500, 3_600_000, 'Program sidang hasil per angkatan'),
      cohortPlan: [
        {
          number: 1,
          scheme: 'ADMINISTRATOR',
          capacity: 5,
          startDate: addDays(today, 3),
          endDate: addDays(today, 4),
        },
      ],
    });
    expect(program.status, JSON.stringify(program.body)).toBe(201);
    programId = program.body.id;
    await seatInCohort(programId, 1, PEOPLE);
    await teamByDecree(admin, programId, 1, [
      qualifiedAssessor('asesor.budi', '197501012000031001', 'Budi Santoso, S.H., M.Si.'),
    ]);
    await plannedForTest(programId, 1);
    await onTestDay(admin, programId, 1);
    // Everyone assessed, B not yet competent on one unit; D still lacks the last unit's recommendation.
    for (const nip of [A, NIPS[2]!]) await assessUnits(budi, participantPath(nip), UNITS);
    await assessUnits(budi, participantPath(B), UNITS, [FAILED_UNIT]);
    await assessUnits(budi, participantPath(D), UNITS.slice(0, -1));
  }, TIMEOUT);

  afterAll(async () => {
    await stack?.stop();
  });

  it('SIDANG-ASESOR-HADIR: a session without an assessor of the team decides nothing; the Komite (Pasal 6) decides no results', async () => {
    const withoutAssessor = {
      ...session,
      session: { ...session.session, attendees: session.session.attendees.slice(0, 2) },
    };
    const refused = await sidang('POST', `/programs/${programId}/cohorts/1/results`, withoutAssessor);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('SIDANG-ASESOR-HADIR');
    const komite = await callerNamed(stack, 'komite', 'komite.ketua');
    expect((await decideCohort(komite)).status).toBe(403);
    expect(await certificateRequests()).toEqual([]);
  });

  it('UJI-KEPUTUSAN-ASESOR: one participant not ready refuses the whole cohort, locating the problem; nothing is written', async () => {
    const refused = await decideCohort(sidang);

    expect(refused.status, JSON.stringify(refused.body)).toBe(422);
    expect(refused.body.code).toBe('UJI-KEPUTUSAN-ASESOR');
    expect(refused.body.details).toEqual([
      expect.objectContaining({
        code: 'UJI-KEPUTUSAN-ASESOR',
        path: `decisions.3.units.${LAST_UNIT}`,
        nip: D,
      }),
    ]);
    for (const nip of NIPS)
      expect((await resultsOf(nip)).body).toMatchObject({ decisions: [], current: null });
    expect(await certificateRequests()).toEqual([]);
  });

  it('SIDANG-BUKAN-ASESOR: the assessor, even recording for the unit, is refused for every participant at once', async () => {
    const asUnit = await callerNamed(stack, 'admin-bkn', 'asesor.budi');
    const refused = await asUnit('POST', `/programs/${programId}/cohorts/1/results`, session);

    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('RULES_NOT_MET');
    const paths = refused.body.details.map((d: { code: string; path: string }) => `${d.code} ${d.path}`);
    expect(paths).toEqual([
      ...NIPS.map((_, i) => `SIDANG-BUKAN-ASESOR decisions.${i}.decidedBy`),
      `UJI-KEPUTUSAN-ASESOR decisions.3.units.${LAST_UNIT}`,
    ]);
    expect(await certificateRequests()).toEqual([]);
  });

  it(
    'decides every participant in one request: each decision readable in their results, each certificate requested',
    async () => {
      await assessUnits(budi, participantPath(D), [LAST_UNIT]);
      const response = await decideCohort(sidang);

      expect(response.status, JSON.stringify(response.body)).toBe(201);
      expect(response.body).toMatchObject({ programId, cohort: 1, alreadyDecided: [] });
      decided = response.body.decisions;
      expect(decided.map((d) => [d.nip, d.outcome])).toEqual([
        [A, 'KOMPETEN'],
        [B, 'BELUM_KOMPETEN'],
        [NIPS[2], 'KOMPETEN'],
        [D, 'KOMPETEN'],
      ]);
      for (const decision of decided) {
        const record = await resultsOf(decision.nip);
        expect(record.status).toBe(200);
        expect(record.body.current).toBe(decision.decisionId);
        expect(record.body.decisions).toEqual([
          expect.objectContaining({
            decisionId: decision.decisionId,
            cohort: 1,
            attempt: 0,
            // The record lists who held the session and who attended in what role.
            session: sessionWith('asesor.budi'),
            decidedBy: 'pusbang.sidang',
            source: 'SIDANG_HASIL',
          }),
        ]);
      }
      // Not yet competent: both a re-test offer and development on the unit (Pasal 16(7), 35(5)).
      expect((await resultsOf(B)).body).toMatchObject({
        followUp: {
          retest: { offered: true, remaining: 2, unitCodes: [FAILED_UNIT] },
          development: { forms: ['PELATIHAN'], unitCodes: [FAILED_UNIT] },
        },
        decisions: [
          { notYetCompetentUnits: [FAILED_UNIT], reason: 'Unit kedua belum didukung bukti yang cukup.' },
        ],
      });
      expect(await certificateRequests()).toEqual(decided.map((d) => `${d.nip} ${d.decisionId}`).sort());
    },
    TIMEOUT,
  );

  it('a retry of the same request decides nobody again and requests every certificate again', async () => {
    const retry = await decideCohort(sidang);

    expect(retry.status, JSON.stringify(retry.body)).toBe(200);
    expect(retry.body.alreadyDecided).toEqual(NIPS);
    expect(retry.body.decisions.map((d: { decisionId: string }) => d.decisionId)).toEqual(
      decided.map((d) => d.decisionId),
    );
    for (const nip of NIPS) expect((await resultsOf(nip)).body.decisions).toHaveLength(1);
    expect(await certificateRequests()).toEqual(decided.map((d) => `${d.nip} ${d.decisionId}`).sort());
  });
});
