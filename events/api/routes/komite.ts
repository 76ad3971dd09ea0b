import {
  AnnualMeetings,
  DecisionList,
  DecisionQuery,
  Decree,
  DecreeRequest,
  Meeting,
  MeetingList,
  MeetingQuery,
  MeetingRequest,
  Membership,
} from '../komite';
import { PageQuery } from '../page';
import { defineRoute, type RouteDefinition } from '../route';
import { authErrors, error } from './common';

const TAG = 'Komite Sertifikasi';
const common = {
  400: error('Data tidak valid.'),
  ...authErrors,
  422: error('Aturan tidak terpenuhi (semua alasan dalam details).'),
};
/** BKN sets the membership and reads the Komite's work; the Komite records its own meetings. */
const READERS = ['admin-bkn', 'komite'] as const;

/** The Komite Sertifikasi (Perban BKN 7/2020 Pasal 6). */
export const komiteRoutes = {
  setKomiteMembership: defineRoute({
    operationId: 'setKomiteMembership',
    method: 'POST',
    path: '/komite/decrees',
    function: 'komite',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: TAG,
    summary: 'Keanggotaan Komite menurut Keputusan Kepala BKN (Pasal 6(4))',
    description: 'Keputusan baru berlaku sejak tanggalnya; yang lama tetap tercatat.',
    body: DecreeRequest,
    responses: {
      201: { description: 'Keputusan tercatat.', schema: Decree },
      ...common,
      409: error('Keputusan bernomor dan bertanggal sama sudah tercatat (DECREE_EXISTS).'),
    },
  }),
  getKomiteMembership: defineRoute({
    operationId: 'getKomiteMembership',
    method: 'GET',
    path: '/komite/membership',
    function: 'komite',
    auth: READERS,
    scope: 'none',
    tag: TAG,
    summary: 'Keanggotaan Komite yang berlaku dan riwayat keputusannya',
    description: 'Keputusan yang berlaku hari ini, dan riwayat keputusan satu halaman (terlama dahulu).',
    query: PageQuery,
    responses: {
      200: { description: 'Keanggotaan.', schema: Membership },
      ...common,
      400: error('Data tidak valid, atau kursor halaman tidak dikenal (INVALID_CURSOR).'),
    },
  }),
  recordKomiteMeeting: defineRoute({
    operationId: 'recordKomiteMeeting',
    method: 'POST',
    path: '/komite/meetings',
    function: 'komite',
    auth: ['komite'],
    scope: 'none',
    idempotent: true,
    tag: TAG,
    summary: 'Sidang Komite dengan notulen dan keputusannya (Pasal 6(2)-(3))',
    description:
      'Dihadiri anggota menurut keputusan yang berlaku pada tanggal sidang; memuat validasi pengembangan kinerja ASN bersertifikat (merujuk catatan pemantauan atau hasil Monev), kajian Sistem Sertifikasi, dan rekomendasi saling pengakuan.',
    body: MeetingRequest,
    responses: {
      201: { description: 'Sidang tercatat.', schema: Meeting },
      ...common,
      409: error('Sidang lain tahun itu dicatat bersamaan (DATA_CHANGED); tidak ada yang dicatat, ulangi.'),
    },
  }),
  listKomiteMeetings: defineRoute({
    operationId: 'listKomiteMeetings',
    method: 'GET',
    path: '/komite/meetings',
    function: 'komite',
    auth: READERS,
    scope: 'none',
    tag: TAG,
    summary: 'Sidang Komite satu tahun, terlama dahulu',
    description: 'Sidang satu tahun (?year=); tanpa year, tahun berjalan (WIB).',
    query: MeetingQuery,
    responses: { 200: { description: 'Sidang.', schema: MeetingList }, ...common },
  }),
  listKomiteDecisions: defineRoute({
    operationId: 'listKomiteDecisions',
    method: 'GET',
    path: '/komite/decisions',
    function: 'komite',
    auth: READERS,
    scope: 'none',
    tag: TAG,
    summary: 'Keputusan Komite satu jenis (validasi, kajian, saling-pengakuan) dari sidang satu tahun',
    description: 'Sidang satu tahun (?year=); tanpa year, tahun berjalan (WIB).',
    query: DecisionQuery,
    responses: { 200: { description: 'Terlama dahulu.', schema: DecisionList }, ...common },
  }),
  getKomiteAnnualMeetings: defineRoute({
    operationId: 'getKomiteAnnualMeetings',
    method: 'GET',
    path: '/komite/annual-meetings',
    function: 'komite',
    auth: READERS,
    scope: 'none',
    tag: TAG,
    summary: 'Sidang per tahun; tahun lalu tanpa sidang ditandai (KOMITE-SIDANG-TAHUNAN, Pasal 6(3))',
    responses: { 200: { description: 'Per tahun.', schema: AnnualMeetings }, ...common },
  }),
} satisfies Record<string, RouteDefinition>;
