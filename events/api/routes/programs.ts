import { DecimalInteger } from '../identifiers';
import * as z from 'zod';
import {
  AnnouncementAccepted,
  AnnouncementRequest,
  CreateProgram2019Request,
  CreateProgramRequest,
  Program,
  ProgramList,
  ProgramPath,
} from '../program';
import { defineRoute, type RouteDefinition } from '../route';
import { authErrors, error } from './common';

/** Programmes: created by BKN, announced to instansi. */
export const programRoutes = {
  createProgram: defineRoute({
    operationId: 'createProgram',
    method: 'POST',
    path: '/programs',
    function: 'programs',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
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
    scope: 'none',
    tag: 'Program',
    summary: 'Daftar program sertifikasi, terbaru dahulu',
    description:
      'Program satu tahun (?year=); tanpa year, program tahun berjalan (WIB) dan tahun sesudahnya. ' +
      'Program tahun-tahun sebelumnya dibaca per tahun.',
    query: z.strictObject({
      year: DecimalInteger(2019, 2100)
        .optional()
        .describe('Program satu tahun; tanpa year, tahun berjalan (WIB) dan sesudahnya.'),
    }),
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
    scope: 'none',
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
    scope: 'none',
    idempotent: true,
    tag: 'Program',
    summary: 'Meminta pembuatan surat pemberitahuan program (PDF) untuk instansi',
    description:
      'Surat bernomor, bertanggal hari permintaan (WIB), ditandatangani pejabat yang disebut, dengan lampiran ' +
      'jadwal angkatan program. Pembuatan berjalan di antrean; hasilnya tersedia lewat GET pada jalur yang sama.',
    params: ProgramPath,
    body: AnnouncementRequest,
    responses: {
      202: { description: 'Permintaan diterima dan diantrekan.', schema: AnnouncementAccepted },
      400: error('Data surat tidak valid.'),
      404: error('Program tidak ditemukan.'),
      ...authErrors,
    },
  }),
  createProgram2019: defineRoute({
    operationId: 'createProgram2019',
    method: 'POST',
    path: '/programs/reference-2019',
    function: 'programs',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: 'Program',
    summary: 'Membuat program dari rencana Pusbang ASN 2019 (50 angkatan, kuota 1 per instansi per jenjang)',
    body: CreateProgram2019Request,
    responses: {
      201: { description: 'Program dibuat.', schema: Program },
      400: error('Data tidak valid.'),
      422: error('Aturan program tidak terpenuhi.'),
      ...authErrors,
    },
  }),
} satisfies Record<string, RouteDefinition>;
