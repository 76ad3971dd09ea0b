import {
  PositionResultList,
  PositionResultsQuery,
  StructuralFeedbackRequest,
  StructuralReport,
  StructuralReportReadList,
  StructuralReportRequest,
  StructuralResult,
  StructuralResultList,
  StructuralResultRequest,
} from '../structural-report';
import { StructuralCandidatePath, StructuralInstansiPath } from '../structural';
import { NominationQuery } from '../identifiers';
import { defineRoute, type RouteDefinition } from '../route';
import { authErrors, error } from './common';

const TAG = 'Penilaian kompetensi jabatan struktural: hasil dan laporan';
const CANDIDATE = '/structural/instansi/{instansiCode}/candidates/{nip}';
const base = { function: 'structuralReport', tag: TAG, params: StructuralCandidatePath } as const;
const assessorErrors = {
  400: error('Data tidak valid.'),
  ...authErrors,
  404: error(
    'Calon tidak ada, atau penilaiannya tidak diserahkan kepada UPK/TPK assessor ini (STRUCTURAL_CANDIDATE_NOT_FOUND).',
  ),
  422: error('Aturan tidak terpenuhi (semua alasan dalam details).'),
};
const reportErrors = {
  400: error('Data tidak valid.'),
  ...authErrors,
  404: error(
    'Laporan tidak ada, atau pemanggil tidak berhak membacanya: sama jawabannya (STRUCTURAL_REPORT_NOT_FOUND).',
  ),
};

/** Perka BKN 11/2008 III.2 Pelaksanaan dan Laporan, II.B, IV.4: the results, the confidential report, its validity and use. */
export const structuralReportRoutes = {
  recordStructuralResult: defineRoute({
    ...base,
    operationId: 'recordStructuralResult',
    method: 'POST',
    path: `${CANDIDATE}/results`,
    auth: ['asesor'],
    scope: 'structural-assessor',
    idempotent: true,
    summary:
      'Assessor UPK/TPK mencatat hasil satu metode rencana, per kompetensi standar (III.2 Pelaksanaan)',
    description:
      'Hanya assessor UPK atau anggota TPK yang menerima penyerahan (PK-HASIL-OLEH-ASESOR); sekali per metode rencana, tanggal pelaksanaan tidak sebelum rencana dan tidak sesudah hari ini (PK-HASIL-SESUAI-RENCANA); assessment center paling kurang 2 hari (PK-AC-MIN-2-HARI); psikometri oleh psikolog rencana (PK-PSIKOMETRI-PSIKOLOG); setiap kompetensi sekali, satu standar untuk semua metode (PK-HASIL-PER-KOMPETENSI).',
    body: StructuralResultRequest,
    responses: {
      201: { description: 'Hasil tercatat.', schema: StructuralResult },
      ...assessorErrors,
      409: error('Hasil metode ini sudah tercatat (STRUCTURAL_RESULT_EXISTS).'),
    },
  }),
  listStructuralResults: defineRoute({
    ...base,
    operationId: 'listStructuralResults',
    method: 'GET',
    path: `${CANDIDATE}/results`,
    auth: ['asesor'],
    scope: 'structural-assessor',
    summary: 'Hasil per metode calon, bagi assessor UPK/TPK yang menilainya',
    responses: { 200: { description: 'Menurut metode.', schema: StructuralResultList }, ...assessorErrors },
  }),
  sendStructuralReport: defineRoute({
    ...base,
    operationId: 'sendStructuralReport',
    method: 'POST',
    path: `${CANDIDATE}/report`,
    auth: ['asesor'],
    scope: 'structural-assessor',
    idempotent: true,
    summary: 'UPK/TPK menyampaikan laporan hasil penilaian kepada PPK (III.2 Laporan 1)-2))',
    description:
      'Setelah semua metode rencana dinilai, memuat potensi dan setiap kompetensi yang dinilai terhadap standarnya (PK-LAPORAN-LENGKAP), dengan simpulan yang sesuai kesenjangannya (PK-LAPORAN-SIMPULAN); sekali. Siapa dan kapan dicatat; hasil berlaku 2 tahun sejak tanggal laporan (PK-HASIL-BERLAKU-2TH).',
    body: StructuralReportRequest,
    responses: {
      201: { description: 'Laporan disampaikan kepada PPK.', schema: StructuralReport },
      ...assessorErrors,
      409: error('Laporan calon ini sudah disampaikan (STRUCTURAL_REPORT_EXISTS).'),
    },
  }),
  getStructuralReport: defineRoute({
    ...base,
    operationId: 'getStructuralReport',
    method: 'GET',
    path: `${CANDIDATE}/report`,
    auth: ['ppk', 'baperjakat', 'peserta'],
    scope: 'structural-report',
    summary:
      'Laporan hasil yang konfidensial: PPK, Baperjakat instansi dan PNS yang dinilai (III.2 Laporan 3), II.B.2)',
    description:
      'Setiap pembacaan dicatat (siapa, peran, kapan) sebelum laporan dijawab (PK-HASIL-KONFIDENSIAL). Dengan masa berlaku dan statusnya hari ini (PK-HASIL-BERLAKU-2TH) dan umpan balik PPK (IV.4). Laporan pencalonan yang berlaku sekarang; dengan `nomination`, laporan pencalonan sebelumnya (PK-PENCALONAN-BERAKHIR).',
    query: NominationQuery,
    responses: { 200: { description: 'Laporan.', schema: StructuralReport }, ...reportErrors },
  }),
  listStructuralReportReads: defineRoute({
    ...base,
    operationId: 'listStructuralReportReads',
    method: 'GET',
    path: `${CANDIDATE}/report/reads`,
    auth: ['ppk'],
    scope: 'structural-report',
    summary: 'PPK melihat siapa saja yang membaca laporan hasil, kapan dan sebagai apa',
    description:
      'Laporan pencalonan yang berlaku sekarang; dengan `nomination`, laporan pencalonan sebelumnya.',
    query: NominationQuery,
    responses: {
      200: { description: 'Menurut waktu baca.', schema: StructuralReportReadList },
      ...reportErrors,
    },
  }),
  recordStructuralFeedback: defineRoute({
    ...base,
    operationId: 'recordStructuralFeedback',
    method: 'POST',
    path: `${CANDIDATE}/report/feedback`,
    auth: ['ppk'],
    scope: 'structural-report',
    idempotent: true,
    summary: 'PPK mencatat umpan balik dari laporan hasil untuk pembinaan PNS yang dinilai (IV.4)',
    description: 'Dibaca PNS yang dinilai bersama laporannya.',
    body: StructuralFeedbackRequest,
    responses: { 200: { description: 'Umpan balik tercatat.', schema: StructuralReport }, ...reportErrors },
  }),
  listPositionResults: defineRoute({
    ...base,
    operationId: 'listPositionResults',
    method: 'GET',
    path: '/structural/instansi/{instansiCode}/position-results',
    params: StructuralInstansiPath,
    query: PositionResultsQuery,
    auth: ['ppk', 'baperjakat'],
    scope: 'instansi-official',
    summary: 'Hasil penilaian untuk satu jabatan struktural, bahan pertimbangan Baperjakat (II.A.7, II.B.5)',
    description:
      'Jabatan disebut dengan nama dan unitnya (tanpa keduanya: semua jabatan instansi). Setiap hasil dengan masa berlaku dan statusnya menurut hari ini: BERLAKU atau KEDALUWARSA, tidak pernah BERLAKU sesudah 2 tahun (PK-HASIL-BERLAKU-2TH). Setiap laporan yang didaftar dicatat sebagai dibaca.',
    responses: {
      200: { description: 'Menurut NIP.', schema: PositionResultList },
      400: error('Data tidak valid.'),
      ...authErrors,
      404: error('Instansi belum terdaftar di BKN, atau instansi lain (INSTANSI_NOT_FOUND).'),
    },
  }),
} satisfies Record<string, RouteDefinition>;
