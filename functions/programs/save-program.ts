import { planProgram, type ProgramDraft } from '../../domain/program/program';
import { insertProgram } from '../../adapters/dynamodb/program-repository';
import type { OperationResult } from '../../runtime/http/api-handler';
import { HttpError, rulesNotMet } from '../../runtime/http/http-error';
import { newProgramRecord } from '../../services/programs/new-program';

/** Asks the domain whether the programme may be created, then stores it under a fresh id. */
export async function saveNewProgram(
  draft: ProgramDraft,
  createdBy: string,
  now: Date,
): Promise<OperationResult> {
  const decision = planProgram(draft, now);
  if (!decision.ok) throw rulesNotMet(decision.violations);
  const program = newProgramRecord(decision.value, createdBy, now);
  if (!(await insertProgram(program))) {
    throw new HttpError(409, 'PROGRAM_ID_TAKEN', 'ID program bentrok; silakan kirim ulang.');
  }
  return { statusCode: 201, body: program, headers: { location: `/programs/${program.id}` } };
}
