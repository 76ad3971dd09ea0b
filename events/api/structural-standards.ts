import * as z from 'zod';
import { DecimalInteger, InstansiCode, PositionCode } from './identifiers';
import { Echelon } from './structural';
import { DisplayText } from './text';

/*
 * The register of an instansi's structural positions and their competency standards (Perka BKN 11/2008 Lampiran
 * IV.1, drawn up by Keputusan Kepala BKN 46A/2003): each standard is kept in versions, each recorded with who and
 * when; the PPK determines candidates for a registered position and the plan attaches its standard in force.
 */

export const StructuralPositionPath = z.strictObject({
  instansiCode: InstansiCode,
  positionCode: PositionCode,
});
export const StandardVersionPath = StructuralPositionPath.extend({ version: DecimalInteger(1, 9999) });

const IsoDate = z.iso.date().describe('Tanggal kalender YYYY-MM-DD (WIB).');
const Recorded = z.strictObject({ by: z.string().describe('Pengguna yang mencatat.'), at: z.iso.datetime() });

const Competency = z.strictObject({
  code: z
    .string()
    .regex(/^[A-Z0-9][A-Z0-9.-]{0,19}$/, 'Kode kompetensi: 1-20 huruf besar, angka, titik atau tanda hubung.')
    .describe('Kode kompetensi dalam kamus kompetensi instansi.'),
  name: DisplayText(3, 200).describe('Nama kompetensi.'),
  kind: z
    .enum(['DASAR', 'BIDANG'])
    .describe(
      'DASAR: kompetensi yang wajib dimiliki setiap pejabat struktural; BIDANG: kompetensi sesuai bidang pekerjaan jabatan.',
    ),
  requiredLevel: z.int().min(1).max(5).describe('Tingkat kompetensi yang dipersyaratkan jabatan (1-5).'),
  description: DisplayText(3, 500).describe('Deskripsi tingkat kompetensi yang dipersyaratkan.'),
  indicators: z.array(DisplayText(3, 300)).min(1).max(10).describe('Indikator perilaku.'),
});

export const CompetencyStandard = z
  .strictObject({
    decreeNumber: DisplayText(3, 100).describe('Nomor keputusan penetapan standar kompetensi jabatan.'),
    establishedOn: IsoDate.describe('Tanggal penetapan standar.'),
    competencies: z.array(Competency).min(1).max(30).describe('Kompetensi dasar dan kompetensi bidang.'),
  })
  .describe('Standar kompetensi jabatan (IV.1).');
export type CompetencyStandard = z.infer<typeof CompetencyStandard>;

const STANDARD_EXAMPLE: CompetencyStandard = {
  decreeNumber: '800/05/SKJ/2024',
  establishedOn: '2024-11-04',
  competencies: [
    {
      code: 'INT',
      name: 'Integritas',
      kind: 'DASAR',
      requiredLevel: 3,
      description: 'Menciptakan situasi kerja yang membuat rekan kerja bertindak sesuai etika.',
      indicators: ['Memberi contoh bertindak sesuai kode etik', 'Mengingatkan rekan yang melanggar etika'],
    },
    {
      code: 'REN.01',
      name: 'Perencanaan program dan anggaran',
      kind: 'BIDANG',
      requiredLevel: 3,
      description: 'Menyusun rencana program unit yang selaras dengan rencana strategis instansi.',
      indicators: ['Menyusun rencana kerja tahunan unit', 'Menyelaraskan program dengan renstra'],
    },
  ],
};

export const StructuralPositionRequest = z
  .strictObject({
    code: PositionCode,
    name: DisplayText(3, 200).describe('Nama jabatan struktural.'),
    echelon: Echelon,
    workUnit: DisplayText(3, 200).describe('Unit organisasi jabatan.'),
    standard: CompetencyStandard,
  })
  .meta({
    id: 'StructuralPositionRequest',
    description:
      'Jabatan struktural instansi dengan standar kompetensinya (IV.1); tercatat sebagai versi 1 standar jabatan itu.',
    examples: [
      {
        code: 'KABAG-REN',
        name: 'Kepala Bagian Perencanaan',
        echelon: 'III',
        workUnit: 'Biro Perencanaan',
        standard: STANDARD_EXAMPLE,
      },
    ],
  });
export type StructuralPositionRequest = z.infer<typeof StructuralPositionRequest>;

export const StandardRevisionRequest = z
  .strictObject({
    revises: z.int().min(1).describe('Versi yang berlaku yang diganti (versi baru = versi ini + 1).'),
    standard: CompetencyStandard,
  })
  .meta({
    id: 'StandardRevisionRequest',
    description: 'Versi baru standar kompetensi jabatan, menggantikan versi yang berlaku.',
    examples: [{ revises: 1, standard: { ...STANDARD_EXAMPLE, decreeNumber: '800/02/SKJ/2025' } }],
  });
export type StandardRevisionRequest = z.infer<typeof StandardRevisionRequest>;

export const StandardVersion = CompetencyStandard.extend({
  instansiCode: InstansiCode,
  positionCode: PositionCode,
  version: z.int().min(1),
  recorded: Recorded,
}).meta({
  id: 'StandardVersion',
  description: 'Satu versi standar kompetensi jabatan; tidak berubah setelah dicatat.',
  examples: [
    {
      instansiCode: '4011',
      positionCode: 'KABAG-REN',
      version: 1,
      ...STANDARD_EXAMPLE,
      recorded: { by: 'kepegawaian.kemenpan', at: '2025-01-06T02:00:00.000Z' },
    },
  ],
});
export type StandardVersion = z.infer<typeof StandardVersion>;

const POSITION_EXAMPLE = {
  instansiCode: '4011',
  ...(StructuralPositionRequest.meta()?.examples as StructuralPositionRequest[])[0]!,
  version: 1,
  recorded: { by: 'kepegawaian.kemenpan', at: '2025-01-06T02:00:00.000Z' },
};
export const StructuralPosition = StructuralPositionRequest.extend({
  instansiCode: InstansiCode,
  version: z.int().min(1).describe('Versi standar yang berlaku.'),
  recorded: Recorded.describe('Pencatatan versi yang berlaku.'),
}).meta({
  id: 'StructuralPosition',
  description: 'Jabatan struktural dengan standar kompetensi versi yang berlaku.',
  examples: [POSITION_EXAMPLE],
});
export type StructuralPosition = z.infer<typeof StructuralPosition>;

export const StructuralPositionList = z
  .object({ items: z.array(StructuralPosition).describe('Menurut kode jabatan.') })
  .meta({ id: 'StructuralPositionList', examples: [{ items: [POSITION_EXAMPLE] }] });
