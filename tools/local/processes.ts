import { readdirSync, readFileSync } from 'node:fs';

/** Pids of processes whose command line mentions `needle` (e.g. a DynamoDB Local port). */
export function processesMatching(needle: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
      if (cmdline.includes(needle)) pids.push(Number(entry));
    } catch {
      // process ended while we looked
    }
  }
  return pids;
}
