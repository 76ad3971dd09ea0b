import { describe, expect, it } from 'vitest';
import { checkSetting, SETTING_RULES, type SettingInput } from '../../../domain/preassessment/setting';
import { codesOf, named, violationsOf } from '../shared/helpers';

describe('checkSetting: only a candidate recommended FIT is SET (Pasal 31(1)f)', () => {
  const setting = (overrides: Partial<SettingInput> = {}): SettingInput => ({
    decision: 'SET',
    selfAssessmentComplete: true,
    recommendation: { outcome: 'FIT' },
    testDates: { remaining: ['2019-07-02'], eligible: ['2019-07-02'], violations: [] },
    ...overrides,
  });
  const twelveMonths = {
    code: 'ELIG-MASA-JABATAN-12M',
    article: 'Perban BKN 7/2020 Pasal 16(4)',
    message:
      'Calon baru dapat diuji paling cepat 12 bulan setelah menduduki jabatan, yaitu mulai 2019-07-10.',
  };

  it.each(
    named<SettingInput>([
      ['recommended FIT on a complete self-assessment', setting(), []],
      [
        'latest recommendation NOT_FIT',
        setting({ recommendation: { outcome: 'NOT_FIT' } }),
        ['PRA-PENETAPAN-LAYAK'],
      ],
      ['no recommendation', setting({ recommendation: undefined }), ['PRA-PENETAPAN-LAYAK']],
      [
        'nothing filled, nothing recommended: both reasons',
        setting({ selfAssessmentComplete: undefined, recommendation: undefined }),
        ['PRA-PENETAPAN-LAYAK', 'PRA-PENETAPAN-LAYAK'],
      ],
      ['an incomplete self-assessment', setting({ selfAssessmentComplete: false }), ['PRA-PENETAPAN-LAYAK']],
      ['NOT_SET needs no recommendation', setting({ decision: 'NOT_SET', recommendation: undefined }), []],
      [
        'eligible on none of the remaining test dates: the reason and the rule not met',
        setting({ testDates: { remaining: ['2019-07-02'], eligible: [], violations: [twelveMonths] } }),
        ['PRA-PENETAPAN-TANGGAL-UJI', 'ELIG-MASA-JABATAN-12M'],
      ],
      [
        'no cohort of the level left to test in',
        setting({ testDates: { remaining: [], eligible: [], violations: [] } }),
        ['PRA-PENETAPAN-TANGGAL-UJI'],
      ],
      [
        'NOT_SET needs no test date',
        setting({ decision: 'NOT_SET', testDates: { remaining: [], eligible: [], violations: [] } }),
        [],
      ],
    ]),
  )('%s: %s', (_codes, _label, given, expected) => {
    expect(codesOf(checkSetting(given))).toEqual(expected);
  });

  it('cites Pasal 31(1)f', () => {
    expect(SETTING_RULES['PRA-PENETAPAN-LAYAK'].article).toBe('Perban BKN 7/2020 Pasal 31(1)f');
  });

  it('lists every unmet reason with its field', () => {
    const violations = violationsOf(
      checkSetting(setting({ selfAssessmentComplete: undefined, recommendation: undefined })),
    );
    expect(violations.map((v) => v.field)).toEqual(['selfAssessment', 'recommendation']);
  });
});
