import * as z from 'zod';
import { PERFORMANCE_RATINGS } from '../../domain/eligibility/candidate';
import { REQUIRED_DOCUMENTS } from '../../domain/eligibility/documents';
import { GOLONGAN_RUANG } from '../../domain/identity/rank';
import { UPLOAD_CONTENT_TYPES, MAX_UPLOAD_BYTES } from '../../domain/proposal/limits';
import { InstansiCode, KanregCode, Nip, ProgramId, SchemeCode, DecimalInteger } from './identifiers';
import { CandidatePath, ProposalPath } from './paths';
import { DisplayName, DisplayText } from './text';
import { DeclaredSha256, UploadedDocument } from './upload';

export { CandidatePath, Nip, ProposalPath };

const IsoDate = z.iso.date().describe('Tanggal kalender YYYY-MM-DD.');

export const DocumentKind = z.enum(REQUIRED_DOCUMENTS).meta({
  id: 'DocumentKind',
  description: 'Dokumen persyaratan calon peserta (Perban BKN 7/2020 Pasal 32 a-h).',
});

export const CandidateStatus = z
  .enum(['DRAFT', 'SUBMITTED', 'ACCEPTED', 'REJECTED', 'DOCUMENT_REQUESTED'])
  .meta({
    id: 'CandidateStatus',
    description:
      'DRAFT: belum diajukan; SUBMITTED: diajukan dan disaring; ACCEPTED/REJECTED: keputusan sidang penetapan; DOCUMENT_REQUESTED: sidang meminta dokumen.',
  });
export type CandidateStatus = z.infer<typeof CandidateStatus>;

export const ProposalStatus = z.enum(['DRAFT', 'SUBMITTED', 'NEEDS_FIX']).meta({
  id: 'ProposalStatus',
  description:
    'DRAFT: disusun; SUBMITTED: diajukan; NEEDS_FIX: sidang meminta perbaikan, dapat diajukan ulang.',
});
export type ProposalStatus = z.infer<typeof ProposalStatus>;

/** Where the candidate is reached; optional, so clients that never sent it keep working (no e-mail then). */
export const CandidateContact = z
  .strictObject({
    email: z.email('Alamat e-mail tidak sah.').max(254).optional(),
    phone: z
      .string()
      .regex(/^\+?[0-9][0-9 -]{5,19}$/, 'Nomor telepon hanya angka, spasi atau tanda hubung (6-20).')
      .optional(),
  })
  .meta({
    id: 'CandidateContact',
    description:
      'Kontak calon: e-mail untuk pemberitahuan (undangan, pengingat, sertifikat terbit, Monev). Tanpa e-mail, tidak ada pemberitahuan e-mail dan hal itu dicatat.',
  });
export type CandidateContact = z.infer<typeof CandidateContact>;

export const CandidateInput = z
  .strictObject({
    name: DisplayName(3, 150),
    scheme: SchemeCode,
    route: z
      .enum(['UJI_LANGSUNG', 'PELATIHAN'])
      .describe(
        'UJI_LANGSUNG: pemangku jabatan (Pasal 16(1)); PELATIHAN: terintegrasi pelatihan (Pasal 16(2)-(3)).',
      ),
    position: z.strictObject({
      title: DisplayText(),
      unit: DisplayText(),
      level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]).nullable(),
      rank: z.enum(GOLONGAN_RUANG),
      isAsnManagement: z.boolean(),
      meetsPositionRequirements: z.boolean(),
      since: IsoDate,
    }),
    performance: z
      .array(z.strictObject({ year: z.int().min(2000).max(2100), rating: z.enum(PERFORMANCE_RATINGS) }))
      .max(10),
    disciplinarySentences: z
      .array(z.strictObject({ level: z.enum(['RINGAN', 'SEDANG', 'BERAT']), decidedOn: IsoDate }))
      .max(20),
    supervisorRecommendation: z
      .strictObject({ fromDirectSupervisor: z.boolean(), recommended: z.boolean() })
      .nullable(),
    leaves: z
      .array(
        z.strictObject({ kind: z.enum(['CLTN', 'TUGAS_BELAJAR']), from: IsoDate, until: IsoDate.nullable() }),
      )
      .max(20),
    contact: CandidateContact.optional(),
  })
  .meta({
    id: 'CandidateInput',
    examples: [
      {
        name: 'Dewi Lestari, S.Sos.',
        scheme: 'ADMINISTRATOR',
        route: 'UJI_LANGSUNG',
        position: {
          title: 'Kepala Bidang Pengembangan Pegawai',
          unit: 'Badan Kepegawaian dan Pengembangan SDM',
          level: 3,
          rank: 'III/d',
          isAsnManagement: true,
          meetsPositionRequirements: true,
          since: '2023-01-02',
        },
        performance: [
          { year: 2024, rating: 'BAIK' },
          { year: 2025, rating: 'SANGAT_BAIK' },
        ],
        disciplinarySentences: [],
        supervisorRecommendation: { fromDirectSupervisor: true, recommended: true },
        leaves: [],
      },
    ],
  });
export type CandidateInput = z.infer<typeof CandidateInput>;

const RuleViolationSchema = z.object({
  code: z.string(),
  article: z.string(),
  message: z.string(),
  field: z.string().optional(),
});

export const EligibilityReport = z
  .object({
    eligible: z.boolean(),
    evaluatedAt: z.string(),
    evaluatedFor: z
      .string()
      .optional()
      .describe(
        'Tanggal uji yang menjadi ukuran aturan yang dihitung sampai hari uji (Pasal 16(4), 31(2)b, c, e): tanggal uji pertama angkatan sejenjang yang memenuhi, atau yang paling mendekati bila tidak ada.',
      ),
    eligibleTestDates: z
      .array(z.string())
      .optional()
      .describe('Tanggal uji angkatan sejenjang dalam program yang syaratnya terpenuhi.'),
    checks: z.array(
      z.object({
        code: z.string(),
        article: z.string(),
        summary: z.string(),
        met: z.boolean(),
        notApplicable: z.boolean().optional(),
        violations: z.array(RuleViolationSchema),
      }),
    ),
  })
  .meta({
    id: 'EligibilityReport',
    description: 'Hasil penyaringan: setiap aturan, terpenuhi atau tidak, dengan pasalnya.',
  });

export const CandidateOutcome = z
  .enum(['ACCEPTED', 'REJECTED', 'DOCUMENT_REQUESTED'])
  .meta({ id: 'CandidateOutcome' });

export const CandidateDecision = z
  .object({
    outcome: CandidateOutcome,
    reason: z.string().optional(),
    documents: z.array(DocumentKind).optional(),
    decidedBy: z.string(),
    decidedAt: z.string(),
  })
  .meta({
    id: 'CandidateDecision',
    examples: [{ outcome: 'ACCEPTED', decidedBy: 'admin-bkn-1', decidedAt: '2026-11-23T03:00:00.000Z' }],
  });

const CANDIDATE_INPUT_EXAMPLE = (CandidateInput.meta()?.examples as unknown[])[0] as CandidateInput;
const AT = '2026-11-23T03:00:00.000Z';
const PROGRAM = 'prg_0f8fad5b-d9cb-469f-a165-70867728950e';
const SLOT_ID = '9b2f4c1e-3d5a-4e8b-a6c7-1f0e2d3c4b5a';
const DOCUMENT_EXAMPLE = {
  key: `proposals/${PROGRAM}/3201/198503102010011002/PAS_FOTO/${SLOT_ID}`,
  versionId: 'Wf3CkPjbhX0rU6bVnUl0lS8bQ2eY7xZa',
  sha256: '2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae',
  contentType: 'image/jpeg',
  size: 84_211,
  uploadedAt: AT,
  uploadedBy: 'operator-bogor',
};

export const Candidate = CandidateInput.extend({
  nip: Nip,
  programId: ProgramId,
  instansiCode: InstansiCode,
  status: CandidateStatus,
  documents: z.partialRecord(DocumentKind, UploadedDocument),
  eligibility: EligibilityReport.optional(),
  decision: CandidateDecision.optional(),
  updatedBy: z.string(),
  updatedAt: z.string(),
}).meta({
  id: 'Candidate',
  examples: [
    {
      ...CANDIDATE_INPUT_EXAMPLE,
      nip: '198503102010011002',
      programId: PROGRAM,
      instansiCode: '3201',
      status: 'SUBMITTED',
      documents: { PAS_FOTO: DOCUMENT_EXAMPLE },
      eligibility: {
        eligible: false,
        evaluatedAt: AT,
        checks: [
          {
            code: 'ELIG-KINERJA-2Y',
            article: 'Perban BKN 7/2020 Pasal 31(2)b',
            summary: 'Penilaian kinerja paling kurang berkategori baik pada 2 tahun terakhir.',
            met: true,
            violations: [],
          },
          {
            code: 'ELIG-DOK-SURAT-SEHAT',
            article: 'Perban BKN 7/2020 Pasal 32f',
            summary: 'Surat keterangan sehat jasmani dan rohani dilampirkan.',
            met: false,
            violations: [
              {
                code: 'ELIG-DOK-SURAT-SEHAT',
                article: 'Perban BKN 7/2020 Pasal 32f',
                message: 'Dokumen surat keterangan sehat jasmani dan rohani belum dilampirkan.',
                field: 'documents.SURAT_KETERANGAN_SEHAT',
              },
            ],
          },
        ],
      },
      updatedBy: 'operator-bogor',
      updatedAt: AT,
    },
  ],
});
export type Candidate = z.infer<typeof Candidate>;
const CANDIDATE_EXAMPLE = (Candidate.meta()?.examples as unknown[])[0] as Candidate;

export const Proposal = z
  .object({
    programId: ProgramId,
    instansiCode: InstansiCode,
    instansiName: z.string(),
    kanreg: KanregCode.nullable(),
    status: ProposalStatus,
    version: z.int(),
    letter: UploadedDocument.optional().describe(
      'Surat usulan yang ditandatangani pimpinan instansi (Pasal 31(1)a).',
    ),
    candidateCount: z.int(),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    submittedBy: z.string().optional(),
    submittedAt: z.string().optional(),
  })
  .meta({
    id: 'Proposal',
    examples: [
      {
        programId: PROGRAM,
        instansiCode: '3201',
        instansiName: 'Pemerintah Kabupaten Bogor',
        kanreg: 'III',
        status: 'SUBMITTED',
        version: 12,
        letter: {
          ...DOCUMENT_EXAMPLE,
          key: `proposals/${PROGRAM}/3201/SURAT_USULAN/${SLOT_ID}`,
          contentType: 'application/pdf',
        },
        candidateCount: 1,
        createdBy: 'operator-bogor',
        createdAt: AT,
        updatedAt: AT,
        submittedBy: 'operator-bogor',
        submittedAt: AT,
      },
    ],
  });
export type Proposal = z.infer<typeof Proposal>;
const PROPOSAL_EXAMPLE = (Proposal.meta()?.examples as unknown[])[0] as Proposal;

export const ProposalDetail = Proposal.extend({ candidates: z.array(Candidate) }).meta({
  id: 'ProposalDetail',
  examples: [{ ...PROPOSAL_EXAMPLE, candidates: [CANDIDATE_EXAMPLE] }],
});

export const ProposalPage = z
  .object({ items: z.array(Proposal), nextCursor: z.string().optional() })
  .meta({ id: 'ProposalPage', examples: [{ items: [PROPOSAL_EXAMPLE], nextCursor: 'eyJwayI6Ii4uLiJ9' }] });

export const CandidatePage = z
  .object({ items: z.array(Candidate), nextCursor: z.string().optional() })
  .meta({ id: 'CandidatePage', examples: [{ items: [CANDIDATE_EXAMPLE] }] });

/** What an uploader declares about a file before getting its slot: all of it is signed into the slot. */
const UPLOAD_FIELDS = {
  contentType: z.enum(UPLOAD_CONTENT_TYPES),
  size: z
    .int()
    .min(1)
    .max(MAX_UPLOAD_BYTES)
    .describe(`Ukuran berkas dalam bita, paling besar ${MAX_UPLOAD_BYTES}.`),
  sha256: DeclaredSha256.optional(),
};
const UPLOAD_EXAMPLE = { contentType: 'application/pdf', size: 183_204 } as const;

export const UploadRequest = z
  .strictObject(UPLOAD_FIELDS)
  .meta({ id: 'UploadRequest', examples: [UPLOAD_EXAMPLE] });

const SLOT_FIELDS = {
  method: z.literal('PUT'),
  url: z.url(),
  headers: z.record(z.string(), z.string()),
  expiresAt: z.string(),
};
/**
 * The slot of an example upload: a new object under `path` in the programme, signed for `file`'s type and size,
 * to be written once.
 */
const slotExample = (path: string, file: { contentType: string; size: number }) => ({
  method: 'PUT' as const,
  url: `https://sertifikasi-uploads.s3.ap-southeast-3.amazonaws.com/proposals/${PROGRAM}/3201/${path}/${SLOT_ID}?X-Amz-Signature=5a0ed3a808be83f3d23af303ae494e9705418a42594ed7cdb086f031cbcfea07`,
  headers: {
    'content-type': file.contentType,
    'content-length': String(file.size),
    'if-none-match': '*',
  },
  expiresAt: '2026-11-23T03:10:00.000Z',
});
const SLOT_DESCRIPTION =
  'Unggah berkas dengan PUT ke url ini, tepat dengan header yang diberikan (jenis, ukuran dan SHA-256 bila dinyatakan ditandatangani), lalu konfirmasi. Setiap tautan menulis objek barunya sendiri, sekali: penyimpanan menolak PUT kedua (412), dan konfirmasi kedua ditolak (UNGGAH-SEKALI).';

export const UploadSlot = z.object(SLOT_FIELDS).meta({
  id: 'UploadSlot',
  examples: [slotExample('SURAT_USULAN', UPLOAD_EXAMPLE)],
  description: SLOT_DESCRIPTION,
});

/** A list of a candidate's documents, each kind at most once (so at most every kind once). */
function documentList<T extends z.ZodType<{ kind: string }>>(item: T) {
  return z
    .array(item)
    .min(1)
    .max(REQUIRED_DOCUMENTS.length)
    .superRefine((documents, ctx) => {
      documents.forEach((document, i) => {
        if (documents.findIndex((d) => d.kind === document.kind) < i) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'kind'],
            message: `Jenis dokumen ${document.kind} disebut lebih dari sekali.`,
          });
        }
      });
    });
}

/** Two of a candidate's documents, as an operator's form sends them. */
const DOCUMENT_UPLOADS_EXAMPLE = [
  { kind: 'IJAZAH_TERAKHIR', ...UPLOAD_EXAMPLE },
  { kind: 'PAS_FOTO', contentType: 'image/jpeg', size: 84_211 },
] as const;

export const DocumentUploadsRequest = z
  .strictObject({
    documents: documentList(z.strictObject({ kind: DocumentKind, ...UPLOAD_FIELDS })).describe(
      'Setiap dokumen paling banyak sekali, dengan aturan jenis dan ukuran yang sama seperti unggahan satu dokumen.',
    ),
  })
  .meta({ id: 'DocumentUploadsRequest', examples: [{ documents: DOCUMENT_UPLOADS_EXAMPLE }] });

export const DocumentUploadSlots = z
  .object({
    documents: z
      .array(z.object({ kind: DocumentKind, ...SLOT_FIELDS }).describe(SLOT_DESCRIPTION))
      .describe('Satu tautan untuk setiap dokumen yang diminta, dalam urutan permintaan.'),
  })
  .meta({
    id: 'DocumentUploadSlots',
    examples: [
      {
        documents: DOCUMENT_UPLOADS_EXAMPLE.map((file) => ({
          kind: file.kind,
          ...slotExample(`198503102010011002/${file.kind}`, file),
        })),
      },
    ],
  });

export const ConfirmDocumentsRequest = z
  .strictObject({
    documents: documentList(z.strictObject({ kind: DocumentKind })).describe(
      'Dokumen yang sudah diunggah ke tautannya, masing-masing paling banyak sekali.',
    ),
  })
  .meta({
    id: 'ConfirmDocumentsRequest',
    examples: [{ documents: DOCUMENT_UPLOADS_EXAMPLE.map(({ kind }) => ({ kind })) }],
  });

export const DecisionRequest = z
  .strictObject({
    outcome: CandidateOutcome,
    reason: z.string().trim().min(5).max(1000).optional(),
    documents: z.array(DocumentKind).min(1).max(REQUIRED_DOCUMENTS.length).optional(),
  })
  .refine((d) => d.outcome === 'ACCEPTED' || d.reason !== undefined, {
    message: 'Alasan wajib diisi untuk penolakan atau permintaan dokumen.',
    path: ['reason'],
  })
  .refine((d) => (d.outcome === 'DOCUMENT_REQUESTED') === (d.documents !== undefined), {
    message: 'Daftar dokumen diisi tepat bila sidang meminta dokumen.',
    path: ['documents'],
  })
  .meta({
    id: 'DecisionRequest',
    examples: [
      {
        outcome: 'DOCUMENT_REQUESTED',
        reason: 'Surat keterangan sehat sudah kedaluwarsa.',
        documents: ['SURAT_KETERANGAN_SEHAT'],
      },
    ],
  });
export const CandidateDocumentPath = CandidatePath.extend({ kind: DocumentKind }).strict();

const Cursor = z.string().max(2048).optional();
const Limit = DecimalInteger(1, 200).default(50);

export const ProposalQuery = z.strictObject({
  status: ProposalStatus.optional(),
  kanreg: KanregCode.optional(),
  limit: Limit,
  cursor: Cursor,
});

export const CandidateQuery = z.strictObject({
  scheme: SchemeCode.optional(),
  status: CandidateStatus.optional(),
  limit: Limit,
  cursor: Cursor,
});
