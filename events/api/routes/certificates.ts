import {
  Certificate,
  DEVELOPMENT_CSV_COLUMNS,
  CertificateArchive,
  CertificateInstansiPath,
  CertificateParticipantPath,
  CertificatePath,
  CertificateProgramPath,
  CertificateSigners,
  CertificateSignersRequest,
  DevelopmentQuery,
  DevelopmentRecord,
  HolderPath,
  InstansiDevelopmentQuery,
  InstansiDevelopmentRecord,
  ParticipantCertificates,
} from '../certificate';
import { InstansiPath } from '../instansi';
import { defineRoute, type RouteDefinition } from '../route';
import { authErrors, error, scopeErrors } from './common';

const READERS = ['admin-bkn', 'instansi', 'kanreg', 'peserta'] as const;
const TAG = 'Sertifikat';

/** Certificates: signers, download links, the instansi's archive, the development record. */
export const certificateRoutes = {
  putCertificateSigners: defineRoute({
    operationId: 'putCertificateSigners',
    method: 'PUT',
    path: '/programs/{programId}/certificate-signers',
    function: 'certificates',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: TAG,
    summary: 'Menetapkan penanda tangan sertifikat program (Perban BKN 7/2020 Pasal 34(2)-(3))',
    description:
      'Halaman depan: Kepala BKN atau pejabat yang ditunjuk; halaman belakang dan sertifikat pelatihan: pimpinan ' +
      'unit yang membidangi pelatihan dan pengembangan ASN. Sertifikat tidak diberi nomor selama belum ditetapkan.',
    params: CertificateProgramPath,
    body: CertificateSignersRequest,
    responses: {
      200: { description: 'Penanda tangan tercatat.', schema: CertificateSigners },
      400: error('Data tidak valid.'),
      404: error('Program tidak ditemukan.'),
      ...authErrors,
    },
  }),
  getParticipantCertificates: defineRoute({
    operationId: 'getParticipantCertificates',
    method: 'GET',
    path: '/programs/{programId}/participants/{nip}/certificates',
    function: 'certificates',
    auth: READERS,
    scope: 'participant',
    tag: TAG,
    summary:
      'Sertifikat kompetensi (semua versi) dan sertifikat pelatihan peserta, dengan tautan unduh berumur pendek',
    params: CertificateParticipantPath,
    responses: {
      200: { description: 'Sertifikat peserta.', schema: ParticipantCertificates },
      ...scopeErrors,
      404: error(
        'Peserta tidak ditemukan; peserta lain, atau di luar instansi/wilayah pengguna, dijawab sama (PARTICIPANT_NOT_FOUND).',
      ),
      401: authErrors[401],
    },
  }),
  getCertificate: defineRoute({
    operationId: 'getCertificate',
    method: 'GET',
    path: '/certificates/{certificateId}',
    function: 'certificates',
    auth: READERS,
    scope: 'certificate',
    tag: TAG,
    summary: 'Satu versi sertifikat kompetensi dengan tautan unduh PDF berumur pendek',
    params: CertificatePath,
    responses: {
      200: { description: 'Sertifikat dan tautan unduhnya (bila PDF telah dibuat).', schema: Certificate },
      ...scopeErrors,
      404: error(
        'Sertifikat tidak ditemukan; sertifikat orang lain, atau di luar instansi/wilayah pengguna, dijawab sama (CERTIFICATE_NOT_FOUND).',
      ),
      401: authErrors[401],
    },
  }),
  createCertificateArchive: defineRoute({
    operationId: 'createCertificateArchive',
    method: 'POST',
    path: '/programs/{programId}/instansi/{instansiCode}/certificates/archive',
    function: 'certificates',
    auth: ['admin-bkn', 'instansi', 'kanreg'],
    scope: 'instansi',
    tag: TAG,
    summary: 'Arsip ZIP semua sertifikat instansi pada satu program, dengan tautan unduh berumur pendek',
    description:
      'Sertifikat yang berlaku (kompetensi dan pelatihan) di akar arsip, bernama `<nama> - Sertifikat Kompetensi ' +
      '<nomor>.pdf` atau `<nama> - Sertifikat Pelatihan <NIP>.pdf`; setiap versi yang tidak berlaku lagi (DICABUT, ' +
      'DIMUTAKHIRKAN, DIBATALKAN) di folder `TIDAK BERLAKU` dengan statusnya pada nama berkas; ' +
      '`DAFTAR SERTIFIKAT.csv` mencantumkan setiap sertifikat dengan status, sejak kapan dan keterangannya, ' +
      'termasuk yang PDF-nya belum tersedia. Nama berkas ASCII dan aman untuk Windows. Dibatasi 500 berkas dan ' +
      '200 MiB; di atas itu ditolak dengan ARCHIVE_TOO_LARGE (unduh per peserta).',
    params: CertificateInstansiPath,
    responses: {
      201: { description: 'Arsip dibuat.', schema: CertificateArchive },
      ...scopeErrors,
      404: error('Instansi tidak ditemukan, atau belum ada sertifikat (NO_CERTIFICATES).'),
      413: error('Arsip melebihi batas (ARCHIVE_TOO_LARGE).'),
      401: authErrors[401],
    },
  }),
  getDevelopmentRecord: defineRoute({
    operationId: 'getDevelopmentRecord',
    method: 'GET',
    path: '/asn/{nip}/development-record',
    function: 'certificates',
    auth: READERS,
    scope: 'holder',
    tag: TAG,
    summary: 'Riwayat JP pengembangan kompetensi per tahun untuk pencatatan nasional (JSON atau CSV)',
    description:
      'Dari sertifikat pelatihan yang diterbitkan, lintas program. `?format=csv` menghasilkan berkas untuk Excel ' +
      'berlokal Indonesia (UTF-8 dengan BOM, pemisah `;`, NIP tetap teks; docs/exports.md) dengan kolom ' +
      `${[...DEVELOPMENT_CSV_COLUMNS, 'total_jp_tahun', 'kekurangan_jp_tahun'].join(';')}; ` +
      "teks yang diawali =, +, -, @, tab atau CR diberi awalan tanda petik (') agar tidak dijalankan sebagai rumus.",
    params: HolderPath,
    query: DevelopmentQuery,
    responses: {
      200: {
        description: 'Riwayat JP per tahun (JSON; CSV dengan ?format=csv).',
        schema: DevelopmentRecord,
        alternatives: ['text/csv'],
      },
      ...scopeErrors,
      404: error(
        'Belum ada catatan pengembangan kompetensi; NIP lain, atau di luar instansi/wilayah pengguna, dijawab sama (DEVELOPMENT_RECORD_NOT_FOUND).',
      ),
      401: authErrors[401],
    },
  }),
  getInstansiDevelopmentRecord: defineRoute({
    operationId: 'getInstansiDevelopmentRecord',
    method: 'GET',
    path: '/instansi/{instansiCode}/development-record',
    function: 'certificates',
    auth: ['admin-bkn', 'instansi', 'kanreg'],
    scope: 'instansi',
    tag: TAG,
    summary:
      'Catatan pengembangan kompetensi semua ASN yang pelatihannya diusulkan instansi, sekaligus (JSON atau CSV)',
    description:
      'Satu baris per sertifikat pelatihan, semua program atau satu (`?programId=`): nama, NIP, jabatan, jenis dan ' +
      'judul pelatihan, penyelenggara (lembaga penanda tangan sertifikat pelatihan), tempat, angkatan, tanggal ' +
      'mulai (hari pertama angkatan) dan selesai, tahun, JP, serta nomor dan status sertifikat kompetensi yang ' +
      'dipegang dari program itu. `?format=csv` menghasilkan berkas untuk Excel berlokal Indonesia (UTF-8 dengan ' +
      `BOM, pemisah \`;\`, NIP tetap teks; docs/exports.md) dengan kolom ${DEVELOPMENT_CSV_COLUMNS.join(';')}. Dibatasi ` +
      '5000 baris; di atas itu ditolak dengan EXPORT_TOO_LARGE (ekspor per program).',
    params: InstansiPath,
    query: InstansiDevelopmentQuery,
    responses: {
      200: {
        description: 'Catatan pengembangan kompetensi (JSON; CSV dengan ?format=csv).',
        schema: InstansiDevelopmentRecord,
        alternatives: ['text/csv'],
      },
      ...scopeErrors,
      404: error(
        'Instansi tidak ditemukan; instansi di luar cakupan operator dijawab sama (INSTANSI_NOT_FOUND).',
      ),
      413: error('Lebih dari 5000 baris (EXPORT_TOO_LARGE): ekspor per program.'),
      401: authErrors[401],
    },
  }),
} satisfies Record<string, RouteDefinition>;
