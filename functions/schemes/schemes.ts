import { checkAttendance, checkRetestDecision } from '../../domain/scheme/refreshment';
import { publishSchemeVersion as publish } from '../../domain/scheme/version';
import { dateInWib, type IsoDate } from '../../domain/shared/dates';
import type { EnrolmentRecord } from '../../events/api/scheme';
import type { routes } from '../../events/api/routes';
import {
  enrolmentsOfVersion,
  recordEnrolmentChange,
  recordSchemeVersion,
} from '../../adapters/dynamodb/scheme-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { conflict, rulesNotMet } from '../../runtime/http/http-error';
import { enrolHolders, schemeVersions, versionPublished } from '../../services/scheme/register';
import { enrolmentChanged, enrolmentOr404, stateOf } from '../../services/scheme/enrolment';

/*
 * The register of scheme versions and the update of holders' certificates (Perban BKN 7/2020 Pasal 13(2),
 * 15(4)-(5), 35(3)): BKN publishes a version, its holders are enrolled, their attendance and re-test decisions
 * are recorded, and each certificate is re-issued from those records.
 */

/** Writes the enrolment's next state (its revision one more) while it still has the one read. */
async function recordNext(
  enrolment: EnrolmentRecord,
  changes: Partial<EnrolmentRecord>,
  certificateId: string,
): Promise<EnrolmentRecord> {
  const next: EnrolmentRecord = { ...enrolment, ...changes, revision: enrolment.revision + 1 };
  if (!(await recordEnrolmentChange(next, certificateId))) throw enrolmentChanged();
  return next;
}

/** The scheme's versions: version 1 (the 2019 handbook) and every one BKN published since. */
export const listSchemeVersions: Operation<typeof routes.listSchemeVersions> = async ({ params }) => ({
  statusCode: 200,
  body: { scheme: params.scheme, versions: await schemeVersions(params.scheme) },
});

/**
 * Pages of holders (100 each) the publication enrols itself, so the request lasts the same however many hold the
 * scheme (API Gateway answers 503 after 29 s); most schemes' holders fit, and are enrolled when it answers. The
 * queue (functions/scheme-enrolment) goes over every page from the first, a page per message, started by the
 * event written with the version: the holders past these are enrolled there, and those of a request that
 * stopped after its commit too.
 */
const PAGES_IN_REQUEST = 5;

/**
 * BKN publishes the next version of a scheme (Pasal 13(2)), choosing per change what it asks of the holders
 * (Pasal 15(4)-(5)); every holder of a certificate in force on an older version is enrolled (Pasal 35(3)): in the
 * request, or after it from the queue (`enrolment: DILANJUTKAN`; GET …/enrolments lists them as they are).
 */
export const publishSchemeVersion: Operation<typeof routes.publishSchemeVersion> = async ({
  params,
  body,
  principal,
  now,
  correlationId,
}) => {
  const versions = await schemeVersions(params.scheme);
  const decision = publish(versions.at(-1)!, { ...body, effectiveOn: body.effectiveOn as IsoDate });
  if (!decision.ok) throw rulesNotMet(decision.violations);
  const version = { ...decision.value, publishedBy: principal.username, publishedAt: now.toISOString() };
  const enrolledOn = dateInWib(now);
  if (!(await recordSchemeVersion(version, versionPublished(version, enrolledOn, correlationId)))) {
    throw conflict(
      'SCHEME_VERSION_CHANGED',
      `Versi ${body.version} sudah tercatat, atau versi lain diterbitkan bersamaan. Muat ulang dan coba lagi.`,
    );
  }
  const target = decision.value;
  const { next, ...enrolled } = await enrolHolders(
    target,
    [...versions, target],
    enrolledOn,
    PAGES_IN_REQUEST,
  );
  return { statusCode: 201, body: { version, ...enrolled, enrolment: next ? 'DILANJUTKAN' : 'SELESAI' } };
};

/** One page of the holders enrolled for a version, with what each still needs. */
export const listEnrolments: Operation<typeof routes.listEnrolments> = async ({ params, query }) => {
  const page = await enrolmentsOfVersion(params.scheme, params.version, {
    limit: query.limit,
    cursor: query.cursor,
  });
  return {
    statusCode: 200,
    body: {
      scheme: params.scheme,
      version: params.version,
      enrolments: page.items,
      ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
    },
  };
};

/** The holder's attendance of the refreshment programme (Pasal 15(5)). */
export const recordRefreshmentAttendance: Operation<typeof routes.recordRefreshmentAttendance> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const enrolment = await enrolmentOr404(params);
  const checked = checkAttendance(stateOf(enrolment), body.attendedOn as IsoDate, dateInWib(now));
  if (!checked.ok) throw rulesNotMet(checked.violations);
  const attendance = { ...body, recordedBy: principal.username, recordedAt: now.toISOString() };
  return { statusCode: 200, body: await recordNext(enrolment, { attendance }, params.certificateId) };
};

/** The decision on the units the holder is tested on again (Pasal 15(4)), by who decided and on what evidence. */
export const recordRetestDecision: Operation<typeof routes.recordRetestDecision> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const enrolment = await enrolmentOr404(params);
  const checked = checkRetestDecision(stateOf(enrolment), body.units);
  if (!checked.ok) throw rulesNotMet(checked.violations);
  const decision = {
    ...body,
    decidedOn: dateInWib(now),
    decidedBy: principal.username,
    decidedAt: now.toISOString(),
  };
  const changes = { status: checked.value, decisions: [...enrolment.decisions, decision] };
  return { statusCode: 200, body: await recordNext(enrolment, changes, params.certificateId) };
};
