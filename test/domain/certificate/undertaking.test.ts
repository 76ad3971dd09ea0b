import { describe, expect, it } from 'vitest';
import { signUndertaking, UNDERTAKING } from '../../../domain/certificate/undertaking';
import { codesOf, d, valueOf } from '../shared/helpers';

const TODAY = d('2028-02-10');

describe('the holder’s undertaking (Perban BKN 7/2020 Pasal 36(2))', () => {
  it('the text holds the four obligations a-d', () => {
    expect(UNDERTAKING.clauses.map((c) => c.clause)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('JANJI-VERSI-TEKS: signing the text in force on a certificate in force records its version and date', () => {
    expect(valueOf(signUndertaking('AKTIF', UNDERTAKING.version, TODAY))).toEqual({
      textVersion: UNDERTAKING.version,
      signedOn: '2028-02-10',
    });
  });

  it.each([
    ['another text version', 'AKTIF', '2019-0', ['JANJI-VERSI-TEKS']],
    ['a revoked certificate', 'DICABUT', UNDERTAKING.version, ['JANJI-SERTIFIKAT-BERLAKU']],
    ['a superseded version', 'DIMUTAKHIRKAN', UNDERTAKING.version, ['JANJI-SERTIFIKAT-BERLAKU']],
    ['both', 'DIBATALKAN', 'x', ['JANJI-VERSI-TEKS', 'JANJI-SERTIFIKAT-BERLAKU']],
  ] as const)('%s is refused: %j', (_title, status, version, codes) => {
    expect(codesOf(signUndertaking(status, version, TODAY))).toEqual(codes);
  });
});
