import { CohortPath } from '../paths';
import { defineRoute } from '../route';
import {
  MechanismDecisionRequest,
  MechanismProposal,
  MechanismProposalList,
  MechanismProposalPath,
  MechanismProposalRequest,
} from '../test-mechanism';
import { TeamPath } from '../test-team';
import { PlanUnitPath } from '../test-instruments';
import { authErrors, error } from './common';

const TAG = 'Instrumen dan Rencana Uji';
const NOT_LEADER = error(
  'Tim uji atau usulan tidak ditemukan; tim yang tidak diketuai pemanggil dijawab sama (TEST_TEAM_NOT_FOUND, MECHANISM_PROPOSAL_NOT_FOUND).',
);

/** The test mechanism assessors propose to the team leader, who decides it (Perban BKN 7/2020 Pasal 30(2)a). */
export const testMechanismRoutes = {
  proposeTestMechanism: defineRoute({
    operationId: 'proposeTestMechanism',
    method: 'POST',
    path: '/programs/{programId}/cohorts/{number}/test-mechanism/units/{unitCode}',
    function: 'testMechanism',
    auth: ['asesor'],
    scope: 'test-team',
    idempotent: true,
    tag: TAG,
    summary: 'Mengusulkan mekanisme uji satu unit kepada ketua tim (Pasal 30(2)a, 22(2))',
    description:
      'Asesor tim uji angkatan mengusulkan kepada ketua tim uji berdasarkan keputusan (UJI-MEKANISME-KETUA) paling kurang 2 metode untuk unit skema (Pasal 22(1)), mekanisme pelaksanaannya dan pertimbangan Pasal 22(2). Ketua tim menerima atau mengembalikannya; rencana uji unit angkatan itu didasarkan pada usulan yang diterima (UJI-MEKANISME-DITERIMA).',
    params: PlanUnitPath,
    body: MechanismProposalRequest,
    responses: {
      201: { description: 'Usulan tercatat, menunggu keputusan ketua tim.', schema: MechanismProposal },
      400: error('Data tidak valid.'),
      ...authErrors,
      404: error(
        'Program atau angkatan tidak ditemukan; angkatan tempat asesor tidak ditugaskan dijawab sama (COHORT_NOT_FOUND).',
      ),
      422: error('Aturan usulan mekanisme tidak terpenuhi (semua alasan dalam details).'),
    },
  }),
  listCohortMechanisms: defineRoute({
    operationId: 'listCohortMechanisms',
    method: 'GET',
    path: '/programs/{programId}/cohorts/{number}/test-mechanism',
    function: 'testMechanism',
    auth: ['admin-bkn', 'asesor', 'pakar'],
    scope: 'test-team',
    tag: TAG,
    summary: 'Usulan mekanisme uji angkatan dan keputusan ketua tim',
    params: CohortPath,
    responses: {
      200: { description: 'Usulan mekanisme angkatan.', schema: MechanismProposalList },
      ...authErrors,
      404: error(
        'Program atau angkatan tidak ditemukan; angkatan tempat asesor/pakar tidak ditugaskan dijawab sama (COHORT_NOT_FOUND).',
      ),
    },
  }),
  listTeamMechanisms: defineRoute({
    operationId: 'listTeamMechanisms',
    method: 'GET',
    path: '/test-teams/{teamId}/mechanism-proposals',
    function: 'testMechanism',
    auth: ['admin-bkn', 'asesor', 'pakar'],
    scope: 'test-team-leader',
    tag: TAG,
    summary: 'Usulan mekanisme uji yang diterima ketua tim (Pasal 30(2)a)',
    description: 'Usulan asesor untuk setiap angkatan yang dilayani tim. Hanya ketua tim (dan BKN).',
    params: TeamPath,
    responses: {
      200: { description: 'Usulan mekanisme tim.', schema: MechanismProposalList },
      ...authErrors,
      404: NOT_LEADER,
    },
  }),
  decideTestMechanism: defineRoute({
    operationId: 'decideTestMechanism',
    method: 'POST',
    path: '/test-teams/{teamId}/mechanism-proposals/{proposalId}/decision',
    function: 'testMechanism',
    auth: ['asesor', 'pakar'],
    scope: 'test-team-leader',
    idempotent: true,
    tag: TAG,
    summary: 'Ketua tim menerima atau mengembalikan usulan mekanisme uji (Pasal 30(2)a)',
    description:
      'Ketua tim uji memutus usulan sekali (UJI-MEKANISME-DIPUTUS): DITERIMA, atau DIKEMBALIKAN dengan catatan. Asesor mengajukan usulan baru untuk usulan yang dikembalikan.',
    params: MechanismProposalPath,
    body: MechanismDecisionRequest,
    responses: {
      200: { description: 'Usulan diputus.', schema: MechanismProposal },
      400: error('Data tidak valid.'),
      ...authErrors,
      404: NOT_LEADER,
      409: error(
        'Usulan diputus orang lain selama permintaan diproses; tidak ada yang dicatat (MECHANISM_PROPOSAL_CHANGED).',
      ),
      422: error('Usulan sudah diputus (UJI-MEKANISME-DIPUTUS).'),
    },
  }),
};
