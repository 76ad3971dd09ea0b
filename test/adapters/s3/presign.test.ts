import { createServer, type Server } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { storageHttp } from '../../../adapters/s3/presign';

/*
 * The HTTP exchanges with storage keep connections alive. A server may close an idle one just as it is reused
 * (S3 does after a while; the local stack's S3 layer after Node's 5 s): the request then fails before any answer
 * and is sent once more on a new connection. A failure on a fresh connection is the caller's to see.
 */

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server that answers 200, except that it drops the connection, unanswered, on the requests `drop` names. */
async function storage(drop: (request: number, reused: boolean) => boolean): Promise<string> {
  let requests = 0;
  const seen = new WeakSet<object>();
  server = createServer((req, res) => {
    requests += 1;
    const reused = seen.has(req.socket);
    seen.add(req.socket);
    if (drop(requests, reused)) req.socket.destroy();
    else res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': '0' }).end();
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/bucket/key`;
}

describe('storage exchanges', () => {
  it('send a request again, once, when the kept-alive connection it reused was closed unanswered', async () => {
    const url = await storage((_n, reused) => reused);

    expect((await storageHttp.head(url)).status).toBe(200);
    await sleep(20); // the connection back in the agent's pool
    // The second HEAD reuses the first one's connection, which the server drops: sent again, answered.
    expect((await storageHttp.head(url)).status).toBe(200);
  });

  it('report a connection dropped on a fresh connection, without sending again', async () => {
    const url = await storage(() => true);

    await expect(storageHttp.head(url)).rejects.toMatchObject({ code: 'ECONNRESET' });
  });
});
