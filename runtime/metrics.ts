import type { MiddlewareObj } from '@middy/core';
import { systemTime } from './clock';
import { ENV } from './env';

/*
 * CloudWatch Embedded Metric Format written here rather than with Powertools Metrics: Powertools Metrics and
 * the parts of its commons it brings cost 12.1 KiB in every function that counts (proposals, certificates and
 * the queue workers; measured with `npm run bundle-report`, docs/BENCHMARKS.md), for the one thing we use, counts
 * with the `service` dimension. The lines are the ones Powertools 2.35 printed for the same counts, byte for
 * byte but the timestamp (test/runtime/metrics.test.ts holds lines it printed).
 */

/** CloudWatch namespace of the programme's business metrics; the stack's dashboard reads the same one. */
export const METRICS_NAMESPACE = 'SertifikasiASN';

/** The business events counted, one EMF count per event, with the emitting function's `service` dimension. */
export const BUSINESS_METRICS = [
  'ProposalSubmitted',
  'ParticipantPlaced',
  'ParticipantWaitlisted',
  'CertificateIssued',
  'TrainingCertificateIssued',
  'CertificateRevoked',
  'CertificateReinstated',
  'CertificateAnnulled',
  'CredentialIssued',
] as const;
export type BusinessMetric = (typeof BUSINESS_METRICS)[number];

/**
 * Values of one metric in one line at most (EMF's limit, as Powertools): the 100th publishes the line at once.
 * The other limit, 100 metrics a line, cannot be reached by the nine business metrics.
 */
const MAX_VALUES = 100;

const TRUTHY = new Set(['1', 'y', 'yes', 't', 'true', 'on']);
const FALSY = new Set(['0', 'n', 'no', 'f', 'false', 'off']);

/**
 * As Powertools reads it when the module loads: POWERTOOLS_METRICS_DISABLED if set (any other value fails the
 * load, as it did), otherwise disabled in Powertools' dev mode (POWERTOOLS_DEV).
 */
function disabledByEnvironment(): boolean {
  const flag = process.env.POWERTOOLS_METRICS_DISABLED;
  if (flag === undefined) return TRUTHY.has(process.env.POWERTOOLS_DEV?.trim().toLowerCase() ?? '');
  const value = flag.trim().toLowerCase();
  if (TRUTHY.has(value)) return true;
  if (FALSY.has(value)) return false;
  throw new Error('Environment variable POWERTOOLS_METRICS_DISABLED must be a boolean');
}

const disabled = disabledByEnvironment();
/** The `service` dimension: the function's service name, as the logger's, or Powertools' placeholder. */
const service = process.env[ENV.serviceName]?.trim() || 'service_undefined';
/** This invocation's counts, in the order first counted; one value per `countEvent` call, never summed. */
const counts = new Map<BusinessMetric, number[]>();

/** Prints the counts as one EMF line on stdout (CloudWatch Logs turns it into metrics) and forgets them. */
function publish(): void {
  if (counts.size === 0) return;
  const line = {
    _aws: {
      // Protocol time, as Powertools': when the line is written, not the business calendar's date.
      Timestamp: systemTime().getTime(),
      CloudWatchMetrics: [
        {
          Namespace: METRICS_NAMESPACE,
          Dimensions: [['service']],
          Metrics: [...counts.keys()].map((name) => ({ Name: name, Unit: 'Count' })),
        },
      ],
    },
    service,
    ...Object.fromEntries(
      [...counts].map(([name, values]) => [name, values.length === 1 ? values[0] : values]),
    ),
  };
  counts.clear();
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

/** Counts a business event; it is printed as EMF when the invocation ends (`publishMetrics`). */
export function countEvent(name: BusinessMetric, count = 1): void {
  if (disabled) return;
  const values = counts.get(name) ?? [];
  values.push(count);
  counts.set(name, values);
  if (values.length === MAX_VALUES) publish();
}

/**
 * Publishes the invocation's metrics when it ends, failed or not. Unlike Powertools' `logMetrics`, an
 * invocation that counted nothing prints nothing: most API calls count no business event.
 */
export function publishMetrics(): MiddlewareObj {
  return { after: publish, onError: publish };
}
