import type * as z from 'zod';
import { TeamAssignmentRequest, EvidenceRequest } from '../../events/api/assessment';
import { CertificateSignersRequest } from '../../events/api/certificate';
import { InvitationSignerRequest } from '../../events/api/invitation';
import { PreAssessorRequest } from '../../events/api/preassessment';
import { TestSiteRequest } from '../../events/api/participant';
import { MonevAnswerRequest } from '../../events/api/monev';
import { ConfirmationRequest } from '../../events/api/training';

/*
 * Request bodies the actors send, built from the examples the API contracts publish in the OpenAPI document, so
 * the demo sends what the documentation shows, with the values of the day.
 */

const exampleOf = <T extends z.ZodType>(schema: T, index = 0) =>
  structuredClone((schema.meta()?.examples as z.input<T>[])[index]!);

/** An assessor BKN assigns to a cohort: qualified, rank IV/d (at least every participant's), certificate valid. */
export function assessorAssignment(
  username: string,
  nip: string,
  name: string,
  declaredConflictNips: string[],
) {
  return {
    ...exampleOf(TeamAssignmentRequest),
    username,
    nip,
    name,
    declaredConflictNips,
    golongan: 'IV/d',
    assessorCertificate: { recognisedByBkn: true, validUntil: null },
  };
}

/**
 * The assessor BKN assigns to a candidate's pre-test consultation (Pasal 28, 31(1)e): qualified as a cohort's,
 * working at `instansiCode` (never the candidate's own: a conflict of interest).
 */
export function preAssessorAssignment(username: string, nip: string, name: string, instansiCode: string) {
  const {
    role: _role,
    declaredConflictNips: _none,
    ...assessor
  } = assessorAssignment(username, nip, name, []);
  return { ...exampleOf(PreAssessorRequest), ...assessor, instansiCode };
}

/** One piece of sound evidence for a unit, collected with `method`. */
export function evidence(method: string, unit: string) {
  return {
    ...exampleOf(EvidenceRequest),
    method,
    description: `Bukti ${method.toLowerCase()} atas pekerjaan peserta untuk unit ${unit}.`,
  };
}

/** The programme's test site, verified (and designated) today for the cohort's use. */
export function verifiedTestSite(today: string) {
  const site = exampleOf(TestSiteRequest);
  return {
    ...site,
    verification: { ...site.verification, verifiedOn: today },
    designation: { issuedOn: today },
  };
}

export const certificateSigners = () => exampleOf(CertificateSignersRequest);
export const invitationSigner = () => exampleOf(InvitationSignerRequest);

/** Who a plan's form names: the participant, and their mentor or direct supervisor when they name one. */
export interface PlanPeople {
  identity: { name: string; position: string; unit: string; email: string };
  mentor?: { nip: string; name: string; position: string; email: string };
}

/** A participant's action plan in the handbook's form, with its own title, identity and mentor. */
export function actionPlan(title: string, people: PlanPeople) {
  const { mentor: _example, ...plan } = exampleOf(ConfirmationRequest).actionPlan!;
  return { ...plan, title, identity: people.identity, ...(people.mentor && { mentor: people.mentor }) };
}

/**
 * A Monev answer of the participant (with their current mentor) or of the mentor, on the milestones of the
 * questionnaire's plan: each milestone once, by its id, a status drawn from `random`.
 */
export function monevAnswer(
  respondent: 'PESERTA' | 'MENTOR',
  identity: PlanPeople['identity'],
  milestoneIds: readonly string[],
  random: () => number,
  currentMentor?: { nip: string; name: string },
) {
  const { currentMentor: _example, ...answer } = exampleOf(MonevAnswerRequest);
  const statuses = [
    'BELUM_MULAI',
    'BERJALAN',
    'BERJALAN',
    'SELESAI',
    'SELESAI',
    'TIDAK_DILAKSANAKAN',
  ] as const;
  return {
    ...answer,
    identity,
    ...(respondent === 'PESERTA' && currentMentor && { currentMentor }),
    progress: milestoneIds.map((milestoneId) => ({
      milestoneId,
      status: statuses[Math.floor(random() * statuses.length)]!,
      note: '',
    })),
    impact: { ...answer.impact, rating: 2 + Math.floor(random() * 4) },
  };
}

/** The PIK courses BKN recognises against the standard, each covering part of the qualification's units. */
export const PIK_COURSES = ['PIK-MSDM-301', 'PIK-MSDM-302'] as const;

/** BKN's register of course equivalences (Pasal 23): the units split between the two courses, by decree. */
export function pikEquivalences(units: readonly string[]) {
  const half = Math.ceil(units.length / 2);
  return PIK_COURSES.map((courseCode, i) => ({
    courseCode,
    body: {
      courseName: `Manajemen Sumber Daya Manusia Aparatur ${i + 1}`,
      unitCodes: i === 0 ? units.slice(0, half) : units.slice(half),
      decree: { number: '12/KEP/BKN/2020', date: '2020-06-02' },
    },
  }));
}

/** A PIK graduate's transcript: the recognised courses, and one the register does not hold. */
export const pikTranscript = () => ({
  diplomaNumber: 'PIK/2021/0042',
  graduatedOn: '2021-08-30',
  courseCodes: [...PIK_COURSES, 'PIK-UMUM-101'],
});
