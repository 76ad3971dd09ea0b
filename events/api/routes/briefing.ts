import { AttendanceRequest, Briefing, BriefingRequest } from '../briefing';
import { CohortPath } from '../paths';
import { defineRoute, type RouteDefinition } from '../route';
import { authErrors, error, scopeErrors } from './common';

/** The programme briefing before the test (Perban BKN 7/2020 Pasal 33). */
export const briefingRoutes = {
  recordBriefing: defineRoute({
    operationId: 'recordBriefing',
    method: 'PUT',
    path: '/programs/{programId}/cohorts/{number}/briefing',
    function: 'briefings',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: 'Pengarahan',
    summary:
      'Mencatat pengarahan program angkatan: pejabat pemberi pengarahan dan penyelenggaranya (Pasal 33)',
    description:
      'Pengarahan diberikan pejabat setingkat JPT Pratama atau pejabat yang ditunjuk (dengan surat penunjukan), diselenggarakan unit pelatihan BKN, bersama Kanreg bila uji di wilayahnya. Mencatat ulang memperbaiki catatan; kehadiran yang tercatat tetap.',
    params: CohortPath,
    body: BriefingRequest,
    responses: {
      200: { description: 'Pengarahan tercatat, dengan kehadirannya.', schema: Briefing },
      400: error('Data tidak valid.'),
      422: error('Aturan Pasal 33 tidak terpenuhi.'),
      ...scopeErrors,
      401: authErrors[401],
    },
  }),
  recordBriefingAttendance: defineRoute({
    operationId: 'recordBriefingAttendance',
    method: 'PUT',
    path: '/programs/{programId}/cohorts/{number}/briefing/attendance',
    function: 'briefings',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: 'Pengarahan',
    summary: 'Mencatat kehadiran peserta angkatan pada pengarahan program',
    description:
      'Hanya peserta yang ditetapkan dan duduk di angkatan ini. Peserta yang tidak tercatat hadir tidak dapat diuji (PENGARAHAN-WAJIB).',
    params: CohortPath,
    body: AttendanceRequest,
    responses: {
      200: { description: 'Kehadiran tercatat.', schema: Briefing },
      400: error('Data tidak valid.'),
      409: error('Pengarahan angkatan belum dicatat (BRIEFING_NOT_FOUND).'),
      422: error('NIP yang bukan peserta angkatan ini.'),
      ...scopeErrors,
      401: authErrors[401],
    },
  }),
  getBriefing: defineRoute({
    operationId: 'getBriefing',
    method: 'GET',
    path: '/programs/{programId}/cohorts/{number}/briefing',
    function: 'briefings',
    auth: ['admin-bkn', 'komite'],
    scope: 'none',
    tag: 'Pengarahan',
    summary: 'Pengarahan program angkatan dan kehadiran pesertanya',
    params: CohortPath,
    responses: {
      200: { description: 'Pengarahan.', schema: Briefing },
      ...scopeErrors,
      401: authErrors[401],
    },
  }),
} satisfies Record<string, RouteDefinition>;
