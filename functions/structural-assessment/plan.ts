import { checkPlan } from '../../domain/assessment/structural/plan';
import { checkPlanStandard } from '../../domain/assessment/structural/standard';
import type { routes } from '../../events/api/routes';
import { recordPlan } from '../../adapters/dynamodb/structural-candidate-repository';
import { findPosition } from '../../adapters/dynamodb/structural-position-repository';
import { findTpk } from '../../adapters/dynamodb/structural-tpk-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { conflict, rulesNotMet } from '../../runtime/http/http-error';
import { candidateOf, changedMeanwhile } from '../../services/structural/candidate';

/**
 * The plan of a candidate's assessment, as the UPK or TPK it was handed to determined it (Perka BKN 11/2008
 * III.2.a.1-2): the methods per echelon, psychometry by a psychologist, the documents prepared, the position's
 * competency standard being the registered one in force (IV.1).
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
  const determined = candidate.determination?.decision === 'DITETAPKAN' ? candidate.determination : undefined;
  const [team, position] = await Promise.all([
    handover?.assessor === 'TPK' ? findTpk(params.instansiCode, handover.unitId) : undefined,
    determined && findPosition(params.instansiCode, determined.positionCode),
  ]);
  const decision = checkPlan(
    {
      status: candidate.status,
      echelon: determined?.echelon,
      handedTo: handover?.assessor,
      teamPsychologists: (team?.members ?? []).filter((m) => m.isPsychologist).map((m) => m.nip),
    },
    { ...body, documents: body.documents.map((d) => d.kind) },
  );
  const standard = checkPlanStandard(
    determined && { positionCode: determined.positionCode, currentVersion: position?.version ?? 0 },
    body.documents.flatMap((d) => (d.kind === 'STANDAR_KOMPETENSI_JABATAN' ? [d] : [])),
  );
  const violations = [decision, standard].flatMap((d) => (d.ok ? [] : d.violations));
  if (violations.length > 0) throw rulesNotMet(violations);
  const plan = { ...body, by: principal.username, at: now.toISOString() };
  if (!(await recordPlan(params.instansiCode, params.nip, plan))) throw changedMeanwhile();
  return { statusCode: 200, body: { ...candidate, plan } };
};
