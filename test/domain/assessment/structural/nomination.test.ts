import { describe, expect, it } from 'vitest';
import {
  checkAssessable,
  checkDetermination,
  checkProposal,
  checkSelection,
  type Determination,
  type NominationStatus,
} from '../../../../domain/assessment/structural/nomination';
import { codesOf, d } from '../../shared/helpers';

const TODAY = d('2025-03-03');
const passed = (date: string) => ({ passed: true, date: d(date) });
const failed = (date: string) => ({ passed: false, date: d(date) });

describe('nomination of candidates for a structural position (Perka BKN 11/2008 Lampiran III.1)', () => {
  it.each([
    ['both passed, in the past', passed('2025-02-03'), passed('2025-02-05'), []],
    ['both passed, the test today', passed('2025-02-03'), passed('2025-03-03'), []],
    ['the substance test failed', passed('2025-02-03'), failed('2025-02-05'), ['PK-LULUS-SELEKSI']],
    ['the selection dated tomorrow', passed('2025-03-04'), passed('2025-02-05'), ['PK-LULUS-SELEKSI']],
    [
      'both failed: every unmet point listed',
      failed('2025-02-03'),
      failed('2025-03-04'),
      ['PK-LULUS-SELEKSI', 'PK-LULUS-SELEKSI', 'PK-LULUS-SELEKSI'],
    ],
  ] as const)('PK-LULUS-SELEKSI: %s -> %j', (_label, administrative, substance, codes) => {
    expect(codesOf(checkSelection({ administrative, substance }, TODAY))).toEqual(codes);
  });

  it.each([
    ['DICATAT', []],
    ['DIUSULKAN', ['PK-USUL-KE-PPK']],
    ['DITETAPKAN', ['PK-USUL-KE-PPK']],
    ['TIDAK_DITETAPKAN', ['PK-USUL-KE-PPK']],
  ] as const)('PK-USUL-KE-PPK: a candidate %s may be proposed -> %j', (status, codes) => {
    expect(codesOf(checkProposal(status))).toEqual(codes);
  });

  const determined = (o: Partial<Determination> = {}): Determination => ({
    decision: 'DITETAPKAN',
    decreeDate: d('2025-02-17'),
    echelon: 'III',
    assessedBy: 'TPK',
    ...o,
  });
  it.each([
    ['proposed, dated after the proposal', 'DIUSULKAN', determined(), []],
    ['proposed, dated the day of the proposal', 'DIUSULKAN', determined({ decreeDate: d('2025-02-10') }), []],
    ['not yet proposed', 'DICATAT', determined(), ['PK-USUL-KE-PPK']],
    ['already determined', 'DITETAPKAN', determined(), ['PK-USUL-KE-PPK']],
    [
      'dated before the proposal',
      'DIUSULKAN',
      determined({ decreeDate: d('2025-02-09') }),
      ['PK-PENETAPAN-PPK'],
    ],
    ['dated tomorrow', 'DIUSULKAN', determined({ decreeDate: d('2025-03-04') }), ['PK-PENETAPAN-PPK']],
    ['without echelon', 'DIUSULKAN', determined({ echelon: undefined }), ['PK-PENETAPAN-PPK']],
    ['eselon II by a TPK', 'DIUSULKAN', determined({ echelon: 'II' }), ['PK-AC-OLEH-UPK']],
    ['eselon I by a UPK', 'DIUSULKAN', determined({ echelon: 'I', assessedBy: 'UPK' }), []],
    ['eselon IV by a TPK', 'DIUSULKAN', determined({ echelon: 'IV' }), []],
    [
      'declined, no echelon needed',
      'DIUSULKAN',
      { decision: 'TIDAK_DITETAPKAN', decreeDate: d('2025-02-17') } as Determination,
      [],
    ],
    [
      'every unmet rule at once',
      'DICATAT',
      determined({ echelon: 'I', decreeDate: d('2025-03-04') }),
      ['PK-USUL-KE-PPK', 'PK-PENETAPAN-PPK', 'PK-AC-OLEH-UPK'],
    ],
  ] as const)(
    'PK-USUL-KE-PPK / PK-PENETAPAN-PPK / PK-AC-OLEH-UPK: %s -> %j',
    (_label, status, determination, codes) => {
      expect(
        codesOf(checkDetermination(status as NominationStatus, d('2025-02-10'), determination, TODAY)),
      ).toEqual(codes);
    },
  );

  it.each([
    ['DITETAPKAN', []],
    ['DICATAT', ['PK-HANYA-DITETAPKAN']],
    ['DIUSULKAN', ['PK-HANYA-DITETAPKAN']],
    ['TIDAK_DITETAPKAN', ['PK-HANYA-DITETAPKAN']],
  ] as const)('PK-HANYA-DITETAPKAN: a candidate %s may be assessed -> %j', (status, codes) => {
    expect(codesOf(checkAssessable(status))).toEqual(codes);
  });
});
