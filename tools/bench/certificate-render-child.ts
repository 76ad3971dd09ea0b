import { savePdf } from '../../adapters/pdf/save';
import { renderCompetencyCertificate } from '../../functions/certificate-worker/render-certificate';
import { sampleCertificate } from './certificate-sample';

/**
 * One certificate worker's rendering, alone in its own process so its peak memory is its own: renders
 * CERTIFICATES certificates one after another (after a warm-up) and prints the timings as JSON.
 */
const count = Number(process.env.CERTIFICATES ?? 1000);
const warmUp = 50;
for (let i = 0; i < warmUp; i++)
  await savePdf(await renderCompetencyCertificate(sampleCertificate(100_000 + i)));
const timings: number[] = [];
let bytes = 0;
const t0 = performance.now();
for (let i = 0; i < count; i++) {
  const start = performance.now();
  const pdf = await savePdf(await renderCompetencyCertificate(sampleCertificate(i)));
  timings.push(performance.now() - start);
  bytes += pdf.length;
}
const seconds = (performance.now() - t0) / 1000;
console.log(JSON.stringify({ timings, seconds, bytes, maxRssKiB: process.resourceUsage().maxRSS }));
