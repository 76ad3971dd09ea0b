import { describe, expect, it } from 'vitest';
import type { Usage } from '../../tools/local/metering';
import { compareUsage, comparisonLines } from '../../tools/demo/usage-compare';
import type { UsageRecord } from '../../tools/demo/usage';

/** A stage's usage: `calls` DynamoDB calls and invocations, `writes` write units. */
const usage = (calls: number, writes: number): Usage => ({
  invocations: calls,
  handlerMs: 0,
  messagesReceived: 0,
  dynamodb: { calls, readUnits: 0, writeUnits: writes, refusedWrites: 0 },
  sqs: { requests: 0, messagesSent: 0 },
  s3: { write: 0, read: 0 },
  kms: { sign: 0, other: 0 },
  ses: { emails: 0 },
  events: { published: 0 },
});

const run = (participants: number, stages: [string, Usage][]): UsageRecord => ({
  participants,
  stages: stages.map(([name, u]) => ({ name, usage: u })),
  total: stages.reduce(
    (t, [, u]) => usage(t.invocations + u.invocations, t.dynamodb.writeUnits + u.dynamodb.writeUnits),
    usage(0, 0),
  ),
  hotKeys: { writes: [], reads: [] },
});

describe('the comparison of two runs’ usage per participant', () => {
  it('flags a ratio above 1.1 and not one at 1.1, per stage by name whatever its number', () => {
    // Prepare: 1x 100 participants; 10x 1000, its writes of placement 1.2 times as dear per participant.
    const a = run(100, [
      ['5 penempatan (antrean)', usage(100, 200)],
      ['6 angkatan hari demi hari', usage(1000, 100)],
      ['12 penilaian jabatan struktural 2025-2027', usage(10, 10)],
    ]);
    const b = run(1000, [
      ['5 penempatan (antrean)', usage(1000, 2400)],
      ['6 angkatan hari demi hari', usage(11_000, 1000)],
    ]);

    // Act
    const comparison = compareUsage(a, b);

    // Assess
    const ratio = (stage: string, metric: string) =>
      comparison.ratios.find((r) => r.stage === stage && r.metric === metric)!;
    expect(ratio('penempatan (antrean)', 'DynamoDB write units')).toMatchObject({
      a: 2,
      b: 2.4,
      flagged: true,
    });
    expect(ratio('penempatan (antrean)', 'DynamoDB calls')).toMatchObject({ ratio: 1, flagged: false });
    expect(ratio('angkatan hari demi hari', 'DynamoDB calls').ratio).toBeCloseTo(1.1);
    expect(ratio('angkatan hari demi hari', 'DynamoDB calls').flagged).toBe(false);
    expect(comparison.ratios.some((r) => r.metric === 'KMS signatures')).toBe(false);
    expect(comparison.onlyIn).toEqual({ a: ['penilaian jabatan struktural 2025-2027'], b: [] });
    const lines = comparisonLines(comparison);
    expect(lines.filter((l) => l.includes('⚠'))).toHaveLength(1);
    expect(lines.at(-1)).toBe('1 rasio per peserta di atas 1.1.');
  });

  it('flags a metric the first run did not use at all', () => {
    const comparison = compareUsage(run(10, [['1 a', usage(0, 0)]]), run(100, [['1 a', usage(5, 0)]]));
    expect(comparison.ratios.filter((r) => r.stage === 'a')).toEqual([
      expect.objectContaining({ metric: 'Lambda invocations', ratio: Infinity, flagged: true }),
      expect.objectContaining({ metric: 'DynamoDB calls', ratio: Infinity, flagged: true }),
    ]);
  });
});

describe('the comparison per function', () => {
  it('compares each function both runs have, per participant, and flags one whose calls grew', () => {
    // Prepare: the Monev job makes 1.5 times the calls per participant at 10x; the worker stays flat.
    const a = {
      ...run(100, []),
      functions: { monevRounds: usage(100, 0), notificationWorker: usage(50, 5) },
    };
    const b = {
      ...run(1000, []),
      functions: { monevRounds: usage(1500, 0), notificationWorker: usage(500, 50) },
    };

    // Act
    const comparison = compareUsage(a, b);

    // Assess
    const flagged = comparison.ratios.filter((r) => r.flagged).map((r) => [r.stage, r.metric]);
    expect(flagged).toEqual([
      ['fungsi monevRounds', 'Lambda invocations'],
      ['fungsi monevRounds', 'DynamoDB calls'],
    ]);
    expect(comparison.ratios.filter((r) => r.stage === 'fungsi notificationWorker')).toHaveLength(3);
  });
});
