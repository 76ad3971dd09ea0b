import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requiredUnitsFor } from '../../domain/result/attempt';
import type { LocalStack } from '../../tools/local/local-stack';
import { bogorProposal, callerFor, eligibleCandidate, startTestStack, type Caller } from './helpers';

/**
 * PIK graduates through the API (Perban BKN 7/2020 Pasal 23, 16(1)): BKN records, course by course, which PIK
 * courses are equivalent to which competency units; a candidate proposed on route UJI_LANGSUNG whose recognised
 * courses cover every unit of the scheme's qualification enters the test directly, without the training.
 */
const UNITS = requiredUnitsFor('ADMINISTRATOR');
const NIP = '199508172019031002';
const GRADUATE = 'Rizky Pratama, S.Tr.Ap.';
const TIMEOUT = 120_000;
const codes = (body: { details?: { code: string }[] }) => (body.details ?? []).map((d) => d.code);

describe('PIK graduates enter the test directly (Pasal 23)', () => {
  let stack: LocalStack;
  let admin: Caller;
  let bogor: Caller;
  let programId: string;
  const graduation = () => `/programs/${programId}/proposals/3201/candidates/${NIP}/pik-graduation`;
  const recognise = (courseCode: string, unitCodes: readonly string[]) =>
    admin('PUT', `/pik/course-equivalences/${courseCode}`, {
      courseName: `Mata kuliah ${courseCode}`,
      unitCodes,
      decree: { number: '12/KEP/BKN/2020', date: '2020-06-02' },
    });
  const transcript = (courseCodes: string[]) => ({
    diplomaNumber: 'PIK/2019/0042',
    graduatedOn: '2019-08-30',
    courseCodes,
  });

  beforeAll(async () => {
    stack = await startTestStack({ workers: false });
    ({ admin, bogor, programId } = await bogorProposal(stack, 'Program lulusan PIK'));
    const proposed = await bogor(
      'PUT',
      `/programs/${programId}/proposals/3201/candidates/${NIP}`,
      eligibleCandidate('ADMINISTRATOR', GRADUATE),
    );
    expect(proposed.status, JSON.stringify(proposed.body)).toBeLessThan(300);
  }, TIMEOUT);
  afterAll(async () => {
    await stack?.stop();
  });

  it('PIK-KESETARAAN-UNIT: BKN recognises a course against known competency units only; proposers read the register', async () => {
    const unknown = await recognise('PIK-MSDM-999', ['MASN-XXX-01']);
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('PIK-KESETARAAN-UNIT');
    expect((await bogor('PUT', '/pik/course-equivalences/PIK-MSDM-301', {})).status).toBe(403);
    const half = Math.ceil(UNITS.length / 2);
    expect((await recognise('PIK-MSDM-301', UNITS.slice(0, half))).status).toBe(200);
    expect((await recognise('PIK-MSDM-302', UNITS.slice(half))).status).toBe(200);
    const listed = await bogor('GET', '/pik/course-equivalences');
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((e: { courseCode: string }) => e.courseCode)).toEqual([
      'PIK-MSDM-301',
      'PIK-MSDM-302',
    ]);
  });

  it('PIK-SETARA-STANDAR: courses that leave units of the standard uncovered do not open the direct test; nothing is recorded', async () => {
    const partial = await bogor('PUT', graduation(), transcript(['PIK-MSDM-301', 'PIK-UMUM-101']));
    expect(partial.status).toBe(422);
    expect(codes(partial.body)).toEqual(['PIK-SETARA-STANDAR']);
    expect((await bogor('GET', graduation())).status).toBe(404);
  });

  it('PIK-UJI-LANGSUNG: with the standard covered course by course, the graduate enters the test directly, without the training', async () => {
    const recorded = await bogor(
      'PUT',
      graduation(),
      transcript(['PIK-MSDM-301', 'PIK-MSDM-302', 'PIK-UMUM-101']),
    );
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200);
    expect(recorded.body).toMatchObject({
      entry: 'UJI_LANGSUNG_PIK',
      qualification: expect.any(String),
      coveredUnits: [...UNITS].sort(),
    });
    expect(
      recorded.body.courses.map((c: { courseCode: string; recognised: boolean }) => [
        c.courseCode,
        c.recognised,
      ]),
    ).toEqual([
      ['PIK-MSDM-301', true],
      ['PIK-MSDM-302', true],
      ['PIK-UMUM-101', false],
    ]);
    const graduate = await callerFor(stack, 'peserta', { nip: NIP, instansi: '3201' });
    expect((await graduate('GET', graduation())).body.entry).toBe('UJI_LANGSUNG_PIK');
    const kota = { name: 'Pemerintah Kota Bogor', kind: 'KABUPATEN_KOTA', kanreg: 'III' };
    expect((await admin('PUT', '/instansi/3271', kota)).status).toBe(200);
    const other = await callerFor(stack, 'instansi', { instansi: '3271' });
    expect((await other('GET', graduation())).status).toBe(404);
  });

  it('PIK-UJI-LANGSUNG: a graduate proposed for the training route, or not yet graduated, does not enter directly; every reason at once', async () => {
    const training = await bogor('PUT', `/programs/${programId}/proposals/3201/candidates/${NIP}`, {
      ...eligibleCandidate('ADMINISTRATOR', GRADUATE),
      route: 'PELATIHAN',
    });
    expect(training.status, JSON.stringify(training.body)).toBeLessThan(300);
    const refused = await bogor('PUT', graduation(), {
      ...transcript(['PIK-MSDM-301', 'PIK-MSDM-302']),
      graduatedOn: '2999-08-30',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.details.map((d: { field: string }) => d.field)).toEqual(['route', 'graduatedOn']);
    expect(codes(refused.body)).toEqual(['PIK-UJI-LANGSUNG', 'PIK-UJI-LANGSUNG']);
  });
});
