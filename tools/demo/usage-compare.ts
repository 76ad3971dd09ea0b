import type { Usage } from '../local/metering';
import type { UsageRecord } from './usage';

/*
 * Two runs' usage side by side (issue 19 point 2): every metric per participant, per stage and in all, as the
 * larger run's figure over the smaller's; one above the limit (1.1) is a cost that does not stay flat.
 */

/** The metrics compared, each read from a stage's usage. */
export const METRICS: readonly (readonly [string, (u: Usage) => number])[] = [
  ['Lambda invocations', (u) => u.invocations],
  ['Lambda handler ms', (u) => u.handlerMs],
  ['SQS messages received', (u) => u.messagesReceived],
  ['DynamoDB calls', (u) => u.dynamodb.calls],
  ['DynamoDB read units', (u) => u.dynamodb.readUnits],
  ['DynamoDB write units', (u) => u.dynamodb.writeUnits],
  ['SQS requests', (u) => u.sqs.requests],
  ['SQS messages sent', (u) => u.sqs.messagesSent],
  ['S3 write requests', (u) => u.s3.write],
  ['S3 read requests', (u) => u.s3.read],
  ['KMS signatures', (u) => u.kms.sign],
  ['KMS other requests', (u) => u.kms.other],
  ['SES e-mails', (u) => u.ses.emails],
  ['events published', (u) => u.events.published],
];

export const FLAT_LIMIT = 1.1;

export interface UsageRatio {
  stage: string;
  metric: string;
  /** Per participant in the first run and in the second. */
  a: number;
  b: number;
  /** b / a; Infinity when the first run had none. */
  ratio: number;
  flagged: boolean;
}

export interface UsageComparison {
  ratios: UsageRatio[];
  /** Stages of one run only (the numbers left off the names), which are not compared. */
  onlyIn: { a: string[]; b: string[] };
}

/** A stage's name without its number: the same stage is numbered differently in runs of other scenarios. */
const stageName = (name: string) => name.replace(/^\d+ /, '');

/**
 * Every metric of `b` per participant over `a`'s, for the stages both runs played (by name), in all and per
 * function both ran; a ratio above `limit` is flagged. A metric neither run used is left out.
 */
export function compareUsage(a: UsageRecord, b: UsageRecord, limit = FLAT_LIMIT): UsageComparison {
  const stagesOf = (r: UsageRecord) => new Map(r.stages.map((s) => [stageName(s.name), s.usage]));
  const inA = stagesOf(a);
  const inB = stagesOf(b);
  const pairs: [string, Usage, Usage][] = [
    ...[...inA].flatMap(([name, usage]): [string, Usage, Usage][] =>
      inB.has(name) ? [[name, usage, inB.get(name)!]] : [],
    ),
    ['total', a.total, b.total],
    // Per function too, when both files have it (older ones do not): `fungsi <name>`.
    ...Object.entries(a.functions ?? {}).flatMap(([name, usage]): [string, Usage, Usage][] => {
      const other = b.functions?.[name];
      return other ? [[`fungsi ${name}`, usage, other]] : [];
    }),
  ];
  const ratios = pairs.flatMap(([stage, ua, ub]) =>
    METRICS.flatMap(([metric, read]) => {
      const pa = read(ua) / Math.max(a.participants, 1);
      const pb = read(ub) / Math.max(b.participants, 1);
      if (pa === 0 && pb === 0) return [];
      const ratio = pa === 0 ? Infinity : pb / pa;
      return [{ stage, metric, a: pa, b: pb, ratio, flagged: ratio > limit }];
    }),
  );
  return {
    ratios,
    onlyIn: {
      a: [...inA.keys()].filter((n) => !inB.has(n)),
      b: [...inB.keys()].filter((n) => !inA.has(n)),
    },
  };
}

const cell = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toPrecision(3));

/** The comparison as lines: each ratio with both figures per participant, flagged ones marked, then a verdict. */
export function comparisonLines(c: UsageComparison, limit = FLAT_LIMIT): string[] {
  const lines = [
    `${'tahap'.padEnd(44)}  ${'metrik'.padEnd(24)}  ${'A/peserta'.padStart(10)}  ${'B/peserta'.padStart(10)}  rasio`,
  ];
  for (const r of c.ratios)
    lines.push(
      `${r.stage.padEnd(44)}  ${r.metric.padEnd(24)}  ${cell(r.a).padStart(10)}  ${cell(r.b).padStart(10)}  ` +
        `${Number.isFinite(r.ratio) ? r.ratio.toFixed(3) : '∞'}${r.flagged ? `  ⚠ di atas ${limit}` : ''}`,
    );
  if (c.onlyIn.a.length) lines.push('', `hanya di A (tidak dibandingkan): ${c.onlyIn.a.join('; ')}`);
  if (c.onlyIn.b.length) lines.push('', `hanya di B (tidak dibandingkan): ${c.onlyIn.b.join('; ')}`);
  const flagged = c.ratios.filter((r) => r.flagged);
  lines.push(
    '',
    flagged.length
      ? `${flagged.length} rasio per peserta di atas ${limit}.`
      : `Semua rasio per peserta paling banyak ${limit}.`,
  );
  return lines;
}
