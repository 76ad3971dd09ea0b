import type { UsageRecord } from '../demo/usage';
import type { CostEstimate } from './model';
import type { PriceList } from './prices';

export interface CostReport {
  usageFile: string;
  record: UsageRecord;
  certified: number;
  programmes: number;
  prices: PriceList;
  pricesFile: string;
  /** The Jakarta list was not there and the reference list was taken instead. */
  fallback: boolean;
  estimate: CostEstimate;
}

/** What the meter does not count, so the estimate leaves it out (docs/cost.md says what each is worth). */
const NOT_COUNTED = [
  'penyimpanan DynamoDB dan S3 (GB-bulan)',
  'CloudWatch Logs dan metrik',
  'kunci KMS per bulan',
  'pengguna aktif Cognito',
  'polling SQS kosong oleh Lambda',
  'transfer data keluar',
];

const usd = (n: number) => (n >= 1 ? n.toFixed(2) : n.toPrecision(3));
const idr = (n: number) => Math.round(n).toLocaleString('id-ID');
const count = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** The estimate as the cost CLI prints it: per item, in all, per certified participant and per programme. */
export function costLines(report: CostReport): string[] {
  const { estimate, prices, certified, programmes, record } = report;
  const rate = prices.idrPerUsd.rate;
  const money = (n: number) => `USD ${usd(n)} (Rp ${idr(n * rate)})`;
  const lines: string[] = [];
  if (report.fallback)
    lines.push(
      `PERHATIAN: harga ap-southeast-3 belum ada (tools/cost/prices/ap-southeast-3.json); perkiraan ini memakai harga ${prices.region}.`,
    );
  lines.push(
    `Perkiraan biaya AWS dari ${report.usageFile}: ${record.participants} peserta, ${certified} bersertifikat, ${programmes} program.`,
    `Harga ${prices.region} dibaca ${prices.readOn} (${report.pricesFile}); kurs Rp ${idr(rate)}/USD per ${prices.idrPerUsd.readOn}.`,
  );
  if (prices.note) lines.push(`Catatan harga: ${prices.note}`);
  lines.push(
    '',
    `${'butir'.padEnd(26)} ${'jumlah'.padStart(14)} ${'satuan'.padEnd(12)} ${'USD'.padStart(10)} ${'Rp'.padStart(14)} ${'bagian'.padStart(7)}`,
  );
  for (const l of [...estimate.lines].sort((a, b) => b.usd - a.usd))
    lines.push(
      `${l.item.padEnd(26)} ${count(l.quantity).padStart(14)} ${l.unit.padEnd(12)} ${usd(l.usd).padStart(10)} ` +
        `${idr(l.usd * rate).padStart(14)} ${`${((100 * l.usd) / Math.max(estimate.totalUsd, 1e-12)).toFixed(1)}%`.padStart(7)}`,
    );
  lines.push(
    `${'total'.padEnd(26)} ${''.padStart(14)} ${''.padEnd(12)} ${usd(estimate.totalUsd).padStart(10)} ${idr(estimate.totalUsd * rate).padStart(14)}`,
    '',
    `per peserta bersertifikat: ${money(estimate.totalUsd / certified)}`,
    `per program: ${money(estimate.totalUsd / programmes)}`,
    `biaya terbesar: ${estimate.largest.item}, ${((100 * estimate.largest.usd) / Math.max(estimate.totalUsd, 1e-12)).toFixed(1)}% dari total`,
    `fungsi termahal: ${estimate.byFunction
      .slice(0, 5)
      .map((f) => `${f.name} ${((100 * f.usd) / Math.max(estimate.totalUsd, 1e-12)).toFixed(1)}%`)
      .join(', ')}`,
    `tidak dihitung: ${NOT_COUNTED.join('; ')}.`,
  );
  return lines;
}
