import type { CompetencyCertificate } from '../../../domain/certificate/competency-certificate';
import { d, NIP_A } from '../shared/helpers';

/** A complete, signed level-3 certificate with two units. */
export function certificate(overrides: Partial<CompetencyCertificate> = {}): CompetencyCertificate {
  return {
    registrationNumber: '0042/SKTM-ASN/L3/2025',
    holder: { name: 'Andi Wijaya', nip: NIP_A },
    scheme: 'ADMINISTRATOR',
    schemeVersion: '2019',
    issuedOn: d('2025-05-20'),
    front: {
      statement: 'Telah kompeten pada Skema Sertifikasi Manajemen ASN jenjang Administrator',
      scheme: 'ADMINISTRATOR',
      signature: { role: 'KEPALA_BKN', name: 'Kepala BKN', signedOn: d('2025-05-20') },
    },
    back: {
      units: [
        { code: 'U1', title: 'Menyusun kebutuhan ASN' },
        { code: 'U2', title: 'Melaksanakan pengadaan ASN' },
      ],
      signature: {
        role: 'PIMPINAN_UNIT_PENGEMBANGAN',
        name: 'Kepala Pusbang ASN',
        signedOn: d('2025-05-20'),
      },
    },
    status: 'AKTIF',
    ...overrides,
  };
}
