import { ProgramPath } from '../paths';
import {
  Candidate,
  CandidatePage,
  CandidatePath,
  CandidateQuery,
  DecisionRequest,
  ProposalPage,
  ProposalQuery,
} from '../proposal';
import { defineRoute, type RouteDefinition } from '../route';
import { authErrors, error, scopeErrors } from './common';

/** Screening and the eligibility session (Perban BKN 7/2020 Pasal 31(1)d). */
export const screeningRoutes = {
  listProposals: defineRoute({
    operationId: 'listProposals',
    method: 'GET',
    path: '/programs/{programId}/proposals',
    function: 'screening',
    auth: ['admin-bkn', 'kanreg'],
    scope: 'kanreg-region',
    tag: 'Penyaringan',
    summary: 'Daftar usulan program menurut status (operator Kanreg: wilayahnya)',
    params: ProgramPath,
    query: ProposalQuery,
    responses: {
      200: { description: 'Satu halaman usulan.', schema: ProposalPage },
      400: error('Parameter tidak valid.'),
      ...scopeErrors,
      401: authErrors[401],
    },
  }),
  listCandidates: defineRoute({
    operationId: 'listCandidates',
    method: 'GET',
    path: '/programs/{programId}/candidates',
    function: 'screening',
    auth: ['admin-bkn'],
    scope: 'none',
    tag: 'Penyaringan',
    summary: 'Daftar calon program menurut skema dan status, untuk sidang penetapan',
    params: ProgramPath,
    query: CandidateQuery,
    responses: {
      200: { description: 'Satu halaman calon.', schema: CandidatePage },
      400: error('Parameter tidak valid.'),
      ...scopeErrors,
      401: authErrors[401],
    },
  }),
  decideCandidate: defineRoute({
    operationId: 'decideCandidate',
    method: 'POST',
    path: '/programs/{programId}/proposals/{instansiCode}/candidates/{nip}/decisions',
    function: 'screening',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: 'Penyaringan',
    summary: 'Keputusan sidang penetapan atas satu calon: terima, tolak, atau minta dokumen',
    params: CandidatePath,
    body: DecisionRequest,
    responses: {
      200: { description: 'Keputusan tercatat.', schema: Candidate },
      400: error('Data tidak valid.'),
      409: error('Calon belum diajukan atau berubah bersamaan.'),
      422: error('Penetapan melebihi alokasi Kanreg (ALOKASI-PENETAPAN, Pasal 11f).'),
      ...scopeErrors,
      401: authErrors[401],
    },
  }),
} satisfies Record<string, RouteDefinition>;
