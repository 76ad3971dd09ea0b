import {
  ActionPlanList,
  ActionPlanRecord,
  MonevAnswerRequest,
  MonevPointPath,
  MonevProgramme,
  MonevReport,
  MonevReportQuery,
  MonevSettingsRequest,
  Questionnaire,
  QuestionnaireList,
} from '../monev';
import { ParticipantPath, ProgramPath } from '../paths';
import { defineRoute, type RouteDefinition } from '../route';
import { authErrors, error } from './common';

const planErrors = {
  403: authErrors[403],
  404: error(
    'Program atau peserta tidak ditemukan, atau peserta belum menyertakan rencana tindak lanjut; peserta lain (bagi peserta), di luar instansi/wilayah pengguna, atau rencana yang tidak menyebut mentor ini dijawab sama (PARTICIPANT_NOT_FOUND).',
  ),
  401: authErrors[401],
};

/**
 * The action plan after the confirmation and the Monev of it (2019 handbook, Rencana Tindak Lanjut;
 * Monitoring dan Evaluasi): the plan read by whom it concerns, the programme's Monev points, the questionnaires
 * the participant and the mentor answer, and the report.
 */
export const monevRoutes = {
  getActionPlan: defineRoute({
    operationId: 'getActionPlan',
    method: 'GET',
    path: '/programs/{programId}/participants/{nip}/action-plan',
    function: 'monev',
    auth: ['admin-bkn', 'peserta', 'instansi', 'kanreg', 'mentor'],
    scope: 'action-plan',
    tag: 'Monev',
    summary: 'Rencana tindak lanjut peserta (formulir Panduan 2019), dengan bagian yang belum diisi',
    description:
      'Dibaca peserta sendiri, instansinya (atau Kanreg wilayahnya), mentor/atasan langsung yang disebut dalam rencana, dan BKN; tidak oleh peran lain.',
    params: ParticipantPath,
    responses: {
      200: { description: 'Rencana tindak lanjut.', schema: ActionPlanRecord },
      ...planErrors,
    },
  }),
  listMentorPlans: defineRoute({
    operationId: 'listMentorPlans',
    method: 'GET',
    path: '/mentor/action-plans',
    function: 'monev',
    auth: ['mentor'],
    scope: 'none',
    tag: 'Monev',
    summary: 'Rencana tindak lanjut yang menyebut mentor pemanggil (NIP pada tokennya)',
    responses: {
      200: { description: 'Rencana yang menyebut mentor ini.', schema: ActionPlanList },
      403: authErrors[403],
      401: authErrors[401],
    },
  }),
  getMonevSettings: defineRoute({
    operationId: 'getMonevSettings',
    method: 'GET',
    path: '/programs/{programId}/monev',
    function: 'monev',
    auth: ['admin-bkn'],
    scope: 'none',
    tag: 'Monev',
    summary: 'Titik Monev program dan putaran yang sudah dibuka',
    params: ProgramPath,
    responses: {
      200: { description: 'Titik Monev dan putarannya.', schema: MonevProgramme },
      403: authErrors[403],
      404: error('Program tidak ditemukan (PROGRAM_NOT_FOUND).'),
      401: authErrors[401],
    },
  }),
  setMonevSettings: defineRoute({
    operationId: 'setMonevSettings',
    method: 'PUT',
    path: '/programs/{programId}/monev',
    function: 'monev',
    auth: ['admin-bkn'],
    scope: 'none',
    tag: 'Monev',
    summary: 'Menetapkan titik Monev program (bulan setelah pelatihan; bawaan 3, 6, 12)',
    description:
      'Berlaku bagi putaran yang belum dibuka; putaran yang sudah dibuka tetap pada tanggalnya. Aturan MONEV-TITIK.',
    params: ProgramPath,
    body: MonevSettingsRequest,
    responses: {
      200: { description: 'Titik Monev tercatat.', schema: MonevProgramme },
      400: error('Data tidak valid.'),
      422: error('Aturan titik Monev tidak terpenuhi (semua alasan dalam details).'),
      403: authErrors[403],
      404: error('Program tidak ditemukan (PROGRAM_NOT_FOUND).'),
      401: authErrors[401],
    },
  }),
  listMyQuestionnaires: defineRoute({
    operationId: 'listMyQuestionnaires',
    method: 'GET',
    path: '/monev/questionnaires',
    function: 'monev',
    auth: ['peserta', 'mentor'],
    scope: 'none',
    tag: 'Monev',
    summary: 'Kuesioner Monev yang masih terbuka bagi pemanggil (peserta atau mentor, menurut NIP tokennya)',
    responses: {
      200: {
        description: 'Kuesioner terbuka, yang paling dulu ditutup lebih dahulu.',
        schema: QuestionnaireList,
      },
      403: authErrors[403],
      401: authErrors[401],
    },
  }),
  answerMonev: defineRoute({
    operationId: 'answerMonev',
    method: 'PUT',
    path: '/programs/{programId}/participants/{nip}/monev/{point}',
    function: 'monev',
    auth: ['peserta', 'mentor'],
    scope: 'action-plan',
    tag: 'Monev',
    summary: 'Menjawab kuesioner Monev satu titik: peserta bagiannya, mentor bagiannya',
    description:
      'Identitas, mentor/atasan saat ini (peserta), perkembangan setiap langkah kerja dengan id-nya, dampak pelatihan terhadap kinerja, saran. Sekali per putaran, paling lambat tanggal penutupan (MONEV-DITUTUP).',
    params: MonevPointPath,
    body: MonevAnswerRequest,
    responses: {
      200: { description: 'Jawaban tercatat.', schema: Questionnaire },
      400: error('Data tidak valid.'),
      409: error('Kuesioner dijawab bersamaan oleh permintaan lain (MONEV_ANSWER_CHANGED).'),
      422: error('Aturan Monev tidak terpenuhi (semua alasan dalam details).'),
      403: authErrors[403],
      404: error(
        'Peserta tidak ditemukan atau di luar cakupan pemanggil (PARTICIPANT_NOT_FOUND), atau belum ada kuesioner titik ini bagi pemanggil (QUESTIONNAIRE_NOT_FOUND).',
      ),
      401: authErrors[401],
    },
  }),
  getMonevReport: defineRoute({
    operationId: 'getMonevReport',
    method: 'GET',
    path: '/monev/report',
    function: 'monev',
    auth: ['admin-bkn'],
    scope: 'none',
    tag: 'Monev',
    summary: 'Laporan Monev per angkatan, instansi atau jenjang: tingkat respons dan hasil (JSON atau CSV)',
    description:
      '`?format=csv` menghasilkan berkas untuk Excel berlokal Indonesia (UTF-8 dengan BOM, pemisah `;`, koma desimal; docs/exports.md).',
    query: MonevReportQuery,
    responses: {
      200: {
        description: 'Laporan (JSON; CSV dengan ?format=csv).',
        schema: MonevReport,
        alternatives: ['text/csv'],
      },
      400: error('Data tidak valid.'),
      403: authErrors[403],
      401: authErrors[401],
    },
  }),
} satisfies Record<string, RouteDefinition>;
