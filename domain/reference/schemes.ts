/**
 * Certification schemes (Skema Sertifikasi Kompetensi Teknis Manajemen ASN).
 * Perban BKN 7/2020 Pasal 14(1) a-g; levels per Pasal 12(4).
 */
export const SCHEME_CODES = [
  'JPT_MADYA',
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PENGAWAS',
  'PELAKSANA',
  'MENTOR',
  'KONSELOR',
] as const;

export type SchemeCode = (typeof SCHEME_CODES)[number];

export interface Scheme {
  code: SchemeCode;
  /** Level 1-5 for the position schemes; mentor and counsellor schemes carry none. */
  level: 1 | 2 | 3 | 4 | 5 | null;
  name: string;
  article: string;
}

export const SCHEMES: Readonly<Record<SchemeCode, Scheme>> = {
  JPT_MADYA: {
    code: 'JPT_MADYA',
    level: 5,
    name: 'Sertifikasi penyelenggara manajemen ASN jenjang JPT Madya',
    article: 'Perban BKN 7/2020 Pasal 14(1)a',
  },
  JPT_PRATAMA: {
    code: 'JPT_PRATAMA',
    level: 4,
    name: 'Sertifikasi penyelenggara manajemen ASN jenjang JPT Pratama',
    article: 'Perban BKN 7/2020 Pasal 14(1)b',
  },
  ADMINISTRATOR: {
    code: 'ADMINISTRATOR',
    level: 3,
    name: 'Sertifikasi penyelenggara manajemen ASN jenjang Administrator',
    article: 'Perban BKN 7/2020 Pasal 14(1)c',
  },
  PENGAWAS: {
    code: 'PENGAWAS',
    level: 2,
    name: 'Sertifikasi penyelenggara manajemen ASN jenjang Pengawas',
    article: 'Perban BKN 7/2020 Pasal 14(1)d',
  },
  PELAKSANA: {
    code: 'PELAKSANA',
    level: 1,
    name: 'Sertifikasi penyelenggara manajemen ASN jenjang Pelaksana',
    article: 'Perban BKN 7/2020 Pasal 14(1)e',
  },
  MENTOR: {
    code: 'MENTOR',
    level: null,
    name: 'Sertifikasi mentor kepegawaian',
    article: 'Perban BKN 7/2020 Pasal 14(1)f',
  },
  KONSELOR: {
    code: 'KONSELOR',
    level: null,
    name: 'Sertifikasi konselor kepegawaian',
    article: 'Perban BKN 7/2020 Pasal 14(1)g',
  },
};
