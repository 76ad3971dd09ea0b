import { ParticipantPath } from '../paths';
import { Appeal, AppealPath, AppealRequest, AppealResolutionRequest, AppealReviewRequest } from '../result';
import { defineRoute, type RouteDefinition } from '../route';
import { error } from './common';
import { common, PARTICIPANT_SIDE, TAG } from './results';

/** Appeals against the result session's decisions: served by a function of their own (functions/appeals). */
export const appealRoutes = {
  fileAppeal: defineRoute({
    operationId: 'fileAppeal',
    method: 'POST',
    path: '/programs/{programId}/participants/{nip}/appeals',
    function: 'appeals',
    auth: PARTICIPANT_SIDE,
    scope: 'participant',
    idempotent: true,
    tag: TAG,
    summary:
      'Mengajukan banding atas hasil atau pengaduan atas proses uji (Perban BKN 7/2020 Pasal 25h, 36(1)d)',
    description:
      'Oleh peserta atau instansinya, sebelum `appealUntil`, atas keputusan yang berlaku; selama terbuka, sertifikat atas keputusan itu tidak diterbitkan. Satu perkara terbuka per keputusan (BANDING-SATU-TERBUKA): pengajuan yang sama (pokok, alasan dan unit) selama perkara terbuka mendapat perkara itu (200); pengajuan lain ditolak sampai perkara diputus.',
    params: ParticipantPath,
    body: AppealRequest,
    responses: {
      201: { description: 'Banding/pengaduan tercatat.', schema: Appeal },
      200: { description: 'Pengajuan yang sama sudah terbuka: perkara itu.', schema: Appeal },
      ...common,
      409: error('Keputusan digantikan ketika banding diajukan (RESULT_CHANGED); ulangi.'),
    },
  }),
  assignAppealReviewer: defineRoute({
    operationId: 'assignAppealReviewer',
    method: 'PUT',
    path: '/programs/{programId}/participants/{nip}/appeals/{appealId}/reviewer',
    function: 'appeals',
    auth: ['admin-bkn'],
    scope: 'none',
    tag: TAG,
    summary:
      'Menunjuk peninjau banding independen: tidak menguji peserta, tidak hadir atau mencatat sidang yang diputus (Pasal 2a, 2d, 25h)',
    params: AppealPath,
    body: AppealReviewRequest,
    responses: {
      200: { description: 'Peninjau ditunjuk.', schema: Appeal },
      ...common,
      409: error('Banding sudah diputus.'),
    },
  }),
  resolveAppeal: defineRoute({
    operationId: 'resolveAppeal',
    method: 'POST',
    path: '/programs/{programId}/participants/{nip}/appeals/{appealId}/resolution',
    function: 'appeals',
    auth: ['admin-bkn'],
    scope: 'none',
    tag: TAG,
    summary: 'Putusan banding oleh peninjau independen yang ditunjuk BKN (Pasal 2a, 2d, 25h)',
    description:
      'Hanya peninjau yang ditunjuk yang memutus (BANDING-DIPUTUS-PENINJAU), dan ia tetap independen (BANDING-PENINJAU-INDEPENDEN). Bila diterima, keputusan baru (source BANDING) menggantikan yang lama (`supersededBy`). Sertifikat diminta lagi untuk keputusan yang berlaku; permintaan ulang hanya meminta lagi.',
    params: AppealPath,
    body: AppealResolutionRequest,
    responses: { 200: { description: 'Banding diputus.', schema: Appeal }, ...common },
  }),
} satisfies Record<string, RouteDefinition>;
