import * as z from 'zod';
import { MAX_APPEAL_REVIEW_DAYS, APPEAL_REVIEW_METHODS } from '../../domain/result/appeal-strategy';
import { DecisionId } from './result';
import { Nip, ProgramId, SchemeCode } from './identifiers';
import { DisplayText } from './text';

/*
 * What the result session settles besides its decisions (Perban BKN 7/2020 Pasal 25b, 25e, 25h, 15(3)a): additional
 * evidence asked of a participant before deciding, the statement of the units recognised to one not yet competent,
 * and the strategy the appeals against its decisions follow.
 */
const PROGRAM = 'prg_0f8fad5b-d9cb-469f-a165-70867728950e';
const NIP = '198503102010011002';
const UnitCode = z.string().trim().min(1).max(32);
const Username = z.string().trim().min(2).max(128);

export const AdditionalEvidenceInput = z
  .strictObject({
    unitCodes: z.array(UnitCode).min(1).max(40),
    missing: DisplayText(3, 2000).describe('Bukti yang belum lengkap dan cara mengumpulkannya (Pasal 25b).'),
    deadline: z.iso.date().describe('Hari terakhir (WIB) bukti tambahan diterima asesor.'),
  })
  .meta({
    id: 'AdditionalEvidenceInput',
    examples: [
      {
        unitCodes: ['MASN-ADM-02'],
        missing: 'Portofolio dokumen usulan kenaikan pangkat yang disusun peserta tahun berjalan.',
        deadline: '2027-08-27',
      },
    ],
  });

export const AdditionalEvidenceRequest = z
  .object({
    programId: ProgramId,
    nip: Nip,
    requestId: z.string(),
    attempt: z.int(),
    session: z.object({ programId: ProgramId, number: z.int() }),
    unitCodes: z.array(z.string()),
    missing: z.string(),
    deadline: z.iso.date(),
    requestedBy: z.string(),
    requestedAt: z.iso.datetime(),
    status: z
      .object({
        state: z.enum(['MENUNGGU', 'TERPENUHI', 'LEWAT_BATAS']),
        answeredUnits: z.array(z.string()),
        outstandingUnits: z.array(z.string()),
      })
      .describe(
        'MENUNGGU: keputusan percobaan ini menunggu; TERPENUHI: setiap unit mendapat bukti baru dan rekomendasi asesor sesudahnya; LEWAT_BATAS: sidang memutus atas bukti yang ada.',
      ),
  })
  .meta({
    id: 'AdditionalEvidenceRequest',
    examples: [
      {
        programId: PROGRAM,
        nip: NIP,
        requestId: 'bkt_2027-08-20T03:00:00.000Z_1a2b3c4d',
        attempt: 0,
        session: { programId: PROGRAM, number: 19 },
        unitCodes: ['MASN-ADM-02'],
        missing: 'Portofolio dokumen usulan kenaikan pangkat yang disusun peserta tahun berjalan.',
        deadline: '2027-08-27',
        requestedBy: 'pusbang.sidang',
        requestedAt: '2027-08-20T03:00:00.000Z',
        status: { state: 'MENUNGGU', answeredUnits: [], outstandingUnits: ['MASN-ADM-02'] },
      },
    ],
  });
export type AdditionalEvidenceRequest = z.infer<typeof AdditionalEvidenceRequest>;
export type StoredAdditionalEvidence = Omit<AdditionalEvidenceRequest, 'status'>;

export const AdditionalEvidenceList = z.object({ items: z.array(AdditionalEvidenceRequest) }).meta({
  id: 'AdditionalEvidenceList',
  examples: [{ items: AdditionalEvidenceRequest.meta()?.examples as AdditionalEvidenceRequest[] }],
});

export const AppealStrategyInput = z
  .strictObject({
    reviewers: z
      .array(Username)
      .min(1)
      .max(10)
      .describe(
        'Pejabat unit pelatihan BKN yang dapat ditunjuk meninjau banding; bukan anggota tim uji sesi ini.',
      ),
    reviewDays: z
      .int()
      .min(1)
      .max(MAX_APPEAL_REVIEW_DAYS)
      .describe('Banding diputus dalam hari sejak diajukan.'),
    methods: z.array(z.enum(APPEAL_REVIEW_METHODS)).min(1).max(APPEAL_REVIEW_METHODS.length),
    notes: DisplayText(3, 2000).optional(),
  })
  .meta({
    id: 'AppealStrategyInput',
    examples: [
      {
        reviewers: ['pusbang.peninjau'],
        reviewDays: 10,
        methods: ['TELAAH_DOKUMEN', 'KLARIFIKASI'],
      },
    ],
  });

export const AppealStrategy = z
  .object({
    programId: ProgramId,
    number: z.int(),
    reviewers: z.array(z.string()),
    reviewDays: z.int(),
    methods: z.array(z.enum(APPEAL_REVIEW_METHODS)),
    notes: z.string().optional(),
    setBy: z.string(),
    setAt: z.iso.datetime(),
  })
  .meta({
    id: 'AppealStrategy',
    examples: [
      {
        programId: PROGRAM,
        number: 19,
        reviewers: ['pusbang.peninjau'],
        reviewDays: 10,
        methods: ['TELAAH_DOKUMEN', 'KLARIFIKASI'],
        setBy: 'pusbang.sidang',
        setAt: '2027-08-20T03:00:00.000Z',
      },
    ],
  });
export type AppealStrategy = z.infer<typeof AppealStrategy>;

export const UnitRecognitionStatement = z
  .object({
    programId: ProgramId,
    nip: Nip,
    name: z.string(),
    scheme: SchemeCode,
    basedOn: DecisionId,
    recognised: z.array(
      z.object({
        unitCode: z.string(),
        title: z.string(),
        decisionId: DecisionId,
        attempt: z.int(),
        recognisedAt: z.iso.datetime(),
      }),
    ),
    remaining: z
      .array(z.object({ unitCode: z.string(), title: z.string() }))
      .describe('Unit yang diuji pada uji ulang (Pasal 26(2)).'),
    note: z.string(),
  })
  .meta({
    id: 'UnitRecognitionStatement',
    description:
      'Pernyataan pengakuan kompetensi teknis pada unit (Pasal 15(3)a, 25e), bukan sertifikat: sertifikat hanya bagi yang kompeten pada seluruh unit (Pasal 16(6)).',
    examples: [
      {
        programId: PROGRAM,
        nip: NIP,
        name: 'Dewi Anggraini, S.Sos.',
        scheme: 'ADMINISTRATOR',
        basedOn: 'dec_2027-08-20T03:00:00.000Z_1',
        recognised: [
          {
            unitCode: 'MASN-ADM-01',
            title: 'Melaksanakan Manajemen Perencanaan ASN',
            decisionId: 'dec_2027-08-20T03:00:00.000Z_1',
            attempt: 0,
            recognisedAt: '2027-08-20T03:00:00.000Z',
          },
        ],
        remaining: [{ unitCode: 'MASN-ADM-02', title: 'Melaksanakan Manajemen Pengadaan ASN' }],
        note: 'Pernyataan pengakuan unit kompetensi (Perban BKN 7/2020 Pasal 15(3)a), bukan sertifikat kompetensi teknis; uji ulang hanya atas unit sisanya (Pasal 26(2)).',
      },
    ],
  });
export type UnitRecognitionStatement = z.infer<typeof UnitRecognitionStatement>;
