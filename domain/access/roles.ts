/**
 * The actors of the certification process, one Cognito group each.
 * Perban BKN 7/2020: instansi and Kanreg propose candidates (Pasal 10, 11, 31), BKN's training unit runs the
 * programme and holds the result sessions (Pasal 9, 16(5)), assessors test and take part in the result session
 * (Pasal 28, 30(2)q), experts assist (Pasal 29-30), the Komite Sertifikasi keeps the system's quality (Pasal 6:
 * it does not decide results), and the participant is the ASN being certified.
 */
export const ROLES = [
  'instansi',
  'kanreg',
  'admin-bkn',
  'asesor',
  'pakar',
  'komite',
  'peserta',
  // An ASN named as mentor or direct supervisor in a participant's action plan, by NIP (`custom:nip`): reads
  // the plans that name them and answers their part of Monev (2019 handbook, Rencana Tindak Lanjut 1.a, Monev).
  'mentor',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  instansi: 'Operator instansi',
  kanreg: 'Operator Kantor Regional BKN',
  'admin-bkn': 'Unit pelatihan BKN (penyelenggara program)',
  asesor: 'Asesor kompetensi',
  pakar: 'Pakar',
  komite: 'Komite Sertifikasi (Pasal 6)',
  peserta: 'Peserta (ASN)',
  mentor: 'Mentor/atasan langsung peserta (ASN)',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
