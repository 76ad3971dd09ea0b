import { describe, expect, it } from 'vitest';
import * as reference from '../../../domain/reference';

describe('domain/reference index', () => {
  it.each([
    'SCHEMES',
    'schemeOneLevelBelow',
    'POSITIONS',
    'COMPETENCY_AREAS',
    'COMPETENCY_UNITS',
    'QUALIFICATIONS',
    'TRAINING_MODULES',
    'JP_ALLOCATION_2019',
    'ASSESSMENT_METHODS',
    'EVIDENCE_RULES',
    'PROGRAMME_2019',
    'COHORTS_2019',
    'REGISTRATION_TIMELINE_2019',
    'SOURCE_DOCUMENTS',
  ])('re-exports %s', (name) => {
    expect(reference).toHaveProperty(name);
  });
});
