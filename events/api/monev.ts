import * as z from 'zod';
import {
  LAST_POINT,
  MAX_POINTS,
  PROGRESS_STATUSES,
  REPORT_GROUPS,
  type ProgressStatus,
} from '../../domain/monev/monev';
import { MILESTONE_TERMS, PLAN_PARTS } from '../../domain/training/action-plan';
import { DecimalInteger, InstansiCode, Nip, ProgramId, SchemeCode } from './identifiers';
import { ACTION_PLAN_EXAMPLE, ActionPlan, PlanIdentity, PlanMentor } from './training';

const PROGRAM = 'prg_0f8fad5b-d9cb-469f-a165-70867728950e';
const MENTOR_NIP = '197001011995031001';
const Text = (max: number) => z.string().trim().min(3).max(max);
const NIP = '198503102010011002';
const MILESTONES_EXAMPLE = ACTION_PLAN_EXAMPLE.milestones.map((m, i) => ({ id: `M${i + 1}`, ...m }));
const PLAN_RECORD_EXAMPLE = {
  programId: PROGRAM,
  nip: NIP,
  instansiCode: '3201',
  cohort: 19,
  actionPlan: { ...ACTION_PLAN_EXAMPLE, milestones: MILESTONES_EXAMPLE },
  missing: [],
  confirmedAt: '2027-07-20T03:00:00.000Z',
  version: 1,
};
const ROUND_DATES = { opensOn: '2027-10-30', remindOn: '2027-11-22', closesOn: '2027-11-29' };

/** A milestone as stored plans and questionnaires give it: with the id Monev answers name it by. */
const StoredMilestone = z.object({
  id: z.string().describe('Id langkah kerja: urutannya dalam rencana, M1, M2, ...'),
  term: z.enum(MILESTONE_TERMS),
  activity: z.string(),
  duration: z.object({ value: z.int(), unit: z.string() }),
  output: z.string(),
  weeks: z.object({ from: z.int(), to: z.int() }).optional(),
});

export const ActionPlanRecord = z
  .object({
    programId: ProgramId,
    nip: Nip,
    instansiCode: InstansiCode,
    cohort: z.int(),
    actionPlan: ActionPlan.extend({ milestones: z.array(StoredMilestone) }),
    missing: z
      .array(z.enum(PLAN_PARTS))
      .describe('Bagian formulir yang belum diisi (rencana dari klien lama): identity, mentor, timeline.'),
    confirmedAt: z.string(),
    version: z.int(),
  })
  .meta({
    id: 'ActionPlanRecord',
    description:
      'Rencana tindak lanjut peserta sebagaimana dikonfirmasi; dibaca peserta, instansinya, mentornya dan BKN.',
    examples: [PLAN_RECORD_EXAMPLE],
  });
export type ActionPlanRecord = z.infer<typeof ActionPlanRecord>;

export const ActionPlanList = z.object({ items: z.array(ActionPlanRecord) }).meta({
  id: 'ActionPlanList',
  description: 'Rencana tindak lanjut yang menyebut mentor ini.',
  examples: [{ items: [PLAN_RECORD_EXAMPLE] }],
});

export const MonevSettingsRequest = z
  .strictObject({
    points: z
      .array(z.int().min(1).max(LAST_POINT))
      .min(1)
      .max(MAX_POINTS)
      .describe('Bulan setelah hari terakhir angkatan saat putaran Monev dibuka, berurutan.'),
    answerDays: z.int().min(7).max(60).default(30).describe('Lama putaran terbuka (hari).'),
    reminderDaysBefore: z.int().min(1).max(59).default(7).describe('Pengingat, hari sebelum ditutup.'),
  })
  .meta({
    id: 'MonevSettingsRequest',
    examples: [{ points: [3, 6, 12], answerDays: 30, reminderDaysBefore: 7 }],
  });

export const MonevRound = z.object({
  programId: ProgramId,
  cohort: z.int(),
  point: z.int(),
  level: SchemeCode,
  opensOn: z.string(),
  remindOn: z.string(),
  closesOn: z.string(),
  status: z.enum(['OPEN', 'CLOSED']),
  openedAt: z.string(),
  /** When every questionnaire of the round had been created and e-mailed: later runs leave the round be. */
  sentAt: z.string().optional().describe('Semua kuesioner putaran ini sudah dibuat dan dikirim.'),
  /** When every reminder due had been e-mailed. */
  remindedAt: z.string().optional().describe('Semua pengingat putaran ini sudah dikirim.'),
  closedAt: z.string().optional(),
});
export type MonevRound = z.infer<typeof MonevRound>;

export const MonevProgramme = z
  .object({
    programId: ProgramId,
    points: z.array(z.int()),
    answerDays: z.int(),
    reminderDaysBefore: z.int(),
    isDefault: z.boolean().describe('true: program belum menetapkan, berlaku bawaan 3, 6, 12 bulan.'),
    rounds: z.array(MonevRound),
  })
  .meta({
    id: 'MonevProgramme',
    examples: [
      {
        programId: PROGRAM,
        points: [3, 6, 12],
        answerDays: 30,
        reminderDaysBefore: 7,
        isDefault: true,
        rounds: [
          {
            programId: PROGRAM,
            cohort: 19,
            point: 3,
            level: 'ADMINISTRATOR',
            ...ROUND_DATES,
            status: 'OPEN',
            openedAt: '2027-10-29T17:15:00.000Z',
          },
        ],
      },
    ],
  });

export const CurrentMentor = z.strictObject({
  nip: Nip.optional(),
  name: Text(200),
  position: Text(300).optional(),
});

export const MonevAnswerRequest = z
  .strictObject({
    identity: PlanIdentity.describe('Identitas penjawab (peserta, atau mentor/atasan).'),
    currentMentor: CurrentMentor.optional().describe(
      'Mentor/atasan langsung peserta saat ini; wajib bagi peserta (MONEV-MENTOR-SAAT-INI).',
    ),
    progress: z
      .array(
        z.strictObject({
          milestoneId: z.string().regex(/^M[0-9]{1,2}$/),
          status: z.enum(PROGRESS_STATUSES),
          note: z.string().trim().max(2000).default(''),
        }),
      )
      .max(30)
      .describe('Perkembangan setiap langkah kerja, dengan id-nya (MONEV-LANGKAH-KERJA).'),
    impact: z.strictObject({
      rating: z.int().min(1).max(5).describe('1 tidak berdampak ... 5 sangat berdampak.'),
      description: Text(4000),
    }),
    suggestions: z.string().trim().max(4000).default(''),
  })
  .meta({
    id: 'MonevAnswerRequest',
    examples: [
      {
        identity: {
          name: 'Dr. NH',
          position: 'Kepala Bidang Pengelolaan Diklat ASN',
          unit: 'Pusat Pengembangan ASN BKN',
          email: 'nh@example.go.id',
        },
        currentMentor: { nip: MENTOR_NIP, name: 'Arm, S.Sos' },
        progress: [
          { milestoneId: 'M1', status: 'SELESAI', note: 'Konsep disusun.' },
          { milestoneId: 'M2', status: 'BERJALAN', note: '' },
        ],
        impact: { rating: 4, description: 'Penyusunan kebijakan lebih terarah.' },
        suggestions: 'Tambahkan sesi praktik.',
      },
    ],
  });
export type MonevAnswerRequest = z.infer<typeof MonevAnswerRequest>;

const QUESTIONNAIRE_EXAMPLE = {
  programId: PROGRAM,
  cohort: 19,
  point: 3,
  nip: NIP,
  respondent: 'MENTOR',
  recipientNip: MENTOR_NIP,
  instansiCode: '3201',
  level: 'ADMINISTRATOR',
  participantName: 'Dr. NH',
  mentor: ACTION_PLAN_EXAMPLE.mentor,
  plan: { title: ACTION_PLAN_EXAMPLE.title, milestones: MILESTONES_EXAMPLE },
  ...ROUND_DATES,
  sentAt: '2027-10-29T17:15:00.000Z',
};

export const Questionnaire = z
  .object({
    programId: ProgramId,
    cohort: z.int(),
    point: z.int(),
    nip: Nip.describe('Peserta yang rencananya dimonitor.'),
    respondent: z.enum(['PESERTA', 'MENTOR']),
    recipientNip: Nip,
    recipient: z
      .object({ name: z.string(), email: z.email().optional() })
      .optional()
      .describe(
        'Kepada siapa kuesioner dan pengingatnya dikirim lewat e-mail; tanpa alamat, tidak ada e-mail.',
      ),
    instansiCode: InstansiCode,
    level: SchemeCode,
    participantName: z.string(),
    mentor: PlanMentor.optional(),
    plan: z.object({ title: z.string(), milestones: z.array(StoredMilestone) }),
    opensOn: z.string(),
    remindOn: z.string(),
    closesOn: z.string(),
    sentAt: z.string().optional(),
    remindedAt: z.string().optional(),
    answer: MonevAnswerRequest.optional(),
    answeredAt: z.string().optional(),
  })
  .meta({
    id: 'Questionnaire',
    description: 'Kuesioner Monev satu putaran bagi satu penerima.',
    examples: [QUESTIONNAIRE_EXAMPLE],
  });
export type Questionnaire = z.infer<typeof Questionnaire>;

export const QuestionnaireList = z.object({ items: z.array(Questionnaire) }).meta({
  id: 'QuestionnaireList',
  description: 'Kuesioner yang masih terbuka bagi pemanggil.',
  examples: [{ items: [QUESTIONNAIRE_EXAMPLE] }],
});

export const MonevPointPath = z.strictObject({
  programId: ProgramId,
  nip: Nip,
  point: DecimalInteger(1, LAST_POINT).describe('Titik Monev: bulan setelah pelatihan.'),
});

export const MonevReportQuery = z
  .strictObject({
    by: z.enum(REPORT_GROUPS).describe('cohort, instansi atau level (jenjang/skema).'),
    programId: ProgramId.optional().describe('Satu program.'),
    year: DecimalInteger(2019, 2100)
      .optional()
      .describe('Semua program satu tahun (tanpa programId); tanpa keduanya, tahun berjalan (WIB).'),
    format: z.enum(['json', 'csv']).default('json'),
  })
  // Every programme ever created is not a report (its cost would grow with the years in the table): one
  // programme, or the programmes of one year, the current one when neither is named.
  .refine((q) => q.programId === undefined || q.year === undefined, {
    message: 'Sebutkan salah satu saja: programId (satu program) atau year (semua program satu tahun).',
    path: ['programId'],
  });

const Figures = z.object({
  sent: z.int(),
  answered: z.int(),
  responseRate: z.number().nullable(),
  impactAverage: z.number().nullable(),
});

export const MonevReport = z
  .object({
    by: z.enum(REPORT_GROUPS),
    programId: ProgramId.optional(),
    year: z.int().optional(),
    rows: z.array(
      z.object({
        group: z.string(),
        point: z.int(),
        participant: Figures,
        mentor: Figures,
        milestones: z
          .object(
            Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, z.int()])) as Record<
              ProgressStatus,
              z.ZodInt
            >,
          )
          .describe('Langkah kerja per status, dari jawaban peserta.'),
      }),
    ),
  })
  .meta({
    id: 'MonevReport',
    description: 'Tingkat respons dan hasil Monev per angkatan, instansi atau jenjang, per titik Monev.',
    examples: [
      {
        by: 'instansi',
        programId: PROGRAM,
        rows: [
          {
            group: '3201',
            point: 3,
            participant: { sent: 2, answered: 1, responseRate: 0.5, impactAverage: 4 },
            mentor: { sent: 1, answered: 1, responseRate: 1, impactAverage: 5 },
            milestones: { BELUM_MULAI: 0, BERJALAN: 1, SELESAI: 1, TIDAK_DILAKSANAKAN: 0 },
          },
        ],
      },
    ],
  });
export type MonevReport = z.infer<typeof MonevReport>;
