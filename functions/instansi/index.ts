import { instansiRoutes } from '../../events/api/routes/instansi';
import { apiHandler } from '../shared/http/api-handler';
import { getInstansi } from './get-instansi';
import { listInstansi } from './list-instansi';
import { upsertInstansi } from './upsert-instansi';

/** Instansi registry: who may propose, and which Kanreg covers which regional government. */
export const handler = apiHandler(instansiRoutes, { upsertInstansi, listInstansi, getInstansi });
