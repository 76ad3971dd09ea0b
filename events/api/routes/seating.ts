import {
  Cohort,
  CohortList,
  CohortPath,
  MoveRequest,
  Participant,
  ParticipantList,
  ParticipantPath,
  SettingRequest,
} from '../participant';
import { CandidatePath, ProgramPath } from '../paths';
import { defineRoute, type RouteDefinition } from '../route';
import { authErrors, error, scopeErrors } from './common';

/** Participant setting, cohorts and seats (Perban BKN 7/2020 Pasal 17, 31(1)f; the 2019 cohort schedule). */
export const seatingRoutes = {
  setParticipant: defineRoute({
    operationId: 'setParticipant',
    method: 'POST',
    path: '/programs/{programId}/proposals/{instansiCode}/candidates/{nip}/participant-setting',
    function: 'seating',
    auth: ['admin-bkn'],
    tag: 'Penjadwalan',
    summary: 'Sidang penetapan peserta: menetapkan (atau tidak) calon yang diterima sebagai peserta',
    description: 'Peserta yang ditetapkan langsung diantrekan untuk ditempatkan pada angkatan sejenjang.',
    params: CandidatePath,
    body: SettingRequest,
    responses: {
      200: { description: 'Keputusan tercatat.', schema: Participant },
      400: error('Data tidak valid.'),
      409: error('Calon belum diterima atau sudah diputuskan.'),
      422: error('Aturan penetapan peserta tidak terpenuhi.'),
      ...scopeErrors,
      401: authErrors[401],
    },
  }),
  getParticipant: defineRoute({
    operationId: 'getParticipant',
    method: 'GET',
    path: '/programs/{programId}/participants/{nip}',
    function: 'seating',
    auth: ['admin-bkn', 'instansi', 'kanreg', 'peserta'],
    tag: 'Penjadwalan',
    summary: 'Peserta dengan kursinya atau posisinya di daftar tunggu',
    params: ParticipantPath,
    responses: {
      200: { description: 'Peserta.', schema: Participant },
      ...scopeErrors,
      401: authErrors[401],
    },
  }),
  moveParticipant: defineRoute({
    operationId: 'moveParticipant',
    method: 'POST',
    path: '/programs/{programId}/participants/{nip}/move',
    function: 'seating',
    auth: ['admin-bkn'],
    tag: 'Penjadwalan',
    summary: 'Memindahkan peserta ke angkatan lain sejenjang yang belum penuh',
    params: ParticipantPath,
    body: MoveRequest,
    responses: {
      200: { description: 'Peserta dipindahkan.', schema: Participant },
      400: error('Data tidak valid.'),
      409: error('Kursi berubah bersamaan; muat ulang.'),
      422: error('Aturan angkatan tidak terpenuhi.'),
      ...scopeErrors,
      401: authErrors[401],
    },
  }),
  withdrawParticipant: defineRoute({
    operationId: 'withdrawParticipant',
    method: 'DELETE',
    path: '/programs/{programId}/participants/{nip}/seat',
    function: 'seating',
    auth: ['admin-bkn'],
    tag: 'Penjadwalan',
    summary: 'Melepas kursi peserta yang mengundurkan diri; kursi diberikan kepada yang terlama menunggu',
    params: ParticipantPath,
    responses: {
      200: { description: 'Kursi dilepas.', schema: Participant },
      409: error('Kursi berubah bersamaan; muat ulang.'),
      ...scopeErrors,
      401: authErrors[401],
    },
  }),
  listCohorts: defineRoute({
    operationId: 'listCohorts',
    method: 'GET',
    path: '/programs/{programId}/cohorts',
    function: 'seating',
    auth: ['admin-bkn', 'instansi', 'kanreg', 'komite'],
    tag: 'Penjadwalan',
    summary: 'Angkatan program dengan kursi terisi',
    params: ProgramPath,
    responses: {
      200: { description: 'Angkatan.', schema: CohortList },
      ...scopeErrors,
      401: authErrors[401],
    },
  }),
  listCohortParticipants: defineRoute({
    operationId: 'listCohortParticipants',
    method: 'GET',
    path: '/programs/{programId}/cohorts/{number}/participants',
    function: 'seating',
    auth: ['admin-bkn'],
    tag: 'Penjadwalan',
    summary: 'Peserta yang duduk di satu angkatan',
    params: CohortPath,
    responses: {
      200: { description: 'Peserta angkatan.', schema: ParticipantList },
      ...scopeErrors,
      401: authErrors[401],
    },
  }),
} satisfies Record<string, RouteDefinition>;

export type { Cohort };
