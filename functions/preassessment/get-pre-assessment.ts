import type { routes } from '../../events/api/routes';
import { preassessmentRoutes } from '../../events/api/routes/preassessment';
import { qualificationFor } from '../../domain/reference/qualifications';
import { findInstansi } from '../shared/data/instansi-repository';
import { loadPreAssessment } from '../shared/data/preassessment-repository';
import type { Operation } from '../shared/http/api-handler';
import { candidateInScope, preAssessmentView } from './context';

export const getPreAssessment: Operation<typeof routes.getPreAssessment> = async ({ params, principal }) => {
  const candidate = await candidateInScope(principal, params, preassessmentRoutes.getPreAssessment.auth);
  const [record, instansi] = await Promise.all([
    loadPreAssessment(params, params.nip),
    findInstansi(params.instansiCode),
  ]);
  const qualification = qualificationFor(candidate.scheme, { bkn: instansi?.bkn });
  return { statusCode: 200, body: preAssessmentView(candidate, record, qualification) };
};
