/**
 * Environment variables through which the deployment (CDK stack or local runner) tells a function where its
 * resources are. The resource model in infra/ sets exactly these names, so the two cannot drift.
 */
export const ENV = {
  tableName: 'TABLE_NAME',
  documentsBucket: 'DOCUMENTS_BUCKET',
  uploadsBucket: 'UPLOADS_BUCKET',
  announcementQueueUrl: 'ANNOUNCEMENT_QUEUE_URL',
  placementQueueUrl: 'PLACEMENT_QUEUE_URL',
  invitationQueueUrl: 'INVITATION_QUEUE_URL',
  certificateQueueUrl: 'CERTIFICATE_QUEUE_URL',
  eventBusName: 'EVENT_BUS_NAME',
  /** Public base URL of the API: certificates' QR codes point at its verification page. */
  publicBaseUrl: 'PUBLIC_BASE_URL',
  /** Optional: the contact and complaint channel the public verification page shows, as JSON (its default else). */
  verificationContact: 'VERIFICATION_CONTACT',
  serviceName: 'POWERTOOLS_SERVICE_NAME',
} as const;

export type EnvName = (typeof ENV)[keyof typeof ENV];

/** Read at call time (not module load) so tests and the local runner can set it after import. */
export function requireEnv(name: EnvName): string {
  const value = process.env[name];
  if (!value) throw new Error(`Environment variable ${name} is not set`);
  return value;
}
