import * as z from 'zod';
import { NextCursor } from './page';
import { InstansiCode, Nip, NominationNumber, PositionCode } from './identifiers';
import { DisplayName, DisplayText } from './text';
import { NoticeSchedule } from './structural-notice';

/*
 * The competency assessment of civil servants for structural positions (Perka BKN 11/2008), kept per instansi:
 * the candidates its own selection passed, their proposal to the Pejabat Pembina Kepegawaian (PPK) and the PPK's
 * determination (Lampiran III.1).
 */
export const StructuralInstansiPath = z.strictObject({ instansiCode: InstansiCode });
export const StructuralCandidatePath = z.strictObject({ instansiCode: InstansiCode, nip: Nip });

const IsoDate = z.iso.date().describe('Tanggal kalender YYYY-MM-DD (WIB).');
const Recorded = { by: z.string().describe('Pengguna yang mencatat.'), at: z.iso.datetime() };

export const Echelon = z.enum(['I', 'II', 'III', 'IV']).describe('Eselon jabatan struktural.');
export const Assessor = z.enum(['UPK', 'TPK']).describe('Pelaksana penilaian: UPK atau TPK.');

const SelectionResult = z.strictObject({
  passed: z.boolean().describe('Dinyatakan lulus.'),
  date: IsoDate,
});

export const StructuralCandidateRequest = z
  .strictObject({
    name: DisplayName(),
    position: DisplayText(3, 200).describe('Jabatan saat ini.'),
    workUnit: DisplayText(3, 200).describe('Unit kerja saat ini.'),
    selection: z
      .strictObject({
        administrative: SelectionResult.describe('Seleksi administrasi oleh instansi (III.1.a-b).'),
        substance: SelectionResult.describe('Tes substansi jabatan oleh instansi (III.1.a-b).'),
      })
      .describe('Seleksi yang dilakukan instansi sendiri.'),
  })
  .meta({
    id: 'StructuralCandidateRequest',
    description: 'PNS yang lulus seleksi administrasi dan tes substansi jabatan instansinya (III.1.a-b).',
    examples: [
      {
        name: 'Budi Santoso, S.E., M.M.',
        position: 'Kepala Subbagian Perencanaan',
        workUnit: 'Biro Perencanaan',
        selection: {
          administrative: { passed: true, date: '2025-02-03' },
          substance: { passed: true, date: '2025-02-05' },
        },
      },
    ],
  });
export type StructuralCandidateRequest = z.infer<typeof StructuralCandidateRequest>;

export const NominationProposalRequest = z
  .strictObject({
    letterNumber: DisplayText(3, 100).describe('Nomor surat/nota dinas usulan kepada PPK.'),
    letterDate: IsoDate,
  })
  .meta({
    id: 'NominationProposalRequest',
    description: 'Usulan pejabat kepegawaian kepada PPK (III.1.c).',
    examples: [{ letterNumber: '800/112/BKPSDM/2025', letterDate: '2025-02-10' }],
  });

/** The registered position a determination names, as the register had it (IV.1). */
const Position = z
  .strictObject({
    title: DisplayText(3, 200).describe('Nama jabatan struktural.'),
    unit: DisplayText(3, 200).describe('Unit organisasi jabatan.'),
  })
  .describe('Jabatan menurut daftar jabatan instansi pada saat penetapan.');

const Decree = {
  decreeNumber: DisplayText(3, 100).describe('Nomor keputusan PPK.'),
  decreeDate: IsoDate,
};

export const DeterminationRequest = z
  .discriminatedUnion('decision', [
    z.strictObject({
      decision: z.literal('DITETAPKAN'),
      ...Decree,
      positionCode: PositionCode.describe('Jabatan struktural yang terdaftar pada instansi (IV.1).'),
      echelon: Echelon,
      assessedBy: Assessor,
    }),
    z.strictObject({
      decision: z.literal('TIDAK_DITETAPKAN'),
      ...Decree,
      reason: DisplayText(3, 1000),
    }),
  ])
  .meta({
    id: 'DeterminationRequest',
    description:
      'Penetapan PPK: calon mengikuti penilaian kompetensi untuk jabatan struktural dan eselon tertentu, oleh UPK atau TPK (III.1.c-d); atau tidak ditetapkan, dengan alasannya.',
    examples: [
      {
        decision: 'DITETAPKAN',
        decreeNumber: '821/15/KEP/2025',
        decreeDate: '2025-02-17',
        positionCode: 'KABAG-REN',
        echelon: 'III',
        assessedBy: 'TPK',
      },
    ],
  });
export type DeterminationRequest = z.infer<typeof DeterminationRequest>;

const CANDIDATE_EXAMPLE = {
  instansiCode: '4011',
  nip: '198503102010011002',
  ...(StructuralCandidateRequest.meta()?.examples as object[])[0],
  status: 'DITETAPKAN',
  recorded: { by: 'kepegawaian.kemenpan', at: '2025-02-06T02:00:00.000Z' },
  proposal: {
    ...(NominationProposalRequest.meta()?.examples as object[])[0],
    by: 'kepegawaian.kemenpan',
    at: '2025-02-10T03:00:00.000Z',
  },
  determination: {
    ...(DeterminationRequest.meta()?.examples as object[])[0],
    position: { title: 'Kepala Bagian Perencanaan', unit: 'Biro Perencanaan' },
    by: 'ppk.kemenpan',
    at: '2025-02-17T04:00:00.000Z',
  },
};

export const StructuralCandidate = StructuralCandidateRequest.extend({
  instansiCode: InstansiCode,
  nip: Nip,
  nomination: NominationNumber.optional(),
  status: z
    .enum(['DICATAT', 'DIUSULKAN', 'DITETAPKAN', 'TIDAK_DITETAPKAN'])
    .describe('DICATAT (lulus seleksi), DIUSULKAN (kepada PPK), DITETAPKAN atau TIDAK_DITETAPKAN oleh PPK.'),
  recorded: z.strictObject(Recorded),
  proposal: NominationProposalRequest.extend(Recorded).optional(),
  determination: z
    .union([
      DeterminationRequest.options[0].extend({ position: Position, ...Recorded }),
      DeterminationRequest.options[1].extend(Recorded),
    ])
    .optional(),
  handover: z
    .strictObject({
      assessor: Assessor,
      unitId: z.string(),
      unitName: z.string(),
      ...Recorded,
    })
    .optional()
    .describe('Penyerahan pelaksanaan penilaian kepada UPK atau TPK (III.1.d).'),
  plan: z
    .lazy(() => PlanRequest.extend(Recorded))
    .optional()
    .describe('Rencana penilaian (III.2.a.1-2).'),
  schedule: z
    .lazy(() => NoticeSchedule)
    .optional()
    .describe('Jadwal menurut surat pemberitahuan yang berlaku (III.2.a.3-4).'),
}).meta({ id: 'StructuralCandidate', examples: [CANDIDATE_EXAMPLE] });
export type StructuralCandidate = z.infer<typeof StructuralCandidate>;

export const StructuralCandidateList = z
  .object({ items: z.array(StructuralCandidate).describe('Menurut NIP.'), nextCursor: NextCursor })
  .meta({ id: 'StructuralCandidateList', examples: [{ items: [CANDIDATE_EXAMPLE] }] });

// ── Who assesses: UPK and TPK (Lampiran II.A.2-6, IV.2) and the handover (III.1.d) ──────────────────────

const Independence = z
  .strictObject({
    declared: z.boolean().describe('Menyatakan bersifat independen dalam penilaian (II.A.3).'),
    declaredOn: IsoDate,
    statement: DisplayText(3, 1000).describe('Isi pernyataan independensi.'),
  })
  .describe('Pernyataan independensi (II.A.3).');

/** What an assessor needs (I.C.3): kept optional here so that one lacking it is refused with its rule code. */
const AssessorQualification = z
  .strictObject({
    training: z
      .strictObject({
        certificateNumber: DisplayText(3, 100).describe('Nomor sertifikat pelatihan assessor.'),
        organiser: DisplayText(3, 200).describe('Penyelenggara pelatihan.'),
        date: IsoDate.describe('Tanggal sertifikat.'),
      })
      .optional()
      .describe('Pelatihan assessor yang telah diikuti (I.C.3).'),
    expertise: DisplayText(3, 500).optional().describe('Keahlian teknis untuk menilai kompetensi (I.C.3).'),
  })
  .describe('Kualifikasi assessor (I.C.3, IV.3); wajib bagi setiap anggota TPK (PK-ASESOR-KUALIFIKASI).');

const UpkAssessorStatement = z
  .strictObject({
    declared: z
      .boolean()
      .describe(
        'UPK menyatakan assessornya telah mengikuti pelatihan assessor dan memiliki keahlian teknis.',
      ),
    declaredOn: IsoDate,
    statement: DisplayText(3, 1000).describe('Isi pernyataan.'),
  })
  .describe('Pernyataan UPK tentang assessornya (I.C.3); wajib (PK-ASESOR-KUALIFIKASI).');

export const UpkRequest = z
  .strictObject({
    name: DisplayName(3, 200).describe('Nama UPK.'),
    basis: z
      .discriminatedUnion('kind', [
        z.strictObject({
          kind: z.literal('UPK_SENDIRI'),
          decreeNumber: DisplayText(3, 100).describe('Keputusan pembentukan UPK instansi sendiri.'),
          date: IsoDate,
        }),
        z.strictObject({
          kind: z.literal('FASILITASI_BKN'),
          letterNumber: DisplayText(3, 100).describe('Surat BKN tentang fasilitasi penilaian (IV.2.a).'),
          date: IsoDate,
        }),
        z.strictObject({
          kind: z.literal('UPK_LAIN'),
          hostInstansiCode: InstansiCode.describe('Instansi pemilik UPK yang ditunjuk.'),
          recommendationNumber: DisplayText(3, 100).describe('Surat rekomendasi BKN (IV.2.b).'),
          date: IsoDate,
        }),
      ])
      .describe('UPK sendiri, fasilitasi BKN, atau UPK lain atas rekomendasi BKN (II.A.2, IV.2).'),
    independence: Independence,
    assessors: z
      .array(z.strictObject({ nip: Nip, name: DisplayName(), isPsychologist: z.boolean() }))
      .max(50)
      .optional()
      .describe('Assessor UPK yang menilai calon instansi (I.C.3): merekalah yang mencatat hasil penilaian.'),
    assessorStatement: UpkAssessorStatement.optional(),
  })
  .meta({
    id: 'UpkRequest',
    examples: [
      {
        name: 'UPK Badan Kepegawaian Negara',
        basis: {
          kind: 'UPK_LAIN',
          hostInstansiCode: '4002',
          recommendationNumber: 'B-1234/KP.05/SD/K/2025',
          date: '2025-01-20',
        },
        independence: {
          declared: true,
          declaredOn: '2025-01-22',
          statement:
            'UPK melaksanakan penilaian secara independen dan tidak memiliki kepentingan atas calon.',
        },
        assessorStatement: {
          declared: true,
          declaredOn: '2025-01-22',
          statement: 'Seluruh assessor UPK telah mengikuti pelatihan assessor dan memiliki keahlian teknis.',
        },
      },
    ],
  });
export type UpkRequest = z.infer<typeof UpkRequest>;

const UPK_EXAMPLE = {
  id: 'upk_2025-01-23T02:00:00.000Z_0a1b2c3d',
  instansiCode: '4011',
  ...(UpkRequest.meta()?.examples as object[])[0],
  recorded: { by: 'kepegawaian.kemenpan', at: '2025-01-23T02:00:00.000Z' },
};
export const Upk = UpkRequest.extend({
  id: z.string().describe('ID UPK pada instansi.'),
  instansiCode: InstansiCode,
  recorded: z.strictObject(Recorded),
}).meta({ id: 'Upk', examples: [UPK_EXAMPLE] });
export type Upk = z.infer<typeof Upk>;
export const UpkList = z
  .object({ items: z.array(Upk).describe('Menurut urutan pencatatan.') })
  .meta({ id: 'UpkList', examples: [{ items: [UPK_EXAMPLE] }] });

export const StructuralMethod = z
  .enum([
    'WAWANCARA_KOMPETENSI',
    'KUESIONER_KOMPETENSI',
    'PSIKOMETRI',
    'ANALISIS_KASUS',
    'PRESENTASI',
    'ASSESSMENT_CENTER',
    'LAINNYA',
  ])
  .describe('Metode penilaian kompetensi (II.C.1).');

const members = [
  ['196901011995031001', 'Dra. Sri Rahayu, M.Psi., Psikolog', true],
  ['197002021996032002', 'Drs. Bambang Wijaya, M.Psi., Psikolog', true],
  ['197103031997031003', 'Ir. Hendra Gunawan, M.M.', false],
  ['197204041998032004', 'Dr. Lestari Wulandari, M.Si.', false],
  ['197305051999031005', 'Agus Salim, S.H., M.H.', false],
] as const;

export const TpkRequest = z
  .strictObject({
    decreeNumber: DisplayText(3, 100).describe('Nomor keputusan PPK pembentukan TPK (II.A.6).'),
    decreeDate: IsoDate,
    name: DisplayText(3, 200).describe('Nama tim.'),
    members: z
      .array(
        z.strictObject({
          nip: Nip,
          name: DisplayName(),
          isPsychologist: z.boolean().describe('Anggota adalah psikolog (II.A.4).'),
          independence: Independence,
          qualification: AssessorQualification.optional(),
        }),
      )
      .min(1)
      .max(25)
      .describe('Assessor anggota TPK: paling kurang 5, paling kurang 2 psikolog, ganjil bila lebih dari 5.'),
    methods: z
      .array(StructuralMethod)
      .min(1)
      .max(7)
      .describe('Metode yang digunakan tim: semua kecuali assessment center (I.C.5).'),
  })
  .meta({
    id: 'TpkRequest',
    examples: [
      {
        decreeNumber: '821/9/KEP/2025',
        decreeDate: '2025-01-15',
        name: 'Tim Penilaian Kompetensi Kementerian PANRB 2025',
        members: members.map(([nip, name, isPsychologist]) => ({
          nip,
          name,
          isPsychologist,
          independence: {
            declared: true,
            declaredOn: '2025-01-15',
            statement: 'Saya tidak memiliki hubungan kepentingan dengan calon yang dinilai.',
          },
          qualification: {
            training: {
              certificateNumber: `PA-2023/${nip.slice(-3)}`,
              organiser: 'Pusat Penilaian Kompetensi ASN BKN',
              date: '2023-09-14',
            },
            expertise: isPsychologist
              ? 'Psikologi industri dan organisasi; psikometri'
              : 'Wawancara kompetensi dan analisis kasus manajemen pemerintahan',
          },
        })),
        methods: [
          'PSIKOMETRI',
          'WAWANCARA_KOMPETENSI',
          'KUESIONER_KOMPETENSI',
          'ANALISIS_KASUS',
          'PRESENTASI',
        ],
      },
    ],
  });
export type TpkRequest = z.infer<typeof TpkRequest>;

const TPK_EXAMPLE = {
  id: 'tpk_2025-01-16T02:00:00.000Z_0a1b2c3d',
  instansiCode: '4011',
  ...(TpkRequest.meta()?.examples as object[])[0],
  recorded: { by: 'ppk.kemenpan', at: '2025-01-16T02:00:00.000Z' },
};
export const Tpk = TpkRequest.extend({
  id: z.string().describe('ID TPK pada instansi.'),
  instansiCode: InstansiCode,
  recorded: z.strictObject(Recorded),
}).meta({ id: 'Tpk', examples: [TPK_EXAMPLE] });
export type Tpk = z.infer<typeof Tpk>;
export const TpkList = z
  .object({ items: z.array(Tpk).describe('Menurut urutan pembentukan.') })
  .meta({ id: 'TpkList', examples: [{ items: [TPK_EXAMPLE] }] });

export const HandoverRequest = z
  .strictObject({
    assessor: Assessor,
    unitId: z.string().trim().min(1).max(40).describe('ID UPK atau TPK pada instansi.'),
  })
  .meta({
    id: 'HandoverRequest',
    description: 'Penyerahan pelaksanaan penilaian kompetensi calon kepada UPK atau TPK (III.1.d).',
    examples: [{ assessor: 'TPK', unitId: 'tpk_2025-01-16T02:00:00.000Z_0a1b2c3d' }],
  });

// ── The plan of a candidate's assessment (Lampiran III.2.a.1-2, II.C) ──────────────────────────────────

export const PlanRequest = z
  .strictObject({
    methods: z
      .array(StructuralMethod)
      .min(1)
      .max(7)
      .refine((m) => new Set(m).size === m.length, 'Setiap metode disebut sekali.')
      .describe('Metode yang ditentukan UPK/TPK (III.2.a.1), menurut eselon jabatan (II.C.2).'),
    otherMethods: DisplayText(3, 500).optional().describe('Metode lain yang ditambahkan (II.C.2.b).'),
    startDate: IsoDate.describe('Hari pertama penilaian.'),
    durationDays: z.int().min(1).max(30).describe('Lama penilaian dalam hari.'),
    psychologist: z
      .strictObject({ nip: Nip, name: DisplayName(), isPsychologist: z.boolean() })
      .optional()
      .describe('Psikolog pelaksana psikometri (II.C.1.c).'),
    documents: z
      .array(
        z.discriminatedUnion('kind', [
          z
            .strictObject({
              kind: z.literal('STANDAR_KOMPETENSI_JABATAN'),
              positionCode: PositionCode,
              version: z.int().min(1).describe('Versi standar yang berlaku (IV.1).'),
            })
            .describe('Standar kompetensi terdaftar jabatan yang ditetapkan PPK (PK-SKJ-RENCANA).'),
          ...(['BIODATA', 'LAINNYA'] as const).map((kind) =>
            z.strictObject({
              kind: z.literal(kind),
              title: DisplayText(3, 200),
              reference: DisplayText(3, 200).describe('Nomor atau rujukan dokumen.'),
            }),
          ),
        ]),
      )
      .max(20)
      .describe('Dokumen persiapan: standar kompetensi jabatan, biodata dan lain-lain (III.2.a.2).'),
  })
  .meta({
    id: 'PlanRequest',
    description: 'Rencana penilaian kompetensi satu calon oleh UPK atau TPK yang menerima penyerahannya.',
    examples: [
      {
        methods: ['PSIKOMETRI', 'WAWANCARA_KOMPETENSI', 'ANALISIS_KASUS'],
        startDate: '2025-03-17',
        durationDays: 1,
        psychologist: {
          nip: '196901011995031001',
          name: 'Dra. Sri Rahayu, M.Psi., Psikolog',
          isPsychologist: true,
        },
        documents: [
          { kind: 'STANDAR_KOMPETENSI_JABATAN', positionCode: 'KABAG-REN', version: 1 },
          { kind: 'BIODATA', title: 'Biodata calon', reference: 'SIASN 2025-02-06' },
        ],
      },
    ],
  });
export type PlanRequest = z.infer<typeof PlanRequest>;
