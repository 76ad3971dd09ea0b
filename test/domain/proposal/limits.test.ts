import { describe, expect, it } from 'vitest';
import {
  MAX_CANDIDATES_PER_PROPOSAL,
  MAX_UPLOAD_BYTES,
  UPLOAD_CONTENT_TYPES,
} from '../../../domain/proposal/limits';
import { SUBMISSION_RULES } from '../../../domain/proposal/submission';

/** DynamoDB TransactWriteItems accepts at most 100 actions. */
const DYNAMODB_TRANSACTION_ACTIONS = 100;

describe('proposal limits', () => {
  it('USULAN-BATAS-CALON: a full proposal (two writes per candidate plus the proposal) fits one transaction', () => {
    expect(2 * MAX_CANDIDATES_PER_PROPOSAL + 1).toBeLessThanOrEqual(DYNAMODB_TRANSACTION_ACTIONS);
    expect(SUBMISSION_RULES['USULAN-BATAS-CALON'].summary).toContain(String(MAX_CANDIDATES_PER_PROPOSAL));
  });

  it('uploads are PDF, JPEG or PNG scans of at most 5 MiB', () => {
    expect(UPLOAD_CONTENT_TYPES).toEqual(['application/pdf', 'image/jpeg', 'image/png']);
    expect(MAX_UPLOAD_BYTES).toBe(5_242_880);
  });
});
