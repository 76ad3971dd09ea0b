import { describe, expect, it } from 'vitest';
import {
  checkInstrument,
  checkUnitTestPlan,
  mayReadAnswerKeys,
  reviewDueOn,
  testPlanRequired,
  unitsOfScheme,
  unplannedMethods,
  unplannedUnits,
  type CompetencyDimension,
  type InstrumentContent,
  type InstrumentReviewFacts,
  type InstrumentVersionFacts,
  type PlanContext,
} from '../../../domain/assessment/instrument';
import type { Role } from '../../../domain/access/roles';
import type { IsoDate } from '../../../domain/shared/dates';
import { codesOf } from '../shared/helpers';

const d = (s: string) => s as IsoDate;
const ALL: CompetencyDimension[] = ['a', 'b', 'c', 'd', 'e'];

const content = (over: Partial<InstrumentContent> = {}): InstrumentContent => ({
  unitCodes: ['U1'],
  kind: 'SOAL',
  methods: ['TES_TERTULIS'],
  dimensions: ALL,
  items: [{ text: 'Soal satu', answerKey: 'Kunci satu' }],
  ...over,
});

describe('test instruments (Perban BKN 7/2020 Pasal 30(4)a, d, k)', () => {
  it('accepts questions with answer keys for a unit of the scheme, handed to an assessor of the team', () => {
    expect(checkInstrument(content(), { schemeUnits: ['U1', 'U2'], handedToAssessor: true }).ok).toBe(true);
  });

  it.each<[string, Partial<InstrumentContent>, boolean, string[]]>([
    ['a unit outside the scheme', { unitCodes: ['U1', 'X9'] }, true, ['UJI-INSTRUMEN-UNIT']],
    ['a question without its answer key', { items: [{ text: 'Soal' }] }, true, ['UJI-INSTRUMEN-KUNCI']],
    [
      'a case study without its key',
      { kind: 'STUDI_KASUS', items: [{ text: 'Kasus' }] },
      true,
      ['UJI-INSTRUMEN-KUNCI'],
    ],
    [
      'an observation checklist needs no key',
      { kind: 'DAFTAR_OBSERVASI', items: [{ text: 'Kriteria' }] },
      true,
      [],
    ],
    ['not handed to an assessor of the team', {}, false, ['UJI-INSTRUMEN-DISERAHKAN']],
    [
      'every unmet rule at once',
      { unitCodes: ['X9'], items: [{ text: 'a' }, { text: 'b' }] },
      false,
      ['UJI-INSTRUMEN-UNIT', 'UJI-INSTRUMEN-KUNCI', 'UJI-INSTRUMEN-KUNCI', 'UJI-INSTRUMEN-DISERAHKAN'],
    ],
  ])('UJI-INSTRUMEN-*: %s', (_name, over, handedToAssessor, codes) => {
    expect(codesOf(checkInstrument(content(over), { schemeUnits: ['U1'], handedToAssessor }))).toEqual(codes);
  });

  it.each<[Role, boolean]>([
    ['asesor', true],
    ['admin-bkn', true],
    ['pakar', false],
    ['peserta', false],
    ['instansi', false],
    ['kanreg', false],
    ['komite', false],
  ])('UJI-INSTRUMEN-RAHASIA: %s reads answer keys = %s', (role, reads) => {
    const verdict = mayReadAnswerKeys(role);
    expect(verdict.ok).toBe(reads);
    if (!verdict.ok) expect(verdict.violations[0]!.code).toBe('UJI-INSTRUMEN-RAHASIA');
  });

  it('the units of a scheme are those of its qualifications, once each', () => {
    const units = unitsOfScheme('JPT_PRATAMA');
    expect(units).toContain('MASN-JPT-01');
    expect(new Set(units).size).toBe(units.length);
    expect(unitsOfScheme('ADMINISTRATOR')).toHaveLength(14);
  });
});

const version = (over: Partial<InstrumentVersionFacts> = {}): InstrumentVersionFacts => ({
  instrumentId: 'ins_1',
  version: 1,
  unitCodes: ['U1'],
  methods: ['TES_TERTULIS'],
  dimensions: ALL,
  preparedOn: d('2027-01-01'),
  reviewIntervalDays: 30,
  ...over,
});

const context = (
  versions: InstrumentVersionFacts[],
  reviews: InstrumentReviewFacts[] = [],
  today = '2027-01-10',
): PlanContext => ({
  schemeUnits: ['U1', 'U2'],
  instruments: new Map(
    [...new Set(versions.map((v) => v.instrumentId))].map((id) => [
      id,
      { versions: versions.filter((v) => v.instrumentId === id), reviews },
    ]),
  ),
  today: d(today),
});

const plan = (
  instruments = [{ instrumentId: 'ins_1', version: 1 }],
  methods = ['TES_TERTULIS', 'WAWANCARA'],
) => ({
  unitCode: 'U1',
  methods: methods as never[],
  instruments,
});

describe('periodic review (Pasal 19(8)f, 30(2)k)', () => {
  it.each<[string, InstrumentReviewFacts[], string]>([
    ['from its preparation, without a review', [], '2027-01-31'],
    ['from its last review', [{ version: 1, outcome: 'SESUAI', reviewedOn: d('2027-01-20') }], '2027-02-19'],
    [
      'a review of another version does not count',
      [{ version: 2, outcome: 'SESUAI', reviewedOn: d('2027-01-20') }],
      '2027-01-31',
    ],
  ])('the next review is due %s', (_name, reviews, due) => {
    expect(reviewDueOn(version(), reviews)).toBe(due);
  });

  it.each<[string, string, InstrumentReviewFacts[], string[]]>([
    ['on its review date', '2027-01-31', [], []],
    ['the day after its review date', '2027-02-01', [], ['UJI-INSTRUMEN-TINJAU', 'UJI-RENCANA-DIMENSI']],
    [
      'after a review found it sound',
      '2027-02-15',
      [{ version: 1, outcome: 'SESUAI', reviewedOn: d('2027-01-30') }],
      [],
    ],
    [
      'when its review asked for an update',
      '2027-01-10',
      [{ version: 1, outcome: 'PERLU_PEMBARUAN', reviewedOn: d('2027-01-05') }],
      ['UJI-INSTRUMEN-TINJAU', 'UJI-RENCANA-DIMENSI'],
    ],
  ])('UJI-INSTRUMEN-TINJAU: a plan naming the instrument %s', (_name, today, reviews, codes) => {
    // A stale instrument assesses nothing for the plan: its dimensions are missing too.
    expect(codesOf(checkUnitTestPlan(plan(), context([version()], reviews, today)))).toEqual(codes);
  });
});

describe('unit test plan (Pasal 19(7)-(8), 22(1), 30(2)c-d)', () => {
  it('accepts two methods and instruments covering every dimension, and says which it covers', () => {
    const verdict = checkUnitTestPlan(plan(), context([version()]));
    expect(verdict.ok && verdict.value.dimensions).toEqual(ALL);
  });

  it('UJI-RENCANA-DIMENSI: instruments together cover a-e, each alone need not', () => {
    const two = [
      version({ instrumentId: 'ins_1', dimensions: ['a', 'b', 'c'] }),
      version({ instrumentId: 'ins_2', dimensions: ['d', 'e'], methods: ['WAWANCARA'] }),
    ];
    const refs = [
      { instrumentId: 'ins_1', version: 1 },
      { instrumentId: 'ins_2', version: 1 },
    ];
    expect(checkUnitTestPlan(plan(refs), context(two)).ok).toBe(true);
    const first = checkUnitTestPlan(plan([refs[0]!]), context(two));
    expect(codesOf(first)).toEqual(['UJI-RENCANA-DIMENSI']);
    expect(!first.ok && first.violations[0]!.message).toContain('d, e');
  });

  it.each<[string, ReturnType<typeof plan>, InstrumentVersionFacts[], string[]]>([
    ['one method only', plan(undefined, ['TES_TERTULIS']), [version()], ['UJI-METODE-MIN-2']],
    [
      'a unit outside the scheme',
      { ...plan(), unitCode: 'X9' },
      [version({ unitCodes: ['X9'] })],
      ['UJI-RENCANA-UNIT'],
    ],
    [
      'an instrument that does not exist',
      plan([{ instrumentId: 'ins_9', version: 1 }]),
      [version()],
      ['UJI-RENCANA-INSTRUMEN', 'UJI-RENCANA-DIMENSI'],
    ],
    [
      'a version that does not exist',
      plan([{ instrumentId: 'ins_1', version: 2 }]),
      [version()],
      ['UJI-RENCANA-INSTRUMEN', 'UJI-RENCANA-DIMENSI'],
    ],
    [
      'an instrument of another unit',
      plan(),
      [version({ unitCodes: ['U2'] })],
      ['UJI-RENCANA-INSTRUMEN', 'UJI-RENCANA-DIMENSI'],
    ],
    [
      'an instrument no planned method uses',
      plan(),
      [version({ methods: ['OBSERVASI'] })],
      ['UJI-RENCANA-INSTRUMEN', 'UJI-RENCANA-DIMENSI'],
    ],
  ])('refuses %s', (_name, draft, versions, codes) => {
    expect(codesOf(checkUnitTestPlan(draft, context(versions)))).toEqual(codes);
  });
});

describe('UJI-RENCANA-WAJIB: no evidence for an unplanned unit (Pasal 19(7), 30(2)c)', () => {
  const units = [
    { unitCode: 'U1', field: 'units.0.unitCode' },
    { unitCode: 'U2', field: 'units.1.unitCode' },
  ];

  it.each([
    ['2020-04-13', false],
    ['2020-04-14', true],
    ['2027-07-30', true],
  ])('a session held on %s is gated = %s (Perban BKN 7/2020 promulgated 14 April 2020)', (date, gated) => {
    expect(testPlanRequired(d(date))).toBe(gated);
    expect(unplannedUnits(d(date), units, []).length > 0).toBe(gated);
  });

  it('names every unit without a plan, or whose plan leaves a dimension out, at its field', () => {
    const found = unplannedUnits(d('2027-07-30'), units, [{ unitCode: 'U2', dimensions: ['a', 'b'] }]);
    expect(found.map((v) => [v.code, v.field])).toEqual([
      ['UJI-RENCANA-WAJIB', 'units.0.unitCode'],
      ['UJI-RENCANA-WAJIB', 'units.1.unitCode'],
    ]);
    expect(found[1]!.message).toContain('c, d, e');
  });

  it('lets a unit whose plan covers a-e through', () => {
    expect(unplannedUnits(d('2027-07-30'), units.slice(0, 1), [{ unitCode: 'U1', dimensions: ALL }])).toEqual(
      [],
    );
  });
});

describe('UJI-METODE-RENCANA: evidence only by a method its unit plan names (Pasal 19(7), 22(2), 30(2)c)', () => {
  const plans = [{ unitCode: 'U1', methods: ['PORTOFOLIO', 'WAWANCARA'] as const }];
  const evidence = [
    { unitCode: 'U1', method: 'PORTOFOLIO' as const, field: 'units.0.evidence.0.method' },
    { unitCode: 'U1', method: 'OBSERVASI' as const, field: 'units.0.evidence.1.method' },
    { unitCode: 'U2', method: 'OBSERVASI' as const, field: 'units.1.evidence.0.method' },
  ];

  it.each<[string, string[]]>([
    ['2020-04-13', []],
    ['2020-04-14', ['units.0.evidence.1.method']],
    ['2027-07-30', ['units.0.evidence.1.method']],
  ])('on %s names each method its plan does not name, at its field', (date, fields) => {
    const found = unplannedMethods(d(date), evidence, plans);
    expect(found.map((v) => v.field)).toEqual(fields);
    expect(found.every((v) => v.code === 'UJI-METODE-RENCANA')).toBe(true);
  });

  it("names the plan's methods in the message; a unit without a plan is left to UJI-RENCANA-WAJIB", () => {
    const [found] = unplannedMethods(d('2027-07-30'), evidence.slice(1), plans);
    expect(found!.message).toContain('OBSERVASI');
    expect(found!.message).toContain('PORTOFOLIO, WAWANCARA');
    expect(unplannedMethods(d('2027-07-30'), evidence.slice(2), plans)).toEqual([]);
  });
});
