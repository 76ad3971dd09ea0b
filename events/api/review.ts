import * as z from 'zod';
import { FEEDBACK_RATINGS } from '../../domain/review/feedback';
import { IMPROVEMENT_STATUSES, PRINCIPLES, REVIEW_BASES } from '../../domain/review/process-review';
import { DecimalInteger, Nip, ProgramId } from './identifiers';
import { DisplayText } from './text';

/*
 * The review of the test process (Perban BKN 7/2020 Pasal 24g, 25g, 30(2)n-r): the participants' feedback, the
 * berita acara of each test session with the assessors' signatures, the assessors' reports, BKN's findings
 * against the principles of testing and of evidence, the improvement log, and the report for policy.
 */
const PROGRAM = 'prg_0f8fad5b-d9cb-469f-a165-70867728950e';
const NIP = '198503102010011002';
const AT = '2027-07-30T03:00:00.000Z';
const HASH = 'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
const Note = (max = 2000) => DisplayText(3, max);
const Rating = z.int().min(1).max(5);

const Ratings = z.strictObject(
  Object.fromEntries(FEEDBACK_RATINGS.map((r) => [r, Rating])) as Record<
    (typeof FEEDBACK_RATINGS)[number],
    typeof Rating
  >,
);

const feedbackExample = {
  ratings: { explanation: 5, fairness: 4, conditions: 4, assessorConduct: 5 },
  complaintChannelExplained: true,
  comments: 'Ruang uji agak bising pada sesi wawancara.',
};

export const FeedbackRequest = z
  .strictObject({
    ratings: Ratings.describe(
      'Nilai 1 (sangat kurang) sampai 5 (sangat baik): explanation (penjelasan proses uji, Pasal 24b), fairness (keadilan), conditions (kondisi dan lingkungan uji, Pasal 24a), assessorConduct (sikap asesor).',
    ),
    complaintChannelExplained: z
      .boolean()
      .describe('Asesor menjelaskan mekanisme pengaduan dan keluhan (Pasal 30(1)a).'),
    comments: Note(4000).optional().describe('Masukan bebas; dalam laporan tanpa nama.'),
  })
  .meta({ id: 'FeedbackRequest', examples: [feedbackExample] });
export type FeedbackRequest = z.infer<typeof FeedbackRequest>;

export const Feedback = z
  .object({
    programId: ProgramId,
    cohort: z.int(),
    nip: Nip,
    ratings: Ratings,
    complaintChannelExplained: z.boolean(),
    comments: z.string().optional(),
    submittedAt: z.string().describe('Pertama kali diberikan.'),
    updatedAt: z.string(),
    editableUntil: z.string().describe('Hari terakhir umpan balik dapat diubah (14 hari setelah hari uji).'),
  })
  .meta({
    id: 'Feedback',
    examples: [
      {
        programId: PROGRAM,
        cohort: 19,
        nip: NIP,
        ...feedbackExample,
        submittedAt: AT,
        updatedAt: AT,
        editableUntil: '2027-08-13',
      },
    ],
  });
export type Feedback = z.infer<typeof Feedback>;

const Tester = z.object({ username: z.string(), name: z.string(), role: z.enum(['asesor', 'pakar']) });
const SessionParticipant = z.object({ nip: z.string(), name: z.string(), present: z.boolean() });
const Signature = z.object({ username: z.string(), signedAt: z.string(), contentHash: z.string() });

const minutesExample = {
  content: {
    programId: PROGRAM,
    cohort: 19,
    scheme: 'ADMINISTRATOR',
    testDate: '2027-07-30',
    place: { name: 'Pusbang ASN BKN, Ruang Kelas 1', address: 'Jl. Raya Bogor, Jawa Barat' },
    units: ['MASN.ADM.01'],
    methods: ['PORTOFOLIO', 'WAWANCARA'],
    participants: { present: [{ nip: NIP, name: 'Dewi Lestari, S.Sos.', present: true }], absent: [] },
    assessors: [{ username: 'asesor.budi', name: 'Budi Santoso, S.H., M.Si.', role: 'asesor' }],
    experts: [],
  },
  contentHash: HASH,
  complete: true,
  signed: [{ username: 'asesor.budi', signedAt: AT, contentHash: HASH }],
  awaiting: [],
};

export const Minutes = z
  .object({
    content: z.object({
      programId: z.string(),
      cohort: z.int(),
      scheme: z.string(),
      testDate: z.string(),
      place: z.object({ name: z.string(), address: z.string() }).nullable(),
      units: z.array(z.string()),
      methods: z.array(z.string()),
      participants: z.object({ present: z.array(SessionParticipant), absent: z.array(SessionParticipant) }),
      assessors: z.array(Tester),
      experts: z.array(Tester),
    }),
    contentHash: z.string().describe('sha256 isi berita acara; yang ditandatangani asesor.'),
    complete: z.boolean().describe('Setiap asesor yang terlibat telah menandatangani isi terkini.'),
    signed: z.array(Signature),
    awaiting: z.array(z.string()).describe('Asesor terlibat yang belum menandatangani isi terkini.'),
  })
  .meta({ id: 'Minutes', examples: [minutesExample] });
export type Minutes = z.infer<typeof Minutes>;

export const SignMinutesRequest = z
  .strictObject({
    contentHash: z
      .string()
      .regex(/^sha256:[0-9a-f]{64}$/)
      .describe('Hash isi berita acara yang dibaca dan ditandatangani (dari GET berita acara).'),
  })
  .meta({ id: 'SignMinutesRequest', examples: [{ contentHash: HASH }] });

const reportExample = {
  activities: 'Menguji 12 peserta dengan portofolio dan wawancara pada unit MASN.ADM.01.',
  issues: ['Dua peserta terlambat 30 menit.'],
  suggestions: ['Jadwal wawancara dibagi dua sesi.'],
};

export const AssessorReportRequest = z
  .strictObject({
    activities: Note(4000).describe('Apa yang dilaksanakan pada sesi uji (Pasal 30(2)r).'),
    issues: z.array(Note(1000)).max(50).default([]).describe('Kendala pelaksanaan.'),
    suggestions: z
      .array(Note(1000))
      .max(50)
      .default([])
      .describe('Saran perbaikan berkelanjutan (Pasal 30(2)p).'),
  })
  .meta({ id: 'AssessorReportRequest', examples: [reportExample] });

export const AssessorReport = z
  .object({
    programId: z.string(),
    cohort: z.int(),
    username: z.string(),
    activities: z.string(),
    issues: z.array(z.string()),
    suggestions: z.array(z.string()),
    signature: Signature.describe('Asesor menandatangani laporannya: waktu dan hash isinya.'),
  })
  .meta({
    id: 'AssessorReport',
    examples: [
      {
        programId: PROGRAM,
        cohort: 19,
        username: 'asesor.budi',
        ...reportExample,
        signature: { username: 'asesor.budi', signedAt: AT, contentHash: HASH },
      },
    ],
  });
export type AssessorReport = z.infer<typeof AssessorReport>;

const IsoDate = z.iso.date();
const improvementPlanExample = {
  action: 'Sesi wawancara dibagi menjadi dua ruang.',
  owner: 'Koordinator TUK Pusbang ASN',
  dueDate: '2027-09-30',
};

export const FindingRequest = z
  .strictObject({
    principle: z
      .enum(PRINCIPLES)
      .describe(
        'Prinsip uji (valid, reliabel, fleksibel, adil) atau prinsip bukti (valid, cukup, otentik, terkini; Pasal 21e).',
      ),
    met: z.boolean(),
    observation: Note(4000),
    basis: z.array(z.enum(REVIEW_BASES)).max(3).describe('Dasar temuan (Pasal 24g).'),
    improvements: z
      .array(
        z.strictObject({
          action: Note(1000),
          owner: DisplayText(2, 200).describe('Penanggung jawab.'),
          dueDate: IsoDate,
        }),
      )
      .max(20)
      .default([]),
  })
  .meta({
    id: 'FindingRequest',
    examples: [
      {
        principle: 'UJI_ADIL',
        met: false,
        observation: 'Peserta sesi wawancara terakhir mendapat waktu lebih singkat.',
        basis: ['UMPAN_BALIK', 'LAPORAN_ASESOR'],
        improvements: [improvementPlanExample],
      },
    ],
  });
export type FindingRequest = z.infer<typeof FindingRequest>;

const ImprovementChangeEntry = z.object({
  status: z.enum(IMPROVEMENT_STATUSES),
  owner: z.string(),
  dueDate: z.string(),
  note: z.string().optional(),
  by: z.string(),
  at: z.string(),
});

const improvementExample = {
  programId: PROGRAM,
  cohort: 19,
  improvementId: 'pbk_2027-08-02T03:00:00.000Z_0a1b2c3d',
  findingId: 'tmn_2027-08-02T03:00:00.000Z_0a1b2c3d',
  principle: 'UJI_ADIL',
  ...improvementPlanExample,
  status: 'TERBUKA',
  version: 1,
  history: [
    {
      status: 'TERBUKA',
      owner: improvementPlanExample.owner,
      dueDate: improvementPlanExample.dueDate,
      by: 'pusbang.admin',
      at: '2027-08-02T03:00:00.000Z',
    },
  ],
};

export const Improvement = z
  .object({
    programId: z.string(),
    cohort: z.int(),
    improvementId: z.string(),
    findingId: z.string(),
    principle: z.enum(PRINCIPLES),
    action: z.string(),
    owner: z.string(),
    dueDate: z.string(),
    status: z.enum(IMPROVEMENT_STATUSES),
    version: z.int(),
    history: z.array(ImprovementChangeEntry).describe('Setiap perubahan, terlama dahulu.'),
  })
  .meta({ id: 'Improvement', examples: [improvementExample] });
export type Improvement = z.infer<typeof Improvement>;

const findingExample = {
  programId: PROGRAM,
  cohort: 19,
  findingId: improvementExample.findingId,
  principle: 'UJI_ADIL',
  met: false,
  observation: 'Peserta sesi wawancara terakhir mendapat waktu lebih singkat.',
  basis: ['UMPAN_BALIK', 'LAPORAN_ASESOR'],
  improvementIds: [improvementExample.improvementId],
  reviewedBy: 'pusbang.admin',
  reviewedAt: '2027-08-02T03:00:00.000Z',
};

export const Finding = z
  .object({
    programId: z.string(),
    cohort: z.int(),
    findingId: z.string(),
    principle: z.enum(PRINCIPLES),
    met: z.boolean(),
    observation: z.string(),
    basis: z.array(z.enum(REVIEW_BASES)),
    improvementIds: z.array(z.string()),
    reviewedBy: z.string(),
    reviewedAt: z.string(),
  })
  .meta({ id: 'Finding', examples: [findingExample] });
export type Finding = z.infer<typeof Finding>;

export const RecordedFinding = z.object({ finding: Finding, improvements: z.array(Improvement) }).meta({
  id: 'RecordedFinding',
  examples: [{ finding: findingExample, improvements: [improvementExample] }],
});

export const ImprovementChangeRequest = z
  .strictObject({
    status: z.enum(IMPROVEMENT_STATUSES),
    note: Note(2000).optional().describe('Apa yang dikerjakan; wajib saat SELESAI.'),
    owner: DisplayText(2, 200).optional(),
    dueDate: IsoDate.optional(),
    version: z.int().min(1).describe('Versi butir yang dibaca; perubahan orang lain sejak itu dijawab 409.'),
  })
  .meta({
    id: 'ImprovementChangeRequest',
    examples: [{ status: 'SELESAI', note: 'Jadwal sesi berikutnya memakai dua ruang.', version: 1 }],
  });
export type ImprovementChangeRequest = z.infer<typeof ImprovementChangeRequest>;

const FeedbackSummary = z.object({
  count: z.int(),
  averages: z.strictObject(
    Object.fromEntries(FEEDBACK_RATINGS.map((r) => [r, z.number().nullable()])) as Record<
      (typeof FEEDBACK_RATINGS)[number],
      z.ZodNullable<z.ZodNumber>
    >,
  ),
  complaintChannelExplained: z.int(),
});

const summaryExample = {
  count: 1,
  averages: { explanation: 5, fairness: 4, conditions: 4, assessorConduct: 5 },
  complaintChannelExplained: 1,
};

export const SessionReview = z
  .object({
    programId: z.string(),
    cohort: z.int(),
    feedback: FeedbackSummary.extend({ comments: z.array(z.string()) }).describe(
      'Umpan balik peserta tanpa nama: jumlah, rata-rata, dan komentar terurut.',
    ),
    reports: z.array(AssessorReport),
    minutesSigned: z.int().describe('Tanda tangan berita acara yang tercatat (isi apa pun).'),
    findings: z.array(Finding),
    improvements: z.array(Improvement),
  })
  .meta({
    id: 'SessionReview',
    examples: [
      {
        programId: PROGRAM,
        cohort: 19,
        feedback: { ...summaryExample, comments: [feedbackExample.comments] },
        reports: [(AssessorReport.meta()?.examples as unknown[])[0]],
        minutesSigned: 1,
        findings: [findingExample],
        improvements: [improvementExample],
      },
    ],
  });
export type SessionReview = z.infer<typeof SessionReview>;

export const POLICY_CSV_COLUMNS = [
  'program_id',
  'angkatan',
  'jenjang',
  'jumlah_umpan_balik',
  ...FEEDBACK_RATINGS.map((r) => `rata_${r}`),
  'pengaduan_dijelaskan',
  'jumlah_temuan',
  'prinsip_tidak_terpenuhi',
  'perbaikan_terbuka',
  'perbaikan_selesai',
  'perbaikan_lewat_tenggat',
] as const;

const PolicyCounts = {
  feedback: FeedbackSummary,
  findings: z.int(),
  principlesUnmet: z.array(z.enum(PRINCIPLES)),
  improvements: z.object({ open: z.int(), done: z.int(), overdue: z.int() }),
};
const PolicyRow = z.object({ programId: z.string(), cohort: z.int(), scheme: z.string(), ...PolicyCounts });

export const PolicyReport = z
  .object({
    programId: z.string(),
    generatedOn: z.string(),
    cohorts: z.array(PolicyRow),
    programme: z
      .object(PolicyCounts)
      .describe(
        'Seluruh angkatan program bersama: rata-rata atas semua umpan balik, bukan rata-rata angkatan.',
      ),
  })
  .meta({
    id: 'PolicyReport',
    examples: [
      {
        programId: PROGRAM,
        generatedOn: '2027-09-01',
        cohorts: [
          {
            programId: PROGRAM,
            cohort: 19,
            scheme: 'ADMINISTRATOR',
            feedback: summaryExample,
            findings: 1,
            principlesUnmet: ['UJI_ADIL'],
            improvements: { open: 1, done: 0, overdue: 0 },
          },
        ],
        programme: {
          feedback: summaryExample,
          findings: 1,
          principlesUnmet: ['UJI_ADIL'],
          improvements: { open: 1, done: 0, overdue: 0 },
        },
      },
    ],
  });
export type PolicyReport = z.infer<typeof PolicyReport>;

export const PolicyReportQuery = z.strictObject({
  format: z.enum(['json', 'csv']).optional().describe('csv untuk Excel (docs/exports.md); tanpa ini JSON.'),
});

export const ImprovementPath = z.strictObject({
  programId: ProgramId,
  number: DecimalInteger(1, 999),
  improvementId: z
    .string()
    .regex(
      /^pbk_\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z_[0-9a-f]{8}$/,
      'Format ID butir perbaikan tidak dikenal.',
    ),
});
