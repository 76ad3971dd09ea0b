import { apiHandler } from '../shared/http/api-handler';
import { createProgram } from './create-program';
import { getProgram } from './get-program';
import { listPrograms } from './list-programs';
import { requestAnnouncement } from './request-announcement';

/** Programme stage: BKN opens programmes and announces them to instansi. */
export const handler = apiHandler({ createProgram, listPrograms, getProgram, requestAnnouncement });
