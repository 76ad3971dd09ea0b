import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SIGNING_ROLES, type SigningRole } from '../../../runtime/env';
import { createLocalSigning, loadLocalSigning } from '../../../tools/local/signing-ca';

const dir = mkdtempSync(join(tmpdir(), 'signing-ca-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the development CA kept in .local/signing', () => {
  it('adds a signing role missing from a kept file, keeping every kept key and trusting both CAs', async () => {
    // Prepare: a file kept before the kepalaUpk role existed.
    const old = await createLocalSigning();
    const { kepalaUpk: _, ...roles } = old.roles;
    writeFileSync(join(dir, 'signing.json'), JSON.stringify({ ...old, roles }));

    // Act
    const loaded = await loadLocalSigning(dir);

    // Assess
    expect(Object.keys(loaded.roles).sort()).toEqual((Object.keys(SIGNING_ROLES) as SigningRole[]).sort());
    expect(loaded.roles.kepalaBkn).toStrictEqual(old.roles.kepalaBkn);
    expect(loaded.credentialKeyPem).toBe(old.credentialKeyPem);
    expect(loaded.caPem.startsWith(old.caPem.trim())).toBe(true);
    expect(loaded.caPem.match(/BEGIN CERTIFICATE/g)).toHaveLength(2);
    expect(readFileSync(join(dir, 'ca.pem'), 'utf8')).toBe(loaded.caPem);
    // Loaded again, nothing changes.
    expect(await loadLocalSigning(dir)).toStrictEqual(loaded);
  });
});
