import { Certificate, CertificatePath, RevocationRequest } from '../certificate';
import { InstansiPath } from '../instansi';
import {
  MonitoringRecord,
  MonitoringRequest,
  Recommendation,
  RecommendationPath,
  RecommendationProgressRequest,
  RecommendationRequest,
  Surveillance,
  SurveillancePage,
} from '../surveillance';
import { PageQuery } from '../page';
import { UndertakingRequest } from '../undertaking';
import { defineRoute, type RouteDefinition } from '../route';
import { authErrors, error } from './common';

const TAG = 'Pemeliharaan Sertifikat';
const common = {
  400: error('Data tidak valid.'),
  ...authErrors,
  404: error(
    'Sertifikat, instansi atau rekomendasi tidak ditemukan (di luar cakupan pengguna dijawab sama).',
  ),
  422: error('Aturan tidak terpenuhi (semua alasan dalam details).'),
};
/** BKN keeps the certificates; the Kanreg of the holder's region takes part (Pasal 35(6)). */
const KEEPERS = ['admin-bkn', 'kanreg'] as const;
/** Who reads the monitoring: the keepers, the Komite that validates it (Pasal 6(2)a), the holder's instansi. */
const READERS = ['admin-bkn', 'kanreg', 'komite', 'instansi'] as const;

/**
 * Maintaining certificates (Perban BKN 7/2020 Pasal 35(1)-(2), (4)-(6)): monitoring of holders, development
 * recommendations, and the holder's undertaking (Pasal 36(2)).
 */
export const surveillanceRoutes = {
  recordMonitoring: defineRoute({
    operationId: 'recordMonitoring',
    method: 'POST',
    path: '/certificates/{certificateId}/monitoring',
    function: 'surveillance',
    auth: KEEPERS,
    scope: 'certificate',
    idempotent: true,
    tag: TAG,
    summary: 'Mencatat pemantauan kinerja pemegang sertifikat (Pasal 35(1), (6))',
    description:
      'Pada versi sertifikat yang berlaku, dengan metode Pasal 35(1) atau metode lain yang diuraikan; oleh BKN atau Kanreg wilayah instansi pemegang. Temuan pelanggaran disiplin atau pidana dapat dirujuk ke pencabutan (`monitoringId` pada POST …/revocation).',
    params: CertificatePath,
    body: MonitoringRequest,
    responses: { 201: { description: 'Pemantauan tercatat.', schema: MonitoringRecord }, ...common },
  }),
  getHolderSurveillance: defineRoute({
    operationId: 'getHolderSurveillance',
    method: 'GET',
    path: '/certificates/{certificateId}/surveillance',
    function: 'surveillance',
    auth: [...READERS, 'peserta'],
    scope: 'certificate',
    tag: TAG,
    summary: 'Pemantauan dan rekomendasi pengembangan pemegang sertifikat ini (semua versinya)',
    params: CertificatePath,
    responses: { 200: { description: 'Terlama dahulu.', schema: Surveillance }, ...common },
  }),
  getInstansiSurveillance: defineRoute({
    operationId: 'getInstansiSurveillance',
    method: 'GET',
    path: '/instansi/{instansiCode}/surveillance',
    function: 'surveillance',
    auth: READERS,
    scope: 'instansi',
    tag: TAG,
    summary: 'Pemantauan pemegang sertifikat instansi dan rekomendasi kepada instansi atau pemegangnya',
    params: InstansiPath,
    query: PageQuery,
    responses: {
      200: { description: 'Satu halaman, terlama dahulu.', schema: SurveillancePage },
      ...common,
      400: error('Data tidak valid, atau kursor halaman tidak dikenal (INVALID_CURSOR).'),
    },
  }),
  recommendToHolder: defineRoute({
    operationId: 'recommendToHolder',
    method: 'POST',
    path: '/certificates/{certificateId}/recommendations',
    function: 'surveillance',
    auth: KEEPERS,
    scope: 'certificate',
    idempotent: true,
    tag: TAG,
    summary: 'Rekomendasi pengembangan kepada pemegang sertifikat (Pasal 35(2), (4), (5))',
    description:
      'Bentuk Pasal 35(5); ke jenjang lebih tinggi (unit skema satu jenjang di atas) atau mengisi kesenjangan (unit yang belum dikuasai).',
    params: CertificatePath,
    body: RecommendationRequest,
    responses: { 201: { description: 'Rekomendasi diterbitkan.', schema: Recommendation }, ...common },
  }),
  recommendToInstansi: defineRoute({
    operationId: 'recommendToInstansi',
    method: 'POST',
    path: '/instansi/{instansiCode}/recommendations',
    function: 'surveillance',
    auth: KEEPERS,
    scope: 'instansi',
    idempotent: true,
    tag: TAG,
    summary: 'Rekomendasi pengembangan kepada instansi (Pasal 35(2), (4), (5))',
    params: InstansiPath,
    body: RecommendationRequest,
    responses: { 201: { description: 'Rekomendasi diterbitkan.', schema: Recommendation }, ...common },
  }),
  progressRecommendation: defineRoute({
    operationId: 'progressRecommendation',
    method: 'POST',
    path: '/development-recommendations/{recommendationId}/progress',
    function: 'surveillance',
    auth: ['admin-bkn'],
    scope: 'none',
    tag: TAG,
    summary: 'Tindak lanjut rekomendasi: DITERBITKAN → DITINDAKLANJUTI → SELESAI',
    params: RecommendationPath,
    body: RecommendationProgressRequest,
    responses: {
      200: { description: 'Status berubah.', schema: Recommendation },
      ...common,
      409: error('Status rekomendasi berubah bersamaan (RECOMMENDATION_CHANGED).'),
    },
  }),
  signUndertaking: defineRoute({
    operationId: 'signUndertaking',
    method: 'POST',
    path: '/certificates/{certificateId}/undertaking',
    function: 'surveillance',
    auth: ['peserta'],
    scope: 'certificate',
    tag: TAG,
    summary: 'Pemegang menandatangani persetujuan Pasal 36(2)',
    description:
      'Pemegang menyetujui teks versi yang berlaku (`undertaking.textVersion` pada jawaban sertifikat); tercatat sekali per versi sertifikat dengan waktunya. Persetujuan ulang menjawab yang tercatat.',
    params: CertificatePath,
    body: UndertakingRequest,
    responses: {
      200: {
        description: 'Persetujuan tercatat; sertifikat dengan `undertaking.signed`.',
        schema: Certificate,
      },
      ...common,
    },
  }),
  revokeCertificate: defineRoute({
    operationId: 'revokeCertificate',
    method: 'POST',
    path: '/certificates/{certificateId}/revocation',
    function: 'surveillance',
    auth: ['admin-bkn'],
    scope: 'none',
    tag: 'Sertifikat',
    summary:
      'Mencabut sertifikat karena pelanggaran disiplin dan/atau pidana (Perban BKN 7/2020 Pasal 36(3))',
    description:
      'Bila pelanggaran ditemukan dalam pemantauan (Pasal 35(1)), `monitoringId` merujuk catatan pemantauan itu sebagai dasarnya.',
    params: CertificatePath,
    body: RevocationRequest,
    responses: {
      200: { description: 'Sertifikat dicabut dan masuk daftar pencabutan publik.', schema: Certificate },
      400: error('Data tidak valid.'),
      404: error('Sertifikat tidak ditemukan.'),
      409: error('Sertifikat berubah bersamaan (CERTIFICATE_CHANGED).'),
      422: error('Aturan tidak terpenuhi: SERT-CABUT-ALASAN, SERT-CABUT-STATUS, PANTAU-RUJUK-CABUT.'),
      ...authErrors,
    },
  }),
} satisfies Record<string, RouteDefinition>;
