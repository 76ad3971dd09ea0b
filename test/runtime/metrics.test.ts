import middy from '@middy/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BusinessMetric } from '../../runtime/metrics';

type MetricsModule = typeof import('../../runtime/metrics');
type Count = [BusinessMetric, number?];

/** When the lines below were printed; the writer's clock is set to it. */
const PRINTED_AT = 1796509219734;

/*
 * Lines Powertools Metrics 2.35 printed for the same counts (`new Metrics({ namespace: 'SertifikasiASN' })`,
 * `addMetric(name, MetricUnit.Count, count)`, `publishStoredMetrics()`), with POWERTOOLS_SERVICE_NAME=svc.
 */
const POWERTOOLS_ONE_COUNT =
  '{"_aws":{"Timestamp":1796509219734,"CloudWatchMetrics":[{"Namespace":"SertifikasiASN","Dimensions":[["service"]],"Metrics":[{"Name":"ProposalSubmitted","Unit":"Count"}]}]},"service":"svc","ProposalSubmitted":1}';
// ParticipantPlaced 1, ParticipantWaitlisted 1, ParticipantPlaced 1, ParticipantPlaced 3.
const POWERTOOLS_REPEATED_COUNTS =
  '{"_aws":{"Timestamp":1796509219734,"CloudWatchMetrics":[{"Namespace":"SertifikasiASN","Dimensions":[["service"]],"Metrics":[{"Name":"ParticipantPlaced","Unit":"Count"},{"Name":"ParticipantWaitlisted","Unit":"Count"}]}]},"service":"svc","ParticipantPlaced":[1,1,3],"ParticipantWaitlisted":1}';

let printed: string[];

/** The metrics module loaded afresh, as a cold start loads it, with this environment. */
async function loadMetrics(env: Record<string, string | undefined>): Promise<MetricsModule> {
  vi.resetModules();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  return import('../../runtime/metrics');
}

/** One invocation of a handler that counts these events, then fails if asked, behind `publishMetrics`. */
function invoke(metrics: MetricsModule, counts: Count[], fail = false) {
  return middy(async () => {
    for (const [name, count] of counts) metrics.countEvent(name, count);
    if (fail) throw new Error('the operation failed');
    return 'done';
  }).use(metrics.publishMetrics())(undefined, {} as never);
}

beforeEach(() => {
  printed = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed.push(String(chunk));
    return true;
  });
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(PRINTED_AT);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe('business metrics as CloudWatch Embedded Metric Format', () => {
  const enabled = { POWERTOOLS_METRICS_DISABLED: 'false', POWERTOOLS_SERVICE_NAME: 'svc' };

  it('prints one count as the EMF line Powertools printed: namespace, the service dimension, Count', async () => {
    const metrics = await loadMetrics(enabled);

    await invoke(metrics, [['ProposalSubmitted']]);

    expect(printed).toEqual([`${POWERTOOLS_ONE_COUNT}\n`]);
  });

  it('keeps every count of a metric in an invocation as a list of values, in order, as Powertools did', async () => {
    const metrics = await loadMetrics(enabled);

    await invoke(metrics, [
      ['ParticipantPlaced', 1],
      ['ParticipantWaitlisted', 1],
      ['ParticipantPlaced', 1],
      ['ParticipantPlaced', 3],
    ]);

    expect(printed).toEqual([`${POWERTOOLS_REPEATED_COUNTS}\n`]);
  });

  it('prints nothing for an invocation that counted nothing, succeeded or failed', async () => {
    const metrics = await loadMetrics(enabled);

    await invoke(metrics, []);
    await expect(invoke(metrics, [], true)).rejects.toThrow('the operation failed');

    expect(printed).toEqual([]);
  });

  it('publishes the counts of a failed invocation, and the error still reaches the caller', async () => {
    const metrics = await loadMetrics(enabled);

    await expect(invoke(metrics, [['CertificateRevoked', 1]], true)).rejects.toThrow('the operation failed');

    expect(printed.map((line) => JSON.parse(line) as Record<string, unknown>)).toEqual([
      expect.objectContaining({ service: 'svc', CertificateRevoked: 1 }),
    ]);
  });

  it('starts each invocation with no counts: what one published is not printed again by the next', async () => {
    const metrics = await loadMetrics(enabled);

    await invoke(metrics, [['CertificateIssued', 1]]);
    await invoke(metrics, [['CertificateAnnulled', 1]]);

    expect(printed.map((line) => JSON.parse(line) as Record<string, unknown>)).toEqual([
      expect.not.objectContaining({ CertificateAnnulled: expect.anything() }),
      expect.not.objectContaining({ CertificateIssued: expect.anything() }),
    ]);
  });

  it('prints a line as soon as a metric has 100 values (EMF limit), as Powertools did: 205 counts in 100, 100, 5', async () => {
    const metrics = await loadMetrics(enabled);

    await invoke(
      metrics,
      Array.from({ length: 205 }, (): Count => ['ParticipantPlaced', 1]),
    );

    const values = printed.map(
      (line) => (JSON.parse(line) as { ParticipantPlaced: number[] }).ParticipantPlaced,
    );
    expect(values.map((v) => v.length)).toEqual([100, 100, 5]);
  });

  it('gives the service dimension Powertools’ placeholder when POWERTOOLS_SERVICE_NAME is unset or blank', async () => {
    for (const name of [undefined, '  ']) {
      const metrics = await loadMetrics({
        POWERTOOLS_METRICS_DISABLED: 'false',
        POWERTOOLS_SERVICE_NAME: name,
      });

      await invoke(metrics, [['ProposalSubmitted', 1]]);
    }

    expect(printed.map((line) => (JSON.parse(line) as { service: string }).service)).toEqual([
      'service_undefined',
      'service_undefined',
    ]);
  });

  describe('POWERTOOLS_METRICS_DISABLED, read when the module loads as Powertools read it', () => {
    it.each(['true', '1', 'y', 'yes', 't', 'on', ' TRUE '])('%j prints nothing', async (flag) => {
      const metrics = await loadMetrics({ ...enabled, POWERTOOLS_METRICS_DISABLED: flag });

      await invoke(metrics, [['ProposalSubmitted', 1]]);

      expect(printed).toEqual([]);
    });

    it.each(['false', '0', 'n', 'no', 'f', 'off', ' False '])('%j prints', async (flag) => {
      const metrics = await loadMetrics({ ...enabled, POWERTOOLS_METRICS_DISABLED: flag });

      await invoke(metrics, [['ProposalSubmitted', 1]]);

      expect(printed).toHaveLength(1);
    });

    it.each([
      [undefined, 1],
      ['true', 0],
      ['0', 1],
    ])('unset, it follows Powertools’ dev mode: POWERTOOLS_DEV %j prints %i lines', async (dev, lines) => {
      const metrics = await loadMetrics({
        ...enabled,
        POWERTOOLS_METRICS_DISABLED: undefined,
        POWERTOOLS_DEV: dev,
      });

      await invoke(metrics, [['ProposalSubmitted', 1]]);

      expect(printed).toHaveLength(lines);
    });

    it.each(['maybe', ''])('%j fails the module load, as Powertools failed its constructor', async (flag) => {
      await expect(loadMetrics({ ...enabled, POWERTOOLS_METRICS_DISABLED: flag })).rejects.toThrow(
        'Environment variable POWERTOOLS_METRICS_DISABLED must be a boolean',
      );
    });
  });
});
