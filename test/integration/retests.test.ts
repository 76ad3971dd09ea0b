import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requiredUnitsFor } from '../../domain/result/attempt';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, startTestStack, type Caller } from './helpers';
import {
  assessUnits,
  callerNamed,
  plannedForTest,
  qualifiedAssessor,
  seatInCohort,
  sessionWith,
  teamByDecree,
} from './pipeline-helpers';

/**
 * Re-tests as Perban BKN 7/2020 Pasal 16(7), 25c and 26 say, through the API on the 2019-2020 calendar: every
 * not-yet-competent decision records both a re-test offer and development; the participant asks and BKN books
 * the ask into a later test session with places of its own (a re-test session BKN schedules, in this programme or
 * a later one); only the failed units are re-tested; and 2 re-tests at the level are the limit for the person,
 * counted across programmes.
 */
const UNITS = requiredUnitsFor('ADMINISTRATOR');
const FAILED = UNITS[2]!;
const DEWI = { nip: '198604122011012001', name: 'Dewi Anggraini, S.Sos.' };
const BUDI = qualifiedAssessor('asesor.budi', '197501012000031001', 'Budi Santoso, S.H., M.Si.');
const TIMEOUT = 120_000;

describe('re-tests per person and level, across programmes, through the API', () => {
  let stack: LocalStack;
  let admin: Caller;
  let sidang: Caller;
  let budi: Caller;
  let dewi: Caller;
  let program2019: string;
  let program2020: string;

  const at = (programId: string, session: number) =>
    `/programs/${programId}/cohorts/${session}/participants/${DEWI.nip}`;
  const results = async () =>
    (await admin('GET', `/programs/${program2019}/participants/${DEWI.nip}/results`)).body;
  const clock = (date: string) => admin('PUT', '/_local/clock', { date });

  /** Budi tests Dewi in a session, finding `FAILED` not yet competent; the unit's session then decides. */
  async function testAndDecide(programId: string, session: number, units: readonly string[]) {
    await assessUnits(budi, at(programId, session), units, [FAILED]);
    const decided = await sidang('POST', `${at(programId, session)}/result`, {
      session: sessionWith('asesor.budi'),
      development: { forms: ['PELATIHAN', 'PEMBIMBINGAN'], notes: 'Pembimbingan oleh mentor di BKPSDM.' },
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    return decided.body;
  }

  /**
   * BKN's re-test session on `testDate`, Budi its assessor: assigned one by one in 2019, by decree for a session
   * held after Perban BKN 7/2020 (TIM-UJI-SK-WAJIB).
   */
  async function retestSession(
    programId: string,
    testDate: string,
    team: 'one-by-one' | 'decree' = 'one-by-one',
  ) {
    const created = await admin('POST', `/programs/${programId}/retest-sessions`, {
      scheme: 'ADMINISTRATOR',
      testDate,
      roomCapacity: 20,
      assessorCount: 1,
      participantsPerAssessor: 10,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const number: number = created.body.number;
    if (team === 'decree') await teamByDecree(admin, programId, number, [BUDI]);
    else
      expect((await admin('POST', `/programs/${programId}/cohorts/${number}/team`, BUDI)).status).toBe(200);
    return number;
  }

  beforeAll(async () => {
    stack = await startTestStack({ workers: false, calendarStart: { date: '2019-04-04' } });
    admin = await callerNamed(stack, 'admin-bkn', 'bkn-admin-1');
    sidang = await callerNamed(stack, 'admin-bkn', 'pusbang.sidang');
    budi = await callerNamed(stack, 'asesor', 'asesor.budi');
    dewi = await callerFor(stack, 'peserta', { nip: DEWI.nip, instansi: '3201' });
    await admin('PUT', '/instansi/3201', {
      name: 'Pemerintah Kabupaten Bogor',
      kind: 'KABUPATEN_KOTA',
      kanreg: 'III',
    });
    const programme = (year: number, cohortPlan: unknown[]) =>
      admin('POST', '/programs', {
        name: `Pelatihan dan Sertifikasi Manajemen ASN ${year}`,
        year,
        schemes: ['ADMINISTRATOR'],
        quotaPerInstansi: { ADMINISTRATOR: 1 },
        proposalWindow: { opensAt: `${year}-04-05T00:00:00+07:00`, closesAt: `${year}-04-15T23:59:59+07:00` },
        cohortPlan,
      });
    program2019 = (
      await programme(2019, [
        { number: 1, scheme: 'ADMINISTRATOR', capacity: 30, startDate: '2019-07-29', endDate: '2019-07-30' },
      ])
    ).body.id;
    program2020 = (await programme(2020, [])).body.id;
    await seatInCohort(program2019, 1, [DEWI]);
    expect((await admin('POST', `/programs/${program2019}/cohorts/1/team`, BUDI)).status).toBe(200);
  }, TIMEOUT);
  afterAll(async () => {
    await stack?.stop();
  });

  it('TINDAK-LANJUT-BELUM-KOMPETEN: the first decision offers a re-test and recommends development, both', async () => {
    await clock('2019-07-30');
    const decided = await testAndDecide(program2019, 1, UNITS);
    expect(decided).toMatchObject({
      outcome: 'BELUM_KOMPETEN',
      notYetCompetentUnits: [FAILED],
      followUp: {
        retest: { offered: true, remaining: 2, unitCodes: [FAILED] },
        development: {
          forms: ['PELATIHAN', 'PEMBIMBINGAN'],
          unitCodes: [FAILED],
          notes: 'Pembimbingan oleh mentor di BKPSDM.',
        },
      },
    });
  });

  it('the participant asks; BKN schedules a re-test session of its own and books the ask there, on the failed unit only', async () => {
    const { current } = await results();
    const asked = await dewi('POST', `/programs/${program2019}/participants/${DEWI.nip}/retest-requests`, {
      decisionId: current,
    });
    expect(asked.status).toBe(201);
    const again = await dewi('POST', `/programs/${program2019}/participants/${DEWI.nip}/retest-requests`, {
      decisionId: current,
    });
    expect(again.status).toBe(200);
    const pending = await admin('GET', `/programs/${program2019}/retest-requests`);
    expect(pending.body.items.map((a: { nip: string }) => a.nip)).toEqual([DEWI.nip]);

    // Cohort 1 was the programme's only one: BKN's own re-test session, without training seats.
    const session = await retestSession(program2019, '2019-08-26');
    const booked = await admin('POST', `/programs/${program2019}/participants/${DEWI.nip}/retest`, {
      toCohort: session,
    });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    expect(booked.body).toMatchObject({ retestNumber: 1, retestAtLevel: 1, unitCodes: [FAILED] });
    expect((await admin('GET', `/programs/${program2019}/retest-requests`)).body.items).toEqual([]);

    await clock('2019-08-26');
    const assessment = await admin('GET', `${at(program2019, session)}/assessment`);
    expect(assessment.body.units.map((u: { unitCode: string }) => u.unitCode)).toEqual([FAILED]);
    const decided = await testAndDecide(program2019, session, [FAILED]);
    expect(decided).toMatchObject({ attempt: 1, followUp: { retest: { offered: true, remaining: 1 } } });
  });

  it("the second re-test is held in a later programme's session: recorded on the participant's own programme", async () => {
    const { current } = await results();
    await dewi('POST', `/programs/${program2019}/participants/${DEWI.nip}/retest-requests`, {
      decisionId: current,
    });
    await clock('2020-05-01');
    const session = await retestSession(program2020, '2020-05-12', 'decree');
    const booked = await admin('POST', `/programs/${program2019}/participants/${DEWI.nip}/retest`, {
      toCohort: session,
      toProgram: program2020,
    });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    expect(booked.body).toMatchObject({
      programId: program2019,
      retestNumber: 2,
      retestAtLevel: 2,
      session: { programId: program2020, number: session, testDate: '2020-05-12' },
    });

    // Held after Perban BKN 7/2020 was promulgated: tested only on the session's test plan (UJI-RENCANA-WAJIB).
    await plannedForTest(program2020, session);
    await clock('2020-05-12');
    const decided = await testAndDecide(program2020, session, [FAILED]);
    expect(decided).toMatchObject({
      programId: program2019,
      attempt: 2,
      testSession: { programId: program2020, number: session },
      followUp: {
        retest: { offered: false, remaining: 0 },
        development: { forms: ['PELATIHAN', 'PEMBIMBINGAN'], unitCodes: [FAILED] },
      },
    });
    expect((await results()).retestsTakenAtLevel).toBe(2);
  });

  it('UJI-ULANG-MAKS-2: after 2 re-tests at the level, in any programmes, none more: asking is refused', async () => {
    const { current } = await results();
    const refused = await dewi('POST', `/programs/${program2019}/participants/${DEWI.nip}/retest-requests`, {
      decisionId: current,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('UJI-ULANG-MAKS-2');
  });
});
