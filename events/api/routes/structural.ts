import {
  DeterminationRequest,
  NominationProposalRequest,
  StructuralCandidate,
  StructuralCandidateList,
  StructuralCandidatePath,
  StructuralCandidateRequest,
  StructuralInstansiPath,
} from '../structural';
import { defineRoute, type RouteDefinition } from '../route';
import { authErrors, error } from './common';

const TAG = 'Penilaian kompetensi jabatan struktural';
const common = {
  400: error('Data tidak valid.'),
  ...authErrors,
  404: error(
    'Instansi belum terdaftar di BKN, atau instansi lain dari instansi pada token pejabat (INSTANSI_NOT_FOUND); calon tidak ada (STRUCTURAL_CANDIDATE_NOT_FOUND).',
  ),
  422: error('Aturan tidak terpenuhi (semua alasan dalam details).'),
};
/** The instansi's officials who read its candidates: the personnel official, the PPK and Baperjakat (II.A.7). */
const READERS = ['kepegawaian', 'ppk', 'baperjakat'] as const;
const CANDIDATES = '/structural/instansi/{instansiCode}/candidates';

/** Perka BKN 11/2008: who is assessed for a structural position (Lampiran III.1). */
export const structuralRoutes = {
  recordStructuralCandidate: defineRoute({
    operationId: 'recordStructuralCandidate',
    method: 'PUT',
    path: `${CANDIDATES}/{nip}`,
    function: 'structuralAssessment',
    auth: ['kepegawaian'],
    scope: 'instansi-official',
    idempotent: true,
    tag: TAG,
    summary: 'Calon yang lulus seleksi administrasi dan tes substansi jabatan instansi (III.1.a-b)',
    description: 'Dicatat pejabat yang membidangi kepegawaian, satu kali per NIP (PK-LULUS-SELEKSI).',
    params: StructuralCandidatePath,
    body: StructuralCandidateRequest,
    responses: {
      201: { description: 'Calon tercatat (DICATAT).', schema: StructuralCandidate },
      ...common,
      409: error('Calon dengan NIP ini sudah tercatat (STRUCTURAL_CANDIDATE_EXISTS).'),
    },
  }),
  listStructuralCandidates: defineRoute({
    operationId: 'listStructuralCandidates',
    method: 'GET',
    path: CANDIDATES,
    function: 'structuralAssessment',
    auth: READERS,
    scope: 'instansi-official',
    tag: TAG,
    summary: 'Calon penilaian kompetensi jabatan struktural instansi, dengan usulan dan penetapannya',
    params: StructuralInstansiPath,
    responses: { 200: { description: 'Menurut NIP.', schema: StructuralCandidateList }, ...common },
  }),
  getStructuralCandidate: defineRoute({
    operationId: 'getStructuralCandidate',
    method: 'GET',
    path: `${CANDIDATES}/{nip}`,
    function: 'structuralAssessment',
    auth: READERS,
    scope: 'instansi-official',
    tag: TAG,
    summary: 'Satu calon, dengan usulan dan penetapannya',
    params: StructuralCandidatePath,
    responses: { 200: { description: 'Calon.', schema: StructuralCandidate }, ...common },
  }),
  proposeStructuralCandidate: defineRoute({
    operationId: 'proposeStructuralCandidate',
    method: 'POST',
    path: `${CANDIDATES}/{nip}/proposal`,
    function: 'structuralAssessment',
    auth: ['kepegawaian'],
    scope: 'instansi-official',
    tag: TAG,
    summary: 'Pejabat kepegawaian mengusulkan calon kepada PPK (III.1.c)',
    description: 'Sekali, dari status DICATAT (PK-USUL-KE-PPK).',
    params: StructuralCandidatePath,
    body: NominationProposalRequest,
    responses: {
      200: { description: 'Calon diusulkan (DIUSULKAN).', schema: StructuralCandidate },
      ...common,
      409: error('Status calon berubah saat diusulkan (STRUCTURAL_CANDIDATE_CHANGED).'),
    },
  }),
  determineStructuralCandidate: defineRoute({
    operationId: 'determineStructuralCandidate',
    method: 'POST',
    path: `${CANDIDATES}/{nip}/determination`,
    function: 'structuralAssessment',
    auth: ['ppk'],
    scope: 'instansi-official',
    tag: TAG,
    summary: 'PPK menetapkan calon mengikuti penilaian kompetensi, atau tidak (III.1.c-d)',
    description:
      'Hanya calon yang diusulkan kepadanya (PK-USUL-KE-PPK); penetapan menyebut jabatan, eselon dan UPK atau TPK (PK-PENETAPAN-PPK); eselon I-II hanya oleh UPK (PK-AC-OLEH-UPK). Siapa dan kapan dicatat.',
    params: StructuralCandidatePath,
    body: DeterminationRequest,
    responses: {
      200: { description: 'Penetapan tercatat.', schema: StructuralCandidate },
      ...common,
      409: error('Status calon berubah saat ditetapkan (STRUCTURAL_CANDIDATE_CHANGED).'),
    },
  }),
} satisfies Record<string, RouteDefinition>;
