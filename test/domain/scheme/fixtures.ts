import { firstSchemeVersion, type SchemeVersionContent } from '../../../domain/scheme/version';
import { d } from '../shared/helpers';

/** Version 1 of the Administrator scheme and its one qualification (the 2019 handbook). */
export const V1 = firstSchemeVersion('ADMINISTRATOR');
export const ADM = V1.qualifications[0]!;
export const NEW_UNIT = { code: 'MASN-ADM-15', title: 'Melaksanakan Manajemen Talenta ASN' };

/** Version 2 of the Administrator scheme: unit 01 changed (re-test), unit 02 changed (refreshment). */
export const version2 = (overrides: Partial<SchemeVersionContent> = {}): SchemeVersionContent => ({
  version: '2028',
  effectiveOn: d('2028-01-02'),
  basis: 'Keputusan Kepala BKN 2028',
  qualifications: [ADM],
  changes: [
    {
      unit: 'MASN-ADM-01',
      kind: 'DIUBAH',
      consequence: 'UJI_ULANG',
      description: 'Perencanaan berbasis data.',
    },
    {
      unit: 'MASN-ADM-02',
      kind: 'DIUBAH',
      consequence: 'PENYEGARAN',
      description: 'Regulasi pengadaan baru.',
    },
  ],
  ...overrides,
});
