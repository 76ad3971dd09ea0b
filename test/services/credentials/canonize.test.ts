import { generateKeyPairSync, sign as nodeSign } from 'node:crypto';
import jsonld from 'jsonld';
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openBadgeCredential, VC_V2_CONTEXT } from '../../../domain/certificate/open-badge';
import { canonize } from '../../../services/credentials/canonize';
import { documentLoader } from '../../../services/credentials/contexts';
import { signCredential } from '../../../services/credentials/sign';
import { aBadgeCertificate, aBadgeIssuance } from '../../domain/certificate/fixtures';

const OPTIONS = { documentLoader, base: null, safe: true };
/** What the eddsa-rdfc-2022 cryptosuite itself returns: JSON-LD expansion of the whole document by jsonld. */
const byJsonld = (document: unknown) => cryptosuite.canonize(document, OPTIONS);

const NAMES = [
  'Dewi Lestari, S.Sos.',
  'Dr. Ñoño Đặng Şükrü, S.Sos.',
  'Nama "berkutip" \\ garis miring\nbaris baru\ttab <tag> {x} | ^ `',
  'https://looks.like/an-iri',
  '_:b0',
  '',
  '🙂 emoji ﷺ',
];

const unitsOf = (count: number, code = (i: number) => `MASN-ADM-${String(i + 1).padStart(2, '0')}`) =>
  Array.from({ length: count }, (_, i) => ({ code: code(i), title: `Unit ${i + 1} Manajemen ASN` }));

/** Credentials as the issuer builds them, over names, unit counts and the IRIs an issuer could be given. */
const CASES = [
  ...NAMES.map((name, i) => ({
    label: `holder named ${JSON.stringify(name).slice(0, 30)}`,
    credential: openBadgeCredential(
      aBadgeCertificate({ holder: { name }, units: unitsOf(1 + (i % 4)) }),
      aBadgeIssuance(i),
    ),
  })),
  ...[1, 2, 8, 14].map((count) => ({
    label: `${count} units`,
    credential: openBadgeCredential(aBadgeCertificate({ units: unitsOf(count) }), aBadgeIssuance(count)),
  })),
  {
    label: 'two units with the same code (one result description, two results pointing at it)',
    credential: openBadgeCredential(
      aBadgeCertificate({ units: unitsOf(3, () => 'MASN-ADM-01') }),
      aBadgeIssuance(3),
    ),
  },
  {
    label: 'a credential id that is a URN, not an http(s) IRI',
    credential: {
      ...openBadgeCredential(aBadgeCertificate(), aBadgeIssuance(5)),
      id: 'urn:uuid:3f0f6c3e-1d2b-4c1a-9f5e-000000000001',
    },
  },
  {
    label: 'no evidence (an empty array)',
    credential: { ...openBadgeCredential(aBadgeCertificate(), aBadgeIssuance(6)), evidence: [] },
  },
  {
    label: 'a proof configuration',
    credential: {
      '@context': [VC_V2_CONTEXT],
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      created: '2025-08-20T03:00:05Z',
      verificationMethod: 'https://sertifikasi.bkn.go.id/credentials/issuer/keys/ed25519-1',
      proofPurpose: 'assertionMethod',
    },
  },
];

afterEach(() => vi.restoreAllMocks());

describe('canonical N-Quads from a template per credential shape', () => {
  it.each(CASES)('equal jsonld’s own RDFC-1.0 output: $label', async ({ credential }) => {
    expect(await canonize(credential, OPTIONS)).toBe(await byJsonld(credential));
  });

  it('expands a shape once with jsonld, then fills its template for every credential of that shape', async () => {
    const shape = (n: number) =>
      openBadgeCredential(
        aBadgeCertificate({
          holder: { name: `Peserta ${n}` },
          registrationNumber: `${n}/SKTM-ASN/L3/2025`,
          units: unitsOf(5),
        }),
        aBadgeIssuance(100 + n),
      );
    await canonize(shape(0), OPTIONS);
    const toRdf = vi.spyOn(jsonld, 'toRDF');
    for (let n = 1; n <= 5; n++) expect(await canonize(shape(n), OPTIONS)).toBe(await byJsonld(shape(n)));
    // byJsonld calls toRDF once per credential; the templated path none.
    expect(toRdf).toHaveBeenCalledTimes(5);
  });

  it('sends a credential whose IRI is not an absolute http(s) IRI through jsonld whole', async () => {
    const credential = {
      ...openBadgeCredential(aBadgeCertificate(), aBadgeIssuance(7)),
      id: 'relative/credential',
    };
    await expect(byJsonld(credential)).rejects.toThrow(/Safe mode validation error/);
    await expect(canonize(credential, OPTIONS)).rejects.toThrow(/Safe mode validation error/);
  });

  it('never templates a shape whose strings jsonld transforms (a JSON literal), yet answers as jsonld does', async () => {
    const document = {
      '@context': [VC_V2_CONTEXT, { data: { '@id': 'https://example.org/data', '@type': '@json' } }],
      id: 'https://example.org/doc',
      type: ['VerifiableCredential'],
      issuer: 'https://example.org/issuer',
      data: { note: 'teks "bebas"', list: ['a', 'b'] },
      credentialSubject: { id: 'https://example.org/subject' },
    };
    const toRdf = vi.spyOn(jsonld, 'toRDF');
    expect(await canonize(document, OPTIONS)).toBe(await byJsonld(document));
    expect(await canonize({ ...document, data: { note: 'lain', list: ['c', 'd'] } }, OPTIONS)).toBe(
      await byJsonld({ ...document, data: { note: 'lain', list: ['c', 'd'] } }),
    );
    // Template attempt + fallback for the first, fallback only for the second, plus byJsonld's two.
    expect(toRdf.mock.calls.length).toBe(5);
  });
});

describe('signing with the templated canonicalisation', () => {
  const { privateKey } = generateKeyPairSync('ed25519');
  const signer = {
    id: 'https://sertifikasi.bkn.go.id/credentials/issuer/keys/ed25519-1',
    algorithm: 'Ed25519',
    sign: async ({ data }: { data: Uint8Array }) => new Uint8Array(nodeSign(null, data, privateKey)),
  };
  const at = new Date('2025-08-20T03:00:05.000Z');

  it('gives the very proof the unmodified cryptosuite gives (Ed25519 is deterministic)', async () => {
    const credential = openBadgeCredential(aBadgeCertificate({ units: unitsOf(6) }), aBadgeIssuance(9));
    const library = await vc.issue({
      credential,
      suite: new DataIntegrityProof({ signer, cryptosuite, date: at }),
      documentLoader,
    });
    const ours = await signCredential(
      credential,
      { verificationMethod: signer.id, sign: (data) => signer.sign({ data }) },
      at,
    );
    expect(ours).toEqual(library);
  });
});
