import { readFileSync } from 'node:fs';
import { compareUsage, comparisonLines } from './usage-compare';
import type { UsageRecord } from './usage';

/**
 * `npm run usage-compare -- a.json b.json`: the usage two demo runs wrote (`--usage-out`), per participant, as
 * b over a per stage and metric; exits 1 when a ratio is above 1.1 (issue 19 point 2), e.g. a the 1x programme
 * (`--scale full --scenario programme`) and b the national run (`--scale national`).
 */
const [a, b] = process.argv.slice(2);
if (!a || !b) throw new Error('usage: npm run usage-compare -- <a.json> <b.json>');
const read = (file: string) => {
  const record = JSON.parse(readFileSync(file, 'utf8')) as UsageRecord;
  if (record.stoppedEarly) throw new Error(`${file} is of a run that stopped early (${record.stoppedEarly})`);
  return record;
};
const comparison = compareUsage(read(a), read(b));
for (const line of comparisonLines(comparison)) console.log(line);
process.exitCode = comparison.ratios.some((r) => r.flagged) ? 1 : 0;
