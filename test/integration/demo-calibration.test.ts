import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { calibrate } from '../../tools/demo/calibration';

describe("the demo's calibration figure: DynamoDB Local's raw PutItem rate on this machine", () => {
  it('measures PutItems a second on a table of its own, and leaves no table behind', async () => {
    // Prepare
    const client = new DynamoDBClient({
      endpoint: inject('localEndpoints').dynamodb,
      region: 'ap-southeast-3',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    // Act
    const figure = await calibrate(client, { items: 300, concurrency: 4 });
    // Assert
    expect(figure).toMatchObject({ items: 300, itemBytes: 1000, concurrency: 4 });
    expect(figure.putItemsPerSecond).toBeGreaterThan(0);
    const { TableNames = [] } = await client.send(new ListTablesCommand({}));
    expect(TableNames.filter((name) => name.startsWith('calibration-'))).toEqual([]);
  });
});
