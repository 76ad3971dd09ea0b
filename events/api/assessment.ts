import * as z from 'zod';
import { EDUCATION_LEVELS } from '../../domain/assessment/education';
import { ASSESSMENT_METHODS, type AssessmentMethod } from '../../domain/assessment/methods';
import { GOLONGAN_RUANG } from '../../domain/identity/rank';
import { QUALIFICATION_CODES, requiredUnitCodes } from '../../domain/reference/qualifications';
import { Nip, ProgramId } from './identifiers';
import { CohortParticipantPath } from './result';
import { DisplayName } from './text';

export { CohortParticipantPath };

/*
 * Uji Kompetensi Teknis (Perban BKN 7/2020 Pasal 20-30): the assessors and experts BKN assigns to a cohort, the
 * evidence they record per participant and unit, and the assessor's recommendation per unit.
 */
const PROGRAM = 'prg_0f8fad5b-d9cb-469f-a165-70867728950e';
const NIP = '198503102010011002';
const ASSESSOR_NIP = '197501012000031001';
const AT = '2027-07-30T03:00:00.000Z';
const IsoDate = z.iso.date();
const Username = z.string().trim().min(2).max(128).describe('Nama pengguna (Cognito) anggota tim uji.');

export const METHOD_CODES = Object.keys(ASSESSMENT_METHODS) as [AssessmentMethod, ...AssessmentMethod[]];
export const AssessmentMethodCode = z.enum(METHOD_CODES).meta({
  id: 'AssessmentMethod',
  description: 'Metode uji (Perban BKN 7/2020 Pasal 20(3)-(5)).',
});

const conflictFields = {
  nip: Nip,
  name: DisplayName(),
  directSupervisorNip: Nip.nullable().default(null).describe('Atasan langsung anggota tim, bila diketahui.'),
  declaredConflictNips: z
    .array(Nip)
    .max(200)
    .default([])
    .describe('Peserta yang dinyatakan memiliki kepentingan dengan anggota tim (Pasal 28(2)n, 29(2)d).'),
};

export const AssessorAssignment = z.strictObject({
  role: z.literal('asesor'),
  username: Username,
  ...conflictFields,
  isPns: z.boolean(),
  education: z.enum(EDUCATION_LEVELS),
  golongan: z.enum(GOLONGAN_RUANG),
  serviceStart: IsoDate.describe('TMT CPNS, untuk masa kerja.'),
  assessorCertificate: z
    .strictObject({ recognisedByBkn: z.boolean(), validUntil: IsoDate.nullable() })
    .nullable(),
  mastery: z.strictObject({
    methods: z.boolean(),
    communication: z.boolean(),
    followsGuide: z.boolean(),
    schemeSystem: z.boolean(),
    interpretsStandards: z.boolean(),
    competencyContext: z.boolean(),
    regulations: z.boolean(),
    assessmentPractice: z.boolean(),
  }),
  disciplinaryPeriods: z
    .array(z.strictObject({ from: IsoDate, until: IsoDate.nullable() }))
    .max(20)
    .default([]),
});

export const ExpertAssignment = z.strictObject({
  role: z.literal('pakar'),
  username: Username,
  ...conflictFields,
  education: z.enum(EDUCATION_LEVELS),
  status: z.enum([
    'PNS',
    'PENSIUNAN_JPT_MADYA',
    'PENSIUNAN_JPT_PRATAMA',
    'PENSIUNAN_JF_UTAMA',
    'PENSIUNAN_JF_MADYA',
    'LAINNYA',
  ]),
  statusProvenByHistory: z.boolean(),
  relevantExpertise: z.boolean(),
  assignedByBkn: z.boolean(),
  signedComplianceStatement: z.boolean(),
});

export const ASSESSOR_EXAMPLE: z.input<typeof AssessorAssignment> = {
  role: 'asesor',
  username: 'asesor.budi',
  nip: ASSESSOR_NIP,
  name: 'Budi Santoso, S.H., M.Si.',
  directSupervisorNip: null,
  declaredConflictNips: [],
  isPns: true,
  education: 'S2',
  golongan: 'IV/a',
  serviceStart: '2000-03-01',
  assessorCertificate: { recognisedByBkn: true, validUntil: '2029-12-31' },
  mastery: {
    methods: true,
    communication: true,
    followsGuide: true,
    schemeSystem: true,
    interpretsStandards: true,
    competencyContext: true,
    regulations: true,
    assessmentPractice: true,
  },
  disciplinaryPeriods: [],
};

export const TeamAssignmentRequest = z
  .discriminatedUnion('role', [AssessorAssignment, ExpertAssignment])
  .meta({
    id: 'TeamAssignmentRequest',
    description:
      'Penugasan asesor (Pasal 28) atau pakar (Pasal 29) ke angkatan. Persyaratan umum yang tidak terpenuhi menolak penugasan; konflik kepentingan atau pangkat di bawah peserta hanya mengecualikan peserta tersebut.',
    examples: [
      ASSESSOR_EXAMPLE,
      {
        role: 'pakar',
        username: 'pakar.sri',
        nip: '196501011990032001',
        name: 'Dr. Sri Wahyuni',
        directSupervisorNip: null,
        declaredConflictNips: [],
        education: 'S3',
        status: 'PENSIUNAN_JPT_MADYA',
        statusProvenByHistory: true,
        relevantExpertise: true,
        assignedByBkn: true,
        signedComplianceStatement: true,
      },
    ],
  });
export type TeamAssignmentRequest = z.infer<typeof TeamAssignmentRequest>;

export const TeamMember = z
  .object({
    programId: ProgramId,
    cohort: z.int(),
    username: z.string(),
    role: z.enum(['asesor', 'pakar']),
    nip: Nip,
    name: z.string(),
    profile: z.record(z.string(), z.unknown()).describe('Data persyaratan yang diperiksa saat penugasan.'),
    excluded: z
      .array(z.object({ nip: Nip, codes: z.array(z.string()) }))
      .describe('Peserta angkatan yang tidak boleh diuji anggota tim ini (konflik kepentingan, pangkat).'),
    assignedBy: z.string(),
    assignedAt: z.iso.datetime(),
    teamId: z
      .string()
      .optional()
      .describe('Tim uji berdasarkan keputusan Kepala BKN yang menempatkan anggota ini (Pasal 19(2)).'),
    period: z
      .object({ from: IsoDate, to: IsoDate })
      .optional()
      .describe('Jangka waktu tim (Pasal 19(5)): anggota menguji hanya dalam jangka waktu ini.'),
    leader: z.boolean().optional().describe('Ketua tim uji (Pasal 30(1)d, 30(2)a).'),
    origin: z
      .object({ instansiCode: z.string(), instansiName: z.string() })
      .optional()
      .describe('Instansi asal anggota: BKN atau instansi pemerintah lain (Pasal 19(4)).'),
  })
  .meta({
    id: 'TeamMember',
    examples: [
      {
        programId: PROGRAM,
        cohort: 19,
        username: 'asesor.budi',
        role: 'asesor',
        nip: ASSESSOR_NIP,
        name: 'Budi Santoso, S.H., M.Si.',
        profile: { education: 'S2', golongan: 'IV/a' },
        excluded: [{ nip: '199001012015031001', codes: ['ASESOR-BEBAS-KEPENTINGAN'] }],
        assignedBy: 'bkn-admin-1',
        assignedAt: AT,
      },
    ],
  });
export type TeamMember = z.infer<typeof TeamMember>;

export const CohortTeam = z
  .object({ items: z.array(TeamMember) })
  .meta({ id: 'CohortTeam', examples: [{ items: [(TeamMember.meta()?.examples as unknown[])[0]] }] });

export const EvidenceRequest = z
  .strictObject({
    method: AssessmentMethodCode,
    description: z.string().trim().min(3).max(2000).describe('Uraian bukti yang dikumpulkan.'),
    relevant: z.boolean().describe('Pasal 21a'),
    realWork: z.boolean().describe('Pasal 21b'),
    demonstratesCompetency: z.boolean().describe('Pasal 21c'),
    verifiable: z.boolean().describe('Pasal 21d'),
    valid: z.boolean().describe('Pasal 21e angka 1'),
    authentic: z.boolean().describe('Pasal 21e angka 2'),
    current: z.boolean().describe('Pasal 21e angka 3'),
  })
  .meta({
    id: 'EvidenceRequest',
    examples: [
      {
        method: 'PORTOFOLIO',
        description: 'Dokumen rencana kebutuhan pegawai 2027 yang disusun peserta.',
        relevant: true,
        realWork: true,
        demonstratesCompetency: true,
        verifiable: true,
        valid: true,
        authentic: true,
        current: true,
      },
    ],
  });
export type EvidenceRequest = z.infer<typeof EvidenceRequest>;

const unitFields = {
  programId: ProgramId,
  nip: Nip,
  cohort: z.int(),
  attempt: z.int().min(0).max(2).describe('0: uji pertama; 1-2: uji ulang.'),
  unitCode: z.string(),
};

export const EvidenceRecord = z
  .object({
    ...unitFields,
    evidenceId: z.string(),
    method: AssessmentMethodCode,
    kind: z.enum(['LANGSUNG', 'TIDAK_LANGSUNG', 'PENDUKUNG']).describe('Jenis bukti (Pasal 20(2)).'),
    description: z.string(),
    relevant: z.boolean(),
    realWork: z.boolean(),
    demonstratesCompetency: z.boolean(),
    verifiable: z.boolean(),
    valid: z.boolean(),
    authentic: z.boolean(),
    current: z.boolean(),
    unmetRules: z.array(z.string()).describe('Aturan bukti (Pasal 21) yang tidak terpenuhi.'),
    recordedBy: z.string(),
    recordedByRole: z.enum(['asesor', 'pakar']),
    recordedAt: z.iso.datetime(),
  })
  .meta({
    id: 'EvidenceRecord',
    examples: [
      {
        programId: PROGRAM,
        nip: NIP,
        cohort: 19,
        attempt: 0,
        unitCode: 'MASN-ADM-01',
        evidenceId: 'evd_2027-07-30T03:00:00.000Z_1a2b3c4d',
        method: 'PORTOFOLIO',
        kind: 'TIDAK_LANGSUNG',
        description: 'Dokumen rencana kebutuhan pegawai 2027 yang disusun peserta.',
        relevant: true,
        realWork: true,
        demonstratesCompetency: true,
        verifiable: true,
        valid: true,
        authentic: true,
        current: true,
        unmetRules: [],
        recordedBy: 'asesor.budi',
        recordedByRole: 'asesor',
        recordedAt: AT,
      },
    ],
  });
export type EvidenceRecord = z.infer<typeof EvidenceRecord>;

export const RecommendationRequest = z
  .strictObject({
    recommendation: z.enum(['KOMPETEN', 'BELUM_KOMPETEN']),
    evidenceSufficient: z.boolean().describe('Bukti cukup untuk membuat keputusan (Pasal 21e angka 4).'),
    notes: z.string().trim().max(2000).optional(),
  })
  .meta({
    id: 'UnitRecommendationRequest',
    examples: [{ recommendation: 'KOMPETEN', evidenceSufficient: true }],
  });
export type RecommendationRequest = z.infer<typeof RecommendationRequest>;

export const UnitRecommendation = z
  .object({
    ...unitFields,
    recommendation: z.enum(['KOMPETEN', 'BELUM_KOMPETEN']),
    evidenceSufficient: z.boolean(),
    methods: z.array(AssessmentMethodCode).describe('Metode berbeda dari bukti unit ini.'),
    notes: z.string().optional(),
    recommendedBy: z.string(),
    recommendedAt: z.iso.datetime(),
  })
  .meta({
    id: 'UnitRecommendation',
    description:
      'Rekomendasi asesor atas satu unit (Pasal 30(2)i); yang terbaru berlaku, yang lama tetap tersimpan.',
    examples: [
      {
        programId: PROGRAM,
        nip: NIP,
        cohort: 19,
        attempt: 0,
        unitCode: 'MASN-ADM-01',
        recommendation: 'KOMPETEN',
        evidenceSufficient: true,
        methods: ['PORTOFOLIO', 'WAWANCARA'],
        recommendedBy: 'asesor.budi',
        recommendedAt: AT,
      },
    ],
  });
export type UnitRecommendation = z.infer<typeof UnitRecommendation>;

export const ParticipantAssessment = z
  .object({
    programId: ProgramId,
    nip: Nip,
    cohort: z.int(),
    attempt: z.int(),
    units: z.array(
      z.object({
        unitCode: z.string(),
        evidence: z.array(EvidenceRecord),
        recommendation: UnitRecommendation.nullable(),
      }),
    ),
  })
  .meta({
    id: 'ParticipantAssessment',
    examples: [
      {
        programId: PROGRAM,
        nip: NIP,
        cohort: 19,
        attempt: 0,
        units: [
          {
            unitCode: 'MASN-ADM-01',
            evidence: [(EvidenceRecord.meta()?.examples as unknown[])[0]],
            recommendation: (UnitRecommendation.meta()?.examples as unknown[])[0],
          },
        ],
      },
    ],
  });
export type ParticipantAssessment = z.infer<typeof ParticipantAssessment>;

const UnitCode = z.string().regex(/^[A-Z0-9-]{3,32}$/, 'Kode unit tidak dikenal.');

export const UnitPath = CohortParticipantPath.extend({ unitCode: UnitCode }).strict();

/** The units of the longest qualification (Pengawas, 15): one sheet covers at most every unit of an attempt. */
export const MAX_SHEET_UNITS = Math.max(...QUALIFICATION_CODES.map((code) => requiredUnitCodes(code).length));
/**
 * New evidence items per unit in one sheet: two methods are what a recommendation needs (Pasal 22), five leave
 * room for supporting evidence; more is recorded by a further sheet. With the body limit it keeps a whole sheet
 * (at most 15 × (5 + 1) = 90 records) within one item.
 */
export const MAX_SHEET_EVIDENCE_PER_UNIT = 5;

const EVIDENCE_EXAMPLE = (EvidenceRequest.meta()?.examples as z.input<typeof EvidenceRequest>[])[0]!;
const interview = (unit: string): z.input<typeof EvidenceRequest> => ({
  ...EVIDENCE_EXAMPLE,
  method: 'WAWANCARA',
  description: `Wawancara tentang penerapan unit ${unit} dalam pekerjaan peserta.`,
});

export const AssessmentSheetRequest = z
  .strictObject({
    units: z
      .array(
        z
          .strictObject({
            unitCode: UnitCode,
            evidence: z
              .array(EvidenceRequest)
              .max(MAX_SHEET_EVIDENCE_PER_UNIT)
              .default([])
              .describe('Bukti baru unit ini, dicatat sebelum rekomendasinya.'),
            recommendation: RecommendationRequest.optional().describe(
              'Rekomendasi asesor, dinilai atas bukti unit yang sudah tercatat ditambah bukti dalam lembar ini.',
            ),
          })
          .refine((unit) => unit.evidence.length > 0 || unit.recommendation !== undefined, {
            message: 'Unit dalam lembar penilaian memuat bukti, rekomendasi, atau keduanya.',
            path: ['evidence'],
          }),
      )
      .min(1)
      .max(MAX_SHEET_UNITS)
      .superRefine((units, ctx) => {
        units.forEach((unit, i) => {
          if (units.findIndex((u) => u.unitCode === unit.unitCode) < i) {
            ctx.addIssue({
              code: 'custom',
              path: [i, 'unitCode'],
              message: `Unit ${unit.unitCode} tercantum lebih dari sekali dalam lembar penilaian.`,
            });
          }
        });
      }),
  })
  .meta({
    id: 'AssessmentSheetRequest',
    description: `Lembar penilaian peserta: bukti dan rekomendasi beberapa unit sekaligus, paling banyak ${MAX_SHEET_UNITS} unit (unit kualifikasi terpanjang), masing-masing sekali dengan paling banyak ${MAX_SHEET_EVIDENCE_PER_UNIT} bukti, agar seluruh lembar (paling banyak ${MAX_SHEET_UNITS * (MAX_SHEET_EVIDENCE_PER_UNIT + 1)} rekaman) tercatat sekaligus sebagai satu rekaman.`,
    examples: [
      {
        units: [
          {
            unitCode: 'MASN-ADM-01',
            evidence: [EVIDENCE_EXAMPLE, interview('MASN-ADM-01')],
            recommendation: { recommendation: 'KOMPETEN', evidenceSufficient: true },
          },
          {
            unitCode: 'MASN-ADM-02',
            evidence: [interview('MASN-ADM-02')],
            recommendation: {
              recommendation: 'BELUM_KOMPETEN',
              evidenceSufficient: true,
              notes: 'Unjuk kerja belum memenuhi kriteria.',
            },
          },
        ],
      },
    ],
  });
export type AssessmentSheetRequest = z.infer<typeof AssessmentSheetRequest>;
