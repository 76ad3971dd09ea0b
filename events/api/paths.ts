import * as z from 'zod';
import { InstansiCode, Nip, DecimalInteger, ProgramId } from './identifiers';

/** Path parameters of the routes, by what they name. */
export const ProgramPath = z.strictObject({ programId: ProgramId });
export const ProposalPath = z.strictObject({ programId: ProgramId, instansiCode: InstansiCode });
export const CandidatePath = ProposalPath.extend({ nip: Nip }).strict();
export const ParticipantPath = z.strictObject({ programId: ProgramId, nip: Nip });
export const CohortPath = z.strictObject({
  programId: ProgramId,
  number: DecimalInteger(1, 999),
});
