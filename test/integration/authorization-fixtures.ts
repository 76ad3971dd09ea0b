import { expect } from 'vitest';
import type * as z from 'zod';
import { ROLES, type Role } from '../../domain/access/roles';
import { SCHEME_TOKENS } from '../../domain/certificate/registration-number';
import { REQUIRED_DOCUMENTS } from '../../domain/eligibility/documents';
import { requiredUnitCodes } from '../../domain/reference/qualifications';
import { addDays, dateInWib } from '../../domain/shared/dates';
import { TeamAssignmentRequest } from '../../events/api/assessment';
import {
  Certificate,
  TrainingCertificate,
  type CompetencyCertificateRecord,
  type TrainingCertificateRecord,
} from '../../events/api/certificate';
import {
  allocateCertificate,
  allocateTrainingCertificate,
} from '../../adapters/dynamodb/certificate-repository';
import { findCohort, saveParticipant, takeSeat } from '../../adapters/dynamodb/seating-repository';
import { saveConfirmation } from '../../adapters/dynamodb/training-repository';
import { ConfirmationRequest, type ActionPlan } from '../../events/api/training';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, eligibleCandidate, programBody, type Caller } from './helpers';
import { briefedInCohort, teamByDecree } from './pipeline-helpers';

/**
 * The data the authorization matrix calls the API on: one programme with two cohorts and three ASN, each
 * proposed by a different instansi, set as a participant, seated, certified and trained. An instansi operator
 * owns the first one; the Kanreg operator owns the second (a district in its region), not the third (a
 * province of another region); the participant is the first; the assessor and the expert are assigned to the
 * first one's cohort only.
 */

/** Who calls: a user of one role, or nobody. */
export const CALLERS = ['anonymous', ...ROLES] as const;
export type CallerName = (typeof CALLERS)[number];
/** The caller's own records, someone else's, and records nobody has (the answer a foreign one must equal). */
export type Side = 'own' | 'foreign' | 'missing';

/** How an operator can disagree with BKN's operator registry: each is refused 403 on every route it may call. */
export const REGISTRY_STATES = ['unregistered', 'disabled', 'moved'] as const;
export type RegistryState = (typeof REGISTRY_STATES)[number];
export const REGISTRY_CODES: Record<RegistryState, string> = {
  unregistered: 'OPERATOR_NOT_REGISTERED',
  disabled: 'OPERATOR_DISABLED',
  moved: 'OPERATOR_SCOPE_MISMATCH',
};
export type OperatorRole = 'instansi' | 'kanreg';

/** One ASN of the fixture and the records that name them. */
interface Subject {
  instansiCode: string;
  nip: string;
  cohort: number;
  registrationNumber: string;
  certificateId: string;
}

const SCHEME = 'ADMINISTRATOR';
const ASN = {
  /** A central-government instansi: no Kanreg acts for it. */
  pusat: {
    instansi: {
      code: '4011',
      name: 'Kementerian Pendayagunaan Aparatur Negara',
      kind: 'PUSAT',
      kanreg: null,
    },
    nip: '198601012010011001',
    name: 'Dewi Lestari, S.Sos.',
    cohort: 1,
  },
  /** A district in Kanreg III's region: the Kanreg operator's own. */
  daerah: {
    instansi: { code: '3201', name: 'Pemerintah Kabupaten Bogor', kind: 'KABUPATEN_KOTA', kanreg: 'III' },
    nip: '198702022011012002',
    name: 'Rina Kartika, S.H.',
    cohort: 2,
  },
  /** A province of another region (Kanreg I). */
  wilayahLain: {
    instansi: { code: '33', name: 'Pemerintah Provinsi Jawa Tengah', kind: 'PROVINSI', kanreg: 'I' },
    nip: '198803032012011003',
    name: 'Agus Pratama, S.E.',
    cohort: 2,
  },
} as const;
type AsnKey = keyof typeof ASN;

/** The records each caller calls its own, and someone else's. */
const SUBJECTS_OF: Record<CallerName, Record<Exclude<Side, 'missing'>, AsnKey>> = {
  anonymous: { own: 'pusat', foreign: 'daerah' },
  instansi: { own: 'pusat', foreign: 'daerah' },
  kanreg: { own: 'daerah', foreign: 'wilayahLain' },
  'admin-bkn': { own: 'pusat', foreign: 'daerah' },
  asesor: { own: 'pusat', foreign: 'daerah' },
  pakar: { own: 'pusat', foreign: 'daerah' },
  komite: { own: 'pusat', foreign: 'daerah' },
  peserta: { own: 'pusat', foreign: 'daerah' },
  mentor: { own: 'pusat', foreign: 'daerah' },
  kepegawaian: { own: 'pusat', foreign: 'daerah' },
  ppk: { own: 'pusat', foreign: 'daerah' },
  baperjakat: { own: 'pusat', foreign: 'daerah' },
};

/** Records nobody has: an instansi code BKN never registered, a NIP never proposed, a cohort never planned. */
const MISSING = {
  instansiCode: '9999',
  nip: '199912312020121009',
  cohort: 9,
  sequence: '9999',
} as const;

/** The claims of each role's token; callerFor hands them to the token authority whole, the username included (the test team is matched on it). */
const CLAIMS: Record<Role, { username: string; instansi?: string; kanreg?: string; nip?: string }> = {
  instansi: { username: 'operator.kemenpan', instansi: ASN.pusat.instansi.code },
  kanreg: { username: 'operator.kanreg3', kanreg: ASN.daerah.instansi.kanreg },
  'admin-bkn': { username: 'admin.bkn' },
  asesor: { username: 'asesor.matriks' },
  pakar: { username: 'pakar.matriks' },
  komite: { username: 'komite.matriks' },
  peserta: { username: 'peserta.dewi', nip: ASN.pusat.nip, instansi: ASN.pusat.instansi.code },
  mentor: { username: 'mentor.matriks', nip: '197001011995031001' },
  // The officials of the first one's instansi in the structural-position assessment (Perka BKN 11/2008).
  kepegawaian: { username: 'kepegawaian.kemenpan', instansi: ASN.pusat.instansi.code },
  ppk: { username: 'ppk.kemenpan', instansi: ASN.pusat.instansi.code },
  baperjakat: { username: 'baperjakat.kemenpan', instansi: ASN.pusat.instansi.code },
};

const exampleOf = <T>(schema: z.ZodType, index = 0): T => (schema.meta()?.examples as T[])[index]!;

export interface AuthorizationFixture {
  /** A client of each role, with the claims above; the anonymous one sends no token. */
  callers: Record<CallerName, Caller>;
  /** A value for every path parameter of the API, naming the caller's own records, someone else's or nobody's. */
  pathValues(caller: CallerName, side: Side): Record<string, string>;
  /** Operators of each role that disagree with the registry in each way, their claims those of `callers`. */
  misregistered: Record<OperatorRole, Record<RegistryState, Caller>>;
}

/** Every path parameter the fixture has a value for: a new one needs a value here before the matrix can call it. */
export const PATH_PARAMETERS = [
  'programId',
  'instansiCode',
  'nip',
  'number',
  'unitCode',
  'kind',
  'appealId',
  'decisionId',
  'certificateId',
  'nomor',
  'sub',
  'kanreg',
  'keyName',
  'listId',
  'improvementId',
  'scheme',
  'version',
  'point',
  'recommendationId',
  'positionCode',
  'noticeId',
  'instrumentId',
  'tukId',
  'teamId',
  'kanregCode',
  'regionalProgramId',
  'courseCode',
  'module',
  'proposalId',
] as const;

/** Seeds the fixture through the API where it can (instansi, programme, proposals, team), the rest directly. */
export async function seedAuthorizationFixture(stack: LocalStack): Promise<AuthorizationFixture> {
  const callers = Object.fromEntries(
    await Promise.all(
      CALLERS.map(async (name) => [
        name,
        name === 'anonymous' ? await callerFor(stack) : await callerFor(stack, name, CLAIMS[name]),
      ]),
    ),
  ) as Record<CallerName, Caller>;
  const call = async (caller: Caller, method: string, path: string, body?: unknown) => {
    const response = await caller(method, path, body);
    expect(response.status, `${method} ${path}: ${JSON.stringify(response.body)}`).toBeLessThan(300);
    return response.body as Record<string, unknown>;
  };
  const admin = (method: string, path: string, body?: unknown) =>
    call(callers['admin-bkn'], method, path, body);

  const today = dateInWib(new Date());
  const cohortPlan = [1, 2].map((number) => ({
    number,
    scheme: SCHEME,
    capacity: 5,
    startDate: addDays(today, 10 * number),
    endDate: addDays(today, 10 * number + 1),
  }));
  const program = await admin('POST', '/programs', {
    ...programBody(-1, 3_600_000, 'Pelatihan dan Sertifikasi Manajemen ASN (matriks otorisasi)'),
    cohortPlan,
  });
  const programId = String(program.id);
  const assessor = exampleOf<Record<string, unknown>>(TeamAssignmentRequest, 0);
  const expert = exampleOf<Record<string, unknown>>(TeamAssignmentRequest, 1);
  // The cohort is tested after Perban BKN 7/2020: its team is formed by decree (TIM-UJI-SK-WAJIB).
  await teamByDecree(callers['admin-bkn'], programId, ASN.pusat.cohort, [
    { ...assessor, username: CLAIMS.asesor.username },
    { ...expert, username: CLAIMS.pakar.username },
  ]);

  const certificateExample = exampleOf<CompetencyCertificateRecord & { download?: unknown }>(Certificate);
  const trainingExample = exampleOf<TrainingCertificateRecord & { download?: unknown }>(TrainingCertificate);
  const year = new Date().getUTCFullYear();
  const token = SCHEME_TOKENS[SCHEME];
  const subjects = {} as Record<AsnKey, Subject>;
  // One after another: each certificate takes the next number of the scheme's register.
  for (const [index, key] of (Object.keys(ASN) as AsnKey[]).entries()) {
    const asn = ASN[key];
    const { code, ...instansi } = asn.instansi;
    await admin('PUT', `/instansi/${code}`, instansi);
    const operator =
      key === 'daerah' ? callers.kanreg : await callerFor(stack, 'instansi', { instansi: code });
    await call(operator, 'PUT', `/programs/${programId}/proposals/${code}`);
    await call(
      operator,
      'PUT',
      `/programs/${programId}/proposals/${code}/candidates/${asn.nip}`,
      eligibleCandidate(SCHEME, asn.name),
    );
    const now = new Date().toISOString();
    const position = { title: 'Kepala Bidang Pengembangan Pegawai', unit: 'BKPSDM', rank: 'III/d' };
    expect(
      await saveParticipant({
        programId,
        nip: asn.nip,
        instansiCode: code,
        name: asn.name,
        scheme: SCHEME,
        position,
        status: 'SET',
        setting: { decision: 'SET', decidedBy: CLAIMS['admin-bkn'].username, decidedAt: now },
        updatedAt: now,
      }),
    ).toBe(true);
    const cohort = await findCohort(programId, asn.cohort);
    expect(await takeSeat({ programId, nip: asn.nip, scheme: SCHEME }, cohort!, now)).toBe('SEATED');
    await briefedInCohort(programId, asn.cohort, [asn]);
    const sequence = String(index + 1).padStart(4, '0');
    const registrationNumber = `${sequence}/SKTM-ASN/${token}/${year}`;
    const certificateId = registrationNumber.replaceAll('/', '-');
    const { document: _document, download: _download, ...certificate } = certificateExample;
    expect(
      await allocateCertificate(token, year, index, {
        ...certificate,
        registrationNumber,
        certificateId,
        programId,
        nip: asn.nip,
        instansiCode: code,
        decisionId: `dec_${now}_1`,
        holder: { name: asn.name, nip: asn.nip },
        issuedAt: now,
      }),
    ).toBe('ALLOCATED');
    const { document: _trainingDocument, download: _trainingDownload, ...training } = trainingExample;
    expect(
      await allocateTrainingCertificate(year, index, {
        ...training,
        number: `${sequence}/SPL-MASN/${year}`,
        programId,
        nip: asn.nip,
        instansiCode: code,
        participant: { name: asn.name, nip: asn.nip, position: position.title },
        cohort: asn.cohort,
        issuedAt: now,
      }),
    ).toBe('ALLOCATED');
    if (key === 'pusat') {
      // The first one's action plan names the mentor of the matrix: their own; the others have none.
      const plan = exampleOf<{ actionPlan: ActionPlan }>(ConfirmationRequest).actionPlan;
      const written = await saveConfirmation(
        {
          programId,
          nip: asn.nip,
          instansiCode: code,
          cohort: asn.cohort,
          attending: true,
          actionPlan: { ...plan, mentor: { nip: CLAIMS.mentor.nip!, name: 'Mentor Matriks' } },
          confirmedBy: CLAIMS.peserta.username,
          confirmedAt: now,
          version: 1,
        },
        undefined,
      );
      expect(written).toEqual({ outcome: 'WRITTEN' });
    }
    subjects[key] = {
      instansiCode: code,
      nip: asn.nip,
      cohort: asn.cohort,
      registrationNumber,
      certificateId,
    };
  }

  // The operators the registry disagrees with: never registered, registered then disabled, registered then
  // moved (to the foreign instansi, or Kanreg I) while their token still names the old one.
  const misregistered = {} as Record<OperatorRole, Record<RegistryState, Caller>>;
  for (const role of ['instansi', 'kanreg'] as const) {
    const claims = { ...CLAIMS[role], username: `${CLAIMS[role].username}.tidak-sah` };
    const [unregistered, disabled, moved] = await Promise.all([
      callerFor(stack, role, claims, { register: false }),
      callerFor(stack, role, claims),
      callerFor(stack, role, claims),
    ]);
    const target =
      role === 'instansi'
        ? { role, instansiCode: ASN.daerah.instansi.code }
        : { role, kanreg: ASN.wilayahLain.instansi.kanreg };
    // The first call registers the operator; the registry then changes under its token.
    await call(disabled, 'GET', `/programs/${programId}`);
    await call(moved, 'GET', `/programs/${programId}`);
    await admin('PUT', `/operators/${disabled.sub}/status`, { status: 'DISABLED' });
    await admin('POST', `/operators/${moved.sub}/move`, target);
    misregistered[role] = { unregistered, disabled, moved };
  }

  const missingSubject: Subject = {
    instansiCode: MISSING.instansiCode,
    nip: MISSING.nip,
    cohort: MISSING.cohort,
    registrationNumber: `${MISSING.sequence}/SKTM-ASN/${token}/${year}`,
    certificateId: `${MISSING.sequence}-SKTM-ASN-${token}-${year}`,
  };
  return {
    callers,
    misregistered,
    pathValues(caller, side) {
      const subject = side === 'missing' ? missingSubject : subjects[SUBJECTS_OF[caller][side]];
      const values: Record<(typeof PATH_PARAMETERS)[number], string> = {
        programId,
        instansiCode: subject.instansiCode,
        nip: subject.nip,
        number: String(subject.cohort),
        unitCode: requiredUnitCodes(SCHEME)[0]!,
        kind: REQUIRED_DOCUMENTS[0],
        appealId: 'bdg_2027-01-04T03:00:00.000Z_0a1b2c3d',
        decisionId: 'dec_2027-01-04T03:00:00.000Z_1',
        certificateId: subject.certificateId,
        nomor: subject.registrationNumber,
        // Already disabled, and a Kanreg operator: the allowed writes of the operator routes change nothing of it.
        sub: misregistered.kanreg.disabled.sub!,
        kanreg: String(ASN.daerah.instansi.kanreg),
        // The public Open Badges documents: nothing is issued without workers, so they answer 404 to anyone.
        keyName: 'ed25519-1',
        listId: '1',
        // No finding is recorded in the fixture: an improvement item answers 404 to whoever may change one.
        improvementId: 'pbk_2027-01-04T03:00:00.000Z_0a1b2c3d',
        // Version 1 of the subjects' scheme: no enrolment is for it, so the enrolment routes answer BKN 404.
        scheme: SCHEME,
        version: '2019',
        point: '3',
        // No recommendation is issued in the fixture: BKN's progress route answers 404 to it, others are refused.
        recommendationId: 'rek_2027-01-04T03:00:00.000Z_0a1b2c3d',
        // The position the register routes' examples name: the allowed POST registers it in the caller's own instansi.
        positionCode: 'KABAG-REN',
        // No structural notice is issued in the fixture: its routes answer 404 to the officials who may call them.
        noticeId: '2027-0001',
        // No instrument is prepared in the fixture: its routes answer 404 to the team and BKN who may call them.
        instrumentId: 'ins_0a1b2c3d4e5f',
        // No test site is on the register in the fixture: its routes answer 404 to BKN, the others are refused.
        tukId: 'TUK-PUSBANG-01',
        // Not the team the fixture's cohort is tested by: its routes answer 404 to BKN and the Komite, others are refused.
        teamId: 'tim_7c9e6679-7425-40de-944b-e07fc1f90ae7',
        // The Kanreg of the regional subject: BKN's allocation for it in the fixture's programme.
        kanregCode: String(ASN.daerah.instansi.kanreg),
        // No regional programme is proposed in the fixture: its routes answer 404 to BKN and Kanreg.
        regionalProgramId: 'rpg_6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
        // A PIK course: BKN may register its equivalence; the register is readable by BKN and operators.
        courseCode: 'PIK-MSDM-301',
        // An e-learning module of the subjects' level; no cohort's e-learning is set up in the fixture.
        module: 'MOD-ADM-01',
        // No mechanism is proposed to the fixture team's leader: 404 to those allowed.
        proposalId: 'mek_3b241101-e2bb-4255-8caf-4136c566a962',
      };
      return values;
    },
  };
}
