import { describe, expect, it } from 'vitest';
import { DECLARED_OPERATIONS, declarationOf } from './matrix-table';

/*
 * The roles and scopes of the routes of issue 16 (action plan and Monev, e-mail notifications, surveillance and
 * the undertaking, the review of the test process, scheme versions and re-issues, the Komite), as the
 * regulations give them. authorization-matrix.test.ts plays every route of the document against every role; it
 * takes the allowed roles and scopes from the document itself, so a route given a role it should not have would
 * pass there. This table is what the document must say: a change of who may call one of these routes fails here
 * until the table (and its reason) is changed with it.
 */

/** operationId → allowed roles, and the scope rule with the roles it restricts to their own records. */
const ISSUE_16: Record<string, { roles: string[]; scope: string; restricted?: string[] }> = {
  // Action plan and Monev (Panduan 2019): the participant, their instansi or Kanreg, the mentor the plan names.
  getActionPlan: {
    roles: ['admin-bkn', 'instansi', 'kanreg', 'mentor', 'peserta'],
    scope: 'action-plan',
    restricted: ['instansi', 'kanreg', 'mentor', 'peserta'],
  },
  listMentorPlans: { roles: ['mentor'], scope: 'none' },
  getMonevSettings: { roles: ['admin-bkn'], scope: 'none' },
  setMonevSettings: { roles: ['admin-bkn'], scope: 'none' },
  listMyQuestionnaires: { roles: ['mentor', 'peserta'], scope: 'none' },
  answerMonev: { roles: ['mentor', 'peserta'], scope: 'action-plan', restricted: ['mentor', 'peserta'] },
  getMonevReport: { roles: ['admin-bkn'], scope: 'none' },
  // E-mail notifications: BKN reads what each participant was sent or not.
  listParticipantNotifications: { roles: ['admin-bkn'], scope: 'none' },
  // Review of the test process (Pasal 24g, 25g, 30(2)n-r): feedback by the participant alone, the berita acara
  // and reports by the cohort's assessors, the review by BKN, read by the Komite.
  putFeedback: { roles: ['peserta'], scope: 'participant', restricted: ['peserta'] },
  getFeedback: { roles: ['peserta'], scope: 'participant', restricted: ['peserta'] },
  getMinutes: { roles: ['admin-bkn', 'asesor', 'komite'], scope: 'test-team', restricted: ['asesor'] },
  signMinutes: { roles: ['asesor'], scope: 'test-team', restricted: ['asesor'] },
  putAssessorReport: { roles: ['asesor'], scope: 'test-team', restricted: ['asesor'] },
  getSessionReview: { roles: ['admin-bkn', 'komite'], scope: 'none' },
  recordFinding: { roles: ['admin-bkn'], scope: 'none' },
  changeImprovement: { roles: ['admin-bkn'], scope: 'none' },
  getPolicyReport: { roles: ['admin-bkn', 'komite'], scope: 'none' },
  // Scheme versions and refreshment (Pasal 13(2), 15(4)-(5), 35(3)-(4)): BKN alone.
  listSchemeVersions: { roles: ['admin-bkn'], scope: 'none' },
  publishSchemeVersion: { roles: ['admin-bkn'], scope: 'none' },
  listEnrolments: { roles: ['admin-bkn'], scope: 'none' },
  recordRefreshmentAttendance: { roles: ['admin-bkn'], scope: 'none' },
  recordRetestDecision: { roles: ['admin-bkn'], scope: 'none' },
  reissueEnrolledCertificate: { roles: ['admin-bkn'], scope: 'none' },
  reissueCertificate: { roles: ['admin-bkn'], scope: 'none' },
  // Surveillance (Pasal 35-37): BKN and the Kanreg in their region keep it; the holder signs their undertaking.
  recordMonitoring: { roles: ['admin-bkn', 'kanreg'], scope: 'certificate', restricted: ['kanreg'] },
  getHolderSurveillance: {
    roles: ['admin-bkn', 'instansi', 'kanreg', 'komite', 'peserta'],
    scope: 'certificate',
    restricted: ['instansi', 'kanreg', 'peserta'],
  },
  getInstansiSurveillance: {
    roles: ['admin-bkn', 'instansi', 'kanreg', 'komite'],
    scope: 'instansi',
    restricted: ['instansi', 'kanreg'],
  },
  recommendToHolder: { roles: ['admin-bkn', 'kanreg'], scope: 'certificate', restricted: ['kanreg'] },
  recommendToInstansi: { roles: ['admin-bkn', 'kanreg'], scope: 'instansi', restricted: ['kanreg'] },
  progressRecommendation: { roles: ['admin-bkn'], scope: 'none' },
  signUndertaking: { roles: ['peserta'], scope: 'certificate', restricted: ['peserta'] },
  revokeCertificate: { roles: ['admin-bkn'], scope: 'none' },
  // The Komite (Pasal 6): BKN sets its membership; the Komite records its meetings; both read them.
  setKomiteMembership: { roles: ['admin-bkn'], scope: 'none' },
  getKomiteMembership: { roles: ['admin-bkn', 'komite'], scope: 'none' },
  recordKomiteMeeting: { roles: ['komite'], scope: 'none' },
  listKomiteMeetings: { roles: ['admin-bkn', 'komite'], scope: 'none' },
  listKomiteDecisions: { roles: ['admin-bkn', 'komite'], scope: 'none' },
  getKomiteAnnualMeetings: { roles: ['admin-bkn', 'komite'], scope: 'none' },
};

/** The document's tags of issue 16: every operation under them is in the table. */
const ISSUE_16_TAGS = [
  'Monev',
  'Notifikasi',
  'Tinjauan Proses Uji',
  'Versi skema',
  'Pemeliharaan Sertifikat',
  'Komite Sertifikasi',
];

describe('authorization matrix, issue 16: the roles and scopes the regulations give its routes', () => {
  it('every operation under the tags of issue 16 is in the table', () => {
    const tagged = DECLARED_OPERATIONS.filter((o) => o.tags?.some((t) => ISSUE_16_TAGS.includes(t))).map(
      (o) => o.operationId,
    );
    expect(tagged.filter((id) => !(id in ISSUE_16))).toEqual([]);
    const declared = new Set(DECLARED_OPERATIONS.map((o) => o.operationId));
    expect(Object.keys(ISSUE_16).filter((id) => !declared.has(id))).toEqual([]);
  });

  it.each(Object.entries(ISSUE_16))('%s: allowed roles and scope as the table says', (id, expected) => {
    expect(declarationOf(id)).toEqual({ ...expected, restricted: expected.restricted ?? [] });
  });
});
