import { Instansi, InstansiList, InstansiPath, KanregCode, UpsertInstansiRequest } from '../instansi';
import { PageQuery } from '../page';
import { defineRoute, type RouteDefinition } from '../route';
import { authErrors, error, PROPOSAL_READERS, scopeErrors } from './common';

/** The instansi registry and the Kanreg covering each regional government. */
export const instansiRoutes = {
  upsertInstansi: defineRoute({
    operationId: 'upsertInstansi',
    method: 'PUT',
    path: '/instansi/{instansiCode}',
    function: 'instansi',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: 'Instansi',
    summary: 'Mendaftarkan atau memperbarui instansi dan Kanreg pembinanya',
    params: InstansiPath,
    body: UpsertInstansiRequest,
    responses: {
      200: { description: 'Instansi tersimpan.', schema: Instansi },
      400: error('Data tidak valid.'),
      ...authErrors,
    },
  }),
  listInstansi: defineRoute({
    operationId: 'listInstansi',
    method: 'GET',
    path: '/instansi',
    function: 'instansi',
    auth: ['admin-bkn', 'kanreg'],
    scope: 'kanreg-region',
    tag: 'Instansi',
    summary: 'Daftar instansi (operator Kanreg: instansi di wilayahnya)',
    query: PageQuery.extend({ kanreg: KanregCode.optional() }).strict(),
    responses: {
      200: { description: 'Satu halaman instansi.', schema: InstansiList },
      400: error('Parameter tidak valid.'),
      ...authErrors,
    },
  }),
  getInstansi: defineRoute({
    operationId: 'getInstansi',
    method: 'GET',
    path: '/instansi/{instansiCode}',
    function: 'instansi',
    auth: PROPOSAL_READERS,
    scope: 'instansi',
    tag: 'Instansi',
    summary: 'Rincian satu instansi',
    params: InstansiPath,
    responses: { 200: { description: 'Instansi.', schema: Instansi }, ...scopeErrors, 401: authErrors[401] },
  }),
} satisfies Record<string, RouteDefinition>;
