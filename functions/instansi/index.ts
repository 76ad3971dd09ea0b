import { instansiRoutes } from '../../events/api/routes/instansi';
import { operatorRoutes } from '../../events/api/routes/operators';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { instansiScope } from '../../runtime/http/scopes/instansi';
import { getInstansi } from './get-instansi';
import { listInstansi } from './list-instansi';
import {
  getOperator,
  listInstansiOperators,
  listKanregOperators,
  moveOperator,
  registerOperator,
  setOperatorStatus,
} from './operators';
import { upsertInstansi } from './upsert-instansi';

/**
 * Instansi registry: who may propose, and which Kanreg covers which regional government; and the operator
 * registry: which instansi or Kanreg each operator acts for.
 */
export const handler = apiHandler(
  { ...instansiRoutes, ...operatorRoutes },
  {
    upsertInstansi,
    listInstansi,
    getInstansi,
    registerOperator,
    getOperator,
    moveOperator,
    setOperatorStatus,
    listInstansiOperators,
    listKanregOperators,
  },
  routeAccess({ instansi: instansiScope }),
  idempotentRequests,
);
