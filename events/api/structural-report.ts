import * as z from 'zod';
import { CONCLUSIONS } from '../../domain/assessment/structural/report';
import { InstansiCode, Nip, NominationNumber, PositionCode } from './identifiers';
import { NextCursor, PageQuery } from './page';
import { Assessor, Echelon, StructuralMethod } from './structural';
import { DisplayName, DisplayText } from './text';

/*
 * The assessment of a structural candidate and its confidential report (Perka BKN 11/2008 Lampiran III.2 Pelaksanaan dan Laporan,
 * II.B, IV.4): the assessors' results per method and competency, the report to the PPK, its 2-year validity,
 * every read of it, and the PPK's feedback for the person's development.
 */

const IsoDate = z.iso.date().describe('Tanggal kalender YYYY-MM-DD (WIB).');
const Level = z.int().min(1).max(5).describe('Tingkat kompetensi (1-5) menurut standar kompetensi jabatan.');

const Competency = {
  code: z
    .string()
    .regex(/^[A-Z0-9][A-Z0-9.-]{0,19}$/)
    .describe('Kode kompetensi pada standar kompetensi jabatan (mis. K.01).'),
  name: DisplayText(3, 200).describe('Nama kompetensi.'),
  requiredLevel: Level.describe('Tingkat yang dipersyaratkan standar.'),
  achievedLevel: Level.describe('Tingkat yang dicapai calon.'),
};

const COMPETENCY_EXAMPLES = [
  { code: 'K.01', name: 'Integritas', requiredLevel: 3, achievedLevel: 3 },
  { code: 'K.02', name: 'Kepemimpinan', requiredLevel: 3, achievedLevel: 2 },
];

export const StructuralResultRequest = z
  .strictObject({
    method: StructuralMethod,
    assessedOn: z
      .array(IsoDate)
      .min(1)
      .max(30)
      .refine((d) => new Set(d).size === d.length, 'Setiap tanggal disebut sekali.')
      .describe('Tanggal pelaksanaan penilaian dengan metode ini (assessment center paling kurang 2 hari).'),
    competencies: z
      .array(
        z.strictObject({
          ...Competency,
          evidence: DisplayText(3, 2000).describe('Bukti perilaku atau catatan assessor.'),
        }),
      )
      .min(1)
      .max(40)
      .describe('Setiap kompetensi standar yang diukur metode ini.'),
    notes: DisplayText(3, 4000).optional().describe('Catatan assessor atas metode ini.'),
  })
  .meta({
    id: 'StructuralResultRequest',
    description:
      'Hasil satu metode rencana penilaian, per kompetensi standar kompetensi jabatan (III.2 Pelaksanaan, I.C.2).',
    examples: [
      {
        method: 'WAWANCARA_KOMPETENSI',
        assessedOn: ['2025-03-17'],
        competencies: COMPETENCY_EXAMPLES.map((c) => ({
          ...c,
          evidence: 'Menunjukkan perilaku kunci pada dua dari tiga situasi yang digali.',
        })),
      },
    ],
  });
export type StructuralResultRequest = z.infer<typeof StructuralResultRequest>;

const Recorded = {
  by: z.string().describe('Pengguna yang mencatat.'),
  assessorNip: Nip.describe('NIP assessor yang mencatat.'),
  at: z.iso.datetime(),
};

const RESULT_EXAMPLE = {
  instansiCode: '4011',
  nip: '198503102010011002',
  ...(StructuralResultRequest.meta()?.examples as object[])[0],
  recorded: { by: 'asesor.hendra', assessorNip: '197103031997031003', at: '2025-03-17T09:00:00.000Z' },
};
export const StructuralResult = StructuralResultRequest.extend({
  instansiCode: InstansiCode,
  nip: Nip,
  nomination: NominationNumber.optional(),
  recorded: z.strictObject(Recorded),
}).meta({ id: 'StructuralResult', examples: [RESULT_EXAMPLE] });
export type StructuralResult = z.infer<typeof StructuralResult>;
export const StructuralResultList = z
  .object({ items: z.array(StructuralResult).describe('Menurut metode.') })
  .meta({ id: 'StructuralResultList', examples: [{ items: [RESULT_EXAMPLE] }] });

export const Conclusion = z
  .enum(CONCLUSIONS)
  .describe(
    'Simpulan assessor terhadap standar: MEMENUHI_SYARAT (setiap kompetensi mencapai tingkatnya), MASIH_MEMENUHI_SYARAT (dengan pengembangan kompetensi yang kurang), BELUM_MEMENUHI_SYARAT.',
  );

export const StructuralReportRequest = z
  .strictObject({
    potential: DisplayText(10, 4000).describe('Gambaran potensi PNS (III.2 Laporan 2)).'),
    competencies: z
      .array(z.strictObject({ ...Competency, note: DisplayText(3, 2000).optional() }))
      .min(1)
      .max(40)
      .describe('Setiap kompetensi yang dinilai, tingkat yang dicapai terhadap standarnya.'),
    conclusion: Conclusion,
    developmentAreas: DisplayText(3, 4000).optional().describe('Kompetensi yang perlu dikembangkan.'),
  })
  .meta({
    id: 'StructuralReportRequest',
    description:
      'Laporan hasil penilaian kompetensi UPK/TPK kepada PPK: potensi dan kompetensi terhadap standar, dengan simpulannya (III.2 Laporan 1)-2)).',
    examples: [
      {
        potential:
          'Kemampuan berpikir analitis baik, stabilitas emosi memadai; kecenderungan mengambil keputusan hati-hati.',
        competencies: COMPETENCY_EXAMPLES,
        conclusion: 'MASIH_MEMENUHI_SYARAT',
        developmentAreas: 'Kepemimpinan: penugasan memimpin tim lintas unit dan coaching oleh atasan.',
      },
    ],
  });
export type StructuralReportRequest = z.infer<typeof StructuralReportRequest>;

export const ResultStatus = z
  .enum(['BERLAKU', 'KEDALUWARSA'])
  .describe('Menurut hari ini: hasil berlaku 2 tahun sejak tanggal laporan (II.B.5).');

const Feedback = z.strictObject({
  notes: DisplayText(3, 4000).describe('Umpan balik PPK untuk pembinaan PNS (IV.4).'),
  by: z.string(),
  at: z.iso.datetime(),
});

const ReportPosition = z.strictObject({
  title: DisplayText(3, 200),
  unit: DisplayText(3, 200),
});

const REPORT_EXAMPLE = {
  instansiCode: '4011',
  nip: '198503102010011002',
  name: 'Budi Santoso, S.E., M.M.',
  positionCode: 'KABAG-REN',
  position: { title: 'Kepala Bagian Perencanaan', unit: 'Biro Perencanaan' },
  echelon: 'III',
  assessedBy: { assessor: 'TPK', unitId: 'tpk_2025-01-16T02:00:00.000Z_0a1b2c3d', unitName: 'Tim PK 2025' },
  methods: ['PSIKOMETRI', 'WAWANCARA_KOMPETENSI', 'ANALISIS_KASUS'],
  assessedOn: ['2025-03-17'],
  ...(StructuralReportRequest.meta()?.examples as object[])[0],
  reportDate: '2025-03-18',
  sentToPpk: { by: 'asesor.hendra', assessorNip: '197103031997031003', at: '2025-03-18T02:00:00.000Z' },
  validUntil: '2027-03-17',
  status: 'BERLAKU',
  feedback: [],
};
export const StructuralReport = StructuralReportRequest.extend({
  instansiCode: InstansiCode,
  nip: Nip,
  nomination: NominationNumber.optional(),
  name: DisplayName(),
  positionCode: PositionCode.describe('Jabatan struktural terdaftar yang ditetapkan PPK (IV.1).'),
  position: ReportPosition.describe('Nama dan unit jabatan itu menurut daftar jabatan instansi.'),
  echelon: Echelon,
  assessedBy: z.strictObject({ assessor: Assessor, unitId: z.string(), unitName: z.string() }),
  methods: z.array(StructuralMethod).describe('Metode rencana, semuanya dinilai.'),
  assessedOn: z.array(IsoDate).describe('Tanggal pelaksanaan penilaian, semua metode.'),
  reportDate: IsoDate.describe('Tanggal laporan: awal masa berlaku hasil.'),
  sentToPpk: z.strictObject(Recorded).describe('Laporan disampaikan kepada PPK: oleh siapa dan kapan.'),
  validUntil: IsoDate.describe('Hari terakhir hasil berlaku (II.B.5).'),
  status: ResultStatus,
  feedback: z.array(Feedback).describe('Umpan balik PPK untuk pembinaan PNS yang dinilai (IV.4).'),
}).meta({ id: 'StructuralReport', examples: [REPORT_EXAMPLE] });
export type StructuralReport = z.infer<typeof StructuralReport>;

export const StructuralFeedbackRequest = Feedback.pick({ notes: true }).meta({
  id: 'StructuralFeedbackRequest',
  description: 'Umpan balik PPK dari laporan hasil untuk pembinaan PNS yang dinilai (IV.4).',
  examples: [{ notes: 'Diikutsertakan pelatihan kepemimpinan administrator dan coaching atasan 6 bulan.' }],
});

const READ_EXAMPLE = {
  instansiCode: '4011',
  nip: '198503102010011002',
  reader: 'baperjakat.kemenpan',
  role: 'baperjakat',
  at: '2025-03-20T03:00:00.000Z',
  via: 'LAPORAN',
};
export const StructuralReportRead = z
  .strictObject({
    instansiCode: InstansiCode,
    nip: Nip.describe('PNS yang laporannya dibaca.'),
    nomination: NominationNumber.optional(),
    reader: z.string().describe('Pengguna yang membaca.'),
    role: z.string().describe('Peran pembaca.'),
    at: z.iso.datetime(),
    via: z
      .enum(['LAPORAN', 'DAFTAR_JABATAN'])
      .describe('Laporan itu sendiri, atau daftar hasil untuk jabatan yang dipertimbangkan Baperjakat.'),
  })
  .meta({ id: 'StructuralReportRead', examples: [READ_EXAMPLE] });
export type StructuralReportRead = z.infer<typeof StructuralReportRead>;
export const StructuralReportReadList = z
  .object({ items: z.array(StructuralReportRead).describe('Menurut waktu baca.') })
  .meta({ id: 'StructuralReportReadList', examples: [{ items: [READ_EXAMPLE] }] });

export const PositionResultsQuery = PageQuery.extend({
  positionCode: PositionCode.optional().describe(
    'Jabatan struktural terdaftar yang dipertimbangkan; tanpa kode: semua jabatan instansi.',
  ),
}).strict();

const POSITION_RESULT_EXAMPLE = {
  nip: '198503102010011002',
  name: 'Budi Santoso, S.E., M.M.',
  echelon: 'III',
  conclusion: 'MASIH_MEMENUHI_SYARAT',
  reportDate: '2025-03-18',
  validUntil: '2027-03-17',
  status: 'BERLAKU',
};
export const PositionResultList = z
  .object({
    items: z
      .array(
        z.strictObject({
          nip: Nip,
          nomination: NominationNumber.optional(),
          name: DisplayName(),
          echelon: Echelon,
          conclusion: Conclusion,
          reportDate: IsoDate,
          validUntil: IsoDate,
          status: ResultStatus,
        }),
      )
      .describe('Menurut NIP; yang kedaluwarsa ditandai KEDALUWARSA, tidak pernah BERLAKU.'),
    nextCursor: NextCursor,
  })
  .meta({ id: 'PositionResultList', examples: [{ items: [POSITION_RESULT_EXAMPLE] }] });
