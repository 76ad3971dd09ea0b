import {
  Invitation,
  InvitationBatch,
  InvitationCohortPath,
  InvitationParticipantPath,
  InvitationReceiptRecorded,
  InvitationReceiptRequest,
  InvitationSigner,
  InvitationSignerRequest,
} from '../invitation';
import { ProgramPath } from '../paths';
import { defineRoute, type RouteDefinition } from '../route';
import { authErrors, error, scopeErrors } from './common';

/** Invitations (Perka BKN 11/2008 notification letter) and their download links. */
export const invitationRoutes = {
  putInvitationSigner: defineRoute({
    operationId: 'putInvitationSigner',
    method: 'PUT',
    path: '/programs/{programId}/invitation-signer',
    function: 'invitations',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: 'Undangan',
    summary: 'Menetapkan penanda tangan undangan program (isian (10) dan (11) Perka BKN 11/2008)',
    params: ProgramPath,
    body: InvitationSignerRequest,
    responses: {
      200: { description: 'Penanda tangan tercatat.', schema: InvitationSigner },
      400: error('Data tidak valid.'),
      404: error('Program tidak ditemukan.'),
      ...authErrors,
    },
  }),
  requestCohortInvitations: defineRoute({
    operationId: 'requestCohortInvitations',
    method: 'POST',
    path: '/programs/{programId}/cohorts/{number}/invitations',
    function: 'invitations',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: 'Undangan',
    summary: 'Mengantrekan (ulang) undangan semua peserta yang duduk di satu angkatan',
    description:
      'Undangan yang sudah bernomor untuk angkatan itu tidak diberi nomor kedua. Ditolak bila undangan tidak ' +
      'lagi dapat diterima 6 hari kerja sebelum angkatan dimulai (Perka BKN 11/2008 Lampiran III.2.a.4)) atau ' +
      'angkatan belum memiliki TUK terverifikasi untuk tempat undangan (Anak Lampiran (9)).',
    params: InvitationCohortPath,
    responses: {
      202: { description: 'Undangan diantrekan.', schema: InvitationBatch },
      404: error('Program atau angkatan tidak ditemukan.'),
      409: error('Penanda tangan undangan belum ditetapkan.'),
      422: error(
        'Sudah terlambat (PK-PEMBERITAHUAN-6-HARI-KERJA, atau KAL-DATA-LIBUR) atau TUK angkatan belum terverifikasi (UNDANGAN-TEMPAT-TUK).',
      ),
      ...authErrors,
    },
  }),
  getInvitation: defineRoute({
    operationId: 'getInvitation',
    method: 'GET',
    path: '/programs/{programId}/participants/{nip}/invitation',
    function: 'invitations',
    auth: ['admin-bkn', 'instansi', 'kanreg', 'peserta'],
    scope: 'participant',
    tag: 'Undangan',
    summary: 'Undangan peserta, penyampaian dan penerimaannya, dengan tautan unduh PDF berumur pendek',
    params: InvitationParticipantPath,
    responses: {
      200: { description: 'Undangan dan tautan unduhnya.', schema: Invitation },
      409: error('Undangan ditolak (kode aturan di details) atau masih dibuat.'),
      ...scopeErrors,
      404: error(
        'Peserta atau undangannya tidak ditemukan; peserta lain, atau di luar instansi/wilayah pengguna, dijawab sama (PARTICIPANT_NOT_FOUND).',
      ),
      401: authErrors[401],
    },
  }),
  acknowledgeInvitation: defineRoute({
    operationId: 'acknowledgeInvitation',
    method: 'POST',
    path: '/programs/{programId}/participants/{nip}/invitation/receipt',
    function: 'invitations',
    auth: ['instansi', 'peserta'],
    scope: 'participant',
    idempotent: true,
    tag: 'Undangan',
    summary: 'Mencatat tanggal undangan diterima peserta (operator instansinya atau peserta sendiri)',
    description:
      'Tanggal terima tidak sebelum tanggal surat dan tidak sesudah hari ini (WIB). Penerimaan sesudah hari ' +
      'kerja ke-6 sebelum angkatan dimulai tetap dicatat dan ditandai terlambat (PK-PEMBERITAHUAN-6-HARI-KERJA, ' +
      'Perka BKN 11/2008 Lampiran III.2.a.4)). Dicatat sekali: tanggal yang sama dijawab dengan catatan yang ada.',
    params: InvitationParticipantPath,
    body: InvitationReceiptRequest,
    responses: {
      200: { description: 'Penerimaan tercatat.', schema: InvitationReceiptRecorded },
      400: error('Data tidak valid.'),
      409: error(
        'Undangan ditolak atau masih dibuat, penerimaan sudah dicatat dengan tanggal lain, atau undangan berubah.',
      ),
      422: error(
        'Tanggal terima tidak mungkin (UNDANGAN-TANGGAL-TERIMA) atau data hari libur belum ada (KAL-DATA-LIBUR).',
      ),
      ...scopeErrors,
      404: error('Peserta atau undangannya tidak ditemukan.'),
      401: authErrors[401],
    },
  }),
} satisfies Record<string, RouteDefinition>;
