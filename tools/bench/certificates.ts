import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { launchChromium } from '../local/chromium';
import { esbuildOptions } from '../../infra/bundling';
import { FUNCTIONS, nodeOptions, type FunctionModel } from '../../infra/resource-model';
import { certificateHtml } from './certificate-html';
import { sampleCertificate } from './certificate-sample';

/**
 * Certificates per second and memory per worker: the worker's pdf-lib renderer (in a process of its own, as
 * in Lambda) side by side, in one run, with the common alternative: the same certificate as HTML printed to PDF
 * by headless Chromium with one reused page. Prints figures; asserts nothing.
 */
const count = Number(process.env.CERTIFICATES ?? 1000);
const chromiumCount = Number(process.env.CHROMIUM_CERTIFICATES ?? Math.min(count, 200));

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const summary = (timings: number[]) => {
  const sorted = [...timings].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
};

// pdf-lib, as the certificate worker renders, and the credential as the credential worker signs it: each
// bundled by esbuild like its Lambda (minified, aliases, the require shim for CommonJS dependencies), run by
// plain node with its function's V8 heap limits, in a process of its own so its peak memory is its own.
const bundleDir = mkdtempSync(join(tmpdir(), 'bench-certificates-'));
const bundled = async (entry: string, name: string) => {
  const outfile = join(bundleDir, name);
  await build({ ...esbuildOptions(entry), write: true, outfile });
  return outfile;
};
const renderBundle = await bundled('tools/bench/certificate-render-child.ts', 'render-child.mjs');
const credentialBundle = await bundled('tools/bench/credential-issue-child.ts', 'credential-child.mjs');
interface ChildRun {
  timings: number[];
  seconds: number;
  bytes: number;
  maxRssKiB: number;
}
const runChild = (bundle: string, fn: FunctionModel, env: Record<string, string> = {}): ChildRun => {
  const child = spawnSync(process.execPath, [...(fn.v8 ? nodeOptions(fn.v8).split(' ') : []), bundle], {
    env: { ...process.env, CERTIFICATES: String(count), ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  if (child.status !== 0) throw new Error(`benchmark process failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as ChildRun;
};
const unsigned = runChild(renderBundle, FUNCTIONS.certificateWorker, { SIGNED: '0' });
const pdf = runChild(renderBundle, FUNCTIONS.certificateWorker, { SIGNED: '1' });
const credential = runChild(credentialBundle, FUNCTIONS.credentialIssuer);
rmSync(bundleDir, { recursive: true, force: true });
const unsignedStats = summary(unsigned.timings);
const pdfStats = summary(pdf.timings);
const credentialStats = summary(credential.timings);

// Headless Chromium, one browser and one page reused for every certificate.
const browser = await launchChromium();
const rssOfChromium = () => {
  // Resident memory of the browser and all its processes (renderer, GPU, utility), in KiB.
  const out = execFileSync('ps', ['-C', 'chromium', '-o', 'rss='], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter(Boolean)
    .reduce((sum, line) => sum + Number(line.trim()), 0);
};
let chromiumPeakKiB = 0;
const chromiumTimings: number[] = [];
let chromiumBytes = 0;
try {
  const page = await browser.newPage();
  for (let i = 0; i < 10; i++) {
    await page.setContent(await certificateHtml(sampleCertificate(100_000 + i)));
    await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  }
  const t0 = performance.now();
  for (let i = 0; i < chromiumCount; i++) {
    const start = performance.now();
    await page.setContent(await certificateHtml(sampleCertificate(i)));
    const file = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    chromiumTimings.push(performance.now() - start);
    chromiumBytes += file.length;
    if (i % 20 === 0) chromiumPeakKiB = Math.max(chromiumPeakKiB, rssOfChromium());
  }
  const chromiumSeconds = (performance.now() - t0) / 1000;
  const chromiumStats = summary(chromiumTimings);

  const mib = (kib: number) => (kib / 1024).toFixed(0);
  console.log(
    `machine: ${cpus().length} cores (${cpus()[0]?.model}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, ${browser.version()}`,
  );
  const line = (label: string, run: ChildRun, stats: { p50: number; p99: number }, made = 'certificates') =>
    `${label}: ${count} ${made} in ${run.seconds.toFixed(2)} s = ${(count / run.seconds).toFixed(0)}/s, p50 ${stats.p50.toFixed(2)} ms, p99 ${stats.p99.toFixed(2)} ms, ${(run.bytes / count / 1024).toFixed(0)} KiB each, peak process memory ${mib(run.maxRssKiB)} MiB`;
  console.log(line('pdf-lib worker, unsigned', unsigned, unsignedStats));
  console.log(line('pdf-lib worker, PAdES-signed', pdf, pdfStats));
  console.log(line('credential worker, Open Badges signed', credential, credentialStats, 'credentials'));
  console.log(
    `chromium (one reused page, unsigned): ${chromiumCount} certificates in ${chromiumSeconds.toFixed(2)} s = ${(chromiumCount / chromiumSeconds).toFixed(0)}/s, p50 ${chromiumStats.p50.toFixed(2)} ms, p99 ${chromiumStats.p99.toFixed(2)} ms, ${(chromiumBytes / chromiumCount / 1024).toFixed(0)} KiB each, browser memory ${mib(chromiumPeakKiB)} MiB`,
  );
  console.log(
    `signed pdf-lib vs unsigned chromium: ${(chromiumStats.p50 / pdfStats.p50).toFixed(1)}x faster at p50, ${(count / pdf.seconds / (chromiumCount / chromiumSeconds)).toFixed(1)}x the throughput (targets: ≥ 20x, signed p99 ≤ 15 ms, peak worker memory ≤ 200 MiB)`,
  );
  // Both documents of one certificate, as CPU time on one core: the two workers run apart, each on its queue, so
  // the i-th certificate costs its PDF's time plus its credential's (the p99 of those sums, not a sum of p99s).
  const both = pdf.seconds + credential.seconds;
  const together = summary(pdf.timings.map((ms, i) => ms + credential.timings[i]!));
  console.log(
    `signed PDF and credential together vs unsigned chromium: ${(chromiumStats.p50 / together.p50).toFixed(1)}x at p50, ${(count / both / (chromiumCount / chromiumSeconds)).toFixed(1)}x the throughput on one core, p50 ${together.p50.toFixed(2)} ms, p99 ${together.p99.toFixed(2)} ms, peak memory ${mib(pdf.maxRssKiB)} + ${mib(credential.maxRssKiB)} MiB in two functions (targets: ≥ 20x, p99 ≤ 15 ms, ≤ 200 MiB each)`,
  );
} finally {
  await browser.close();
}
