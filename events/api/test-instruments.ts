import * as z from 'zod';
import {
  DEFAULT_REVIEW_INTERVAL_DAYS,
  DIMENSION_CODES,
  INSTRUMENT_KINDS,
  type CompetencyDimension,
  type InstrumentKind,
} from '../../domain/assessment/instrument';
import { AssessmentMethodCode } from './assessment';
import { ProgramId } from './identifiers';
import { CohortPath } from './paths';

/*
 * Test instruments and test plans (Perban BKN 7/2020 Pasal 19(7)-(8), 22, 30(2)c-e and k, 30(4)): what the
 * cohort's test team prepares and plans, never shown to participants or operators.
 */
const PROGRAM = 'prg_0f8fad5b-d9cb-469f-a165-70867728950e';
const AT = '2027-07-20T03:00:00.000Z';
const UNIT = 'MASN-ADM-01';

const UnitCode = z.string().regex(/^[A-Z0-9-]{3,32}$/, 'Kode unit tidak dikenal.');
export const InstrumentId = z
  .string()
  .regex(/^ins_[0-9a-f]{12}$/, 'Format ID instrumen tidak dikenal.')
  .meta({ id: 'InstrumentId', examples: ['ins_0f8fad5bd9cb'] });

export const InstrumentPath = CohortPath.extend({ instrumentId: InstrumentId }).strict();
export const PlanUnitPath = CohortPath.extend({ unitCode: UnitCode }).strict();

const Dimension = z
  .enum(DIMENSION_CODES as [CompetencyDimension, ...CompetencyDimension[]])
  .describe('Dimensi kompetensi teknis Pasal 19(8) huruf a-e (huruf f: peninjauan berkala).');
const Kind = z
  .enum(Object.keys(INSTRUMENT_KINDS) as [InstrumentKind, ...InstrumentKind[]])
  .describe(
    'SOAL (soal beserta kunci jawaban), STUDI_KASUS, atau DAFTAR_OBSERVASI (daftar periksa observasi).',
  );
const Text = (max: number) => z.string().trim().min(3).max(max);

const Item = z.strictObject({
  text: Text(4000).describe('Butir soal, kasus, atau kriteria observasi.'),
  answerKey: Text(4000)
    .optional()
    .describe('Kunci jawaban (wajib untuk SOAL dan STUDI_KASUS, Pasal 30(4)k).'),
});

const contentFields = {
  title: Text(200),
  kind: Kind,
  methods: z.array(AssessmentMethodCode).min(1).max(10).describe('Metode uji yang memakai instrumen ini.'),
  dimensions: z.array(Dimension).min(1).max(5),
  items: z.array(Item).min(1).max(200),
  reviewIntervalDays: z
    .int()
    .min(30)
    .max(1095)
    .default(DEFAULT_REVIEW_INTERVAL_DAYS)
    .describe('Jangka peninjauan berkala (Pasal 19(8)f), dalam hari; sesudahnya instrumen ditinjau dahulu.'),
  handedTo: z
    .string()
    .trim()
    .min(2)
    .max(128)
    .optional()
    .describe('Asesor tim uji penerima instrumen (Pasal 30(4)k); bawaan: penyusunnya bila ia asesor.'),
};

const CONTENT_EXAMPLE = {
  title: 'Tes tertulis perencanaan kebutuhan pegawai',
  kind: 'SOAL',
  methods: ['TES_TERTULIS', 'WAWANCARA'],
  dimensions: ['a', 'b', 'c', 'd', 'e'],
  items: [
    {
      text: 'Susun langkah analisis beban kerja satu unit eselon III.',
      answerKey: 'Inventarisasi tugas, norma waktu, volume kerja, hitung kebutuhan.',
    },
  ],
  reviewIntervalDays: 365,
  handedTo: 'asesor.budi',
};

export const InstrumentRequest = z
  .strictObject({
    unitCodes: z.array(UnitCode).min(1).max(20).describe('Unit kompetensi skema angkatan yang dinilai.'),
    ...contentFields,
  })
  .meta({
    id: 'InstrumentRequest',
    description:
      'Instrumen uji disusun pakar bersama asesor (Pasal 30(4)a, d) atau asesor (Pasal 30(2)e) dan diserahkan kepada asesor tim uji (Pasal 30(4)k).',
    examples: [{ unitCodes: [UNIT], ...CONTENT_EXAMPLE }],
  });
export type InstrumentRequest = z.infer<typeof InstrumentRequest>;

export const InstrumentVersionRequest = z.strictObject(contentFields).meta({
  id: 'InstrumentVersionRequest',
  description: 'Versi baru instrumen (pemutakhiran, Pasal 30(2)k); unitnya tetap, versi lama tidak berubah.',
  examples: [CONTENT_EXAMPLE],
});
export type InstrumentVersionRequest = z.infer<typeof InstrumentVersionRequest>;

export const InstrumentReviewRequest = z
  .strictObject({
    version: z.int().min(1).max(999),
    outcome: z
      .enum(['SESUAI', 'PERLU_PEMBARUAN'])
      .describe('SESUAI: dapat dipakai sampai jangka berikutnya; PERLU_PEMBARUAN: susun versi baru.'),
    notes: Text(2000).optional(),
  })
  .meta({ id: 'InstrumentReviewRequest', examples: [{ version: 1, outcome: 'SESUAI' }] });
export type InstrumentReviewRequest = z.infer<typeof InstrumentReviewRequest>;

export const InstrumentVersion = z
  .object({
    programId: ProgramId,
    instrumentId: InstrumentId,
    version: z.int(),
    unitCodes: z.array(z.string()),
    title: z.string(),
    kind: Kind,
    methods: z.array(AssessmentMethodCode),
    dimensions: z.array(Dimension),
    items: z
      .array(z.object({ text: z.string(), answerKey: z.string().optional() }))
      .describe('Kunci jawaban hanya untuk asesor dan unit pelatihan BKN.'),
    reviewIntervalDays: z.int(),
    handedTo: z.string(),
    preparedBy: z.string(),
    preparedByRole: z.enum(['asesor', 'pakar']),
    preparedInCohort: z.int(),
    preparedAt: z.iso.datetime(),
    preparedOn: z.iso.date(),
  })
  .meta({
    id: 'InstrumentVersion',
    examples: [
      {
        programId: PROGRAM,
        instrumentId: 'ins_0f8fad5bd9cb',
        version: 1,
        unitCodes: [UNIT],
        ...CONTENT_EXAMPLE,
        preparedBy: 'pakar.sri',
        preparedByRole: 'pakar',
        preparedInCohort: 19,
        preparedAt: AT,
        preparedOn: '2027-07-20',
      },
    ],
  });
export type InstrumentVersion = z.infer<typeof InstrumentVersion>;

export const InstrumentReview = z
  .object({
    programId: ProgramId,
    instrumentId: InstrumentId,
    version: z.int(),
    outcome: z.enum(['SESUAI', 'PERLU_PEMBARUAN']),
    notes: z.string().optional(),
    reviewedBy: z.string(),
    reviewedByRole: z.enum(['asesor', 'admin-bkn']),
    reviewedAt: z.iso.datetime(),
    reviewedOn: z.iso.date(),
  })
  .meta({
    id: 'InstrumentReview',
    examples: [
      {
        programId: PROGRAM,
        instrumentId: 'ins_0f8fad5bd9cb',
        version: 1,
        outcome: 'SESUAI',
        reviewedBy: 'asesor.budi',
        reviewedByRole: 'asesor',
        reviewedAt: AT,
        reviewedOn: '2027-07-20',
      },
    ],
  });
export type InstrumentReview = z.infer<typeof InstrumentReview>;

const VERSION_EXAMPLE = (InstrumentVersion.meta()?.examples as Record<string, unknown>[])[0]!;
const { items: _items, ...VERSION_SUMMARY_EXAMPLE } = VERSION_EXAMPLE;
const REVIEW_EXAMPLE = (InstrumentReview.meta()?.examples as unknown[])[0];

export const Instrument = z
  .object({
    instrumentId: InstrumentId,
    latestVersion: z.int(),
    versions: z.array(
      InstrumentVersion.extend({
        reviewDueOn: z.iso.date().describe('Tanggal peninjauan berkala berikutnya (Pasal 19(8)f).'),
      }),
    ),
    reviews: z.array(InstrumentReview),
  })
  .meta({
    id: 'Instrument',
    description: 'Instrumen dengan semua versinya (yang lama tidak berubah) dan tinjauannya.',
    examples: [
      {
        instrumentId: 'ins_0f8fad5bd9cb',
        latestVersion: 1,
        versions: [{ ...VERSION_EXAMPLE, reviewDueOn: '2028-07-19' }],
        reviews: [REVIEW_EXAMPLE],
      },
    ],
  });
export type Instrument = z.infer<typeof Instrument>;

export const InstrumentList = z
  .object({
    items: z.array(
      Instrument.extend({
        versions: z.array(
          InstrumentVersion.omit({ items: true }).extend({ itemCount: z.int(), reviewDueOn: z.iso.date() }),
        ),
      }),
    ),
  })
  .meta({
    id: 'InstrumentList',
    description: 'Instrumen program, tanpa butir dan kunci jawabannya.',
    examples: [
      {
        items: [
          {
            instrumentId: 'ins_0f8fad5bd9cb',
            latestVersion: 1,
            versions: [{ ...VERSION_SUMMARY_EXAMPLE, itemCount: 1, reviewDueOn: '2028-07-19' }],
            reviews: [REVIEW_EXAMPLE],
          },
        ],
      },
    ],
  });

export const UnitTestPlanRequest = z
  .strictObject({
    methods: z
      .array(AssessmentMethodCode)
      .min(1)
      .max(10)
      .describe('Paling kurang 2 metode berbeda (Pasal 22(1)).'),
    instruments: z
      .array(z.strictObject({ instrumentId: InstrumentId, version: z.int().min(1).max(999) }))
      .min(1)
      .max(20),
    notes: Text(2000).optional().describe('Pertimbangan pemilihan metode (Pasal 22(2)).'),
  })
  .meta({
    id: 'UnitTestPlanRequest',
    examples: [
      {
        methods: ['TES_TERTULIS', 'WAWANCARA'],
        instruments: [{ instrumentId: 'ins_0f8fad5bd9cb', version: 1 }],
      },
    ],
  });
export type UnitTestPlanRequest = z.infer<typeof UnitTestPlanRequest>;

export const UnitTestPlan = z
  .object({
    programId: ProgramId,
    cohort: z.int(),
    unitCode: z.string(),
    methods: z.array(AssessmentMethodCode),
    instruments: z.array(z.object({ instrumentId: InstrumentId, version: z.int() })),
    dimensions: z.array(Dimension).describe('Dimensi a-e yang dinilai instrumen rencana.'),
    notes: z.string().optional(),
    mechanismProposalId: z
      .string()
      .optional()
      .describe('Usulan mekanisme yang diterima ketua tim, dasar rencana ini (Pasal 30(2)a).'),
    plannedBy: z.string(),
    plannedAt: z.iso.datetime(),
  })
  .meta({
    id: 'UnitTestPlan',
    examples: [
      {
        programId: PROGRAM,
        cohort: 19,
        unitCode: UNIT,
        methods: ['TES_TERTULIS', 'WAWANCARA'],
        instruments: [{ instrumentId: 'ins_0f8fad5bd9cb', version: 1 }],
        dimensions: ['a', 'b', 'c', 'd', 'e'],
        plannedBy: 'asesor.budi',
        plannedAt: AT,
      },
    ],
  });
export type UnitTestPlan = z.infer<typeof UnitTestPlan>;

export const CohortTestPlan = z.object({ items: z.array(UnitTestPlan) }).meta({
  id: 'CohortTestPlan',
  description: 'Rencana uji angkatan, satu per unit.',
  examples: [{ items: [(UnitTestPlan.meta()?.examples as unknown[])[0]] }],
});
