import type { Usage } from '../local/metering';
import type { PriceList } from './prices';

/** What the estimate needs to know of a deployed function (infra/resource-model.ts). */
export interface FunctionShape {
  memoryMiB: number;
  /** Behind API Gateway: each invocation is one HTTP API request. */
  api: boolean;
  /** Fed by an SQS event source: each invocation is a ReceiveMessage and a DeleteMessageBatch. */
  queueConsumer: boolean;
  /** The key its KMS Sign requests use: the officials' RSA 2048 keys, or the Ed25519 credential issuer key. */
  signsWith: 'RSA_2048' | 'OTHER_ASYMMETRIC';
}

/** One billed item of the estimate: how much of it the run used and what that costs. */
export interface CostLine {
  item: string;
  quantity: number;
  unit: string;
  usd: number;
}

export interface CostEstimate {
  lines: CostLine[];
  totalUsd: number;
  /** The line that costs most, named in docs/cost.md. */
  largest: CostLine;
  /** Each function's share, everything it billed added up, dearest first. */
  byFunction: { name: string; usd: number }[];
}

/** The billed items of one function's usage: what each counted figure is charged as. */
function linesOf(usage: Usage, shape: FunctionShape, prices: PriceList): CostLine[] {
  const gbSeconds = (usage.handlerMs / 1000) * (shape.memoryMiB / 1024);
  const sqsRequests = usage.sqs.requests + (shape.queueConsumer ? 2 * usage.invocations : 0);
  const line = (item: string, quantity: number, unit: string, perUnitUsd: number): CostLine => ({
    item,
    quantity,
    unit,
    usd: quantity * perUnitUsd,
  });
  return [
    line('Lambda: permintaan', usage.invocations, 'pemanggilan', prices.lambda.perMillionRequests.usd / 1e6),
    line('Lambda: durasi (Arm)', gbSeconds, 'GB-detik', prices.lambda.perArmGbSecond.usd),
    line(
      'API Gateway HTTP API',
      shape.api ? usage.invocations : 0,
      'permintaan',
      prices.apiGateway.perMillionHttpRequests.usd / 1e6,
    ),
    line('DynamoDB: tulis', usage.dynamodb.writeUnits, 'WRU', prices.dynamodb.perMillionWriteUnits.usd / 1e6),
    line('DynamoDB: baca', usage.dynamodb.readUnits, 'RRU', prices.dynamodb.perMillionReadUnits.usd / 1e6),
    line('SQS', sqsRequests, 'permintaan', prices.sqs.perMillionRequests.usd / 1e6),
    line('S3: PUT/COPY/POST/LIST', usage.s3.write, 'permintaan', prices.s3.perThousandWrites.usd / 1e3),
    line('S3: GET dan lainnya', usage.s3.read, 'permintaan', prices.s3.perThousandReads.usd / 1e3),
    line(
      shape.signsWith === 'RSA_2048' ? 'KMS: Sign RSA 2048' : 'KMS: Sign Ed25519',
      usage.kms.sign,
      'permintaan',
      (shape.signsWith === 'RSA_2048'
        ? prices.kms.perTenThousandRsa2048Signs
        : prices.kms.perTenThousandOtherAsymmetricSigns
      ).usd / 1e4,
    ),
    line('KMS: permintaan lain', usage.kms.other, 'permintaan', prices.kms.perTenThousandRequests.usd / 1e4),
    line('SES: e-mail', usage.ses.emails, 'e-mail', prices.ses.perThousandEmails.usd / 1e3),
    line(
      'EventBridge: event',
      usage.events.published,
      'event',
      prices.eventBridge.perMillionEvents.usd / 1e6,
    ),
  ];
}

/**
 * What a run's counted usage costs at a price list: each function's usage priced item by item (linesOf), then
 * added up per item. Pure: the run's usage per function (tools/demo/usage.ts) and each function's shape in.
 */
export function estimateCost(
  functions: Readonly<Record<string, Usage>>,
  shapes: Readonly<Record<string, FunctionShape>>,
  prices: PriceList,
): CostEstimate {
  const items = new Map<string, CostLine>();
  const byFunction: { name: string; usd: number }[] = [];
  for (const [name, usage] of Object.entries(functions)) {
    const shape = shapes[name];
    if (!shape) throw new Error(`no function ${name} in the resource model`);
    const lines = linesOf(usage, shape, prices);
    byFunction.push({ name, usd: lines.reduce((n, l) => n + l.usd, 0) });
    for (const l of lines) {
      const sum = items.get(l.item);
      items.set(l.item, sum ? { ...sum, quantity: sum.quantity + l.quantity, usd: sum.usd + l.usd } : l);
    }
  }
  const lines = [...items.values()];
  if (lines.length === 0) throw new Error('the usage names no function: nothing to estimate');
  return {
    lines,
    totalUsd: lines.reduce((n, l) => n + l.usd, 0),
    largest: lines.reduce((a, b) => (b.usd > a.usd ? b : a)),
    byFunction: byFunction.sort((a, b) => b.usd - a.usd),
  };
}
