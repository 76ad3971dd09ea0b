import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requiredUnitsFor } from '../../domain/result/attempt';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, programBody, startTestStack, type Caller } from './helpers';
import {
  assessUnits,
  BUDI,
  callerNamed,
  programWithSigners,
  onTestDay,
  seatInCohort,
  sessionWith,
  plannedForTest,
  teamByDecree,
} from './pipeline-helpers';

/*
 * Point 8 of issue 13 through the public API: a request sent twice (a client's retry, a double click, two tabs)
 * stores one record. An appeal is the decision's only open case whatever the client sends
 * (BANDING-SATU-TERBUKA); and every creating route takes an `Idempotency-Key`, with which a retry gets the first
 * answer instead of running again.
 */
const UNITS = requiredUnitsFor('ADMINISTRATOR');
const FAILED = UNITS[2]!;
const A = { nip: '198702142012012001', name: 'Ayu Pratiwi, S.H.' };
const B = { nip: '199003052014031002', name: 'Bima Nugraha, S.E.' };
const TIMEOUT = 120_000;

/** The proposal windows of the programmes created: well after the stack's calendar, moved to the test day. */
const DAY_MS = 86_400_000;
const WINDOW_OPENS = 10 * DAY_MS;
const WINDOW_CLOSES = 20 * DAY_MS;

describe('no duplicates from a request sent again, through the local API', () => {
  let stack: LocalStack;
  let admin: Caller;
  let programId: string;
  const decisions: Record<string, string> = {};
  const participants: Record<string, Caller> = {};

  const appealsPath = (nip: string) => `/programs/${programId}/participants/${nip}/appeals`;
  const appealsOf = async (nip: string) =>
    (await admin('GET', `/programs/${programId}/participants/${nip}/results`)).body.appeals as {
      appealId: string;
    }[];
  const appealOf = (nip: string, grounds = 'Bukti portofolio unit ini tidak dipertimbangkan asesor.') => ({
    subject: 'HASIL',
    decisionId: decisions[nip],
    grounds,
    unitCodes: [FAILED],
  });
  const programsNamed = async (name: string) =>
    ((await admin('GET', '/programs')).body.items as { id: string; name: string }[]).filter(
      (p) => p.name === name,
    );

  beforeAll(async () => {
    stack = await startTestStack();
    admin = await callerNamed(stack, 'admin-bkn', 'bkn-admin-1');
    const sidang = await callerNamed(stack, 'admin-bkn', 'pusbang.sidang');
    const budi = await callerNamed(stack, 'asesor', 'asesor.budi');
    programId = await programWithSigners(admin, 'Program uji tanpa rekaman ganda', [
      { number: 1, scheme: 'ADMINISTRATOR', capacity: 2, startsInDays: 3 },
    ]);
    await seatInCohort(programId, 1, [A, B]);
    await teamByDecree(admin, programId, 1, [BUDI]);
    await plannedForTest(programId, 1);
    await onTestDay(admin, programId, 1);
    for (const { nip } of [A, B]) {
      const participantPath = `/programs/${programId}/cohorts/1/participants/${nip}`;
      await assessUnits(budi, participantPath, UNITS, [FAILED]);
      const decided = await sidang('POST', `${participantPath}/result`, {
        session: sessionWith('asesor.budi'),
      });
      expect(decided.body).toMatchObject({ outcome: 'BELUM_KOMPETEN' });
      decisions[nip] = decided.body.decisionId;
      participants[nip] = await callerNamed(stack, 'peserta', `peserta-${nip}`, nip);
    }
  }, TIMEOUT);

  afterAll(async () => {
    await stack?.stop();
  });

  it('BANDING-SATU-TERBUKA: 20 concurrent filings of one appeal store one open case; a retry gets that case; another filing is refused', async () => {
    const filings = await Promise.all(
      Array.from({ length: 20 }, () => participants[A.nip]!('POST', appealsPath(A.nip), appealOf(A.nip))),
    );

    expect(filings.filter((f) => f.status === 201)).toHaveLength(1);
    expect(filings.map((f) => f.status).filter((s) => s !== 201 && s !== 200)).toEqual([]);
    const appealIds = new Set(filings.map((f) => f.body.appealId));
    expect(appealIds.size).toBe(1);
    const [appealId] = appealIds;
    expect((await appealsOf(A.nip)).map((a) => a.appealId)).toEqual([appealId]);

    const retry = await participants[A.nip]!('POST', appealsPath(A.nip), appealOf(A.nip));
    expect([retry.status, retry.body.appealId, retry.body.status]).toEqual([200, appealId, 'OPEN']);

    const another = await participants[A.nip]!(
      'POST',
      appealsPath(A.nip),
      appealOf(A.nip, 'Asesor tidak memberi kesempatan menunjukkan bukti.'),
    );
    expect(another.status).toBe(422);
    expect(another.body.details.map((v: { code: string }) => v.code)).toContain('BANDING-SATU-TERBUKA');
    expect((await appealsOf(A.nip)).map((a) => a.appealId)).toEqual([appealId]);
  });

  it('Idempotency-Key: a retried appeal gets its first answer (201, the same case) replayed, not a second run', async () => {
    const key = { 'idempotency-key': randomUUID() };
    const first = await participants[B.nip]!('POST', appealsPath(B.nip), appealOf(B.nip), key);
    const retry = await participants[B.nip]!('POST', appealsPath(B.nip), appealOf(B.nip), key);

    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    // Run again, the filing would answer 200 (the open case): the replay is the first answer itself.
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect((await appealsOf(B.nip)).map((a) => a.appealId)).toEqual([first.body.appealId]);
  });

  it('Idempotency-Key: a retried POST /programs answers the first programme and stores one', async () => {
    const name = `Program kunci idempotensi ${randomUUID().slice(0, 8)}`;
    const body = programBody(WINDOW_OPENS, WINDOW_CLOSES, name);
    const key = { 'idempotency-key': randomUUID() };

    const first = await admin('POST', '/programs', body, key);
    const retry = await admin('POST', '/programs', body, key);

    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('location')).toBe(first.headers.get('location'));
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect((await programsNamed(name)).map((p) => p.id)).toEqual([first.body.id]);
  });

  it('IDEMPOTENCY_IN_PROGRESS: 10 concurrent sends with one key store one programme; each gets it or 409 while it is made', async () => {
    const name = `Program kunci serentak ${randomUUID().slice(0, 8)}`;
    const body = programBody(WINDOW_OPENS, WINDOW_CLOSES, name);
    const key = { 'idempotency-key': randomUUID() };

    const sends = await Promise.all(Array.from({ length: 10 }, () => admin('POST', '/programs', body, key)));

    const created = await programsNamed(name);
    expect(created).toHaveLength(1);
    for (const send of sends) {
      if (send.status === 201) expect(send.body.id).toBe(created[0]!.id);
      else expect([send.status, send.body.code]).toEqual([409, 'IDEMPOTENCY_IN_PROGRESS']);
    }
    const after = await admin('POST', '/programs', body, key);
    expect([after.status, after.body.id]).toEqual([201, created[0]!.id]);
  });

  it('IDEMPOTENCY_KEY_REUSED: the same key with another body is refused (422, Bahasa Indonesia) and stores nothing', async () => {
    const name = `Program kunci dipakai ulang ${randomUUID().slice(0, 8)}`;
    const key = { 'idempotency-key': randomUUID() };
    const first = await admin('POST', '/programs', programBody(WINDOW_OPENS, WINDOW_CLOSES, name), key);
    expect(first.status).toBe(201);

    const other = await admin(
      'POST',
      '/programs',
      programBody(WINDOW_OPENS, WINDOW_CLOSES, `${name} (lain)`),
      key,
    );

    expect(other.status).toBe(422);
    expect(other.body).toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
      message: expect.stringContaining('sudah dipakai untuk permintaan lain'),
    });
    expect(await programsNamed(`${name} (lain)`)).toEqual([]);
  });

  it("keys are each caller's own: another user sending the same key and body gets a programme of their own, never the first answer", async () => {
    const name = `Program kunci per pengguna ${randomUUID().slice(0, 8)}`;
    const body = programBody(WINDOW_OPENS, WINDOW_CLOSES, name);
    const key = { 'idempotency-key': randomUUID() };
    const other = await callerFor(stack, 'admin-bkn');

    const mine = await admin('POST', '/programs', body, key);
    const theirs = await other('POST', '/programs', body, key);

    expect([mine.status, theirs.status]).toEqual([201, 201]);
    expect(theirs.headers.get('idempotent-replayed')).toBeNull();
    expect(theirs.body.id).not.toBe(mine.body.id);
    expect((await programsNamed(name)).map((p) => p.id).sort()).toEqual(
      [mine.body.id, theirs.body.id].sort(),
    );
  });

  it('a refused create keeps nothing with its key: the corrected request with the same key runs', async () => {
    const name = `Program kunci diperbaiki ${randomUUID().slice(0, 8)}`;
    const key = { 'idempotency-key': randomUUID() };

    const refused = await admin('POST', '/programs', programBody(WINDOW_CLOSES, WINDOW_OPENS, name), key);
    const corrected = await admin('POST', '/programs', programBody(WINDOW_OPENS, WINDOW_CLOSES, name), key);

    expect(refused.status).toBe(422);
    expect(corrected.status).toBe(201);
    expect(corrected.headers.get('idempotent-replayed')).toBeNull();
    expect((await programsNamed(name)).map((p) => p.id)).toEqual([corrected.body.id]);
  });

  it('IDEMPOTENCY_KEY_INVALID: a key that is not 1-128 visible ASCII characters is refused (400) and nothing runs', async () => {
    const name = `Program kunci tidak sah ${randomUUID().slice(0, 8)}`;

    const refused = await admin('POST', '/programs', programBody(WINDOW_OPENS, WINDOW_CLOSES, name), {
      'idempotency-key': 'a'.repeat(129),
    });

    expect([refused.status, refused.body.code]).toEqual([400, 'IDEMPOTENCY_KEY_INVALID']);
    expect(await programsNamed(name)).toEqual([]);
  });
});
