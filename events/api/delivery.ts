import * as z from 'zod';
import { TRAINING_MODULE_CODES } from '../../domain/reference/training-modules';
import {
  ACKNOWLEDGED_DOCUMENTS,
  FACILITATOR_ELEMENTS,
  REVIEW_VERDICTS,
} from '../../domain/training/delivery';
import { Nip, ProgramId } from './identifiers';
import { TrainingExempt } from './training-exempt';
import { CohortPath, ParticipantPath } from './paths';
import { UploadedDocument } from './upload';

/*
 * Training delivery (Panduan Pusbang ASN BKN 2019, Timeline Pelatihan No 5-6, Fasilitator, Tata Tertib): the
 * review of CVs and action plans and the groups, the e-learning modules with their facilitators, materials,
 * forums and resumes, and the participant's assignment letter and acknowledgements.
 */

const PROGRAM = 'prg_0f8fad5b-d9cb-469f-a165-70867728950e';
const NIP = '198503102010011002';
const AT = '2027-07-20T03:00:00.000Z';
const Text = (max: number) => z.string().trim().min(3).max(max);

export const ModuleCode = z
  .enum(TRAINING_MODULE_CODES as [string, ...string[]])
  .describe(
    'Kode modul pelatihan (data rujukan Materi Pelatihan Berdasarkan Jenjang Jabatan), mis. MOD-ADM-01.',
  );

export const CohortModulePath = CohortPath.extend({ module: ModuleCode }).strict();
export const ParticipantModulePath = ParticipantPath.extend({ module: ModuleCode }).strict();

const DOCUMENT = (path: string) => ({
  key: `training/${PROGRAM}/${path}/5e0c7b2a-8f3d-4c1b-9a6e-2d4f8b1c3e7a`,
  versionId: 'q8Ld0vTz1mYbX4kRjN2sHc7pWf5gAe9u',
  sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  contentType: 'application/pdf',
  size: 120_311,
  uploadedAt: '2027-07-19T03:00:00.000Z',
  uploadedBy: 'dewi.lestari',
});

export const Facilitator = z
  .strictObject({
    name: Text(200).describe('Nama fasilitator.'),
    nip: Nip.optional().describe('NIP, bila ASN.'),
    element: z.enum(FACILITATOR_ELEMENTS).describe('Unsur fasilitator (Panduan 2019, Fasilitator 1-5).'),
  })
  .describe('Fasilitator modul (ELEARNING-FASILITATOR).');

const FACILITATOR_EXAMPLE = { name: 'Dr. Hendra Gunawan, M.Si.', element: 'WIDYAISWARA' } as const;

export const ELearningSetupRequest = z
  .strictObject({
    modules: z
      .array(z.strictObject({ code: ModuleCode, facilitators: z.array(Facilitator).max(10) }))
      .min(1)
      .max(20)
      .describe(
        'Tepat modul jenjang angkatan, masing-masing dengan fasilitatornya (ELEARNING-MODUL-JENJANG).',
      ),
  })
  .meta({
    id: 'ELearningSetupRequest',
    examples: [{ modules: [{ code: 'MOD-JPT-01', facilitators: [FACILITATOR_EXAMPLE] }] }],
  });

const SetupModule = z.object({
  code: z.string(),
  title: z.string(),
  facilitators: z.array(Facilitator),
  material: UploadedDocument.nullable().describe('Materi modul yang diunggah BKN, null bila belum.'),
});

export const ELearningSetup = z
  .object({
    programId: ProgramId,
    cohort: z.int(),
    modules: z.array(SetupModule),
    setBy: z.string(),
    setAt: z.string(),
    version: z.int().min(1),
  })
  .meta({
    id: 'ELearningSetup',
    examples: [
      {
        programId: PROGRAM,
        cohort: 1,
        modules: [
          {
            code: 'MOD-JPT-01',
            title: 'Strategi Penataan ASN',
            facilitators: [FACILITATOR_EXAMPLE],
            material: null,
          },
        ],
        setBy: 'bkn-admin-1',
        setAt: AT,
        version: 1,
      },
    ],
  });
export type ELearningSetup = z.infer<typeof ELearningSetup>;

export const ModuleMaterial = z
  .object({ programId: ProgramId, cohort: z.int(), module: z.string(), document: UploadedDocument })
  .meta({
    id: 'ModuleMaterial',
    examples: [{ programId: PROGRAM, cohort: 1, module: 'MOD-JPT-01', document: DOCUMENT('materials/001') }],
  });

export const ModuleResume = z
  .object({
    programId: ProgramId,
    nip: Nip,
    cohort: z.int(),
    module: z.string(),
    document: UploadedDocument,
  })
  .meta({
    id: 'ModuleResume',
    examples: [
      { programId: PROGRAM, nip: NIP, cohort: 1, module: 'MOD-JPT-01', document: DOCUMENT(`${NIP}/RESUME`) },
    ],
  });
export type ModuleResume = z.infer<typeof ModuleResume>;

export const MaterialDownload = z
  .object({ url: z.url(), expiresAt: z.string(), document: UploadedDocument, studiedAt: z.string() })
  .meta({
    id: 'MaterialDownload',
    description:
      'Tautan unduh materi modul (berumur pendek); studiedAt: unduhan pertama peserta (belajar mandiri).',
    examples: [
      {
        url: 'https://sertifikasi-uploads.s3.ap-southeast-3.amazonaws.com/training/materi.pdf?X-Amz-Signature=5a0e',
        expiresAt: AT,
        document: DOCUMENT('materials/001'),
        studiedAt: AT,
      },
    ],
  });

export const ForumPostRequest = z
  .strictObject({ text: z.string().trim().min(2).max(4000) })
  .meta({ id: 'ForumPostRequest', examples: [{ text: 'Bagaimana menghitung kebutuhan formasi?' }] });

export const FacilitatorPostRequest = z
  .strictObject({
    facilitator: Text(200).describe('Nama fasilitator modul yang menulis (FORUM-FASILITATOR).'),
    text: z.string().trim().min(2).max(4000),
  })
  .meta({
    id: 'FacilitatorPostRequest',
    examples: [{ facilitator: FACILITATOR_EXAMPLE.name, text: 'Lihat bab 2 modul.' }],
  });

export const ForumPost = z
  .object({
    id: z.string(),
    programId: ProgramId,
    cohort: z.int(),
    module: z.string(),
    author: z.object({
      kind: z.enum(['PESERTA', 'FASILITATOR']),
      name: z.string(),
      nip: Nip.optional(),
    }),
    text: z.string(),
    postedBy: z.string(),
    postedAt: z.string(),
  })
  .meta({
    id: 'ForumPost',
    examples: [
      {
        id: '2027-07-20T03:00:00.000Z#5e0c7b2a',
        programId: PROGRAM,
        cohort: 1,
        module: 'MOD-JPT-01',
        author: { kind: 'PESERTA', name: 'Dewi Lestari, S.Sos.', nip: NIP },
        text: 'Bagaimana menghitung kebutuhan formasi?',
        postedBy: 'dewi.lestari',
        postedAt: AT,
      },
    ],
  });
export type ForumPost = z.infer<typeof ForumPost>;

export const ForumPosts = z
  .object({ items: z.array(ForumPost) })
  .meta({ id: 'ForumPosts', examples: [{ items: [(ForumPost.meta()?.examples as unknown[])[0]] }] });

const Verdict = z.strictObject({
  verdict: z.enum(REVIEW_VERDICTS),
  reason: z
    .string()
    .trim()
    .min(5)
    .max(1000)
    .optional()
    .describe('Wajib bila PERLU_PERBAIKAN (REVIEW-ALASAN).'),
});

export const CvReviewRequest = z.strictObject({ cv: Verdict, actionPlan: Verdict }).meta({
  id: 'CvReviewRequest',
  examples: [
    {
      cv: { verdict: 'DITERIMA' },
      actionPlan: { verdict: 'PERLU_PERBAIKAN', reason: 'Target capaian langkah kerja belum terukur.' },
    },
  ],
});

export const CvReview = z
  .object({
    programId: ProgramId,
    nip: Nip,
    cohort: z.int(),
    cv: z.object({ verdict: z.enum(REVIEW_VERDICTS), reason: z.string().optional() }),
    actionPlan: z.object({ verdict: z.enum(REVIEW_VERDICTS), reason: z.string().optional() }),
    cvKey: z.string().describe('CV yang direviu.'),
    confirmationVersion: z.int().describe('Konfirmasi (dengan rencana tindak lanjut) yang direviu.'),
    reviewedBy: z.string(),
    reviewedAt: z.string(),
  })
  .meta({
    id: 'CvReview',
    examples: [
      {
        programId: PROGRAM,
        nip: NIP,
        cohort: 1,
        cv: { verdict: 'DITERIMA' },
        actionPlan: { verdict: 'DITERIMA' },
        cvKey: DOCUMENT(`${NIP}/CV`).key,
        confirmationVersion: 1,
        reviewedBy: 'bkn-admin-1',
        reviewedAt: AT,
      },
    ],
  });
export type CvReview = z.infer<typeof CvReview>;

export const GroupsRequest = z
  .strictObject({
    groups: z
      .array(z.strictObject({ name: Text(100), nips: z.array(Nip).min(1).max(99) }))
      .min(1)
      .max(30),
  })
  .meta({ id: 'GroupsRequest', examples: [{ groups: [{ name: 'Kelompok 1', nips: [NIP] }] }] });

export const CohortGroups = z
  .object({
    programId: ProgramId,
    cohort: z.int(),
    groups: z.array(z.object({ name: z.string(), nips: z.array(Nip) })),
    announcedBy: z.string(),
    announcedAt: z.string(),
    version: z.int().min(1),
  })
  .meta({
    id: 'CohortGroups',
    examples: [
      {
        programId: PROGRAM,
        cohort: 1,
        groups: [{ name: 'Kelompok 1', nips: [NIP] }],
        announcedBy: 'bkn-admin-1',
        announcedAt: AT,
        version: 1,
      },
    ],
  });
export type CohortGroups = z.infer<typeof CohortGroups>;

export const AssignmentLetter = z
  .object({ programId: ProgramId, nip: Nip, document: UploadedDocument })
  .meta({
    id: 'AssignmentLetter',
    description: 'Surat penugasan (SP) instansi untuk mengikuti pelatihan dan sertifikasi.',
    examples: [{ programId: PROGRAM, nip: NIP, document: DOCUMENT(`${NIP}/SP`) }],
  });
export type AssignmentLetter = z.infer<typeof AssignmentLetter>;

export const AcknowledgementRequest = z
  .strictObject({
    document: z
      .enum(ACKNOWLEDGED_DOCUMENTS)
      .describe('PENGUMUMAN: surat pengumuman program; TATA_TERTIB: tata tertib pelatihan (sebelum kelas).'),
  })
  .meta({ id: 'AcknowledgementRequest', examples: [{ document: 'TATA_TERTIB' }] });

export const Acknowledgement = z
  .object({
    programId: ProgramId,
    nip: Nip,
    document: z.enum(ACKNOWLEDGED_DOCUMENTS),
    acknowledgedBy: z.string(),
    acknowledgedAt: z.string(),
  })
  .meta({
    id: 'Acknowledgement',
    examples: [
      {
        programId: PROGRAM,
        nip: NIP,
        document: 'TATA_TERTIB',
        acknowledgedBy: 'dewi.lestari',
        acknowledgedAt: AT,
      },
    ],
  });
export type Acknowledgement = z.infer<typeof Acknowledgement>;

export const ParticipantDelivery = z
  .object({
    programId: ProgramId,
    nip: Nip,
    cohort: z.int().nullable(),
    review: CvReview.omit({ programId: true, nip: true })
      .extend({ current: z.boolean().describe('Masih mereviu CV dan konfirmasi peserta saat ini.') })
      .nullable(),
    group: z.string().nullable().describe('Kelompok peserta dalam pengumuman kelompok angkatan.'),
    assignmentLetter: UploadedDocument.nullable(),
    acknowledged: z.object({ PENGUMUMAN: z.string().nullable(), TATA_TERTIB: z.string().nullable() }),
    eLearning: z.object({
      set: z.boolean().describe('BKN sudah menetapkan modul e-learning angkatan.'),
      modules: z.array(
        z.object({
          code: z.string(),
          title: z.string(),
          facilitators: z.array(Facilitator),
          material: z.boolean(),
          studiedAt: z.string().nullable(),
          resume: UploadedDocument.nullable(),
        }),
      ),
      missingResumes: z.array(z.string()).describe('Kosong bagi lulusan PIK yang masuk uji langsung.'),
      jp: z.int().describe('JP e-learning yang diperoleh (3 bila resume setiap modul masuk).'),
    }),
    trainingExempt: TrainingExempt.optional(),
  })
  .meta({
    id: 'ParticipantDelivery',
    examples: [
      {
        programId: PROGRAM,
        nip: NIP,
        cohort: 1,
        review: null,
        group: null,
        assignmentLetter: null,
        acknowledged: { PENGUMUMAN: null, TATA_TERTIB: AT },
        eLearning: {
          set: true,
          modules: [
            {
              code: 'MOD-JPT-01',
              title: 'Strategi Penataan ASN',
              facilitators: [FACILITATOR_EXAMPLE],
              material: true,
              studiedAt: AT,
              resume: null,
            },
          ],
          missingResumes: ['MOD-JPT-01'],
          jp: 0,
        },
      },
    ],
  });
