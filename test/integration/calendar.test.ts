import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, startTestStack, type Caller } from './helpers';

/** The local stack's business calendar: every handler reads it, `/_local/clock` reads and moves it. */
describe('one clock on the local stack', () => {
  let stack: LocalStack;
  let admin: Caller;

  beforeAll(async () => {
    stack = await startTestStack({ calendarStart: { date: '2019-04-05' } });
    admin = await callerFor(stack, 'admin-bkn');
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const window2019 = {
    name: 'Pelatihan dan Sertifikasi Manajemen ASN 2019',
    year: 2019,
    schemes: ['PENGAWAS'],
    quotaPerInstansi: { PENGAWAS: 1 },
    proposalWindow: { opensAt: '2019-04-05T09:00:00+07:00', closesAt: '2019-04-15T23:59:59+07:00' },
  };

  it('starts on the date it was given, 08.00 WIB', async () => {
    const clock = await admin('GET', '/_local/clock');
    expect(clock.status).toBe(200);
    expect(clock.body.now.slice(0, 13)).toBe('2019-04-05T01');
  });

  it('handlers decide on the calendar, not on the machine: a 2019 proposal window is still ahead', async () => {
    const created = await admin('POST', '/programs', window2019);
    expect(created.status).toBe(201);
    expect(created.body.status).toBe('SCHEDULED');
    expect(created.body.createdAt.slice(0, 10)).toBe('2019-04-05');
  });

  it('moving the calendar moves what handlers see; the window job then opens the window', async () => {
    const created = await admin('POST', '/programs', { ...window2019, name: 'Program kedua 2019' });
    const moved = await admin('PUT', '/_local/clock', { date: '2019-04-08' });
    expect(moved.status).toBe(200);
    expect(moved.body.now.slice(0, 10)).toBe('2019-04-08');
    await stack.fireSchedule('proposalWindows');
    const program = await admin('GET', `/programs/${created.body.id}`);
    expect(program.body.status).toBe('OPEN');
  });

  it('CLOCK_BACKWARDS: the calendar never goes back (409), and stays where it was', async () => {
    const refused = await admin('PUT', '/_local/clock', { date: '2019-04-01' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('CLOCK_BACKWARDS');
    expect((await admin('GET', '/_local/clock')).body.now.slice(0, 10)).toBe('2019-04-08');
  });

  it('CLOCK_INVALID: a malformed move is a 400', async () => {
    const refused = await admin('PUT', '/_local/clock', { at: '2019-04-09 08:00' });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('CLOCK_INVALID');
  });

  it('only BKN moves time: no token 401, another role 403', async () => {
    const anonymous = await callerFor(stack);
    expect((await anonymous('PUT', '/_local/clock', { advanceDays: 1 })).status).toBe(401);
    const assessor = await callerFor(stack, 'asesor');
    const refused = await assessor('PUT', '/_local/clock', { advanceDays: 1 });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN_ROLE');
  });
});
