import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../domain/access/roles';
import { requiredUnitsFor } from '../../domain/result/attempt';
import { findCohort, saveParticipant, takeSeat } from '../../adapters/dynamodb/seating-repository';
import type { LocalStack } from '../../tools/local/local-stack';
import { programBody, startTestStack, type Caller } from './helpers';
import { briefedInCohort, onTestDay, plannedForTest, sessionWith, teamByDecree } from './pipeline-helpers';

const UNITS = requiredUnitsFor('ADMINISTRATOR');
const [FAILED_UNIT] = UNITS;
const NIP_A = '198503102010011002';
const NIP_B = '199002152015032001';
const NIP_C = '198807072012121003';
const ASESOR_NIP = '197501012000031001';

const wibDate = (days: number) =>
  new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

const assessor = (username: string, nip: string, declaredConflictNips: string[] = []) => ({
  role: 'asesor',
  username,
  nip,
  name: `Asesor ${username}`,
  declaredConflictNips,
  isPns: true,
  education: 'S2',
  golongan: 'IV/a',
  serviceStart: '2000-03-01',
  assessorCertificate: { recognisedByBkn: true, validUntil: null },
  mastery: {
    methods: true,
    communication: true,
    followsGuide: true,
    schemeSystem: true,
    interpretsStandards: true,
    competencyContext: true,
    regulations: true,
    assessmentPractice: true,
  },
});
const evidence = (method: string) => ({
  method,
  description: `Bukti ${method} atas pekerjaan peserta.`,
  relevant: true,
  realWork: true,
  demonstratesCompetency: true,
  verifiable: true,
  valid: true,
  authentic: true,
  current: true,
});

describe('assessment, result session, re-test and appeal, end to end through the local API', () => {
  let stack: LocalStack;
  let programId: string;
  let admin: Caller;
  let sidang: Caller;
  let budi: Caller;
  let citra: Caller;
  let sri: Caller;
  const decisions: Record<string, string> = {};

  /** A caller with a given username (the local token authority takes it as `cognito:username`). */
  async function as(role: Role, username: string, nip?: string): Promise<Caller> {
    const token = await stack.authority.mint({ role, username, ...(nip ? { nip } : {}) });
    return async (method, path, body) => {
      const response = await fetch(`${stack.baseUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return {
        status: response.status,
        body: text ? JSON.parse(text) : undefined,
        headers: response.headers,
      };
    };
  }
  const unitPath = (cohort: number, nip: string, unit: string) =>
    `/programs/${programId}/cohorts/${cohort}/participants/${nip}/units/${unit}`;

  /** Two methods of sound evidence and a recommendation for each unit, by `who`. */
  async function assess(
    who: Caller,
    cohort: number,
    nip: string,
    units: readonly string[],
    failed: string[],
  ) {
    for (const unit of units) {
      for (const method of ['PORTOFOLIO', 'WAWANCARA']) {
        expect((await who('POST', `${unitPath(cohort, nip, unit)}/evidence`, evidence(method))).status).toBe(
          201,
        );
      }
      const recommendation = failed.includes(unit) ? 'BELUM_KOMPETEN' : 'KOMPETEN';
      const recorded = await who('POST', `${unitPath(cohort, nip, unit)}/recommendation`, {
        recommendation,
        evidenceSufficient: true,
      });
      expect(recorded.status).toBe(201);
    }
  }

  async function certificateMessages(): Promise<{ nip: string; decisionId: string }[]> {
    const messages: { nip: string; decisionId: string }[] = [];
    for (;;) {
      const { Messages = [] } = await stack.clients.sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: stack.resources.queues.certificate.url,
          MaxNumberOfMessages: 10,
          WaitTimeSeconds: 0,
        }),
      );
      if (Messages.length === 0) return messages;
      messages.push(...Messages.map((m) => JSON.parse(m.Body ?? '{}')));
    }
  }

  beforeAll(async () => {
    // Workers off: the CertificateRequested messages stay on the queue for this test to read.
    stack = await startTestStack({ workers: false });
    admin = await as('admin-bkn', 'bkn-admin-1');
    sidang = await as('admin-bkn', 'pusbang.sidang');
    budi = await as('asesor', 'asesor.budi');
    citra = await as('asesor', 'asesor.citra');
    sri = await as('pakar', 'pakar.sri');
    const program = await admin('POST', '/programs', {
      ...programBody(1_500, 3_600_000, 'Program uji kompetensi'),
      cohortPlan: [
        { number: 1, scheme: 'ADMINISTRATOR', capacity: 3, startDate: wibDate(3), endDate: wibDate(4) },
        { number: 2, scheme: 'ADMINISTRATOR', capacity: 1, startDate: wibDate(10), endDate: wibDate(11) },
      ],
    });
    expect(program.status).toBe(201);
    programId = program.body.id;
    // Three participants set by the participant-setting session and seated in cohort 1 (the seat transaction).
    const cohort = (await findCohort(programId, 1))!;
    for (const [nip, name] of [
      [NIP_A, 'Dewi Lestari'],
      [NIP_B, 'Rina Wulandari'],
      [NIP_C, 'Agus Pratama'],
    ] as const) {
      const now = new Date().toISOString();
      expect(
        await saveParticipant({
          programId,
          nip,
          instansiCode: '3201',
          name,
          scheme: 'ADMINISTRATOR',
          position: { title: 'Kepala Bidang', unit: 'BKPSDM', rank: 'III/d' },
          status: 'SET',
          setting: { decision: 'SET', decidedBy: 'bkn-admin-1', decidedAt: now },
          updatedAt: now,
        }),
      ).toBe(true);
      expect(await takeSeat({ programId, nip, scheme: 'ADMINISTRATOR' }, cohort, now)).toBe('SEATED');
    }
    await briefedInCohort(programId, 1, [{ nip: NIP_A }, { nip: NIP_B }, { nip: NIP_C }]);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('BKN forms the test team by decree; a declared conflict excludes that participant only', async () => {
    await teamByDecree(admin, programId, 1, [
      assessor('asesor.budi', ASESOR_NIP, [NIP_C]),
      assessor('asesor.citra', '197602022001122001'),
      {
        role: 'pakar',
        username: 'pakar.sri',
        nip: '196501011990032001',
        name: 'Dr. Sri Wahyuni',
        education: 'S3',
        status: 'PENSIUNAN_JPT_MADYA',
        statusProvenByHistory: true,
        relevantExpertise: true,
        assignedByBkn: true,
        signedComplianceStatement: true,
      },
    ]);
    const team = (await admin('GET', `/programs/${programId}/cohorts/1/team`)).body.items as {
      username: string;
      excluded: unknown[];
    }[];
    expect(team).toHaveLength(3);
    expect(team.find((m) => m.username === 'asesor.budi')!.excluded).toEqual([
      { nip: NIP_C, codes: ['ASESOR-BEBAS-KEPENTINGAN'] },
    ]);
    // One by one is the 2019 way: refused with every reason, the assessor's own requirements included.
    const unqualified = await admin('POST', `/programs/${programId}/cohorts/1/team`, {
      ...assessor('asesor.baru', '198001012005011001'),
      golongan: 'III/b',
    });
    expect(unqualified.status).toBe(422);
    expect(unqualified.body.details.map((d: { code: string }) => d.code)).toEqual(
      expect.arrayContaining(['TIM-UJI-KEPUTUSAN', 'TIM-UJI-SK-WAJIB', 'ASESOR-PANGKAT-III-C']),
    );
    await plannedForTest(programId, 1);
  });

  it("UJI-HARI-UJI: nothing of the test is recorded, and no result decided, before the cohort's test day", async () => {
    const early = await budi('POST', `${unitPath(1, NIP_A, UNITS[0]!)}/evidence`, evidence('PORTOFOLIO'));
    expect([early.status, early.body.code]).toEqual([422, 'UJI-HARI-UJI']);
    const decided = await sidang('POST', `/programs/${programId}/cohorts/1/participants/${NIP_A}/result`, {
      session: sessionWith('asesor.budi', 'asesor.citra'),
    });
    expect(decided.status).toBe(422);
    expect(decided.body.details.map((d: { code: string }) => d.code)).toContain('UJI-HARI-UJI');
    const a = await sidang('GET', `/programs/${programId}/cohorts/1/participants/${NIP_A}/assessment`);
    expect(a.body.units.flatMap((u: { evidence: unknown[] }) => u.evidence)).toEqual([]);
    await onTestDay(admin, programId, 1);
  });

  it('ASESOR-BEBAS-KEPENTINGAN: the conflicted assessor may not assess that participant', async () => {
    const refused = await budi(
      'POST',
      `${unitPath(1, NIP_C, FAILED_UNIT!)}/evidence`,
      evidence('PORTOFOLIO'),
    );
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('ASESOR-BEBAS-KEPENTINGAN');
  });

  it('UJI-METODE-MIN-2 and PAKAR-TIDAK-MEMUTUSKAN: one method is not enough, and the expert adds evidence but never recommends', async () => {
    const unit = FAILED_UNIT!;
    expect((await sri('POST', `${unitPath(1, NIP_A, unit)}/evidence`, evidence('PORTOFOLIO'))).status).toBe(
      201,
    );
    const oneMethod = await budi('POST', `${unitPath(1, NIP_A, unit)}/recommendation`, {
      recommendation: 'KOMPETEN',
      evidenceSufficient: true,
    });
    expect(oneMethod.status).toBe(422);
    expect(oneMethod.body.code).toBe('UJI-METODE-MIN-2');
    const byExpert = await sri('POST', `${unitPath(1, NIP_A, unit)}/recommendation`, {
      recommendation: 'KOMPETEN',
      evidenceSufficient: true,
    });
    expect(byExpert.status).toBe(422);
    expect(byExpert.body.code).toBe('PAKAR-TIDAK-MEMUTUSKAN');
  });

  it('assessors record evidence and recommendations for every unit', async () => {
    await assess(budi, 1, NIP_A, UNITS, []);
    await assess(budi, 1, NIP_B, UNITS, [FAILED_UNIT!]);
    await assess(citra, 1, NIP_C, UNITS, [FAILED_UNIT!]);
    const a = await sidang('GET', `/programs/${programId}/cohorts/1/participants/${NIP_A}/assessment`);
    expect(a.body.units).toHaveLength(UNITS.length);
    expect(a.body.units[0].evidence).toHaveLength(3);
  });

  it('the result session decides; never by the assessor; KOMPETEN only when every unit is; each decision requests its certificate', async () => {
    const path = (nip: string) => `/programs/${programId}/cohorts/1/participants/${nip}/result`;
    const session = { session: sessionWith('asesor.budi', 'asesor.citra') };
    const budiAtTheUnit = await as('admin-bkn', 'asesor.budi');
    const refused = await budiAtTheUnit('POST', path(NIP_A), session);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('SIDANG-BUKAN-ASESOR');

    const a = await sidang('POST', path(NIP_A), session);
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({ outcome: 'KOMPETEN', attempt: 0, competentUnits: [...UNITS] });
    const b = await sidang('POST', path(NIP_B), session);
    expect(b.body).toMatchObject({ outcome: 'BELUM_KOMPETEN', notYetCompetentUnits: [FAILED_UNIT] });
    const c = await admin('POST', path(NIP_C), session);
    expect(c.body.outcome).toBe('BELUM_KOMPETEN');
    // A retry of the same request does not decide twice.
    const again = await sidang('POST', path(NIP_A), session);
    expect(again.status).toBe(200);
    expect(again.body.decisionId).toBe(a.body.decisionId);
    Object.assign(decisions, {
      [NIP_A]: a.body.decisionId,
      [NIP_B]: b.body.decisionId,
      [NIP_C]: c.body.decisionId,
    });

    const messages = await certificateMessages();
    expect(messages.map((m) => m.decisionId).sort()).toEqual(
      [a.body.decisionId, a.body.decisionId, b.body.decisionId, c.body.decisionId].sort(),
    );
  });

  it('UJI-ULANG-UNIT-BK: a re-test on the failed unit only, into a later test session, never over its own places', async () => {
    // Cohort 2's one seat is for its own participant: re-tests take places of its test session, none until set.
    const noPlace = await admin('POST', `/programs/${programId}/participants/${NIP_B}/retest`, {
      toCohort: 2,
    });
    expect([noPlace.status, noPlace.body.code]).toEqual([409, 'SESSION_FULL']);
    const session = await admin('PUT', `/programs/${programId}/cohorts/2/test-session`, {
      roomCapacity: 2,
      assessorCount: 1,
      participantsPerAssessor: 10,
    });
    expect(session.body).toMatchObject({ retestPlaces: 1, testSession: { testCapacity: 2 } });
    const booked = await admin('POST', `/programs/${programId}/participants/${NIP_B}/retest`, {
      toCohort: 2,
    });
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({
      retestNumber: 1,
      retestAtLevel: 1,
      cohort: 2,
      unitCodes: [FAILED_UNIT],
    });
    const full = await admin('POST', `/programs/${programId}/participants/${NIP_C}/retest`, { toCohort: 2 });
    expect(full.status).toBe(409);
    expect(full.body.code).toBe('SESSION_FULL');
    // The training seat stays free for the cohort's own participant.
    expect(await findCohort(programId, 2)).toMatchObject({ seatsTaken: 0, retestsBooked: 1 });
    const competent = await admin('POST', `/programs/${programId}/participants/${NIP_A}/retest`, {
      toCohort: 2,
    });
    expect(competent.status).toBe(422);

    // The re-test: assessed in cohort 2 on that unit only, then decided cumulatively.
    await teamByDecree(admin, programId, 2, [assessor('asesor.budi', ASESOR_NIP)]);
    await plannedForTest(programId, 2);
    await onTestDay(admin, programId, 2);
    const otherUnit = await budi('POST', `${unitPath(2, NIP_B, UNITS[1]!)}/evidence`, evidence('PORTOFOLIO'));
    expect(otherUnit.status).toBe(404);
    await assess(budi, 2, NIP_B, [FAILED_UNIT!], []);
    const decided = await sidang('POST', `/programs/${programId}/cohorts/2/participants/${NIP_B}/result`, {
      session: sessionWith('asesor.budi'),
    });
    expect(decided.status).toBe(201);
    expect(decided.body).toMatchObject({
      attempt: 1,
      cohort: 2,
      outcome: 'KOMPETEN',
      competentUnits: [...UNITS],
    });
    expect((await certificateMessages()).map((m) => m.decisionId)).toEqual([decided.body.decisionId]);
  });

  it('an appeal is filed, reviewed by someone independent and upheld: a new decision supersedes the old one', async () => {
    const participant = await as('peserta', 'agus.pratama', NIP_C);
    const stranger = await as('peserta', 'dewi.lestari', NIP_A);
    const body = {
      subject: 'HASIL',
      decisionId: decisions[NIP_C],
      grounds: 'Bukti portofolio unit ini tidak dipertimbangkan.',
      unitCodes: [FAILED_UNIT],
    };
    // Another participant is answered as for a NIP that is no participant (no oracle).
    const refused = await stranger('POST', `/programs/${programId}/participants/${NIP_C}/appeals`, body);
    expect([refused.status, refused.body.code]).toEqual([404, 'PARTICIPANT_NOT_FOUND']);
    const filed = await participant('POST', `/programs/${programId}/participants/${NIP_C}/appeals`, body);
    expect(filed.status).toBe(201);
    expect(filed.body.status).toBe('OPEN');
    const appealPath = `/programs/${programId}/participants/${NIP_C}/appeals/${filed.body.appealId}`;

    const peninjau = await as('admin-bkn', 'pusbang.peninjau');
    const early = await peninjau('POST', `${appealPath}/resolution`, {
      upheld: true,
      reason: 'Bukti memenuhi kriteria unjuk kerja.',
      competentUnits: [FAILED_UNIT],
    });
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('BANDING-PENINJAU-INDEPENDEN');
    // Citra tested the participant and sat the session that decided: both reasons.
    const byAssessor = await admin('PUT', `${appealPath}/reviewer`, { reviewer: 'asesor.citra' });
    expect(byAssessor.status).toBe(422);
    expect(byAssessor.body.details.map((d: { code: string }) => d.code)).toEqual([
      'BANDING-PENINJAU-INDEPENDEN',
      'BANDING-PENINJAU-INDEPENDEN',
    ]);
    // The decision appealed was recorded by bkn-admin-1: not its reviewer either.
    const byRecorder = await admin('PUT', `${appealPath}/reviewer`, { reviewer: 'bkn-admin-1' });
    expect(byRecorder.body.code).toBe('BANDING-PENINJAU-INDEPENDEN');
    expect((await admin('PUT', `${appealPath}/reviewer`, { reviewer: 'pusbang.peninjau' })).status).toBe(200);
    const byAnother = await sidang('POST', `${appealPath}/resolution`, {
      upheld: false,
      reason: 'Bukti tidak memenuhi kriteria.',
    });
    expect(byAnother.status).toBe(422);
    expect(byAnother.body.code).toBe('BANDING-DIPUTUS-PENINJAU');

    const resolved = await peninjau('POST', `${appealPath}/resolution`, {
      upheld: true,
      reason: 'Bukti memenuhi kriteria unjuk kerja.',
      competentUnits: [FAILED_UNIT],
    });
    expect(resolved.status).toBe(200);
    const newId = resolved.body.resolution.resultingDecisionId;
    expect(newId).not.toBe(decisions[NIP_C]);

    const record = await participant('GET', `/programs/${programId}/participants/${NIP_C}/results`);
    expect(record.status).toBe(200);
    expect(record.body.current).toBe(newId);
    const [old, replacement] = record.body.decisions;
    expect(old).toMatchObject({
      decisionId: decisions[NIP_C],
      outcome: 'BELUM_KOMPETEN',
      supersededBy: newId,
    });
    expect(replacement).toMatchObject({
      outcome: 'KOMPETEN',
      source: 'BANDING',
      supersedes: decisions[NIP_C],
    });
    expect((await certificateMessages()).map((m) => m.decisionId)).toEqual([newId]);
  });
});
