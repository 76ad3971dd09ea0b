import {
  DeterminationRequest,
  HandoverRequest,
  PlanRequest,
  Tpk,
  TpkList,
  TpkRequest,
  Upk,
  UpkList,
  UpkRequest,
  NominationProposalRequest,
  StructuralCandidate,
  StructuralCandidateList,
  StructuralCandidatePath,
  StructuralCandidateRequest,
  StructuralInstansiPath,
} from '../structural';
import { defineRoute, type RouteDefinition } from '../route';
import { authErrors, error } from './common';
import { PageQuery } from '../page';
import { NominationQuery } from '../identifiers';

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
const INSTANSI = '/structural/instansi/{instansiCode}';
const CANDIDATES = `${INSTANSI}/candidates`;

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
    description:
      'Dicatat pejabat yang membidangi kepegawaian (PK-LULUS-SELEKSI), satu pencalonan per NIP selama belum berakhir, dan bukan NIP yang pencalonannya oleh instansi lain belum berakhir (PK-SATU-PENCALONAN). Pencalonan berakhir bila PPK tidak menetapkan calon atau hasilnya melewati masa berlaku 2 tahun (PK-PENCALONAN-BERAKHIR): NIP itu dapat dicatat lagi, oleh instansi yang sama (pencalonan berikutnya, `nomination`) atau instansi lain; pencalonan sebelumnya tetap tersimpan.',
    params: StructuralCandidatePath,
    body: StructuralCandidateRequest,
    responses: {
      201: { description: 'Calon tercatat (DICATAT).', schema: StructuralCandidate },
      ...common,
      409: error(
        'Calon dengan NIP ini sudah tercatat dan pencalonannya belum berakhir (STRUCTURAL_CANDIDATE_EXISTS, alasannya dalam details); pencalonan berubah saat dicatat (STRUCTURAL_CANDIDATE_CHANGED).',
      ),
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
    query: PageQuery,
    responses: {
      200: { description: 'Satu halaman, menurut NIP.', schema: StructuralCandidateList },
      ...common,
    },
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
    description:
      'Pencalonan yang berlaku sekarang; dengan `nomination`, pencalonan sebelumnya sebagaimana adanya saat digantikan.',
    params: StructuralCandidatePath,
    query: NominationQuery,
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
      'Hanya calon yang diusulkan kepadanya (PK-USUL-KE-PPK); penetapan menyebut jabatan, eselon dan UPK atau TPK (PK-PENETAPAN-PPK); jabatan terdaftar pada instansi dengan eselon itu (PK-JABATAN-TERDAFTAR); eselon I-II hanya oleh UPK (PK-AC-OLEH-UPK). Siapa dan kapan dicatat.',
    params: StructuralCandidatePath,
    body: DeterminationRequest,
    responses: {
      200: { description: 'Penetapan tercatat.', schema: StructuralCandidate },
      ...common,
      409: error('Status calon berubah saat ditetapkan (STRUCTURAL_CANDIDATE_CHANGED).'),
    },
  }),
  registerUpk: defineRoute({
    operationId: 'registerUpk',
    method: 'POST',
    path: `${INSTANSI}/upk`,
    function: 'structuralAssessment',
    auth: ['kepegawaian'],
    scope: 'instansi-official',
    idempotent: true,
    tag: TAG,
    summary:
      'UPK yang menilai calon instansi: UPK sendiri, fasilitasi BKN, atau UPK lain atas rekomendasi BKN',
    description:
      'Dicatat dengan dasarnya (PK-UPK-DASAR, II.A.2, IV.2), pernyataan independensinya (PK-INDEPENDEN, II.A.3) dan pernyataan bahwa assessornya memenuhi persyaratan (PK-ASESOR-KUALIFIKASI, I.C.3).',
    params: StructuralInstansiPath,
    body: UpkRequest,
    responses: { 201: { description: 'UPK tercatat.', schema: Upk }, ...common },
  }),
  listUpks: defineRoute({
    operationId: 'listUpks',
    method: 'GET',
    path: `${INSTANSI}/upk`,
    function: 'structuralAssessment',
    auth: READERS,
    scope: 'instansi-official',
    tag: TAG,
    summary: 'UPK yang dicatat instansi',
    params: StructuralInstansiPath,
    responses: { 200: { description: 'Menurut urutan pencatatan.', schema: UpkList }, ...common },
  }),
  formTpk: defineRoute({
    operationId: 'formTpk',
    method: 'POST',
    path: `${INSTANSI}/tpk`,
    function: 'structuralAssessment',
    auth: ['ppk'],
    scope: 'instansi-official',
    idempotent: true,
    tag: TAG,
    summary: 'PPK membentuk TPK dengan keputusannya (II.A.4-6)',
    description:
      'Paling kurang 5 assessor (TPK-MIN-5-ASESOR), paling kurang 2 psikolog (TPK-MIN-2-PSIKOLOG), ganjil bila lebih dari 5 (TPK-GANJIL), keputusan bertanggal tidak sesudah hari ini (TPK-DITETAPKAN-PPK), setiap anggota menyatakan independensinya (PK-INDEPENDEN) dan telah mengikuti pelatihan assessor serta memiliki keahlian teknis (PK-ASESOR-KUALIFIKASI), tanpa assessment center (PK-AC-OLEH-UPK).',
    params: StructuralInstansiPath,
    body: TpkRequest,
    responses: { 201: { description: 'TPK terbentuk.', schema: Tpk }, ...common },
  }),
  listTpks: defineRoute({
    operationId: 'listTpks',
    method: 'GET',
    path: `${INSTANSI}/tpk`,
    function: 'structuralAssessment',
    auth: READERS,
    scope: 'instansi-official',
    tag: TAG,
    summary: 'TPK yang dibentuk PPK instansi',
    params: StructuralInstansiPath,
    responses: { 200: { description: 'Menurut urutan pembentukan.', schema: TpkList }, ...common },
  }),
  handOverStructuralCandidate: defineRoute({
    operationId: 'handOverStructuralCandidate',
    method: 'POST',
    path: `${CANDIDATES}/{nip}/handover`,
    function: 'structuralAssessment',
    auth: ['kepegawaian'],
    scope: 'instansi-official',
    tag: TAG,
    summary: 'Pejabat kepegawaian menyerahkan penilaian calon kepada UPK atau TPK (III.1.d)',
    description:
      'Hanya calon yang ditetapkan PPK (PK-HANYA-DITETAPKAN), sekali, kepada UPK atau TPK instansi sesuai penetapan (PK-PELAKSANA-PENETAPAN), bukan TPK yang beranggotakan calon (PK-INDEPENDEN).',
    params: StructuralCandidatePath,
    body: HandoverRequest,
    responses: {
      200: { description: 'Penilaian diserahkan.', schema: StructuralCandidate },
      ...common,
      409: error('Calon berubah saat diserahkan (STRUCTURAL_CANDIDATE_CHANGED).'),
    },
  }),
  planStructuralAssessment: defineRoute({
    operationId: 'planStructuralAssessment',
    method: 'POST',
    path: `${CANDIDATES}/{nip}/plan`,
    function: 'structuralAssessment',
    auth: ['kepegawaian'],
    scope: 'instansi-official',
    tag: TAG,
    summary: 'Rencana penilaian calon: metode, lama, psikolog dan dokumen persiapan (III.2.a.1-2, II.C)',
    description:
      'Dicatat pejabat kepegawaian sebagaimana ditentukan UPK/TPK, sekali, setelah penyerahan (PK-HANYA-DITETAPKAN, PK-PELAKSANA-PENETAPAN). Metode menurut eselon (PK-METODE-ESELON-I-II, PK-METODE-ESELON-III, PK-METODE-ESELON-IV), assessment center hanya oleh UPK dan paling kurang 2 hari (PK-AC-OLEH-UPK, PK-AC-MIN-2-HARI), psikometri oleh psikolog (PK-PSIKOMETRI-PSIKOLOG), dilampiri standar kompetensi jabatan dan biodata (PK-DOKUMEN-PERSIAPAN); standar itu versi yang berlaku dari standar terdaftar jabatan yang ditetapkan PPK (PK-SKJ-RENCANA).',
    params: StructuralCandidatePath,
    body: PlanRequest,
    responses: {
      200: { description: 'Rencana tercatat.', schema: StructuralCandidate },
      ...common,
      409: error(
        'Rencana sudah tercatat (STRUCTURAL_PLAN_EXISTS), atau calon berubah saat rencana dicatat (STRUCTURAL_CANDIDATE_CHANGED).',
      ),
    },
  }),
} satisfies Record<string, RouteDefinition>;
