import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { MiddlewareObj } from '@middy/core';

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
] as const;
export type BusinessMetric = (typeof BUSINESS_METRICS)[number];

/** Service name from POWERTOOLS_SERVICE_NAME, as the logger's. */
export const metrics = new Metrics({ namespace: METRICS_NAMESPACE });

/** Counts a business event; it is printed as EMF when the invocation ends (`publishMetrics`). */
export function countEvent(name: BusinessMetric, count = 1): void {
  metrics.addMetric(name, MetricUnit.Count, count);
}

/**
 * Publishes the invocation's metrics when it ends, failed or not. Unlike Powertools' `logMetrics`, an
 * invocation that counted nothing prints nothing: most API calls count no business event, and `logMetrics`
 * would log a warning for each of them.
 */
export function publishMetrics(): MiddlewareObj {
  const publish = () => {
    if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
  };
  return { after: publish, onError: publish };
}
