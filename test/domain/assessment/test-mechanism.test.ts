import { describe, expect, it } from 'vitest';
import {
  acceptedMechanism,
  checkMechanismProposal,
  mayDecideMechanism,
  planMechanismViolations,
  type DecidedMechanism,
} from '../../../domain/assessment/test-mechanism';
import { codesOf, d } from '../shared/helpers';

const TEAM = 'tim_7c9e6679-7425-40de-944b-e07fc1f90ae7';
const context = { schemeUnits: ['U1', 'U2'], teamId: TEAM };

describe('the test mechanism an assessor proposes to the team leader (Perban BKN 7/2020 Pasal 30(2)a, 22)', () => {
  it('accepts two methods for a unit of the scheme, proposed to the leader of the decree serving the cohort', () => {
    const decision = checkMechanismProposal({ unitCode: 'U1', methods: ['OBSERVASI', 'WAWANCARA'] }, context);
    expect(decision).toEqual({
      ok: true,
      value: { unitCode: 'U1', methods: ['OBSERVASI', 'WAWANCARA'], teamId: TEAM },
    });
  });

  it.each<[string, string, string[], string | undefined, string[]]>([
    ['a unit outside the scheme', 'X9', ['OBSERVASI', 'WAWANCARA'], TEAM, ['UJI-RENCANA-UNIT']],
    ['one method (twice)', 'U1', ['OBSERVASI', 'OBSERVASI'], TEAM, ['UJI-METODE-MIN-2']],
    [
      'no decree: no leader to propose to',
      'U1',
      ['OBSERVASI', 'WAWANCARA'],
      undefined,
      ['UJI-MEKANISME-KETUA'],
    ],
    [
      'everything at once',
      'X9',
      ['OBSERVASI'],
      undefined,
      ['UJI-RENCANA-UNIT', 'UJI-METODE-MIN-2', 'UJI-MEKANISME-KETUA'],
    ],
  ])('UJI-MEKANISME-*: refuses %s', (_name, unitCode, methods, teamId, codes) => {
    const decision = checkMechanismProposal(
      { unitCode, methods: methods as DecidedMechanism['methods'] },
      { schemeUnits: ['U1', 'U2'], teamId },
    );
    expect(codesOf(decision)).toEqual(codes);
  });

  it.each([
    ['DIAJUKAN', true],
    ['DITERIMA', false],
    ['DIKEMBALIKAN', false],
  ] as const)('UJI-MEKANISME-DIPUTUS: a proposal %s may be decided = %s (once only)', (status, open) => {
    const decision = mayDecideMechanism(status);
    expect(decision.ok).toBe(open);
    if (!open) expect(codesOf(decision)).toEqual(['UJI-MEKANISME-DIPUTUS']);
  });
});

describe('UJI-MEKANISME-DITERIMA: the plan of a decree-served cohort rests on the accepted mechanism (Pasal 30(2)a, c-d)', () => {
  const proposal = (over: Partial<DecidedMechanism> = {}): DecidedMechanism => ({
    proposalId: 'mek_1',
    unitCode: 'U1',
    methods: ['TES_TERTULIS', 'WAWANCARA', 'PORTOFOLIO'],
    status: 'DITERIMA',
    decidedAt: '2027-07-10T03:00:00.000Z',
    ...over,
  });

  it('takes the latest proposal of the unit the leader accepted; returned, pending and other units do not count', () => {
    const found = acceptedMechanism('U1', [
      proposal({ proposalId: 'mek_2', decidedAt: '2027-07-12T03:00:00.000Z' }),
      proposal({ proposalId: 'mek_1' }),
      proposal({ proposalId: 'mek_3', status: 'DIKEMBALIKAN', decidedAt: '2027-07-13T03:00:00.000Z' }),
      proposal({ proposalId: 'mek_4', status: 'DIAJUKAN', decidedAt: undefined }),
      proposal({ proposalId: 'mek_5', unitCode: 'U2', decidedAt: '2027-07-14T03:00:00.000Z' }),
    ]);
    expect(found?.proposalId).toBe('mek_2');
    expect(acceptedMechanism('U1', [proposal({ status: 'DIKEMBALIKAN' })])).toBeUndefined();
  });

  it.each<[string, string, boolean, string[], DecidedMechanism | undefined, string[]]>([
    [
      'methods the accepted proposal names',
      '2027-07-30',
      true,
      ['TES_TERTULIS', 'PORTOFOLIO'],
      proposal(),
      [],
    ],
    [
      'a method it does not name',
      '2027-07-30',
      true,
      ['TES_TERTULIS', 'OBSERVASI'],
      proposal(),
      ['methods.1'],
    ],
    ['no accepted proposal', '2027-07-30', true, ['TES_TERTULIS', 'WAWANCARA'], undefined, ['methods']],
    ['a cohort no decree serves', '2027-07-30', false, ['OBSERVASI', 'SIMULASI'], undefined, []],
    [
      'a session on the day before Perban BKN 7/2020',
      '2020-04-13',
      true,
      ['OBSERVASI', 'SIMULASI'],
      undefined,
      [],
    ],
    [
      'a session on the day it was promulgated',
      '2020-04-14',
      true,
      ['OBSERVASI', 'SIMULASI'],
      undefined,
      ['methods'],
    ],
  ])('a plan with %s: refused at %j', (_name, date, decreed, methods, accepted, fields) => {
    const found = planMechanismViolations(
      d(date),
      decreed,
      'U1',
      methods as DecidedMechanism['methods'],
      accepted,
    );
    expect(found.map((v) => v.field)).toEqual(fields);
    expect(found.every((v) => v.code === 'UJI-MEKANISME-DITERIMA')).toBe(true);
  });
});
