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
  // The officials of an instansi in the structural-position assessment of Perka BKN 11/2008, each acting for the
  // one instansi of their token (`custom:instansi`): the official in charge of personnel (pejabat yang secara
  // fungsional membidangi kepegawaian) records and proposes candidates (Lampiran III.1.c-d); the Pejabat Pembina
  // Kepegawaian determines who is assessed and forms the TPK (III.1.c, II.A.6); Baperjakat members read the
  // candidates and results when advising on appointments (II.A.7).
  'kepegawaian',
  'ppk',
  'baperjakat',
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
  kepegawaian: 'Pejabat yang membidangi kepegawaian instansi (Perka BKN 11/2008)',
  ppk: 'Pejabat Pembina Kepegawaian instansi (Perka BKN 11/2008)',
  baperjakat: 'Anggota Baperjakat instansi (Perka BKN 11/2008)',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
