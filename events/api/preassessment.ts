import * as z from 'zod';
import { UNIT_CLAIMS } from '../../domain/preassessment/self-assessment';
import { RECOMMENDATION_OUTCOMES } from '../../domain/preassessment/recommendation';
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

const RECOMMENDATION_EXAMPLE = {
  outcome: 'FIT',
  selfAssessmentVersion: 2,
  recommendedBy: 'asesor-17',
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
            recommendedBy: 'asesor-17',
            recommendedAt: '2026-11-16T04:00:00.000Z',
          },
          RECOMMENDATION_EXAMPLE,
        ],
      },
      {
        programId: PROGRAM,
        instansiCode: '3201',
        nip: NIP,
        selfAssessment: null,
        completeness: { complete: false, missingUnits: ['MASN-ADM-01'], claimed: 0, required: 14 },
        recommendation: null,
        history: [],
      },
    ],
  });
export type PreAssessment = z.infer<typeof PreAssessment>;
