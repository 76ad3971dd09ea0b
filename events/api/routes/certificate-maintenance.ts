import { Certificate, CertificatePath, ReinstatementRequest } from '../certificate';
import { defineRoute, type RouteDefinition } from '../route';
import { authErrors, error } from './common';

const TAG = 'Sertifikat';

/**
 * After the certificate: reinstatement (Perban BKN 7/2020 Pasal 36); the re-issue is in ./reissue.ts, revocation
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
} satisfies Record<string, RouteDefinition>;
