import {
  PreAssessment,
  PreAssessor,
  PreAssessorRequest,
  RecommendationRequest,
  SelfAssessmentRequest,
} from '../preassessment';
import { CandidatePath } from '../paths';
import { defineRoute, type RouteDefinition } from '../route';
import { authErrors, error, scopeErrors } from './common';

/** Pre-assessment: self-assessment and the assessor's recommendation (Perban BKN 7/2020 Pasal 31(1)e). */
export const preassessmentRoutes = {
  putSelfAssessment: defineRoute({
    operationId: 'putSelfAssessment',
    method: 'PUT',
    path: '/programs/{programId}/proposals/{instansiCode}/candidates/{nip}/self-assessment',
    function: 'preassessment',
    auth: ['instansi', 'kanreg', 'peserta'],
    scope: 'candidate',
    idempotent: true,
    tag: 'Pra Uji',
    summary: 'Mengisi atau memperbaiki penilaian mandiri calon per unit kompetensi (Pasal 30(1)a-b)',
    description:
      'Peserta mengisi penilaian mandirinya sendiri (klaim NIP pada token); operator instansi/Kanreg dapat mengisikannya. Boleh disimpan bertahap; terkunci setelah asesor merekomendasikan layak.',
    params: CandidatePath,
    body: SelfAssessmentRequest,
    responses: {
      200: { description: 'Penilaian mandiri tersimpan, dengan kelengkapannya.', schema: PreAssessment },
      400: error('Data tidak valid.'),
      409: error('Penilaian mandiri berubah bersamaan; muat ulang.'),
      422: error('Aturan penilaian mandiri tidak terpenuhi (semua alasan dalam details).'),
      ...scopeErrors,
      401: authErrors[401],
    },
  }),
  assignPreAssessor: defineRoute({
    operationId: 'assignPreAssessor',
    method: 'PUT',
    path: '/programs/{programId}/proposals/{instansiCode}/candidates/{nip}/pre-assessment/assessor',
    function: 'preassessment',
    auth: ['admin-bkn'],
    idempotent: true,
    scope: 'none',
    tag: 'Pra Uji',
    summary: 'BKN menugaskan asesor konsultasi pra uji calon (Pasal 28, 30(1), 31(1)e)',
    description:
      'Asesor memenuhi Pasal 28 untuk calon ini (pangkat paling rendah setara calon, bebas dari kepentingan dengan calon); calon diterima dan belum ditetapkan sebagai peserta. Hanya asesor ini yang memberikan rekomendasi. Penugasan ulang menggantikan asesor dan menyimpan riwayatnya.',
    params: CandidatePath,
    body: PreAssessorRequest,
    responses: {
      200: { description: 'Asesor ditugaskan.', schema: PreAssessor },
      400: error('Data tidak valid.'),
      409: error(
        'Penugasan asesor berubah bersamaan (PREASSESSMENT_ASSESSOR_CHANGED) atau calon/penetapannya berubah (PREASSESSMENT_CHANGED); muat ulang.',
      ),
      422: error('Persyaratan asesor atau calon tidak terpenuhi (semua alasan dalam details).'),
      ...scopeErrors,
      401: authErrors[401],
    },
  }),
  recommendCandidate: defineRoute({
    operationId: 'recommendCandidate',
    method: 'POST',
    path: '/programs/{programId}/proposals/{instansiCode}/candidates/{nip}/recommendation',
    function: 'preassessment',
    auth: ['asesor'],
    scope: 'none',
    idempotent: true,
    tag: 'Pra Uji',
    summary: 'Rekomendasi asesor: calon layak atau belum layak mengikuti tahapan selanjutnya (Pasal 30(1)c)',
    description:
      'Hanya asesor yang ditugaskan BKN pada konsultasi pra uji calon ini (PUT …/pre-assessment/assessor) yang merekomendasikan; asesor lain ditolak 422 PRA-ASESOR-DITUGASKAN. Setiap rekomendasi dicatat sebagai riwayat baru; yang terakhir menentukan sidang penetapan peserta.',
    params: CandidatePath,
    body: RecommendationRequest,
    responses: {
      200: { description: 'Rekomendasi tercatat.', schema: PreAssessment },
      400: error('Data tidak valid.'),
      409: error(
        'Penilaian mandiri atau calon berubah bersamaan (PREASSESSMENT_CHANGED), atau asesor yang ditugaskan diganti (PREASSESSMENT_ASSESSOR_CHANGED); muat ulang.',
      ),
      422: error('Aturan rekomendasi tidak terpenuhi (semua alasan dalam details).'),
      ...scopeErrors,
      401: authErrors[401],
    },
  }),
  getPreAssessment: defineRoute({
    operationId: 'getPreAssessment',
    method: 'GET',
    path: '/programs/{programId}/proposals/{instansiCode}/candidates/{nip}/pre-assessment',
    function: 'preassessment',
    auth: ['admin-bkn', 'asesor', 'instansi', 'kanreg', 'peserta'],
    scope: 'candidate',
    tag: 'Pra Uji',
    summary: 'Penilaian mandiri, kelengkapannya dan riwayat rekomendasi asesor',
    params: CandidatePath,
    responses: {
      200: { description: 'Konsultasi pra uji calon.', schema: PreAssessment },
      ...scopeErrors,
      401: authErrors[401],
    },
  }),
} satisfies Record<string, RouteDefinition>;
