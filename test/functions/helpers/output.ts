import { vi } from 'vitest';
import { logger } from '../../../runtime/logger';

/*
 * Imported before any handler module: Powertools reads POWERTOOLS_METRICS_DISABLED when the metrics module is
 * loaded, and the test configuration disables metrics for every other test file.
 */
process.env.POWERTOOLS_METRICS_DISABLED = 'false';

export type JsonLine = Record<string, unknown>;

/**
 * What the handlers print while a test runs, as CloudWatch would receive it: Powertools writes log lines
 * and EMF blobs as JSON lines. Logging is switched on at INFO for the capture; `restore()` switches it off again.
 */
export function captureOutput() {
  const chunks: string[] = [];
  const keep = (chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  };
  // Warnings and errors go to stderr, the rest to stdout; CloudWatch takes both.
  const writes = [process.stdout, process.stderr].map((stream) =>
    vi.spyOn(stream, 'write').mockImplementation(keep),
  );
  // The logger middleware puts the configured level (SILENT in tests) back on each warm invocation.
  const refresh = vi.spyOn(logger, 'refreshSampleRateCalculation').mockImplementation(() => undefined);
  logger.setLogLevel('INFO');
  const lines = (): JsonLine[] =>
    chunks
      .join('')
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as JsonLine);
  return {
    lines,
    /** Log lines with this message. */
    logs: (message: string) => lines().filter((line) => line.message === message),
    /** EMF blobs: the metric definitions and their values. */
    metrics: () => lines().filter((line) => '_aws' in line),
    restore() {
      logger.setLogLevel('SILENT');
      for (const spy of [refresh, ...writes]) spy.mockRestore();
    },
  };
}

/** The EMF blob's declaration of one metric, e.g. `{ namespace, name, unit, value, service }`. */
export function emfMetric(blob: JsonLine, name: string) {
  const { CloudWatchMetrics } = blob._aws as {
    CloudWatchMetrics: {
      Namespace: string;
      Dimensions: string[][];
      Metrics: { Name: string; Unit: string }[];
    }[];
  };
  const directive = CloudWatchMetrics.find((d) => d.Metrics.some((m) => m.Name === name));
  if (!directive) return undefined;
  return {
    namespace: directive.Namespace,
    dimensions: directive.Dimensions,
    unit: directive.Metrics.find((m) => m.Name === name)!.Unit,
    value: blob[name],
    service: blob.service,
  };
}
