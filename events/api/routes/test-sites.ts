import { Cohort } from '../participant';
import {
  IdentifyTestSiteRequest,
  TestSite,
  TestSiteCriteria,
  TestSiteCriteriaRequest,
  TestSiteDesignationRequest,
  TestSiteVerificationRequest,
  TukPath,
} from '../test-site';
import { PageQuery } from '../page';
import { defineRoute, type RouteDefinition } from '../route';
import { authErrors, error } from './common';

const TAG = 'Tempat Uji Kompetensi';
const siteErrors = {
  403: authErrors[403],
  404: error('TUK, program atau angkatan tidak ditemukan (TEST_SITE_NOT_FOUND, COHORT_NOT_FOUND).'),
  401: authErrors[401],
};

/** Test sites (TUK), Perban BKN 7/2020 Pasal 27(4)-(5): criteria, identification, verification per use, decree. */
export const testSiteRoutes = {
  setTestSiteCriteria: defineRoute({
    operationId: 'setTestSiteCriteria',
    method: 'PUT',
    path: '/test-site-criteria',
    function: 'testSites',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: TAG,
    summary: 'Menyusun kriteria TUK (Pasal 27(5)a): versi baru, yang berlaku untuk verifikasi berikutnya',
    body: TestSiteCriteriaRequest,
    responses: {
      200: { description: 'Versi kriteria yang berlaku.', schema: TestSiteCriteria },
      400: error('Data tidak valid.'),
      409: error('Kriteria diubah bersamaan; ulangi.'),
      422: error('Kriteria tidak mencakup setiap aspek Pasal 27 (TUK-KRITERIA-LENGKAP).'),
      ...authErrors,
    },
  }),
  getTestSiteCriteria: defineRoute({
    operationId: 'getTestSiteCriteria',
    method: 'GET',
    path: '/test-site-criteria',
    function: 'testSites',
    auth: ['admin-bkn', 'komite'],
    scope: 'none',
    tag: TAG,
    summary: 'Kriteria TUK yang berlaku',
    responses: {
      200: { description: 'Kriteria.', schema: TestSiteCriteria },
      404: error('BKN belum menyusun kriteria TUK (TEST_SITE_CRITERIA_NOT_FOUND).'),
      ...authErrors,
    },
  }),
  identifyTestSite: defineRoute({
    operationId: 'identifyTestSite',
    method: 'PUT',
    path: '/test-sites/{tukId}',
    function: 'testSites',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: TAG,
    summary: 'Mencatat TUK yang diidentifikasi koordinator sertifikasi (Pasal 27(5)b)',
    description: 'Mencatat ulang memperbarui data TUK; verifikasi dan SK yang tercatat tetap.',
    params: TukPath,
    body: IdentifyTestSiteRequest,
    responses: {
      200: {
        description:
          'TUK tercatat, dengan halaman pertama penggunaannya (berikutnya: GET dengan nextCursor).',
        schema: TestSite,
      },
      400: error('Data tidak valid.'),
      422: error('TUK tidak diidentifikasi koordinator sertifikasi.'),
      ...siteErrors,
    },
  }),
  getTestSite: defineRoute({
    operationId: 'getTestSite',
    method: 'GET',
    path: '/test-sites/{tukId}',
    function: 'testSites',
    auth: ['admin-bkn', 'komite'],
    scope: 'none',
    tag: TAG,
    summary: 'TUK dengan satu halaman SK penunjukan dan verifikasinya per penggunaan',
    description:
      'SK lalu verifikasi, masing-masing menurut program dan angkatan; halaman berikutnya dengan nextCursor.',
    params: TukPath,
    query: PageQuery,
    responses: {
      200: { description: 'TUK dengan satu halaman penggunaannya.', schema: TestSite },
      400: error('Data tidak valid, atau kursor halaman tidak dikenal (INVALID_CURSOR).'),
      ...siteErrors,
    },
  }),
  verifyTestSiteForUse: defineRoute({
    operationId: 'verifyTestSiteForUse',
    method: 'POST',
    path: '/test-sites/{tukId}/verifications',
    function: 'testSites',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: TAG,
    summary:
      'Verifikasi TUK oleh koordinator sertifikasi untuk satu penggunaan, terhadap kriteria BKN (Pasal 27(4), 27(5)c)',
    description:
      'Setiap kriteria yang berlaku untuk jenis TUK dinilai; hasilnya tercatat apa pun temuannya. Verifikasi hanya berlaku untuk penggunaan (angkatan) yang disebut: penggunaan berikutnya diverifikasi lagi.',
    params: TukPath,
    body: TestSiteVerificationRequest,
    responses: {
      201: {
        description:
          'Verifikasi tercatat: TUK dengan verifikasi dan keputusan penetapan penggunaan ini saja.',
        schema: TestSite,
      },
      400: error('Data tidak valid.'),
      409: error('BKN belum menyusun kriteria TUK (TEST_SITE_CRITERIA_NOT_FOUND).'),
      422: error('Verifikasi tidak memenuhi Pasal 27(4)-(5).'),
      ...siteErrors,
    },
  }),
  designateTestSite: defineRoute({
    operationId: 'designateTestSite',
    method: 'POST',
    path: '/test-sites/{tukId}/designations',
    function: 'testSites',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: TAG,
    summary: 'SK penunjukan TUK untuk satu angkatan berdasarkan verifikasinya (Pasal 27(5)d)',
    description:
      'Berdasarkan verifikasi terakhir untuk penggunaan ini; TUK menjadi TUK angkatan, dan pendaftaran angkatan dapat dibuka.',
    params: TukPath,
    body: TestSiteDesignationRequest,
    responses: {
      201: { description: 'TUK ditetapkan untuk angkatan.', schema: Cohort },
      400: error('Data tidak valid.'),
      422: error('Verifikasi atau SK tidak memenuhi Pasal 27.'),
      ...siteErrors,
    },
  }),
} satisfies Record<string, RouteDefinition>;
