import { CohortParticipantPath } from '../assessment';
import { CohortPath, ProgramPath } from '../paths';
import {
  AssessorReport,
  AssessorReportRequest,
  Feedback,
  FeedbackRequest,
  FindingRequest,
  Improvement,
  ImprovementChangeRequest,
  ImprovementPath,
  Minutes,
  POLICY_CSV_COLUMNS,
  PolicyReport,
  PolicyReportQuery,
  RecordedFinding,
  SessionReview,
  SignMinutesRequest,
} from '../review';
import { defineRoute, type RouteDefinition } from '../route';
import { authErrors, error } from './common';

const TAG = 'Tinjauan Proses Uji';
const COHORT_404 = error(
  'Program atau angkatan tidak ditemukan; angkatan tempat asesor tidak ditugaskan dijawab sama (COHORT_NOT_FOUND).',
);
const RULES_422 = error('Aturan tidak terpenuhi (semua alasan dalam details).');

/** The review of the test process (Perban BKN 7/2020 Pasal 24g, 25g, 30(2)n-r). */
export const reviewRoutes = {
  putFeedback: defineRoute({
    operationId: 'putFeedback',
    method: 'PUT',
    path: '/programs/{programId}/cohorts/{number}/participants/{nip}/feedback',
    function: 'review',
    auth: ['peserta'],
    scope: 'participant',
    idempotent: true,
    tag: TAG,
    summary: 'Umpan balik peserta atas proses uji sesinya (Perban BKN 7/2020 Pasal 24g, 30(2)o)',
    description:
      'Hanya peserta yang telah diuji pada sesi ini (ada bukti atau rekomendasi tercatat untuknya: UMPAN-BALIK-PESERTA-DIUJI), satu per uji: mengirim lagi menggantikan yang sebelumnya, sampai 14 hari setelah hari uji (UMPAN-BALIK-BATAS-WAKTU). Dalam tinjauan dan laporan umpan balik tidak menyebut nama atau NIP.',
    params: CohortParticipantPath,
    body: FeedbackRequest,
    responses: {
      200: { description: 'Umpan balik tersimpan.', schema: Feedback },
      400: error('Data tidak valid.'),
      ...authErrors,
      404: error(
        'Program, angkatan atau peserta tidak ditemukan; NIP selain milik sendiri dijawab sama (PARTICIPANT_NOT_FOUND).',
      ),
      409: error('Umpan balik berubah selama permintaan diproses (FEEDBACK_CHANGED).'),
      422: RULES_422,
    },
  }),
  getFeedback: defineRoute({
    operationId: 'getFeedback',
    method: 'GET',
    path: '/programs/{programId}/cohorts/{number}/participants/{nip}/feedback',
    function: 'review',
    auth: ['peserta'],
    scope: 'participant',
    tag: TAG,
    summary: 'Umpan balik peserta sendiri atas proses uji sesinya',
    params: CohortParticipantPath,
    responses: {
      200: { description: 'Umpan balik peserta.', schema: Feedback },
      ...authErrors,
      404: error('Belum ada umpan balik (FEEDBACK_NOT_FOUND), atau peserta tidak ditemukan.'),
    },
  }),
  getMinutes: defineRoute({
    operationId: 'getMinutes',
    method: 'GET',
    path: '/programs/{programId}/cohorts/{number}/minutes',
    function: 'review',
    auth: ['admin-bkn', 'komite', 'asesor'],
    scope: 'test-team',
    tag: TAG,
    summary: 'Berita acara pelaksanaan uji sesi ini (Perban BKN 7/2020 Pasal 30(2)n)',
    description:
      'Disusun dari rekaman sesi: tanggal, TUK, angkatan, unit dan metode yang tercatat, peserta hadir (ada bukti atau rekomendasi) dan tidak hadir, asesor dan pakar yang terlibat. `contentHash` adalah sha256 isinya; berita acara lengkap (`complete`) bila setiap asesor yang terlibat telah menandatangani isi terkini.',
    params: CohortPath,
    responses: {
      200: { description: 'Berita acara dan tanda tangannya.', schema: Minutes },
      ...authErrors,
      404: COHORT_404,
    },
  }),
  signMinutes: defineRoute({
    operationId: 'signMinutes',
    method: 'POST',
    path: '/programs/{programId}/cohorts/{number}/minutes/signatures',
    function: 'review',
    auth: ['asesor'],
    scope: 'test-team',
    idempotent: true,
    tag: TAG,
    summary: 'Asesor yang terlibat menandatangani berita acara (Perban BKN 7/2020 Pasal 30(2)n)',
    description:
      'Tanda tangan = asesor, waktu, dan hash isi yang dibaca. Hanya asesor yang mencatat bukti atau rekomendasi pada sesi ini (BERITA-ACARA-ASESOR-TERLIBAT). Hash yang bukan isi terkini dijawab 409 MINUTES_CHANGED dengan hash terkini. Menandatangani isi yang sama lagi tidak mengubah apa pun (200).',
    params: CohortPath,
    body: SignMinutesRequest,
    responses: {
      200: { description: 'Sudah ditandatangani sebelumnya; berita acara.', schema: Minutes },
      201: { description: 'Tanda tangan tercatat; berita acara.', schema: Minutes },
      400: error('Data tidak valid.'),
      ...authErrors,
      404: COHORT_404,
      409: error('Isi berita acara berubah sejak dibaca (MINUTES_CHANGED).'),
      422: RULES_422,
    },
  }),
  putAssessorReport: defineRoute({
    operationId: 'putAssessorReport',
    method: 'PUT',
    path: '/programs/{programId}/cohorts/{number}/assessor-report',
    function: 'review',
    auth: ['asesor'],
    scope: 'test-team',
    idempotent: true,
    tag: TAG,
    summary: 'Laporan pelaksanaan uji asesor dan saran perbaikannya (Perban BKN 7/2020 Pasal 30(2)p, 30(2)r)',
    description:
      'Satu laporan per asesor per sesi, ditandatangani (waktu, hash isi); mengirim lagi menggantikannya. Hanya asesor yang terlibat dalam sesi (LAPORAN-ASESOR-TERLIBAT).',
    params: CohortPath,
    body: AssessorReportRequest,
    responses: {
      200: { description: 'Laporan tersimpan.', schema: AssessorReport },
      400: error('Data tidak valid.'),
      ...authErrors,
      404: COHORT_404,
      422: RULES_422,
    },
  }),
  getSessionReview: defineRoute({
    operationId: 'getSessionReview',
    method: 'GET',
    path: '/programs/{programId}/cohorts/{number}/review',
    function: 'review',
    auth: ['admin-bkn', 'komite'],
    scope: 'none',
    tag: TAG,
    summary: 'Bahan dan hasil tinjauan proses uji sesi ini (Perban BKN 7/2020 Pasal 24g)',
    description:
      'Umpan balik peserta tanpa nama (jumlah, rata-rata, komentar terurut), laporan asesor, jumlah tanda tangan berita acara, temuan dan log perbaikan.',
    params: CohortPath,
    responses: {
      200: { description: 'Tinjauan sesi.', schema: SessionReview },
      ...authErrors,
      404: error('Program atau angkatan tidak ditemukan (COHORT_NOT_FOUND).'),
    },
  }),
  recordFinding: defineRoute({
    operationId: 'recordFinding',
    method: 'POST',
    path: '/programs/{programId}/cohorts/{number}/review/findings',
    function: 'review',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: TAG,
    summary:
      'Temuan tinjauan proses uji terhadap prinsip uji dan prinsip bukti (Perban BKN 7/2020 Pasal 24g)',
    description:
      'Paling cepat pada hari uji (TINJAUAN-SETELAH-UJI); dasar yang disebut harus ada pada sesi (TINJAUAN-DASAR-ADA); prinsip yang tidak terpenuhi membuka paling kurang satu butir perbaikan (TINJAUAN-PERBAIKAN-TEMUAN) dengan tenggat tidak sebelum hari ini (PERBAIKAN-TENGGAT). Temuan dan butirnya dicatat sekaligus.',
    params: CohortPath,
    body: FindingRequest,
    responses: {
      201: { description: 'Temuan dan butir perbaikannya tercatat.', schema: RecordedFinding },
      400: error('Data tidak valid.'),
      ...authErrors,
      404: error('Program atau angkatan tidak ditemukan (COHORT_NOT_FOUND).'),
      409: error('Data berubah selama permintaan diproses (FINDING_CHANGED).'),
      422: RULES_422,
    },
  }),
  changeImprovement: defineRoute({
    operationId: 'changeImprovement',
    method: 'PATCH',
    path: '/programs/{programId}/cohorts/{number}/improvements/{improvementId}',
    function: 'review',
    auth: ['admin-bkn'],
    scope: 'none',
    tag: TAG,
    summary: 'Memajukan butir log perbaikan sampai SELESAI (Perban BKN 7/2020 Pasal 24g)',
    description:
      'Status hanya maju TERBUKA → DIKERJAKAN → SELESAI, butir SELESAI tidak diubah lagi (PERBAIKAN-STATUS-MAJU); SELESAI dengan catatan hasil (PERBAIKAN-SELESAI-HASIL); tenggat baru tidak sebelum hari ini (PERBAIKAN-TENGGAT). Setiap perubahan tercatat dalam `history`. `version` yang bukan versi terkini dijawab 409 IMPROVEMENT_CHANGED.',
    params: ImprovementPath,
    body: ImprovementChangeRequest,
    responses: {
      200: { description: 'Butir perbaikan sesudah perubahan.', schema: Improvement },
      400: error('Data tidak valid.'),
      ...authErrors,
      404: error('Butir perbaikan tidak ditemukan (IMPROVEMENT_NOT_FOUND).'),
      409: error('Butir diubah orang lain sejak dibaca (IMPROVEMENT_CHANGED).'),
      422: RULES_422,
    },
  }),
  getPolicyReport: defineRoute({
    operationId: 'getPolicyReport',
    method: 'GET',
    path: '/programs/{programId}/review-report',
    function: 'review',
    auth: ['admin-bkn', 'komite'],
    scope: 'none',
    tag: TAG,
    summary:
      'Laporan tinjauan proses uji untuk kebijakan pengembangan kompetensi (Perban BKN 7/2020 Pasal 25g)',
    description:
      'Per angkatan program: umpan balik (jumlah, rata-rata; tanpa nama), temuan, prinsip tidak terpenuhi, butir perbaikan terbuka, selesai, dan lewat tenggat. `?format=csv` untuk Excel berlokal Indonesia (docs/exports.md) dengan kolom ' +
      `${POLICY_CSV_COLUMNS.join(';')}.`,
    params: ProgramPath,
    query: PolicyReportQuery,
    responses: {
      200: {
        description: 'Laporan (JSON; CSV dengan ?format=csv).',
        schema: PolicyReport,
        alternatives: ['text/csv'],
      },
      ...authErrors,
      404: error('Program tidak ditemukan (PROGRAM_NOT_FOUND).'),
    },
  }),
} satisfies Record<string, RouteDefinition>;
