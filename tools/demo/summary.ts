import type { CertificateCounts, CohortSeats, InvariantResult } from './invariants';
import type { StageTiming } from './progress';
import type { Counts } from './state';

export interface DemoReport {
  programId: string;
  scale: string;
  totalSeconds: number;
  timings: StageTiming[];
  counts: Counts;
  cohorts: CohortSeats[];
  certificates: CertificateCounts;
  invariants: InvariantResult[];
  ok: boolean;
  /** Every route the actors called, heaviest first by summed latency. */
  routes: { route: string; count: number; totalSeconds: number; meanMs: number }[];
  /** Reads the programme back again and checks the invariants anew (e.g. after tampering with it in a test). */
  recheck(): Promise<InvariantResult[]>;
}

const right = (value: string | number, width: number) => String(value).padStart(width);

/** The closing summary: wall time per stage, counts per stage, seats per cohort, certificates, invariants. */
export function formatSummary(report: DemoReport): string[] {
  const lines: string[] = [];
  lines.push('', `Ringkasan program ${report.programId} (skala ${report.scale})`, '');
  lines.push('tahap                                       waktu (s)  permintaan  per detik');
  for (const t of report.timings) {
    lines.push(
      `${t.name.padEnd(42)}  ${right(t.seconds.toFixed(1), 9)}  ${right(t.requests, 10)}  ${right((t.requests / Math.max(t.seconds, 0.001)).toFixed(0), 9)}`,
    );
  }
  const requests = report.timings.reduce((sum, t) => sum + t.requests, 0);
  lines.push(`${'total'.padEnd(42)}  ${right(report.totalSeconds.toFixed(1), 9)}  ${right(requests, 10)}`);

  lines.push('', 'rute terberat (jumlah latensi; permintaan berjalan bersamaan)');
  for (const r of report.routes.slice(0, 12)) {
    lines.push(`  ${r.route.padEnd(86)} ${right(r.count, 6)} × ${right(r.meanMs.toFixed(1), 6)} ms`);
  }

  lines.push('', 'jumlah per tahap');
  for (const [key, value] of Object.entries(report.counts))
    lines.push(`  ${key.padEnd(58)} ${right(value, 6)}`);

  lines.push('', 'angkatan  jenjang         mulai       kapasitas  terisi  duduk  uji ulang');
  for (const c of report.cohorts) {
    lines.push(
      `${right(c.number, 8)}  ${c.scheme.padEnd(14)}  ${c.startDate}  ${right(c.capacity, 9)}  ${right(c.seatsTaken, 6)}  ${right(c.seated, 5)}  ${right(c.retests, 9)}`,
    );
  }

  const byLevel = Object.entries(report.certificates.competency)
    .map(([token, n]) => `${token} ${n}`)
    .join(', ');
  const competency = Object.values(report.certificates.competency).reduce((a, b) => a + b, 0);
  lines.push(
    '',
    `sertifikat kompetensi terbit: ${competency} (${byLevel || '-'}); sertifikat pelatihan: ${report.certificates.training}; ` +
      `dicabut saat ini: ${report.certificates.revoked}; dipulihkan: ${report.certificates.reinstated}`,
  );

  lines.push('', 'invarian');
  for (const i of report.invariants) {
    lines.push(`  ${i.ok ? '✓' : '✗'} ${i.name}`);
    for (const d of i.details) lines.push(`      ${d}`);
  }
  lines.push('', report.ok ? 'Semua invarian terpenuhi.' : 'GAGAL: ada invarian yang dilanggar.');
  return lines;
}
