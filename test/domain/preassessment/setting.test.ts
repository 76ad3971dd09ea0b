import { describe, expect, it } from 'vitest';
import { checkSetting, SETTING_RULES, type SettingInput } from '../../../domain/preassessment/setting';
import { codesOf, named, violationsOf } from '../shared/helpers';

describe('checkSetting: only a candidate recommended FIT is SET (Pasal 31(1)f)', () => {
  const setting = (overrides: Partial<SettingInput> = {}): SettingInput => ({
    decision: 'SET',
    selfAssessmentComplete: true,
    recommendation: { outcome: 'FIT' },
    ...overrides,
  });

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
