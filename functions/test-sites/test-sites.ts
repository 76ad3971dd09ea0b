import { randomUUID } from 'node:crypto';
import {
  checkCriteria,
  checkIdentification,
  checkTestSiteUse,
  siteRegionViolations,
  verifyAgainstCriteria,
  type TestSiteKind,
} from '../../domain/assessment/test-site';
import { dateInWib, type IsoDate } from '../../domain/shared/dates';
import { PAGE_LIMIT } from '../../events/api/page';
import type { routes } from '../../events/api/routes';
import { findProgram } from '../../adapters/dynamodb/program-repository';
import { findCohort } from '../../adapters/dynamodb/seating-repository';
import {
  addCriteriaVersion,
  addVerification,
  currentCriteria,
  designate,
  findTestSite,
  loadTestSite,
  saveTestSite,
  testSiteForUse,
  verificationsForUse,
} from '../../adapters/dynamodb/test-site-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { HttpError, rulesNotMet } from '../../runtime/http/http-error';
import { cohortNotFound } from '../../runtime/http/not-found';

const siteNotFound = () => new HttpError(404, 'TEST_SITE_NOT_FOUND', 'TUK tidak ditemukan dalam register.');
const noCriteria = (status: 404 | 409) =>
  new HttpError(status, 'TEST_SITE_CRITERIA_NOT_FOUND', 'BKN belum menyusun kriteria TUK (Pasal 27(5)a).');
const sessionIdOf = (use: { programId: string; cohort: number }) => `${use.programId}#${use.cohort}`;

/** BKN's training unit sets the criteria test sites are verified against (Pasal 27(5)a), as a new version. */
export const setTestSiteCriteria: Operation<typeof routes.setTestSiteCriteria> = async ({
  body,
  principal,
  now,
}) => {
  const verdict = checkCriteria(body.criteria);
  if (!verdict.ok) throw rulesNotMet(verdict.violations);
  const criteria = {
    ...body,
    version: ((await currentCriteria())?.version ?? 0) + 1,
    setBy: principal.username,
    setAt: now.toISOString(),
  };
  if (!(await addCriteriaVersion(criteria))) {
    throw new HttpError(409, 'CONCURRENT_CHANGE', 'Kriteria TUK diubah bersamaan; ulangi.');
  }
  return { statusCode: 200, body: criteria };
};

export const getTestSiteCriteria: Operation<typeof routes.getTestSiteCriteria> = async () => {
  const criteria = await currentCriteria();
  if (!criteria) throw noCriteria(404);
  return { statusCode: 200, body: criteria };
};

/** The certification coordinator's identification of a site (Pasal 27(5)b). */
export const identifyTestSite: Operation<typeof routes.identifyTestSite> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const refused = checkIdentification(body.identifiedBy.role);
  if (refused.length > 0) throw rulesNotMet(refused);
  await saveTestSite({
    ...body,
    tukId: params.tukId,
    recordedBy: principal.username,
    recordedAt: now.toISOString(),
  });
  return { statusCode: 200, body: await loadTestSite(params.tukId, { limit: PAGE_LIMIT.default }) };
};

/** The site with one page of its uses' records (its partition grows with every cohort it served). */
export const getTestSite: Operation<typeof routes.getTestSite> = async ({ params, query }) => {
  const site = await loadTestSite(params.tukId, { limit: query.limit, cursor: query.cursor });
  if (!site) throw siteNotFound();
  return { statusCode: 200, body: site };
};

/**
 * The coordinator verifies a site for one use (a cohort's test) against BKN's criteria in force (Pasal 27(4),
 * 27(5)c). Recorded whatever it finds; the decree asks whether the site is ready.
 */
export const verifyTestSiteForUse: Operation<typeof routes.verifyTestSiteForUse> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const [site, criteria, cohort] = await Promise.all([
    findTestSite(params.tukId),
    currentCriteria(),
    findCohort(body.use.programId, body.use.cohort),
  ]);
  if (!site) throw siteNotFound();
  if (!cohort) throw cohortNotFound();
  if (!criteria) throw noCriteria(409);
  const verdict = verifyAgainstCriteria(
    {
      tukId: params.tukId,
      kind: site.kind as TestSiteKind,
      sessionId: sessionIdOf(body.use),
      useDate: cohort.startDate as IsoDate,
      verifiedOn: body.verifiedOn as IsoDate,
      verifiedByRole: body.verifiedBy.role,
      findings: body.findings,
    },
    criteria.criteria,
    dateInWib(now),
  );
  if (!verdict.ok) throw rulesNotMet(verdict.violations);
  const v = verdict.value;
  const recorded = await addVerification(params.tukId, {
    ...body,
    verificationId: randomUUID(),
    criteriaVersion: criteria.version,
    readiness: {
      SARANA: v.facilitiesReady,
      PRASARANA: v.infrastructureReady,
      PERSONEL: v.personnelReady,
      KETIDAKBERPIHAKAN: v.impartial,
      K3: v.healthAndSafety,
      RISIKO_TEMPAT_KERJA: v.workplaceRiskAssessed,
      TIDAK_DIGUNAKAN_BEKERJA: v.notInUseForWork,
    },
    recordedBy: principal.username,
    recordedAt: now.toISOString(),
  });
  if (!recorded) throw siteNotFound();
  return { statusCode: 201, body: await testSiteForUse(site, body.use.programId, body.use.cohort) };
};

/**
 * The head of BKN's training unit designates the site for the cohort by decree, on the strength of the latest
 * verification for this very use (Pasal 27(4), 27(5)d); the site becomes the cohort's test site. A cohort of a
 * regional programme gets a site of its Kanreg's region only (Pasal 7(1), 11d).
 */
export const designateTestSite: Operation<typeof routes.designateTestSite> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const { use, decree } = body;
  const [site, cohort, program, verifications] = await Promise.all([
    findTestSite(params.tukId),
    findCohort(use.programId, use.cohort),
    findProgram(use.programId),
    verificationsForUse(params.tukId, use.programId, use.cohort),
  ]);
  if (!site) throw siteNotFound();
  if (!cohort || !program) throw cohortNotFound();
  const sessionId = sessionIdOf(use);
  const verdict = checkTestSiteUse(
    {
      tukId: params.tukId,
      kind: site.kind as TestSiteKind,
      sessionId,
      useDate: cohort.startDate as IsoDate,
      designation: { issuedOn: decree.issuedOn as IsoDate, basedOnVerificationOf: sessionId },
    },
    verifications.map((r) => ({
      tukId: params.tukId,
      sessionId,
      verifiedOn: r.verifiedOn as IsoDate,
      verifiedByRole: r.verifiedBy.role,
      facilitiesReady: r.readiness.SARANA === true,
      infrastructureReady: r.readiness.PRASARANA === true,
      personnelReady: r.readiness.PERSONEL === true,
      impartial: r.readiness.KETIDAKBERPIHAKAN === true,
      healthAndSafety: r.readiness.K3 === true,
      workplaceRiskAssessed: r.readiness.RISIKO_TEMPAT_KERJA === true,
      notInUseForWork: r.readiness.TIDAK_DIGUNAKAN_BEKERJA === true,
    })),
  );
  const outOfRegion = siteRegionViolations(program, { tukId: params.tukId, region: site.region });
  if (!verdict.ok || outOfRegion.length > 0) {
    throw rulesNotMet([...(verdict.ok ? [] : verdict.violations), ...outOfRegion]);
  }
  // The verification checkTestSiteUse judged: the last recorded of the coordinator's on that date.
  const basedOn = verifications
    .filter(
      (r) => r.verifiedOn === verdict.value.verifiedOn && r.verifiedBy.role === 'KOORDINATOR_SERTIFIKASI',
    )
    .at(-1);
  const at = now.toISOString();
  const testSite = {
    tukId: params.tukId,
    name: site.name,
    address: site.address,
    kind: site.kind,
    verifiedOn: verdict.value.verifiedOn,
    designatedOn: decree.issuedOn,
    recordedBy: principal.username,
    region: site.region,
    decree: { number: decree.number, issuedOn: decree.issuedOn },
  };
  const designated = await designate(
    params.tukId,
    {
      ...body,
      basedOnVerification: basedOn?.verificationId ?? '',
      recordedBy: principal.username,
      recordedAt: at,
    },
    testSite,
  );
  if (!designated) throw cohortNotFound();
  return { statusCode: 201, body: { ...cohort, testSite } };
};
