import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../events/api/routes';

/*
 * Which routes take an `Idempotency-Key` (events/api/idempotency.ts): every authenticated POST or PUT that
 * creates a record (a new one on each call, or the first at its key) or queues work. The others are listed here
 * with why, so a new route has to be decided on.
 */
const CHANGES_A_RECORD =
  'changes the state of a record that exists: a retry finds the change made and answers it, or refuses with its code';
const SHORT_LIVED_LINK =
  'answers with a link valid for minutes: a kept answer would hand a retry a dead link, and a repeat creates nothing twice';
const EXEMPT: Readonly<Record<string, string>> = {
  moveOperator: CHANGES_A_RECORD,
  setOperatorStatus: CHANGES_A_RECORD,
  submitProposal: CHANGES_A_RECORD,
  confirmDocument: CHANGES_A_RECORD,
  confirmDocuments: CHANGES_A_RECORD,
  confirmLetter: CHANGES_A_RECORD,
  confirmCv: CHANGES_A_RECORD,
  moveParticipant: CHANGES_A_RECORD,
  verifyTestSite: CHANGES_A_RECORD,
  setTestSession: CHANGES_A_RECORD,
  assignAppealReviewer: CHANGES_A_RECORD,
  resolveAppeal: CHANGES_A_RECORD,
  revokeCertificate: CHANGES_A_RECORD,
  reinstateCertificate: CHANGES_A_RECORD,
  requestDocumentUpload: SHORT_LIVED_LINK,
  requestDocumentUploads: SHORT_LIVED_LINK,
  requestLetterUpload: SHORT_LIVED_LINK,
  requestCvUpload: SHORT_LIVED_LINK,
  createCertificateArchive: SHORT_LIVED_LINK,
  recordRefreshmentAttendance: CHANGES_A_RECORD,
  setMonevSettings: CHANGES_A_RECORD,
  answerMonev: CHANGES_A_RECORD,
  progressRecommendation: CHANGES_A_RECORD,
  signUndertaking: CHANGES_A_RECORD,
  proposeStructuralCandidate: CHANGES_A_RECORD,
  determineStructuralCandidate: CHANGES_A_RECORD,
  handOverStructuralCandidate: CHANGES_A_RECORD,
  planStructuralAssessment: CHANGES_A_RECORD,
  planUnitTest:
    'puts the one plan of a unit in its place: a retry writes the same plan again and creates nothing',
  setELearning: CHANGES_A_RECORD,
  requestMaterialUpload: SHORT_LIVED_LINK,
  confirmMaterial: CHANGES_A_RECORD,
  requestResumeUpload: SHORT_LIVED_LINK,
  confirmResume: CHANGES_A_RECORD,
  reviewCv: CHANGES_A_RECORD,
  announceGroups: CHANGES_A_RECORD,
  requestAssignmentLetterUpload: SHORT_LIVED_LINK,
  confirmAssignmentLetter: CHANGES_A_RECORD,
  acknowledgeDocument: CHANGES_A_RECORD,
  publishRulesOfConduct:
    "puts the cohort's one publication in its place: a retry publishes the same rules again and creates nothing",
};

describe('routes that create take an Idempotency-Key', () => {
  const writing = ROUTES.filter((r) => r.auth !== 'public' && (r.method === 'POST' || r.method === 'PUT'));

  it.each(writing.map((r) => [r.operationId, r] as const))(
    '%s declares `idempotent`, or is exempt for a reason',
    (id, route) => {
      expect(route.idempotent === true, `${id}: declare idempotent, or exempt it with its reason`).toBe(
        !(id in EXEMPT),
      );
    },
  );

  it('every route answering 201 or 202 (it creates a record or queues work) declares it, but the archive and its link', () => {
    const creating = ROUTES.filter((r) => 201 in r.responses || 202 in r.responses);
    expect(creating.filter((r) => !r.idempotent).map((r) => r.operationId)).toEqual([
      'createCertificateArchive',
    ]);
  });

  it('no public route, nor GET or DELETE, declares it', () => {
    expect(
      ROUTES.filter(
        (r) => r.idempotent && (r.auth === 'public' || r.method === 'GET' || r.method === 'DELETE'),
      ),
    ).toEqual([]);
  });
});
