import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU seconds the run has used so far, by process: this Node process (the demo's actors, the API, the workers and
 * the in-process emulators), DynamoDB Local's JVM, and the other processes Node started (headless Chromium). Per
 * stage they say whether a stage waited or worked, and on which side: the demo shares one machine's cores among
 * all three. Linux only (/proc); elsewhere only Node's own figure is known.
 */
export interface CpuSeconds {
  node: number;
  dynamodb?: number;
  other?: number;
}

/** USER_HZ: the unit of /proc's CPU times, 100 on every Linux architecture the demo runs on. */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  ppid: number;
  /** Own CPU plus that of the children it has waited for, in seconds. */
  seconds: number;
  childSeconds: number;
}

function procStat(pid: number): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may hold spaces and parentheses: state is field 3, ppid 4, utime 14.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const ticks = (i: number) => Number(fields[i - 3]);
    return {
      ppid: ticks(4),
      seconds: (ticks(14) + ticks(15)) / TICKS_PER_SECOND,
      childSeconds: (ticks(16) + ticks(17)) / TICKS_PER_SECOND,
    };
  } catch {
    return undefined;
  }
}

/** The processes below `root` that are alive now, with their stats. */
function descendants(root: number): Map<number, ProcStat> {
  const all = new Map<number, ProcStat>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const stat = procStat(pid);
    if (stat) all.set(pid, stat);
  }
  const below = new Map<number, ProcStat>();
  const walk = (parent: number) => {
    for (const [pid, stat] of all) {
      if (stat.ppid === parent && !below.has(pid)) {
        below.set(pid, stat);
        walk(pid);
      }
    }
  };
  walk(root);
  return below;
}

/** The CPU seconds so far; `dynamodbPid` is the stack's DynamoDB Local (its own process group, not a child). */
export function cpuSeconds(dynamodbPid: number | undefined): CpuSeconds {
  const { user, system } = process.cpuUsage();
  const node = (user + system) / 1e6;
  const own = procStat(process.pid);
  if (!own) return { node };
  const dynamodb = dynamodbPid === undefined ? undefined : procStat(dynamodbPid)?.seconds;
  let other = own.childSeconds;
  for (const [pid, stat] of descendants(process.pid)) if (pid !== dynamodbPid) other += stat.seconds;
  return { node, ...(dynamodb !== undefined && { dynamodb }), other };
}

/** What was used between two readings (a restarted DynamoDB Local starts again from zero: its share is dropped). */
export function cpuBetween(before: CpuSeconds, after: CpuSeconds): CpuSeconds {
  const minus = (a?: number, b?: number) => (a === undefined || b === undefined || a < b ? undefined : a - b);
  const dynamodb = minus(after.dynamodb, before.dynamodb);
  const other = minus(after.other, before.other);
  return {
    node: after.node - before.node,
    ...(dynamodb !== undefined && { dynamodb }),
    ...(other !== undefined && { other }),
  };
}

/** The CPU seconds of several stages added up; a side not measured in one of them is not known in all. */
export function cpuSum(parts: readonly CpuSeconds[]): CpuSeconds {
  const sum = (pick: (c: CpuSeconds) => number | undefined) =>
    parts.every((c) => pick(c) !== undefined) ? parts.reduce((n, c) => n + pick(c)!, 0) : undefined;
  const dynamodb = sum((c) => c.dynamodb);
  const other = sum((c) => c.other);
  return {
    node: sum((c) => c.node)!,
    ...(dynamodb !== undefined && { dynamodb }),
    ...(other !== undefined && { other }),
  };
}
