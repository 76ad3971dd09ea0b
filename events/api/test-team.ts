import * as z from 'zod';
import { DIFFICULTY_LEVELS } from '../../domain/assessment/test-team';
import { GOLONGAN_RUANG } from '../../domain/identity/rank';
import { ASSESSOR_EXAMPLE, AssessorAssignment, ExpertAssignment } from './assessment';
import { InstansiCode, Nip, ProgramId } from './identifiers';
import { Recommendation } from './preassessment';
import { DisplayName, DisplayText } from './text';

/*
 * The test team as the head of BKN forms it by decree (Perban BKN 7/2020 Pasal 19(2)-(6)), the ratio of
 * participants per assessor it is sized by (19(3)) and the pre-test consultation reports its leader receives
 * (30(1)d).
 */
const PROGRAM = 'prg_0f8fad5b-d9cb-469f-a165-70867728950e';
const TEAM_ID = 'tim_7c9e6679-7425-40de-944b-e07fc1f90ae7';
const AT = '2027-07-01T03:00:00.000Z';
const IsoDate = z.iso.date();

export const TeamPath = z.strictObject({
  teamId: z
    .string()
    .regex(
      /^tim_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      'Format ID tim uji tidak dikenal.',
    ),
});

const Difficulty = z.enum(DIFFICULTY_LEVELS).describe('Tingkat kesulitan pelaksanaan uji (Pasal 19(3)).');

const ratioFields = {
  RENDAH: z.int().min(1).max(50),
  SEDANG: z.int().min(1).max(50),
  TINGGI: z.int().min(1).max(50),
};

export const TestTeamRatioRequest = z.strictObject(ratioFields).meta({
  id: 'TestTeamRatioRequest',
  description:
    'Peserta yang diuji seorang asesor menurut tingkat kesulitan uji (Pasal 19(3)): data rujukan BKN, bukan ketentuan dalam kode.',
  examples: [{ RENDAH: 15, SEDANG: 12, TINGGI: 8 }],
});

export const TestTeamRatio = z
  .object({ participantsPerAssessor: z.object(ratioFields), setBy: z.string(), setAt: z.string() })
  .meta({
    id: 'TestTeamRatio',
    examples: [
      { participantsPerAssessor: { RENDAH: 15, SEDANG: 12, TINGGI: 8 }, setBy: 'bkn-admin-1', setAt: AT },
    ],
  });
export type TestTeamRatio = z.infer<typeof TestTeamRatio>;

const Origin = z
  .strictObject({ instansiCode: InstansiCode, instansiName: DisplayText(2, 200) })
  .describe('Instansi asal anggota: BKN atau instansi pemerintah lain (Pasal 19(4)).');

const onTeam = { origin: Origin, leader: z.boolean().default(false).describe('Ketua tim uji.') };

const DecreeAssessor = AssessorAssignment.extend(onTeam);
const DecreeExpert = ExpertAssignment.extend({
  ...onTeam,
  assesses: z
    .boolean()
    .default(false)
    .describe(
      'Pakar ikut menilai dalam suatu metode uji (Pasal 30(4)i): aturan pangkat Pasal 19(6) berlaku.',
    ),
  golongan: z
    .enum(GOLONGAN_RUANG)
    .optional()
    .describe('Pangkat (terakhir, bagi pensiunan); wajib bila ikut menilai.'),
});
const DecreeStaff = z.strictObject({
  role: z.literal('pengelola-administrasi'),
  username: z.string().trim().min(2).max(128),
  nip: Nip,
  name: DisplayName(),
  ...onTeam,
});

const Signer = z
  .strictObject({
    capacity: z.enum(['KEPALA_BKN', 'PEJABAT_DITUNJUK']),
    name: DisplayName(),
    nip: Nip,
    position: DisplayText(3, 200),
    designation: DisplayText(3, 100)
      .optional()
      .describe('Nomor surat penunjukan, bila ditandatangani pejabat yang ditunjuk Kepala BKN.'),
  })
  .refine((s) => s.capacity === 'KEPALA_BKN' || s.designation !== undefined, {
    message: 'Keputusan pejabat yang ditunjuk mencantumkan nomor surat penunjukannya.',
    path: ['designation'],
  });

/** Pasal 19(6): an expert who assesses is of a rank the rule can check, so states it. */
function expertsWhoAssessStateTheirRank(
  members: readonly { role: string; assesses?: boolean; golongan?: unknown }[],
  ctx: z.RefinementCtx,
): void {
  members.forEach((m, i) => {
    if (m.role === 'pakar' && m.assesses && m.golongan === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'Pangkat pakar yang ikut menilai wajib diisi (Pasal 19(6)).',
        path: ['members', i, 'golongan'],
      });
    }
  });
}

/** What the decree says of the example team: its number, date and signer, its period and difficulty. */
const DECREE_EXAMPLE = {
  decree: {
    number: '123/KEP/BKN/2027',
    date: '2027-07-01',
    signedBy: {
      capacity: 'KEPALA_BKN',
      name: 'Prof. Dr. Haryomo Dwi Putranto',
      nip: '196501011990031001',
      position: 'Kepala Badan Kepegawaian Negara',
    },
  },
  period: { from: '2027-07-15', to: '2027-08-31' },
  difficulty: 'SEDANG',
} as const;

const STAFF_EXAMPLE = {
  role: 'pengelola-administrasi',
  username: 'admin.tim.rina',
  nip: '198801012010122001',
  name: 'Rina Marlina, S.E.',
  origin: { instansiCode: 'BKN01', instansiName: 'Badan Kepegawaian Negara' },
  leader: false,
} as const;

const Decree = z.strictObject({
  number: DisplayText(3, 100).describe('Nomor keputusan Kepala BKN.'),
  date: IsoDate,
  signedBy: Signer,
});

export const TestTeamRequest = z
  .strictObject({
    decree: Decree,
    period: z.strictObject({ from: IsoDate, to: IsoDate }).describe('Jangka waktu tim (Pasal 19(5)).'),
    difficulty: Difficulty,
    cohorts: z
      .array(z.strictObject({ programId: ProgramId, number: z.int().min(1).max(999) }))
      .min(1)
      .max(4)
      .describe('Angkatan (sesi uji) yang dilayani tim.'),
    members: z
      .array(z.discriminatedUnion('role', [DecreeAssessor, DecreeExpert, DecreeStaff]))
      .min(2)
      .max(20),
  })
  .superRefine((team, ctx) => {
    const cohorts = team.cohorts.map((c) => `${c.programId}#${c.number}`);
    cohorts.forEach((key, i) => {
      if (cohorts.indexOf(key) !== i) {
        ctx.addIssue({
          code: 'custom',
          message: 'Angkatan tercantum lebih dari sekali.',
          path: ['cohorts', i],
        });
      }
    });
    expertsWhoAssessStateTheirRank(team.members, ctx);
  })
  .meta({
    id: 'TestTeamRequest',
    description:
      'Tim uji yang dibentuk dengan keputusan Kepala BKN (Pasal 19(2), (5)): asesor, pakar/praktisi bila diperlukan, dan pengelola administrasi dari BKN dan instansi lain, dengan satu ketua tim.',
    examples: [
      {
        ...DECREE_EXAMPLE,
        cohorts: [{ programId: PROGRAM, number: 19 }],
        members: [
          {
            ...ASSESSOR_EXAMPLE,
            origin: { instansiCode: 'BKN01', instansiName: 'Badan Kepegawaian Negara' },
            leader: true,
          },
          STAFF_EXAMPLE,
        ],
      },
    ],
  });
export type TestTeamRequest = z.infer<typeof TestTeamRequest>;

export const TeamAmendmentRequest = z
  .strictObject({
    decree: Decree.describe('Keputusan perubahan Kepala BKN.'),
    members: z
      .array(
        z.discriminatedUnion('role', [
          DecreeAssessor.omit({ leader: true }),
          DecreeExpert.omit({ leader: true }),
        ]),
      )
      .min(1)
      .max(10)
      .describe('Asesor atau pakar yang ditambahkan; ketua tim tetap.'),
  })
  .superRefine((amendment, ctx) => expertsWhoAssessStateTheirRank(amendment.members, ctx))
  .meta({
    id: 'TeamAmendmentRequest',
    description:
      'Keputusan perubahan yang menambah asesor atau pakar pada tim uji, mis. bila peserta angkatannya bertambah (Pasal 19(3)).',
    examples: [
      {
        decree: { ...DECREE_EXAMPLE.decree, number: '124/KEP/BKN/2027', date: '2027-07-10' },
        members: [
          {
            ...ASSESSOR_EXAMPLE,
            username: 'asesor.rina',
            nip: '197602022001122001',
            name: 'Rina Kartika, S.Psi., M.Si.',
            origin: { instansiCode: 'BKN01', instansiName: 'Badan Kepegawaian Negara' },
          },
        ],
      },
    ],
  });
export type TeamAmendmentRequest = z.infer<typeof TeamAmendmentRequest>;

export const TestTeam = z
  .object({
    teamId: z.string(),
    decree: z.object({
      number: z.string(),
      date: z.string(),
      signedBy: z.object({
        capacity: z.string(),
        name: z.string(),
        nip: z.string(),
        position: z.string(),
        designation: z.string().optional(),
      }),
    }),
    period: z.object({ from: z.string(), to: z.string() }),
    difficulty: Difficulty,
    participantsPerAssessor: z.int().describe('Rasio yang berlaku saat pembentukan.'),
    participants: z.int(),
    assessorsNeeded: z.int(),
    cohorts: z.array(z.object({ programId: z.string(), number: z.int(), participants: z.int() })),
    members: z.array(
      z.object({
        role: z.enum(['asesor', 'pakar', 'pengelola-administrasi']),
        username: z.string(),
        nip: z.string(),
        name: z.string(),
        origin: z.object({ instansiCode: z.string(), instansiName: z.string() }),
        leader: z.boolean(),
      }),
    ),
    leader: z.string().describe('Nama pengguna ketua tim.'),
    formedBy: z.string(),
    formedAt: z.string(),
    amendments: z
      .array(
        z.object({
          decree: z.object({ number: z.string(), date: z.string() }),
          members: z.array(z.string()).describe('Nama pengguna anggota yang ditambahkan.'),
          amendedBy: z.string(),
          amendedAt: z.string(),
        }),
      )
      .optional()
      .describe(
        'Keputusan perubahan yang menambah anggota; peserta dan kebutuhan asesor dihitung ulang saat itu.',
      ),
  })
  .meta({
    id: 'TestTeam',
    examples: [
      {
        teamId: TEAM_ID,
        ...DECREE_EXAMPLE,
        participantsPerAssessor: 12,
        participants: 10,
        assessorsNeeded: 1,
        cohorts: [{ programId: PROGRAM, number: 19, participants: 10 }],
        members: [
          {
            role: 'asesor',
            username: 'asesor.budi',
            nip: '197501012000031001',
            name: 'Budi Santoso, S.H., M.Si.',
            origin: { instansiCode: 'BKN01', instansiName: 'Badan Kepegawaian Negara' },
            leader: true,
          },
          STAFF_EXAMPLE,
        ],
        leader: 'asesor.budi',
        formedBy: 'bkn-admin-1',
        formedAt: AT,
      },
    ],
  });
export type TestTeam = z.infer<typeof TestTeam>;

export const ConsultationReport = z.object({
  programId: z.string(),
  cohort: z.int(),
  nip: z.string(),
  name: z.string(),
  instansiCode: z.string(),
  assessor: z
    .object({ username: z.string(), name: z.string() })
    .nullable()
    .describe('Asesor konsultasi pra uji peserta.'),
  recommendation: Recommendation.nullable().describe('Laporan hasil konsultasi pra uji (Pasal 30(1)c-d).'),
  reports: z.int().describe('Jumlah rekomendasi yang pernah dicatat.'),
});

export const ConsultationReportList = z.object({ items: z.array(ConsultationReport) }).meta({
  id: 'ConsultationReportList',
  description: 'Laporan konsultasi pra uji asesor yang diterima ketua tim uji (Pasal 30(1)d).',
  examples: [
    {
      items: [
        {
          programId: PROGRAM,
          cohort: 19,
          nip: '198503102010011002',
          name: 'Andi Pratama',
          instansiCode: '4011',
          assessor: { username: 'asesor.budi', name: 'Budi Santoso, S.H., M.Si.' },
          recommendation: {
            outcome: 'FIT',
            selfAssessmentVersion: 2,
            recommendedBy: 'asesor.budi',
            recommendedAt: '2027-06-18T04:00:00.000Z',
          },
          reports: 1,
        },
      ],
    },
  ],
});
