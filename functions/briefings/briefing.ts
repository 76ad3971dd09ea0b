import { checkAttendees, checkBriefing } from '../../domain/assessment/briefing';
import { testRegionOf } from '../../domain/assessment/test-site';
import { dateInWib, type IsoDate } from '../../domain/shared/dates';
import type { routes } from '../../events/api/routes';
import { loadBriefing, recordAttendance, saveBriefing } from '../../adapters/dynamodb/briefing-repository';
import { findProgram } from '../../adapters/dynamodb/program-repository';
import { findCohort, findParticipant } from '../../adapters/dynamodb/seating-repository';
import { findTestSite } from '../../adapters/dynamodb/test-site-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { HttpError, rulesNotMet } from '../../runtime/http/http-error';
import { cohortNotFound } from '../../runtime/http/not-found';
import type { Cohort } from '../../events/api/participant';

const briefingNotFound = () =>
  new HttpError(404, 'BRIEFING_NOT_FOUND', 'Pengarahan program angkatan ini belum dicatat.');

/**
 * The region the cohort is tested in. A site given through the older seating route carries none: it is read from
 * the register, or from the regional programme whose recorded site it is (only asked when a Kanreg holds the
 * briefing, the one case it decides).
 */
async function testRegion(cohort: Cohort, withKanreg: string | null): Promise<string | null> {
  const site = cohort.testSite;
  if (!site || site.region || withKanreg === null) return site?.region ?? null;
  const [registered, program] = await Promise.all([findTestSite(site.tukId), findProgram(cohort.programId)]);
  return testRegionOf(site, registered, program);
}

/**
 * BKN's training unit records the briefing of a cohort (Perban BKN 7/2020 Pasal 33): who gave it, at what level or
 * by which designation, and with which Kanreg when the test is held in its region.
 */
export const recordBriefing: Operation<typeof routes.recordBriefing> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const [cohort, recorded] = await Promise.all([
    findCohort(params.programId, params.number),
    loadBriefing(params.programId, params.number),
  ]);
  if (!cohort) throw cohortNotFound();
  const verdict = checkBriefing(
    {
      heldOn: body.heldOn as IsoDate,
      official: {
        level: body.official.level,
        designation: body.official.designation
          ? { ...body.official.designation, issuedOn: body.official.designation.issuedOn as IsoDate }
          : null,
      },
      withKanreg: body.withKanreg,
    },
    { endDate: cohort.endDate as IsoDate, testRegion: await testRegion(cohort, body.withKanreg) },
    dateInWib(now),
  );
  if (!verdict.ok) throw rulesNotMet(verdict.violations);
  const briefing = {
    ...body,
    programId: params.programId,
    cohort: params.number,
    recordedBy: principal.username,
    recordedAt: now.toISOString(),
  };
  await saveBriefing(briefing);
  return { statusCode: 200, body: { ...briefing, attendees: recorded?.attendees ?? [] } };
};

/**
 * Records who of the cohort attended its briefing; only participants set and seated in the cohort (Pasal 33(1)).
 * A participant recorded absent stays untestable until recorded present.
 */
export const recordBriefingAttendance: Operation<typeof routes.recordBriefingAttendance> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const [cohort, ...participants] = await Promise.all([
    findCohort(params.programId, params.number),
    ...body.attendees.map((a) => findParticipant(params.programId, a.nip)),
  ]);
  if (!cohort) throw cohortNotFound();
  const refused = checkAttendees(
    body.attendees.map((a, i) => {
      const p = participants[i];
      return {
        nip: a.nip,
        seatedHere: p?.status === 'SET' && p.seat?.cohort === params.number && !p.withdrawnAt,
      };
    }),
  );
  if (refused.length > 0) throw rulesNotMet(refused);
  const at = now.toISOString();
  const recorded = await recordAttendance(
    params.programId,
    params.number,
    body.attendees.map((a) => ({ ...a, recordedBy: principal.username, recordedAt: at })),
  );
  if (!recorded) {
    throw new HttpError(409, 'BRIEFING_NOT_FOUND', 'Pengarahan program angkatan ini belum dicatat.');
  }
  return { statusCode: 200, body: await loadBriefing(params.programId, params.number) };
};

export const getBriefing: Operation<typeof routes.getBriefing> = async ({ params }) => {
  const briefing = await loadBriefing(params.programId, params.number);
  if (!briefing) throw briefingNotFound();
  return { statusCode: 200, body: briefing };
};
