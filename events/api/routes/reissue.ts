import { Certificate, CertificatePath, ReissueRequest } from '../certificate';
import { EnrolmentPath } from '../scheme';
import { defineRoute, type RouteDefinition } from '../route';
import { authErrors, error } from './common';

export const ENROLMENT = '/schemes/{scheme}/versions/{version}/enrolments/{certificateId}';
export const ENROLMENT_MISSING = error(
  'Sertifikat tidak terdaftar untuk pemutakhiran ke versi tersebut (ENROLMENT_NOT_FOUND).',
);

/**
 * The re-issues of a certificate as its next version (Perban BKN 7/2020 Pasal 35(3)), for a name correction and
 * from a holder's enrolment for a new scheme version: the routes of the `reissue` function, in a module of their
 * own so that its bundle carries neither the scheme register's nor the maintenance's other routes.
 */
export const reissueRoutes = {
  reissueCertificate: defineRoute({
    operationId: 'reissueCertificate',
    method: 'POST',
    path: '/certificates/{certificateId}/reissue',
    function: 'reissue',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: 'Sertifikat',
    summary:
      'Menerbitkan ulang sertifikat sebagai versi baru (perubahan skema atau koreksi nama, Pasal 35(3))',
    description:
      'Versi baru memakai nomor dasar yang sama dengan akhiran -P<n> berikutnya; versi lama berstatus DIMUTAKHIRKAN ' +
      'dan mencatat penggantinya. PDF versi baru dibuat oleh antrean sertifikat.',
    params: CertificatePath,
    body: ReissueRequest,
    responses: {
      201: { description: 'Versi baru tercatat; PDF-nya sedang dibuat.', schema: Certificate },
      400: error('Data tidak valid.'),
      404: error('Sertifikat tidak ditemukan.'),
      409: error('Sertifikat berubah bersamaan (CERTIFICATE_CHANGED) atau penanda tangan belum ditetapkan.'),
      422: error('Aturan tidak terpenuhi: SERT-MUTAKHIR-*.'),
      ...authErrors,
    },
  }),
  reissueEnrolledCertificate: defineRoute({
    operationId: 'reissueEnrolledCertificate',
    method: 'POST',
    path: `${ENROLMENT}/reissue`,
    function: 'reissue',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: 'Versi skema',
    summary:
      'Menerbitkan ulang sertifikat pemegang (-P<n>) dari catatan pendaftarannya: unit versi baru dan keputusan uji ulang (Pasal 35(3))',
    description:
      'Versi lama berstatus DIMUTAKHIRKAN dan pendaftaran SELESAI dalam satu transaksi. Jika pemegang belum ' +
      'kompeten pada unit yang diuji ulang, tidak diterbitkan ulang: sertifikat tetap berlaku pada versinya.',
    params: EnrolmentPath,
    responses: {
      201: { description: 'Versi baru tercatat; PDF-nya sedang dibuat.', schema: Certificate },
      400: error('Data tidak valid.'),
      404: ENROLMENT_MISSING,
      409: error('Sertifikat berubah bersamaan (CERTIFICATE_CHANGED) atau penanda tangan belum ditetapkan.'),
      422: error('Aturan tidak terpenuhi: SEGAR-HADIR, SEGAR-UJI-KOMPETEN, SEGAR-SELESAI, SERT-MUTAKHIR-*.'),
      ...authErrors,
    },
  }),
} satisfies Record<string, RouteDefinition>;
