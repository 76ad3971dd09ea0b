import { certificateIdOf } from '../../events/api/certificate-id';
import type { EnrolmentRecord } from '../../events/api/scheme';
import type { SchemeVersionPublished } from '../../events/messages/scheme-events';
import type { SchemeCode } from '../../domain/reference/schemes';
import { planEnrolment } from '../../domain/scheme/refreshment';
import { firstSchemeVersion, versionInForce, type SchemeVersion } from '../../domain/scheme/version';
import type { IsoDate } from '../../domain/shared/dates';
import { BATCH_READ_LIMIT, certificatesInForce } from '../../adapters/dynamodb/certificate-repository';
import { eventIdOf } from '../../adapters/dynamodb/outbox-repository';
import {
  holdersPage,
  publishedSchemeVersions,
  recordEnrolment,
} from '../../adapters/dynamodb/scheme-repository';

/*
 * The register of scheme versions as the operations read it: version 1 (the 2019 handbook) is data, the later
 * ones are stored as BKN publishes them (Perban BKN 7/2020 Pasal 13(2), 35(3)).
 */

/** Every version of the scheme, in sequence: version 1, then the published ones. */
export async function schemeVersions(scheme: SchemeCode): Promise<SchemeVersion[]> {
  return [firstSchemeVersion(scheme), ...(await publishedSchemeVersions(scheme))];
}

/** The id of the scheme's version in force on `date`. */
export async function schemeVersionInForce(scheme: SchemeCode, date: IsoDate): Promise<string> {
  return versionInForce(await schemeVersions(scheme), date).version;
}

/**
 * The event announcing `version`, published on `publishedOn` (WIB), written with it (SC1): its delivery to the
 * scheme enrolment queue starts the enrolment of every holder from the first, whatever becomes of the request.
 */
export const versionPublished = (
  version: SchemeVersion,
  publishedOn: IsoDate,
  correlationId: string,
): SchemeVersionPublished => ({
  eventId: eventIdOf(`SKEMA/${version.scheme}`, version.sequence),
  scheme: version.scheme,
  version: version.version,
  sequence: version.sequence,
  effectiveOn: version.effectiveOn,
  publishedOn,
  correlationId,
});

export interface Enrolled {
  /**
   * Holders of the pages gone through who are enrolled on the version: by this call's Put, or already (the queue
   * goes over the same pages, before, after or alongside the request).
   */
  enrolled: number;
  notEnrolled: { registrationNumber: string; code: string; message: string }[];
}

/**
 * Where the enrolment of a published version's holders stands: the older version whose holders come next, after
 * `cursor` (SC3's page cursor; none: from its first holder).
 */
export interface EnrolmentPosition {
  olderVersion: string;
  cursor?: string;
}

/** What enrolling some pages did, and where the holders left start (none: every holder is enrolled). */
export type EnrolledPages = Enrolled & { next?: EnrolmentPosition };

/** Holders one page enrols: one SC3 page, their certificates in force in one C19 read. */
export const ENROLMENT_PAGE = BATCH_READ_LIMIT;

const olderThan = (target: SchemeVersion, versions: readonly SchemeVersion[]) =>
  versions.filter((v) => v.sequence < target.sequence);

/** The first holders to enrol for `target`: those of the oldest version. */
export function firstPosition(
  target: SchemeVersion,
  versions: readonly SchemeVersion[],
): EnrolmentPosition | undefined {
  const oldest = olderThan(target, versions)[0];
  return oldest && { olderVersion: oldest.version };
}

/** After a page of `olderVersion`: its next page, or else the first page of the next older version. */
function positionAfter(
  target: SchemeVersion,
  versions: readonly SchemeVersion[],
  olderVersion: string,
  cursor: string | undefined,
): EnrolmentPosition | undefined {
  if (cursor) return { olderVersion, cursor };
  const older = olderThan(target, versions);
  const next = older[older.findIndex((v) => v.version === olderVersion) + 1];
  return next && { olderVersion: next.version };
}

/**
 * Enrols one page of holders of a certificate in force of the scheme on a version older than `target`: the
 * holders listed under `at.olderVersion` after `at.cursor` (SC3), their certificates in force (C19), each enrolled
 * once (SC6) with what the changes ask of them. Idempotent: a holder already enrolled is left as is, so a page
 * enrolled twice (a redelivered message, a page of the request's the queue goes over again) enrols nobody twice.
 */
export async function enrolPage(
  target: SchemeVersion,
  versions: readonly SchemeVersion[],
  today: IsoDate,
  at: EnrolmentPosition,
): Promise<EnrolledPages> {
  const page = await holdersPage(target.scheme, at.olderVersion, {
    limit: ENROLMENT_PAGE,
    ...(at.cursor ? { cursor: at.cursor } : {}),
  });
  const certificates = page.items.length > 0 ? await certificatesInForce(page.items) : [];
  const notEnrolled: Enrolled['notEnrolled'] = [];
  const enrolments: { enrolment: EnrolmentRecord; certificateId: string }[] = [];
  for (const certificate of certificates) {
    if (certificate?.status !== 'AKTIF' || certificate.scheme !== target.scheme) continue;
    const plan = planEnrolment(certificate, versions, target);
    if (!plan.ok) {
      notEnrolled.push(
        ...plan.violations.map((v) => ({
          registrationNumber: certificate.registrationNumber,
          code: v.code,
          message: v.message,
        })),
      );
      continue;
    }
    if (plan.value === null) continue;
    enrolments.push({
      certificateId: certificateIdOf(certificate.registrationNumber),
      enrolment: {
        scheme: target.scheme,
        ...plan.value,
        units: [...plan.value.units],
        registrationNumber: certificate.registrationNumber,
        programId: certificate.programId,
        nip: certificate.nip,
        instansiCode: certificate.instansiCode,
        status: 'TERDAFTAR',
        enrolledOn: today,
        attendance: null,
        decisions: [],
        revision: 0,
      },
    });
  }
  // Each holder's write is its own conditional Put: a page's go at once, not one round trip after another. A Put
  // refused finds the holder already enrolled on the version, which only this publication enrols.
  await Promise.all(enrolments.map((e) => recordEnrolment(e.enrolment, e.certificateId)));
  const next = positionAfter(target, versions, at.olderVersion, page.nextCursor);
  return { enrolled: enrolments.length, notEnrolled, ...(next ? { next } : {}) };
}

/**
 * Enrols holders for `target` from `from` (by default the first), at most `pages` pages of them; `next` says where
 * the holders left start, when some are.
 */
export async function enrolHolders(
  target: SchemeVersion,
  versions: readonly SchemeVersion[],
  today: IsoDate,
  pages: number,
  from: EnrolmentPosition | undefined = firstPosition(target, versions),
): Promise<EnrolledPages> {
  const result: Enrolled = { enrolled: 0, notEnrolled: [] };
  let at = from;
  for (let done = 0; at && done < pages; done++) {
    const page = await enrolPage(target, versions, today, at);
    result.enrolled += page.enrolled;
    result.notEnrolled.push(...page.notEnrolled);
    at = page.next;
  }
  return at ? { ...result, next: at } : result;
}
