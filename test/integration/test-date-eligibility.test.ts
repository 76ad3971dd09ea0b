import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUIRED_DOCUMENTS } from '../../domain/eligibility/documents';
import { requiredUnitCodes } from '../../domain/reference/qualifications';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, eligibleCandidate, eventually, startTestStack, type Caller } from './helpers';
import { assignPreAssessor, callerNamed } from './pipeline-helpers';

/**
 * The rules counted to the test (Perban BKN 7/2020 Pasal 16(4), 31(2)b, c, e) decide on the cohort's test date,
 * through the API, on the 2019 calendar: screened against the programme's test dates, checked again by the
 * participant-setting session against the cohorts still ahead, and placement only where the participant is
 * eligible on the test date.
 */
const PDF = Buffer.from('%PDF-1.7\n% dokumen\n%%EOF\n');
/** In position since 1 June 2018: 12 months are reached on 1 June 2019, after the May test, before July's. */
const JUNE = '198503102010011002';
/** In position since 1 September 2018: not 12 months on any test date of the programme. */
const SEPTEMBER = '198601152011012003';
/** Like JUNE, but set only once the July cohort has begun. */
const LATE = '198704202012011004';

describe('eligibility counted to the test date, through the API on the 2019 calendar', () => {
  let stack: LocalStack;
  let admin: Caller;
  let bogor: Caller;
  let assessor: Caller;
  let programId: string;
  const proposal = () => `/programs/${programId}/proposals/3201`;
  const candidatePath = (nip: string) => `${proposal()}/candidates/${nip}`;
  const eligibilityOf = async (nip: string) =>
    (await admin('GET', proposal())).body.candidates.find((c: { nip: string }) => c.nip === nip).eligibility;

  async function upload(slotPath: string, confirmPath: string) {
    const slot = await bogor('POST', slotPath, { contentType: 'application/pdf', size: PDF.length });
    await fetch(slot.body.url, { method: 'PUT', headers: slot.body.headers, body: PDF });
    expect((await bogor('PUT', confirmPath)).status).toBe(200);
  }

  async function propose(nip: string, since: string) {
    const candidate = eligibleCandidate('ADMINISTRATOR', `Calon ${nip.slice(-3)}`);
    const body = {
      ...candidate,
      position: { ...candidate.position, since },
      performance: [
        { year: 2017, rating: 'BAIK' },
        { year: 2018, rating: 'BAIK' },
      ],
    };
    expect((await bogor('PUT', candidatePath(nip), body)).status).toBe(201);
    for (const kind of REQUIRED_DOCUMENTS) {
      const path = `${candidatePath(nip)}/documents/${kind}`;
      await upload(`${path}/upload`, path);
    }
  }

  async function preAssess(nip: string) {
    expect((await admin('POST', `${candidatePath(nip)}/decisions`, { outcome: 'ACCEPTED' })).status).toBe(
      200,
    );
    const units = requiredUnitCodes('ADMINISTRATOR').map((unit) => ({
      unit,
      claim: 'K',
      evidence: 'Portofolio.',
    }));
    const filled = await bogor('PUT', `${candidatePath(nip)}/self-assessment`, {
      qualification: 'ADMINISTRATOR',
      units,
    });
    expect(filled.status).toBe(200);
    await assignPreAssessor(admin, candidatePath(nip), 'asesor.budi');
    expect((await assessor('POST', `${candidatePath(nip)}/recommendation`, { outcome: 'FIT' })).status).toBe(
      200,
    );
  }

  beforeAll(async () => {
    stack = await startTestStack({ calendarStart: { date: '2019-04-04' } });
    admin = await callerFor(stack, 'admin-bkn');
    bogor = await callerFor(stack, 'instansi', { instansi: '3201' });
    assessor = await callerNamed(stack, 'asesor', 'asesor.budi');
    await admin('PUT', '/instansi/3201', {
      name: 'Pemerintah Kabupaten Bogor',
      kind: 'KABUPATEN_KOTA',
      kanreg: 'III',
    });
    const program = await admin('POST', '/programs', {
      name: 'Pelatihan dan Sertifikasi Manajemen ASN 2019',
      year: 2019,
      schemes: ['ADMINISTRATOR'],
      quotaPerInstansi: { ADMINISTRATOR: 3 },
      proposalWindow: { opensAt: '2019-04-05T00:00:00+07:00', closesAt: '2019-04-15T23:59:59+07:00' },
      cohortPlan: [
        { number: 1, scheme: 'ADMINISTRATOR', capacity: 5, startDate: '2019-05-06', endDate: '2019-05-07' },
        { number: 2, scheme: 'ADMINISTRATOR', capacity: 5, startDate: '2019-07-01', endDate: '2019-07-02' },
      ],
    });
    expect(program.status).toBe(201);
    programId = program.body.id;
    await admin('PUT', '/_local/clock', { date: '2019-04-08' });
    await stack.fireSchedule('proposalWindows');

    expect((await bogor('PUT', proposal())).status).toBe(201);
    await propose(JUNE, '2018-06-01');
    await propose(SEPTEMBER, '2018-09-01');
    await propose(LATE, '2018-06-01');
    await upload(`${proposal()}/letter/upload`, `${proposal()}/letter`);
    expect((await bogor('POST', `${proposal()}/submit`)).status).toBe(200);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('ELIG-MASA-JABATAN-12M at submission: eligible for the July test, not for May, on 8 April', async () => {
    expect(await eligibilityOf(JUNE)).toMatchObject({
      eligible: true,
      evaluatedFor: '2019-07-02',
      eligibleTestDates: ['2019-07-02'],
    });
  });

  it('ELIG-MASA-JABATAN-12M at submission: 12 months on no test date: ineligible, with the date it is reached', async () => {
    const eligibility = await eligibilityOf(SEPTEMBER);
    expect(eligibility).toMatchObject({ eligible: false, evaluatedFor: '2019-05-07', eligibleTestDates: [] });
    const unmet = eligibility.checks.filter((c: { met: boolean }) => !c.met);
    expect(unmet.map((c: { code: string }) => c.code)).toEqual(['ELIG-MASA-JABATAN-12M']);
    expect(unmet[0].violations[0].message).toContain('2019-09-01');
  });

  it('ANGKATAN-TANGGAL-UJI-LAYAK: the participant set in April is seated in July, though May has seats', async () => {
    await admin('PUT', '/_local/clock', { date: '2019-04-16' });
    await preAssess(JUNE);
    const set = await admin('POST', `${candidatePath(JUNE)}/participant-setting`, { decision: 'SET' });
    expect(set.status).toBe(200);
    expect(set.body.eligibleTestDates).toEqual(['2019-07-02']);
    const seated = await eventually(async () => {
      const seen = await admin('GET', `/programs/${programId}/participants/${JUNE}`);
      return seen.body?.seat ? seen.body : undefined;
    }, 'the participant to be seated');
    expect(seated.seat.cohort).toBe(2);

    const moved = await admin('POST', `/programs/${programId}/participants/${JUNE}/move`, { toCohort: 1 });
    expect(moved.status).toBe(422);
    expect(moved.body.code).toBe('ANGKATAN-TANGGAL-UJI-LAYAK');
  });

  it('PRA-PENETAPAN-TANGGAL-UJI: once the July cohort has begun, no test date is left to set the last one for', async () => {
    await preAssess(LATE);
    await admin('PUT', '/_local/clock', { date: '2019-07-01' });
    const refused = await admin('POST', `${candidatePath(LATE)}/participant-setting`, { decision: 'SET' });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('PRA-PENETAPAN-TANGGAL-UJI');
  });
});
