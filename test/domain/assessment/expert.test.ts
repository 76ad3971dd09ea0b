import { describe, expect, it } from 'vitest';
import {
  authorizeExpertAction,
  checkExpert,
  EXPERT_ACTIONS,
  type ExpertAction,
  type ExpertProfile,
} from '../../../domain/assessment/expert';
import { codesOf, NIP_A, NIP_B } from '../shared/helpers';

function expert(overrides: Partial<ExpertProfile> = {}): ExpertProfile {
  return {
    nip: NIP_A,
    declaredConflictNips: [],
    education: 'S2',
    status: 'PENSIUNAN_JPT_PRATAMA',
    statusProvenByHistory: true,
    relevantExpertise: true,
    assignedByBkn: true,
    signedComplianceStatement: true,
    ...overrides,
  };
}

describe('expert requirements (Perban BKN 7/2020 Pasal 29)', () => {
  it('a qualified expert is accepted', () => {
    expect(checkExpert(expert(), { nip: NIP_B }).ok).toBe(true);
  });

  it.each([
    [{ relevantExpertise: false }, ['PAKAR-KEAHLIAN-RELEVAN']],
    [{ assignedByBkn: false }, ['PAKAR-KEAHLIAN-RELEVAN']],
    [{ education: 'D3' }, ['PAKAR-PENDIDIKAN-S1']],
    [{ status: 'LAINNYA' }, ['PAKAR-STATUS']],
    [{ statusProvenByHistory: false }, ['PAKAR-STATUS']],
    [{ signedComplianceStatement: false }, ['PAKAR-KEPATUHAN']],
    [{ declaredConflictNips: [NIP_B] }, ['PAKAR-BEBAS-KEPENTINGAN']],
  ] as const)('%j -> %j', (overrides, codes) => {
    expect(codesOf(checkExpert(expert(overrides as Partial<ExpertProfile>), { nip: NIP_B }))).toEqual(codes);
  });

  it.each([
    'PNS',
    'PENSIUNAN_JPT_MADYA',
    'PENSIUNAN_JPT_PRATAMA',
    'PENSIUNAN_JF_UTAMA',
    'PENSIUNAN_JF_MADYA',
  ] as const)('PAKAR-STATUS: %s may be an expert', (status) => {
    expect(checkExpert(expert({ status }), { nip: NIP_B }).ok).toBe(true);
  });
});

describe('expert powers (Perban BKN 7/2020 Pasal 30(4))', () => {
  it.each([true, false])(
    'PAKAR-TIDAK-MEMUTUSKAN: deciding competence is refused (assessor involved = %s)',
    (withAssessor) => {
      expect(codesOf(authorizeExpertAction('MEMUTUSKAN_KOMPETEN', withAssessor))).toEqual([
        'PAKAR-TIDAK-MEMUTUSKAN',
      ]);
    },
  );

  const actions = (Object.keys(EXPERT_ACTIONS) as ExpertAction[]).filter((a) => a !== 'MEMUTUSKAN_KOMPETEN');

  it.each(actions)('PAKAR-KEWENANGAN: %s is allowed with an assessor', (action) => {
    expect(authorizeExpertAction(action, true).ok).toBe(true);
  });

  it.each(actions.map((a) => [a, !EXPERT_ACTIONS[a].withAssessor] as const))(
    'PAKAR-KEWENANGAN: %s without an assessor allowed = %s',
    (action, allowed) => {
      expect(authorizeExpertAction(action, false).ok).toBe(allowed);
    },
  );
});
