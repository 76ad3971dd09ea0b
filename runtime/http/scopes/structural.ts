import { canAccessResult, type ResultViewer } from '../../../domain/assessment/structural/result';
import { mayAssessCandidate } from '../../../domain/assessment/structural/report';
import type { Role } from '../../../domain/access/roles';
import { findInstansi } from '../../../adapters/dynamodb/instansi-repository';
import { findStructuralCandidate } from '../../../adapters/dynamodb/structural-candidate-repository';
import { findTpk } from '../../../adapters/dynamodb/structural-tpk-repository';
import { findUpk } from '../../../adapters/dynamodb/structural-upk-repository';
import { structuralCandidateNotFound, structuralReportNotFound } from '../not-found';
import type { ScopeResolver, UnitAssessor } from '../scope';
import { param, type Params, type ScopeActor } from './holder-scope';

/*
 * The scopes of a structural candidate's assessment and confidential report (Perka BKN 11/2008 III.1.d, III.2 Pelaksanaan dan Laporan,
 * II.B.2). Every refusal, an unregistered instansi or an unknown candidate included, is one and the same 404, so
 * that nobody outside learns whether a PNS was assessed.
 */

async function candidateOf(params: Params) {
  const code = param(params, 'instansiCode');
  const [instansi, candidate] = await Promise.all([
    findInstansi(code),
    findStructuralCandidate(code, param(params, 'nip')),
  ]);
  return instansi ? candidate : undefined;
}

/** The assessors of the UPK or TPK the candidate was handed to (a UPK's as its registration lists them). */
async function unitAssessors(instansiCode: string, handover: { assessor: 'UPK' | 'TPK'; unitId: string }) {
  if (handover.assessor === 'TPK') return (await findTpk(instansiCode, handover.unitId))?.members ?? [];
  return (await findUpk(instansiCode, handover.unitId))?.assessors ?? [];
}

/** `structural-assessor`: the candidate, if the caller assesses for the UPK or TPK it was handed to. */
export const structuralAssessorScope: ScopeResolver<'structural-assessor'> = async (params, actor) => {
  const [candidate, who] = await Promise.all([candidateOf(params), actor]);
  const assessors: UnitAssessor[] = candidate?.handover
    ? await unitAssessors(candidate.instansiCode, candidate.handover)
    : [];
  const decision = mayAssessCandidate(
    who.nip,
    assessors.map((a) => a.nip),
  );
  if (!candidate || !decision.ok) throw structuralCandidateNotFound();
  return { candidate, assessor: assessors.find((a) => a.nip === decision.value)! };
};

const VIEWERS: Partial<Record<Role, (who: ScopeActor) => ResultViewer>> = {
  ppk: (who) => ({ kind: 'PPK', instansi: who.instansi ?? '' }),
  baperjakat: (who) => ({ kind: 'BAPERJAKAT', instansi: who.instansi ?? '' }),
  peserta: (who) => ({ kind: 'PNS_DINILAI', nip: who.nip ?? '' }),
};

/** `structural-report`: the candidate, if the caller may read their report, and the role they read it in. */
export const structuralReportScope: ScopeResolver<'structural-report'> = async (params, actor) => {
  const [candidate, who] = await Promise.all([candidateOf(params), actor]);
  const subject = { nip: param(params, 'nip'), instansiCode: param(params, 'instansiCode') };
  const readAs = who.roles.find((role) => {
    const viewer = VIEWERS[role]?.(who);
    return viewer !== undefined && canAccessResult(viewer, subject).ok;
  });
  if (!candidate || !readAs) throw structuralReportNotFound();
  return { candidate, readAs };
};
