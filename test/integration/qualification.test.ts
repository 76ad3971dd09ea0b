import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUIRED_DOCUMENTS } from '../../domain/eligibility/documents';
import { requiredUnitCodes } from '../../domain/reference/qualifications';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, eligibleCandidate, eventually, startTestStack, type Caller } from './helpers';
import { assignPreAssessor, callerNamed } from './pipeline-helpers';

/**
 * The qualification follows the candidate, not the caller (Panduan Pusbang ASN BKN 2019): BKN's own JPT Pratama
 * take the 12-unit BKN qualification, every other instansi's the 11-unit K/L/D one, from the self-assessment to
 * the units tested.
 */
const PDF = Buffer.from('%PDF-1.7\n% dokumen\n%%EOF\n');
const AT_BKN = '197003152000031002';
const AT_KEMENDAGRI = '197105202001121003';

describe('the qualification follows the candidate, through the API', () => {
  let stack: LocalStack;
  let admin: Caller;
  let assessor: Caller;
  let programId: string;
  const operators = new Map<string, Caller>();
  const candidatePath = (instansi: string, nip: string) =>
    `/programs/${programId}/proposals/${instansi}/candidates/${nip}`;

  async function propose(instansi: string, nip: string) {
    const as = operators.get(instansi)!;
    const proposal = `/programs/${programId}/proposals/${instansi}`;
    const upload = async (slotPath: string, confirmPath: string) => {
      const slot = await as('POST', slotPath, { contentType: 'application/pdf', size: PDF.length });
      await fetch(slot.body.url, { method: 'PUT', headers: slot.body.headers, body: PDF });
      expect((await as('PUT', confirmPath)).status).toBe(200);
    };
    expect((await as('PUT', proposal)).status).toBe(201);
    const base = eligibleCandidate('ADMINISTRATOR', `Pejabat ${instansi}`);
    const body = {
      ...base,
      scheme: 'JPT_PRATAMA',
      position: { ...base.position, title: 'Kepala Biro SDM', level: 4, rank: 'IV/c', since: '2016-01-04' },
      performance: [
        { year: 2017, rating: 'BAIK' },
        { year: 2018, rating: 'BAIK' },
      ],
    };
    expect((await as('PUT', candidatePath(instansi, nip), body)).status).toBe(201);
    for (const kind of REQUIRED_DOCUMENTS) {
      const path = `${candidatePath(instansi, nip)}/documents/${kind}`;
      await upload(`${path}/upload`, path);
    }
    await upload(`${proposal}/letter/upload`, `${proposal}/letter`);
    expect((await as('POST', `${proposal}/submit`)).status).toBe(200);
    expect(
      (await admin('POST', `${candidatePath(instansi, nip)}/decisions`, { outcome: 'ACCEPTED' })).status,
    ).toBe(200);
  }

  beforeAll(async () => {
    stack = await startTestStack({ calendarStart: { date: '2019-04-04' } });
    admin = await callerFor(stack, 'admin-bkn');
    assessor = await callerNamed(stack, 'asesor', 'asesor.kemendagri');
    for (const [code, name, bkn] of [
      ['BKN01', 'Badan Kepegawaian Negara', true],
      ['KL002', 'Kementerian Dalam Negeri', false],
    ] as const) {
      expect(
        (await admin('PUT', `/instansi/${code}`, { name, kind: 'PUSAT', kanreg: null, bkn })).status,
      ).toBe(200);
      operators.set(code, await callerFor(stack, 'instansi', { instansi: code }));
    }
    const program = await admin('POST', '/programs', {
      name: 'Pelatihan dan Sertifikasi Manajemen ASN 2019',
      year: 2019,
      schemes: ['JPT_PRATAMA'],
      quotaPerInstansi: { JPT_PRATAMA: 1 },
      proposalWindow: { opensAt: '2019-04-05T00:00:00+07:00', closesAt: '2019-04-15T23:59:59+07:00' },
      cohortPlan: [
        { number: 1, scheme: 'JPT_PRATAMA', capacity: 30, startDate: '2019-05-06', endDate: '2019-05-07' },
      ],
    });
    programId = program.body.id;
    await admin('PUT', '/_local/clock', { date: '2019-04-08' });
    await stack.fireSchedule('proposalWindows');
    await propose('BKN01', AT_BKN);
    await propose('KL002', AT_KEMENDAGRI);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('before anything is filled, each candidate is measured against their own qualification: 12 and 11 units', async () => {
    const bkn = await admin('GET', `${candidatePath('BKN01', AT_BKN)}/pre-assessment`);
    const kemendagri = await admin('GET', `${candidatePath('KL002', AT_KEMENDAGRI)}/pre-assessment`);
    expect(bkn.body.completeness.required).toBe(12);
    expect(kemendagri.body.completeness.required).toBe(11);
  });

  it('PRA-KUALIFIKASI-CALON: a request naming the other JPT Pratama qualification is refused, either way', async () => {
    const units = (code: 'JPT_PRATAMA_BKN' | 'JPT_PRATAMA_INSTANSI') =>
      requiredUnitCodes(code).map((unit) => ({ unit, claim: 'BK' }));
    const atBkn = await operators.get('BKN01')!('PUT', `${candidatePath('BKN01', AT_BKN)}/self-assessment`, {
      qualification: 'JPT_PRATAMA_INSTANSI',
      units: units('JPT_PRATAMA_INSTANSI'),
    });
    expect(atBkn.status).toBe(422);
    expect(atBkn.body.code).toBe('PRA-KUALIFIKASI-CALON');
    const elsewhere = await operators.get('KL002')!(
      'PUT',
      `${candidatePath('KL002', AT_KEMENDAGRI)}/self-assessment`,
      { qualification: 'JPT_PRATAMA_BKN', units: units('JPT_PRATAMA_INSTANSI') },
    );
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body.code).toBe('PRA-KUALIFIKASI-CALON');
  });

  it('without naming one, the self-assessment is on the derived qualification, kept with the participant and tested on', async () => {
    const units = requiredUnitCodes('JPT_PRATAMA_BKN').map((unit) => ({
      unit,
      claim: 'K',
      evidence: 'Portofolio.',
    }));
    const filled = await operators.get('BKN01')!('PUT', `${candidatePath('BKN01', AT_BKN)}/self-assessment`, {
      units,
    });
    expect(filled.status).toBe(200);
    expect(filled.body.selfAssessment.qualification).toBe('JPT_PRATAMA_BKN');
    expect(filled.body.completeness).toMatchObject({ complete: true, required: 12 });

    await admin('PUT', '/_local/clock', { date: '2019-04-16' });
    // An assessor from outside BKN, ranked at least as the JPT Pratama candidate (Pasal 28(2)c, n).
    await assignPreAssessor(admin, candidatePath('BKN01', AT_BKN), 'asesor.kemendagri', {
      instansiCode: 'KL002',
      golongan: 'IV/c',
    });
    expect(
      (await assessor('POST', `${candidatePath('BKN01', AT_BKN)}/recommendation`, { outcome: 'FIT' })).status,
    ).toBe(200);
    const set = await admin('POST', `${candidatePath('BKN01', AT_BKN)}/participant-setting`, {
      decision: 'SET',
    });
    expect(set.status).toBe(200);
    expect(set.body.qualification).toBe('JPT_PRATAMA_BKN');
    await eventually(async () => {
      const seen = await admin('GET', `/programs/${programId}/participants/${AT_BKN}`);
      return seen.body?.seat ? true : undefined;
    }, 'the participant to be seated');

    const assessment = await admin(
      'GET',
      `/programs/${programId}/cohorts/1/participants/${AT_BKN}/assessment`,
    );
    expect(assessment.status).toBe(200);
    expect(assessment.body.units.map((u: { unitCode: string }) => u.unitCode)).toEqual(
      requiredUnitCodes('JPT_PRATAMA_BKN'),
    );
  });
});
