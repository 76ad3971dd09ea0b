import { randomUUID } from 'node:crypto';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import fixture from '../fixtures/sqs-record.json';

/** One SQS record with `body` (a string, or anything else sent as JSON) and a fresh message id. */
export function sqsRecord(body: unknown, messageId: string = randomUUID()): SQSRecord {
  const record = structuredClone(fixture) as SQSRecord;
  record.messageId = messageId;
  record.body = typeof body === 'string' ? body : JSON.stringify(body);
  return record;
}

export const sqsEvent = (...records: SQSRecord[]): SQSEvent => ({ Records: records });
