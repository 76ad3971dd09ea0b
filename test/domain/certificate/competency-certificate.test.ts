import { describe, expect, it } from 'vitest';
import {
  validateCompetencyCertificate,
  type CompetencyCertificate,
  type IssuanceBasis,
} from '../../../domain/certificate/competency-certificate';
import { codesOf, d, NIP_A, NIP_B, named } from '../shared/helpers';
import { certificate } from './fixtures';

const basis = (o: Partial<IssuanceBasis> = {}): IssuanceBasis => ({
  participantNip: NIP_A,
  scheme: 'ADMINISTRATOR',
  outcome: 'KOMPETEN',
  requiredUnitCodes: ['U1', 'U2'],
  competentUnitCodes: ['U1', 'U2'],
  ...o,
});

describe('competency certificate content (Perban BKN 7/2020 Pasal 34, 16(6))', () => {
  it('a complete certificate on a competent decision is valid', () => {
    expect(validateCompetencyCertificate(certificate(), basis()).ok).toBe(true);
    expect(validateCompetencyCertificate(certificate()).ok).toBe(true);
  });

  const c = certificate();
  it.each(
    named<Partial<CompetencyCertificate>>([
      ['no statement', { front: { ...c.front, statement: '' } }, ['SERT-PERNYATAAN-KOMPETEN']],
      [
        'a statement of another scheme',
        { front: { ...c.front, scheme: 'PENGAWAS' } },
        ['SERT-PERNYATAAN-KOMPETEN'],
      ],
      ['front unsigned', { front: { ...c.front, signature: null } }, ['SERT-TTD-KEPALA-BKN']],
      [
        'front signed by the unit head',
        {
          front: {
            ...c.front,
            signature: { role: 'PIMPINAN_UNIT_PENGEMBANGAN', name: 'X', signedOn: d('2025-05-20') },
          },
        },
        ['SERT-TTD-KEPALA-BKN'],
      ],
      [
        'front signed by a designated official (Pasal 16(6))',
        {
          front: {
            ...c.front,
            signature: { role: 'PEJABAT_DITUNJUK', name: 'Y', signedOn: d('2025-05-20') },
          },
        },
        [],
      ],
      ['no units on the back', { back: { ...c.back, units: [] } }, ['SERT-UNIT-HALAMAN-BELAKANG']],
      [
        'a unit without title',
        { back: { ...c.back, units: [{ code: 'U1', title: '' }] } },
        ['SERT-UNIT-HALAMAN-BELAKANG'],
      ],
      ['back unsigned', { back: { ...c.back, signature: null } }, ['SERT-TTD-PIMPINAN-UNIT']],
      [
        'back signed by Kepala BKN instead of the unit head',
        { back: { ...c.back, signature: { role: 'KEPALA_BKN', name: 'Z', signedOn: d('2025-05-20') } } },
        ['SERT-TTD-PIMPINAN-UNIT'],
      ],
      ['a malformed registration number', { registrationNumber: '42/2025' }, ['SERT-NOMOR-REGISTRASI']],
      [
        'a number of another scheme',
        { registrationNumber: '0042/SKTM-ASN/L2/2025' },
        ['SERT-NOMOR-REGISTRASI'],
      ],
      ['no holder name', { holder: { name: ' ', nip: NIP_A } }, ['SERT-PEMEGANG']],
      ['an invalid holder NIP', { holder: { name: 'Andi', nip: '198502312010011001' } }, ['SERT-PEMEGANG']],
    ]),
  )('%s: %s', (_title, _label, overrides, codes) => {
    expect(codesOf(validateCompetencyCertificate(certificate(overrides)))).toEqual(codes);
  });

  it.each<[string, Partial<IssuanceBasis>, number]>([
    ['a not-yet-competent decision', { outcome: 'BELUM_KOMPETEN', competentUnitCodes: ['U1', 'U2'] }, 1],
    ['another participant', { participantNip: NIP_B }, 1],
    ['another scheme', { scheme: 'PENGAWAS' }, 1],
    ['a required unit not competent', { competentUnitCodes: ['U1'] }, 2],
    [
      'a unit printed that was not decided competent',
      { requiredUnitCodes: ['U1'], competentUnitCodes: ['U1'] },
      1,
    ],
    [
      'a competent unit left off the back',
      { requiredUnitCodes: ['U1', 'U2', 'U3'], competentUnitCodes: ['U1', 'U2', 'U3'] },
      1,
    ],
  ])('SERT-DASAR-KEPUTUSAN: %s is refused', (_label, o, count) => {
    const codes = codesOf(validateCompetencyCertificate(certificate(), basis(o)));
    expect(codes).toEqual(Array.from({ length: count }, () => 'SERT-DASAR-KEPUTUSAN'));
  });

  it('lists every unmet content rule at once', () => {
    const bad = certificate({
      registrationNumber: 'x',
      front: { statement: '', scheme: null, signature: null },
      back: { units: [], signature: null },
      holder: { name: '', nip: '1' },
    });
    expect(codesOf(validateCompetencyCertificate(bad))).toEqual([
      'SERT-PERNYATAAN-KOMPETEN',
      'SERT-TTD-KEPALA-BKN',
      'SERT-UNIT-HALAMAN-BELAKANG',
      'SERT-TTD-PIMPINAN-UNIT',
      'SERT-NOMOR-REGISTRASI',
      'SERT-PEMEGANG',
      'SERT-PEMEGANG',
    ]);
  });
});
