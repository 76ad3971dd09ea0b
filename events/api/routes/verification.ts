import { DecimalInteger } from '../identifiers';
import * as z from 'zod';
import { defineRoute, type ResponseSpec, type RouteDefinition } from '../route';
import {
  CertificateVerification,
  PdfCheck,
  RevocationList,
  VerificationPath,
  VerificationQuery,
} from '../verification';
import { error } from './common';

const PDF_LIMIT = 5 * 2 ** 20;
const notFound = error('Nomor registrasi tidak terdaftar sebagai sertifikat yang diterbitkan.');

/**
 * The answer as JSON, or as a page (text/html) for a browser: a request whose `Accept` prefers text/html to
 * application/json gets the page, one that prefers JSON the JSON; one that states neither (no Accept, or only the
 * wildcard) gets a page on the /verifikasi addresses and JSON on the others. Errors too: a browser never gets raw JSON.
 */
const orPage = (spec: ResponseSpec): ResponseSpec => ({ ...spec, alternatives: ['text/html'] });
const NEGOTIATION =
  'Halaman HTML bila header Accept lebih memilih text/html daripada application/json, JSON bila sebaliknya; tanpa pilihan (tanpa Accept atau */*), halaman pada alamat /verifikasi dan JSON pada alamat lain. Jawaban galat pun mengikuti aturan ini: peramban selalu mendapat halaman.';
const certificateAnswers = {
  200: orPage({ description: 'Status dan isi sertifikat.', schema: CertificateVerification }),
  400: orPage(error('Nomor registrasi tidak valid (VALIDATION_FAILED).')),
  404: orPage(notFound),
  500: orPage(error('Galat sistem (INTERNAL_ERROR); halamannya menyebut kode rujukan untuk pengaduan.')),
  503: orPage(error('Layanan sedang sibuk (SERVICE_BUSY): ulangi sesudah `retry-after` detik.')),
};

/**
 * Public verification of certificates, without login (issue 6 point 4; Perban BKN 7/2020 Pasal 34-36): the page
 * a certificate's QR code opens, the same answer as JSON, the check of an uploaded PDF, the revocation list.
 */
export const verificationRoutes = {
  verificationSearchPage: defineRoute({
    operationId: 'verificationSearchPage',
    method: 'GET',
    path: '/verifikasi',
    function: 'verification',
    auth: 'public',
    tag: 'Verifikasi',
    summary: 'Halaman verifikasi: cari sertifikat menurut nomor registrasi',
    description: `Tanpa nomor: halaman pencarian (peramban), atau 400 NOMOR_REQUIRED (JSON). Dengan nomor: sama dengan GET /verifikasi/{nomor}. ${NEGOTIATION}`,
    query: VerificationQuery,
    responses: {
      ...certificateAnswers,
      200: orPage({
        description: 'Status dan isi sertifikat; tanpa nomor, halaman pencarian.',
        schema: CertificateVerification,
      }),
      400: orPage(error('Nomor registrasi tidak diberikan (NOMOR_REQUIRED, JSON saja) atau tidak valid.')),
    },
  }),
  verificationPage: defineRoute({
    operationId: 'verificationPage',
    method: 'GET',
    path: '/verifikasi/{nomor+}',
    function: 'verification',
    auth: 'public',
    tag: 'Verifikasi',
    summary: 'Halaman verifikasi satu sertifikat (tujuan kode QR pada sertifikat)',
    description: `Nomor registrasi apa adanya di jalur, garis miring termasuk, mis. /verifikasi/0042/SKTM-ASN/L3/2025; nomor sertifikat pelatihan pun demikian, mis. /verifikasi/0007/SPL-MASN/2027 (jawabannya ber-kind PELATIHAN, sertifikat kompetensi KOMPETENSI). Isi yang ditampilkan berasal dari catatan BKN (unit termasuk), bukan dari berkas; data pribadi terbatas pada nama, NIP yang disamarkan dan instansi (pembeda pemegang yang bernama sama). ${NEGOTIATION}`,
    params: VerificationPath,
    responses: certificateAnswers,
  }),
  verifyCertificate: defineRoute({
    operationId: 'verifyCertificate',
    method: 'GET',
    path: '/verification/{nomor+}',
    function: 'verification',
    auth: 'public',
    tag: 'Verifikasi',
    summary: 'Status dan isi sertifikat menurut nomor registrasi (JSON)',
    description: `Jawaban yang sama dengan GET /verifikasi/{nomor}. ${NEGOTIATION}`,
    params: VerificationPath,
    responses: certificateAnswers,
  }),
  checkCertificatePdf: defineRoute({
    operationId: 'checkCertificatePdf',
    method: 'POST',
    path: '/verification/{nomor+}',
    function: 'verification',
    auth: 'public',
    tag: 'Verifikasi',
    summary: 'Memeriksa apakah berkas PDF yang diunggah persis berkas sertifikat yang diterbitkan',
    params: VerificationPath,
    binaryBody: {
      contentType: 'application/pdf',
      maxBytes: PDF_LIMIT,
      description: 'Berkas PDF sertifikat (paling besar 5 MiB).',
    },
    responses: {
      200: { description: 'Hasil pemeriksaan (cocok atau tidak).', schema: PdfCheck },
      400: error('Berkas kosong atau nomor tidak valid.'),
      404: notFound,
      413: error('Berkas melebihi 5 MiB.'),
      415: error('Berkas bukan application/pdf.'),
    },
  }),
  listRevocations: defineRoute({
    operationId: 'listRevocations',
    method: 'GET',
    path: '/revocations',
    function: 'verification',
    auth: 'public',
    tag: 'Verifikasi',
    summary: 'Daftar publik sertifikat yang dicabut (Pasal 36(3)), terbaru dahulu',
    description: `Setiap pemegang dengan NIP yang disamarkan dan instansinya. ${NEGOTIATION}`,
    query: z.strictObject({
      limit: DecimalInteger(1, 100).default(50),
      cursor: z.string().max(2048).optional(),
    }),
    responses: {
      200: orPage({ description: 'Satu halaman daftar pencabutan.', schema: RevocationList }),
      400: orPage(error('Parameter tidak valid.')),
      500: certificateAnswers[500],
      503: certificateAnswers[503],
    },
  }),
} satisfies Record<string, RouteDefinition>;
