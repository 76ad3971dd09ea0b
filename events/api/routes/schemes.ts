import {
  AttendanceRequest,
  EnrolmentList,
  EnrolmentPath,
  EnrolmentRecord,
  PublishedSchemeVersion,
  RetestDecisionRequest,
  SchemePath,
  SchemeVersionList,
  SchemeVersionPath,
  SchemeVersionRequest,
} from '../scheme';
import { PageQuery } from '../page';
import { defineRoute, type RouteDefinition } from '../route';
import { authErrors, error } from './common';
import { ENROLMENT, ENROLMENT_MISSING } from './reissue';

const TAG = 'Versi skema';

/**
 * The register of scheme versions BKN publishes and the update of holders' certificates from their enrolment's
 * records (Perban BKN 7/2020 Pasal 13(2), 15(4)-(5), 35(3)); served with the other after-certificate operations.
 */
export const schemeRoutes = {
  listSchemeVersions: defineRoute({
    operationId: 'listSchemeVersions',
    method: 'GET',
    path: '/schemes/{scheme}/versions',
    function: 'schemes',
    auth: ['admin-bkn'],
    scope: 'none',
    tag: TAG,
    summary: 'Register versi skema: versi 1 (Panduan 2019) dan setiap versi yang diterbitkan BKN sesudahnya',
    params: SchemePath,
    responses: {
      200: { description: 'Versi skema, urut.', schema: SchemeVersionList },
      400: error('Data tidak valid.'),
      ...authErrors,
    },
  }),
  publishSchemeVersion: defineRoute({
    operationId: 'publishSchemeVersion',
    method: 'POST',
    path: '/schemes/{scheme}/versions',
    function: 'schemes',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: TAG,
    summary:
      'Menerbitkan versi skema baru dengan akibat tiap perubahan bagi pemegang, dan mendaftarkan pemegang sertifikat versi lama (Pasal 13(2), 15(4)-(5), 35(3))',
    params: SchemePath,
    body: SchemeVersionRequest,
    responses: {
      201: {
        description: 'Versi tercatat; pemegang terdaftar untuk pemutakhiran.',
        schema: PublishedSchemeVersion,
      },
      400: error('Data tidak valid.'),
      409: error('Versi sudah tercatat atau versi lain diterbitkan bersamaan (SCHEME_VERSION_CHANGED).'),
      422: error('Aturan tidak terpenuhi: SKEMA-VERSI-*.'),
      ...authErrors,
    },
  }),
  listEnrolments: defineRoute({
    operationId: 'listEnrolments',
    method: 'GET',
    path: '/schemes/{scheme}/versions/{version}/enrolments',
    function: 'schemes',
    auth: ['admin-bkn'],
    scope: 'none',
    tag: TAG,
    summary: 'Pemegang yang terdaftar untuk pemutakhiran ke suatu versi, dengan yang masih harus dipenuhi',
    params: SchemeVersionPath,
    query: PageQuery,
    responses: {
      200: { description: 'Satu halaman pendaftaran pemutakhiran.', schema: EnrolmentList },
      400: error('Data tidak valid, atau kursor halaman tidak dikenal (INVALID_CURSOR).'),
      ...authErrors,
    },
  }),
  recordRefreshmentAttendance: defineRoute({
    operationId: 'recordRefreshmentAttendance',
    method: 'PUT',
    path: `${ENROLMENT}/attendance`,
    function: 'schemes',
    auth: ['admin-bkn'],
    scope: 'none',
    tag: TAG,
    summary: 'Mencatat kehadiran pemegang pada program penyegaran (Pasal 15(5))',
    params: EnrolmentPath,
    body: AttendanceRequest,
    responses: {
      200: { description: 'Kehadiran tercatat.', schema: EnrolmentRecord },
      400: error('Data tidak valid.'),
      404: ENROLMENT_MISSING,
      409: error('Pendaftaran berubah bersamaan (ENROLMENT_CHANGED).'),
      422: error('Aturan tidak terpenuhi: SEGAR-HADIR, SEGAR-SELESAI.'),
      ...authErrors,
    },
  }),
  recordRetestDecision: defineRoute({
    operationId: 'recordRetestDecision',
    method: 'POST',
    path: `${ENROLMENT}/decisions`,
    function: 'schemes',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: TAG,
    summary:
      'Mencatat keputusan uji ulang unit yang berubah, dengan asesor dan berita acaranya (Pasal 15(4))',
    params: EnrolmentPath,
    body: RetestDecisionRequest,
    responses: {
      200: { description: 'Keputusan tercatat; yang terakhir berlaku.', schema: EnrolmentRecord },
      400: error('Data tidak valid.'),
      404: ENROLMENT_MISSING,
      409: error('Pendaftaran berubah bersamaan (ENROLMENT_CHANGED).'),
      422: error('Aturan tidak terpenuhi: SEGAR-UJI-UNIT, SEGAR-SELESAI.'),
      ...authErrors,
    },
  }),
} satisfies Record<string, RouteDefinition>;
