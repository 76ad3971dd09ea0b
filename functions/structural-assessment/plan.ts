import { checkPlan } from '../../domain/assessment/structural/plan';
import type { routes } from '../../events/api/routes';
import { recordPlan } from '../../adapters/dynamodb/structural-candidate-repository';
import { findTpk } from '../../adapters/dynamodb/structural-tpk-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { conflict, rulesNotMet } from '../../runtime/http/http-error';
import { candidateOf, changedMeanwhile } from './candidates';

/**
 * The plan of a candidate's assessment, as the UPK or TPK it was handed to determined it (Perka BKN 11/2008
 * III.2.a.1-2): the methods per echelon, psychometry by a psychologist, the documents prepared.
 */
export const planStructuralAssessment: Operation<typeof routes.planStructuralAssessment> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const candidate = await candidateOf(params.instansiCode, params.nip);
  if (candidate.plan) {
    throw conflict('STRUCTURAL_PLAN_EXISTS', 'Rencana penilaian calon ini sudah tercatat.');
  }
  const handover = candidate.handover;
  const team = handover?.assessor === 'TPK' ? await findTpk(params.instansiCode, handover.unitId) : undefined;
  const determined = candidate.determination?.decision === 'DITETAPKAN' ? candidate.determination : undefined;
  const decision = checkPlan(
    {
      status: candidate.status,
      echelon: determined?.echelon,
      handedTo: handover?.assessor,
      teamPsychologists: (team?.members ?? []).filter((m) => m.isPsychologist).map((m) => m.nip),
    },
    { ...body, documents: body.documents.map((d) => d.kind) },
  );
  if (!decision.ok) throw rulesNotMet(decision.violations);
  const plan = { ...body, by: principal.username, at: now.toISOString() };
  if (!(await recordPlan(params.instansiCode, params.nip, plan))) throw changedMeanwhile();
  return { statusCode: 200, body: { ...candidate, plan } };
};
