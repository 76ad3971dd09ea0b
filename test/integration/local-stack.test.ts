import { createHash } from 'node:crypto';
import { ReceiveMessageCommand, SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfsig, VALID_AND_TRUSTED } from '../adapters/pdf/pdfsig';
import type { LocalStack } from '../../tools/local/local-stack';
import { pdfText } from '../functions/certificate-worker/pdf-reading';
import { announcementBody, callerFor, eventually, programBody, startTestStack, type Caller } from './helpers';

describe('the local stack serves the system through the same handlers', () => {
  let stack: LocalStack;
  let admin: Caller;
  let anonymous: Caller;

  beforeAll(async () => {
    stack = await startTestStack();
    admin = await callerFor(stack, 'admin-bkn');
    anonymous = await callerFor(stack);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('answers the public health route without a token', async () => {
    const response = await anonymous('GET', '/health');
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('ok');
  });

  it('a BKN admin creates a programme that is then stored in DynamoDB and listed', async () => {
    const created = await admin('POST', '/programs', programBody(86_400_000, 10 * 86_400_000));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'SCHEDULED', schemes: ['ADMINISTRATOR', 'PENGAWAS'] });
    expect(created.headers.get('location')).toBe(`/programs/${created.body.id}`);

    const fetched = await admin('GET', `/programs/${created.body.id}`);
    expect(fetched.body).toEqual(created.body);
    const listed = await admin('GET', `/programs?year=${created.body.year}`);
    expect(listed.body.items.map((p: { id: string }) => p.id)).toContain(created.body.id);
  });

  it('loads the 2019 Pusbang ASN programme from the reference data: 50 cohorts of 30, one nominee per level', async () => {
    const now = Date.now();
    const created = await admin('POST', '/programs/reference-2019', {
      year: 2027,
      proposalWindow: {
        opensAt: new Date(now + 86_400_000).toISOString(),
        closesAt: new Date(now + 10 * 86_400_000).toISOString(),
      },
      firstCohortStartsOn: new Date(now + 40 * 86_400_000).toISOString().slice(0, 10),
    });
    expect(created.status).toBe(201);
    expect(created.body.cohortPlan).toHaveLength(50);
    expect(
      created.body.cohortPlan.reduce((sum: number, c: { capacity: number }) => sum + c.capacity, 0),
    ).toBe(1500);
    expect(created.body.quotaPerInstansi).toEqual({ JPT_PRATAMA: 1, ADMINISTRATOR: 1, PENGAWAS: 1 });
  });

  it.each([
    ['no token', undefined, 'AUTH_REQUIRED'],
    ['a malformed header', 'Token abc', 'AUTH_REQUIRED'],
    ['a tampered token', 'tamper', 'AUTH_TOKEN_INVALID'],
    ['an expired token', 'expired', 'AUTH_TOKEN_EXPIRED'],
  ])('refuses %s with 401', async (_case, kind, code) => {
    let authorization: string | undefined = kind;
    if (kind === 'tamper') {
      const token = await stack.authority.mint({ role: 'admin-bkn' });
      const [header, payload, signature] = token.split('.');
      const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
      claims['cognito:groups'] = ['admin-bkn', 'komite'];
      authorization = `Bearer ${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    }
    if (kind === 'expired') {
      authorization = `Bearer ${await stack.authority.mint({ role: 'admin-bkn', expiresInSeconds: -10 })}`;
    }
    const response = await fetch(`${stack.baseUrl}/programs`, {
      headers: authorization ? { authorization } : {},
    });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { code: string }).code).toBe(code);
  });

  it('refuses a role the route does not allow with 403 and writes nothing', async () => {
    // The role is refused before the operator registry is read: this operator need not be registered.
    const instansi = await callerFor(stack, 'instansi', { instansi: '4011' }, { register: false });
    const before = await admin('GET', '/programs');
    const response = await instansi('POST', '/programs', programBody(86_400_000, 2 * 86_400_000));
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('FORBIDDEN_ROLE');
    expect((await admin('GET', '/programs')).body.items).toHaveLength(before.body.items.length);
  });

  it('refuses invalid input in Bahasa Indonesia with field-level details and writes nothing', async () => {
    const before = await admin('GET', '/programs');
    const response = await admin('POST', '/programs', { name: 'x', year: '2019', extra: true });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const paths = response.body.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['body.name', 'body.year', 'body.schemes', 'body']));
    expect(response.body.details[0].message).toMatch(/[Tt]erlalu|[Ii]nput|[Kk]unci|diharapkan/);
    expect((await admin('GET', '/programs')).body.items).toHaveLength(before.body.items.length);
  });

  it('answers an unknown route with 404 ROUTE_NOT_FOUND', async () => {
    const response = await admin('GET', '/tidak-ada');
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('ROUTE_NOT_FOUND');
  });

  it.each([
    ['not hex', '%zz'],
    ['truncated', '%E0%A4%A'],
    ['overlong', '%C0%AF'],
  ])(
    'answers a path parameter whose percent-encoding is not UTF-8 (%s) with 400 MALFORMED_PATH',
    async (_case, junk) => {
      const response = await admin('GET', `/programs/prg_${junk}`);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('MALFORMED_PATH');
    },
  );

  it('passes a query parameter named __proto__ on to the route, which refuses it as unknown', async () => {
    const response = await admin('GET', '/programs?__proto__=1');
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([
      expect.objectContaining({ path: 'query', code: 'unrecognized_keys' }),
    ]);
  });

  it('answers a request line and headers too large for Node with 431 in the API error shape', async () => {
    const response = await admin('GET', `/programs?cursor=${'x'.repeat(20_000)}`);
    expect(response.status).toBe(431);
    expect(response.body.code).toBe('HEADERS_TOO_LARGE');
  });

  it('renders the announcement letter through the queue into S3, signed through the local KMS endpoint, and serves a working download link', async () => {
    const program = (await admin('POST', '/programs', programBody(3_600_000, 7_200_000))).body;
    const accepted = await admin(
      'POST',
      `/programs/${program.id}/announcement`,
      announcementBody('17/PENG/2030'),
    );
    expect(accepted.status).toBe(202);

    const link = await eventually(async () => {
      const response = await admin('GET', `/programs/${program.id}/announcement`);
      return response.status === 200 ? response.body : undefined;
    }, 'the announcement letter');
    const download = await fetch(link.url);
    expect(download.status).toBe(200);
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(link.sha256);
    expect(pdfsig(bytes, stack.signing.caPem)).toMatchObject([
      { ...VALID_AND_TRUSTED, signerName: 'Kepala Pusat Pengembangan ASN' },
    ]);
    // The letter bears the number and the signer given, and no internal identifier.
    const [letter] = (await pdfText(bytes)).map((page) => page.replace(/\s+/g, ' '));
    expect(letter).toContain('Nomor : 17/PENG/2030');
    expect(letter).toContain('Dr. Andi Wijaya, M.Si. NIP. 197001011995031001');
    expect(letter).not.toContain(program.id);
  });

  it('opens and closes a proposal window when the schedule fires at the right times', async () => {
    const program = (await admin('POST', '/programs', programBody(1_000, 2_500))).body;
    expect(program.status).toBe('SCHEDULED');
    await new Promise((r) => setTimeout(r, 1_200));
    await stack.fireSchedule('proposalWindows');
    expect((await admin('GET', `/programs/${program.id}`)).body.status).toBe('OPEN');
    await new Promise((r) => setTimeout(r, 1_500));
    await stack.fireSchedule('proposalWindows');
    expect((await admin('GET', `/programs/${program.id}`)).body.status).toBe('CLOSED');
  });

  it('moves a poison message to the DLQ after the redrive limit while its batch-mates are processed', async () => {
    const program = (await admin('POST', '/programs', programBody(3_600_000, 7_200_000))).body;
    const queue = stack.resources.queues.announcement;
    await stack.clients.sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: queue.url,
        Entries: [
          { Id: 'poison', MessageBody: '{"type":"AnnouncementRequested","programId":42}' },
          {
            Id: 'good',
            MessageBody: JSON.stringify({
              type: 'AnnouncementRequested',
              version: 2,
              programId: program.id,
              letter: announcementBody(),
              requestedBy: 'test',
              requestedAt: new Date().toISOString(),
              correlationId: 'poison-test',
            }),
          },
        ],
      }),
    );
    await eventually(async () => {
      const response = await admin('GET', `/programs/${program.id}`);
      return response.body.announcement?.status === 'READY' ? true : undefined;
    }, 'the good message to be processed');
    const deadLetter = await eventually(
      async () => {
        const { Messages } = await stack.clients.sqs.send(
          new ReceiveMessageCommand({
            QueueUrl: queue.dlqUrl,
            WaitTimeSeconds: 1,
            MessageSystemAttributeNames: ['All'],
          }),
        );
        return Messages?.[0];
      },
      'the poison message in the DLQ',
      30_000,
    );
    expect(deadLetter.Body).toContain('"programId":42');
    expect(Number(deadLetter.Attributes?.ApproximateReceiveCount)).toBeGreaterThanOrEqual(3);
  });
});
