import { randomUUID } from 'node:crypto';
import { planProgram, type ProgramDraft } from '../../domain/program/program';
import type { Program } from '../../events/api/program';
import { insertProgram } from '../../adapters/dynamodb/program-repository';
import type { OperationResult } from '../../runtime/http/api-handler';
import { HttpError, rulesNotMet } from '../../runtime/http/http-error';

/** Asks the domain whether the programme may be created, then stores it under a fresh id. */
export async function saveNewProgram(
  draft: ProgramDraft,
  createdBy: string,
  now: Date,
): Promise<OperationResult> {
  const decision = planProgram(draft, now);
  if (!decision.ok) throw rulesNotMet(decision.violations);
  const at = now.toISOString();
  const program: Program = {
    id: `prg_${randomUUID()}`,
    name: draft.name,
    year: draft.year,
    schemes: [...draft.schemes],
    proposalWindow: {
      opensAt: draft.proposalWindow.opensAt.toISOString(),
      closesAt: draft.proposalWindow.closesAt.toISOString(),
    },
    quotaPerInstansi: draft.quotaPerInstansi,
    cohortPlan: [...draft.cohortPlan],
    status: decision.value.status,
    createdBy,
    createdAt: at,
    updatedAt: at,
  };
  if (!(await insertProgram(program))) {
    throw new HttpError(409, 'PROGRAM_ID_TAKEN', 'ID program bentrok; silakan kirim ulang.');
  }
  return { statusCode: 201, body: program, headers: { location: `/programs/${program.id}` } };
}
