/**
 * The actors of the certification process, one Cognito group each.
 * Perban BKN 7/2020: instansi and Kanreg propose candidates (Pasal 10, 11, 31), BKN runs the programme
 * (Pasal 16(5)), assessors test (Pasal 28), experts assist (Pasal 29-30), the committee sits the result
 * session (Pasal 25), and the participant is the ASN being certified.
 */
export const ROLES = ['instansi', 'kanreg', 'admin-bkn', 'asesor', 'pakar', 'komite', 'peserta'] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  instansi: 'Operator instansi',
  kanreg: 'Operator Kantor Regional BKN',
  'admin-bkn': 'Admin program BKN',
  asesor: 'Asesor kompetensi',
  pakar: 'Pakar',
  komite: 'Komite sertifikasi',
  peserta: 'Peserta (ASN)',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
