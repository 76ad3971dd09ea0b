import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_START } from '../../tools/demo/calendar';
import { runDemo } from '../../tools/demo/demo';
import { formatSummary, type DemoReport } from '../../tools/demo/summary';
import { usageRecord } from '../../tools/demo/usage';
import type { LocalStack } from '../../tools/local/local-stack';
import { Meter } from '../../tools/local/metering';
import { startTestStack } from './helpers';

/**
 * `npm run demo -- --scale national` in a reduced shape: the national programme and one Kanreg programme (Kanreg
 * I, the Province of Jawa Tengah and three districts), each two cohorts of 8 on the 2019 days, played at the same
 * time by two contexts on one calendar through the same stages, then read back: each programme's invariants and
 * those across them. The same code as the 10x run; only the size is smaller.
 */
describe('the national demo, two programmes at the same time on a small scale', () => {
  let stack: LocalStack;
  let report: DemoReport;
  const lines: string[] = [];
  const meter = new Meter();

  beforeAll(async () => {
    stack = await startTestStack({ workerConcurrency: 4, calendarStart: { date: DEMO_START }, meter });
    report = await runDemo(stack, {
      scale: { kanregProgrammes: 1, scale: 'small', districts: 3 },
      concurrency: 16,
      log: (line) => lines.push(line),
      meter,
    });
  }, 300_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it("keeps each programme's invariants and those across programmes", () => {
    expect(report.invariants.filter((i) => !i.ok)).toEqual([]);
    // Each programme's 10; the registers, the bus, the mailbox and the re-issues are checked across them, 7 in all.
    expect(report.invariants.filter((i) => i.name.startsWith('BKN: '))).toHaveLength(10);
    expect(report.invariants.filter((i) => i.name.startsWith('Kanreg I: '))).toHaveLength(10);
    expect(
      report.invariants.filter((i) => i.name.startsWith('across programmes: ')).map((i) => i.name),
    ).toEqual([
      'across programmes: no registration or invitation number reused or skipped',
      'across programmes: every certificate event id on the bus once; every recorded certificate change announced',
      'across programmes: every Monev questionnaire e-mailed exactly once per round per recipient',
      'across programmes: every re-issued certificate listed in its programme',
      'across programmes: no NIP proposed in two programmes',
      'across programmes: each cohort holds only its own programme’s participants, within capacity',
      'across programmes: each Kanreg proposed and determined within its allocation',
    ]);
    expect(report.ok).toBe(true);
  });

  it('plays both programmes through every stage, their cohorts on the same 2019 days', () => {
    expect(report.timings.map((t) => t.name)).toHaveLength(12);
    // Two cohorts each, and BKN's re-test session of each programme.
    expect(report.programmes!.map((p) => [p.proposedBy, p.cohorts])).toEqual([
      ['BKN', 3],
      ['Kanreg I', 3],
    ]);
    expect(report.programmes!.every((p) => p.participants === 16 && p.certified > 0)).toBe(true);
    expect(report.participants).toBe(32);
    // Each context logs its own days: every day of the cohorts twice, in date order across the run.
    const days = lines.filter((l) => /^ {2}2019-0[67]-\d{2}: .*angkatan/.test(l)).map((l) => l.slice(2, 12));
    expect(days).toEqual([...days].sort());
    expect(new Set(days).size * 2).toBe(days.length);
    const summary = formatSummary(report).join('\n');
    expect(summary).toContain('program bersamaan');
    expect(summary).toContain('Semua invarian terpenuhi.');
  });

  it('reports the usage per stage and per participant of all programmes, and the hot keys above 1%', () => {
    const usage = usageRecord(report.timings, report.participants);
    expect(usage.participants).toBe(32);
    expect(usage.stages).toHaveLength(12);
    expect(usage.total.invocations).toBeGreaterThan(0);
    expect(usage.hotKeys.writes.every((k) => k.share > 0.01)).toBe(true);
    expect(formatSummary(report).join('\n')).toContain('per peserta (32)');
  });
});
