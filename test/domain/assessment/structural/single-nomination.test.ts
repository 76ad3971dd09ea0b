import { describe, expect, it } from 'vitest';
import { checkSingleNomination } from '../../../../domain/assessment/structural/single-nomination';
import { codesOf } from '../../shared/helpers';

describe('one nomination per PNS, by their own instansi (Perka BKN 11/2008 Lampiran III.1.b-c)', () => {
  it.each([
    ['a NIP no other instansi nominated', false, []],
    ['a NIP another instansi nominated', true, ['PK-SATU-PENCALONAN']],
  ] as const)('PK-SATU-PENCALONAN: %s -> %j', (_label, elsewhere, codes) => {
    expect(codesOf(checkSingleNomination(elsewhere))).toEqual(codes);
  });
});
