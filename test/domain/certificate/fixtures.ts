import type { CompetencyCertificate } from '../../../domain/certificate/competency-certificate';
import type { BadgeCertificate, BadgeIssuance } from '../../../domain/certificate/open-badge';
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

export const BADGE_BASE = 'https://sertifikasi.bkn.go.id';
export const BADGE_ISSUER = `${BADGE_BASE}/credentials/issuer`;
export const BADGE_LIST = `${BADGE_BASE}/credentials/status-lists/1`;
export const BADGE_ACHIEVEMENT = `${BADGE_BASE}/credentials/achievements/ADMINISTRATOR/2019`;

/** A competency certificate as its Open Badges credential asserts it (two units, the signed PDF's hash). */
export const aBadgeCertificate = (overrides: Partial<BadgeCertificate> = {}): BadgeCertificate => ({
  registrationNumber: '0042/SKTM-ASN/L3/2025',
  scheme: 'ADMINISTRATOR',
  level: 'Administrator',
  schemeVersion: '2019',
  qualification: 'Kualifikasi Administrator',
  units: [
    { code: 'MASN-ADM-01', title: 'Melaksanakan Manajemen Perencanaan ASN' },
    { code: 'MASN-ADM-02', title: 'Melaksanakan Manajemen Pengadaan ASN' },
  ],
  holder: { name: 'Dewi Lestari, S.Sos.' },
  issuedAt: '2025-08-20T03:00:05.000Z',
  verificationUrl: `${BADGE_BASE}/verifikasi/0042/SKTM-ASN/L3/2025`,
  pdfSha256: '63b8c5add45fe7a5c8547baed97af63b99a6d69b72ea12f321ee131c21571161',
  ...overrides,
});

/** Where that credential is published, with its status entry at `index` of list 1. */
export const aBadgeIssuance = (index = 41): BadgeIssuance => ({
  credentialId: `${BADGE_BASE}/certificates/0042-SKTM-ASN-L3-2025/credential`,
  issuer: { id: BADGE_ISSUER, name: 'Badan Kepegawaian Negara', url: 'https://www.bkn.go.id' },
  achievementId: BADGE_ACHIEVEMENT,
  holderIdentity: { identityHash: `sha256$${'ab'.repeat(32)}`, salt: '00ff' },
  status: { listUrl: BADGE_LIST, index },
});
