import * as z from 'zod';
import { APPEAL_REVIEW_METHODS } from '../../domain/result/appeal-strategy';
import { DEVELOPMENT_FORMS, SESSION_ROLES } from '../../domain/result/session';
import { DecimalInteger, Nip, ProgramId, SchemeCode } from './identifiers';
import { QualificationCode } from './qualification';
import { DisplayName, DisplayText } from './text';

/*
 * Result session (sidang hasil Uji Kompetensi Teknis, Perban BKN 7/2020 Pasal 25), re-tests (Pasal 26) and
 * appeals (Pasal 25h, 36(1)d). A decision is never changed: a correction (an upheld appeal, or the session's
 * own correction) is a new decision that supersedes the old one.
 */
const PROGRAM = 'prg_0f8fad5b-d9cb-469f-a165-70867728950e';
const NIP = '198503102010011002';

/** `dec_<decidedAt ISO>_<n>`: n counts the participant's decisions from 1, so ids sort by time. */
export const DecisionId = z
  .string()
  .regex(/^dec_\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z_\d{1,3}$/, 'Format ID keputusan tidak dikenal.')
  .meta({ id: 'DecisionId', examples: ['dec_2027-08-20T03:00:00.000Z_1'] });

export const Outcome = z.enum(['KOMPETEN', 'BELUM_KOMPETEN']);

const PersonName = DisplayName(2, 128);

/** Who held the result session and who attended in what role (Perban BKN 7/2020 Pasal 16(5), 25f, 30(2)q). */
export const ResultSessionAttendance = z
  .strictObject({
    chair: z
      .strictObject({ name: PersonName, position: DisplayText(3, 200) })
      .describe('Pejabat unit pelatihan BKN yang memimpin sidang (Pasal 16(5)).'),
    attendees: z
      .array(
        z.strictObject({
          name: PersonName,
          role: z.enum(SESSION_ROLES),
          username: z
            .string()
            .trim()
            .min(2)
            .max(128)
            .optional()
            .describe('Akun asesor atau pakar tim uji (wajib untuk peran ASESOR dan PAKAR).'),
        }),
      )
      .min(1)
      .max(40)
      .describe(
        'Yang hadir dan perannya: UNIT_PELATIHAN_BKN, PENYELENGGARA, ASESOR (paling sedikit satu asesor tim uji, Pasal 30(2)q), PAKAR (tidak memutus, Pasal 30(4)j), PIHAK_LAIN (Pasal 25f).',
      ),
  })
  .meta({ id: 'ResultSessionAttendance' });
export type ResultSessionAttendance = z.infer<typeof ResultSessionAttendance>;

const SESSION_EXAMPLE = {
  chair: { name: 'Dr. Ahmad Jalis, M.A.', position: 'Kepala Pusat Pengembangan ASN' },
  attendees: [
    { name: 'Dr. Ahmad Jalis, M.A.', role: 'UNIT_PELATIHAN_BKN' },
    { name: 'Eko Wahyudi', role: 'PENYELENGGARA' },
    { name: 'Budi Santoso, S.Psi., M.Si.', role: 'ASESOR', username: 'asesor.budi' },
  ],
} as const;

const Development = z.strictObject({
  forms: z
    .array(z.enum(DEVELOPMENT_FORMS))
    .max(8)
    .describe('Bentuk pengembangan kompetensi (Perban BKN 7/2020 Pasal 35(5) a-h).'),
  notes: z.string().trim().min(3).max(2000).optional(),
});

export const FollowUp = z
  .object({
    retest: z.object({
      offered: z.boolean(),
      remaining: z.int().min(0).max(2),
      unitCodes: z.array(z.string()),
      reason: z.string().optional(),
    }),
    development: z.object({
      forms: z.array(z.enum(DEVELOPMENT_FORMS)),
      unitCodes: z.array(z.string()),
      notes: z.string().optional(),
    }),
  })
  .meta({
    id: 'FollowUp',
    description:
      'Tindak lanjut keputusan belum kompeten: tawaran uji ulang (atau alasan tidak ada lagi) dan rekomendasi pengembangan atas unit yang belum kompeten (Perban BKN 7/2020 Pasal 16(7), 25c-d, 35(4)-(5)).',
  });

export const ResultDecision = z
  .object({
    programId: ProgramId,
    nip: Nip,
    decisionId: DecisionId,
    scheme: SchemeCode,
    qualification: QualificationCode.optional().describe(
      'Kualifikasi yang diputus: mengikuti skema dan instansi peserta, bukan pilihan pemanggil.',
    ),
    cohort: z.int().describe('Nomor sesi uji tempat percobaan ini diuji.'),
    testSession: z
      .object({ programId: ProgramId, number: z.int() })
      .optional()
      .describe('Sesi uji tempat diuji bila dari program lain (uji ulang pada program sesudahnya).'),
    attempt: z.int().min(0).max(2),
    outcome: Outcome,
    competentUnits: z.array(z.string()),
    notYetCompetentUnits: z.array(z.string()),
    session: ResultSessionAttendance.optional().describe(
      'Sidang hasil yang memutus: pimpinan dan yang hadir dengan perannya; tidak ada untuk putusan banding.',
    ),
    decidedBy: z.string().describe('Pencatat keputusan dari unit pelatihan BKN (bukan penguji peserta).'),
    decidedAt: z.iso.datetime(),
    reason: z.string(),
    source: z
      .enum(['SIDANG_HASIL', 'BANDING', 'KOREKSI'])
      .describe('KOREKSI: koreksi oleh sidang hasil atas keputusan yang berlaku (`supersedes`).'),
    appealUntil: z.iso.datetime().optional(),
    followUp: FollowUp.optional().describe('Ada pada setiap keputusan BELUM_KOMPETEN.'),
    appealId: z.string().optional(),
    supersedes: DecisionId.optional(),
    supersededBy: DecisionId.optional(),
  })
  .meta({
    id: 'ResultDecision',
    description:
      'Keputusan sidang hasil atas seorang peserta (Perban BKN 7/2020 Pasal 25); tidak pernah diubah, koreksi dicatat sebagai keputusan baru.',
    examples: [
      {
        programId: PROGRAM,
        nip: NIP,
        decisionId: 'dec_2027-08-20T03:00:00.000Z_1',
        scheme: 'ADMINISTRATOR',
        qualification: 'ADMINISTRATOR',
        cohort: 19,
        attempt: 0,
        outcome: 'BELUM_KOMPETEN',
        competentUnits: ['MASN-ADM-01'],
        notYetCompetentUnits: ['MASN-ADM-02'],
        session: SESSION_EXAMPLE,
        decidedBy: 'pusbang.sidang',
        decidedAt: '2027-08-20T03:00:00.000Z',
        reason: 'Unit MASN-ADM-02 direkomendasikan belum kompeten oleh asesor.',
        source: 'SIDANG_HASIL',
        appealUntil: '2027-09-03T03:00:00.000Z',
        followUp: {
          retest: { offered: true, remaining: 2, unitCodes: ['MASN-ADM-02'] },
          development: { forms: ['PELATIHAN', 'PEMBIMBINGAN'], unitCodes: ['MASN-ADM-02'] },
        },
      },
    ],
  });
export type ResultDecision = z.infer<typeof ResultDecision>;

const DecisionReason = z.string().trim().min(3).max(2000);
const AppealPeriodDays = z.int().min(1).max(90).default(14);

export const ResultDecisionRequest = z
  .strictObject({
    session: ResultSessionAttendance,
    reason: DecisionReason.optional(),
    development: Development.optional().describe(
      'Rekomendasi pengembangan bila peserta belum kompeten; bawaan: PELATIHAN atas unit yang belum kompeten.',
    ),
    appealPeriodDays: AppealPeriodDays,
  })
  .meta({
    id: 'ResultDecisionRequest',
    examples: [{ session: SESSION_EXAMPLE, appealPeriodDays: 14 }],
  });

/**
 * The most decisions one cohort request records. Each decision is two items of one DynamoDB
 * TransactWriteItems (the attempt's guard and the decision, R4 of docs/data-model.md), which holds at most 100
 * items: 50 decisions, so a full cohort of 30 (the 2019 programme's size) is decided in one request with
 * room to spare. A cohort planned larger than 50 (capacity may reach 200) is decided in several requests.
 */
export const MAX_SESSION_DECISIONS = 50;

export const CohortResultDecisionsRequest = z
  .strictObject({
    session: ResultSessionAttendance,
    appealPeriodDays: AppealPeriodDays,
    decisions: z
      .array(
        z.strictObject({ nip: Nip, reason: DecisionReason.optional(), development: Development.optional() }),
      )
      .min(1)
      .max(MAX_SESSION_DECISIONS)
      .superRefine((decisions, ctx) => {
        decisions.forEach(({ nip }, i) => {
          if (decisions.findIndex((d) => d.nip === nip) < i) {
            ctx.addIssue({
              code: 'custom',
              path: [i, 'nip'],
              message: `NIP ${nip} tercantum lebih dari sekali; satu keputusan per peserta.`,
            });
          }
        });
      }),
  })
  .meta({
    id: 'CohortResultDecisionsRequest',
    examples: [
      {
        session: SESSION_EXAMPLE,
        appealPeriodDays: 14,
        decisions: [
          { nip: NIP },
          {
            nip: '199002152015032001',
            reason: 'Unit MASN-ADM-02 direkomendasikan belum kompeten oleh asesor.',
          },
        ],
      },
    ],
  });

export const CohortResultDecisions = z
  .object({
    programId: ProgramId,
    cohort: z.int(),
    decisions: z.array(ResultDecision),
    alreadyDecided: z.array(Nip),
  })
  .meta({
    id: 'CohortResultDecisions',
    description: 'Urutan permintaan; `alreadyDecided`: NIP yang sudah diputus sebelumnya.',
    examples: [
      {
        programId: PROGRAM,
        cohort: 19,
        decisions: [(ResultDecision.meta()?.examples as unknown[])[0]],
        alreadyDecided: [],
      },
    ],
  });
export type CohortResultDecisions = z.infer<typeof CohortResultDecisions>;

export const RetestRequest = z
  .strictObject({
    toCohort: z.int().min(1).max(999).describe('Nomor sesi uji (angkatan atau sesi uji ulang BKN).'),
    toProgram: ProgramId.optional().describe(
      'Program sesi uji itu, bila program lain yang sesudahnya (Pasal 26(1): dalam jenjang jabatannya).',
    ),
  })
  .meta({ id: 'RetestRequest', examples: [{ toCohort: 21 }] });

export const RetestBooking = z
  .object({
    programId: ProgramId,
    nip: Nip,
    retestNumber: z.int().min(1).max(2),
    retestAtLevel: z
      .int()
      .min(1)
      .max(2)
      .optional()
      .describe('Uji ulang ke berapa bagi ASN ini pada jenjangnya, di semua program.'),
    cohort: z.int(),
    session: z
      .object({ programId: ProgramId, number: z.int(), testDate: z.string() })
      .optional()
      .describe(
        'Sesi uji tempat uji ulang: angkatan atau sesi uji ulang, dalam program ini atau sesudahnya.',
      ),
    scheme: SchemeCode,
    unitCodes: z.array(z.string()),
    basedOn: DecisionId,
    bookedBy: z.string(),
    bookedAt: z.iso.datetime(),
  })
  .meta({
    id: 'RetestBooking',
    examples: [
      {
        programId: PROGRAM,
        nip: NIP,
        retestNumber: 1,
        retestAtLevel: 1,
        cohort: 21,
        session: { programId: PROGRAM, number: 21, testDate: '2027-08-06' },
        scheme: 'ADMINISTRATOR',
        unitCodes: ['MASN-ADM-02'],
        basedOn: 'dec_2027-08-20T03:00:00.000Z_1',
        bookedBy: 'bkn-admin-1',
        bookedAt: '2027-08-21T03:00:00.000Z',
      },
    ],
  });
export type RetestBooking = z.infer<typeof RetestBooking>;

export const AppealRequest = z
  .strictObject({
    subject: z.enum(['HASIL', 'PROSES']),
    decisionId: DecisionId,
    grounds: z.string().trim().max(4000),
    unitCodes: z.array(z.string().min(1).max(32)).max(40).default([]),
  })
  .meta({
    id: 'AppealRequest',
    examples: [
      {
        subject: 'HASIL',
        decisionId: 'dec_2027-08-20T03:00:00.000Z_1',
        grounds: 'Bukti portofolio unit MASN-ADM-02 tidak dipertimbangkan asesor.',
        unitCodes: ['MASN-ADM-02'],
      },
    ],
  });

export const AppealReviewRequest = z
  .strictObject({
    reviewer: z.string().trim().min(2).max(128),
  })
  .meta({
    id: 'AppealReviewRequest',
    description:
      'Peninjau independen dari unit pelatihan BKN: tidak menguji peserta dan tidak hadir atau mencatat sidang yang diputus.',
    examples: [{ reviewer: 'pusbang.peninjau' }],
  });

export const AppealResolutionRequest = z
  .strictObject({
    upheld: z.boolean(),
    reason: DecisionReason,
    competentUnits: z.array(z.string().min(1).max(32)).max(40).default([]),
    method: z
      .enum(APPEAL_REVIEW_METHODS)
      .optional()
      .describe(
        'Cara peninjauan; wajib, dan salah satu cara strategi, bila banding diajukan atas sidang yang menetapkan strategi banding (Pasal 25h).',
      ),
  })
  .meta({
    id: 'AppealResolutionRequest',
    examples: [
      {
        upheld: true,
        reason: 'Bukti portofolio memenuhi kriteria unjuk kerja unit MASN-ADM-02.',
        competentUnits: ['MASN-ADM-02'],
      },
    ],
  });

export const Appeal = z
  .object({
    programId: ProgramId,
    nip: Nip,
    appealId: z.string(),
    decisionId: DecisionId,
    subject: z.enum(['HASIL', 'PROSES']),
    grounds: z.string(),
    unitCodes: z.array(z.string()),
    status: z.enum(['OPEN', 'RESOLVED']),
    filedBy: z.string(),
    filedAt: z.iso.datetime(),
    reviewDeadline: z.iso.datetime(),
    reviewer: z.string().optional(),
    strategy: z
      .object({
        reviewers: z.array(z.string()),
        reviewDays: z.int(),
        methods: z.array(z.enum(APPEAL_REVIEW_METHODS)),
        setAt: z.iso.datetime(),
      })
      .optional()
      .describe(
        'Strategi banding sidang yang memutus, yang berlaku saat banding diajukan (Pasal 25h); tanpa strategi: 14 hari, peninjau independen mana pun.',
      ),
    resolution: z
      .object({
        upheld: z.boolean(),
        reason: z.string(),
        method: z.enum(APPEAL_REVIEW_METHODS).optional(),
        decidedBy: z.string(),
        decidedAt: z.iso.datetime(),
        resultingDecisionId: DecisionId,
      })
      .optional(),
  })
  .meta({
    id: 'Appeal',
    examples: [
      {
        programId: PROGRAM,
        nip: NIP,
        appealId: 'bdg_2027-08-22T03:00:00.000Z_1a2b3c4d',
        decisionId: 'dec_2027-08-20T03:00:00.000Z_1',
        subject: 'HASIL',
        grounds: 'Bukti portofolio unit MASN-ADM-02 tidak dipertimbangkan asesor.',
        unitCodes: ['MASN-ADM-02'],
        status: 'OPEN',
        filedBy: NIP,
        filedAt: '2027-08-22T03:00:00.000Z',
        reviewDeadline: '2027-09-05T03:00:00.000Z',
        reviewer: 'pusbang.peninjau',
      },
    ],
  });
export type Appeal = z.infer<typeof Appeal>;

export const ResultCorrectionRequest = z
  .strictObject({
    session: ResultSessionAttendance,
    reason: DecisionReason.describe('Dasar koreksi, mis. temuan atas bukti atau cacat persidangan.'),
    competentUnits: z
      .array(z.string().min(1).max(32))
      .max(40)
      .describe('Semua unit yang kini dinyatakan kompeten; unit dipersyaratkan lainnya belum kompeten.'),
    appealPeriodDays: AppealPeriodDays,
  })
  .meta({
    id: 'ResultCorrectionRequest',
    examples: [
      {
        session: SESSION_EXAMPLE,
        reason: 'Bukti portofolio unit MASN-ADM-02 ternyata bukan karya peserta (berita acara 12/2027).',
        competentUnits: ['MASN-ADM-01'],
        appealPeriodDays: 14,
      },
    ],
  });

export const DecisionPath = z.strictObject({ programId: ProgramId, nip: Nip, decisionId: DecisionId });

export const CohortParticipantPath = z.strictObject({
  programId: ProgramId,
  number: DecimalInteger(1, 999),
  nip: Nip,
});

export const AppealPath = z.strictObject({
  programId: ProgramId,
  nip: Nip,
  appealId: z.string().regex(/^bdg_[0-9TZ:.-]+_[0-9a-f]{8}$/, 'Format ID banding tidak dikenal.'),
});

export const ResultRecord = z
  .object({
    programId: ProgramId,
    nip: Nip,
    decisions: z.array(ResultDecision),
    retests: z.array(RetestBooking),
    appeals: z.array(Appeal),
    current: DecisionId.nullable(),
    followUp: FollowUp.nullable().describe(
      'Tindak lanjut keputusan yang berlaku bila belum kompeten, dengan sisa uji ulang ASN ini pada jenjangnya saat ini.',
    ),
    retestsTakenAtLevel: z
      .int()
      .min(0)
      .max(2)
      .describe('Uji ulang yang sudah dijadwalkan atau diikuti ASN ini pada jenjangnya, di semua program.'),
  })
  .meta({
    id: 'ResultRecord',
    examples: [
      {
        programId: PROGRAM,
        nip: NIP,
        decisions: [(ResultDecision.meta()?.examples as unknown[])[0]],
        retests: [(RetestBooking.meta()?.examples as unknown[])[0]],
        appeals: [],
        current: 'dec_2027-08-20T03:00:00.000Z_1',
        followUp: {
          retest: { offered: true, remaining: 1, unitCodes: ['MASN-ADM-02'] },
          development: { forms: ['PELATIHAN'], unitCodes: ['MASN-ADM-02'] },
        },
        retestsTakenAtLevel: 1,
      },
    ],
  });
export type ResultRecord = z.infer<typeof ResultRecord>;
