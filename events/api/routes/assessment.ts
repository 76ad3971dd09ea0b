import {
  AssessmentSheetRequest,
  CohortParticipantPath,
  CohortTeam,
  EvidenceRecord,
  EvidenceRequest,
  ParticipantAssessment,
  RecommendationRequest,
  TeamAssignmentRequest,
  TeamMember,
  UnitPath,
  UnitRecommendation,
} from '../assessment';
import { CohortPath } from '../paths';
import { defineRoute, type RouteDefinition } from '../route';
import { authErrors, error } from './common';

const TAG = 'Uji Kompetensi';
const TESTERS = ['asesor', 'pakar'] as const;

const unitErrors = {
  400: error('Data tidak valid.'),
  401: authErrors[401],
  403: authErrors[403],
  404: error(
    'Program, angkatan, peserta pada angkatan, atau unit skema tidak ditemukan; angkatan tempat asesor/pakar tidak ditugaskan dijawab sama (COHORT_NOT_FOUND).',
  ),
  409: error('Data penilaian berubah selama permintaan diproses; tidak ada yang dicatat, silakan ulangi.'),
  422: error('Aturan uji tidak terpenuhi (semua alasan dalam details).'),
};

/** Uji Kompetensi: assessors, evidence and unit recommendations. */
export const assessmentRoutes = {
  assignTeamMember: defineRoute({
    operationId: 'assignTeamMember',
    method: 'POST',
    path: '/programs/{programId}/cohorts/{number}/team',
    function: 'assessment',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: TAG,
    summary: 'Menugaskan asesor atau pakar ke angkatan (Perban BKN 7/2020 Pasal 28-29)',
    description:
      'Persyaratan asesor (Pasal 28) atau pakar (Pasal 29) diperiksa terhadap setiap peserta angkatan, termasuk peserta uji ulang. Persyaratan umum yang tidak terpenuhi menolak penugasan (422). Konflik kepentingan (Pasal 28(2)n, 29(2)d) atau pangkat di bawah peserta (Pasal 28(2)c) tidak menolak penugasan: peserta tersebut dicatat dalam `excluded` dan tidak dapat diuji oleh anggota tim ini. Menugaskan pengguna yang sama lagi menggantikan penugasan sebelumnya.',
    params: CohortPath,
    body: TeamAssignmentRequest,
    responses: {
      200: { description: 'Anggota tim ditugaskan.', schema: TeamMember },
      ...unitErrors,
      404: error('Program atau angkatan tidak ditemukan.'),
    },
  }),
  listTeam: defineRoute({
    operationId: 'listTeam',
    method: 'GET',
    path: '/programs/{programId}/cohorts/{number}/team',
    function: 'assessment',
    auth: ['admin-bkn', 'komite', ...TESTERS],
    scope: 'test-team',
    tag: TAG,
    summary: 'Asesor dan pakar yang ditugaskan ke angkatan',
    params: CohortPath,
    responses: {
      200: { description: 'Tim uji angkatan.', schema: CohortTeam },
      ...authErrors,
      404: error(
        'Program atau angkatan tidak ditemukan; angkatan tempat asesor/pakar tidak ditugaskan dijawab sama (COHORT_NOT_FOUND).',
      ),
    },
  }),
  recordEvidence: defineRoute({
    operationId: 'recordEvidence',
    method: 'POST',
    path: '/programs/{programId}/cohorts/{number}/participants/{nip}/units/{unitCode}/evidence',
    function: 'assessment',
    auth: TESTERS,
    scope: 'test-team',
    idempotent: true,
    tag: TAG,
    summary: 'Mencatat bukti satu unit kompetensi peserta (Perban BKN 7/2020 Pasal 20-21, 30(4)c)',
    description:
      'Hanya asesor atau pakar yang ditugaskan ke angkatan dan tidak dikecualikan untuk peserta ini. Pakar membantu pengumpulan bukti bersama asesor (Pasal 30(4)c): angkatan harus memiliki asesor yang dapat menguji peserta. Bukti yang tidak memenuhi Pasal 21 tetap dicatat, dengan aturan yang tidak terpenuhi dalam `unmetRules`.',
    params: UnitPath,
    body: EvidenceRequest,
    responses: { 201: { description: 'Bukti tercatat.', schema: EvidenceRecord }, ...unitErrors },
  }),
  recommendUnit: defineRoute({
    operationId: 'recommendUnit',
    method: 'POST',
    path: '/programs/{programId}/cohorts/{number}/participants/{nip}/units/{unitCode}/recommendation',
    function: 'assessment',
    auth: TESTERS,
    scope: 'test-team',
    idempotent: true,
    tag: TAG,
    summary: 'Rekomendasi asesor kompeten atau belum kompeten untuk satu unit (Pasal 30(2)i)',
    description:
      'Rekomendasi KOMPETEN memerlukan bukti dengan paling kurang 2 metode berbeda (Pasal 22(1)) yang memenuhi Pasal 21; pakar tidak berwenang merekomendasikan (Pasal 30(4)j). Rekomendasi baru dicatat sebagai rekaman baru; yang terbaru berlaku.',
    params: UnitPath,
    body: RecommendationRequest,
    responses: { 201: { description: 'Rekomendasi tercatat.', schema: UnitRecommendation }, ...unitErrors },
  }),
  recordAssessmentSheet: defineRoute({
    operationId: 'recordAssessmentSheet',
    method: 'POST',
    path: '/programs/{programId}/cohorts/{number}/participants/{nip}/assessment',
    function: 'assessment',
    auth: TESTERS,
    scope: 'test-team',
    idempotent: true,
    tag: TAG,
    summary:
      'Mencatat lembar penilaian peserta: bukti dan rekomendasi beberapa unit sekaligus (Pasal 20-22, 30)',
    description:
      'Aturan yang sama dengan pencatatan bukti dan rekomendasi per unit, diperiksa untuk seluruh lembar sebelum apa pun dicatat: setiap unit harus termasuk unit yang diuji pada angkatan ini (`UNIT_NOT_TESTED`), pakar hanya menambah bukti bersama asesor dan tidak merekomendasikan, dan rekomendasi KOMPETEN dinilai atas bukti unit yang sudah tercatat ditambah bukti unit itu dalam lembar ini (paling kurang 2 metode, Pasal 21-22). Bila satu aturan saja tidak terpenuhi, jawabannya 422 dengan semua pelanggaran (`details[].path` menunjuk `units.<i>…`) dan tidak ada yang dicatat; bila semuanya terpenuhi, seluruh lembar dicatat sekaligus sebagai satu rekaman baru, dan jawabannya penilaian peserta seperti `GET` jalur ini.',
    params: CohortParticipantPath,
    body: AssessmentSheetRequest,
    responses: {
      201: { description: 'Lembar tercatat; penilaian peserta sesudahnya.', schema: ParticipantAssessment },
      ...unitErrors,
      404: error(
        'Program, angkatan atau peserta pada angkatan tidak ditemukan; angkatan tempat asesor/pakar tidak ditugaskan dijawab sama (COHORT_NOT_FOUND).',
      ),
      422: error(
        'Aturan uji tidak terpenuhi: anggota tim tidak dapat menguji peserta, atau pelanggaran pada unit lembar (semua dalam details, dengan path).',
      ),
    },
  }),
  getAssessment: defineRoute({
    operationId: 'getAssessment',
    method: 'GET',
    path: '/programs/{programId}/cohorts/{number}/participants/{nip}/assessment',
    function: 'assessment',
    auth: ['admin-bkn', 'komite', ...TESTERS],
    scope: 'test-team',
    tag: TAG,
    summary: 'Bukti dan rekomendasi setiap unit peserta pada angkatan ini',
    params: CohortParticipantPath,
    responses: {
      200: { description: 'Penilaian peserta.', schema: ParticipantAssessment },
      ...authErrors,
      404: error(
        'Program, angkatan atau peserta pada angkatan tidak ditemukan; angkatan tempat asesor/pakar tidak ditugaskan dijawab sama (COHORT_NOT_FOUND).',
      ),
    },
  }),
} satisfies Record<string, RouteDefinition>;
