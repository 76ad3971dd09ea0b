import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamo } from '../../runtime/clients';
import type { LocalStack } from '../../tools/local/local-stack';
import { Meter, usageBetween } from '../../tools/local/metering';
import { announcementBody, callerFor, eventually, programBody, startTestStack, type Caller } from './helpers';

/*
 * Issue 19 point 2: what each function asks of AWS is counted on the local stack, per function, from the calls
 * the handlers really make: invocations and milliseconds, DynamoDB capacity (as DynamoDB reports it), queue
 * messages, S3 requests, KMS signatures, events; and the load on each partition key.
 */
describe("the local stack counts each function's AWS usage when given a meter", () => {
  const meter = new Meter();
  let stack: LocalStack;
  let admin: Caller;

  beforeAll(async () => {
    stack = await startTestStack({ meter });
    admin = await callerFor(stack, 'admin-bkn');
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it("counts an API function's invocations, its DynamoDB capacity and the partition key it wrote", async () => {
    // Prepare
    const before = meter.reading();

    // Act
    const created = await admin('POST', '/programs', programBody(3_600_000, 7_200_000));
    await admin('GET', `/programs/${created.body.id}`);

    // Assess
    const used = usageBetween(before, meter.reading());
    const programs = used.functions.programs!;
    expect(programs.invocations).toBe(2);
    expect(programs.handlerMs).toBeGreaterThan(0);
    expect(programs.dynamodb.calls).toBeGreaterThanOrEqual(2);
    expect(programs.dynamodb.writeUnits).toBeGreaterThanOrEqual(1);
    expect(programs.dynamodb.readUnits).toBeGreaterThan(0);
    expect(used.keys[`PROGRAM#${created.body.id}`]?.writeUnits).toBeGreaterThanOrEqual(1);
  });

  it('does not count calls made outside a handler, even on the clients the handlers share', async () => {
    // Prepare
    const before = meter.reading();

    // Act
    await dynamo().send(new GetCommand({ TableName: stack.resources.table, Key: { pk: 'X', sk: 'Y' } }));

    // Assess
    expect(meter.reading().functions).toEqual(before.functions);
  });

  it('counts a queued document: the message sent, the worker that received it, its KMS signature and S3 write', async () => {
    // Prepare
    const program = await admin('POST', '/programs', programBody(3_600_000, 7_200_000));
    const before = meter.reading();

    // Act
    expect(
      (await admin('POST', `/programs/${program.body.id}/announcement`, announcementBody())).status,
    ).toBe(202);
    await eventually(async () => {
      const response = await admin('GET', `/programs/${program.body.id}`);
      return response.body.announcement?.status === 'READY' ? true : undefined;
    }, 'the announcement letter');

    // Assess
    const used = usageBetween(before, meter.reading()).functions;
    expect(used.programs!.sqs.messagesSent).toBe(1);
    expect(used.announcementLetter).toMatchObject({
      invocations: 1,
      messagesReceived: 1,
      kms: { sign: 1 },
    });
    expect(used.announcementLetter!.s3.write).toBeGreaterThanOrEqual(1);
  });
});
