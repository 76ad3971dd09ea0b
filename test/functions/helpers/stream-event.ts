import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';

const STREAM_ARN =
  'arn:aws:dynamodb:ap-southeast-3:123456789012:table/sertifikasi-test/stream/2027-08-20T03:00:00.000';

/** One record of the table's stream (KEYS_ONLY view), as the event source mapping hands it over. */
export function streamRecord(
  key: { pk: string; sk: string },
  sequenceNumber: string,
  eventName: DynamoDBRecord['eventName'] = 'INSERT',
): DynamoDBRecord {
  return {
    eventID: `event-${sequenceNumber}`,
    eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: 'ap-southeast-3',
    eventSourceARN: STREAM_ARN,
    dynamodb: {
      ApproximateCreationDateTime: 1_818_640_805,
      Keys: { pk: { S: key.pk }, sk: { S: key.sk } },
      SequenceNumber: sequenceNumber,
      SizeBytes: 80,
      StreamViewType: 'KEYS_ONLY',
    },
  };
}

export const streamEvent = (...records: DynamoDBRecord[]): DynamoDBStreamEvent => ({ Records: records });
