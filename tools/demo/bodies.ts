import type * as z from 'zod';
import { TeamAssignmentRequest, EvidenceRequest } from '../../events/api/assessment';
import { CertificateSignersRequest } from '../../events/api/certificate';
import { InvitationSignerRequest } from '../../events/api/invitation';
import { PreAssessorRequest } from '../../events/api/preassessment';
import { TestSiteRequest } from '../../events/api/participant';
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

/** A participant's action plan, with its own title. */
export function actionPlan(title: string) {
  return { ...exampleOf(ConfirmationRequest).actionPlan!, title };
}
