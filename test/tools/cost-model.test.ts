import { describe, expect, it } from 'vitest';
import { emptyUsage, type Usage } from '../../tools/local/metering';
import { estimateCost, type FunctionShape } from '../../tools/cost/model';
import { PriceList } from '../../tools/cost/prices';
import { costLines } from '../../tools/cost/report';
import { functionShapes } from '../../tools/cost/shapes';
import { FUNCTIONS, type FunctionName } from '../../infra/resource-model';

const at = (usd: number) => ({ usd, source: 'https://aws.amazon.com/pricing/' });

/** Round prices, so each line's cost can be worked out by hand. */
const prices: PriceList = PriceList.parse({
  region: 'test-1',
  readOn: '2026-12-06',
  lambda: { perMillionRequests: at(0.2), perArmGbSecond: at(0.00001) },
  apiGateway: { perMillionHttpRequests: at(1) },
  dynamodb: { perMillionWriteUnits: at(1), perMillionReadUnits: at(0.25) },
  sqs: { perMillionRequests: at(0.5) },
  s3: { perThousandWrites: at(0.005), perThousandReads: at(0.0004) },
  kms: {
    perTenThousandRsa2048Signs: at(0.03),
    perTenThousandOtherAsymmetricSigns: at(0.15),
    perTenThousandRequests: at(0.03),
  },
  ses: { perThousandEmails: at(0.1) },
  eventBridge: { perMillionEvents: at(1) },
  idrPerUsd: { rate: 16_000, readOn: '2026-12-01', source: 'JISDOR, Bank Indonesia' },
});

const usage = (over: Partial<Usage>): Usage => ({ ...emptyUsage(), ...over });

const shapes: Record<string, FunctionShape> = {
  proposals: { memoryMiB: 512, api: true, queueConsumer: false, signsWith: 'RSA_2048' },
  certificateWorker: { memoryMiB: 1024, api: false, queueConsumer: true, signsWith: 'RSA_2048' },
  credentialIssuer: { memoryMiB: 256, api: false, queueConsumer: true, signsWith: 'OTHER_ASYMMETRIC' },
  monevRounds: { memoryMiB: 512, api: false, queueConsumer: false, signsWith: 'RSA_2048' },
};

describe('the cost estimate of a run’s counted usage', () => {
  const estimate = estimateCost(
    {
      // 1000 requests of 200 ms at 512 MiB: 100 GB-s; 4000 WRU, 8000 RRU.
      proposals: usage({
        invocations: 1000,
        handlerMs: 200_000,
        dynamodb: { calls: 3000, readUnits: 8000, writeUnits: 4000, refusedWrites: 0 },
        s3: { write: 1000, read: 0 },
      }),
      // 100 batches of 1 s at 1 GiB: 100 GB-s; 100 sends, plus a receive and a delete per batch.
      certificateWorker: usage({
        invocations: 100,
        handlerMs: 100_000,
        sqs: { requests: 100, messagesSent: 500 },
        kms: { sign: 10_000, other: 0 },
        ses: { emails: 2000 },
      }),
      // 10 batches of 0 ms; each credential an Ed25519 signature.
      credentialIssuer: usage({ invocations: 10, kms: { sign: 20_000, other: 0 } }),
      monevRounds: usage({ invocations: 1, events: { published: 1_000_000 } }),
    },
    shapes,
    prices,
  );
  const cost = (item: string) => estimate.lines.find((l) => l.item === item);

  it.each([
    ['Lambda: permintaan', 1111, 1111 * 0.2e-6],
    ['Lambda: durasi (Arm)', 200, 200 * 0.00001],
    // Only functions behind the API are API Gateway requests.
    ['API Gateway HTTP API', 1000, 1000e-6],
    ['DynamoDB: tulis', 4000, 4000e-6],
    ['DynamoDB: baca', 8000, 8000 * 0.25e-6],
    // A queue consumer's batch is a ReceiveMessage and a DeleteMessageBatch on top of the sends.
    ['SQS', 320, 320 * 0.5e-6],
    ['S3: PUT/COPY/POST/LIST', 1000, 0.005],
    // The officials' RSA 2048 keys are priced as symmetric requests, the issuer's Ed25519 key as asymmetric.
    ['KMS: Sign RSA 2048', 10_000, 0.03],
    ['KMS: Sign Ed25519', 20_000, 0.3],
    ['SES: e-mail', 2000, 0.2],
    ['EventBridge: event', 1_000_000, 1],
  ])('prices %s: %d at its unit price', (item, quantity, usd) => {
    expect(cost(item)?.quantity).toBeCloseTo(quantity, 9);
    expect(cost(item)?.usd).toBeCloseTo(usd, 12);
  });

  it('adds the lines to the total, names the largest and ranks the functions by what they bill', () => {
    const sum = estimate.lines.reduce((n, l) => n + l.usd, 0);
    expect(estimate.totalUsd).toBeCloseTo(sum, 12);
    expect(estimate.largest.item).toBe('EventBridge: event');
    expect(estimate.byFunction.map((f) => f.name)).toEqual([
      'monevRounds',
      'credentialIssuer',
      'certificateWorker',
      'proposals',
    ]);
  });

  it('refuses a function the resource model does not know rather than pricing it as nothing', () => {
    expect(() => estimateCost({ ghost: usage({ invocations: 1 }) }, shapes, prices)).toThrow(
      'no function ghost in the resource model',
    );
  });

  it('prints per certified participant and per programme in USD and rupiah, and says a reference list was used', () => {
    const lines = costLines({
      usageFile: 'usage.json',
      record: { participants: 10, stages: [], total: usage({}), hotKeys: { writes: [], reads: [] } },
      certified: 8,
      programmes: 2,
      prices,
      pricesFile: 'prices/test-1.json',
      fallback: true,
      estimate,
    });
    const per = (estimate.totalUsd / 8).toPrecision(3);
    expect(lines[0]).toContain('memakai harga test-1');
    expect(lines).toContain(
      `per peserta bersertifikat: USD ${per} (Rp ${Math.round((estimate.totalUsd / 8) * 16_000).toLocaleString('id-ID')})`,
    );
    expect(lines.some((l) => l.startsWith('per program: USD'))).toBe(true);
    expect(lines).toContain(
      `biaya terbesar: EventBridge: event, ${((100 * 1) / estimate.totalUsd).toFixed(1)}% dari total`,
    );
  });
});

describe('the price list kept as data', () => {
  it('refuses a list without the day it was read', () => {
    const { readOn: _, ...undated } = PriceList.parse({ ...prices });
    expect(PriceList.safeParse(undated).success).toBe(false);
  });
});

describe('the functions as the cost model sees them', () => {
  const shapes = functionShapes();

  it.each([
    ['proposals', { api: true, queueConsumer: false, signsWith: 'RSA_2048' }],
    ['certificateWorker', { api: false, queueConsumer: true, signsWith: 'RSA_2048' }],
    // The Open Badges issuer's key is Ed25519, priced as an asymmetric key other than RSA 2048.
    ['credentialIssuer', { api: false, queueConsumer: true, signsWith: 'OTHER_ASYMMETRIC' }],
    // The relay is fed by the table's stream, not by a queue: no SQS requests of its own.
    ['eventRelay', { api: false, queueConsumer: false }],
    ['monevRounds', { api: false, queueConsumer: false }],
  ])('%s is priced as deployed', (name, shape) => {
    expect(shapes[name]).toMatchObject(shape);
    expect(shapes[name]!.memoryMiB).toBe(FUNCTIONS[name as FunctionName].memoryMiB);
  });
});
