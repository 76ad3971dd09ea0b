import { readFileSync } from 'node:fs';
import { emptyUsage, type Usage } from '../local/metering';
import type { CpuSeconds } from './cpu';
import type { StageTiming } from './progress';

/** The usage of every function in a reading, added up. */
function totalOf(functions: Readonly<Partial<Record<string, Usage>>>): Usage {
  const total = emptyUsage();
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

/** A partition key's load and its share of the run's read or write units. */
export interface HotKey {
  key: string;
  units: number;
  share: number;
}

/** Keys above this share of the run's writes or reads are reported (issue 19 point 4). */
export const HOT_KEY_SHARE = 0.01;
/** At most this many hot keys listed, the hottest first (a small run has few keys, all above 1%). */
const HOT_KEYS_LISTED = 20;

/** What a run asked of AWS, as `--usage-out` writes it: per stage, in all, and its hot partition keys. */
export interface UsageRecord {
  participants: number;
  /** The demo process's peak resident memory (not DynamoDB Local's), from runs of 2026-12-06 late on. */
  peakRssMiB?: number;
  /** Competency certificates issued in the run, and programmes played: what `npm run cost` divides by. */
  certified?: number;
  programmes?: number;
  /** Why the run stopped before its end, when it did: its stages played are kept, but it is not compared. */
  stoppedEarly?: string;
  /**
   * Each stage's usage, with its wall time and the CPU seconds of each side when measured (cpu.ts); files of
   * earlier runs have neither.
   */
  stages: { name: string; usage: Usage; seconds?: number; cpu?: CpuSeconds }[];
  total: Usage;
  /** The usage per function (issue 19 point 2: invocations and milliseconds per function); not in older files. */
  functions?: Record<string, Usage>;
  hotKeys: { writes: HotKey[]; reads: HotKey[] };
}

export function usageRecord(timings: readonly StageTiming[], participants: number): UsageRecord {
  const metered = timings.filter((t) => t.usage);
  const stages = metered.map((t) => ({
    name: t.name,
    usage: totalOf(t.usage!.functions),
    seconds: t.seconds,
    ...(t.cpu && { cpu: t.cpu }),
  }));
  const keys = new Map<string, { readUnits: number; writeUnits: number }>();
  for (const t of metered) {
    for (const [key, load] of Object.entries(t.usage!.keys)) {
      const sum = keys.get(key) ?? { readUnits: 0, writeUnits: 0 };
      sum.readUnits += load.readUnits;
      sum.writeUnits += load.writeUnits;
      keys.set(key, sum);
    }
  }
  const hot = (kind: 'readUnits' | 'writeUnits'): HotKey[] => {
    const whole = [...keys.values()].reduce((n, load) => n + load[kind], 0);
    return [...keys]
      .map(([key, load]) => ({ key, units: load[kind], share: load[kind] / Math.max(whole, 1e-9) }))
      .filter((k) => k.share > HOT_KEY_SHARE)
      .sort((a, b) => b.units - a.units);
  };
  const byFunction = new Map<string, Partial<Record<string, Usage>>>();
  for (const t of metered) {
    for (const [name, usage] of Object.entries(t.usage!.functions)) {
      const parts = byFunction.get(name) ?? {};
      parts[t.name] = usage;
      byFunction.set(name, parts);
    }
  }
  return {
    participants,
    stages,
    total: totalOf(Object.fromEntries(stages.map((s, i) => [i, s.usage]))),
    functions: Object.fromEntries([...byFunction].map(([name, parts]) => [name, totalOf(parts)])),
    hotKeys: { writes: hot('writeUnits'), reads: hot('readUnits') },
  };
}

/**
 * What the run asked of AWS (issue 19): per stage, in all, and per participant; then the partition keys above 1%
 * of the reads and of the writes. Lambda time is the handlers' wall time on this machine.
 */
export function usageLines(timings: readonly StageTiming[], participants: number): string[] {
  if (!timings.some((t) => t.usage)) return [];
  const record = usageRecord(timings, participants);
  const lines = [
    'pemakaian AWS per tahap     (pemanggilan Lambda, detik handler, unit baca/tulis DynamoDB, pesan SQS, S3, tanda tangan KMS, e-mail)',
    `${'tahap'.padEnd(42)}  ${right('Lambda', 8)}  ${right('detik', 8)}  ${right('RRU', 9)}  ${right('WRU', 9)}  ${right('SQS', 7)}  ${right('S3', 6)}  ${right('KMS', 6)}  ${right('SES', 6)}`,
  ];
  for (const { name, usage } of record.stages) lines.push(row(name, usage));
  lines.push(row('total', record.total));
  if (participants > 0) {
    lines.push(row(`per peserta (${participants})`, record.total, participants));
    lines.push('', `pemakaian AWS per peserta per tahap (${participants} peserta)`);
    for (const { name, usage } of record.stages) lines.push(row(name, usage, participants));
  }
  for (const kind of ['writes', 'reads'] as const) {
    const whole = kind === 'writes' ? record.total.dynamodb.writeUnits : record.total.dynamodb.readUnits;
    lines.push(
      '',
      `kunci partisi dengan ${kind === 'writes' ? 'tulis' : 'baca'} terbanyak, di atas 1% (dari ${fixed(whole, 1)} unit)`,
    );
    for (const { key, units, share } of record.hotKeys[kind].slice(0, HOT_KEYS_LISTED))
      lines.push(
        `  ${key.padEnd(70)} ${right(fixed(units, 1), 10)}  ${right(`${(100 * share).toFixed(2)}%`, 7)}`,
      );
    const more = record.hotKeys[kind].length - HOT_KEYS_LISTED;
    if (more > 0) lines.push(`  ... dan ${more} kunci lain di atas 1%`);
  }
  return lines;
}

/** A usage file `--usage-out` wrote, for comparing or costing: one of a run that stopped early is refused. */
export function readUsageRecord(file: string): UsageRecord {
  const record = JSON.parse(readFileSync(file, 'utf8')) as UsageRecord;
  if (record.stoppedEarly) throw new Error(`${file} is of a run that stopped early (${record.stoppedEarly})`);
  return record;
}
