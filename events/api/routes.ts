import * as z from 'zod';
import { ApiError } from './error';
import {
  AnnouncementAccepted,
  CreateProgramRequest,
  DownloadLink,
  Program,
  ProgramList,
  ProgramPath,
} from './program';
import { defineRoute, type RouteDefinition } from './route';

const error = (description: string) => ({ description, schema: ApiError });

/** Answers every authenticated route can give besides its own. */
const authErrors = {
  401: error('Token tidak ada, kedaluwarsa atau tidak sah.'),
  403: error('Peran pengguna tidak berwenang untuk aksi ini.'),
};

export const Health = z
  .object({ status: z.literal('ok'), service: z.string(), time: z.string() })
  .meta({ id: 'Health' });

export const routes = {
  health: defineRoute({
    operationId: 'getHealth',
    method: 'GET',
    path: '/health',
    function: 'meta',
    auth: 'public',
    tag: 'Sistem',
    summary: 'Status layanan',
    responses: { 200: { description: 'Layanan berjalan.', schema: Health } },
  }),
  openapi: defineRoute({
    operationId: 'getOpenApi',
    method: 'GET',
    path: '/openapi.json',
    function: 'meta',
    auth: 'public',
    tag: 'Sistem',
    summary: 'Dokumen OpenAPI 3.1 API ini',
    responses: { 200: { description: 'Dokumen OpenAPI.', contentType: 'application/json' } },
  }),
  createProgram: defineRoute({
    operationId: 'createProgram',
    method: 'POST',
    path: '/programs',
    function: 'programs',
    auth: ['admin-bkn'],
    tag: 'Program',
    summary: 'Membuat program sertifikasi dengan jendela usulannya',
    body: CreateProgramRequest,
    responses: {
      201: { description: 'Program dibuat.', schema: Program },
      400: error('Data tidak valid atau melanggar aturan program.'),
      ...authErrors,
    },
  }),
  listPrograms: defineRoute({
    operationId: 'listPrograms',
    method: 'GET',
    path: '/programs',
    function: 'programs',
    auth: ['admin-bkn', 'instansi', 'kanreg', 'komite'],
    tag: 'Program',
    summary: 'Daftar program sertifikasi, terbaru dahulu',
    query: z.strictObject({ year: z.coerce.number().int().min(2019).max(2100).optional() }),
    responses: {
      200: { description: 'Daftar program.', schema: ProgramList },
      400: error('Parameter tidak valid.'),
      ...authErrors,
    },
  }),
  getProgram: defineRoute({
    operationId: 'getProgram',
    method: 'GET',
    path: '/programs/{programId}',
    function: 'programs',
    auth: ['admin-bkn', 'instansi', 'kanreg', 'komite'],
    tag: 'Program',
    summary: 'Rincian satu program',
    params: ProgramPath,
    responses: {
      200: { description: 'Program.', schema: Program },
      400: error('ID program tidak valid.'),
      404: error('Program tidak ditemukan.'),
      ...authErrors,
    },
  }),
  requestAnnouncement: defineRoute({
    operationId: 'requestAnnouncement',
    method: 'POST',
    path: '/programs/{programId}/announcement',
    function: 'programs',
    auth: ['admin-bkn'],
    tag: 'Program',
    summary: 'Meminta pembuatan surat pemberitahuan program (PDF) untuk instansi',
    description: 'Pembuatan berjalan di antrean; hasilnya tersedia lewat GET pada jalur yang sama.',
    params: ProgramPath,
    responses: {
      202: { description: 'Permintaan diterima dan diantrekan.', schema: AnnouncementAccepted },
      404: error('Program tidak ditemukan.'),
      ...authErrors,
    },
  }),
  getAnnouncement: defineRoute({
    operationId: 'getAnnouncement',
    method: 'GET',
    path: '/programs/{programId}/announcement',
    function: 'documents',
    auth: ['admin-bkn', 'instansi', 'kanreg'],
    tag: 'Program',
    summary: 'Tautan unduh surat pemberitahuan program',
    params: ProgramPath,
    responses: {
      200: { description: 'Tautan unduh berumur pendek.', schema: DownloadLink },
      404: error('Program atau suratnya belum ada.'),
      409: error('Surat masih dibuat.'),
      ...authErrors,
    },
  }),
} satisfies Record<string, RouteDefinition>;

export const ROUTES: readonly RouteDefinition[] = Object.values(routes);
