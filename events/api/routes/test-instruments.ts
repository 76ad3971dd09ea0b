import { CohortPath } from '../paths';
import { defineRoute, type RouteDefinition } from '../route';
import {
  CohortTestPlan,
  Instrument,
  InstrumentList,
  InstrumentPath,
  InstrumentRequest,
  InstrumentReview,
  InstrumentReviewRequest,
  InstrumentVersion,
  InstrumentVersionRequest,
  PlanUnitPath,
  UnitTestPlan,
  UnitTestPlanRequest,
} from '../test-instruments';
import { authErrors, error } from './common';

const TAG = 'Instrumen dan Rencana Uji';
const TEAM = ['asesor', 'pakar'] as const;
/** Never participants, instansi or Kanreg operators, mentors or the Komite: the instruments are the test itself. */
const READERS = ['admin-bkn', ...TEAM] as const;
const SECRET =
  ' Peserta, operator instansi/Kanreg dan peran lain tidak pernah menerima instrumen (403 FORBIDDEN_ROLE).';

const cohortMissing = error(
  'Program, angkatan atau instrumen tidak ditemukan; angkatan tempat asesor/pakar tidak ditugaskan dijawab sama (COHORT_NOT_FOUND).',
);
const errors = {
  400: error('Data tidak valid.'),
  ...authErrors,
  404: cohortMissing,
  422: error('Aturan instrumen atau rencana uji tidak terpenuhi (semua alasan dalam details).'),
};

/** Test instruments and unit test plans of a cohort (Perban BKN 7/2020 Pasal 19(7)-(8), 22, 30(2), 30(4)). */
export const testInstrumentRoutes = {
  prepareInstrument: defineRoute({
    operationId: 'prepareInstrument',
    method: 'POST',
    path: '/programs/{programId}/cohorts/{number}/instruments',
    function: 'testInstruments',
    auth: TEAM,
    scope: 'test-team',
    idempotent: true,
    tag: TAG,
    summary: 'Menyusun instrumen uji dan menyerahkannya kepada asesor (Pasal 30(2)e, 30(4)a, d, k)',
    description: `Pakar bersama asesor, atau asesor, tim uji angkatan menyusun instrumen untuk unit skema angkatan, menyatakan dimensi Pasal 19(8)a-e yang dinilainya dan metode yang memakainya, dan menyerahkannya kepada asesor tim (\`handedTo\`; pakar wajib menyebutnya). Soal dan studi kasus beserta kunci jawaban setiap butir. Tercatat sebagai versi 1 instrumen program.${SECRET}`,
    params: CohortPath,
    body: InstrumentRequest,
    responses: { 201: { description: 'Instrumen tercatat.', schema: InstrumentVersion }, ...errors },
  }),
  listInstruments: defineRoute({
    operationId: 'listInstruments',
    method: 'GET',
    path: '/programs/{programId}/cohorts/{number}/instruments',
    function: 'testInstruments',
    auth: READERS,
    scope: 'test-team',
    tag: TAG,
    summary: 'Instrumen program yang dapat dipilih rencana uji angkatan, tanpa butir dan kunci jawaban',
    description: `Setiap instrumen program dengan versinya, dimensi, metode dan tanggal peninjauan berkala berikutnya (Pasal 19(8)f).${SECRET}`,
    params: CohortPath,
    responses: {
      200: { description: 'Instrumen program.', schema: InstrumentList },
      ...authErrors,
      404: cohortMissing,
    },
  }),
  getInstrument: defineRoute({
    operationId: 'getInstrument',
    method: 'GET',
    path: '/programs/{programId}/cohorts/{number}/instruments/{instrumentId}',
    function: 'testInstruments',
    auth: READERS,
    scope: 'test-team',
    tag: TAG,
    summary: 'Satu instrumen dengan semua versinya; kunci jawaban hanya untuk asesor dan BKN (Pasal 30(4)k)',
    description: `Pakar menerima butir tanpa kunci jawaban: sesudah diserahkan, pengendalian soal ada pada asesor.${SECRET}`,
    params: InstrumentPath,
    responses: {
      200: { description: 'Instrumen.', schema: Instrument },
      ...authErrors,
      404: cohortMissing,
    },
  }),
  reviseInstrument: defineRoute({
    operationId: 'reviseInstrument',
    method: 'POST',
    path: '/programs/{programId}/cohorts/{number}/instruments/{instrumentId}/versions',
    function: 'testInstruments',
    auth: TEAM,
    scope: 'test-team',
    idempotent: true,
    tag: TAG,
    summary: 'Versi baru instrumen (pemutakhiran, Pasal 30(2)k); versi lama tidak berubah',
    description: `Aturan yang sama dengan penyusunan; unit instrumen tetap. Versi baru mulai dari tanggal penyusunannya untuk peninjauan berkala.${SECRET}`,
    params: InstrumentPath,
    body: InstrumentVersionRequest,
    responses: {
      201: { description: 'Versi baru tercatat.', schema: InstrumentVersion },
      ...errors,
      409: error('Versi lain instrumen ini tercatat bersamaan; tidak ada yang dicatat, silakan ulangi.'),
    },
  }),
  reviewInstrument: defineRoute({
    operationId: 'reviewInstrument',
    method: 'POST',
    path: '/programs/{programId}/cohorts/{number}/instruments/{instrumentId}/reviews',
    function: 'testInstruments',
    auth: ['admin-bkn', 'asesor'],
    scope: 'test-team',
    idempotent: true,
    tag: TAG,
    summary: 'Peninjauan berkala satu versi instrumen (Pasal 19(8)f, 30(2)k)',
    description: `Unit pelatihan BKN atau asesor tim meninjau satu versi: SESUAI memulai jangka peninjauan berikutnya; PERLU_PEMBARUAN menahan versi itu dari rencana uji baru sampai versi baru disusun.${SECRET}`,
    params: InstrumentPath,
    body: InstrumentReviewRequest,
    responses: {
      201: { description: 'Tinjauan tercatat.', schema: InstrumentReview },
      ...errors,
      404: error(
        'Program, angkatan, instrumen atau versinya tidak ditemukan (COHORT_NOT_FOUND, INSTRUMENT_NOT_FOUND).',
      ),
    },
  }),
  planUnitTest: defineRoute({
    operationId: 'planUnitTest',
    method: 'PUT',
    path: '/programs/{programId}/cohorts/{number}/test-plan/units/{unitCode}',
    function: 'testInstruments',
    auth: ['asesor'],
    scope: 'test-team',
    tag: TAG,
    summary: 'Rencana uji satu unit angkatan: metode dan instrumen (Pasal 22, 30(2)c-d)',
    description:
      'Asesor tim uji angkatan menetapkan paling kurang 2 metode (Pasal 22(1)) dan instrumen program untuk unit itu, masing-masing dipakai salah satu metode, dalam jangka peninjauannya (Pasal 19(8)f), yang bersama-sama menilai dimensi a-e (Pasal 19(7)-(8)). Rencana baru unit menggantikan yang lama. Sesi uji sejak 14 April 2020 hanya mencatat bukti unit yang memiliki rencana (UJI-RENCANA-WAJIB).',
    params: PlanUnitPath,
    body: UnitTestPlanRequest,
    responses: { 200: { description: 'Rencana uji unit tercatat.', schema: UnitTestPlan }, ...errors },
  }),
  getTestPlan: defineRoute({
    operationId: 'getTestPlan',
    method: 'GET',
    path: '/programs/{programId}/cohorts/{number}/test-plan',
    function: 'testInstruments',
    auth: READERS,
    scope: 'test-team',
    tag: TAG,
    summary: 'Rencana uji angkatan, satu per unit',
    description: `Metode dan instrumen (id dan versi) setiap unit yang direncanakan.${SECRET}`,
    params: CohortPath,
    responses: {
      200: { description: 'Rencana uji angkatan.', schema: CohortTestPlan },
      ...authErrors,
      404: cohortMissing,
    },
  }),
} satisfies Record<string, RouteDefinition>;
