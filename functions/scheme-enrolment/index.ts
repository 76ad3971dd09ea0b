import type { SQSRecord } from 'aws-lambda';
import type { IsoDate } from '../../domain/shared/dates';
import { SchemeEnrolmentRequested } from '../../events/messages/scheme-enrolment-requested';
import { requestSchemeEnrolment } from '../../adapters/sqs/scheme-enrolment-queue';
import { now as clock } from '../../runtime/clock';
import { logger } from '../../runtime/logger';
import { sqsWorker } from '../../runtime/sqs-worker';
import { enrolPage, schemeVersions } from '../../services/scheme/register';

/**
 * Enrols one page of a scheme's holders on the version BKN published (Perban BKN 7/2020 Pasal 35(3)), the pages a
 * publication with many holders left to the queue (functions/schemes), then asks for the next page. The next
 * message is sent before this one is done: a failure after the send redelivers this page, whose holders are each
 * enrolled once, so no page is lost and none is enrolled twice. A holder the new version cannot take is logged
 * with the rule it fails, as the publication's answer names those of its own pages.
 */
async function enrolNextPage(record: SQSRecord): Promise<void> {
  const message = SchemeEnrolmentRequested.parse(JSON.parse(record.body));
  const { scheme, targetVersion, olderVersion, cursor, enrolledOn } = message;
  const versions = await schemeVersions(scheme);
  const target = versions.find((v) => v.version === targetVersion);
  if (!target) throw new Error(`Scheme ${scheme} has no version ${targetVersion}`);
  const page = await enrolPage(target, versions, enrolledOn as IsoDate, {
    olderVersion,
    ...(cursor ? { cursor } : {}),
  });
  for (const refused of page.notEnrolled) {
    logger.warn('holder not enrolled on the new version', { scheme, targetVersion, ...refused });
  }
  logger.info('holders enrolled', { scheme, targetVersion, olderVersion, enrolled: page.enrolled });
  if (page.next) {
    await requestSchemeEnrolment(
      { scheme, targetVersion, ...page.next, enrolledOn },
      message.correlationId,
      clock(),
    );
  }
}

export const handler = sqsWorker(() => enrolNextPage);
