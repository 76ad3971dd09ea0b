import { cohortNotFound } from '../../runtime/http/not-found';
import { checkTestSiteUse, siteRegionViolations, testRegionOf } from '../../domain/assessment/test-site';
import type { IsoDate } from '../../domain/shared/dates';
import type { routes } from '../../events/api/routes';
import { findProgram } from '../../adapters/dynamodb/program-repository';
import { findCohort, recordTestSite } from '../../adapters/dynamodb/seating-repository';
import { findTestSite } from '../../adapters/dynamodb/test-site-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { rulesNotMet } from '../../runtime/http/http-error';

/**
 * BKN designates a cohort's test site (TUK) on the strength of the certification coordinator's verification
 * for this very use (Perban BKN 7/2020 Pasal 27(4)-(5)). Until a cohort has one, its registration does not open.
 * This older route names no region: a regional programme's cohort takes a site only where its region is known to
 * be the programme's Kanreg (on the register, or the site the programme recorded), as on the designation route.
 */
export const verifyTestSite: Operation<typeof routes.verifyTestSite> = async ({
  params,
  body,
  principal,
}) => {
  const [cohort, program, registered] = await Promise.all([
    findCohort(params.programId, params.number),
    findProgram(params.programId),
    findTestSite(body.tukId),
  ]);
  if (!cohort || !program) throw cohortNotFound();
  const sessionId = `${params.programId}#${params.number}`;
  const verdict = checkTestSiteUse(
    {
      tukId: body.tukId,
      kind: body.kind,
      sessionId,
      useDate: cohort.startDate as IsoDate,
      designation: body.designation
        ? { issuedOn: body.designation.issuedOn as IsoDate, basedOnVerificationOf: sessionId }
        : null,
    },
    [
      {
        ...body.verification,
        verifiedOn: body.verification.verifiedOn as IsoDate,
        tukId: body.tukId,
        sessionId,
      },
    ],
  );
  const region = testRegionOf({ name: body.name, address: body.address }, registered, program);
  const outOfRegion = siteRegionViolations(program, {
    tukId: body.tukId,
    region: region ?? 'tidak diketahui',
  });
  if (!verdict.ok || outOfRegion.length > 0) {
    throw rulesNotMet([...(verdict.ok ? [] : verdict.violations), ...outOfRegion]);
  }
  const testSite = {
    tukId: body.tukId,
    name: body.name,
    address: body.address,
    kind: body.kind,
    verifiedOn: body.verification.verifiedOn,
    designatedOn: body.designation!.issuedOn,
    recordedBy: principal.username,
  };
  if (!(await recordTestSite(params.programId, params.number, testSite))) {
    throw cohortNotFound();
  }
  return { statusCode: 200, body: { ...cohort, testSite } };
};
