import { ASSESSOR_EXAMPLE } from '../../../events/api/assessment';
import type { AssessorProfile } from '../../../domain/assessment/assessor';
import type { UnitAssessment } from '../../../domain/assessment/decision';
import { d, NIP_C } from '../shared/helpers';
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

/** An assessor who meets every requirement of Pasal 28 (rank IV/a, certificate valid to the end of 2026). */
export function qualifiedAssessor(overrides: Partial<AssessorProfile> = {}): AssessorProfile {
  return {
    nip: NIP_C,
    directSupervisorNip: null,
    declaredConflictNips: [],
    isPns: true,
    education: 'S2',
    golongan: 'IV/a',
    serviceStart: d('2005-04-01'),
    assessorCertificate: { recognisedByBkn: true, validUntil: d('2026-12-31') },
    mastery: { ...ASSESSOR_EXAMPLE.mastery },
    disciplinaryPeriods: [],
    ...overrides,
  };
}
