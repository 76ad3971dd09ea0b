import type { routes } from '../../events/api/routes';
import type { Operation } from '../../runtime/http/api-handler';
import { programDraftOf } from '../../services/programs/new-program';
import { saveNewProgram } from './save-program';

export const createProgram: Operation<typeof routes.createProgram> = async ({ body, principal, now }) =>
  saveNewProgram(programDraftOf(body, body.funding), principal.username, now);
