import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as sesLocal from 'aws-ses-v2-local';
import type { RunningService } from './dynamodb-local';
import { freePort } from './ports';

type StartSes = typeof sesLocal.default;
// A CommonJS module: Node's ESM import puts its exports under `default`, bundlers' interop may not.
const startSes = ((sesLocal.default as unknown as { default?: StartSes }).default ??
  sesLocal.default) as StartSes;

export interface LocalSes extends RunningService {
  /** The emulator's web mailbox: every e-mail sent through it, readable in a browser. */
  mailbox: string;
}

/**
 * Starts aws-ses-v2-local in this process: the SES v2 API the notification worker sends through, and a mailbox
 * page at its root (`GET /store` answers the e-mails as JSON). Its e-mails live in memory, per process: a
 * restart empties the mailbox. It never bounces: tools/local/http-server.ts `/_local/email-feedback` stands in.
 */
export async function startLocalSes(port?: number): Promise<LocalSes> {
  const server: Server = await startSes({ host: '127.0.0.1', port: port || (await freePort()) });
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    endpoint,
    mailbox: `${endpoint}/`,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
