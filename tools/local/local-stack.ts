import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import {
  CREDENTIAL_KEY_ALIAS,
  EVENT_RULES,
  FUNCTIONS,
  OUTBOX_STREAM,
  QUEUES,
  SCHEDULES,
  functionEnvironment,
  signingKeyAlias,
  type FunctionName,
  type QueueName,
  type WorkerFunctionName,
} from '../../infra/resource-model';
import { EVENT_SOURCE, eventBridge } from '../../adapters/eventbridge/bus';
import { dynamo, kms, s3, ses, sqs, withoutSdkLogging } from '../../runtime/clients';
import { storageHttp } from '../../adapters/s3/presign';
import { useClock } from '../../runtime/clock';
import { pendingOutbox } from '../../adapters/dynamodb/outbox-repository';
import { ENV, SIGNING_ROLES, type SigningRole } from '../../runtime/env';
import { LocalCalendar, type CalendarMove } from './calendar';
import { startDynamoDbLocal, type RunningService } from './dynamodb-local';
import { startLocalEventBus, type PublishedEvent } from './event-bus';
import { startFauxqsServer } from './fauxqs';
import { startLocalKms } from './kms';
import { startLocalSes } from './ses';
import { createLocalSigning, loadLocalSigning, type LocalSigning } from './signing-ca';
import { localDependencies, type Dependency } from './health';
import { startVersionedS3 } from './s3-versioning';
import { withoutSigning } from './unsigned-requests';
import { createApiServer } from './http-server';
import { lambdaContext } from './lambda-context';
import { createLocalAuthority, type LocalAuthority } from './local-auth';
import { LOCAL_PREFIX, PROJECT_ROOT } from './paths';
import { listenOnLoopback } from './ports';
import { provisionResources, type LocalClients, type LocalResources } from './provision';
import { startPoller, type SqsHandlerFn } from './queue-poller';
import { startSchedule } from './scheduler';
import { writeOpenApiDocument } from '../openapi/write';
import type { Meter } from './metering';
import { startStreamPoller, type StreamHandlerFn } from './stream-poller';
import { describeEvent, RESTART_POLICY, supervise, type RestartPolicy, type Supervised } from './supervisor';

export const LOCAL_REGION = 'ap-southeast-3';

export interface LocalStackOptions {
  /** Keep DynamoDB, queue and bucket data here between runs; in memory when absent. */
  dataDir?: string;
  /**
   * Keep the buckets' objects as files here, only their metadata in memory (fauxqs `s3StorageDir`): the national
   * demo writes tens of thousands of PDFs of some 100 KB, which in this process's memory slow every later stage.
   */
  objectsDir?: string;
  /** Use emulators that are already running (e.g. started once per test run) instead of starting them. */
  endpoints?: { dynamodb: string; fauxqs: string };
  /** Prefix of every resource name, so several stacks can share one emulator. */
  prefix?: string;
  /** HTTP port of the API; 0 (default) picks a free one. */
  port?: number;
  /** The address documents print in QR codes and links (PUBLIC_BASE_URL); the API's own when absent. */
  publicBaseUrl?: string;
  /** Ports of the emulators it starts (not of `endpoints`) and of the S3 layer; absent or 0: free ones. */
  servicePorts?: { dynamodb?: number; fauxqs?: number; s3?: number; ses?: number };
  /** Signing key file of the local token authority; an in-memory key when absent. */
  keyFile?: string;
  workers?: boolean;
  /** Queues whose workers do not run on this start, their messages left waiting (e.g. a test's stop mid-run). */
  pausedQueues?: readonly QueueName[];
  workerConcurrency?: number;
  retryDelaySeconds?: number;
  schedules?: boolean;
  /**
   * Where the business calendar starts (runtime/clock.ts): e.g. `{ date: '2019-04-05' }`. Without it a
   * fresh stack starts on today's time, and one with a data folder resumes where its calendar stood.
   */
  calendarStart?: CalendarMove;
  /**
   * How a DynamoDB Local of the stack's own that dies is started again (tools/local/supervisor.ts): on the same
   * data folder and port, at most `maxRestarts` times within `windowMs`, then `failure` settles.
   */
  restarts?: Partial<RestartPolicy>;
  /** Counts each function's invocations and AWS calls (tools/local/metering.ts), for the cost measurements. */
  meter?: Meter;
}

export interface LocalStack {
  baseUrl: string;
  resources: LocalResources;
  clients: LocalClients;
  authority: LocalAuthority;
  /** `s3`: fauxqs behind the layer of s3-versioning.ts, what every S3 client and presigned URL uses. */
  endpoints: { dynamodb: string; fauxqs: string; s3: string };
  /** The SES v2 emulator's web mailbox, where every e-mail the system sends can be read (tools/local/ses.ts). */
  mailbox: string;
  /**
   * Reports `email` bounced for good or complained of, as SES would through its configuration set: the same
   * SES event, on the emailFeedback queue its worker reads (the emulator never bounces).
   */
  reportEmailFeedback(email: string, kind: EmailFeedbackKind): Promise<void>;
  /** The development CA and the officials' keys the documents are signed with (tools/local/signing-ca.ts). */
  signing: LocalSigning;
  /** The business clock every handler reads; moved forward by `PUT /_local/clock` or directly. */
  calendar: LocalCalendar;
  /** Integration events the relay published on the (local) event bus, oldest first, each event id once. */
  events(): readonly PublishedEvent[];
  /** Publications of an event id the bus had already received, which it dropped (see event-bus.ts). */
  repeatedEvents(): readonly PublishedEvent[];
  /** Waits until the outbox holds no event the relay has not published yet. */
  eventsSettled(timeoutMs?: number): Promise<void>;
  /** Runs a schedule's target now, as EventBridge would at its time. */
  fireSchedule(name: keyof typeof SCHEDULES): Promise<unknown>;
  /** The java process of the stack's own DynamoDB Local serving now (a new one after a restart). */
  dynamodbPid(): number | undefined;
  /**
   * Settles when a dependency died and could not be started again on its data; the stack then answers 503
   * LOCAL_SERVICE_DOWN until stopped. Never rejects.
   */
  failure: Promise<Error>;
  stop(): Promise<void>;
}

/** The sender and configuration set local e-mail names; the emulator accepts any. */
export const LOCAL_EMAIL = { sender: 'no-reply@sertifikasi.bkn.go.id', configurationSet: 'lokal' };

export type EmailFeedbackKind = 'BOUNCE' | 'COMPLAINT';

/** The event SES publishes for a permanent bounce or a complaint of `email` (the fields the worker reads). */
function sesFeedbackEvent(email: string, kind: EmailFeedbackKind, at: Date) {
  const mail = { messageId: `lokal-${at.getTime()}`, timestamp: at.toISOString(), destination: [email] };
  const feedbackId = `lokal-${kind.toLowerCase()}-${at.getTime()}`;
  return kind === 'BOUNCE'
    ? {
        eventType: 'Bounce',
        mail,
        bounce: {
          bounceType: 'Permanent',
          bounceSubType: 'General',
          bouncedRecipients: [{ emailAddress: email }],
          feedbackId,
          timestamp: at.toISOString(),
        },
      }
    : {
        eventType: 'Complaint',
        mail,
        complaint: {
          complainedRecipients: [{ emailAddress: email }],
          feedbackId,
          timestamp: at.toISOString(),
        },
      };
}

async function loadHandler(name: FunctionName): Promise<unknown> {
  const module = (await import(pathToFileURL(join(PROJECT_ROOT, FUNCTIONS[name].entry)).href)) as {
    handler: unknown;
  };
  return module.handler;
}

/** The stack's clients and those the handlers share, made for its endpoints, send unsigned (unsigned-requests.ts). */
function sendUnsigned(clients: LocalClients): void {
  withoutSigning(clients.dynamodb);
  withoutSigning(clients.sqs);
  withoutSigning(clients.s3);
  withoutSigning(dynamo());
  withoutSigning(sqs());
  withoutSigning(s3());
  withoutSigning(kms());
  withoutSigning(ses());
  withoutSigning(eventBridge());
}

/** Every handler counted by `meter`, and every call of the clients the handlers share. */
function meterFunctions(meter: Meter, handlers: Record<FunctionName, unknown>): void {
  for (const name of Object.keys(handlers) as FunctionName[]) {
    handlers[name] = meter.wrap(
      name,
      handlers[name] as (event: unknown, context: unknown) => Promise<unknown>,
    );
  }
  meter.instrument(dynamo(), 'dynamodb');
  meter.instrument(sqs(), 'sqs');
  meter.instrument(s3(), 's3');
  meter.instrument(kms(), 'kms');
  meter.instrument(ses(), 'ses');
  meter.instrument(eventBridge(), 'eventbridge');
  meter.instrumentStorage(storageHttp);
}

/**
 * The whole system on this machine: DynamoDB Local and fauxqs, the resources of the model, every route served
 * by its Lambda handler, every queue polled by its worker, every schedule firing its job.
 */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const started: RunningService[] = [];
  try {
    return await buildLocalStack(options, started);
  } catch (error) {
    // Whatever was started before the failure is stopped: no java left behind.
    for (const service of started.reverse()) await service.stop().catch(() => undefined);
    throw error;
  }
}

async function buildLocalStack(options: LocalStackOptions, started: RunningService[]): Promise<LocalStack> {
  let endpoints = options.endpoints;
  let dynamodb: Supervised | undefined;
  if (!endpoints) {
    const dataDir = options.dataDir && join(options.dataDir, 'dynamodb');
    const first = await startDynamoDbLocal({ dataDir, port: options.servicePorts?.dynamodb });
    const port = Number(new URL(first.endpoint).port);
    const name = 'DynamoDB Local';
    dynamodb = supervise({
      name,
      first,
      // Its data folder and port again, so the table, its stream and every client's endpoint are as they were.
      restart: dataDir ? () => startDynamoDbLocal({ dataDir, port }) : undefined,
      policy: { ...RESTART_POLICY, ...options.restarts },
      report: (event) => console.error(`[lokal] ${describeEvent(name, event)}`),
    });
    started.push(dynamodb);
    const fauxqs = await startFauxqsServer({
      dataDir: options.dataDir && join(options.dataDir, 'fauxqs'),
      objectsDir: options.objectsDir,
      port: options.servicePorts?.fauxqs,
    });
    started.push(fauxqs);
    endpoints = { dynamodb: dynamodb.endpoint, fauxqs: fauxqs.endpoint };
  }

  // S3 goes through the layer that adds what fauxqs lacks (versions, conditional writes, checksum checks).
  const s3 = await startVersionedS3(endpoints.fauxqs, options.servicePorts?.s3);
  started.push(s3);

  // Documents are signed through a local KMS endpoint with the keys of the development CA's certificates.
  const signing = options.dataDir
    ? await loadLocalSigning(join(options.dataDir, 'signing'))
    : await createLocalSigning();
  const roles = Object.keys(SIGNING_ROLES) as SigningRole[];
  const kmsServer = await startLocalKms({
    ...Object.fromEntries(roles.map((role) => [signingKeyAlias(role), signing.roles[role].keyPem])),
    [CREDENTIAL_KEY_ALIAS]: signing.credentialKeyPem,
  });
  started.push(kmsServer);

  const ses = await startLocalSes(options.servicePorts?.ses);
  started.push(ses);

  const eventBus = await startLocalEventBus({
    file: options.dataDir && join(options.dataDir, 'events.jsonl'),
  });
  started.push(eventBus);

  Object.assign(process.env, {
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
    AWS_ENDPOINT_URL_SQS: endpoints.fauxqs,
    AWS_ENDPOINT_URL_S3: s3.endpoint,
    AWS_ENDPOINT_URL_EVENTBRIDGE: eventBus.endpoint,
    AWS_ENDPOINT_URL_KMS: kmsServer.endpoint,
    AWS_ENDPOINT_URL_SESV2: ses.endpoint,
  });
  const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  const clients: LocalClients = {
    dynamodb: withoutSdkLogging(
      new DynamoDBClient({ endpoint: endpoints.dynamodb, region: LOCAL_REGION, credentials }),
    ),
    sqs: withoutSdkLogging(new SQSClient({ endpoint: endpoints.fauxqs, region: LOCAL_REGION, credentials })),
    s3: withoutSdkLogging(
      new S3Client({ endpoint: s3.endpoint, region: LOCAL_REGION, credentials, forcePathStyle: true }),
    ),
  };
  sendUnsigned(clients);
  const prefix = options.prefix ?? LOCAL_PREFIX;
  const resources = await provisionResources(clients, prefix);
  for (const role of roles) {
    await clients.s3.send(
      new PutObjectCommand({
        Bucket: resources.buckets.signing,
        Key: `${role}/chain.pem`,
        Body: signing.roles[role].chainPem,
        ContentType: 'application/x-pem-file',
      }),
    );
  }

  // All functions share this process, so each one's variables are set together (the names never collide);
  // per-function service names and V8 flags cannot apply to one shared process.
  for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
    const {
      POWERTOOLS_SERVICE_NAME: _service,
      NODE_OPTIONS: _v8,
      ...env
    } = functionEnvironment(name, {
      table: resources.table,
      bucket: (bucket) => resources.buckets[bucket],
      queueUrl: (queue) => resources.queues[queue].url,
      eventBus: `${prefix}-events`,
      // Known once the server listens (below).
      publicBaseUrl: '',
      signingKey: signingKeyAlias,
      credentialKey: CREDENTIAL_KEY_ALIAS,
      email: LOCAL_EMAIL,
    });
    Object.assign(process.env, env);
  }

  // The bus's rules deliver matching events to their queues with EventBridge's envelope, as on AWS.
  for (const rule of Object.values(EVENT_RULES)) {
    eventBus.subscribe({ source: EVENT_SOURCE, detailTypes: rule.detailTypes }, async (event) => {
      const { eventBusName: _bus, ...envelope } = event;
      await clients.sqs.send(
        new SendMessageCommand({
          QueueUrl: resources.queues[rule.target].url,
          MessageBody: JSON.stringify({
            version: '0',
            ...envelope,
            account: '000000000000',
            region: LOCAL_REGION,
            resources: [],
          }),
        }),
      );
    });
  }
  process.env.POWERTOOLS_SERVICE_NAME ??= 'sertifikasi-local';
  // The meta function serves the document a deployment writes at build time: written here for the local stack.
  const openApiDocument = join(tmpdir(), `sertifikasi-openapi-${process.pid}.json`);
  writeOpenApiDocument(openApiDocument);
  process.env[ENV.openApiDocument] = openApiDocument;

  const handlers = {} as Record<FunctionName, unknown>;
  for (const name of Object.keys(FUNCTIONS) as FunctionName[]) handlers[name] = await loadHandler(name);
  if (options.meter) meterFunctions(options.meter, handlers);

  const calendar = new LocalCalendar({
    file: options.dataDir && join(options.dataDir, 'calendar.json'),
    start: options.calendarStart,
  });
  useClock(calendar);

  const authority = await createLocalAuthority(options.keyFile);
  const knownDown = (): Dependency[] => (dynamodb && dynamodb.state() !== 'up' ? ['dynamodb'] : []);
  const dependencies = localDependencies({
    endpoints: { ...endpoints, s3: s3.endpoint },
    asked: {
      table: resources.table,
      queueUrl: Object.values(resources.queues)[0]!.url,
      bucket: Object.values(resources.buckets)[0]!,
    },
    knownDown,
  });
  const reportEmailFeedback = (email: string, kind: EmailFeedbackKind) =>
    clients.sqs
      .send(
        new SendMessageCommand({
          QueueUrl: resources.queues.emailFeedback.url,
          MessageBody: JSON.stringify(sesFeedbackEvent(email, kind, calendar.now())),
        }),
      )
      .then(() => undefined);
  const server = createApiServer({ authority, handlers, calendar, dependencies, reportEmailFeedback });
  const baseUrl = `http://127.0.0.1:${await listenOnLoopback(server, options.port ?? 0)}`;
  process.env[ENV.publicBaseUrl] = options.publicBaseUrl ?? baseUrl;

  const pollers =
    options.workers === false
      ? []
      : (Object.entries(QUEUES) as [QueueName, (typeof QUEUES)[QueueName]][])
          .filter(([key]) => !options.pausedQueues?.includes(key))
          .map(([key, model]) =>
            startPoller({
              client: clients.sqs,
              queue: resources.queues[key],
              model,
              worker: model.consumer,
              handler: handlers[model.consumer] as SqsHandlerFn,
              concurrency: Math.min(options.workerConcurrency ?? 1, model.maxConcurrency ?? Infinity),
              retryDelaySeconds: options.retryDelaySeconds ?? 2,
              paused: () => knownDown().length > 0,
            }),
          );

  // The outbox relay reads the table's stream like its workers read their queues.
  const streamPollers =
    options.workers === false
      ? []
      : [
          startStreamPoller({
            client: clients.dynamodb,
            endpoint: endpoints.dynamodb,
            table: resources.table,
            model: OUTBOX_STREAM,
            worker: OUTBOX_STREAM.consumer,
            handler: handlers[OUTBOX_STREAM.consumer] as StreamHandlerFn,
            retryDelayMs: (options.retryDelaySeconds ?? 2) * 1000,
            paused: () => knownDown().length > 0,
          }),
        ];

  /**
   * Waits until the relay has published every outbox entry queued up to now. It fails only after `timeoutMs` in
   * which the oldest pending entry stayed the same: a relay working through a backlog (the national run ends with
   * some thousands of certificate events) moves the oldest on, and the wait goes on while it does.
   */
  async function eventsSettled(timeoutMs = 60_000): Promise<void> {
    let deadline = Date.now() + timeoutMs;
    let oldest: string | undefined;
    for (;;) {
      // Entries queued up to now, by the system clock the outbox orders them with.
      const [pending] = await pendingOutbox(new Date(Date.now() + 1000), 1);
      if (!pending) return;
      if (pending.eventId !== oldest) {
        oldest = pending.eventId;
        deadline = Date.now() + timeoutMs;
      }
      if (Date.now() > deadline) {
        throw new Error(
          `outbox events still unpublished after ${timeoutMs} ms without progress (oldest ${oldest}, queued ${pending.queuedAt})`,
        );
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  const fireSchedule = (name: keyof typeof SCHEDULES) => {
    const schedule = SCHEDULES[name]!;
    const event = {
      source: 'aws.events',
      'detail-type': 'Scheduled Event',
      time: calendar.now().toISOString(),
      detail: {},
    };
    return (handlers[schedule.target] as (e: unknown, c: unknown) => Promise<unknown>)(
      event,
      lambdaContext(schedule.target),
    );
  };
  const schedules =
    options.schedules === false
      ? []
      : Object.keys(SCHEDULES).map((name) => startSchedule(SCHEDULES[name]!, () => fireSchedule(name)));
  if (options.schedules !== false) {
    // Days skipped by moving the calendar still have their jobs run, as EventBridge would have on each of them
    // (every job works on what is due by "now", so one run catches up).
    calendar.onMove(() => {
      for (const name of Object.keys(SCHEDULES)) {
        fireSchedule(name).catch((error) => console.error(`[local schedule ${name}]`, error));
      }
    });
  }

  return {
    baseUrl,
    resources,
    clients,
    authority,
    endpoints: { ...endpoints, s3: s3.endpoint },
    mailbox: ses.mailbox,
    reportEmailFeedback,
    signing,
    calendar,
    events: () => eventBus.events(),
    repeatedEvents: () => eventBus.repeats(),
    eventsSettled,
    fireSchedule,
    dynamodbPid: () => dynamodb?.pid(),
    failure: dynamodb?.failure ?? new Promise<Error>(() => undefined),
    async stop() {
      for (const schedule of schedules) schedule.stop();
      await Promise.all(pollers.map((poller) => poller.stop()));
      // After the workers: the relay reads what their last batches wrote for as long as it runs.
      await Promise.all(streamPollers.map((poller) => poller.stop()));
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      dependencies.close();
      for (const client of Object.values(clients)) client.destroy();
      for (const service of started.reverse()) await service.stop();
      calendar.save();
      useClock(undefined);
    },
  };
}

export type { WorkerFunctionName };
