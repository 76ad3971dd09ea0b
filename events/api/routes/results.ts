import { CohortPath, ParticipantPath } from '../paths';
import {
  CohortParticipantPath,
  CohortResultDecisions,
  CohortResultDecisionsRequest,
  DecisionPath,
  ResultCorrectionRequest,
  ResultDecision,
  ResultDecisionRequest,
  ResultRecord,
} from '../result';
import { defineRoute, type RouteDefinition } from '../route';
import { authErrors, error } from './common';

export const TAG = 'Sidang Hasil';
export const PARTICIPANT_SIDE = ['peserta', 'instansi', 'kanreg'] as const;

export const common = {
  400: error('Data tidak valid.'),
  401: authErrors[401],
  403: authErrors[403],
  404: error(
    'Program, angkatan, peserta, keputusan atau banding tidak ditemukan; peserta lain, atau di luar instansi/wilayah pengguna, dijawab sama (PARTICIPANT_NOT_FOUND).',
  ),
  422: error('Aturan tidak terpenuhi (semua alasan dalam details).'),
};
const resultChanged = { 409: error('Data hasil berubah selama permintaan diproses; ulangi permintaan.') };

/** Sidang hasil: decisions, corrections and a participant's record (appeals: ./appeals.ts). */
export const resultRoutes = {
  decideResult: defineRoute({
    operationId: 'decideResult',
    method: 'POST',
    path: '/programs/{programId}/cohorts/{number}/participants/{nip}/result',
    function: 'results',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: TAG,
    summary:
      'Keputusan sidang hasil atas peserta pada angkatan ini (Perban BKN 7/2020 Pasal 16(5), 25, 16(6))',
    description:
      'Sidang dilaksanakan unit pelatihan BKN bersama unsur penyelenggara; `session` mencatat pimpinan dan yang hadir dengan perannya, paling sedikit satu asesor tim uji (SIDANG-ASESOR-HADIR). KOMPETEN hanya bila setiap unit kompeten (kumulatif atas uji ulang). Pencatat bukan penguji peserta (SIDANG-BUKAN-ASESOR). Satu keputusan per percobaan: permintaan ulang mengembalikan keputusan yang ada (200) dan meminta sertifikat lagi.',
    params: CohortParticipantPath,
    body: ResultDecisionRequest,
    responses: {
      201: { description: 'Keputusan tercatat dan sertifikat diminta.', schema: ResultDecision },
      200: {
        description: 'Keputusan percobaan ini sudah ada; sertifikat diminta lagi.',
        schema: ResultDecision,
      },
      ...common,
      ...resultChanged,
    },
  }),
  decideCohortResults: defineRoute({
    operationId: 'decideCohortResults',
    method: 'POST',
    path: '/programs/{programId}/cohorts/{number}/results',
    function: 'results',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: TAG,
    summary:
      'Keputusan sidang hasil atas peserta satu angkatan sekaligus (Perban BKN 7/2020 Pasal 25, 16(6))',
    description:
      'Sidang hasil unit pelatihan BKN (Pasal 16(5)) dengan daftar hadir dan peran (`session`, SIDANG-ASESOR-HADIR). Aturan keputusan per peserta, diperiksa untuk semua dahulu: satu masalah menolak seluruhnya (422, `path` `decisions.<i>`), tanpa pencatatan. Keputusan baru dicatat dalam satu transaksi, lalu sertifikat diminta. Percobaan yang sudah diputus dikembalikan (`alreadyDecided`); permintaan ulang tidak memutus dua kali. Paling banyak 50 keputusan, tidak melebihi kapasitas angkatan.',
    params: CohortPath,
    body: CohortResultDecisionsRequest,
    responses: {
      201: {
        description: 'Keputusan baru tercatat; sertifikat diminta.',
        schema: CohortResultDecisions,
      },
      200: {
        description:
          'Setiap percobaan sudah diputus; keputusan yang ada dikembalikan dan sertifikat diminta lagi.',
        schema: CohortResultDecisions,
      },
      ...common,
      ...resultChanged,
    },
  }),
  correctResult: defineRoute({
    operationId: 'correctResult',
    method: 'POST',
    path: '/programs/{programId}/participants/{nip}/results/{decisionId}/correction',
    function: 'results',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: TAG,
    summary:
      'Koreksi keputusan yang berlaku oleh sidang hasil unit pelatihan BKN (Perban BKN 7/2020 Pasal 16(5), 25)',
    description:
      'Keputusan baru (source KOREKSI) menggantikan yang lama (`supersededBy`), atas unit yang kini dinyatakan kompeten; dapat dibanding seperti keputusan lain. Sertifikat yang telah terbit atas keputusan lama diganti versi baru (tetap kompeten) atau dibatalkan (belum kompeten). Pencatat bukan penguji peserta; tidak selama banding atas keputusan itu terbuka. Permintaan ulang atas koreksi yang sama mengembalikannya (200) dan meminta sertifikat lagi.',
    params: DecisionPath,
    body: ResultCorrectionRequest,
    responses: {
      201: { description: 'Koreksi tercatat; sertifikat diminta.', schema: ResultDecision },
      200: { description: 'Koreksi ini sudah tercatat; sertifikat diminta lagi.', schema: ResultDecision },
      ...common,
      ...resultChanged,
    },
  }),
  getResults: defineRoute({
    operationId: 'getResults',
    method: 'GET',
    path: '/programs/{programId}/participants/{nip}/results',
    function: 'results',
    auth: ['admin-bkn', 'komite', ...PARTICIPANT_SIDE],
    scope: 'participant',
    tag: TAG,
    summary: 'Keputusan, uji ulang dan banding peserta, dengan keputusan yang berlaku dan tindak lanjutnya',
    params: ParticipantPath,
    responses: { 200: { description: 'Riwayat hasil peserta.', schema: ResultRecord }, ...common },
  }),
} satisfies Record<string, RouteDefinition>;
