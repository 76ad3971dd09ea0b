import {
  StandardRevisionRequest,
  StandardVersion,
  StandardVersionPath,
  StructuralPosition,
  StructuralPositionList,
  StructuralPositionPath,
  StructuralPositionRequest,
} from '../structural-standards';
import { StructuralInstansiPath } from '../structural';
import { defineRoute, type RouteDefinition } from '../route';
import { authErrors, error } from './common';

const TAG = 'Penilaian kompetensi jabatan struktural';
const common = {
  400: error('Data tidak valid.'),
  ...authErrors,
  404: error(
    'Instansi belum terdaftar di BKN, atau instansi lain dari instansi pada token pejabat (INSTANSI_NOT_FOUND); jabatan tidak terdaftar (STRUCTURAL_POSITION_NOT_FOUND).',
  ),
  422: error('Aturan tidak terpenuhi (semua alasan dalam details).'),
};
/** The instansi's officials who read its register: the personnel official, the PPK and Baperjakat. */
const READERS = ['kepegawaian', 'ppk', 'baperjakat'] as const;
const POSITIONS = '/structural/instansi/{instansiCode}/positions';

/** Perka BKN 11/2008 Lampiran IV.1: the competency standards of the instansi's structural positions, as data. */
export const structuralStandardRoutes = {
  registerStructuralPosition: defineRoute({
    operationId: 'registerStructuralPosition',
    method: 'POST',
    path: POSITIONS,
    function: 'structuralAssessment',
    auth: ['kepegawaian'],
    scope: 'instansi-official',
    idempotent: true,
    tag: TAG,
    summary: 'Jabatan struktural instansi dengan standar kompetensinya (IV.1)',
    description:
      'Dicatat pejabat kepegawaian sebagai versi 1 standar jabatan itu: kompetensi dasar dan kompetensi bidang, setiap kode sekali, ditetapkan tidak sesudah hari ini (PK-SKJ-DISUSUN). Siapa dan kapan dicatat.',
    params: StructuralInstansiPath,
    body: StructuralPositionRequest,
    responses: {
      201: { description: 'Jabatan terdaftar dengan standar versi 1.', schema: StructuralPosition },
      ...common,
      409: error('Kode jabatan sudah terdaftar (STRUCTURAL_POSITION_EXISTS).'),
    },
  }),
  reviseStructuralStandard: defineRoute({
    operationId: 'reviseStructuralStandard',
    method: 'POST',
    path: `${POSITIONS}/{positionCode}/standards`,
    function: 'structuralAssessment',
    auth: ['kepegawaian'],
    scope: 'instansi-official',
    idempotent: true,
    tag: TAG,
    summary: 'Versi baru standar kompetensi jabatan; versi sebelumnya tetap tersimpan',
    description:
      'Menggantikan versi yang berlaku (`revises`); ditetapkan tidak sebelum versi itu (PK-SKJ-DISUSUN). Rencana penilaian sesudahnya melampirkan versi baru (PK-SKJ-RENCANA).',
    params: StructuralPositionPath,
    body: StandardRevisionRequest,
    responses: {
      201: { description: 'Versi baru tercatat dan berlaku.', schema: StandardVersion },
      ...common,
      409: error(
        '`revises` bukan versi yang berlaku, atau standar diubah bersamaan (STRUCTURAL_STANDARD_CHANGED).',
      ),
    },
  }),
  listStructuralPositions: defineRoute({
    operationId: 'listStructuralPositions',
    method: 'GET',
    path: POSITIONS,
    function: 'structuralAssessment',
    auth: READERS,
    scope: 'instansi-official',
    tag: TAG,
    summary: 'Daftar jabatan struktural instansi dengan standar kompetensi yang berlaku',
    params: StructuralInstansiPath,
    responses: { 200: { description: 'Menurut kode jabatan.', schema: StructuralPositionList }, ...common },
  }),
  getStructuralPosition: defineRoute({
    operationId: 'getStructuralPosition',
    method: 'GET',
    path: `${POSITIONS}/{positionCode}`,
    function: 'structuralAssessment',
    auth: READERS,
    scope: 'instansi-official',
    tag: TAG,
    summary: 'Satu jabatan struktural dengan standar kompetensi yang berlaku',
    params: StructuralPositionPath,
    responses: { 200: { description: 'Jabatan.', schema: StructuralPosition }, ...common },
  }),
  getStructuralStandard: defineRoute({
    operationId: 'getStructuralStandard',
    method: 'GET',
    path: `${POSITIONS}/{positionCode}/standards/{version}`,
    function: 'structuralAssessment',
    auth: READERS,
    scope: 'instansi-official',
    tag: TAG,
    summary: 'Satu versi standar kompetensi jabatan, sebagaimana dilampirkan pada rencana penilaian',
    params: StandardVersionPath,
    responses: {
      200: { description: 'Versi standar.', schema: StandardVersion },
      ...common,
      404: error(
        'Instansi tidak terjangkau (INSTANSI_NOT_FOUND), atau versi standar tidak terdaftar (STRUCTURAL_STANDARD_NOT_FOUND).',
      ),
    },
  }),
} satisfies Record<string, RouteDefinition>;
