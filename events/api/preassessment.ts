import * as z from 'zod';
import { UNIT_CLAIMS } from '../../domain/preassessment/self-assessment';
import { RECOMMENDATION_OUTCOMES } from '../../domain/preassessment/recommendation';
import { ASSESSOR_EXAMPLE, AssessorAssignment } from './assessment';
import { InstansiCode, Nip, ProgramId } from './identifiers';
import { QualificationCode } from './qualification';

export { QualificationCode };

const PROGRAM = 'prg_0f8fad5b-d9cb-469f-a165-70867728950e';
const NIP = '198503102010011002';

const UnitAssessment = z.strictObject({
  unit: z.string().regex(/^MASN-[A-Z]{3}-\d{2}$/, 'Kode unit kompetensi tidak dikenal.'),
  claim: z.enum(UNIT_CLAIMS).describe('K: kompeten; BK: belum kompeten.'),
  evidence: z.string().trim().min(3).max(2000).optional().describe('Catatan bukti; wajib untuk klaim K.'),
});

export const SelfAssessmentRequest = z
  .strictObject({
    qualification: z
      .string()
      .max(40)
      .optional()
      .describe(
        'Tidak perlu diisi: kualifikasi mengikuti skema dan instansi calon. Bila diisi harus sama dengannya (PRA-KUALIFIKASI-CALON).',
      ),
    units: z.array(UnitAssessment).max(30),
  })
  .meta({
    id: 'SelfAssessmentRequest',
    description: 'Penilaian mandiri per unit kompetensi; boleh disimpan bertahap sampai lengkap.',
    examples: [
      {
        qualification: 'ADMINISTRATOR',
        units: [
          {
            unit: 'MASN-ADM-01',
            claim: 'K',
            evidence: 'SK penyusunan kebutuhan pegawai 2025 dan laporan analisis jabatan yang saya susun.',
          },
          { unit: 'MASN-ADM-02', claim: 'BK' },
        ],
      },
    ],
  });
export type SelfAssessmentRequest = z.infer<typeof SelfAssessmentRequest>;

export const RecommendationRequest = z
  .strictObject({
    outcome: z.enum(RECOMMENDATION_OUTCOMES).describe('FIT: layak; NOT_FIT: belum layak.'),
    notes: z.string().trim().min(5).max(2000).optional().describe('Catatan asesor; wajib bila NOT_FIT.'),
  })
  .meta({
    id: 'RecommendationRequest',
    examples: [
      { outcome: 'FIT' },
      {
        outcome: 'NOT_FIT',
        notes: 'Bukti unit MASN-ADM-03 belum relevan dengan jabatan; lengkapi portofolio.',
      },
    ],
  });
export type RecommendationRequest = z.infer<typeof RecommendationRequest>;

export const Recommendation = z
  .object({
    outcome: z.enum(RECOMMENDATION_OUTCOMES),
    notes: z.string().optional(),
    selfAssessmentVersion: z.int(),
    recommendedBy: z.string(),
    recommendedAt: z.string(),
  })
  .meta({ id: 'Recommendation' });
export type Recommendation = z.infer<typeof Recommendation>;

const { role: _role, ...ASSESSOR_FIELDS } = ASSESSOR_EXAMPLE;
const PRE_ASSESSOR_EXAMPLE = { ...ASSESSOR_FIELDS, instansiCode: 'BKN01' };

export const PreAssessorRequest = AssessorAssignment.omit({ role: true })
  .extend({
    instansiCode: InstansiCode.describe(
      'Instansi tempat asesor bekerja (BKN atau instansi lain, Pasal 28(1)); asesor dari instansi yang mengusulkan calon tidak bebas dari kepentingan (Pasal 28(2)n).',
    ),
  })
  .meta({
    id: 'PreAssessorRequest',
    description:
      'Asesor yang ditugaskan BKN pada konsultasi pra uji calon, dengan data persyaratan Pasal 28, instansinya dan kepentingan yang dinyatakannya (Pasal 28(2)n): seperti penugasan ke tim uji angkatan, tanpa peran.',
    examples: [PRE_ASSESSOR_EXAMPLE],
  });
export type PreAssessorRequest = z.infer<typeof PreAssessorRequest>;

/** One assignment of a candidate's pre-test consultation assessor, as the candidate's side sees it. */
export const PreAssessorSummary = z
  .object({
    assignment: z
      .int()
      .min(1)
      .describe('Penugasan ke berapa: 1 yang pertama, bertambah setiap kali diganti.'),
    username: z.string(),
    name: z.string(),
    assignedBy: z.string(),
    assignedAt: z.string(),
  })
  .meta({ id: 'PreAssessorSummary' });
export type PreAssessorSummary = z.infer<typeof PreAssessorSummary>;

const ASSIGNED_AT = '2026-11-15T03:00:00.000Z';
const PRE_ASSESSOR_SUMMARY = {
  assignment: 1,
  username: 'asesor.budi',
  name: 'Budi Santoso, S.H., M.Si.',
  assignedBy: 'bkn-admin-1',
  assignedAt: ASSIGNED_AT,
};

export const PreAssessor = z
  .object({
    programId: ProgramId,
    instansiCode: InstansiCode,
    nip: Nip.describe('NIP calon.'),
    assignment: z.int().min(1),
    username: z.string(),
    assessorNip: Nip,
    name: z.string(),
    profile: z
      .record(z.string(), z.unknown())
      .describe('Data persyaratan Pasal 28 yang diperiksa saat penugasan.'),
    assignedBy: z.string(),
    assignedAt: z.string(),
    replaces: PreAssessorSummary.optional().describe(
      'Penugasan sebelumnya yang diganti (tetap dalam riwayat).',
    ),
  })
  .meta({
    id: 'PreAssessor',
    description: 'Penugasan asesor konsultasi pra uji calon (Perban BKN 7/2020 Pasal 28, 30(1), 31(1)e).',
    examples: [
      {
        programId: PROGRAM,
        instansiCode: '3201',
        nip: NIP,
        assignment: 1,
        username: 'asesor.budi',
        assessorNip: '197501012000031001',
        name: 'Budi Santoso, S.H., M.Si.',
        profile: { instansiCode: 'BKN01', education: 'S2', golongan: 'IV/a' },
        assignedBy: 'bkn-admin-1',
        assignedAt: ASSIGNED_AT,
      },
    ],
  });
export type PreAssessor = z.infer<typeof PreAssessor>;

const RECOMMENDATION_EXAMPLE = {
  outcome: 'FIT',
  selfAssessmentVersion: 2,
  recommendedBy: 'asesor.budi',
  recommendedAt: '2026-11-18T04:00:00.000Z',
} as const;

export const PreAssessment = z
  .object({
    programId: ProgramId,
    instansiCode: InstansiCode,
    nip: Nip,
    selfAssessment: z
      .object({
        qualification: QualificationCode,
        units: z.array(
          z.object({ unit: z.string(), claim: z.enum(UNIT_CLAIMS), evidence: z.string().optional() }),
        ),
        version: z.int(),
        filledBy: z.string(),
        filledAt: z.string(),
      })
      .nullable(),
    completeness: z.object({
      complete: z.boolean(),
      missingUnits: z.array(z.string()),
      claimed: z.int(),
      required: z.int(),
    }),
    recommendation: Recommendation.nullable().describe('Rekomendasi terakhir asesor.'),
    history: z.array(Recommendation).describe('Semua rekomendasi, yang terlama lebih dahulu.'),
    assessor: PreAssessorSummary.nullable().describe(
      'Asesor yang ditugaskan BKN pada konsultasi pra uji calon: hanya ia yang memberikan rekomendasi.',
    ),
    assessorHistory: z
      .array(PreAssessorSummary)
      .describe('Setiap penugasan asesor, yang terlama lebih dahulu.'),
  })
  .meta({
    id: 'PreAssessment',
    description:
      'Konsultasi pra uji calon: penilaian mandiri, kelengkapannya dan rekomendasi asesor (Pasal 30-31).',
    examples: [
      {
        programId: PROGRAM,
        instansiCode: '3201',
        nip: NIP,
        selfAssessment: {
          qualification: 'PENGAWAS',
          units: [{ unit: 'MASN-PGW-01', claim: 'K', evidence: 'Laporan analisis beban kerja 2025.' }],
          version: 2,
          filledBy: 'operator-bogor',
          filledAt: '2026-11-17T03:00:00.000Z',
        },
        completeness: { complete: true, missingUnits: [], claimed: 15, required: 15 },
        recommendation: RECOMMENDATION_EXAMPLE,
        history: [
          {
            outcome: 'NOT_FIT',
            notes: 'Bukti unit MASN-PGW-04 belum relevan; lengkapi portofolio.',
            selfAssessmentVersion: 1,
            recommendedBy: 'asesor.budi',
            recommendedAt: '2026-11-16T04:00:00.000Z',
          },
          RECOMMENDATION_EXAMPLE,
        ],
        assessor: PRE_ASSESSOR_SUMMARY,
        assessorHistory: [PRE_ASSESSOR_SUMMARY],
      },
      {
        programId: PROGRAM,
        instansiCode: '3201',
        nip: NIP,
        selfAssessment: null,
        completeness: { complete: false, missingUnits: ['MASN-ADM-01'], claimed: 0, required: 14 },
        recommendation: null,
        history: [],
        assessor: null,
        assessorHistory: [],
      },
    ],
  });
export type PreAssessment = z.infer<typeof PreAssessment>;
