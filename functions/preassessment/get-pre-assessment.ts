import type { routes } from '../../events/api/routes';
import { qualificationFor } from '../../domain/reference/qualifications';
import { loadPreAssessment } from '../../adapters/dynamodb/preassessment-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { preAssessmentView } from './context';

export const getPreAssessment: Operation<typeof routes.getPreAssessment> = async ({
  params,
  scoped: { candidate, instansi },
}) => {
  const record = await loadPreAssessment(params, params.nip);
  const qualification = qualificationFor(candidate.scheme, { bkn: instansi?.bkn });
  return { statusCode: 200, body: preAssessmentView(candidate, record, qualification) };
};
