import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { withoutSigning } from '../../../tools/local/unsigned-requests';

/** A client whose transport keeps the request it was handed and answers an empty table list. */
function capturingClient(seen: { headers: Record<string, string> }[]) {
  return new DynamoDBClient({
    region: 'ap-southeast-3',
    endpoint: 'http://127.0.0.1:9',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    requestHandler: {
      handle: async (request: { headers: Record<string, string> }) => {
        seen.push(request);
        const body = new TextEncoder().encode('{"TableNames":[]}');
        return { response: { statusCode: 200, headers: {}, body: new Blob([body]).stream() } };
      },
    } as never,
  });
}

describe('local clients send a fixed Authorization header instead of a SigV4 signature', () => {
  it('an unsigned client carries the local credential and no signature date; a normal one is signed', async () => {
    // Prepare
    const seen: { headers: Record<string, string> }[] = [];
    const unsigned = capturingClient(seen);
    withoutSigning(unsigned);

    // Act
    await unsigned.send(new ListTablesCommand({}));
    await capturingClient(seen).send(new ListTablesCommand({}));

    // Assess
    const [local, signed] = seen.map((r) => r.headers);
    expect(local!.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=local\/.*Signature=0$/);
    expect(local!['x-amz-date']).toBeUndefined();
    expect(signed!.authorization).toMatch(/Signature=[0-9a-f]{64}$/);
    expect(signed!['x-amz-date']).toBeDefined();
  });
});
