import { ProgramDashboard } from '../dashboard';
import { ProgramPath } from '../paths';
import { defineRoute, type RouteDefinition } from '../route';
import { authErrors, error } from './common';

const TAG = 'Dasbor Program';
/** BKN runs the programme; the Komite reads it (Perban BKN 7/2020 Pasal 6): neither changes anything here. */
const READERS = ['admin-bkn', 'komite'] as const;

/**
 * BKN's programme dashboard (issue 16 point 8): the figures as JSON behind the login, and the page that draws
 * them. The page is public because a browser's navigation carries no token: it holds no data, and its script
 * fetches the figures with the user's Cognito ID token.
 */
export const dashboardRoutes = {
  getProgramDashboard: defineRoute({
    operationId: 'getProgramDashboard',
    method: 'GET',
    path: '/programs/{programId}/dashboard',
    function: 'dashboard',
    auth: READERS,
    scope: 'none',
    tag: TAG,
    summary: 'Angka dasbor program: alur per instansi dan jenjang, kursi per angkatan, hasil per unit',
    description:
      'Setiap tahap menghitung orang (NIP), masing-masing sekali: diusulkan, memenuhi syarat (ditetapkan sebagai peserta), mendapat kursi, diuji, kompeten dan bersertifikat menurut keputusan dan sertifikat yang berlaku, menjawab Monev. Kanreg dan instansi tidak memakai dasbor ini.',
    params: ProgramPath,
    responses: {
      200: { description: 'Angka dasbor.', schema: ProgramDashboard },
      400: error('ID program tidak valid.'),
      404: error('Program tidak ditemukan (PROGRAM_NOT_FOUND).'),
      ...authErrors,
    },
  }),
  dashboardPage: defineRoute({
    operationId: 'dashboardPage',
    method: 'GET',
    path: '/dashboard',
    function: 'dashboard',
    auth: 'public',
    tag: TAG,
    summary: 'Halaman dasbor program (tanpa data; skripnya meminta angka dengan token pengguna)',
    description:
      'Halaman HTML tanpa data. Skripnya masuk lewat Cognito Hosted UI (token ID pada fragmen #id_token=), atau secara lokal dengan token yang ditempel, lalu membaca GET /programs/{programId}/dashboard.',
    responses: {
      200: { description: 'Halaman dasbor.', contentType: 'text/html' },
    },
  }),
} satisfies Record<string, RouteDefinition>;
