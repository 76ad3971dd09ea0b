import * as z from 'zod';
import { Nip, ProgramId, SchemeCode, DecimalInteger } from './identifiers';

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

export const ResultDecision = z
  .object({
    programId: ProgramId,
    nip: Nip,
    decisionId: DecisionId,
    scheme: SchemeCode,
    cohort: z.int(),
    attempt: z.int().min(0).max(2),
    outcome: Outcome,
    competentUnits: z.array(z.string()),
    notYetCompetentUnits: z.array(z.string()),
    committee: z.array(z.string()),
    decidedBy: z.string(),
    decidedAt: z.iso.datetime(),
    reason: z.string(),
    source: z
      .enum(['SIDANG_HASIL', 'BANDING', 'KOREKSI'])
      .describe('KOREKSI: koreksi oleh sidang hasil atas keputusan yang berlaku (`supersedes`).'),
    appealUntil: z.iso.datetime().optional(),
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
        cohort: 19,
        attempt: 0,
        outcome: 'BELUM_KOMPETEN',
        competentUnits: ['MASN-ADM-01'],
        notYetCompetentUnits: ['MASN-ADM-02'],
        committee: ['komite.ketua', 'komite.anggota1', 'komite.anggota2'],
        decidedBy: 'komite.ketua',
        decidedAt: '2027-08-20T03:00:00.000Z',
        reason: 'Unit MASN-ADM-02 direkomendasikan belum kompeten oleh asesor.',
        source: 'SIDANG_HASIL',
        appealUntil: '2027-09-03T03:00:00.000Z',
      },
    ],
  });
export type ResultDecision = z.infer<typeof ResultDecision>;

const Committee = z.array(z.string().trim().min(2).max(128)).min(1).max(15);
const DecisionReason = z.string().trim().min(3).max(2000);
const AppealPeriodDays = z.int().min(1).max(90).default(14);
const COMMITTEE_EXAMPLE = ['komite.ketua', 'komite.anggota1', 'komite.anggota2'];

export const ResultDecisionRequest = z
  .strictObject({
    committee: Committee,
    reason: DecisionReason.optional(),
    appealPeriodDays: AppealPeriodDays,
  })
  .meta({
    id: 'ResultDecisionRequest',
    examples: [{ committee: COMMITTEE_EXAMPLE, appealPeriodDays: 14 }],
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
    committee: Committee,
    appealPeriodDays: AppealPeriodDays,
    decisions: z
      .array(z.strictObject({ nip: Nip, reason: DecisionReason.optional() }))
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
        committee: COMMITTEE_EXAMPLE,
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
    toCohort: z.int().min(1).max(999),
  })
  .meta({ id: 'RetestRequest', examples: [{ toCohort: 21 }] });

export const RetestBooking = z
  .object({
    programId: ProgramId,
    nip: Nip,
    retestNumber: z.int().min(1).max(2),
    cohort: z.int(),
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
        cohort: 21,
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
  .meta({ id: 'AppealReviewRequest', examples: [{ reviewer: 'komite.anggota2' }] });

export const AppealResolutionRequest = z
  .strictObject({
    upheld: z.boolean(),
    committee: Committee,
    inResultSession: z.boolean(),
    reason: DecisionReason,
    competentUnits: z.array(z.string().min(1).max(32)).max(40).default([]),
  })
  .meta({
    id: 'AppealResolutionRequest',
    examples: [
      {
        upheld: true,
        committee: COMMITTEE_EXAMPLE,
        inResultSession: true,
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
    resolution: z
      .object({
        upheld: z.boolean(),
        committee: z.array(z.string()),
        reason: z.string(),
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
        reviewer: 'komite.anggota2',
      },
    ],
  });
export type Appeal = z.infer<typeof Appeal>;

export const ResultCorrectionRequest = z
  .strictObject({
    committee: Committee,
    inResultSession: z.boolean(),
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
        committee: COMMITTEE_EXAMPLE,
        inResultSession: true,
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
    followUp: z.enum(['NONE', 'UJI_ULANG', 'PENGEMBANGAN']),
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
        followUp: 'UJI_ULANG',
      },
    ],
  });
export type ResultRecord = z.infer<typeof ResultRecord>;
