import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { SchemeCode } from '../../domain/reference/schemes';
import type { SchemeVersion } from '../../domain/scheme/version';
import type { EnrolmentRecord } from '../../events/api/scheme';
import type { SchemeVersionPublished } from '../../events/messages/scheme-events';
import { dynamo } from '../../runtime/clients';
import {
  enrolmentKey,
  enrolmentsPartition,
  schemeHoldersPartition,
  schemePartition,
  SCHEME_VERSION_PREFIX,
  schemeVersionIdKey,
  schemeVersionKey,
} from './keys';
import { outboxPut } from './outbox-repository';
import type { Page } from './pagination';
import { queryAll, queryPage, skBeginsWith } from './query';
import { GSI2, KEY, sendIf, tableName, transactOrFalse, type TransactItem, withoutKeys } from './table';

/*
 * The register of scheme versions and the holders' enrolments. Key shapes (adapters/dynamodb/keys.ts) and access
 * patterns SC1-SC7: docs/data-model.md.
 *  - a published version:   pk SCHEME#<scheme>, sk VERSION#<sequence, 3 digits> (version 1 is data, never stored)
 *  - its id's guard:        pk SCHEME#<scheme>, sk VERSION_ID#<version>
 *  - holders on a version:  gsi2 SCHEME#<scheme>#HOLDERS#<version> / <programId>#<nip> (the C15 holding items)
 *  - an enrolment:          pk SCHEME#<scheme>#VERSION#<version>#ENROLMENTS, sk ENROLMENT#<certificateId>
 */

/**
 * SC1: records a published version, all or nothing: its sequence only if not taken (another version was
 * published meanwhile), its id only if the scheme has no version of that id, and the event announcing it (E1),
 * whose delivery to the scheme enrolment queue enrols every holder even if the request stops right after. False
 * when the sequence or the id was taken.
 */
export function recordSchemeVersion(
  version: SchemeVersion & { publishedBy: string; publishedAt: string },
  published: SchemeVersionPublished,
): Promise<boolean> {
  return transactOrFalse([
    {
      Put: {
        TableName: tableName(),
        Item: { ...schemeVersionKey(version.scheme, version.sequence), entity: 'SchemeVersion', ...version },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    {
      Put: {
        TableName: tableName(),
        Item: {
          ...schemeVersionIdKey(version.scheme, version.version),
          entity: 'SchemeVersionId',
          sequence: version.sequence,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    outboxPut({ detailType: 'SchemeVersionPublished', detail: published, occurredAt: version.publishedAt }),
  ]);
}

/** SC2: the published versions of a scheme (2 onwards), in sequence (strongly consistent). */
export async function publishedSchemeVersions(scheme: SchemeCode): Promise<SchemeVersion[]> {
  const items = await queryAll({
    ...skBeginsWith(schemePartition(scheme), SCHEME_VERSION_PREFIX),
    ConsistentRead: true,
  });
  return items.map((item) => withoutKeys<SchemeVersion>(item));
}

export interface SchemeHolder {
  registrationNumber: string;
  programId: string;
  nip: string;
}

/**
 * SC3: one page of whoever holds a certificate of the scheme on `version` (their holding, C15), revoked or not;
 * pass the page's `nextCursor` to read the next. A page at a time, so that enrolling every holder of a scheme
 * (thousands at national scale) is a page per request or per queue message, never the whole list at once.
 */
export function holdersPage(
  scheme: SchemeCode,
  version: string,
  page: { limit: number; cursor?: string },
): Promise<Page<SchemeHolder>> {
  return queryPage(
    { index: GSI2, pk: schemeHoldersPartition(scheme, version), limit: page.limit, cursor: page.cursor },
    (item) => ({
      registrationNumber: String(item.registrationNumber),
      programId: String(item.programId),
      nip: String(item.nip),
    }),
  );
}

const enrolmentItem = (enrolment: EnrolmentRecord, certificateId: string) => ({
  ...enrolmentKey(enrolment.scheme, enrolment.toVersion, certificateId),
  entity: 'SchemeVersionEnrolment',
  ...enrolment,
});

/** SC4: one enrolment, by the enrolled certificate's id (strongly consistent). */
export async function findEnrolment(
  scheme: SchemeCode,
  version: string,
  certificateId: string,
): Promise<EnrolmentRecord | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({
      TableName: tableName(),
      Key: enrolmentKey(scheme, version, certificateId),
      ConsistentRead: true,
    }),
  );
  return Item ? withoutKeys<EnrolmentRecord>(Item) : undefined;
}

/**
 * SC5: one page of the enrolments of a version, by certificate id (one per holder enrolled, thousands at national
 * scale); pass the page's `nextCursor` to read the next.
 */
export function enrolmentsOfVersion(
  scheme: SchemeCode,
  version: string,
  page: { limit: number; cursor?: string },
): Promise<Page<EnrolmentRecord>> {
  return queryPage(
    { index: KEY, pk: enrolmentsPartition(scheme, version), limit: page.limit, cursor: page.cursor },
    (item) => withoutKeys<EnrolmentRecord>(item),
  );
}

/** SC6: enrols a holder once; false when the certificate is already enrolled for the version. */
export function recordEnrolment(enrolment: EnrolmentRecord, certificateId: string): Promise<boolean> {
  return sendIf(
    new PutCommand({
      TableName: tableName(),
      Item: enrolmentItem(enrolment, certificateId),
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/** SC7: the conditional Put of an enrolment's next state, only while it still has the revision that was read. */
const enrolmentChangePut = (next: EnrolmentRecord, certificateId: string) => ({
  TableName: tableName(),
  Item: enrolmentItem(next, certificateId),
  ConditionExpression: '#revision = :seen',
  ExpressionAttributeNames: { '#revision': 'revision' },
  ExpressionAttributeValues: { ':seen': next.revision - 1 },
});

/** SC7 in a transaction: the completion goes with the certificate's new version. */
export const enrolmentChange = (next: EnrolmentRecord, certificateId: string): TransactItem => ({
  Put: enrolmentChangePut(next, certificateId),
});

/** SC7 (attendance, decision): false when the enrolment changed since it was read. */
export const recordEnrolmentChange = (next: EnrolmentRecord, certificateId: string): Promise<boolean> =>
  sendIf(new PutCommand(enrolmentChangePut(next, certificateId)));
