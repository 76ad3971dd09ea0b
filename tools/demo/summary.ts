import type { CertificateCounts, CohortSeats, InvariantResult } from './invariants';
import { cpuSum, type CpuSeconds } from './cpu';
import type { StageTiming } from './progress';
import type { Counts, MonevReportRow, RegionalRun } from './state';
import type { StructuralSummary } from './structural-invariants';
import { usageLines } from './usage';

/** What the summary shows of each programme of a national run. */
export interface ProgrammeRow {
  programId: string;
  /** `BKN` or the Kanreg that proposed it. */
  proposedBy: string;
  cohorts: number;
  participants: number;
  certified: number;
}

export interface DemoReport {
  programId: string;
  scale: string;
  totalSeconds: number;
  timings: StageTiming[];
  counts: Counts;
  cohorts: CohortSeats[];
  certificates: CertificateCounts;
  invariants: InvariantResult[];
  /** The Monev report by level at the end of the rounds. */
  monev: MonevReportRow[];
  /** Certificates re-issued after the programme. */
  reissued: number;
  /** The structural-position scenario (Perka BKN 11/2008), when played. */
  structural?: StructuralSummary;
  /** The regional programme a Kanreg proposed for a province, when played. */
  regional?: RegionalSummary;
  /** Every programme of a national run (national.ts), the national one first. */
  programmes?: ProgrammeRow[];
  ok: boolean;
  /** Participants the programme played. */
  participants: number;
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
  // CPU seconds of this Node process, of DynamoDB Local and of the other processes (Chromium) in each stage: a
  // stage whose CPU is far below its wall time on the machine's cores waited (queues, the calendar).
  const cpu = (c: CpuSeconds | undefined) =>
    c
      ? `  ${right(c.node.toFixed(1), 8)}  ${right(c.dynamodb?.toFixed(1) ?? '-', 8)}  ${right(c.other?.toFixed(1) ?? '-', 8)}`
      : '';
  const measured = report.timings.some((t) => t.cpu);
  lines.push(
    `tahap                                       waktu (s)  permintaan  per detik${measured ? '  CPU Node   CPU DDB  CPU lain' : ''}`,
  );
  for (const t of report.timings) {
    lines.push(
      `${t.name.padEnd(42)}  ${right(t.seconds.toFixed(1), 9)}  ${right(t.requests, 10)}  ${right((t.requests / Math.max(t.seconds, 0.001)).toFixed(0), 9)}${cpu(t.cpu)}`,
    );
  }
  const requests = report.timings.reduce((sum, t) => sum + t.requests, 0);
  const cpuTotal = measured ? cpuSum(report.timings.flatMap((t) => (t.cpu ? [t.cpu] : []))) : undefined;
  lines.push(
    `${'total'.padEnd(42)}  ${right(report.totalSeconds.toFixed(1), 9)}  ${right(requests, 10)}  ${' '.repeat(9)}${cpu(cpuTotal)}`,
  );

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

  lines.push('', ...monevLines(report.monev));
  lines.push(`sertifikat diterbitkan ulang setelah program (penyegaran, koreksi nama): ${report.reissued}`);

  if (report.structural) lines.push('', ...structuralLines(report.structural));
  if (report.regional) lines.push('', ...regionalLines(report.regional));
  if (report.programmes) {
    lines.push('', 'program bersamaan                       diusulkan    angkatan  peserta  bersertifikat');
    for (const p of report.programmes)
      lines.push(
        `  ${p.programId.padEnd(38)} ${p.proposedBy.padEnd(12)} ${right(p.cohorts, 8)}  ${right(p.participants, 7)}  ${right(p.certified, 13)}`,
      );
  }

  const usage = usageLines(report.timings, report.participants);
  if (usage.length) lines.push('', ...usage);

  lines.push('', 'invarian');
  for (const i of report.invariants) {
    lines.push(`  ${i.ok ? '✓' : '✗'} ${i.name}`);
    for (const d of i.details) lines.push(`      ${d}`);
  }
  lines.push('', report.ok ? 'Semua invarian terpenuhi.' : 'GAGAL: ada invarian yang dilanggar.');
  return lines;
}

const rate = (answered: number, sent: number) =>
  sent === 0 ? '-' : `${answered}/${sent} (${((100 * answered) / sent).toFixed(1).replace('.', ',')}%)`;

/** Response rates of every Monev round, all levels together: participants and mentors. */
function monevLines(rows: readonly MonevReportRow[]): string[] {
  const points = [...new Set(rows.map((r) => r.point))].sort((a, b) => a - b);
  const lines = ['Monev (semua angkatan)    respons peserta        respons mentor'];
  for (const point of points) {
    const of = rows.filter((r) => r.point === point);
    const sum = (pick: (r: MonevReportRow) => number) => of.reduce((n, r) => n + pick(r), 0);
    lines.push(
      `  ${`${point} bulan`.padEnd(22)}  ${rate(
        sum((r) => r.participant.answered),
        sum((r) => r.participant.sent),
      ).padEnd(21)}  ${rate(
        sum((r) => r.mentor.answered),
        sum((r) => r.mentor.sent),
      )}`,
    );
  }
  return lines;
}

/** What the summary shows of the regional programme: who proposed and paid for it, and its counts. */
export interface RegionalSummary {
  programId: string;
  kanreg: string;
  funder: string;
  allocation: number;
  cohorts: number;
  participants: number;
  counts: Counts;
}

export function regionalSummary(run: RegionalRun): RegionalSummary {
  const { ctx } = run;
  return {
    programId: ctx.programId,
    kanreg: run.kanreg,
    funder: ctx.scenario.instansi[0]!.name,
    allocation: run.allocation,
    cohorts: ctx.cohorts.length,
    participants: ctx.participants.size,
    counts: ctx.counts,
  };
}

/** The regional programme: its Kanreg and funder, allocation, and its counts stage by stage. */
function regionalLines(r: RegionalSummary): string[] {
  return [
    `Program daerah ${r.programId}: diusulkan Kanreg ${r.kanreg}, dibiayai APBD ${r.funder}; alokasi ${r.allocation} calon, ` +
      `${r.cohorts} angkatan, ${r.participants} peserta ditetapkan`,
    ...Object.entries(r.counts).map(([key, value]) => `  ${key.padEnd(58)} ${right(value, 6)}`),
  ];
}

/** The structural-position scenario: instansi, units, and the candidates determined by echelon and unit. */
function structuralLines(s: StructuralSummary): string[] {
  const lines = [
    `Penilaian kompetensi jabatan struktural (Perka BKN 11/2008): ${s.instansi} instansi, ${s.upks} UPK, ` +
      `${s.tpks} TPK, ${s.candidates} calon, ${s.notDetermined} tidak ditetapkan PPK`,
    '  eselon  oleh UPK  oleh TPK  rencana',
  ];
  for (const e of s.byEchelon)
    lines.push(`  ${e.echelon.padEnd(6)}  ${right(e.upk, 8)}  ${right(e.tpk, 8)}  ${right(e.planned, 7)}`);
  lines.push(
    `  ${s.notices} surat pemberitahuan (${s.lateNotices} diterima terlambat), ${s.results} hasil metode, ` +
      `${s.reports} laporan kepada PPK; menurut Baperjakat ${s.valid} berlaku, ${s.expired} kedaluwarsa`,
    `  pencalonan ulang: ${s.renominations.sameInstansi} oleh instansi yang sama, ${s.renominations.otherInstansi} ` +
      `oleh instansi lain (pindah), ${s.renominations.refused} ditolak karena pencalonan belum berakhir`,
  );
  return lines;
}
