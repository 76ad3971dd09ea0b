import * as z from 'zod';
import { InstansiPath, KanregCode } from '../instansi';
import { PageQuery } from '../page';
import {
  MoveOperatorRequest,
  OperatorDetail,
  OperatorList,
  OperatorPath,
  OperatorStatusRequest,
  RegisterOperatorRequest,
  Operator,
} from '../operator';
import { defineRoute, type RouteDefinition } from '../route';
import { authErrors, error } from './common';

const notFound = error('Operator belum terdaftar (OPERATOR_NOT_FOUND).');
const changed = error('Pendaftaran operator berubah bersamaan (OPERATOR_CHANGED); muat ulang.');
const unknownScope = error(
  'Instansi belum terdaftar di BKN (OPERATOR_INSTANSI_NOT_REGISTERED), Kanreg tidak membina instansi terdaftar (OPERATOR_KANREG_UNKNOWN), atau pemindahan ke peran lain (OPERATOR_ROLE_FIXED).',
);

/**
 * BKN's registry of instansi and Kanreg operators: the instansi or Kanreg each acts for. Every request of an
 * operator is checked against it (runtime/http/operator-check.ts).
 */
export const operatorRoutes = {
  registerOperator: defineRoute({
    operationId: 'registerOperator',
    method: 'PUT',
    path: '/operators/{sub}',
    function: 'instansi',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    tag: 'Operator',
    summary: 'Mendaftarkan operator instansi atau Kanreg',
    description:
      'Sekali per pengguna Cognito; pendaftaran yang sama diulang menjawab 200, pendaftaran lain untuk sub yang sama 409.',
    params: OperatorPath,
    body: RegisterOperatorRequest,
    responses: {
      201: { description: 'Operator terdaftar.', schema: Operator },
      200: { description: 'Operator sudah terdaftar persis seperti ini.', schema: Operator },
      400: error('Data tidak valid.'),
      409: error('Sub ini sudah terdaftar dengan data lain (OPERATOR_ALREADY_REGISTERED).'),
      422: unknownScope,
      ...authErrors,
    },
  }),
  getOperator: defineRoute({
    operationId: 'getOperator',
    method: 'GET',
    path: '/operators/{sub}',
    function: 'instansi',
    auth: ['admin-bkn'],
    scope: 'none',
    tag: 'Operator',
    summary: 'Satu operator dengan riwayat pendaftaran, pemindahan dan penonaktifannya',
    params: OperatorPath,
    responses: {
      200: { description: 'Operator dan riwayatnya.', schema: OperatorDetail },
      404: notFound,
      ...authErrors,
    },
  }),
  moveOperator: defineRoute({
    operationId: 'moveOperator',
    method: 'POST',
    path: '/operators/{sub}/move',
    function: 'instansi',
    auth: ['admin-bkn'],
    scope: 'none',
    tag: 'Operator',
    summary: 'Memindahkan operator ke instansi atau Kanreg lain',
    description:
      'Token lama operator (yang masih menyebut instansi/Kanreg asal) ditolak 403 OPERATOR_SCOPE_MISMATCH sampai atribut Cognito-nya diperbarui.',
    params: OperatorPath,
    body: MoveOperatorRequest,
    responses: {
      200: { description: 'Operator dipindahkan (atau sudah di tujuan).', schema: Operator },
      400: error('Data tidak valid.'),
      404: notFound,
      409: changed,
      422: unknownScope,
      ...authErrors,
    },
  }),
  setOperatorStatus: defineRoute({
    operationId: 'setOperatorStatus',
    method: 'PUT',
    path: '/operators/{sub}/status',
    function: 'instansi',
    auth: ['admin-bkn'],
    scope: 'none',
    tag: 'Operator',
    summary: 'Menonaktifkan atau mengaktifkan kembali operator',
    params: OperatorPath,
    body: OperatorStatusRequest,
    responses: {
      200: { description: 'Status operator tercatat.', schema: Operator },
      400: error('Data tidak valid.'),
      404: notFound,
      409: changed,
      ...authErrors,
    },
  }),
  listInstansiOperators: defineRoute({
    operationId: 'listInstansiOperators',
    method: 'GET',
    path: '/instansi/{instansiCode}/operators',
    function: 'instansi',
    auth: ['admin-bkn'],
    scope: 'none',
    tag: 'Operator',
    summary: 'Operator satu instansi, menurut nama pengguna',
    params: InstansiPath,
    query: PageQuery,
    responses: {
      200: { description: 'Satu halaman operator.', schema: OperatorList },
      400: error('Parameter tidak valid.'),
      ...authErrors,
    },
  }),
  listKanregOperators: defineRoute({
    operationId: 'listKanregOperators',
    method: 'GET',
    path: '/kanreg/{kanreg}/operators',
    function: 'instansi',
    auth: ['admin-bkn'],
    scope: 'none',
    tag: 'Operator',
    summary: 'Operator satu Kanreg, menurut nama pengguna',
    params: z.strictObject({ kanreg: KanregCode }),
    query: PageQuery,
    responses: {
      200: { description: 'Satu halaman operator.', schema: OperatorList },
      400: error('Parameter tidak valid.'),
      ...authErrors,
    },
  }),
} satisfies Record<string, RouteDefinition>;
