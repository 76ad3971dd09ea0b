import { describe, expect, it } from 'vitest';
import { nominationEnded } from '../../../../domain/assessment/structural/nomination-release';
import type { NominationStatus } from '../../../../domain/assessment/structural/nomination';
import { codesOf, d, valueOf } from '../../shared/helpers';

/* A nomination ends when the PPK did not determine the candidate or their result's 2 years ran out (III.1.c, II.B.5). */
describe('the end of a structural nomination (Perka BKN 11/2008 Lampiran III.1.c, II.B.5)', () => {
  const TODAY = d('2027-03-15');
  it.each([
    ['recorded, not yet proposed', 'DICATAT', undefined, ['PK-PENCALONAN-BERAKHIR']],
    ['proposed, the PPK not yet decided', 'DIUSULKAN', undefined, ['PK-PENCALONAN-BERAKHIR']],
    ['determined, assessment under way (no report)', 'DITETAPKAN', undefined, ['PK-PENCALONAN-BERAKHIR']],
    [
      'determined, report of 2025-03-16 (valid through 2027-03-15, today)',
      'DITETAPKAN',
      '2025-03-16',
      ['PK-PENCALONAN-BERAKHIR'],
    ],
    [
      'determined, report of 2025-03-15 (valid through 2027-03-14, the day before)',
      'DITETAPKAN',
      '2025-03-15',
      [],
    ],
    ['not determined by the PPK', 'TIDAK_DITETAPKAN', undefined, []],
  ] as const)('PK-PENCALONAN-BERAKHIR: %s -> %j', (_label, status, reportDate, codes) => {
    const state = { status: status as NominationStatus, ...(reportDate && { reportDate: d(reportDate) }) };
    expect(codesOf(nominationEnded(state, TODAY))).toEqual(codes);
  });

  it('PK-PENCALONAN-BERAKHIR: says how it ended, and while it holds, until when the result stands', () => {
    expect(valueOf(nominationEnded({ status: 'TIDAK_DITETAPKAN' }, TODAY))).toBe('TIDAK_DITETAPKAN');
    expect(valueOf(nominationEnded({ status: 'DITETAPKAN', reportDate: d('2025-03-12') }, TODAY))).toBe(
      'HASIL_KEDALUWARSA',
    );
    const held = nominationEnded({ status: 'DITETAPKAN', reportDate: d('2025-03-20') }, TODAY);
    expect(held.ok ? [] : held.violations.map((v) => [v.field, v.message])).toEqual([
      [
        'reportDate',
        'Hasil penilaian kompetensi tanggal 2025-03-20 masih berlaku sampai 2027-03-19; pencalonan berakhir sesudahnya.',
      ],
    ]);
  });
});
