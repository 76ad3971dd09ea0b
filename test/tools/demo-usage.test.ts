import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MeterReading } from '../../tools/local/metering';
import type { StageTiming } from '../../tools/demo/progress';
import { readUsageRecord, usageLines, usageRecord } from '../../tools/demo/usage';

/** A reading with one function's usage and two partition keys' loads. */
function reading(invocations: number, writeUnits: number, keys: MeterReading['keys']): MeterReading {
  return {
    functions: {
      programs: {
        invocations,
        handlerMs: invocations * 10,
        messagesReceived: 0,
        dynamodb: { calls: invocations, readUnits: invocations / 2, writeUnits, refusedWrites: 0 },
        sqs: { requests: 1, messagesSent: 1 },
        s3: { write: 0, read: 0 },
        kms: { sign: 0, other: 0 },
        ses: { emails: 0 },
        events: { published: 0 },
      },
    },
    keys,
  };
}

describe('the demo summary of AWS usage', () => {
  it('adds the stages up, divides by the participants, and ranks partition keys by their share', () => {
    // Prepare
    const timings: StageTiming[] = [
      {
        name: '1 a',
        seconds: 1,
        requests: 4,
        usage: reading(4, 30, { A: { readUnits: 1, writeUnits: 30 } }),
      },
      {
        name: '2 b',
        seconds: 1,
        requests: 6,
        usage: reading(6, 70, { B: { readUnits: 4, writeUnits: 60 }, A: { readUnits: 0, writeUnits: 10 } }),
      },
      { name: '3 unmetered', seconds: 1, requests: 1 },
    ];

    // Act
    const lines = usageLines(timings, 5);

    // Assess
    expect(lines.find((l) => l.startsWith('total'))).toMatch(
      /^total\s+10\s+0\.1\s+5\.0\s+100\.0\s+2\s+0\s+0\s+0$/,
    );
    expect(lines.find((l) => l.startsWith('per peserta (5)'))).toMatch(
      /\s2\.0\s+0\.020\s+1\.0\s+20\.0\s+0\.40\s/,
    );
    const writes = lines.indexOf(lines.find((l) => l.startsWith('kunci partisi dengan tulis'))!);
    expect(lines[writes]).toContain('dari 100.0 unit');
    expect(lines[writes + 1]).toMatch(/^ {2}B\s+60\.0\s+60\.00%$/);
    expect(lines[writes + 2]).toMatch(/^ {2}A\s+40\.0\s+40\.00%$/);
    expect(lines.some((l) => l.startsWith('3 unmetered'))).toBe(false);
  });

  it('says nothing when the stack was not metered', () => {
    expect(usageLines([{ name: '1 a', seconds: 1, requests: 1 }], 5)).toEqual([]);
  });
});

describe('the usage record a run writes (--usage-out)', () => {
  it("adds each function's usage up over the stages, and keeps each stage's wall time and CPU", () => {
    // Prepare
    const timings: StageTiming[] = [
      { name: '1 a', seconds: 2, requests: 4, usage: reading(4, 30, {}), cpu: { node: 1, dynamodb: 0.5 } },
      { name: '2 b', seconds: 3, requests: 6, usage: reading(6, 70, {}) },
    ];

    // Act
    const record = usageRecord(timings, 5);

    // Assess
    expect(record.functions?.programs).toMatchObject({
      invocations: 10,
      dynamodb: { calls: 10, writeUnits: 100 },
    });
    expect(record.stages.map(({ name, seconds, cpu }) => ({ name, seconds, cpu }))).toEqual([
      { name: '1 a', seconds: 2, cpu: { node: 1, dynamodb: 0.5 } },
      { name: '2 b', seconds: 3, cpu: undefined },
    ]);
  });
});

describe('a usage file read for comparing or costing', () => {
  it('is refused when its run stopped early, naming why', () => {
    const dir = mkdtempSync(join(tmpdir(), 'usage-'));
    const file = join(dir, 'stopped.json');
    writeFileSync(file, JSON.stringify({ participants: 0, stoppedEarly: 'queue wait gave up', stages: [] }));
    try {
      expect(() => readUsageRecord(file)).toThrow(
        `${file} is of a run that stopped early (queue wait gave up)`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
