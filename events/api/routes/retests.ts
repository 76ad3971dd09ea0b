import { Cohort } from '../participant';
import { CohortPath, ParticipantPath, ProgramPath } from '../paths';
import { RetestBooking, RetestRequest } from '../result';
import {
  RetestAsk,
  RetestAskList,
  RetestAskRequest,
  RetestSessionRequest,
  TestSessionRequest,
} from '../retest';
import { defineRoute, type RouteDefinition } from '../route';
import { authErrors, error } from './common';

const TAG = 'Uji Ulang';
const common = {
  400: error('Data tidak valid.'),
  401: authErrors[401],
  403: error('Peran tidak berwenang, atau peserta di luar cakupan pengguna.'),
  404: error('Program, angkatan, sesi, peserta atau keputusan tidak ditemukan.'),
  422: error('Aturan tidak terpenuhi (semua alasan dalam details).'),
};

/** Re-tests: asked for, booked into a later test session, and the test sessions' own capacity (Pasal 25c, 26). */
export const retestRoutes = {
  askRetest: defineRoute({
    operationId: 'askRetest',
    method: 'POST',
    path: '/programs/{programId}/participants/{nip}/retest-requests',
    function: 'retests',
    auth: ['peserta', 'instansi', 'kanreg'],
    scope: 'participant',
    idempotent: true,
    tag: TAG,
    summary: 'Meminta uji ulang atas keputusan belum kompeten (Perban BKN 7/2020 Pasal 16(7), 26)',
    description:
      'Satu permintaan per keputusan: permintaan ulang mengembalikan yang ada (200). Ditolak bila keputusan tidak belum kompeten atau uji ulang pada jenjang ini sudah 2 kali (UJI-ULANG-MAKS-2, dihitung di semua program).',
    params: ParticipantPath,
    body: RetestAskRequest,
    responses: {
      201: { description: 'Permintaan tercatat; BKN menjadwalkannya.', schema: RetestAsk },
      200: { description: 'Permintaan atas keputusan ini sudah ada.', schema: RetestAsk },
      ...common,
    },
  }),
  listRetestAsks: defineRoute({
    operationId: 'listRetestAsks',
    method: 'GET',
    path: '/programs/{programId}/retest-requests',
    function: 'retests',
    auth: ['admin-bkn'],
    scope: 'none',
    tag: TAG,
    summary: 'Permintaan uji ulang yang belum dijadwalkan, terlama dahulu',
    params: ProgramPath,
    responses: { 200: { description: 'Permintaan menunggu.', schema: RetestAskList }, ...common },
  }),
  bookRetest: defineRoute({
    operationId: 'bookRetest',
    method: 'POST',
    path: '/programs/{programId}/participants/{nip}/retest',
    function: 'retests',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: TAG,
    summary: 'Menjadwalkan uji ulang pada sesi uji berikutnya sejenjang (Perban BKN 7/2020 Pasal 25c, 26)',
    description:
      'Paling banyak 2 kali per jenjang bagi ASN ini, dihitung di semua program; hanya pada unit belum kompeten; ke sesi uji sejenjang sesudah uji terakhirnya yang belum dimulai, dalam program ini atau sesudahnya (`toProgram`). Tempat uji ulang sesi diambil dalam satu transaksi bersyarat bersama hitungan uji ulang ASN, jadi tidak pernah melebihi kapasitas sesi atau batas 2 kali.',
    params: ParticipantPath,
    body: RetestRequest,
    responses: {
      201: { description: 'Uji ulang terjadwal.', schema: RetestBooking },
      ...common,
      409: error('Sesi uji penuh, uji ulang ini sudah dijadwalkan, atau data berubah (ulangi).'),
    },
  }),
  setTestSession: defineRoute({
    operationId: 'setTestSession',
    method: 'PUT',
    path: '/programs/{programId}/cohorts/{number}/test-session',
    function: 'retests',
    auth: ['admin-bkn'],
    scope: 'none',
    tag: TAG,
    summary: 'Kapasitas sesi uji angkatan (ruang dan asesor) dan tempat uji ulangnya (Pasal 19(3), 27)',
    params: CohortPath,
    body: TestSessionRequest,
    responses: { 200: { description: 'Kapasitas sesi uji tercatat.', schema: Cohort }, ...common },
  }),
  createRetestSession: defineRoute({
    operationId: 'createRetestSession',
    method: 'POST',
    path: '/programs/{programId}/retest-sessions',
    function: 'retests',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: TAG,
    summary: 'Sesi uji ulang BKN sendiri, tanpa pelatihan (Pasal 25c, 26)',
    description:
      'Bernomor sesudah angkatan program; diuji pada `testDate`; TUK-nya diverifikasi dan tim ujinya ditugaskan seperti angkatan.',
    params: ProgramPath,
    body: RetestSessionRequest,
    responses: { 201: { description: 'Sesi uji ulang dijadwalkan.', schema: Cohort }, ...common },
  }),
} satisfies Record<string, RouteDefinition>;
