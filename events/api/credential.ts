import * as z from 'zod';

/*
 * Open Badges 3.0 (W3C Verifiable Credentials 2.0) documents: the credential issued beside each competency
 * certificate, the issuer's controller document and key, and the Bitstring status lists. JSON-LD, signed with
 * Data Integrity `eddsa-rdfc-2022`; their exact shape is the specifications' (1EdTech OB 3.0, W3C VC 2.0,
 * Bitstring Status List 1.0), so only what identifies them is described here.
 */

export const StatusListPath = z.strictObject({
  listId: z.coerce.number().int().min(1).max(1_000_000).describe('Nomor daftar status (1, 2, …).'),
});

export const IssuerKeyPath = z.strictObject({
  keyName: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/, 'Nama kunci tidak dikenal.')
    .describe('Nama kunci penerbit, mis. ed25519-1.'),
});

const JsonLd = (id: string, description: string, example: Record<string, unknown>) =>
  z
    .looseObject({ '@context': z.array(z.string()), id: z.string() })
    .meta({ id, description, examples: [example] });

export const OpenBadgeCredential = JsonLd(
  'OpenBadgeCredential',
  'Kredensial Open Badges 3.0 (`OpenBadgeCredential`) sertifikat kompetensi, dengan bukti Data Integrity eddsa-rdfc-2022 dan entri status `BitstringStatusListEntry` (revocation).',
  {
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ],
    id: 'https://sertifikasi.bkn.go.id/certificates/0042-SKTM-ASN-L3-2027/credential',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
  },
);

export const IssuerDocument = JsonLd(
  'IssuerDocument',
  'Dokumen pengendali (controller document) penerbit BKN: metode verifikasi untuk assertionMethod; atau kunci penerbitnya (Multikey, publicKeyMultibase).',
  {
    '@context': ['https://w3id.org/security/v2', 'https://w3id.org/security/multikey/v1'],
    id: 'https://sertifikasi.bkn.go.id/credentials/issuer',
    assertionMethod: ['https://sertifikasi.bkn.go.id/credentials/issuer/keys/ed25519-1'],
  },
);

export const StatusListCredential = JsonLd(
  'BitstringStatusListCredential',
  'Daftar status pencabutan (Bitstring Status List, 131.072 entri, GZIP + base64url) yang ditandatangani penerbit.',
  {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: 'https://sertifikasi.bkn.go.id/credentials/status-lists/1',
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
  },
);
