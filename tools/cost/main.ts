import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { readUsageRecord } from '../demo/usage';
import { costLines } from './report';
import { estimateCost } from './model';
import { functionShapes } from './shapes';
import { readPriceList } from './prices';

/**
 * `npm run cost -- <usage.json> [--prices file] [--certified n] [--programmes n]`: what a demo run's counted AWS
 * usage (`npm run demo -- --usage-out usage.json`) costs at on-demand prices, per certified participant and per
 * programme, in USD and IDR (docs/cost.md). The prices are the Jakarta Region's file when it is there; otherwise
 * the reference list, said so on the first line.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    prices: { type: 'string' },
    certified: { type: 'string' },
    programmes: { type: 'string' },
  },
});
const [usageFile] = positionals;
if (!usageFile)
  throw new Error('usage: npm run cost -- <usage.json> [--prices file] [--certified n] [--programmes n]');

const PRICES = join(import.meta.dirname, 'prices');
const deployed = join(PRICES, 'ap-southeast-3.json');
const pricesFile = values.prices ?? (existsSync(deployed) ? deployed : join(PRICES, 'us-east-1.json'));
const record = readUsageRecord(usageFile);
if (!record.functions) throw new Error(`${usageFile} has no usage per function (written before 2026-12-06)`);
const count = (flag: string | undefined, inFile: number | undefined, name: string) => {
  const n = flag === undefined ? inFile : Number(flag);
  if (!Number.isInteger(n) || n! <= 0)
    throw new Error(`${usageFile} does not say how many ${name}: give --${name} n`);
  return n!;
};

const prices = readPriceList(pricesFile);
const lines = costLines({
  usageFile,
  record,
  certified: count(values.certified, record.certified, 'certified'),
  programmes: count(values.programmes, record.programmes, 'programmes'),
  prices,
  pricesFile: relative(process.cwd(), pricesFile),
  fallback: pricesFile !== deployed && values.prices === undefined,
  estimate: estimateCost(record.functions, functionShapes(), prices),
});
for (const line of lines) console.log(line);
