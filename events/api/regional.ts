import * as z from 'zod';
import { Funding, ProgramTestSite, TestSiteInput } from './funding';
import { InstansiCode, KanregCode, ProgramId } from './identifiers';
import { NextCursor, PageQuery } from './page';
import { ProgramPath } from './paths';
import { CreateProgramRequest, PlannedCohort } from './program';
import { DisplayText } from './text';

/*
 * Kanreg allocations and regional programmes (Perban BKN 7/2020 Pasal 7, 8, 11, 16(8), 27).
 */

const IsoDate = z.iso.date();

export const AllocationPath = ProgramPath.extend({ kanregCode: KanregCode }).strict();

export const AllocationRequest = z
  .strictObject({
    candidates: z
      .int()
      .min(0)
      .max(100_000)
      .describe('Jumlah calon peserta yang dialokasikan bagi wilayah Kanreg dalam program (Pasal 11a, f).'),
  })
  .meta({ id: 'AllocationRequest', examples: [{ candidates: 30 }] });

export const Allocation = z
  .object({
    programId: ProgramId,
    kanreg: KanregCode,
    allocated: z.int().optional().describe('Tanpa ini: BKN belum mengalokasikan apa pun bagi Kanreg ini.'),
    proposed: z
      .int()
      .describe('Calon yang sudah diajukan instansi di wilayah Kanreg (usulan yang diajukan).'),
    determined: z
      .int()
      .describe('Calon dari usulan itu yang diterima sidang penetapan, sebagaimana berlaku.'),
    updatedBy: z.string().optional(),
    updatedAt: z.string().optional(),
  })
  .meta({
    id: 'Allocation',
    examples: [
      {
        programId: 'prg_0f8fad5b-d9cb-469f-a165-70867728950e',
        kanreg: 'III',
        allocated: 30,
        proposed: 12,
        determined: 9,
        updatedBy: 'admin-bkn-1',
        updatedAt: '2027-02-01T03:00:00.000Z',
      },
    ],
  });
export type Allocation = z.infer<typeof Allocation>;

const ALLOCATION_EXAMPLE = (Allocation.meta()?.examples as unknown[])[0] as Allocation;

export const AllocationList = z
  .object({ items: z.array(Allocation) })
  .meta({ id: 'AllocationList', examples: [{ items: [ALLOCATION_EXAMPLE] }] });

export const RegionalProgramId = z
  .string()
  .regex(/^rpg_[0-9a-f-]{36}$/, 'ID program daerah tidak valid.')
  .meta({ id: 'RegionalProgramId', examples: ['rpg_6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f'] });
export const RegionalProgramPath = z.strictObject({ regionalProgramId: RegionalProgramId });

export const RegionalProgramStatus = z.enum(['PROPOSED', 'APPROVED', 'REJECTED']).meta({
  id: 'RegionalProgramStatus',
  description:
    'PROPOSED: diusulkan Kanreg, menunggu persetujuan; APPROVED: disetujui, programnya dibuat; REJECTED: ditolak.',
});
export type RegionalProgramStatus = z.infer<typeof RegionalProgramStatus>;

const { funding: _nationalFunding, ...PROGRAM_FIELDS } = CreateProgramRequest.shape;

export const RegionalProgramRequest = z
  .strictObject({
    ...PROGRAM_FIELDS,
    cohortPlan: z
      .array(PlannedCohort)
      .max(50)
      .default([])
      .describe('Paling banyak 50 angkatan: program, angkatan dan alokasinya ditulis dalam satu transaksi.'),
    initiatorInstansi: InstansiCode.describe(
      'Pemerintah provinsi atau kabupaten/kota di wilayah Kanreg yang menginisiasi dan membiayai (Pasal 11b).',
    ),
    funding: Funding,
    testSite: TestSiteInput.describe(
      'Tempat uji di Kanreg (Pasal 7(1), 27); penetapannya langkah tersendiri.',
    ),
    candidates: z.int().min(1).max(10_000).describe('Jumlah calon peserta yang diminta bagi wilayah Kanreg.'),
  })
  .meta({
    id: 'RegionalProgramRequest',
    examples: [
      {
        name: 'Sertifikasi Manajemen ASN Provinsi Jawa Barat 2027',
        year: 2027,
        schemes: ['ADMINISTRATOR'],
        proposalWindow: { opensAt: '2027-03-01T08:00:00+07:00', closesAt: '2027-03-12T16:00:00+07:00' },
        quotaPerInstansi: { ADMINISTRATOR: 10 },
        cohortPlan: [
          {
            number: 1,
            scheme: 'ADMINISTRATOR',
            capacity: 30,
            startDate: '2027-05-10',
            endDate: '2027-05-11',
          },
        ],
        initiatorInstansi: '3200',
        funding: {
          source: 'APBD_PROVINSI',
          funder: { instansiCode: '3200', name: 'Pemerintah Provinsi Jawa Barat' },
          agreement: {
            reference: '800/12/BKD/2027',
            agreedOn: '2027-02-10',
            scheduleFrom: '2027-05-01',
            scheduleUntil: '2027-06-30',
          },
        },
        testSite: { name: 'Aula Kantor Regional III BKN', address: 'Jl. Surapati No. 1, Bandung' },
        candidates: 30,
      },
    ],
  });
export type RegionalProgramRequest = z.infer<typeof RegionalProgramRequest>;

export const RegionalDecisionRequest = z
  .strictObject({
    outcome: z.enum(['APPROVED', 'REJECTED']),
    coordination: z
      .strictObject({
        heldOn: IsoDate.describe('Tanggal koordinasi Kanreg dengan unit pelatihan BKN (Pasal 7(2)).'),
        reference: DisplayText(3, 200).describe('Nomor notula atau surat hasil koordinasi.'),
      })
      .describe('Koordinasi yang mendahului persetujuan (Pasal 7(2)).'),
    allocation: z
      .int()
      .min(1)
      .max(10_000)
      .optional()
      .describe('Alokasi calon bagi wilayah Kanreg; bawaan: jumlah yang diminta.'),
    reason: DisplayText(3, 500).optional().describe('Alasan penolakan (wajib bila REJECTED).'),
  })
  .superRefine((body, ctx) => {
    if (body.outcome === 'REJECTED' && !body.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Penolakan menyebut alasannya.' });
    }
  })
  .meta({
    id: 'RegionalDecisionRequest',
    examples: [
      {
        outcome: 'APPROVED',
        coordination: { heldOn: '2027-02-15', reference: 'ND-17/Pusbang ASN/II/2027' },
        allocation: 30,
      },
    ],
  });
export type RegionalDecisionRequest = z.infer<typeof RegionalDecisionRequest>;

const REQUEST_EXAMPLE = (RegionalProgramRequest.meta()?.examples as unknown[])[0] as RegionalProgramRequest;
const {
  initiatorInstansi: _initiator,
  funding: _funding,
  testSite: _site,
  candidates: _candidates,
  ...DRAFT_EXAMPLE
} = REQUEST_EXAMPLE;
const REGIONAL_EXAMPLE = {
  id: 'rpg_6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
  kanreg: 'III',
  status: 'APPROVED',
  initiator: { code: '3200', name: 'Pemerintah Provinsi Jawa Barat' },
  draft: DRAFT_EXAMPLE,
  funding: REQUEST_EXAMPLE.funding,
  testSite: { kanreg: 'III', ...REQUEST_EXAMPLE.testSite },
  candidates: 30,
  proposedBy: 'kanreg-iii-1',
  proposedAt: '2027-02-01T03:00:00.000Z',
  decision: {
    outcome: 'APPROVED',
    coordination: { heldOn: '2027-02-15', reference: 'ND-17/Pusbang ASN/II/2027' },
    allocation: 30,
    decidedBy: 'admin-bkn-1',
    decidedAt: '2027-02-16T03:00:00.000Z',
  },
  programId: 'prg_0f8fad5b-d9cb-469f-a165-70867728950e',
};

export const RegionalProgram = z
  .object({
    id: RegionalProgramId,
    kanreg: KanregCode,
    status: RegionalProgramStatus,
    initiator: z.object({ code: InstansiCode, name: z.string() }),
    draft: z.object(PROGRAM_FIELDS).describe('Program yang diusulkan, sebagaimana dikirim.'),
    funding: Funding,
    testSite: ProgramTestSite,
    candidates: z.int(),
    proposedBy: z.string(),
    proposedAt: z.string(),
    decision: z
      .object({
        outcome: z.enum(['APPROVED', 'REJECTED']),
        coordination: z.object({ heldOn: z.string(), reference: z.string() }),
        allocation: z.int().optional(),
        reason: z.string().optional(),
        decidedBy: z.string(),
        decidedAt: z.string(),
      })
      .optional(),
    programId: ProgramId.optional().describe('Program yang dibuat saat disetujui.'),
  })
  .meta({ id: 'RegionalProgram', examples: [REGIONAL_EXAMPLE] });
export type RegionalProgram = z.infer<typeof RegionalProgram>;

export const RegionalProgramList = z
  .object({ items: z.array(RegionalProgram), nextCursor: NextCursor })
  .meta({ id: 'RegionalProgramList', examples: [{ items: [REGIONAL_EXAMPLE] }] });

/** Paged: decided proposals accumulate over the years; the PROPOSED ones are only those waiting for BKN. */
export const RegionalProgramQuery = PageQuery.extend({ status: RegionalProgramStatus.optional() }).strict();
