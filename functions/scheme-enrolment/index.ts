import type { SQSRecord } from 'aws-lambda';
import * as z from 'zod';
import type { IsoDate } from '../../domain/shared/dates';
import { SchemeEnrolmentRequested } from '../../events/messages/scheme-enrolment-requested';
import { SchemeVersionPublished } from '../../events/messages/scheme-events';
import { requestSchemeEnrolment } from '../../adapters/sqs/scheme-enrolment-queue';
import { now as clock } from '../../runtime/clock';
import { logger } from '../../runtime/logger';
import { sqsWorker } from '../../runtime/sqs-worker';
import { enrolPage, firstPosition, schemeVersions } from '../../services/scheme/register';

/**
 * What the queue carries, as the page it names: the SchemeEnrolmentRequested of the page after one enrolled, or
 * the version's SchemeVersionPublished as EventBridge delivers it (the rule of infra/resource-model.ts
 * EVENT_RULES.schemeEnrolment; the envelope's other fields are not read), which starts at the first page.
 */
export const SchemeEnrolmentMessage = z.union([
  SchemeEnrolmentRequested.transform((m) => ({
    scheme: m.scheme,
    targetVersion: m.targetVersion,
    at: { olderVersion: m.olderVersion, ...(m.cursor ? { cursor: m.cursor } : {}) },
    enrolledOn: m.enrolledOn,
    correlationId: m.correlationId,
  })),
  z
    .looseObject({ 'detail-type': z.literal('SchemeVersionPublished'), detail: SchemeVersionPublished })
    .transform(({ detail }) => ({
      scheme: detail.scheme,
      targetVersion: detail.version,
      at: undefined,
      enrolledOn: detail.publishedOn,
      correlationId: detail.correlationId,
    })),
]);

/**
 * Enrols one page of a scheme's holders on the version BKN published (Perban BKN 7/2020 Pasal 35(3)), then asks
 * for the next page: from the first page, started by the event written with the version (functions/schemes, SC1),
 * so every holder is enrolled once the version is recorded, whatever became of the request, which enrols the first
 * pages itself (their holders found enrolled here are left as they are). The next message is sent before this one
 * is done: a failure after the send redelivers this page, whose holders are each enrolled once, so no page is lost
 * and none is enrolled twice. A holder the new version cannot take is logged with the rule it fails, as the
 * publication's answer names those of its own pages.
 */
async function enrolNextPage(record: SQSRecord): Promise<void> {
  const { scheme, targetVersion, at, enrolledOn, correlationId } = SchemeEnrolmentMessage.parse(
    JSON.parse(record.body),
  );
  const versions = await schemeVersions(scheme);
  const target = versions.find((v) => v.version === targetVersion);
  if (!target) throw new Error(`Scheme ${scheme} has no version ${targetVersion}`);
  const position = at ?? firstPosition(target, versions);
  if (!position) return; // only version 1 has no older one, and it is never published

  const page = await enrolPage(target, versions, enrolledOn as IsoDate, position);
  for (const refused of page.notEnrolled) {
    logger.warn('holder not enrolled on the new version', { scheme, targetVersion, ...refused });
  }
  logger.info('holders enrolled', {
    scheme,
    targetVersion,
    olderVersion: position.olderVersion,
    enrolled: page.enrolled,
  });
  if (page.next) {
    await requestSchemeEnrolment({ scheme, targetVersion, ...page.next, enrolledOn }, correlationId, clock());
  }
}

export const handler = sqsWorker(() => enrolNextPage);
