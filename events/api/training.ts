import * as z from 'zod';
import { DURATION_UNITS, MILESTONE_TERMS } from '../../domain/training/action-plan';
import { InstansiCode, Nip, ProgramId } from './identifiers';
import { TrainingExempt } from './training-exempt';
import { UploadedDocument } from './upload';

const PROGRAM = 'prg_0f8fad5b-d9cb-469f-a165-70867728950e';
const NIP = '198503102010011002';
const AT = '2027-07-20T03:00:00.000Z';
const IsoDate = z.iso.date().describe('Tanggal kalender YYYY-MM-DD (WIB).');
const Text = (max: number) => z.string().trim().min(3).max(max);

export const PlanIdentity = z
  .strictObject({
    name: Text(200).describe('Nama.'),
    position: Text(300).describe('Jabatan.'),
    unit: Text(300).describe('Unit kerja/instansi.'),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 -]{8,20}$/)
      .optional()
      .describe('HP.'),
    email: z.email().max(254).optional().describe('E-mail.'),
  })
  .describe('1.a Identitas Peserta; HP atau e-mail salah satu wajib (RTL-IDENTITAS).');

export const PlanMentor = z
  .strictObject({
    nip: Nip.describe('NIP mentor/atasan langsung: dengan NIP ini mentor membaca rencana dan mengisi Monev.'),
    name: Text(200).describe('Nama.'),
    position: Text(300).optional().describe('Jabatan.'),
    email: z
      .email()
      .max(254)
      .optional()
      .describe('E-mail: kuesioner Monev dan pengingatnya dikirim ke sini.'),
  })
  .describe('1.a Mentor/Atasan Langsung (RTL-MENTOR).');

export const ActionPlan = z
  .strictObject({
    identity: PlanIdentity.optional().describe(
      'Opsional demi klien lama; bila tidak ada, rencana mencatatnya dalam `missing` (RTL-IDENTITAS).',
    ),
    mentor: PlanMentor.optional().describe(
      'Opsional demi klien lama; bila tidak ada, rencana mencatatnya dalam `missing` dan Monev hanya dikirim kepada peserta (RTL-MENTOR).',
    ),
    title: Text(300).describe('Judul.'),
    background: Text(4000).describe('Latar Belakang.'),
    problem: Text(4000).describe('Pokok Permasalahan.'),
    goal: Text(4000).describe('Tujuan.'),
    benefits: Text(4000).describe('Manfaat.'),
    milestones: z
      .array(
        z.strictObject({
          term: z
            .enum(MILESTONE_TERMS)
            .describe('Jangka waktu: PENDEK (≤3 bulan), MENENGAH (≤6 bulan), PANJANG (≤12 bulan).'),
          activity: Text(1000).describe('Kegiatan.'),
          duration: z.strictObject({ value: z.int().min(1).max(366), unit: z.enum(DURATION_UNITS) }),
          output: Text(1000).describe('Target capaian/output.'),
          weeks: z
            .strictObject({ from: z.int().min(1).max(52), to: z.int().min(1).max(52) })
            .optional()
            .describe(
              '1.d Timeline: minggu ke- mulai dan selesai, sepanjang durasinya dan dalam jangka waktunya (RTL-TIMELINE).',
            ),
        }),
      )
      .min(1)
      .max(30)
      .describe('Langkah kerja (milestones).'),
  })
  .meta({
    id: 'ActionPlan',
    description: 'Rencana Tindak Lanjut (action plan) sesuai formulir Panduan Pusbang ASN BKN 2019.',
  });
export type ActionPlan = z.infer<typeof ActionPlan>;

export const ACTION_PLAN_EXAMPLE: ActionPlan = {
  identity: {
    name: 'Dr. NH',
    position: 'Kepala Bidang Pengelolaan Diklat ASN',
    unit: 'Pusat Pengembangan ASN BKN',
    email: 'nh@example.go.id',
  },
  mentor: { nip: '197001011995031001', name: 'Arm, S.Sos', position: 'Kepala Pusat Pengembangan ASN' },
  title: 'Implementasi Coaching dan Mentoring Kepegawaian',
  background: 'Kebutuhan pengembangan bagi PNS sesuai amanat UU ASN di luar pendidikan dan pelatihan.',
  problem: 'Hak pengembangan kompetensi 20 JP per tahun tidak sebanding dengan anggaran yang tersedia.',
  goal: 'Peningkatan kompetensi pengelola kepegawaian melalui coaching dan mentoring.',
  benefits: 'Kinerja pengelola kepegawaian dan organisasi meningkat.',
  milestones: [
    {
      term: 'PENDEK',
      activity: 'Menyusun konsep coaching dan mentoring',
      duration: { value: 2, unit: 'MINGGU' },
      output: 'Konsep metode coaching dan mentoring kepegawaian',
      weeks: { from: 1, to: 2 },
    },
    {
      term: 'PANJANG',
      activity: 'Monitoring dan evaluasi implementasi',
      duration: { value: 12, unit: 'BULAN' },
      output: 'Laporan hasil monitoring dan evaluasi',
      weeks: { from: 1, to: 52 },
    },
  ],
};

export const ConfirmationRequest = z
  .strictObject({
    attending: z.boolean().describe('true: hadir; false: tidak dapat hadir.'),
    actionPlan: ActionPlan.optional().describe('Wajib bila hadir.'),
  })
  .meta({
    id: 'ConfirmationRequest',
    examples: [{ attending: true, actionPlan: ACTION_PLAN_EXAMPLE }, { attending: false }],
  });
export type ConfirmationRequest = z.infer<typeof ConfirmationRequest>;

const CV_EXAMPLE = {
  key: `training/${PROGRAM}/${NIP}/CV/5e0c7b2a-8f3d-4c1b-9a6e-2d4f8b1c3e7a`,
  versionId: 'q8Ld0vTz1mYbX4kRjN2sHc7pWf5gAe9u',
  sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  contentType: 'application/pdf',
  size: 120_311,
  uploadedAt: '2027-07-19T03:00:00.000Z',
  uploadedBy: 'dewi.lestari',
};

export const CurriculumVitae = z.object({ programId: ProgramId, nip: Nip, document: UploadedDocument }).meta({
  id: 'CurriculumVitae',
  description: 'CV (Riwayat Pekerjaan) peserta yang diunggah.',
  examples: [{ programId: PROGRAM, nip: NIP, document: CV_EXAMPLE }],
});

/** One answer of a participant, as the history of their confirmation keeps it. */
export const ConfirmationAnswer = z
  .object({
    version: z.int().describe('0: jawaban yang dicatat sebelum jawaban diberi nomor versi.'),
    cohort: z.int(),
    attending: z.boolean(),
    confirmedBy: z.string(),
    confirmedAt: z.string(),
  })
  .meta({ id: 'ConfirmationAnswer' });
export type ConfirmationAnswer = z.infer<typeof ConfirmationAnswer>;

export const Confirmation = z
  .object({
    programId: ProgramId,
    nip: Nip,
    instansiCode: InstansiCode,
    cohort: z.int(),
    attending: z.boolean(),
    actionPlan: ActionPlan.optional(),
    cv: UploadedDocument.optional(),
    confirmedBy: z.string(),
    confirmedAt: z.string(),
    version: z.int().min(1).describe('Jawaban ke berapa: 1 yang pertama, bertambah setiap kali diubah.'),
    replaces: ConfirmationAnswer.optional().describe(
      'Jawaban sebelumnya yang diganti jawaban ini (tetap tersimpan dalam riwayat).',
    ),
  })
  .meta({
    id: 'Confirmation',
    examples: [
      {
        programId: PROGRAM,
        nip: NIP,
        instansiCode: '3201',
        cohort: 19,
        attending: true,
        actionPlan: ACTION_PLAN_EXAMPLE,
        cv: CV_EXAMPLE,
        confirmedBy: 'dewi.lestari',
        confirmedAt: AT,
        version: 1,
      },
      {
        programId: PROGRAM,
        nip: NIP,
        instansiCode: '3201',
        cohort: 19,
        attending: false,
        confirmedBy: 'dewi.lestari',
        confirmedAt: '2027-07-24T02:00:00.000Z',
        version: 2,
        replaces: { version: 1, cohort: 19, attending: true, confirmedBy: 'dewi.lestari', confirmedAt: AT },
      },
    ],
  });
export type Confirmation = z.infer<typeof Confirmation>;

export const ELearningRequest = z
  .strictObject({
    completedOn: IsoDate.describe('Tanggal e-learning (3 JP) diselesaikan, sebelum klasikal.'),
  })
  .meta({ id: 'ELearningRequest', examples: [{ completedOn: '2027-07-22' }] });

export const ELearningRecord = z
  .object({
    programId: ProgramId,
    nip: Nip,
    cohort: z.int().describe('Angkatan tempat peserta duduk dan mengonfirmasi hadir saat dicatat.'),
    completedOn: z.string(),
    recordedBy: z.string(),
    recordedAt: z.string(),
    version: z.int().min(1).describe('Pencatatan ke berapa: koreksi menaikkannya.'),
  })
  .meta({
    id: 'ELearningRecord',
    examples: [
      {
        programId: PROGRAM,
        nip: NIP,
        cohort: 19,
        completedOn: '2027-07-22',
        recordedBy: 'bkn-admin-1',
        recordedAt: AT,
        version: 1,
      },
    ],
  });
export type ELearningRecord = z.infer<typeof ELearningRecord>;

/** One register and one seat check per participant listed: DynamoDB's 100 items of a transaction. */
export const MAX_PRESENT = 99;

export const AttendanceRequest = z
  .strictObject({
    date: IsoDate,
    evaluation: z
      .boolean()
      .default(false)
      .describe('true: sesi evaluasi/uji kompetensi (6 JP); false: sesi klasikal hari itu.'),
    present: z
      .array(Nip)
      .max(MAX_PRESENT)
      .describe(
        `NIP peserta yang hadir; yang tidak tercantum dianggap tidak hadir. Paling banyak ${MAX_PRESENT}: daftar hadir dicatat dalam satu transaksi bersama pemeriksaan kursi setiap peserta yang tercantum.`,
      ),
  })
  .meta({
    id: 'AttendanceRequest',
    examples: [{ date: '2027-07-29', evaluation: false, present: [NIP] }],
  });

export const AttendanceRegister = z
  .object({
    programId: ProgramId,
    cohort: z.int(),
    date: z.string(),
    day: z.int(),
    session: z.enum(['KLASIKAL', 'EVALUASI']),
    present: z.array(Nip),
    recordedBy: z.string(),
    recordedAt: z.string(),
    version: z
      .int()
      .min(1)
      .describe('Pencatatan ke berapa: daftar yang dikirim ulang (koreksi) menaikkannya.'),
  })
  .meta({
    id: 'AttendanceRegister',
    examples: [
      {
        programId: PROGRAM,
        cohort: 19,
        date: '2027-07-29',
        day: 1,
        session: 'KLASIKAL',
        present: [NIP],
        recordedBy: 'bkn-admin-1',
        recordedAt: '2027-07-29T10:00:00.000Z',
        version: 1,
      },
    ],
  });
export type AttendanceRegister = z.infer<typeof AttendanceRegister>;

export const LearningRecord = z
  .object({
    programId: ProgramId,
    nip: Nip,
    cohort: z.int().nullable(),
    confirmation: z
      .object({
        cohort: z.int(),
        attending: z.boolean(),
        confirmedAt: z.string(),
        hasActionPlan: z.boolean(),
        hasCv: z.boolean(),
        version: z.int(),
        history: z.array(ConfirmationAnswer).describe('Setiap jawaban, yang terlama lebih dahulu.'),
      })
      .nullable(),
    eLearning: z.object({ completedOn: z.string().nullable(), jp: z.int() }),
    classroom: z.array(z.object({ date: z.string(), day: z.int(), jp: z.int() })),
    evaluation: z.object({ date: z.string(), jp: z.int() }).nullable(),
    totalJp: z.int(),
    maxJp: z.int(),
    trainingExempt: TrainingExempt.optional(),
  })
  .meta({
    id: 'LearningRecord',
    description: 'JP yang diperoleh peserta: e-learning 3, klasikal 9 + 3, evaluasi 6; paling banyak 21.',
    examples: [
      {
        programId: PROGRAM,
        nip: NIP,
        cohort: 19,
        confirmation: {
          cohort: 19,
          attending: true,
          confirmedAt: AT,
          hasActionPlan: true,
          hasCv: true,
          version: 1,
          history: [
            { version: 1, cohort: 19, attending: true, confirmedBy: 'dewi.lestari', confirmedAt: AT },
          ],
        },
        eLearning: { completedOn: '2027-07-22', jp: 3 },
        classroom: [
          { date: '2027-07-29', day: 1, jp: 9 },
          { date: '2027-07-30', day: 2, jp: 3 },
        ],
        evaluation: { date: '2027-07-30', jp: 6 },
        totalJp: 21,
        maxJp: 21,
      },
    ],
  });
export type LearningRecord = z.infer<typeof LearningRecord>;

export const RulesOfConductRequest = z
  .strictObject({
    source: Text(300).describe('Tata tertib yang berlaku bagi angkatan: judul dan sumbernya.'),
  })
  .meta({
    id: 'RulesOfConductRequest',
    examples: [{ source: 'Panduan Pelatihan dan Sertifikasi Manajemen ASN 2019, Tata Tertib (A, B, C)' }],
  });

export const RulesOfConduct = z
  .object({
    programId: ProgramId,
    cohort: z.int(),
    source: z.string(),
    publishedBy: z.string(),
    publishedAt: z.iso.datetime(),
  })
  .meta({
    id: 'RulesOfConduct',
    description:
      'Tata tertib yang diterbitkan BKN bagi angkatan: sejak itu peserta dicatat hadir di kelas klasikal hanya setelah menyatakannya (TATA-TERTIB-DIAKUI).',
    examples: [
      {
        programId: PROGRAM,
        cohort: 19,
        source: 'Panduan Pelatihan dan Sertifikasi Manajemen ASN 2019, Tata Tertib (A, B, C)',
        publishedBy: 'bkn-admin-1',
        publishedAt: AT,
      },
    ],
  });
export type RulesOfConduct = z.infer<typeof RulesOfConduct>;
