import {
  Assessability,
  AssessabilityQuery,
  NoticeReceiptRequest,
  NoticeRequest,
  StructuralNoticeCandidatePath,
  StructuralNoticeList,
  StructuralNoticePath,
  StructuralNoticeView,
  StructuralNotice,
} from '../structural-notice';
import { defineRoute, type RouteDefinition } from '../route';
import { authErrors, error } from './common';

const TAG = 'Penilaian kompetensi jabatan struktural';
const common = {
  400: error('Data tidak valid.'),
  ...authErrors,
  404: error(
    'Instansi belum terdaftar di BKN, atau instansi lain dari instansi pada token pejabat (INSTANSI_NOT_FOUND); calon tidak ada (STRUCTURAL_CANDIDATE_NOT_FOUND); surat tidak ada (STRUCTURAL_NOTICE_NOT_FOUND).',
  ),
  422: error('Aturan tidak terpenuhi (semua alasan dalam details).'),
};
/** The instansi's officials who read its candidates: the personnel official, the PPK and Baperjakat (II.A.7). */
const READERS = ['kepegawaian', 'ppk', 'baperjakat'] as const;
const NOTICES = '/structural/instansi/{instansiCode}/candidates/{nip}/notices';

/**
 * Perka BKN 11/2008 Lampiran III.2.a.3)-4) and its Anak Lampiran: the notification letter of a candidate's
 * assessment, through the instansi's personnel official, its receipt by the PNS, and whether they may be assessed
 * on a date.
 */
export const structuralNoticeRoutes = {
  issueStructuralNotice: defineRoute({
    operationId: 'issueStructuralNotice',
    method: 'POST',
    path: NOTICES,
    function: 'structuralNotices',
    auth: ['kepegawaian'],
    scope: 'instansi-official',
    idempotent: true,
    tag: TAG,
    summary: 'Surat pemberitahuan pelaksanaan penilaian kompetensi kepada PNS (III.2.a.3, Anak Lampiran)',
    description:
      'Diterbitkan melalui pejabat kepegawaian bagi calon yang ditetapkan (PK-HANYA-DITETAPKAN), diserahkan (PK-PELAKSANA-PENETAPAN) dan direncanakan (PK-PEMBERITAHUAN-SETELAH-RENCANA); isian (1)-(11) lengkap (PK-SURAT-ISI), bernomor dari register instansi per tahun, hari sesuai tanggal (PK-SURAT-HARI-TANGGAL), lamanya menurut rencana dalam hari kerja, dan masih dapat diterima paling lambat 6 hari kerja sebelum tanggalnya, libur nasional dan cuti bersama dihitung (PK-PEMBERITAHUAN-6-HARI-KERJA; tahun tanpa data libur: KAL-DATA-LIBUR). Surat baru menggantikan surat yang berlaku (DIGANTI) dan menetapkan jadwal baru. PDF ditandatangani secara elektronik oleh pekerja.',
    params: StructuralNoticeCandidatePath,
    body: NoticeRequest,
    responses: {
      201: { description: 'Surat diterbitkan (DIKIRIM); PDF menyusul.', schema: StructuralNotice },
      ...common,
      409: error('Calon berubah saat surat diterbitkan (STRUCTURAL_CANDIDATE_CHANGED).'),
    },
  }),
  listStructuralNotices: defineRoute({
    operationId: 'listStructuralNotices',
    method: 'GET',
    path: NOTICES,
    function: 'structuralNotices',
    auth: READERS,
    scope: 'instansi-official',
    tag: TAG,
    summary: 'Surat pemberitahuan calon, menurut urutan terbit',
    params: StructuralNoticeCandidatePath,
    responses: { 200: { description: 'Yang terakhir berlaku.', schema: StructuralNoticeList }, ...common },
  }),
  getStructuralNotice: defineRoute({
    operationId: 'getStructuralNotice',
    method: 'GET',
    path: `${NOTICES}/{noticeId}`,
    function: 'structuralNotices',
    auth: READERS,
    scope: 'instansi-official',
    tag: TAG,
    summary: 'Satu surat pemberitahuan: isiannya, penerimaannya dan tautan PDF bertanda tangan',
    params: StructuralNoticePath,
    responses: { 200: { description: 'Surat.', schema: StructuralNoticeView }, ...common },
  }),
  recordStructuralNoticeReceipt: defineRoute({
    operationId: 'recordStructuralNoticeReceipt',
    method: 'POST',
    path: `${NOTICES}/{noticeId}/receipt`,
    function: 'structuralNotices',
    auth: ['kepegawaian'],
    scope: 'instansi-official',
    idempotent: true,
    tag: TAG,
    summary: 'Pejabat kepegawaian mencatat tanggal surat diterima PNS (III.2.a.3-4)',
    description:
      'Sekali, untuk surat yang berlaku dan sudah ditandatangani; tanggal tidak sebelum tanggal surat dan tidak sesudah hari ini (PK-PEMBERITAHUAN-TANGGAL-TERIMA). Diterima kurang dari 6 hari kerja sebelum penilaian: dicatat TERLAMBAT (PK-PEMBERITAHUAN-6-HARI-KERJA) dan jadwal calon PERLU_JADWAL_BARU; tepat waktu: DITERIMA dan DAPAT_DINILAI.',
    params: StructuralNoticePath,
    body: NoticeReceiptRequest,
    responses: {
      200: { description: 'Penerimaan tercatat.', schema: StructuralNotice },
      ...common,
      409: error(
        'Penerimaan sudah dicatat dengan tanggal lain (STRUCTURAL_NOTICE_RECEIPT_RECORDED), surat sudah diganti (STRUCTURAL_NOTICE_SUPERSEDED), PDF belum ditandatangani (STRUCTURAL_NOTICE_NOT_SIGNED), atau surat berubah saat dicatat (STRUCTURAL_NOTICE_CHANGED).',
      ),
    },
  }),
  getStructuralAssessability: defineRoute({
    operationId: 'getStructuralAssessability',
    method: 'GET',
    path: '/structural/instansi/{instansiCode}/candidates/{nip}/assessability',
    function: 'structuralNotices',
    auth: READERS,
    scope: 'instansi-official',
    tag: TAG,
    summary: 'Apakah calon dapat dinilai pada suatu tanggal (III.2.a.4)',
    description:
      'Hanya pada hari dan tanggal surat pemberitahuan yang berlaku, yang diterima PNS paling lambat 6 hari kerja sebelumnya (PK-DINILAI-SESUAI-PEMBERITAHUAN, PK-PEMBERITAHUAN-6-HARI-KERJA).',
    params: StructuralNoticeCandidatePath,
    query: AssessabilityQuery,
    responses: { 200: { description: 'Jawaban dan alasannya.', schema: Assessability }, ...common },
  }),
} satisfies Record<string, RouteDefinition>;
