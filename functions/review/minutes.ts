import { minutesContent, minutesStatus, signerViolations } from '../../domain/review/minutes';
import type { TeamMember } from '../../events/api/assessment';
import type { Cohort } from '../../events/api/participant';
import type { AssessorReport, Minutes } from '../../events/api/review';
import type { routes } from '../../events/api/routes';
import {
  minutesSignatures,
  saveAssessorReport,
  signMinutes as storeSignature,
} from '../../adapters/dynamodb/review-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { conflict, rulesNotMet } from '../../runtime/http/http-error';
import { contentHash, sessionRecord } from './session';

/** The berita acara drawn from the session's records now, with the signatures on this very content. */
async function minutesOf(cohort: Cohort, team: TeamMember[]): Promise<Minutes> {
  const [session, signatures] = await Promise.all([
    sessionRecord(cohort, team),
    minutesSignatures(cohort.programId, cohort.number),
  ]);
  const content = minutesContent(session);
  const hash = contentHash(content);
  return { content, contentHash: hash, ...minutesStatus(content, hash, signatures) };
}

/** A team member's own place on the team: the assessor routes allow assessors only, whom the scope places. */
const memberOf = (member: TeamMember | undefined): TeamMember => {
  if (!member) throw new Error('an assessor route reached its operation without a team member');
  return member;
};

/** The berita acara of a test session (Perban BKN 7/2020 Pasal 30(2)n), as its records show it now. */
export const getMinutes: Operation<typeof routes.getMinutes> = async ({ scoped }) => ({
  statusCode: 200,
  body: await minutesOf(scoped.cohort, scoped.team),
});

/**
 * An assessor who took part signs the berita acara: the content they read, named by its hash. Content that
 * changed since (new records) is not signed: 409, read it again. Signing the same content again changes nothing.
 */
export const signMinutes: Operation<typeof routes.signMinutes> = async ({ scoped, body, now }) => {
  const member = memberOf(scoped.member);
  const minutes = await minutesOf(scoped.cohort, scoped.team);
  const refused = signerViolations(minutes.content, member.username, 'minutes');
  if (refused.length > 0) throw rulesNotMet(refused);
  if (body.contentHash !== minutes.contentHash) {
    throw conflict(
      'MINUTES_CHANGED',
      'Isi berita acara telah berubah sejak dibaca; baca kembali lalu tandatangani isi terkini.',
      { contentHash: minutes.contentHash },
    );
  }
  const signature = { username: member.username, signedAt: now.toISOString(), contentHash: body.contentHash };
  const signed = await storeSignature(scoped.cohort.programId, scoped.cohort.number, signature);
  const signatures = signed ? [...minutes.signed, signature] : minutes.signed;
  return {
    statusCode: signed ? 201 : 200,
    body: { ...minutes, ...minutesStatus(minutes.content, minutes.contentHash, signatures) },
  };
};

/**
 * An assessor who took part reports on the session (Perban BKN 7/2020 Pasal 30(2)r): what was done, the issues,
 * the improvements they suggest (30(2)p); signed by them (time, hash of the report). A new report replaces theirs.
 */
export const putAssessorReport: Operation<typeof routes.putAssessorReport> = async ({
  scoped,
  body,
  now,
}) => {
  const member = memberOf(scoped.member);
  const session = await sessionRecord(scoped.cohort, scoped.team);
  const refused = signerViolations(minutesContent(session), member.username, 'report');
  if (refused.length > 0) throw rulesNotMet(refused);
  const content = {
    programId: scoped.cohort.programId,
    cohort: scoped.cohort.number,
    username: member.username,
    ...body,
  };
  const report: AssessorReport = {
    ...content,
    signature: { username: member.username, signedAt: now.toISOString(), contentHash: contentHash(content) },
  };
  await saveAssessorReport(report);
  return { statusCode: 200, body: report };
};
