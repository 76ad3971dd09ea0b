import { Program, ProgramPath } from '../program';
import {
  Allocation,
  AllocationList,
  AllocationPath,
  AllocationRequest,
  RegionalDecisionRequest,
  RegionalProgram,
  RegionalProgramList,
  RegionalProgramPath,
  RegionalProgramQuery,
  RegionalProgramRequest,
} from '../regional';
import { defineRoute, type RouteDefinition } from '../route';
import { authErrors, error } from './common';

const TAG = 'Program Daerah dan Alokasi';

/**
 * Kanreg allocations and regional programmes (Perban BKN 7/2020 Pasal 7, 8, 11, 16(8), 27): BKN allocates
 * candidates per Kanreg; a Kanreg proposes a programme a regional government initiates and pays for; BKN's
 * training unit approves it after coordination, which creates the programme.
 */
export const regionalRoutes = {
  setAllocation: defineRoute({
    operationId: 'setAllocation',
    method: 'PUT',
    path: '/programs/{programId}/allocations/{kanregCode}',
    function: 'regional',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: TAG,
    summary: 'Menetapkan alokasi jumlah calon peserta bagi wilayah satu Kanreg dalam program (Pasal 11a, f)',
    description:
      'Alokasi pertama program ditetapkan sebelum jendela usulannya dibuka (ALOKASI-SEBELUM-USULAN); sejak itu usulan ' +
      'instansi di wilayah setiap Kanreg dan penetapan calon darinya dihitung terhadap alokasinya (ALOKASI-USULAN, ' +
      'ALOKASI-PENETAPAN). Alokasi tidak diturunkan di bawah calon yang sudah ditetapkan (ALOKASI-DI-BAWAH-PENETAPAN).',
    params: AllocationPath,
    body: AllocationRequest,
    responses: {
      200: { description: 'Alokasi tercatat, dengan pemakaiannya.', schema: Allocation },
      400: error('Data tidak valid.'),
      404: error('Program tidak ditemukan.'),
      409: error('Program atau alokasi berubah bersamaan; muat ulang.'),
      422: error('Aturan alokasi tidak terpenuhi (semua alasan dalam details).'),
      ...authErrors,
    },
  }),
  listAllocations: defineRoute({
    operationId: 'listAllocations',
    method: 'GET',
    path: '/programs/{programId}/allocations',
    function: 'regional',
    auth: ['admin-bkn', 'komite', 'kanreg'],
    scope: 'kanreg-region',
    tag: TAG,
    summary: 'Alokasi setiap Kanreg dalam program dan pemakaiannya (operator Kanreg: wilayahnya saja)',
    params: ProgramPath,
    responses: {
      200: { description: 'Alokasi per Kanreg.', schema: AllocationList },
      400: error('ID program tidak valid.'),
      404: error('Program tidak ditemukan.'),
      ...authErrors,
    },
  }),
  proposeRegionalProgram: defineRoute({
    operationId: 'proposeRegionalProgram',
    method: 'POST',
    path: '/regional-programs',
    function: 'regional',
    auth: ['kanreg'],
    scope: 'kanreg-region',
    idempotent: true,
    tag: TAG,
    summary: 'Kanreg mengusulkan program atas inisiasi dan anggaran instansi daerah (Pasal 11b, 8(2))',
    description:
      'Program belum dibuat dan tidak dibuka sampai unit pelatihan BKN menyetujuinya setelah koordinasi (Pasal 7(2)). ' +
      'Tempat uji di Kanreg (Pasal 7(1), 27); sumber dana APBD instansi penginisiasi dengan kesepakatan jadwalnya (16(8)).',
    body: RegionalProgramRequest,
    responses: {
      201: { description: 'Usulan program daerah tercatat.', schema: RegionalProgram },
      400: error('Data tidak valid.'),
      422: error('Aturan program daerah tidak terpenuhi (semua alasan dalam details).'),
      ...authErrors,
    },
  }),
  listRegionalPrograms: defineRoute({
    operationId: 'listRegionalPrograms',
    method: 'GET',
    path: '/regional-programs',
    function: 'regional',
    auth: ['admin-bkn', 'kanreg'],
    scope: 'kanreg-region',
    tag: TAG,
    summary: 'Usulan program daerah, per status (operator Kanreg: usulannya sendiri)',
    query: RegionalProgramQuery,
    responses: {
      200: { description: 'Usulan program daerah.', schema: RegionalProgramList },
      400: error('Parameter tidak valid.'),
      ...authErrors,
    },
  }),
  getRegionalProgram: defineRoute({
    operationId: 'getRegionalProgram',
    method: 'GET',
    path: '/regional-programs/{regionalProgramId}',
    function: 'regional',
    auth: ['admin-bkn', 'kanreg'],
    scope: 'kanreg-region',
    tag: TAG,
    summary: 'Satu usulan program daerah (operator Kanreg lain: dijawab seperti yang tidak ada)',
    params: RegionalProgramPath,
    responses: {
      200: { description: 'Usulan program daerah.', schema: RegionalProgram },
      400: error('ID tidak valid.'),
      404: error('Usulan program daerah tidak ditemukan.'),
      ...authErrors,
    },
  }),
  decideRegionalProgram: defineRoute({
    operationId: 'decideRegionalProgram',
    method: 'POST',
    path: '/regional-programs/{regionalProgramId}/decision',
    function: 'regional',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: TAG,
    summary:
      'Unit pelatihan BKN menyetujui (membuat programnya) atau menolak usulan program daerah (Pasal 7(2))',
    params: RegionalProgramPath,
    body: RegionalDecisionRequest,
    responses: {
      200: { description: 'Usulan ditolak.', schema: RegionalProgram },
      201: { description: 'Usulan disetujui; program dibuat dengan alokasi Kanreg-nya.', schema: Program },
      400: error('Data tidak valid.'),
      404: error('Usulan program daerah tidak ditemukan.'),
      409: error('Usulan sudah diputus.'),
      422: error('Aturan program daerah tidak terpenuhi (semua alasan dalam details).'),
      ...authErrors,
    },
  }),
} satisfies Record<string, RouteDefinition>;
