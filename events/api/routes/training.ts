import { CohortPath, ParticipantPath } from '../paths';
import { UploadRequest, UploadSlot } from '../proposal';
import { defineRoute, type RouteDefinition } from '../route';
import {
  AttendanceRegister,
  AttendanceRequest,
  Confirmation,
  ConfirmationRequest,
  CurriculumVitae,
  ELearningRecord,
  ELearningRequest,
  LearningRecord,
  RulesOfConduct,
  RulesOfConductRequest,
} from '../training';
import { authErrors, error } from './common';

const PARTICIPANT_SIDE = ['peserta', 'instansi', 'kanreg'] as const;

const participantErrors = {
  403: authErrors[403],
  404: error(
    'Program atau peserta tidak ditemukan; peserta lain (bagi peserta) atau di luar instansi/wilayah pengguna dijawab sama (PARTICIPANT_NOT_FOUND).',
  ),
};

/** Confirmation, CV and action plan, e-learning and classroom attendance, JP earned (2019 handbook). */
export const trainingRoutes = {
  confirmAttendance: defineRoute({
    operationId: 'confirmAttendance',
    method: 'POST',
    path: '/programs/{programId}/participants/{nip}/confirmation',
    function: 'training',
    auth: PARTICIPANT_SIDE,
    scope: 'participant',
    idempotent: true,
    tag: 'Pelatihan',
    summary: 'Konfirmasi kehadiran online dengan CV dan rencana tindak lanjut (Timeline Pelatihan No 4)',
    description:
      'Peserta yang ditetapkan dan sudah memegang kursi mengonfirmasi sebelum angkatannya dimulai; bila hadir, CV sudah diunggah dan rencana tindak lanjut disertakan. Mengonfirmasi ulang menggantikan konfirmasi sebelumnya.',
    params: ParticipantPath,
    body: ConfirmationRequest,
    responses: {
      200: { description: 'Konfirmasi tercatat.', schema: Confirmation },
      400: error('Data tidak valid.'),
      422: error('Aturan konfirmasi tidak terpenuhi (semua alasan dalam details).'),
      ...participantErrors,
      401: authErrors[401],
    },
  }),
  requestCvUpload: defineRoute({
    operationId: 'requestCvUpload',
    method: 'POST',
    path: '/programs/{programId}/participants/{nip}/cv/upload',
    function: 'training',
    auth: PARTICIPANT_SIDE,
    scope: 'participant',
    tag: 'Pelatihan',
    summary: 'Tautan unggah bertanda tangan untuk CV (Riwayat Pekerjaan) peserta',
    params: ParticipantPath,
    body: UploadRequest,
    responses: {
      200: { description: 'Tautan unggah (PUT).', schema: UploadSlot },
      400: error('Jenis atau ukuran berkas tidak diterima.'),
      422: error('Peserta lulusan PIK yang masuk uji langsung tidak menyerahkan CV (PIK-TANPA-PELATIHAN).'),
      ...participantErrors,
      401: authErrors[401],
    },
  }),
  confirmCv: defineRoute({
    operationId: 'confirmCv',
    method: 'PUT',
    path: '/programs/{programId}/participants/{nip}/cv',
    function: 'training',
    auth: PARTICIPANT_SIDE,
    scope: 'participant',
    tag: 'Pelatihan',
    summary: 'Mengonfirmasi CV yang sudah diunggah',
    params: ParticipantPath,
    responses: {
      200: { description: 'CV tercatat.', schema: CurriculumVitae },
      409: error('Berkas belum diunggah.'),
      422: error('Jenis atau ukuran berkas tidak diterima.'),
      ...participantErrors,
      401: authErrors[401],
    },
  }),
  recordELearning: defineRoute({
    operationId: 'recordELearning',
    method: 'POST',
    path: '/programs/{programId}/participants/{nip}/e-learning',
    function: 'training',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: 'Pelatihan',
    summary: 'Mencatat penyelesaian e-learning (3 JP) peserta',
    params: ParticipantPath,
    body: ELearningRequest,
    responses: {
      200: { description: 'E-learning tercatat.', schema: ELearningRecord },
      400: error('Data tidak valid.'),
      422: error('Aturan e-learning tidak terpenuhi (semua alasan dalam details).'),
      ...participantErrors,
      401: authErrors[401],
    },
  }),
  recordAttendance: defineRoute({
    operationId: 'recordAttendance',
    method: 'POST',
    path: '/programs/{programId}/cohorts/{number}/attendance',
    function: 'training',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: 'Pelatihan',
    summary: 'Mencatat daftar hadir satu sesi angkatan (klasikal atau evaluasi) pada satu hari pelatihan',
    description:
      'Daftar hadir sesi yang sama pada tanggal yang sama dapat dikirim ulang untuk koreksi: yang terakhir berlaku.',
    params: CohortPath,
    body: AttendanceRequest,
    responses: {
      200: { description: 'Daftar hadir tercatat.', schema: AttendanceRegister },
      400: error('Data tidak valid.'),
      422: error('Aturan kehadiran tidak terpenuhi (semua alasan dalam details).'),
      403: authErrors[403],
      404: error('Program atau angkatan tidak ditemukan.'),
      401: authErrors[401],
    },
  }),
  publishRulesOfConduct: defineRoute({
    operationId: 'publishRulesOfConduct',
    method: 'PUT',
    path: '/programs/{programId}/cohorts/{number}/rules-of-conduct',
    function: 'training',
    auth: ['admin-bkn'],
    scope: 'none',
    tag: 'Pelatihan',
    summary: 'Menerbitkan tata tertib angkatan (Panduan 2019, Tata Tertib)',
    description:
      'Sebelum hari pertama klasikal. Sejak terbit, peserta angkatan dicatat hadir di kelas klasikal hanya setelah menyatakan telah membaca tata tertib (TATA-TERTIB-DIAKUI); menerbitkan ulang menggantikannya.',
    params: CohortPath,
    body: RulesOfConductRequest,
    responses: {
      200: { description: 'Tata tertib angkatan terbit.', schema: RulesOfConduct },
      400: error('Data tidak valid.'),
      422: error('Angkatan sudah dimulai (TATA-TERTIB-TERBIT).'),
      403: authErrors[403],
      404: error('Program atau angkatan tidak ditemukan.'),
      401: authErrors[401],
    },
  }),
  getLearning: defineRoute({
    operationId: 'getLearning',
    method: 'GET',
    path: '/programs/{programId}/participants/{nip}/learning',
    function: 'training',
    auth: ['admin-bkn', ...PARTICIPANT_SIDE],
    scope: 'participant',
    tag: 'Pelatihan',
    summary: 'JP yang diperoleh peserta dan rinciannya (e-learning, klasikal per hari, evaluasi)',
    params: ParticipantPath,
    responses: {
      200: { description: 'Perolehan JP.', schema: LearningRecord },
      ...participantErrors,
      401: authErrors[401],
    },
  }),
} satisfies Record<string, RouteDefinition>;
