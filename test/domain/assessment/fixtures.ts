import type { UnitAssessment } from '../../../domain/assessment/decision';
import type { EvidenceItem } from '../../../domain/assessment/evidence';

export function evidence(id: string, overrides: Partial<EvidenceItem> = {}): EvidenceItem {
  return {
    id,
    method: 'WAWANCARA',
    relevant: true,
    realWork: true,
    demonstratesCompetency: true,
    verifiable: true,
    valid: true,
    authentic: true,
    current: true,
    ...overrides,
  };
}

/** A competent assessment of `unitCode` by an assessor on two methods with sound evidence. */
export function unitAssessment(unitCode: string, overrides: Partial<UnitAssessment> = {}): UnitAssessment {
  return {
    unitCode,
    methods: ['WAWANCARA', 'PORTOFOLIO'],
    evidence: [evidence(`${unitCode}-1`), evidence(`${unitCode}-2`, { method: 'PORTOFOLIO' })],
    evidenceSufficient: true,
    recommendation: 'KOMPETEN',
    decidedBy: { role: 'asesor', id: 'ASR-01' },
    ...overrides,
  };
}
