/**
 * The competency units (unit kompetensi) of the 2019 handbook, section "KOMPETENSI TEKNIS MANAJEMEN ASN"
 * (Panduan Pusbang ASN BKN 2019). Its sample certificate lists units under "Kode Unit Kompetensi" and
 * "Judul Unit Kompetensi", but the handbook gives titles only, no codes, so the codes here are derived
 * and frozen:
 *
 *   MASN-<jenjang>-<nn>   MASN = Manajemen ASN; jenjang JPT (JPT Pratama), ADM (Administrator),
 *                         PGW (Pengawas); nn = the unit's position, from 01, in the handbook's list.
 *
 * JPT numbers follow the "Kualifikasi JPT Pratama BKN" list, the superset: the K/L/D list is the same
 * units in the same order without the first, so one code names one unit in both qualifications.
 * A code is never renumbered or reused; a new unit takes the next free number.
 */
const JPT = 'Panduan Pusbang ASN BKN 2019, Kompetensi Teknis Manajemen ASN, Kualifikasi JPT Pratama BKN';
const ADM = 'Panduan Pusbang ASN BKN 2019, Kompetensi Teknis Manajemen ASN, Kualifikasi Administrator';
const PGW = 'Panduan Pusbang ASN BKN 2019, Kompetensi Teknis Manajemen ASN, Kualifikasi Pengawas';

export const COMPETENCY_UNITS = [
  { code: 'MASN-JPT-01', title: 'Mengembangkan Sistem Pengembangan Kompetensi Kepegawaian ASN', source: JPT },
  { code: 'MASN-JPT-02', title: 'Mengembangkan Sistem Kompensasi ASN', source: JPT },
  { code: 'MASN-JPT-03', title: 'Merumuskan Road Map/Rencana Strategis Kepegawaian', source: JPT },
  { code: 'MASN-JPT-04', title: 'Mengembangkan Sistem Manajemen Kinerja ASN', source: JPT },
  { code: 'MASN-JPT-05', title: 'Mengembangkan Sistem Disiplin dan Pemberhentian ASN', source: JPT },
  { code: 'MASN-JPT-06', title: 'Mengembangkan Sistem Pensiun dan Perlindungan ASN', source: JPT },
  { code: 'MASN-JPT-07', title: 'Membuat Sistem Manajemen Talenta ASN', source: JPT },
  { code: 'MASN-JPT-08', title: 'Mengembangkan Sistem Informasi ASN', source: JPT },
  { code: 'MASN-JPT-09', title: 'Mengembangkan Sistem Penataan ASN', source: JPT },
  { code: 'MASN-JPT-10', title: 'Membuat Sistem Pengembangan Jabatan ASN', source: JPT },
  { code: 'MASN-JPT-11', title: 'Merumuskan Sistem Pengelolaan Jabatan Fungsional', source: JPT },
  { code: 'MASN-JPT-12', title: 'Mengkaji Efektivitas Program Pengembangan Kompetensi', source: JPT },

  { code: 'MASN-ADM-01', title: 'Melaksanakan Manajemen Perencanaan ASN', source: ADM },
  { code: 'MASN-ADM-02', title: 'Melaksanakan Manajemen Pengadaan ASN', source: ADM },
  { code: 'MASN-ADM-03', title: 'Melaksanakan Manajemen Organisasi dan Jabatan ASN', source: ADM },
  { code: 'MASN-ADM-04', title: 'Mengkoordinasikan Penyusunan Standar Kompetensi Jabatan ASN', source: ADM },
  { code: 'MASN-ADM-05', title: 'Melaksanakan Manajemen Pengembangan Karier ASN', source: ADM },
  { code: 'MASN-ADM-06', title: 'Melaksanakan Manajemen Kinerja ASN', source: ADM },
  { code: 'MASN-ADM-07', title: 'Melaksanakan Manajemen Penilaian Kompetensi ASN', source: ADM },
  { code: 'MASN-ADM-08', title: 'Mengkoordinasikan Pengembangan Sistem Penilaian Kompetensi', source: ADM },
  { code: 'MASN-ADM-09', title: 'Melaksanakan Manajemen Kompensasi dan Kesejahteraan ASN', source: ADM },
  { code: 'MASN-ADM-10', title: 'Mengkoordinasikan Sistem Pertukaran Pegawai', source: ADM },
  {
    code: 'MASN-ADM-11',
    title: 'Melaksanakan Manajemen Disiplin, Pemberhentian dan Pensiun ASN',
    source: ADM,
  },
  { code: 'MASN-ADM-12', title: 'Melaksanakan Manajemen Sistem Informasi Kepegawaian ASN', source: ADM },
  { code: 'MASN-ADM-13', title: 'Menerapkan Budaya Kerja Organisasi', source: ADM },
  { code: 'MASN-ADM-14', title: 'Mengelola Pelaksanaan Survei Pegawai', source: ADM },

  { code: 'MASN-PGW-01', title: 'Menganalisa Kebutuhan Pelatihan dan Evaluasi Pelatihan ASN', source: PGW },
  {
    code: 'MASN-PGW-02',
    title: 'Melaksanakan Prosedur Penggunaan Sistem Informasi Kepegawaian',
    source: PGW,
  },
  {
    code: 'MASN-PGW-03',
    title: 'Melaksanakan Prosedur Pengangkatan, Pengalihan dan Kenaikan Pangkat ASN',
    source: PGW,
  },
  {
    code: 'MASN-PGW-04',
    title: 'Melaksanakan Prosedur Pelaksanaan Pengembangan Kompetensi ASN',
    source: PGW,
  },
  { code: 'MASN-PGW-05', title: 'Mengkaji Kebutuhan Jabatan Fungsional dalam Organisasi', source: PGW },
  { code: 'MASN-PGW-06', title: 'Melaksanakan Prosedur Pelayanan Jaminan dan Perlindungan ASN', source: PGW },
  { code: 'MASN-PGW-07', title: 'Mengkoordinasikan Pelaksanaan Analisis Jabatan', source: PGW },
  { code: 'MASN-PGW-08', title: 'Melaksanakan Prosedur Penyusunan Kebutuhan dan Formasi ASN', source: PGW },
  { code: 'MASN-PGW-09', title: 'Mengkoordinasikan Tata Kelola Jabatan Fungsional', source: PGW },
  { code: 'MASN-PGW-10', title: 'Melaksanakan Prosedur Penegakan Disiplin dan Hukuman ASN', source: PGW },
  { code: 'MASN-PGW-11', title: 'Melaksanakan Prosedur Pensiun dan Pemberhentian ASN', source: PGW },
  {
    code: 'MASN-PGW-12',
    title: 'Melaksanakan Prosedur Penggajian, Tunjangan, Fasilitas dan Penghargaan ASN',
    source: PGW,
  },
  { code: 'MASN-PGW-13', title: 'Melaksanakan Prosedur Pengadaan ASN', source: PGW },
  { code: 'MASN-PGW-14', title: 'Melaksanakan Prosedur Penilaian Kinerja PNS', source: PGW },
  { code: 'MASN-PGW-15', title: 'Melaksanakan Prosedur Pola dan Jalur Karier ASN', source: PGW },
] as const satisfies readonly { code: string; title: string; source: string }[];

export type CompetencyUnitCode = (typeof COMPETENCY_UNITS)[number]['code'];

export interface CompetencyUnit {
  readonly code: CompetencyUnitCode;
  /** The unit title exactly as the handbook lists it (its italics on "Road Map" dropped). */
  readonly title: string;
  readonly source: string;
}

export const COMPETENCY_UNIT_CODES: readonly CompetencyUnitCode[] = /* @__PURE__ */ COMPETENCY_UNITS.map(
  (unit) => unit.code,
);

const UNITS_BY_CODE: ReadonlyMap<string, CompetencyUnit> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ COMPETENCY_UNITS.map((unit) => [unit.code, unit]),
);

export function isCompetencyUnitCode(value: string): value is CompetencyUnitCode {
  return UNITS_BY_CODE.has(value);
}

/**
 * The unit with this code. The certificate's back page lists the units found competent (Perban BKN 7/2020
 * Pasal 34(3)c) by code and title (Panduan Pusbang ASN BKN 2019, Contoh Sertifikat).
 */
export function competencyUnit(code: CompetencyUnitCode): CompetencyUnit {
  return UNITS_BY_CODE.get(code) as CompetencyUnit;
}
