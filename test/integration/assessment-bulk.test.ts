import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requiredUnitsFor } from '../../domain/result/attempt';
import { TeamAssignmentRequest } from '../../events/api/assessment';
import { findCohort, saveParticipant, takeSeat } from '../../adapters/dynamodb/seating-repository';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, programBody, startTestStack, type Caller } from './helpers';
import {
  briefedInCohort,
  onTestDay,
  plannedForTest,
  sessionWith,
  soundEvidence,
  teamByDecree,
} from './pipeline-helpers';

const UNITS = requiredUnitsFor('ADMINISTRATOR');
const NIP_A = '198503102010011002';
const NIP_B = '199002152015032001';

const wibDate = (days: number) =>
  new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** A whole sheet: two methods of sound evidence and a recommendation for each unit. */
const sheetOf = (units: readonly string[], notYetCompetent: readonly string[] = []) => ({
  units: units.map((unitCode) => ({
    unitCode,
    evidence: [soundEvidence('PORTOFOLIO'), soundEvidence('WAWANCARA')],
    recommendation: notYetCompetent.includes(unitCode)
      ? { recommendation: 'BELUM_KOMPETEN', evidenceSufficient: true, notes: 'Unjuk kerja belum memenuhi.' }
      : { recommendation: 'KOMPETEN', evidenceSufficient: true },
  })),
});

interface Assessment {
  attempt: number;
  units: {
    unitCode: string;
    evidence: { method: string }[];
    recommendation: { recommendation: string } | null;
  }[];
}

describe('the assessment sheet, end to end through the local API: one request per participant, then the result session', () => {
  let stack: LocalStack;
  let programId: string;
  let admin: Caller;
  let komite: Caller;
  let budi: Caller;
  let sri: Caller;
  const path = (nip: string, what: 'assessment' | 'result') =>
    `/programs/${programId}/cohorts/1/participants/${nip}/${what}`;

  beforeAll(async () => {
    stack = await startTestStack({ workers: false });
    const as = (role: 'admin-bkn' | 'komite' | 'asesor' | 'pakar', username: string) => {
      // callerFor hands the claims to the token authority whole: the test team is matched on the username.
      const claims: { username: string; nip?: string } = { username };
      return callerFor(stack, role, claims);
    };
    admin = await as('admin-bkn', 'bkn-admin-1');
    komite = await as('komite', 'komite.ketua');
    budi = await as('asesor', 'asesor.budi');
    sri = await as('pakar', 'pakar.sri');
    const program = await admin('POST', '/programs', {
      ...programBody(1_500, 3_600_000, 'Program lembar penilaian'),
      cohortPlan: [
        { number: 1, scheme: 'ADMINISTRATOR', capacity: 2, startDate: wibDate(3), endDate: wibDate(4) },
      ],
    });
    expect(program.status).toBe(201);
    programId = (program.body as { id: string }).id;
    const cohort = (await findCohort(programId, 1))!;
    for (const [nip, name] of [
      [NIP_A, 'Dewi Lestari'],
      [NIP_B, 'Rina Wulandari'],
    ] as const) {
      const now = new Date().toISOString();
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
      });
      expect(await takeSeat({ programId, nip, scheme: 'ADMINISTRATOR' }, cohort, now)).toBe('SEATED');
    }
    await briefedInCohort(programId, 1, [{ nip: NIP_A }, { nip: NIP_B }]);
    const examples = TeamAssignmentRequest.meta()?.examples as Record<string, unknown>[];
    await teamByDecree(admin, programId, 1, [
      { ...examples[0], username: 'asesor.budi' },
      { ...examples[1], username: 'pakar.sri' },
    ]);
    await plannedForTest(programId, 1);
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it("UJI-HARI-UJI: a sheet before the cohort's test day is refused whole, whatever its content", async () => {
    const early = await budi('POST', path(NIP_A, 'assessment'), sheetOf(UNITS));
    expect(early.status).toBe(422);
    expect((early.body as { code: string }).code).toBe('UJI-HARI-UJI');
    const read = await komite('GET', path(NIP_A, 'assessment'));
    expect((read.body as Assessment).units.every((u) => u.evidence.length === 0)).toBe(true);
    await onTestDay(admin, programId, 1);
  });

  it('a sheet breaking any rule is refused whole (422, every violation) and writes nothing', async () => {
    const sheet = sheetOf(UNITS);
    sheet.units[3]!.evidence = [soundEvidence('PORTOFOLIO')];
    sheet.units.push({ ...sheetOf(['MASN-JPT-01']).units[0]! });
    const refused = await budi('POST', path(NIP_A, 'assessment'), sheet);
    expect(refused.status).toBe(422);
    const body = refused.body as { code: string; details: { code: string; path: string }[] };
    expect(body.code).toBe('RULES_NOT_MET');
    expect(body.details.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'UJI-METODE-MIN-2', path: 'units.3.recommendation' },
      { code: 'UNIT_NOT_TESTED', path: `units.${UNITS.length}.unitCode` },
    ]);

    const byExpert = await sri('POST', path(NIP_A, 'assessment'), sheetOf(UNITS.slice(0, 1)));
    expect(byExpert.status).toBe(422);
    expect((byExpert.body as { code: string }).code).toBe('PAKAR-TIDAK-MEMUTUSKAN');

    const read = await komite('GET', path(NIP_A, 'assessment'));
    expect((read.body as Assessment).units.every((u) => u.evidence.length === 0)).toBe(true);
  });

  it('an assessor records a whole sheet in one request; GET reads it back unchanged', async () => {
    const recorded = await budi('POST', path(NIP_A, 'assessment'), sheetOf(UNITS));
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    const read = await komite('GET', path(NIP_A, 'assessment'));
    expect(read.status).toBe(200);
    expect(read.body).toEqual(recorded.body);
    const assessment = read.body as Assessment;
    expect(assessment.units.map((u) => u.unitCode)).toEqual([...UNITS]);
    for (const unit of assessment.units) {
      expect(unit.evidence.map((e) => e.method)).toEqual(['PORTOFOLIO', 'WAWANCARA']);
      expect(unit.recommendation?.recommendation).toBe('KOMPETEN');
    }
  });

  it('the expert adds evidence by sheet, and the one-unit and sheet records mix', async () => {
    const [first, second] = UNITS as [string, string];
    const added = await sri('POST', path(NIP_B, 'assessment'), {
      units: [{ unitCode: first, evidence: [soundEvidence('PORTOFOLIO')] }],
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const one = await budi(
      'POST',
      `/programs/${programId}/cohorts/1/participants/${NIP_B}/units/${second}/evidence`,
      soundEvidence('PORTOFOLIO'),
    );
    expect(one.status).toBe(201);
    // The recorded evidence counts: one more method each makes both units competent.
    const sheet = sheetOf(UNITS, [UNITS[5]!]);
    sheet.units[0]!.evidence = [soundEvidence('WAWANCARA')];
    sheet.units[1]!.evidence = [soundEvidence('WAWANCARA')];
    const recorded = await budi('POST', path(NIP_B, 'assessment'), sheet);
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    const units = (recorded.body as Assessment).units;
    expect(units[0]!.evidence.map((e) => e.method)).toEqual(['PORTOFOLIO', 'WAWANCARA']);
    expect(units[1]!.evidence.map((e) => e.method)).toEqual(['PORTOFOLIO', 'WAWANCARA']);
    // Read back from the table, the single records and the sheet's come together in the same order.
    expect((await komite('GET', path(NIP_B, 'assessment'))).body).toEqual(recorded.body);
    // A later one-unit recommendation is the unit's latest, over the sheet's (and then back again).
    for (const recommendation of ['BELUM_KOMPETEN', 'KOMPETEN']) {
      const changed = await budi(
        'POST',
        `/programs/${programId}/cohorts/1/participants/${NIP_B}/units/${first}/recommendation`,
        { recommendation, evidenceSufficient: true },
      );
      expect(changed.status, JSON.stringify(changed.body)).toBe(201);
      const read = (await komite('GET', path(NIP_B, 'assessment'))).body as Assessment;
      expect(read.units[0]!.recommendation?.recommendation).toBe(recommendation);
      expect(read.units[1]!.recommendation?.recommendation).toBe('KOMPETEN');
    }
  });

  it('the result session decides from the sheets: KOMPETEN when every unit is, BELUM_KOMPETEN otherwise', async () => {
    const sidang = await callerFor(stack, 'admin-bkn', { username: 'pusbang.sidang' } as never);
    const session = { session: sessionWith('asesor.budi') };
    const a = await sidang('POST', path(NIP_A, 'result'), session);
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    expect(a.body).toMatchObject({ outcome: 'KOMPETEN', attempt: 0, competentUnits: [...UNITS] });
    const b = await sidang('POST', path(NIP_B, 'result'), session);
    expect(b.status, JSON.stringify(b.body)).toBe(201);
    expect(b.body).toMatchObject({ outcome: 'BELUM_KOMPETEN', notYetCompetentUnits: [UNITS[5]] });
  });
});
