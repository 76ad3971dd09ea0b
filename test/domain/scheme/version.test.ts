import { describe, expect, it } from 'vitest';
import { requiredUnitCodes } from '../../../domain/reference/qualifications';
import {
  firstSchemeVersion,
  publishSchemeVersion,
  versionInForce,
  type SchemeVersion,
  type SchemeVersionContent,
  type UnitChange,
} from '../../../domain/scheme/version';
import { codesOf, d, valueOf } from '../shared/helpers';
import { ADM, NEW_UNIT, V1, version2 as content } from './fixtures';

const change = (overrides: Partial<UnitChange>): UnitChange => ({
  unit: 'MASN-ADM-01',
  kind: 'DIUBAH',
  consequence: 'TIDAK_ADA',
  description: 'Perubahan.',
  ...overrides,
});
const withUnits = (units: SchemeVersion['qualifications'][number]['units']) => [{ ...ADM, units }];

describe('version 1 of every scheme is the 2019 handbook, as data (Perban BKN 7/2020 Pasal 14(2), 35(3))', () => {
  it("the Administrator scheme's version 1 is '2019', sequence 1, with the handbook's 14 units", () => {
    expect(V1).toMatchObject({ scheme: 'ADMINISTRATOR', version: '2019', sequence: 1, changes: [] });
    expect(ADM.units.map((u) => u.code)).toEqual(requiredUnitCodes('ADMINISTRATOR'));
    expect(ADM.units[0]!.title).toBe('Melaksanakan Manajemen Perencanaan ASN');
  });

  it('JPT Pratama has both qualifications; a scheme the handbook gives no units has none', () => {
    expect(firstSchemeVersion('JPT_PRATAMA').qualifications.map((q) => q.code)).toEqual([
      'JPT_PRATAMA_BKN',
      'JPT_PRATAMA_INSTANSI',
    ]);
    expect(firstSchemeVersion('MENTOR').qualifications).toEqual([]);
  });

  it.each([
    ['2027-12-31', '2019'],
    ['2028-01-02', '2028'],
    ['2030-01-01', '2028'],
  ])('on %s the version in force is %s (the latest in force by then)', (date, version) => {
    const v2 = valueOf(publishSchemeVersion(V1, content()));
    expect(versionInForce([V1, v2], d(date)).version).toBe(version);
  });
});

describe('publishing a version (Perban BKN 7/2020 Pasal 13(2), 15(4)-(5), 35(3))', () => {
  it('a well-formed version 2 is accepted as sequence 2 of the scheme', () => {
    expect(valueOf(publishSchemeVersion(V1, content()))).toMatchObject({
      scheme: 'ADMINISTRATOR',
      version: '2028',
      sequence: 2,
    });
  });

  it.each([
    ['the same version id', { version: '2019' }],
    ['an effective date on the previous one', { effectiveOn: d('2019-01-01') }],
    ['an effective date before the previous one', { effectiveOn: d('2018-12-31') }],
  ])('SKEMA-VERSI-BARU: %s is refused', (_case, overrides) => {
    expect(codesOf(publishSchemeVersion(V1, content(overrides)))).toEqual(['SKEMA-VERSI-BARU']);
  });

  it('SKEMA-VERSI-BARU: the day after the previous effective date is accepted', () => {
    expect(publishSchemeVersion(V1, content({ effectiveOn: d('2019-01-02') })).ok).toBe(true);
  });

  it.each([
    ['no change at all', { changes: [] }],
    ['a unit declared twice', { changes: [change({}), change({ consequence: 'PENYEGARAN' })] }],
    [
      'a DITAMBAH unit that was there already',
      { changes: [change({ kind: 'DITAMBAH', consequence: 'UJI_ULANG' })] },
    ],
    ['a DIUBAH unit that is not in the scheme', { changes: [change({ unit: 'MASN-ADM-99' })] }],
    [
      'an added unit not declared',
      { qualifications: withUnits([...ADM.units, NEW_UNIT]), changes: [change({})] },
    ],
    [
      'a removed unit not declared',
      { qualifications: withUnits(ADM.units.slice(1)), changes: [change({ unit: 'MASN-ADM-02' })] },
    ],
  ])('SKEMA-VERSI-PERUBAHAN: %s is refused', (_case, overrides) => {
    expect(codesOf(publishSchemeVersion(V1, content(overrides as Partial<SchemeVersionContent>)))).toEqual([
      'SKEMA-VERSI-PERUBAHAN',
    ]);
  });

  it.each([
    ['an added unit without re-test', 'DITAMBAH', 'PENYEGARAN', [...ADM.units, NEW_UNIT]],
    [
      'a removed unit with a re-test',
      'DIHAPUS',
      'UJI_ULANG',
      ADM.units.filter((u) => u.code !== NEW_UNIT.code && u.code !== 'MASN-ADM-14'),
    ],
  ] as const)('SKEMA-VERSI-AKIBAT: %s is refused', (_case, kind, consequence, units) => {
    const unit = kind === 'DITAMBAH' ? NEW_UNIT.code : 'MASN-ADM-14';
    expect(
      codesOf(
        publishSchemeVersion(
          V1,
          content({ qualifications: withUnits(units), changes: [change({ unit, kind, consequence })] }),
        ),
      ),
    ).toEqual(['SKEMA-VERSI-AKIBAT']);
  });

  it('SKEMA-VERSI-AKIBAT: an added unit with UJI_ULANG and a removed one with TIDAK_ADA are accepted', () => {
    const units = [...ADM.units.filter((u) => u.code !== 'MASN-ADM-14'), NEW_UNIT];
    const changes = [
      change({ unit: NEW_UNIT.code, kind: 'DITAMBAH', consequence: 'UJI_ULANG' }),
      change({ unit: 'MASN-ADM-14', kind: 'DIHAPUS', consequence: 'TIDAK_ADA' }),
    ];
    expect(publishSchemeVersion(V1, content({ qualifications: withUnits(units), changes })).ok).toBe(true);
  });

  it.each([
    ['a qualification of the previous version missing', { qualifications: [], changes: [] }],
    ['a unit twice in a qualification', { qualifications: withUnits([...ADM.units, ADM.units[0]!]) }],
    ['a qualification twice', { qualifications: [ADM, ADM] }],
  ])('SKEMA-VERSI-KUALIFIKASI: %s is refused', (_case, overrides) => {
    expect(codesOf(publishSchemeVersion(V1, content(overrides)))).toContain('SKEMA-VERSI-KUALIFIKASI');
  });

  it('every unmet rule is reported at once', () => {
    expect(
      codesOf(publishSchemeVersion(V1, content({ version: '2019', qualifications: [], changes: [] }))),
    ).toEqual([
      'SKEMA-VERSI-BARU',
      'SKEMA-VERSI-KUALIFIKASI',
      'SKEMA-VERSI-PERUBAHAN',
      'SKEMA-VERSI-PERUBAHAN',
    ]);
  });
});
