import type * as z from 'zod';
import { AssessorReport, Feedback, Finding, Improvement } from '../../../events/api/review';
import { PROGRAM_ID } from '../helpers/programs';

/** The API's own example of a schema, as the records the review stage stores, in the programme of the tests. */
const exampleOf = <T>(schema: z.ZodType): T => ({
  ...structuredClone((schema.meta()?.examples as T[])[0]!),
  programId: PROGRAM_ID,
});

export const COHORT = 19;
export const REVIEW_PARTITION = `COHORT#${PROGRAM_ID}#019#REVIEW`;
export const HASH = `sha256:${'a'.repeat(64)}`;

export const aFeedback = (overrides: Partial<Feedback> = {}): Feedback => ({
  ...exampleOf<Feedback>(Feedback),
  ...overrides,
});
export const aReport = (overrides: Partial<AssessorReport> = {}): AssessorReport => ({
  ...exampleOf<AssessorReport>(AssessorReport),
  ...overrides,
});
export const aFinding = (overrides: Partial<Finding> = {}): Finding => ({
  ...exampleOf<Finding>(Finding),
  ...overrides,
});
export const anImprovement = (overrides: Partial<Improvement> = {}): Improvement => ({
  ...exampleOf<Improvement>(Improvement),
  ...overrides,
});
export const aSignature = (username = 'asesor.budi', contentHash = HASH) => ({
  username,
  signedAt: '2027-07-30T09:00:00.000Z',
  contentHash,
});
