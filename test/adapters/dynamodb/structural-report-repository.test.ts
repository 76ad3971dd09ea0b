import '../../functions/helpers/env';
import {
  BatchWriteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  appendReportFeedback,
  findStructuralReport,
  listPositionReports,
  listReportReads,
  listStructuralResults,
  logReportRead,
  logReportReads,
  saveStructuralReport,
  saveStructuralResult,
  type StoredStructuralReport,
} from '../../../adapters/dynamodb/structural-report-repository';
import {
  StructuralReport,
  StructuralReportRead,
  StructuralResult,
} from '../../../events/api/structural-report';
import { TABLE_NAME } from '../../functions/helpers/env';
import { conditionFailed } from './dynamodb-errors';

const ddb = mockClient(DynamoDBDocumentClient);
beforeEach(() => ddb.reset());

const RESULT = structuredClone((StructuralResult.meta()?.examples as StructuralResult[])[0]!);
const {
  validUntil: _until,
  status: _status,
  ...REPORT
} = structuredClone((StructuralReport.meta()?.examples as StructuralReport[])[0]!);
const STORED: StoredStructuralReport = REPORT;
const READ = structuredClone((StructuralReportRead.meta()?.examples as StructuralReportRead[])[0]!);
const PK = `STRUCTURAL#${RESULT.instansiCode}`;
const REPORT_KEY = { pk: PK, sk: `REPORT#${REPORT.positionCode}#${REPORT.nip}` };
const resultItem = {
  pk: PK,
  sk: `RESULT#${RESULT.nip}#WAWANCARA_KOMPETENSI`,
  entity: 'StructuralResult',
  ...RESULT,
};
const reportItem = { ...REPORT_KEY, entity: 'StructuralReport', ...STORED };

describe('structural report repository', () => {
  it('SH1: records a method result once per candidate and method', async () => {
    ddb.on(PutCommand).resolvesOnce({}).rejectsOnce(conditionFailed());
    expect(await saveStructuralResult(RESULT)).toBe(true);
    expect(await saveStructuralResult(RESULT)).toBe(false);
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Item: resultItem,
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  });

  it("SH2: a candidate's results by method, strongly consistent", async () => {
    ddb.on(QueryCommand).resolves({ Items: [resultItem] });
    expect(await listStructuralResults(RESULT.instansiCode, RESULT.nip)).toStrictEqual([RESULT]);
    expect(ddb.commandCalls(QueryCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': PK, ':prefix': `RESULT#${RESULT.nip}#` },
      ConsistentRead: true,
    });
  });

  it('SH3: records the report once per candidate, under its position', async () => {
    ddb.on(PutCommand).resolvesOnce({}).rejectsOnce(conditionFailed());
    expect(await saveStructuralReport(STORED)).toBe(true);
    expect(await saveStructuralReport(STORED)).toBe(false);
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Item: reportItem,
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  });

  it("SH4: a candidate's report under its registered position, strongly consistent", async () => {
    ddb.on(GetCommand).resolves({ Item: reportItem });
    expect(await findStructuralReport(REPORT.instansiCode, REPORT.positionCode, REPORT.nip)).toStrictEqual(
      STORED,
    );
    expect(ddb.commandCalls(GetCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Key: REPORT_KEY,
      ConsistentRead: true,
    });
  });

  const page = (prefix: string, limit: number) => ({
    TableName: TABLE_NAME,
    KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
    ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
    ExpressionAttributeValues: { ':pk': PK, ':prefix': prefix },
    Limit: limit,
  });

  it('SH5: one page of the reports of one position, by NIP, after the cursor', async () => {
    const lastKey = { pk: PK, sk: `REPORT#${REPORT.positionCode}#${REPORT.nip}` };
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [reportItem], LastEvaluatedKey: lastKey })
      .resolves({ Items: [] });
    const first = await listPositionReports(REPORT.instansiCode, REPORT.positionCode, { limit: 1 });
    expect(first).toStrictEqual({ items: [STORED], nextCursor: expect.any(String) });
    expect(
      await listPositionReports(REPORT.instansiCode, REPORT.positionCode, {
        limit: 1,
        cursor: first.nextCursor,
      }),
    ).toStrictEqual({ items: [] });
    expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input)).toStrictEqual([
      page(`REPORT#${REPORT.positionCode}#`, 1),
      { ...page(`REPORT#${REPORT.positionCode}#`, 1), ExclusiveStartKey: lastKey },
    ]);
  });

  it('SH10: one page of the reports of every position of the instansi', async () => {
    ddb.on(QueryCommand).resolves({ Items: [reportItem] });
    expect(await listPositionReports(REPORT.instansiCode, undefined, { limit: 100 })).toStrictEqual({
      items: [STORED],
    });
    expect(ddb.commandCalls(QueryCommand)[0]!.args[0].input).toStrictEqual(page('REPORT#', 100));
  });

  it('SH6: logs one read of a report, by time', async () => {
    ddb.on(PutCommand).resolves({});
    await logReportRead(READ);
    const { Item } = ddb.commandCalls(PutCommand)[0]!.args[0].input as { Item: Record<string, unknown> };
    expect(Item).toStrictEqual({
      pk: PK,
      sk: expect.stringMatching(new RegExp(`^REPORTREAD#${READ.nip}#${READ.at}#[0-9a-f]{8}$`)),
      entity: 'StructuralReportRead',
      ...READ,
    });
  });

  it("SH7: logs a listing's reads 25 a request, sending the unprocessed ones again", async () => {
    const reads = Array.from({ length: 26 }, () => READ);
    ddb
      .on(BatchWriteCommand)
      .resolvesOnce({ UnprocessedItems: { [TABLE_NAME]: [{ PutRequest: { Item: { pk: PK, sk: 'x' } } }] } })
      .resolves({});
    await logReportReads(reads);
    const sizes = ddb
      .commandCalls(BatchWriteCommand)
      .map((c) => c.args[0].input.RequestItems![TABLE_NAME]!.length);
    expect(sizes).toEqual([25, 1, 1]);
  });

  it("SH8: a report's reads, by time", async () => {
    ddb
      .on(QueryCommand)
      .resolves({ Items: [{ pk: PK, sk: 'REPORTREAD#x', entity: 'StructuralReportRead', ...READ }] });
    expect(await listReportReads(READ.instansiCode, READ.nip)).toStrictEqual([READ]);
    expect(ddb.commandCalls(QueryCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': PK, ':prefix': `REPORTREAD#${READ.nip}#` },
    });
  });

  it("SH1-SH4, SH6, SH8-SH9: a later nomination's results, report and reads under `<nip>~<n>`, apart from the first's", async () => {
    ddb.on(QueryCommand).resolves({ Items: [] });
    ddb.on(GetCommand).resolves({});
    const second = { nomination: 2 };
    await saveStructuralResult({ ...RESULT, ...second });
    await listStructuralResults(RESULT.instansiCode, RESULT.nip, 2);
    await saveStructuralReport({ ...STORED, ...second });
    await findStructuralReport(REPORT.instansiCode, REPORT.positionCode, REPORT.nip, 2);
    await logReportRead({ ...READ, ...second });
    await listReportReads(READ.instansiCode, READ.nip, 2);
    await appendReportFeedback(
      REPORT.instansiCode,
      REPORT.positionCode,
      REPORT.nip,
      { notes: 'n', by: 'p', at: 'T' },
      2,
    );
    const subject = `${RESULT.nip}~0002`;
    const puts = ddb.commandCalls(PutCommand).map((c) => c.args[0].input.Item!);
    expect(puts.map((i) => [i.sk, i.nomination])).toEqual([
      [`RESULT#${subject}#WAWANCARA_KOMPETENSI`, 2],
      [`REPORT#${REPORT.positionCode}#${subject}`, 2],
      [expect.stringMatching(new RegExp(`^REPORTREAD#${subject}#${READ.at}#[0-9a-f]{8}$`)), 2],
    ]);
    expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input.ExpressionAttributeValues)).toEqual([
      { ':pk': PK, ':prefix': `RESULT#${subject}#` },
      { ':pk': PK, ':prefix': `REPORTREAD#${subject}#` },
    ]);
    expect([
      ddb.commandCalls(GetCommand)[0]!.args[0].input.Key,
      ddb.commandCalls(UpdateCommand)[0]!.args[0].input.Key,
    ]).toEqual([
      { pk: PK, sk: `REPORT#${REPORT.positionCode}#${subject}` },
      { pk: PK, sk: `REPORT#${REPORT.positionCode}#${subject}` },
    ]);
  });

  it('SH9: appends feedback to an existing report only', async () => {
    ddb.on(UpdateCommand).resolvesOnce({}).rejectsOnce(conditionFailed());
    const feedback = { notes: 'Pelatihan kepemimpinan.', by: 'ppk.kemenpan', at: '2025-03-20T03:00:00.000Z' };
    expect(await appendReportFeedback(REPORT.instansiCode, REPORT.positionCode, REPORT.nip, feedback)).toBe(
      true,
    );
    expect(await appendReportFeedback(REPORT.instansiCode, REPORT.positionCode, REPORT.nip, feedback)).toBe(
      false,
    );
    expect(ddb.commandCalls(UpdateCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Key: REPORT_KEY,
      ConditionExpression: 'attribute_exists(pk)',
      UpdateExpression: 'SET #feedback = list_append(#feedback, :feedback)',
      ExpressionAttributeNames: { '#feedback': 'feedback' },
      ExpressionAttributeValues: { ':feedback': [feedback] },
    });
  });
});
