import { CandidatePath } from '../paths';
import {
  CourseEquivalence,
  CourseEquivalenceInput,
  CourseEquivalenceList,
  PikCoursePath,
  PikGraduation,
  PikGraduationInput,
} from '../pik';
import { defineRoute, type RouteDefinition } from '../route';
import { authErrors, error, PROPOSAL_READERS, PROPOSERS, scopeErrors } from './common';

const TAG = 'Usulan';
const invalid = {
  400: error('Data tidak valid.'),
  422: error('Aturan tidak terpenuhi (semua alasan dalam details).'),
};

/** PIK graduates (Perban BKN 7/2020 Pasal 23): functions/pik-graduates. */
export const pikRoutes = {
  putCourseEquivalence: defineRoute({
    operationId: 'putCourseEquivalence',
    method: 'PUT',
    path: '/pik/course-equivalences/{courseCode}',
    function: 'pikGraduates',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: TAG,
    summary:
      'BKN mengakui kesetaraan satu mata kuliah Pendidikan Kedinasan PIK dengan unit kompetensi teknis (Perban BKN 7/2020 Pasal 23(1))',
    description:
      'Per mata kuliah: unit kompetensi yang disetarakan (unit yang dikenal, PIK-KESETARAAN-UNIT) dan keputusan BKN yang mengakuinya. Mengakui lagi menggantikan kesetaraan mata kuliah itu untuk pencatatan kelulusan berikutnya.',
    params: PikCoursePath,
    body: CourseEquivalenceInput,
    responses: {
      200: { description: 'Kesetaraan tercatat.', schema: CourseEquivalence },
      ...invalid,
      ...authErrors,
    },
  }),
  listCourseEquivalences: defineRoute({
    operationId: 'listCourseEquivalences',
    method: 'GET',
    path: '/pik/course-equivalences',
    function: 'pikGraduates',
    auth: ['admin-bkn', ...PROPOSERS],
    scope: 'none',
    tag: TAG,
    summary: 'Daftar mata kuliah PIK yang diakui setara dengan unit kompetensi (Pasal 23(1))',
    responses: {
      200: { description: 'Kesetaraan, menurut kode mata kuliah.', schema: CourseEquivalenceList },
      ...authErrors,
    },
  }),
  recordPikGraduation: defineRoute({
    operationId: 'recordPikGraduation',
    method: 'PUT',
    path: '/programs/{programId}/proposals/{instansiCode}/candidates/{nip}/pik-graduation',
    function: 'pikGraduates',
    auth: ['admin-bkn', ...PROPOSERS],
    scope: 'candidate',
    idempotent: true,
    tag: TAG,
    summary:
      'Kelulusan PIK calon dan kesetaraan mata kuliahnya: masuk uji kompetensi langsung, tanpa pelatihan (Perban BKN 7/2020 Pasal 23, 16(1))',
    description:
      'Kesetaraan dihitung per mata kuliah dari daftar BKN. Calon masuk uji langsung bila mata kuliah yang diakui mencakup setiap unit satu kualifikasi skemanya (PIK-SETARA-STANDAR), diusulkan pada jalur UJI_LANGSUNG dan sudah lulus (PIK-UJI-LANGSUNG); yang dilewati hanya pelatihan (Pasal 16(2)), sedangkan persyaratan usulan (Pasal 31-32), konsultasi pra uji (Pasal 31(1)e) dan pengarahan (Pasal 33) tetap. Bila tidak terpenuhi, 422 dengan semua alasan dan tidak ada yang dicatat.',
    params: CandidatePath,
    body: PikGraduationInput,
    responses: {
      200: { description: 'Kelulusan PIK dan masuk uji langsung tercatat.', schema: PikGraduation },
      ...invalid,
      401: authErrors[401],
      ...scopeErrors,
    },
  }),
  getPikGraduation: defineRoute({
    operationId: 'getPikGraduation',
    method: 'GET',
    path: '/programs/{programId}/proposals/{instansiCode}/candidates/{nip}/pik-graduation',
    function: 'pikGraduates',
    auth: [...PROPOSAL_READERS, 'peserta'],
    scope: 'candidate',
    tag: TAG,
    summary: 'Kelulusan PIK calon dan kesetaraan mata kuliahnya (Pasal 23)',
    params: CandidatePath,
    responses: {
      200: { description: 'Kelulusan PIK calon.', schema: PikGraduation },
      401: authErrors[401],
      ...scopeErrors,
      404: error(
        'Calon tidak ditemukan atau di luar cakupan pengguna (CANDIDATE_NOT_FOUND), atau tidak tercatat sebagai lulusan PIK (PIK_GRADUATION_NOT_FOUND).',
      ),
    },
  }),
} satisfies Record<string, RouteDefinition>;
