import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allocationKey } from '../../adapters/dynamodb/keys';
import { DEMO_START } from '../../tools/demo/calendar';
import { runDemo } from '../../tools/demo/demo';
import { formatSummary, type DemoReport } from '../../tools/demo/summary';
import type { LocalStack } from '../../tools/local/local-stack';
import { startTestStack } from './helpers';

/**
 * The demo's regional programme alone (`npm run demo -- --scenario regional`): Kanreg III's programme for the
 * Province of Jawa Barat, registering its own instansi, played through the API on its 2027 days under Perban BKN
 * 7/2020, then read back and its invariants checked. The same stages the full demo plays after the others.
 */
describe('the demo regional programme (Perban BKN 7/2020), played alone', () => {
  let stack: LocalStack;
  let report: DemoReport;
  const lines: string[] = [];

  beforeAll(async () => {
    stack = await startTestStack({ workerConcurrency: 4, calendarStart: { date: DEMO_START } });
    report = await runDemo(stack, {
      scale: 'small',
      scenarios: ['regional'],
      concurrency: 8,
      log: (line) => lines.push(line),
    });
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it('keeps every regional invariant and meets no answer it did not expect', () => {
    expect(report.invariants.filter((i) => !i.ok)).toEqual([]);
    expect(report.invariants.map((i) => i.name)).toEqual([
      expect.stringContaining('within its allocation'),
      expect.stringContaining('hold only its own participants'),
      expect.stringContaining('unbriefed participant, unplanned unit'),
      expect.stringContaining('waited for the additional evidence'),
      expect.stringContaining('3 JP of e-learning'),
      expect.stringContaining('every participant found competent certified'),
      expect.stringContaining('the PIK graduate'),
      'every answer as the scenario expected',
    ]);
    expect(lines[0]).toContain('Demo program daerah saja');
    expect(formatSummary(report).join('\n')).toContain('alokasi 10 calon, 1 angkatan, 8 peserta ditetapkan');
  });

  it('reports a broken invariant: a Kanreg whose allocation is below what its region proposed and determined', async () => {
    // 10 proposed; 9 accepted by the eligibility session (determined), 1 of them not set after the pre-assessment.
    const { programId } = report.regional!;
    await DynamoDBDocumentClient.from(stack.clients.dynamodb).send(
      new UpdateCommand({
        TableName: stack.resources.table,
        Key: allocationKey(programId, 'III'),
        UpdateExpression: 'SET allocated = :one',
        ExpressionAttributeValues: { ':one': 1 },
      }),
    );
    const broken = (await report.recheck()).filter((i) => !i.ok);
    expect(broken.map((i) => i.name)).toEqual([expect.stringContaining('within its allocation')]);
    expect(broken[0]!.details).toEqual([
      'Kanreg III: 10 proposed, 1 allocated',
      'Kanreg III: 9 determined, 1 allocated',
    ]);
  });
});
