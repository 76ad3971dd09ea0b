import type { Usage } from '../local/metering';
import type { StageTiming } from './progress';

/** The usage of every function in a reading, added up. */
function totalOf(functions: Readonly<Partial<Record<string, Usage>>>): Usage {
  const total: Usage = {
    invocations: 0,
    handlerMs: 0,
    messagesReceived: 0,
    dynamodb: { calls: 0, readUnits: 0, writeUnits: 0 },
    sqs: { requests: 0, messagesSent: 0 },
    s3: { write: 0, read: 0 },
    kms: { sign: 0, other: 0 },
    ses: { emails: 0 },
    events: { published: 0 },
  };
  for (const usage of Object.values(functions)) {
    if (!usage) continue;
    total.invocations += usage.invocations;
    total.handlerMs += usage.handlerMs;
    total.messagesReceived += usage.messagesReceived;
    for (const service of ['dynamodb', 'sqs', 's3', 'kms', 'ses', 'events'] as const) {
      const into = total[service] as unknown as Record<string, number>;
      for (const [key, value] of Object.entries(usage[service])) into[key] = (into[key] ?? 0) + value;
    }
  }
  return total;
}

const right = (value: string | number, width: number) => String(value).padStart(width);
const fixed = (n: number, digits = 0) => n.toFixed(digits);

/** One row of the usage table. */
const row = (name: string, u: Usage, per = 1) =>
  `${name.padEnd(42)}  ${right(fixed(u.invocations / per, per > 1 ? 1 : 0), 8)}  ${right(fixed(u.handlerMs / 1000 / per, per > 1 ? 3 : 1), 8)}` +
  `  ${right(fixed(u.dynamodb.readUnits / per, 1), 9)}  ${right(fixed(u.dynamodb.writeUnits / per, 1), 9)}` +
  `  ${right(fixed((u.sqs.messagesSent + u.messagesReceived) / per, per > 1 ? 2 : 0), 7)}` +
  `  ${right(fixed((u.s3.read + u.s3.write) / per, per > 1 ? 2 : 0), 6)}  ${right(fixed(u.kms.sign / per, per > 1 ? 2 : 0), 6)}` +
  `  ${right(fixed(u.ses.emails / per, per > 1 ? 2 : 0), 6)}`;

/**
 * What the run asked of AWS (issue 19): per stage, in all, and per participant; then the partition keys that took
 * the largest share of reads and writes. Lambda time is the handlers' wall time on this machine.
 */
export function usageLines(timings: readonly StageTiming[], participants: number): string[] {
  const metered = timings.filter((t) => t.usage);
  if (metered.length === 0) return [];
  const lines = [
    'pemakaian AWS per tahap     (pemanggilan Lambda, detik handler, unit baca/tulis DynamoDB, pesan SQS, S3, tanda tangan KMS, e-mail)',
    `${'tahap'.padEnd(42)}  ${right('Lambda', 8)}  ${right('detik', 8)}  ${right('RRU', 9)}  ${right('WRU', 9)}  ${right('SQS', 7)}  ${right('S3', 6)}  ${right('KMS', 6)}  ${right('SES', 6)}`,
  ];
  const stageTotals = metered.map((t) => ({ name: t.name, usage: totalOf(t.usage!.functions) }));
  for (const { name, usage } of stageTotals) lines.push(row(name, usage));
  const all = totalOf(Object.fromEntries(stageTotals.map((s, i) => [i, s.usage])));
  lines.push(row('total', all));
  if (participants > 0) lines.push(row(`per peserta (${participants})`, all, participants));

  const keys = new Map<string, { readUnits: number; writeUnits: number }>();
  for (const t of metered) {
    for (const [key, load] of Object.entries(t.usage!.keys)) {
      const sum = keys.get(key) ?? { readUnits: 0, writeUnits: 0 };
      sum.readUnits += load.readUnits;
      sum.writeUnits += load.writeUnits;
      keys.set(key, sum);
    }
  }
  const share = (part: number, whole: number) => `${((100 * part) / Math.max(whole, 1e-9)).toFixed(2)}%`;
  for (const kind of ['writeUnits', 'readUnits'] as const) {
    const whole = [...keys.values()].reduce((n, load) => n + load[kind], 0);
    lines.push(
      '',
      `kunci partisi dengan ${kind === 'writeUnits' ? 'tulis' : 'baca'} terbanyak (dari ${fixed(whole, 1)} unit)`,
    );
    for (const [key, load] of [...keys].sort((a, b) => b[1][kind] - a[1][kind]).slice(0, 8)) {
      lines.push(
        `  ${key.padEnd(70)} ${right(fixed(load[kind], 1), 10)}  ${right(share(load[kind], whole), 7)}`,
      );
    }
  }
  return lines;
}
