import { Certificate, CertificatePath, ReinstatementRequest, ReissueRequest } from '../certificate';
import { defineRoute, type RouteDefinition } from '../route';
import { authErrors, error } from './common';

const TAG = 'Sertifikat';

/**
 * After the certificate: reinstatement and re-issue as a new version (Perban BKN 7/2020 Pasal 35-36); revocation
 * is served with the monitoring it may rest on (./surveillance.ts).
 */
export const certificateMaintenanceRoutes = {
  reinstateCertificate: defineRoute({
    operationId: 'reinstateCertificate',
    method: 'POST',
    path: '/certificates/{certificateId}/reinstatement',
    function: 'certificateMaintenance',
    auth: ['admin-bkn'],
    scope: 'none',
    tag: TAG,
    summary: 'Mengakui kembali sertifikat yang dicabut atas permohonan melalui instansi (Pasal 36(4)-(6))',
    params: CertificatePath,
    body: ReinstatementRequest,
    responses: {
      200: { description: 'Sertifikat berlaku kembali.', schema: Certificate },
      400: error('Data tidak valid.'),
      404: error('Sertifikat tidak ditemukan.'),
      409: error('Sertifikat berubah bersamaan (CERTIFICATE_CHANGED).'),
      422: error('Aturan tidak terpenuhi: SERT-PULIH-DICABUT, -PEMOHON, -MELALUI-INSTANSI, -6-BULAN.'),
      ...authErrors,
    },
  }),
  reissueCertificate: defineRoute({
    operationId: 'reissueCertificate',
    method: 'POST',
    path: '/certificates/{certificateId}/reissue',
    function: 'reissue',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: TAG,
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
} satisfies Record<string, RouteDefinition>;
