import { CohortPath, ParticipantPath } from '../paths';
import { CohortParticipantPath } from '../result';
import {
  AppealStrategy,
  AppealStrategyInput,
  AdditionalEvidenceRequest,
  AdditionalEvidenceInput,
  AdditionalEvidenceList,
  UnitRecognitionStatement,
} from '../result-session';
import { defineRoute, type RouteDefinition } from '../route';
import { error } from './common';
import { common, PARTICIPANT_SIDE, TAG } from './results';

/** What the result session settles besides its decisions (Pasal 25b, 25e, 25h, 15(3)a): functions/result-sessions. */
export const resultSessionRoutes = {
  requestAdditionalEvidence: defineRoute({
    operationId: 'requestAdditionalEvidence',
    method: 'POST',
    path: '/programs/{programId}/cohorts/{number}/participants/{nip}/evidence-requests',
    function: 'resultSessions',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: TAG,
    summary:
      'Sidang hasil meminta bukti tambahan dari peserta yang belum memenuhi sebagian bukti, dengan batas waktu (Perban BKN 7/2020 Pasal 25b)',
    description:
      'Atas unit yang diuji pada percobaan peserta di sesi ini, sebelum percobaan itu diputus, dengan batas waktu sesudah hari ini dan paling lama 30 hari (SIDANG-BUKTI-TAMBAHAN). Asesor mencatat bukti tambahan melalui rute penilaian (…/units/{unitCode}/evidence) lalu merekomendasi ulang unitnya. Selama permintaan MENUNGGU, keputusan sidang atas peserta ditolak (SIDANG-MENUNGGU-BUKTI-TAMBAHAN); sesudah batas waktu tanpa bukti, sidang memutus atas bukti dan rekomendasi yang ada.',
    params: CohortParticipantPath,
    body: AdditionalEvidenceInput,
    responses: {
      201: { description: 'Permintaan bukti tambahan tercatat.', schema: AdditionalEvidenceRequest },
      ...common,
      409: error('Percobaan ini diputus sementara permintaan diproses (ATTEMPT_DECIDED).'),
    },
  }),
  listEvidenceRequests: defineRoute({
    operationId: 'listEvidenceRequests',
    method: 'GET',
    path: '/programs/{programId}/participants/{nip}/evidence-requests',
    function: 'resultSessions',
    auth: ['admin-bkn', 'komite', ...PARTICIPANT_SIDE],
    scope: 'participant',
    tag: TAG,
    summary: 'Permintaan bukti tambahan kepada peserta dan keadaannya hari ini (Pasal 25b)',
    params: ParticipantPath,
    responses: {
      200: { description: 'Permintaan, terlama dahulu.', schema: AdditionalEvidenceList },
      ...common,
    },
  }),
  setAppealStrategy: defineRoute({
    operationId: 'setAppealStrategy',
    method: 'PUT',
    path: '/programs/{programId}/cohorts/{number}/appeal-strategy',
    function: 'resultSessions',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: TAG,
    summary: 'Sidang hasil menetapkan strategi penanganan banding sesi uji ini (Perban BKN 7/2020 Pasal 25h)',
    description:
      'Peninjau yang dapat ditunjuk (bukan anggota tim uji sesi ini), jangka waktu peninjauan dan cara peninjauan (BANDING-STRATEGI). Banding atas keputusan sesi ini membawa strategi yang berlaku saat diajukan: batas peninjauannya menurut jangka waktu itu, peninjau yang ditunjuk dari daftarnya, dan putusannya menyebut salah satu caranya (BANDING-IKUT-STRATEGI). Menetapkan lagi menggantikan strategi untuk banding berikutnya.',
    params: CohortPath,
    body: AppealStrategyInput,
    responses: { 200: { description: 'Strategi banding berlaku.', schema: AppealStrategy }, ...common },
  }),
  getAppealStrategy: defineRoute({
    operationId: 'getAppealStrategy',
    method: 'GET',
    path: '/programs/{programId}/cohorts/{number}/appeal-strategy',
    function: 'resultSessions',
    auth: ['admin-bkn', 'komite'],
    scope: 'none',
    tag: TAG,
    summary: 'Strategi penanganan banding sesi uji (Pasal 25h)',
    params: CohortPath,
    responses: {
      200: { description: 'Strategi banding sesi ini.', schema: AppealStrategy },
      ...common,
      404: error(
        'Program atau sesi tidak ditemukan, atau sidangnya belum menetapkan strategi (APPEAL_STRATEGY_NOT_SET).',
      ),
    },
  }),
  getUnitRecognition: defineRoute({
    operationId: 'getUnitRecognition',
    method: 'GET',
    path: '/programs/{programId}/participants/{nip}/unit-recognition',
    function: 'resultSessions',
    auth: ['admin-bkn', 'komite', ...PARTICIPANT_SIDE],
    scope: 'participant',
    tag: TAG,
    summary:
      'Pernyataan pengakuan unit kompetensi bagi peserta yang belum kompeten pada seluruh kualifikasi, bukan sertifikat (Perban BKN 7/2020 Pasal 15(3)a, 25e, 26(2))',
    description:
      'Dari keputusan yang berlaku: setiap unit yang dinyatakan kompeten, dengan keputusan yang pertama mengakuinya, dan unit sisanya, yang menjadi cakupan uji ulang. Peserta yang kompeten pada seluruh unit mendapat sertifikat, bukan pernyataan ini (PENGAKUAN-UNIT, 422).',
    params: ParticipantPath,
    responses: {
      200: { description: 'Pernyataan pengakuan unit.', schema: UnitRecognitionStatement },
      ...common,
    },
  }),
} satisfies Record<string, RouteDefinition>;
