import type { ApiFunctionName } from '../events/api/route';
import { ENV, SIGNING_ROLES, type EnvName, type SigningRole } from '../runtime/env';
import { OUTBOX_KEY_PREFIX } from '../adapters/dynamodb/keys';
import type { IntegrationEventType } from '../events/messages/integration-events';

/*
 * The system's resources, declared once. The CDK stack (infra/stack.ts) deploys them and the local runner
 * (tools/local/) creates and serves them from this same model, so the two cannot drift. Routes are declared
 * with their contracts in events/api/routes.ts. Pure data: no CDK here.
 */

export interface IndexModel {
  name: string;
  partitionKey: string;
  sortKey: string;
}

export const TABLE = {
  envVar: ENV.tableName,
  partitionKey: 'pk',
  sortKey: 'sk',
  indexes: [
    { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { name: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  ] satisfies IndexModel[],
  timeToLiveAttribute: 'expiresAt',
  /** The table's change stream: keys only, all the outbox relay needs (it reads the entry itself). */
  streamView: 'KEYS_ONLY',
} as const;

export type BucketName = 'documents' | 'uploads' | 'signing';

export interface BucketModel {
  envVar: EnvName;
  purpose: string;
  /**
   * Reads name the object version recorded when the upload was confirmed (docs/data-model.md, "Objects (S3
   * bucket uploads)"), so the bucket's versioning is what they rely on: the local stack turns it on for these
   * (every bucket is versioned on AWS), and old versions are kept.
   */
  pinnedVersions?: true;
}

export const BUCKETS: Record<BucketName, BucketModel> = {
  documents: { envVar: ENV.documentsBucket, purpose: 'Generated letters, invitations and certificates' },
  uploads: {
    envVar: ENV.uploadsBucket,
    purpose: 'Documents uploaded by instansi with their proposals, and participant CVs',
    pinnedVersions: true,
  },
  signing: {
    envVar: ENV.signingBucket,
    purpose: 'Certificate chains of the signing officials, `<role>/chain.pem` (configuration BKN installs)',
  },
};

/**
 * The key behind each signing role (runtime/env.ts SIGNING_ROLES): an asymmetric KMS key whose private half never
 * leaves KMS. RSA 2048 because PKCS#1 v1.5 signatures are deterministic (a retried document has the same bytes)
 * and every PDF reader and national CA (BSrE) accepts them.
 */
export const SIGNING_KEY_SPEC = 'RSA_2048';

/** The alias of an official's signing key, on AWS and on the local KMS endpoint alike. */
export const signingKeyAlias = (role: SigningRole) => `alias/sertifikasi/signing/${role}`;

/**
 * The key of the Open Badges issuer (functions/credential-issuer): Ed25519 in KMS, used with ED25519_SHA_512 on
 * RAW messages, the signature Data Integrity `eddsa-rdfc-2022` needs as it is (the suite Open Badges 3.0 names).
 * Check that the Region offers the key spec before deploying there.
 */
export const CREDENTIAL_KEY_SPEC = 'ECC_NIST_EDWARDS25519';
export const CREDENTIAL_KEY_ALIAS = 'alias/sertifikasi/credentials/issuer';

export type QueueName =
  | 'announcement'
  | 'placement'
  | 'invitation'
  | 'certificate'
  | 'credential'
  | 'notification'
  | 'emailFeedback'
  | 'structuralNotice'
  | 'schemeEnrolment';

export interface QueueModel {
  envVar: EnvName;
  /** Worker function that consumes the queue. */
  consumer: WorkerFunctionName;
  /** At least six times the worker's timeout, as AWS advises for Lambda event sources. */
  visibilityTimeoutSeconds: number;
  /** Deliveries before a message moves to the queue's DLQ. */
  maxReceiveCount: number;
  batchSize: number;
  /** Longest a message may wait before the age alarm fires. */
  maxAgeSeconds: number;
  /**
   * Most worker invocations at once, for queues whose messages all take numbers from one register per year
   * (invitation letters, certificates): more would only make them contend for the counter and fail on retries.
   * Within an invocation their workers take numbers one at a time too, and do the rest of each record in parallel.
   */
  maxConcurrency?: number;
}

export const QUEUES: Record<QueueName, QueueModel> = {
  announcement: {
    envVar: ENV.announcementQueueUrl,
    consumer: 'announcementLetter',
    visibilityTimeoutSeconds: 180,
    maxReceiveCount: 3,
    batchSize: 5,
    maxAgeSeconds: 600,
  },
  placement: {
    envVar: ENV.placementQueueUrl,
    consumer: 'placementWorker',
    visibilityTimeoutSeconds: 180,
    maxReceiveCount: 5,
    batchSize: 10,
    maxAgeSeconds: 300,
  },
  invitation: {
    envVar: ENV.invitationQueueUrl,
    consumer: 'invitationWorker',
    visibilityTimeoutSeconds: 180,
    maxReceiveCount: 3,
    batchSize: 5,
    maxAgeSeconds: 900,
    maxConcurrency: 2,
  },
  certificate: {
    envVar: ENV.certificateQueueUrl,
    consumer: 'certificateWorker',
    visibilityTimeoutSeconds: 180,
    maxReceiveCount: 5,
    batchSize: 10,
    maxAgeSeconds: 900,
    maxConcurrency: 2,
  },
  credential: {
    envVar: ENV.credentialQueueUrl,
    consumer: 'credentialIssuer',
    visibilityTimeoutSeconds: 180,
    maxReceiveCount: 5,
    batchSize: 10,
    maxAgeSeconds: 900,
    // Every credential takes its status entry from one counter and flips bits of one list: few writers at once.
    maxConcurrency: 2,
  },
  notification: {
    envVar: ENV.notificationQueueUrl,
    consumer: 'notificationWorker',
    visibilityTimeoutSeconds: 120,
    // A transient SES refusal (throttling, a service fault) is retried a few times, then kept in the DLQ.
    maxReceiveCount: 4,
    batchSize: 10,
    maxAgeSeconds: 900,
    // SES's sending rate is per account: a few invocations at once keep under it for a cohort's invitations.
    maxConcurrency: 2,
  },
  emailFeedback: {
    envVar: ENV.emailFeedbackQueueUrl,
    consumer: 'emailFeedback',
    visibilityTimeoutSeconds: 60,
    maxReceiveCount: 5,
    batchSize: 10,
    maxAgeSeconds: 900,
  },
  // Numbers are taken by the API when the notice is issued: the worker only renders and signs.
  structuralNotice: {
    envVar: ENV.structuralNoticeQueueUrl,
    consumer: 'structuralNoticeLetter',
    visibilityTimeoutSeconds: 180,
    maxReceiveCount: 3,
    batchSize: 5,
    maxAgeSeconds: 600,
  },
  // A page of a scheme's holders per message, each page sending the next: one message in flight per
  // publication, so one at a time is all a batch holds.
  schemeEnrolment: {
    envVar: ENV.schemeEnrolmentQueueUrl,
    consumer: 'schemeEnrolment',
    visibilityTimeoutSeconds: 180,
    maxReceiveCount: 5,
    batchSize: 1,
    maxAgeSeconds: 900,
  },
};

/**
 * A rule on the integration event bus delivering the integration events of `detailTypes` (source
 * EVENT_SOURCE) to a work queue: on AWS an EventBridge rule with the queue as target (failed deliveries go to
 * the queue's DLQ), locally the event bus (tools/local/event-bus.ts) sends matching events to the queue.
 */
export interface EventRuleModel {
  detailTypes: readonly IntegrationEventType[];
  target: QueueName;
  description: string;
}

export const EVENT_RULES: Record<string, EventRuleModel> = {
  credentials: {
    detailTypes: [
      'CertificateIssued',
      'CertificateRevoked',
      'CertificateReinstated',
      'CertificateAnnulled',
      'CertificateReissued',
    ],
    target: 'credential',
    description: 'Kredensial Open Badges sertifikat kompetensi: terbit, dan status pencabutannya',
  },
  certificateNotices: {
    detailTypes: ['CertificateIssued'],
    target: 'notification',
    description: 'E-mail kepada pemegang sertifikat kompetensi yang terbit, dengan tautan unduhnya',
  },
  // Written in the version's own transaction (SC1): once a version is recorded, its holders' enrolment starts.
  schemeEnrolment: {
    detailTypes: ['SchemeVersionPublished'],
    target: 'schemeEnrolment',
    description: 'Pendaftaran pemegang sertifikat ke versi skema yang diterbitkan, satu halaman tiap pesan',
  },
};

/**
 * The table's stream read by a function: on AWS a Lambda event source mapping, locally a stream poller
 * (tools/local/stream-poller.ts), both with this filter, batch size and retry policy.
 */
export interface StreamModel {
  consumer: WorkerFunctionName;
  /** Lambda event filter pattern on the stream record (the local poller applies the same). */
  filter: Record<string, unknown>;
  batchSize: number;
  /** Retries of a failing batch (halved each time) before its records go to the on-failure queue. */
  retryAttempts: number;
  /**
   * Oldest record still handed to the consumer; older ones go to the on-failure queue. Shorter than the wait
   * after which the outbox sweep (functions/event-relay/sweep.ts) takes an unsent entry, so the two never
   * publish one at the same time.
   */
  maxRecordAgeSeconds: number;
  /** Longest the consumer may lag behind the stream before the iterator-age alarm fires. */
  maxIteratorAgeSeconds: number;
}

/** New outbox entries (transactional outbox of integration events) to the relay that publishes them. */
export const OUTBOX_STREAM: StreamModel = {
  consumer: 'eventRelay',
  filter: { eventName: ['INSERT'], dynamodb: { Keys: { pk: { S: [{ prefix: OUTBOX_KEY_PREFIX }] } } } },
  batchSize: 25,
  retryAttempts: 5,
  maxRecordAgeSeconds: 600,
  maxIteratorAgeSeconds: 300,
};

/** The CDK stack's id, and so the prefix of the names CloudFormation gives its queues. */
export const STACK_NAME = 'SertifikasiAsn';

const capitalized = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/**
 * Construct ids of a work queue and its DLQ in the stack. CloudFormation names the queue
 * `<stack>-<construct id><hash>-<suffix>`, which is how operators' tools (tools/ops/redrive.ts) find it.
 */
export const queueConstructId = (name: QueueName) => `${capitalized(name)}Queue`;
export const dlqConstructId = (name: QueueName) => `${capitalized(name)}Dlq`;

/** The local stack's name of a work queue (its DLQ is `<name>-dlq`), under the stack's resource prefix. */
export const localQueueName = (prefix: string, name: QueueName) => `${prefix}-${name}`;

export type WorkerFunctionName =
  | 'announcementLetter'
  | 'placementWorker'
  | 'invitationWorker'
  | 'certificateWorker'
  | 'credentialIssuer'
  | 'eventRelay'
  | 'notificationWorker'
  | 'emailFeedback'
  | 'structuralNoticeLetter'
  | 'schemeEnrolment';
export type JobFunctionName =
  'programWindow' | 'cohortRegistration' | 'outboxSweep' | 'confirmationReminder' | 'monevRounds';
export type FunctionName = ApiFunctionName | WorkerFunctionName | JobFunctionName;

export interface FunctionModel {
  /** Source file exporting `handler`, relative to the project root. */
  entry: string;
  kind: 'api' | 'worker' | 'job';
  memoryMiB: number;
  timeoutSeconds: number;
  /**
   * V8 heap limits (NODE_OPTIONS), where the defaults let garbage pile up: a renderer making thousands of short
   * documents keeps peak memory and GC pauses small with a bounded heap (docs/BENCHMARKS.md).
   */
  v8?: { maxOldSpaceMiB: number; maxSemiSpaceMiB: number };
  /** Ships the API's OpenAPI document, written at build time, as `openapi.json` beside its bundle. */
  openApiDocument?: true;
  /** What the function may touch: the stack grants exactly this, the local runner sets the same variables. */
  uses: {
    table?: 'read' | 'readWrite';
    buckets?: Partial<Record<BucketName, 'read' | 'write' | 'readWrite'>>;
    sendsTo?: QueueName[];
    /** Puts integration events (certificate issued, revoked, ...) on the programme's event bus: the relay only. */
    publishesEvents?: boolean;
    /** Needs the API's public base URL (links printed on documents or given in answers). */
    publicUrl?: boolean;
    /** Shows BKN's contact and complaint channel (VERIFICATION_CONTACT, where the deployment sets one). */
    publicContact?: boolean;
    /** Sends people to the Cognito Hosted UI to log in (LOGIN_DOMAIN, LOGIN_CLIENT_ID, where the deployment sets them). */
    login?: boolean;
    /** Signs documents as these officials: KMS Sign on their keys and reads of the signing bucket. */
    signsAs?: SigningRole[];
    /** Issues Open Badges credentials: KMS Sign and GetPublicKey on the issuer key (CREDENTIAL_KEY), only this. */
    issuesCredentials?: true;
    /** Sends e-mail through SES (ses:SendEmail from the sender identity, in the configuration set): only this. */
    sendsEmail?: true;
  };
}

export const FUNCTIONS: Record<FunctionName, FunctionModel> = {
  meta: {
    entry: 'functions/meta/index.ts',
    kind: 'api',
    memoryMiB: 256,
    timeoutSeconds: 5,
    openApiDocument: true,
    uses: {},
  },
  programs: {
    entry: 'functions/programs/index.ts',
    kind: 'api',
    memoryMiB: 512,
    timeoutSeconds: 10,
    uses: { table: 'readWrite', sendsTo: ['announcement'] },
  },
  documents: {
    entry: 'functions/documents/index.ts',
    kind: 'api',
    memoryMiB: 512,
    timeoutSeconds: 10,
    uses: { table: 'read', buckets: { documents: 'read' } },
  },
  instansi: {
    entry: 'functions/instansi/index.ts',
    kind: 'api',
    memoryMiB: 512,
    timeoutSeconds: 10,
    uses: { table: 'readWrite' },
  },
  proposals: {
    entry: 'functions/proposals/index.ts',
    kind: 'api',
    memoryMiB: 1024,
    timeoutSeconds: 15,
    uses: { table: 'readWrite', buckets: { uploads: 'readWrite' } },
  },
  screening: {
    entry: 'functions/screening/index.ts',
    kind: 'api',
    memoryMiB: 512,
    timeoutSeconds: 10,
    uses: { table: 'readWrite' },
  },
  seating: {
    entry: 'functions/seating/index.ts',
    kind: 'api',
    memoryMiB: 512,
    timeoutSeconds: 10,
    // Placement of waiting participants; the invitation of one moved into a cohort whose registration is open.
    uses: { table: 'readWrite', sendsTo: ['placement', 'invitation'] },
  },
  placementWorker: {
    entry: 'functions/placement-worker/index.ts',
    kind: 'worker',
    memoryMiB: 512,
    timeoutSeconds: 30,
    // The invitation of one seated in a cohort whose registration is already open.
    uses: { table: 'readWrite', sendsTo: ['invitation'] },
  },
  preassessment: {
    entry: 'functions/preassessment/index.ts',
    kind: 'api',
    memoryMiB: 512,
    timeoutSeconds: 10,
    uses: { table: 'readWrite' },
  },
  training: {
    entry: 'functions/training/index.ts',
    kind: 'api',
    memoryMiB: 512,
    timeoutSeconds: 10,
    uses: { table: 'readWrite', buckets: { uploads: 'readWrite' } },
  },
  invitations: {
    entry: 'functions/invitations/index.ts',
    kind: 'api',
    memoryMiB: 512,
    timeoutSeconds: 10,
    uses: { table: 'readWrite', buckets: { documents: 'read' }, sendsTo: ['invitation'] },
  },
  invitationWorker: {
    entry: 'functions/invitation-worker/index.ts',
    kind: 'worker',
    memoryMiB: 1024,
    timeoutSeconds: 30,
    // The participant is e-mailed that the letter is issued, with a link to it.
    uses: {
      table: 'readWrite',
      buckets: { documents: 'write' },
      signsAs: ['kepalaPusat'],
      sendsTo: ['notification'],
      publicUrl: true,
    },
  },
  assessment: {
    entry: 'functions/assessment/index.ts',
    kind: 'api',
    memoryMiB: 512,
    timeoutSeconds: 10,
    uses: { table: 'readWrite' },
  },
  results: {
    entry: 'functions/results/index.ts',
    kind: 'api',
    memoryMiB: 512,
    timeoutSeconds: 10,
    uses: { table: 'readWrite', sendsTo: ['certificate'] },
  },
  retests: {
    entry: 'functions/retests/index.ts',
    kind: 'api',
    memoryMiB: 512,
    timeoutSeconds: 10,
    uses: { table: 'readWrite' },
  },
  certificates: {
    entry: 'functions/certificates/index.ts',
    kind: 'api',
    memoryMiB: 1024,
    timeoutSeconds: 30,
    uses: {
      table: 'readWrite',
      buckets: { documents: 'readWrite' },
      publicUrl: true,
    },
  },
  certificateMaintenance: {
    entry: 'functions/certificate-maintenance/index.ts',
    kind: 'api',
    memoryMiB: 512,
    timeoutSeconds: 10,
    uses: { table: 'readWrite', buckets: { documents: 'read' }, publicUrl: true },
  },
  verification: {
    entry: 'functions/verification/index.ts',
    kind: 'api',
    memoryMiB: 512,
    timeoutSeconds: 10,
    uses: { table: 'read', publicUrl: true, publicContact: true },
  },
  certificateWorker: {
    entry: 'functions/certificate-worker/index.ts',
    kind: 'worker',
    memoryMiB: 512,
    timeoutSeconds: 60,
    v8: { maxOldSpaceMiB: 128, maxSemiSpaceMiB: 16 },
    uses: {
      table: 'readWrite',
      buckets: { documents: 'write' },
      publicUrl: true,
      signsAs: ['kepalaBkn', 'kepalaPusat'],
    },
  },
  credentialIssuer: {
    entry: 'functions/credential-issuer/index.ts',
    kind: 'worker',
    memoryMiB: 512,
    timeoutSeconds: 30,
    uses: { table: 'readWrite', buckets: { documents: 'write' }, publicUrl: true, issuesCredentials: true },
  },
  credentials: {
    entry: 'functions/credentials/index.ts',
    kind: 'api',
    memoryMiB: 256,
    timeoutSeconds: 10,
    uses: { table: 'read', buckets: { documents: 'read' } },
  },
  eventRelay: {
    entry: 'functions/event-relay/index.ts',
    kind: 'worker',
    memoryMiB: 256,
    timeoutSeconds: 60,
    uses: { table: 'readWrite', publishesEvents: true },
  },
  outboxSweep: {
    entry: 'functions/event-relay/sweep.ts',
    kind: 'job',
    memoryMiB: 256,
    timeoutSeconds: 300,
    uses: { table: 'readWrite', publishesEvents: true },
  },
  cohortRegistration: {
    entry: 'functions/cohort-registration/index.ts',
    kind: 'job',
    memoryMiB: 256,
    timeoutSeconds: 120,
    uses: { table: 'readWrite', sendsTo: ['invitation'] },
  },
  announcementLetter: {
    entry: 'functions/announcement-letter/index.ts',
    kind: 'worker',
    memoryMiB: 1024,
    timeoutSeconds: 30,
    uses: { table: 'readWrite', buckets: { documents: 'write' }, signsAs: ['kepalaPusat'] },
  },
  programWindow: {
    entry: 'functions/program-window/index.ts',
    kind: 'job',
    memoryMiB: 256,
    timeoutSeconds: 60,
    uses: { table: 'readWrite' },
  },
  review: {
    entry: 'functions/review/index.ts',
    kind: 'api',
    memoryMiB: 512,
    timeoutSeconds: 10,
    uses: { table: 'readWrite' },
  },
  notificationWorker: {
    entry: 'functions/notification-worker/index.ts',
    kind: 'worker',
    memoryMiB: 256,
    timeoutSeconds: 20,
    // Reads the holder of an issued certificate to e-mail them its links.
    uses: { table: 'readWrite', sendsEmail: true, publicUrl: true },
  },
  emailFeedback: {
    entry: 'functions/email-feedback/index.ts',
    kind: 'worker',
    memoryMiB: 256,
    timeoutSeconds: 10,
    uses: { table: 'readWrite' },
  },
  confirmationReminder: {
    entry: 'functions/confirmation-reminder/index.ts',
    kind: 'job',
    memoryMiB: 256,
    timeoutSeconds: 120,
    uses: { table: 'read', sendsTo: ['notification'], publicUrl: true },
  },
  monev: {
    entry: 'functions/monev/index.ts',
    kind: 'api',
    memoryMiB: 512,
    timeoutSeconds: 15,
    uses: { table: 'readWrite' },
  },
  monevRounds: {
    entry: 'functions/monev-rounds/index.ts',
    kind: 'job',
    memoryMiB: 256,
    timeoutSeconds: 300,
    // services/monev/delivery.ts e-mails each questionnaire and reminder through the notification queue.
    uses: { table: 'readWrite', sendsTo: ['notification'], publicUrl: true },
  },
  surveillance: {
    entry: 'functions/surveillance/index.ts',
    kind: 'api',
    memoryMiB: 256,
    timeoutSeconds: 10,
    // The undertaking answers the certificate as everywhere: with its download link and credential.
    uses: { table: 'readWrite', buckets: { documents: 'read' }, publicUrl: true },
  },
  komite: {
    entry: 'functions/komite/index.ts',
    kind: 'api',
    memoryMiB: 256,
    timeoutSeconds: 10,
    uses: { table: 'readWrite' },
  },
  schemes: {
    entry: 'functions/schemes/index.ts',
    kind: 'api',
    memoryMiB: 512,
    // Publishing a scheme version enrols the first pages of holders in the request; the version's outbox event
    // (SchemeVersionPublished, EVENT_RULES.schemeEnrolment) has the queue go over them all.
    timeoutSeconds: 30,
    uses: { table: 'readWrite' },
  },
  schemeEnrolment: {
    entry: 'functions/scheme-enrolment/index.ts',
    kind: 'worker',
    memoryMiB: 512,
    timeoutSeconds: 30,
    // Each page sends the next one to its own queue.
    uses: { table: 'readWrite', sendsTo: ['schemeEnrolment'] },
  },
  reissue: {
    entry: 'functions/reissue/index.ts',
    kind: 'api',
    memoryMiB: 512,
    timeoutSeconds: 10,
    // The new version's verification link, and its PDF queued for the certificate worker.
    uses: { table: 'readWrite', sendsTo: ['certificate'], publicUrl: true },
  },
  dashboard: {
    entry: 'functions/dashboard/index.ts',
    kind: 'api',
    // A 2019-sized programme is about 1,600 queries (functions/dashboard/records.ts), 16 at a time.
    memoryMiB: 512,
    timeoutSeconds: 29,
    uses: { table: 'read', login: true },
  },
  structuralAssessment: {
    entry: 'functions/structural-assessment/index.ts',
    kind: 'api',
    memoryMiB: 256,
    timeoutSeconds: 10,
    uses: { table: 'readWrite' },
  },
  structuralReport: {
    entry: 'functions/structural-report/index.ts',
    kind: 'api',
    memoryMiB: 256,
    timeoutSeconds: 10,
    uses: { table: 'readWrite' },
  },
  structuralNotices: {
    entry: 'functions/structural-notices/index.ts',
    kind: 'api',
    memoryMiB: 256,
    timeoutSeconds: 10,
    // The notices' PDFs: queued for the worker that signs them, read through short-lived links.
    uses: { table: 'readWrite', buckets: { documents: 'read' }, sendsTo: ['structuralNotice'] },
  },
  structuralNoticeLetter: {
    entry: 'functions/structural-notice-letter/index.ts',
    kind: 'worker',
    memoryMiB: 1024,
    timeoutSeconds: 30,
    uses: { table: 'readWrite', buckets: { documents: 'write' }, signsAs: ['kepalaUpk'] },
  },
  testInstruments: {
    entry: 'functions/test-instruments/index.ts',
    kind: 'api',
    memoryMiB: 256,
    timeoutSeconds: 10,
    uses: { table: 'readWrite' },
  },
  briefings: {
    entry: 'functions/briefings/index.ts',
    kind: 'api',
    memoryMiB: 256,
    timeoutSeconds: 10,
    uses: { table: 'readWrite' },
  },
  testTeams: {
    entry: 'functions/test-teams/index.ts',
    kind: 'api',
    memoryMiB: 256,
    timeoutSeconds: 10,
    uses: { table: 'readWrite' },
  },
  testMechanism: {
    entry: 'functions/test-mechanism/index.ts',
    kind: 'api',
    memoryMiB: 256,
    timeoutSeconds: 10,
    uses: { table: 'readWrite' },
  },
  regional: {
    entry: 'functions/regional/index.ts',
    kind: 'api',
    memoryMiB: 256,
    timeoutSeconds: 10,
    uses: { table: 'readWrite' },
  },
  appeals: {
    entry: 'functions/appeals/index.ts',
    kind: 'api',
    memoryMiB: 512,
    timeoutSeconds: 10,
    // A resolved appeal requests the certificate of the decision in force.
    uses: { table: 'readWrite', sendsTo: ['certificate'] },
  },
  resultSessions: {
    entry: 'functions/result-sessions/index.ts',
    kind: 'api',
    memoryMiB: 512,
    timeoutSeconds: 10,
    uses: { table: 'readWrite' },
  },
  pikGraduates: {
    entry: 'functions/pik-graduates/index.ts',
    kind: 'api',
    memoryMiB: 256,
    timeoutSeconds: 10,
    uses: { table: 'readWrite' },
  },
  testSites: {
    entry: 'functions/test-sites/index.ts',
    kind: 'api',
    memoryMiB: 256,
    timeoutSeconds: 10,
    uses: { table: 'readWrite' },
  },
  trainingDelivery: {
    entry: 'functions/training-delivery/index.ts',
    kind: 'api',
    memoryMiB: 512,
    timeoutSeconds: 10,
    // Module materials, resumes and SPs: signed upload slots and pinned downloads.
    uses: { table: 'readWrite', buckets: { uploads: 'readWrite' } },
  },
};

export interface ScheduleModel {
  /** EventBridge schedule expression: `rate(...)` or `cron(...)`, in UTC. */
  expression: string;
  target: JobFunctionName;
  description: string;
}

export const SCHEDULES: Record<string, ScheduleModel> = {
  proposalWindows: {
    expression: 'rate(5 minutes)',
    target: 'programWindow',
    description: 'Membuka dan menutup jendela usulan program sesuai jadwalnya',
  },
  outboxSweep: {
    expression: 'rate(15 minutes)',
    target: 'outboxSweep',
    description:
      'Menerbitkan ke event bus peristiwa sertifikat yang tertahan di outbox (cadangan relai stream)',
  },
  cohortRegistrations: {
    // 00:05 WIB every day (17:05 UTC): registration opens on a calendar date.
    expression: 'cron(5 17 * * ? *)',
    target: 'cohortRegistration',
    description: 'Membuka pendaftaran angkatan pada tanggalnya dan mengirim undangan pesertanya',
  },
  confirmationReminders: {
    // 08:00 WIB every day (01:00 UTC): reminders arrive in the working day.
    expression: 'cron(0 1 * * ? *)',
    target: 'confirmationReminder',
    description: 'Mengingatkan lewat e-mail peserta yang belum mengonfirmasi kehadiran menjelang angkatannya',
  },
  monevRounds: {
    // 00:15 WIB every day (17:15 UTC): rounds open, remind and close on calendar dates.
    expression: 'cron(15 17 * * ? *)',
    target: 'monevRounds',
    description:
      'Membuka putaran Monev pada titiknya dan mengirim kuesioner kepada peserta dan mentor, mengingatkan yang belum menjawab, dan menutup putaran',
  },
};

/** Per-function settings for Powertools, the same in both runtimes. */
export const serviceName = (fn: FunctionName) => `sertifikasi-${fn}`;

export const nodeOptions = (v8: NonNullable<FunctionModel['v8']>) =>
  `--max-old-space-size=${v8.maxOldSpaceMiB} --max-semi-space-size=${v8.maxSemiSpaceMiB}`;

/** The environment variables a function needs, with names resolved by the deployment (CDK or local). */
export function functionEnvironment(
  name: FunctionName,
  resolve: {
    table: string;
    bucket: (name: BucketName) => string;
    queueUrl: (name: QueueName) => string;
    eventBus: string;
    publicBaseUrl: string;
    signingKey: (role: SigningRole) => string;
    credentialKey: string;
    /** The contact the public pages show, as JSON; their default when absent. */
    verificationContact?: string;
    /** The time-stamping authority signatures use (PAdES B-T); B-B when absent. */
    timeStampUrl?: string;
    /** The SES sender address and configuration set of the functions that send e-mail. */
    email?: { sender: string; configurationSet: string };
    /** The Cognito Hosted UI (its base URL) and the app client whose ID tokens the API accepts. */
    login?: { domain: string; clientId: string };
  },
): Record<string, string> {
  const fn = FUNCTIONS[name];
  const env: Record<string, string> = { [ENV.serviceName]: serviceName(name) };
  if (fn.uses.table) env[TABLE.envVar] = resolve.table;
  for (const bucket of Object.keys(fn.uses.buckets ?? {}) as BucketName[]) {
    env[BUCKETS[bucket].envVar] = resolve.bucket(bucket);
  }
  for (const queue of fn.uses.sendsTo ?? []) env[QUEUES[queue].envVar] = resolve.queueUrl(queue);
  if (fn.v8) env.NODE_OPTIONS = nodeOptions(fn.v8);
  if (fn.uses.publishesEvents) env[ENV.eventBusName] = resolve.eventBus;
  if (fn.uses.publicUrl) env[ENV.publicBaseUrl] = resolve.publicBaseUrl;
  if (fn.uses.publicContact && resolve.verificationContact) {
    env[ENV.verificationContact] = resolve.verificationContact;
  }
  if (fn.uses.signsAs?.length) env[ENV.signingBucket] = resolve.bucket('signing');
  if (fn.uses.signsAs?.length && resolve.timeStampUrl) env[ENV.timeStampUrl] = resolve.timeStampUrl;
  for (const role of fn.uses.signsAs ?? []) env[SIGNING_ROLES[role].keyVar] = resolve.signingKey(role);
  if (fn.uses.issuesCredentials) env[ENV.credentialKey] = resolve.credentialKey;
  if (fn.uses.sendsEmail && resolve.email) {
    env[ENV.emailSender] = resolve.email.sender;
    env[ENV.emailConfigurationSet] = resolve.email.configurationSet;
  }
  if (fn.uses.login && resolve.login) {
    env[ENV.loginDomain] = resolve.login.domain;
    env[ENV.loginClientId] = resolve.login.clientId;
  }
  return env;
}
