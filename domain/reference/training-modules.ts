import type { Programme2019Level } from './programme-2019';

/**
 * The training modules per jenjang of the 2019 programme (Panduan Pusbang ASN BKN 2019, Materi Pelatihan
 * Berdasarkan Jenjang Jabatan). The handbook trains with modules tiered by position level (Metode), so a
 * participant takes the modules of their own jenjang. Codes: MOD-<jenjang>-<nn>, jenjang JPT / ADM / PGW,
 * nn = the handbook's row number ("No"); frozen like the unit codes.
 */
const SOURCE = 'Panduan Pusbang ASN BKN 2019, Materi Pelatihan Berdasarkan Jenjang Jabatan';

const MODULE_ROWS = [
  { code: 'MOD-JPT-01', level: 'JPT_PRATAMA', no: 1, title: 'Strategi Penataan ASN' },
  {
    code: 'MOD-JPT-02',
    level: 'JPT_PRATAMA',
    no: 2,
    title: 'Strategi dan Praktek Terbaik Pengembangan Kompetensi ASN',
  },
  {
    code: 'MOD-JPT-03',
    level: 'JPT_PRATAMA',
    no: 3,
    title: 'Strategi Pengembangan Sistem Manajemen Kinerja ASN',
  },
  { code: 'MOD-JPT-04', level: 'JPT_PRATAMA', no: 4, title: 'Manajemen Talenta' },

  { code: 'MOD-ADM-01', level: 'ADMINISTRATOR', no: 1, title: 'Manajemen Perencanaan Pegawai Negeri Sipil' },
  { code: 'MOD-ADM-02', level: 'ADMINISTRATOR', no: 2, title: 'Manajemen Pengadaan Pegawai Negeri Sipil' },
  {
    code: 'MOD-ADM-03',
    level: 'ADMINISTRATOR',
    no: 3,
    title: 'Manajemen Pengembangan Kompetensi Pegawai Negeri Sipil',
  },
  {
    code: 'MOD-ADM-04',
    level: 'ADMINISTRATOR',
    no: 4,
    title: 'Manajemen Penilaian Kompetensi Aparatur Sipil Negara',
  },
  { code: 'MOD-ADM-05', level: 'ADMINISTRATOR', no: 5, title: 'Manajemen Kinerja' },
  {
    code: 'MOD-ADM-06',
    level: 'ADMINISTRATOR',
    no: 6,
    title: 'Manajemen Kompensasi dan Kesejahteraan Aparatur Sipil Negara',
  },
  {
    code: 'MOD-ADM-07',
    level: 'ADMINISTRATOR',
    no: 7,
    title: 'Manajemen Disiplin, Pemberhentian dan Pensiun Aparatur Sipil Negara',
  },
  {
    code: 'MOD-ADM-08',
    level: 'ADMINISTRATOR',
    no: 8,
    title: 'Manajemen Pengembangan Karier Pegawai Negeri Sipil',
  },

  {
    code: 'MOD-PGW-01',
    level: 'PENGAWAS',
    no: 1,
    title: 'Penyusunan Kebutuhan dan Formasi Pegawai Negeri Sipil',
  },
  { code: 'MOD-PGW-02', level: 'PENGAWAS', no: 2, title: 'Pelaksanaan Pengadaan Pegawai Negeri Sipil' },
  { code: 'MOD-PGW-03', level: 'PENGAWAS', no: 3, title: 'Prosedur Penggunaan Sistem Informasi ASN' },
  {
    code: 'MOD-PGW-04',
    level: 'PENGAWAS',
    no: 4,
    title: 'Bimtek Analisis Kebutuhan dan Evaluasi Diklat PNS',
  },
  { code: 'MOD-PGW-05', level: 'PENGAWAS', no: 5, title: 'Prosedur Penyusunan Sasaran Kinerja Pegawai' },
  { code: 'MOD-PGW-06', level: 'PENGAWAS', no: 6, title: 'Prosedur Penilaian Kinerja PNS' },
  {
    code: 'MOD-PGW-07',
    level: 'PENGAWAS',
    no: 7,
    title: 'Prosedur Penegakan Disiplin dan Hukuman Pegawai Negeri Sipil',
  },
  {
    code: 'MOD-PGW-08',
    level: 'PENGAWAS',
    no: 8,
    title: 'Prosedur Pensiun dan Pemberhentian Pegawai Negeri Sipil',
  },
  {
    code: 'MOD-PGW-09',
    level: 'PENGAWAS',
    no: 9,
    title: 'Prosedur Pengangkatan, Pengalihan dan Kenaikan Pangkat PNS',
  },
] as const satisfies readonly { code: string; level: Programme2019Level; no: number; title: string }[];

export type TrainingModuleCode = (typeof MODULE_ROWS)[number]['code'];

export interface TrainingModule {
  readonly code: TrainingModuleCode;
  readonly level: Programme2019Level;
  /** The row number in the handbook's table for the jenjang. */
  readonly no: number;
  /** The module name (Nama Modul) exactly as the handbook gives it. */
  readonly title: string;
  readonly source: string;
}

/** The handbook's table heading for each jenjang. */
const HEADINGS: Readonly<Record<Programme2019Level, string>> = {
  JPT_PRATAMA: 'JPT PRATAMA',
  ADMINISTRATOR: 'ADMINISTRATOR',
  PENGAWAS: 'PENGAWAS',
};

export const TRAINING_MODULES: readonly TrainingModule[] = MODULE_ROWS.map((row) => ({
  ...row,
  source: `${SOURCE}, ${HEADINGS[row.level]} No. ${row.no}`,
}));

export const TRAINING_MODULE_CODES: readonly TrainingModuleCode[] = MODULE_ROWS.map((m) => m.code);

/** The modules of a jenjang in the handbook's order. */
export function trainingModulesOf(level: Programme2019Level): readonly TrainingModule[] {
  return TRAINING_MODULES.filter((m) => m.level === level);
}
