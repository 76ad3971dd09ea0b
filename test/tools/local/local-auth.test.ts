import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLocalAuthority } from '../../../tools/local/local-auth';

afterEach(() => vi.useRealTimers());

describe('the local token authority (Cognito and the API Gateway JWT authorizer)', () => {
  it('accepts a token it minted, with the claims Cognito puts in it', async () => {
    const authority = await createLocalAuthority();
    const token = await authority.mint({ role: 'instansi', instansi: 'KL001', username: 'operator.kl001' });
    const result = await authority.verify(`Bearer ${token}`);
    expect(result).toMatchObject({
      ok: true,
      claims: { 'cognito:groups': ['instansi'], 'custom:instansi': 'KL001', token_use: 'id' },
    });
  });

  it('AUTH_TOKEN_EXPIRED: a token checked before is refused once it expires, as on its first use', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-07-30T03:00:00.000Z'));
    const authority = await createLocalAuthority();
    const token = await authority.mint({ role: 'admin-bkn', expiresInSeconds: 60 });
    expect((await authority.verify(`Bearer ${token}`)).ok).toBe(true);
    vi.setSystemTime(new Date('2026-07-30T03:00:59.000Z'));
    expect((await authority.verify(`Bearer ${token}`)).ok).toBe(true);
    vi.setSystemTime(new Date('2026-07-30T03:01:00.000Z'));
    expect(await authority.verify(`Bearer ${token}`)).toMatchObject({
      ok: false,
      code: 'AUTH_TOKEN_EXPIRED',
    });
  });

  it.each([
    ['no token', undefined, 'AUTH_REQUIRED'],
    ['another key’s token', 'other', 'AUTH_TOKEN_INVALID'],
    ['a changed token', 'changed', 'AUTH_TOKEN_INVALID'],
  ])('%s is refused with %s, even after the genuine token was accepted', async (_case, kind, code) => {
    const authority = await createLocalAuthority();
    const token = await authority.mint({ role: 'admin-bkn' });
    expect((await authority.verify(`Bearer ${token}`)).ok).toBe(true);
    const other = await (await createLocalAuthority()).mint({ role: 'admin-bkn' });
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const changed = [header, payload, signature.slice(0, -2) + (signature.endsWith('AA') ? 'BB' : 'AA')].join(
      '.',
    );
    const sent = kind === undefined ? undefined : `Bearer ${kind === 'other' ? other : changed}`;
    expect(await authority.verify(sent)).toMatchObject({ ok: false, code });
  });
});
