import { generateKeyPairSync, sign as nodeSign } from 'node:crypto';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { decodeList } from '@digitalbazaar/vc-bitstring-status-list';
import { describe, expect, it } from 'vitest';
import { openBadgeCredential, statusListCredential } from '../../../domain/certificate/open-badge';
import { bitAt, emptyBitstring, STATUS_LIST_LENGTH, withBit } from '../../../services/credentials/bitstring';
import { signCredential } from '../../../services/credentials/sign';
import { verifyOpenBadge } from './verifier';
import {
  aBadgeCertificate,
  aBadgeIssuance,
  BADGE_ISSUER,
  BADGE_LIST,
} from '../../domain/certificate/fixtures';

const ISSUER = BADGE_ISSUER;
const KEY_ID = `${ISSUER}/keys/ed25519-1`;
const LIST = BADGE_LIST;
const AT = new Date('2025-08-20T03:00:05.000Z');

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const signer = {
  verificationMethod: KEY_ID,
  sign: async (data: Uint8Array) => nodeSign(null, data, privateKey),
};

const certificate = aBadgeCertificate({
  holder: { name: 'Dr. Ñoño Đặng Şükrü, S.Sos.' },
  issuedAt: AT.toISOString(),
});
const issuance = aBadgeIssuance;

async function issuerDocuments() {
  const key = await Ed25519Multikey.fromJwk({
    jwk: publicKey.export({ format: 'jwk' }),
    id: KEY_ID,
    controller: ISSUER,
  });
  return {
    [KEY_ID]: await key.export({ publicKey: true, includeContext: true }),
    [ISSUER]: {
      '@context': ['https://w3id.org/security/v2', 'https://w3id.org/security/multikey/v1'],
      id: ISSUER,
      assertionMethod: [KEY_ID],
    },
  };
}

describe('bitstring of a status list', () => {
  it.each([0, 1, 7, 8, 4242, STATUS_LIST_LENGTH - 1])(
    'sets and clears entry %i as the status-list library reads it (index 0 = first bit)',
    async (index) => {
      const set = withBit(emptyBitstring(), index, true);
      const list = await decodeList({ encodedList: set });
      expect([list.getStatus(index), bitAt(set, index)]).toEqual([true, true]);
      if (index > 0) expect(list.getStatus(index - 1)).toBe(false);
      expect((await decodeList({ encodedList: withBit(set, index, false) })).getStatus(index)).toBe(false);
    },
  );

  it('refuses an entry outside the list', () => {
    expect(() => withBit(emptyBitstring(), STATUS_LIST_LENGTH, true)).toThrow(/outside the list/);
    expect(() => withBit(emptyBitstring(), -1, true)).toThrow(/outside the list/);
  });
});

describe('signed Open Badges credential', () => {
  it('verifies with @digitalbazaar/vc and eddsa-rdfc-2022, and reports the revocation bit of its status entry', async () => {
    const docs: Record<string, unknown> = await issuerDocuments();
    const credential = await signCredential(openBadgeCredential(certificate, issuance(7)), signer, AT);
    const publish = async (encodedList: string) => {
      docs[LIST] = await signCredential(
        statusListCredential(LIST, ISSUER, encodedList, AT.toISOString()),
        signer,
        AT,
      );
    };
    const fetch = async (url: string) => docs[url];

    await publish(emptyBitstring());
    const before = await verifyOpenBadge(credential, fetch);
    await publish(withBit(emptyBitstring(), 7, true));
    const after = await verifyOpenBadge(credential, fetch);

    expect(before).toEqual({ verified: true, revoked: false, errors: [] });
    expect(after).toEqual({ verified: true, revoked: true, errors: [] });
    expect(credential.proof).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      verificationMethod: KEY_ID,
      proofPurpose: 'assertionMethod',
      created: '2025-08-20T03:00:05Z',
    });
  });

  it('a changed claim no longer verifies', async () => {
    const docs: Record<string, unknown> = await issuerDocuments();
    docs[LIST] = await signCredential(
      statusListCredential(LIST, ISSUER, emptyBitstring(), AT.toISOString()),
      signer,
      AT,
    );
    const credential = await signCredential(openBadgeCredential(certificate, issuance(3)), signer, AT);
    const forged = structuredClone(credential) as { credentialSubject: { name: string } };
    forged.credentialSubject.name = 'Orang Lain';

    expect((await verifyOpenBadge(forged, async (url) => docs[url])).verified).toBe(false);
  });

  it('signing the same content at the same time gives the same bytes (a retried worker writes one object)', async () => {
    const once = await signCredential(openBadgeCredential(certificate, issuance(1)), signer, AT);
    const again = await signCredential(openBadgeCredential(certificate, issuance(1)), signer, AT);
    expect(JSON.stringify(again)).toBe(JSON.stringify(once));
  });
});
