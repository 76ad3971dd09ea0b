import { describe, expect, it } from 'vitest';
import { checkSingleNomination } from '../../../../domain/assessment/structural/single-nomination';
import { codesOf, d, valueOf } from '../../shared/helpers';

describe('one nomination per PNS, by their own instansi (Perka BKN 11/2008 Lampiran III.1.b-c)', () => {
  const TODAY = d('2027-03-15');
  it.each([
    ['a NIP no other instansi nominated', undefined, []],
    ['a NIP another instansi nominated, not yet determined', { status: 'DIUSULKAN' }, ['PK-SATU-PENCALONAN']],
    ['a NIP another instansi is assessing', { status: 'DITETAPKAN' }, ['PK-SATU-PENCALONAN']],
    [
      'a NIP whose result from another instansi still stands (last day today)',
      { status: 'DITETAPKAN', reportDate: d('2025-03-16') },
      ['PK-SATU-PENCALONAN'],
    ],
    [
      'a NIP whose result from another instansi ran out yesterday',
      { status: 'DITETAPKAN', reportDate: d('2025-03-15') },
      [],
    ],
    ['a NIP another instansi did not have determined', { status: 'TIDAK_DITETAPKAN' }, []],
  ] as const)('PK-SATU-PENCALONAN: %s -> %j', (_label, elsewhere, codes) => {
    expect(codesOf(checkSingleNomination(elsewhere, TODAY))).toEqual(codes);
  });

  it('PK-SATU-PENCALONAN: the refusal tells neither where nor in which state the NIP is nominated', () => {
    const refused = checkSingleNomination({ status: 'DITETAPKAN', reportDate: d('2026-01-05') }, TODAY);
    expect(refused.ok ? [] : refused.violations.map((v) => v.message)).toEqual([
      'PNS dengan NIP ini telah dicalonkan instansi lain; seorang PNS dicalonkan oleh instansinya sendiri.',
    ]);
    expect(valueOf(checkSingleNomination({ status: 'TIDAK_DITETAPKAN' }, TODAY))).toBe('TIDAK_DITETAPKAN');
  });
});
