import {
  ConsultationReportList,
  TeamPath,
  TestTeam,
  TestTeamRatio,
  TestTeamRatioRequest,
  TestTeamRequest,
} from '../test-team';
import { defineRoute } from '../route';
import { authErrors, error } from './common';

const TAG = 'Uji Kompetensi';

/** The test team formed by the head of BKN's decree (Perban BKN 7/2020 Pasal 19) and what its leader receives. */
export const testTeamRoutes = {
  setTestTeamRatio: defineRoute({
    operationId: 'setTestTeamRatio',
    method: 'PUT',
    path: '/test-team-ratio',
    function: 'testTeams',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: TAG,
    summary:
      'Menetapkan rasio peserta per asesor menurut tingkat kesulitan uji (Perban BKN 7/2020 Pasal 19(3))',
    description:
      'Data rujukan BKN untuk ukuran tim uji: peserta yang diuji seorang asesor pada tingkat kesulitan RENDAH, SEDANG dan TINGGI. Menetapkan lagi menggantikannya; tim yang sudah dibentuk tetap mencatat rasio yang dipakainya.',
    body: TestTeamRatioRequest,
    responses: {
      200: { description: 'Rasio ditetapkan.', schema: TestTeamRatio },
      400: error('Data tidak valid.'),
      ...authErrors,
    },
  }),
  getTestTeamRatio: defineRoute({
    operationId: 'getTestTeamRatio',
    method: 'GET',
    path: '/test-team-ratio',
    function: 'testTeams',
    auth: ['admin-bkn', 'komite'],
    scope: 'none',
    tag: TAG,
    summary: 'Rasio peserta per asesor yang berlaku (Pasal 19(3))',
    responses: {
      200: { description: 'Rasio yang berlaku.', schema: TestTeamRatio },
      ...authErrors,
      404: error('BKN belum menetapkan rasio (TEST_TEAM_RATIO_NOT_SET).'),
    },
  }),
  formTestTeam: defineRoute({
    operationId: 'formTestTeam',
    method: 'POST',
    path: '/test-teams',
    function: 'testTeams',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: TAG,
    summary: 'Membentuk tim uji dengan keputusan Kepala BKN (Perban BKN 7/2020 Pasal 19(2)-(6))',
    description:
      'Tim uji untuk jangka waktu tertentu (19(5)) yang mencakup hari uji angkatan yang dilayaninya: asesor, pakar/praktisi bila diperlukan, pengelola administrasi (19(2)), asal instansi tiap anggota (19(4)) dan satu ketua tim. Jumlah asesor paling sedikit peserta dibagi rasio tingkat kesulitannya (19(3), TIM-UJI-UKURAN). Setiap asesor dan pakar yang ikut menilai diperiksa terhadap setiap peserta seperti penugasan satu per satu (Pasal 28, 29, 19(6)): persyaratan umum yang tidak terpenuhi menolak tim, konflik kepentingan atau pangkat di bawah peserta hanya mengecualikan peserta itu. Anggota yang menilai tercatat pada tim uji setiap angkatannya dan menguji hanya dalam jangka waktu tim (TIM-UJI-MASA-TUGAS).',
    body: TestTeamRequest,
    responses: {
      201: { description: 'Tim uji dibentuk.', schema: TestTeam },
      400: error('Data tidak valid.'),
      ...authErrors,
      404: error('Program atau angkatan tidak ditemukan (COHORT_NOT_FOUND).'),
      409: error(
        'Angkatan dilayani tim lain atau diberi anggota selama permintaan diproses; tidak ada yang dicatat (TEST_TEAM_CHANGED).',
      ),
      422: error('Aturan tim uji tidak terpenuhi (semua alasan dalam details).'),
    },
  }),
  getTestTeam: defineRoute({
    operationId: 'getTestTeam',
    method: 'GET',
    path: '/test-teams/{teamId}',
    function: 'testTeams',
    auth: ['admin-bkn', 'komite'],
    scope: 'none',
    tag: TAG,
    summary: 'Tim uji berdasarkan keputusan Kepala BKN',
    params: TeamPath,
    responses: {
      200: { description: 'Tim uji.', schema: TestTeam },
      ...authErrors,
      404: error('Tim uji tidak ditemukan (TEST_TEAM_NOT_FOUND).'),
    },
  }),
  listConsultationReports: defineRoute({
    operationId: 'listConsultationReports',
    method: 'GET',
    path: '/test-teams/{teamId}/consultation-reports',
    function: 'testTeams',
    auth: ['admin-bkn', 'asesor', 'pakar'],
    scope: 'test-team-leader',
    tag: TAG,
    summary: 'Laporan konsultasi pra uji asesor kepada ketua tim uji (Perban BKN 7/2020 Pasal 30(1)d)',
    description:
      'Untuk setiap peserta angkatan yang dilayani tim: asesor konsultasi pra ujinya dan rekomendasi terakhirnya (Pasal 30(1)c), sebagaimana dicatat pada konsultasi pra uji. Hanya ketua tim (dan BKN) yang menerimanya.',
    params: TeamPath,
    responses: {
      200: { description: 'Laporan konsultasi pra uji.', schema: ConsultationReportList },
      ...authErrors,
      404: error(
        'Tim uji tidak ditemukan; tim yang tidak diketuai pemanggil dijawab sama (TEST_TEAM_NOT_FOUND).',
      ),
    },
  }),
};
