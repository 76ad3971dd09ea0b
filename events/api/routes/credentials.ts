import { CertificatePath } from '../certificate';
import {
  IssuerDocument,
  IssuerKeyPath,
  OpenBadgeCredential,
  StatusListCredential,
  StatusListPath,
} from '../credential';
import { defineRoute, type RouteDefinition } from '../route';
import { authErrors, error, scopeErrors } from './common';

const TAG = 'Kredensial Open Badges';
const LD = 'application/ld+json';
const VC = 'application/vc+ld+json';

/**
 * Open Badges 3.0 credentials (issue 15 point 3): the holder's and instansi's download of a certificate's
 * credential, and the public documents any verifier dereferences to check it offline from the network of this
 * system only: the issuer's controller document and key, and the status lists.
 */
export const credentialRoutes = {
  getCertificateCredential: defineRoute({
    operationId: 'getCertificateCredential',
    method: 'GET',
    path: '/certificates/{certificateId}/credential',
    function: 'credentials',
    auth: ['admin-bkn', 'instansi', 'kanreg', 'peserta'],
    scope: 'certificate',
    tag: TAG,
    summary: 'Kredensial Open Badges 3.0 satu versi sertifikat kompetensi (JSON-LD bertanda tangan)',
    description:
      'Untuk dompet digital dan pemeriksa kredensial mana pun: verifikasi bukti eddsa-rdfc-2022 dengan kunci penerbit ' +
      'di GET /credentials/issuer, status pencabutan pada daftar statusnya. Pemegang dikenali dengan NIP yang di-hash ' +
      'bergaram (IdentityObject, hashed), bukan NIP terbuka. Diterbitkan sesaat sesudah PDF sertifikat.',
    params: CertificatePath,
    responses: {
      200: { description: 'Kredensial bertanda tangan.', schema: OpenBadgeCredential, contentType: VC },
      ...scopeErrors,
      404: error(
        'Sertifikat tidak ditemukan, di luar cakupan pengguna (CERTIFICATE_NOT_FOUND), atau kredensialnya belum diterbitkan (CREDENTIAL_NOT_ISSUED).',
      ),
      401: authErrors[401],
    },
  }),
  getCredentialIssuer: defineRoute({
    operationId: 'getCredentialIssuer',
    method: 'GET',
    path: '/credentials/issuer',
    function: 'credentials',
    auth: 'public',
    tag: TAG,
    summary: 'Dokumen pengendali penerbit kredensial (BKN), dengan metode verifikasinya',
    responses: {
      200: { description: 'Dokumen pengendali.', schema: IssuerDocument, contentType: LD },
      404: error('Belum ada kredensial yang diterbitkan (ISSUER_NOT_PUBLISHED).'),
    },
  }),
  getCredentialIssuerKey: defineRoute({
    operationId: 'getCredentialIssuerKey',
    method: 'GET',
    path: '/credentials/issuer/keys/{keyName}',
    function: 'credentials',
    auth: 'public',
    tag: TAG,
    summary: 'Kunci publik penerbit (Multikey Ed25519) yang memverifikasi bukti kredensial',
    params: IssuerKeyPath,
    responses: {
      200: { description: 'Metode verifikasi Multikey.', schema: IssuerDocument, contentType: LD },
      400: error('Nama kunci tidak valid (VALIDATION_FAILED).'),
      404: error('Kunci tidak dikenal (ISSUER_KEY_NOT_FOUND).'),
    },
  }),
  getCredentialStatusList: defineRoute({
    operationId: 'getCredentialStatusList',
    method: 'GET',
    path: '/credentials/status-lists/{listId}',
    function: 'credentials',
    auth: 'public',
    tag: TAG,
    summary: 'Daftar status pencabutan kredensial (BitstringStatusListCredential)',
    description:
      'Bit sebuah entri menyala selama sertifikatnya dicabut (Pasal 36(3)), dibatalkan (Pasal 34(1)) atau digantikan ' +
      'versi baru (Pasal 35(3)), dan padam lagi bila pencabutan dipulihkan (Pasal 36(4)-(6)). Diterbitkan ulang setiap ' +
      'kali sebuah bit berubah.',
    params: StatusListPath,
    responses: {
      200: { description: 'Daftar status bertanda tangan.', schema: StatusListCredential, contentType: VC },
      400: error('Nomor daftar tidak valid (VALIDATION_FAILED).'),
      404: error('Daftar status belum diterbitkan (STATUS_LIST_NOT_FOUND).'),
    },
  }),
} satisfies Record<string, RouteDefinition>;
