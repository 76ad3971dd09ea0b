import { DecimalInteger } from '../identifiers';
import * as z from 'zod';
import { defineRoute, type RouteDefinition } from '../route';
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
const html = (description: string) => ({ description, contentType: 'text/html' });

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
    query: VerificationQuery,
    responses: {
      200: html('Halaman pencarian, dengan hasilnya bila nomor diberikan.'),
      404: html('Nomor tidak terdaftar (halaman yang menyatakannya).'),
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
    description:
      'Nomor registrasi apa adanya di jalur, garis miring termasuk, mis. /verifikasi/0042/SKTM-ASN/L3/2025. Isi yang ditampilkan berasal dari catatan BKN (unit termasuk), bukan dari berkas; data pribadi terbatas pada nama, skema dan jenjang.',
    params: VerificationPath,
    responses: {
      200: html('Status dan isi sertifikat.'),
      404: html('Nomor tidak terdaftar (halaman yang menyatakannya).'),
    },
  }),
  verifyCertificate: defineRoute({
    operationId: 'verifyCertificate',
    method: 'GET',
    path: '/verification/{nomor+}',
    function: 'verification',
    auth: 'public',
    tag: 'Verifikasi',
    summary: 'Status dan isi sertifikat menurut nomor registrasi (JSON)',
    params: VerificationPath,
    responses: {
      200: { description: 'Sertifikat terdaftar.', schema: CertificateVerification },
      400: error('Nomor registrasi tidak valid.'),
      404: notFound,
    },
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
    query: z.strictObject({
      limit: DecimalInteger(1, 100).default(50),
      cursor: z.string().max(2048).optional(),
    }),
    responses: {
      200: { description: 'Satu halaman daftar pencabutan.', schema: RevocationList },
      400: error('Parameter tidak valid.'),
    },
  }),
} satisfies Record<string, RouteDefinition>;
