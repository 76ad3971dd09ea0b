import { compareUsage, comparisonLines } from './usage-compare';
import { readUsageRecord } from './usage';

/**
 * `npm run usage-compare -- a.json b.json`: the usage two demo runs wrote (`--usage-out`), per participant, as
 * b over a per stage and metric; exits 1 when a ratio is above 1.1 (issue 19 point 2), e.g. a the 1x programme
 * (`--scale full --scenario programme`) and b the national run (`--scale national`).
 */
const [a, b] = process.argv.slice(2);
if (!a || !b) throw new Error('usage: npm run usage-compare -- <a.json> <b.json>');
const comparison = compareUsage(readUsageRecord(a), readUsageRecord(b));
for (const line of comparisonLines(comparison)) console.log(line);
process.exitCode = comparison.ratios.some((r) => r.flagged) ? 1 : 0;
