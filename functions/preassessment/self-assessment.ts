import { checkEditable, checkSelfAssessment } from '../../domain/preassessment/self-assessment';
import { qualificationFor } from '../../domain/reference/qualifications';
import type { routes } from '../../events/api/routes';
import { loadPreAssessment, saveSelfAssessment } from '../../adapters/dynamodb/preassessment-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { rulesNotMet } from '../../runtime/http/http-error';
import { changedMeanwhile, preAssessmentView } from './context';

/**
 * The candidate (or the instansi for them) fills the self-assessment for each unit of the qualification
 * (Perban BKN 7/2020 Pasal 30(1)a-b, 31(1)e). It may be saved in parts; an assessor's FIT recommendation locks it.
 * The qualification is the candidate's (their scheme, and whether their instansi is BKN), never the caller's.
 */
export const putSelfAssessment: Operation<typeof routes.putSelfAssessment> = async ({
  params,
  body,
  principal,
  scoped: { candidate, instansi },
  now,
}) => {
  const record = await loadPreAssessment(params, params.nip);
  const qualification = qualificationFor(candidate.scheme, { bkn: instansi?.bkn });
  const editable = checkEditable(candidate.status, record.selfAssessment?.recommendation?.outcome);
  const content = checkSelfAssessment({
    scheme: candidate.scheme,
    qualification,
    requested: body.qualification,
    units: body.units,
  });
  const violations = [...(editable.ok ? [] : editable.violations), ...(content.ok ? [] : content.violations)];
  if (violations.length > 0 || !qualification) throw rulesNotMet(violations);
  const saved = await saveSelfAssessment(
    {
      programId: params.programId,
      instansiCode: params.instansiCode,
      nip: params.nip,
      qualification,
      units: body.units,
      complete: content.ok && content.value.complete,
      filledBy: principal.username,
      filledAt: now.toISOString(),
      ...(record.selfAssessment?.recommendation
        ? { recommendation: record.selfAssessment.recommendation }
        : {}),
    },
    record.selfAssessment?.version,
  );
  if (!saved) throw changedMeanwhile();
  return { statusCode: 200, body: preAssessmentView(candidate, { ...record, selfAssessment: saved }) };
};
