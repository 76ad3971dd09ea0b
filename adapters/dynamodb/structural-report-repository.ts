import { randomUUID } from 'node:crypto';
import { BatchWriteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type {
  StructuralReport,
  StructuralReportRead,
  StructuralResult,
} from '../../events/api/structural-report';
import { dynamo } from '../../runtime/clients';
import {
  structuralPartition,
  structuralReportKey,
  structuralReportPrefix,
  structuralReportReadKey,
  structuralReportReadPrefix,
  structuralResultKey,
  structuralResultPrefix,
} from './keys';
import type { Page } from './pagination';
import { queryAll, queryPage, skBeginsWith } from './query';
import { KEY, sendIf, tableName, withoutKeys } from './table';

/*
 * The results and the confidential report of a structural candidate's assessment (docs/data-model.md,
 * "Structural-position assessment", SH1-SH10), in the instansi's structural partition. Results are written once
 * per method and never changed; the report once per candidate, filed under the position the PPK determined, so
 * that Baperjakat lists a position's reports with one Query; every read of a report is an item of its own. Each
 * nomination of a NIP in the instansi has its own (`nomination`, keys.ts structuralNominationSubject): a later one
 * is assessed anew while the earlier one's results, report and reads stay as they were.
 */

/** The report as kept: its validity is computed on each read from the business clock, never stored. */
export type StoredStructuralReport = Omit<StructuralReport, 'validUntil' | 'status'>;

/** SH1: a method's result, once per candidate and method; false when it is recorded already. */
export function saveStructuralResult(result: StructuralResult): Promise<boolean> {
  return sendIf(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...structuralResultKey(result.instansiCode, result.nip, result.method, result.nomination),
        entity: 'StructuralResult',
        ...result,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/** SH2: the results of a nomination, by method, strongly consistent (the report is checked against them). */
export async function listStructuralResults(
  instansiCode: string,
  nip: string,
  nomination?: number,
): Promise<StructuralResult[]> {
  const items = await queryAll({
    ...skBeginsWith(structuralPartition(instansiCode), structuralResultPrefix(nip, nomination)),
    ConsistentRead: true,
  });
  return items.map((item) => withoutKeys<StructuralResult>(item));
}

/** SH3: the report, once per candidate; false when one was sent already. */
export function saveStructuralReport(report: StoredStructuralReport): Promise<boolean> {
  return sendIf(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...structuralReportKey(report.instansiCode, report.positionCode, report.nip, report.nomination),
        entity: 'StructuralReport',
        ...report,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/** SH4: the report of a nomination, under the position the PPK determined the candidate for. */
export async function findStructuralReport(
  instansiCode: string,
  positionCode: string,
  nip: string,
  nomination?: number,
): Promise<StoredStructuralReport | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({
      TableName: tableName(),
      Key: structuralReportKey(instansiCode, positionCode, nip, nomination),
      ConsistentRead: true,
    }),
  );
  return Item ? withoutKeys<StoredStructuralReport>(Item) : undefined;
}

/**
 * SH5: one page of the reports of one position of the instansi, by NIP; SH10: of all its positions, by position
 * and NIP (they accumulate over the years); pass the page's `nextCursor` to read the next.
 */
export function listPositionReports(
  instansiCode: string,
  positionCode: string | undefined,
  options: { limit: number; cursor?: string },
): Promise<Page<StoredStructuralReport>> {
  return queryPage(
    {
      index: KEY,
      pk: structuralPartition(instansiCode),
      skBeginsWith: { name: 'prefix', value: structuralReportPrefix(positionCode) },
      limit: options.limit,
      cursor: options.cursor,
    },
    (item) => withoutKeys<StoredStructuralReport>(item),
  );
}

const readItem = (read: StructuralReportRead) => ({
  ...structuralReportReadKey(read.instansiCode, read.nip, read.at, randomUUID().slice(0, 8), read.nomination),
  entity: 'StructuralReportRead',
  ...read,
});

/** SH6: logs one read of a report (written before the report is answered). */
export async function logReportRead(read: StructuralReportRead): Promise<void> {
  await dynamo().send(new PutCommand({ TableName: tableName(), Item: readItem(read) }));
}

/** SH7: logs the reads of a listing, 25 a request, every unprocessed item again until none is left. */
export async function logReportReads(reads: readonly StructuralReportRead[]): Promise<void> {
  for (let i = 0; i < reads.length; i += 25) {
    let requests = reads.slice(i, i + 25).map((read) => ({ PutRequest: { Item: readItem(read) } }));
    while (requests.length > 0) {
      const { UnprocessedItems } = await dynamo().send(
        new BatchWriteCommand({ RequestItems: { [tableName()]: requests } }),
      );
      requests = (UnprocessedItems?.[tableName()] ?? []) as typeof requests;
    }
  }
}

/** SH8: the reads of a nomination's report, by time. */
export async function listReportReads(
  instansiCode: string,
  nip: string,
  nomination?: number,
): Promise<StructuralReportRead[]> {
  const items = await queryAll(
    skBeginsWith(structuralPartition(instansiCode), structuralReportReadPrefix(nip, nomination)),
  );
  return items.map((item) => withoutKeys<StructuralReportRead>(item));
}

/** SH9: appends the PPK's feedback to an existing report; false when there is no report. */
export function appendReportFeedback(
  instansiCode: string,
  positionCode: string,
  nip: string,
  feedback: StoredStructuralReport['feedback'][number],
  nomination?: number,
): Promise<boolean> {
  return sendIf(
    new UpdateCommand({
      TableName: tableName(),
      Key: structuralReportKey(instansiCode, positionCode, nip, nomination),
      ConditionExpression: 'attribute_exists(pk)',
      UpdateExpression: 'SET #feedback = list_append(#feedback, :feedback)',
      ExpressionAttributeNames: { '#feedback': 'feedback' },
      ExpressionAttributeValues: { ':feedback': [feedback] },
    }),
  );
}
