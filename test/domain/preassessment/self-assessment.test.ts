import { describe, expect, it } from 'vitest';
import {
  checkEditable,
  checkSelfAssessment,
  completenessOf,
  incompleteness,
  qualificationsFor,
  SELF_ASSESSMENT_RULES,
  type SelfAssessmentInput,
  type UnitAssessment,
} from '../../../domain/preassessment/self-assessment';
import { requiredUnitCodes, type QualificationCode } from '../../../domain/reference/qualifications';
import { codesOf, named, valueOf, violationsOf } from '../shared/helpers';

/** A K claim with evidence for every unit of `qualification`. */
const allUnits = (qualification: QualificationCode): UnitAssessment[] =>
  requiredUnitCodes(qualification).map((unit) => ({ unit, claim: 'K', evidence: `Bukti ${unit}` }));

const input = (overrides: Partial<SelfAssessmentInput> = {}): SelfAssessmentInput => ({
  scheme: 'ADMINISTRATOR',
  qualification: 'ADMINISTRATOR',
  units: allUnits('ADMINISTRATOR'),
  ...overrides,
});

describe('checkSelfAssessment (Perban BKN 7/2020 Pasal 30(1)a-b, 31(1)e)', () => {
  it('accepts a full self-assessment of the Administrator qualification: 14 of 14 units', () => {
    expect(valueOf(checkSelfAssessment(input()))).toEqual({
      complete: true,
      missingUnits: [],
      claimed: 14,
      required: 14,
    });
  });

  it.each(
    named<SelfAssessmentInput>([
      ['a partial self-assessment may be saved', input({ units: allUnits('ADMINISTRATOR').slice(0, 3) }), []],
      ['a BK claim needs no evidence', input({ units: [{ unit: 'MASN-ADM-01', claim: 'BK' }] }), []],
      [
        'a K claim without evidence',
        input({ units: [{ unit: 'MASN-ADM-01', claim: 'K' }] }),
        ['PRA-BUKTI-KOMPETEN'],
      ],
      [
        'a K claim with blank evidence',
        input({ units: [{ unit: 'MASN-ADM-01', claim: 'K', evidence: '   ' }] }),
        ['PRA-BUKTI-KOMPETEN'],
      ],
      [
        'a unit of another qualification',
        input({ units: [{ unit: 'MASN-PGW-01', claim: 'BK' }] }),
        ['PRA-UNIT-KUALIFIKASI'],
      ],
      [
        'the same unit twice',
        input({
          units: [
            { unit: 'MASN-ADM-01', claim: 'BK' },
            { unit: 'MASN-ADM-01', claim: 'BK' },
          ],
        }),
        ['PRA-UNIT-KUALIFIKASI'],
      ],
      [
        'a qualification of another scheme',
        input({ qualification: 'PENGAWAS', units: allUnits('PENGAWAS') }),
        ['PRA-KUALIFIKASI-SKEMA'],
      ],
      [
        'a scheme without qualification units',
        input({ scheme: 'JPT_MADYA', qualification: undefined }),
        ['PRA-KUALIFIKASI-SKEMA'],
      ],
      [
        'a K/L/D JPT Pratama whose request names the BKN qualification',
        input({
          scheme: 'JPT_PRATAMA',
          qualification: 'JPT_PRATAMA_INSTANSI',
          requested: 'JPT_PRATAMA_BKN',
          units: [],
        }),
        ['PRA-KUALIFIKASI-CALON'],
      ],
      [
        'a BKN JPT Pratama whose request names the K/L/D qualification',
        input({
          scheme: 'JPT_PRATAMA',
          qualification: 'JPT_PRATAMA_BKN',
          requested: 'JPT_PRATAMA_INSTANSI',
          units: [],
        }),
        ['PRA-KUALIFIKASI-CALON'],
      ],
      ["a request naming the candidate's own qualification", input({ requested: 'ADMINISTRATOR' }), []],
      [
        'JPT Pratama BKN: MASN-JPT-01 is a unit',
        input({
          scheme: 'JPT_PRATAMA',
          qualification: 'JPT_PRATAMA_BKN',
          units: [{ unit: 'MASN-JPT-01', claim: 'BK' }],
        }),
        [],
      ],
      [
        'JPT Pratama K/L/D: MASN-JPT-01 is not a unit',
        input({
          scheme: 'JPT_PRATAMA',
          qualification: 'JPT_PRATAMA_INSTANSI',
          units: [{ unit: 'MASN-JPT-01', claim: 'BK' }],
        }),
        ['PRA-UNIT-KUALIFIKASI'],
      ],
      [
        'every unmet rule at once',
        input({
          units: [
            { unit: 'MASN-ADM-01', claim: 'K' },
            { unit: 'MASN-XXX-01', claim: 'BK' },
          ],
        }),
        ['PRA-BUKTI-KOMPETEN', 'PRA-UNIT-KUALIFIKASI'],
      ],
    ]),
  )('%s: %s', (_codes, _label, given, expected) => {
    expect(codesOf(checkSelfAssessment(given))).toEqual(expected);
  });

  it('names the field of each violation and cites the article', () => {
    const [v] = violationsOf(checkSelfAssessment(input({ units: [{ unit: 'MASN-ADM-02', claim: 'K' }] })));
    expect(v).toEqual({
      code: 'PRA-BUKTI-KOMPETEN',
      article: SELF_ASSESSMENT_RULES['PRA-BUKTI-KOMPETEN'].article,
      message: expect.stringContaining('MASN-ADM-02'),
      field: 'units.0.evidence',
    });
  });
});

describe('completenessOf: one claim per unit of the qualification', () => {
  it.each([
    ['ADMINISTRATOR', 14],
    ['PENGAWAS', 15],
    ['JPT_PRATAMA_BKN', 12],
    ['JPT_PRATAMA_INSTANSI', 11],
  ] as const)('%s needs all %i units', (qualification, count) => {
    const all = allUnits(qualification);
    expect(completenessOf({ qualification, units: all })).toMatchObject({ complete: true, required: count });
    // Boundary: one unit short is incomplete, and names that unit.
    const short = completenessOf({ qualification, units: all.slice(1) });
    expect(short).toEqual({
      complete: false,
      missingUnits: [all[0]!.unit],
      claimed: count - 1,
      required: count,
    });
  });

  it('JPT Pratama has two qualifications; which one follows the candidate (qualificationFor)', () => {
    expect(qualificationsFor('JPT_PRATAMA')).toEqual(['JPT_PRATAMA_BKN', 'JPT_PRATAMA_INSTANSI']);
  });

  it('incompleteness lists PRA-PENILAIAN-LENGKAP with the missing units, and nothing when complete', () => {
    const short = completenessOf({ qualification: 'PENGAWAS', units: [] });
    expect(incompleteness(short)).toEqual([
      expect.objectContaining({
        code: 'PRA-PENILAIAN-LENGKAP',
        message: expect.stringContaining('15 dari 15'),
      }),
    ]);
    expect(
      incompleteness(completenessOf({ qualification: 'PENGAWAS', units: allUnits('PENGAWAS') })),
    ).toEqual([]);
  });
});

describe('checkEditable', () => {
  it.each(
    named<[string, 'FIT' | 'NOT_FIT' | undefined]>([
      ['an accepted candidate without a recommendation', ['ACCEPTED', undefined], []],
      ['an accepted candidate found not fit may revise', ['ACCEPTED', 'NOT_FIT'], []],
      ['a FIT recommendation locks it', ['ACCEPTED', 'FIT'], ['PRA-PENILAIAN-TERKUNCI']],
      ['a candidate only submitted', ['SUBMITTED', undefined], ['PRA-CALON-DITERIMA']],
      ['a rejected candidate', ['REJECTED', undefined], ['PRA-CALON-DITERIMA']],
      ['both', ['REJECTED', 'FIT'], ['PRA-CALON-DITERIMA', 'PRA-PENILAIAN-TERKUNCI']],
    ]),
  )('%s: %s', (_codes, _label, [status, latest], expected) => {
    expect(codesOf(checkEditable(status, latest))).toEqual(expected);
  });
});
