import * as z from 'zod';
import { AssessmentMethodCode } from './assessment';
import { ProgramId } from './identifiers';
import { TeamPath } from './test-team';

/*
 * The test mechanism an assessor proposes to the team leader per cohort and unit (Perban BKN 7/2020 Pasal
 * 30(2)a, 22(2)), and the leader's decision on it.
 */
const PROGRAM = 'prg_0f8fad5b-d9cb-469f-a165-70867728950e';
const TEAM_ID = 'tim_7c9e6679-7425-40de-944b-e07fc1f90ae7';
const PROPOSAL_ID = 'mek_3b241101-e2bb-4255-8caf-4136c566a962';
const AT = '2027-07-10T03:00:00.000Z';
const Text = (max: number) => z.string().trim().min(3).max(max);

export const MechanismProposalId = z
  .string()
  .regex(
    /^mek_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    'Format ID usulan mekanisme tidak dikenal.',
  )
  .meta({ id: 'MechanismProposalId', examples: [PROPOSAL_ID] });

export const MechanismProposalPath = TeamPath.extend({ proposalId: MechanismProposalId }).strict();

export const MechanismProposalRequest = z
  .strictObject({
    methods: z
      .array(AssessmentMethodCode)
      .min(1)
      .max(10)
      .describe('Metode yang diusulkan, paling kurang 2 berbeda (Pasal 22(1)).'),
    mechanism: Text(2000).describe('Mekanisme pelaksanaan uji unit: urutan, tempat, waktu, pelaku.'),
    considerations: Text(2000)
      .optional()
      .describe(
        'Pertimbangan penentuan metode: peraturan, sarana dan prasarana, konteks manajemen ASN, kondisi pegawai (Pasal 22(2)).',
      ),
  })
  .meta({
    id: 'MechanismProposalRequest',
    examples: [
      {
        methods: ['TES_TERTULIS', 'WAWANCARA'],
        mechanism: 'Tes tertulis 90 menit di ruang uji, dilanjutkan wawancara 30 menit per peserta.',
        considerations: 'Ruang uji Kanreg menampung 30 peserta; wawancara dua asesor paralel.',
      },
    ],
  });
export type MechanismProposalRequest = z.infer<typeof MechanismProposalRequest>;

export const MechanismDecisionRequest = z
  .discriminatedUnion('outcome', [
    z.strictObject({ outcome: z.literal('DITERIMA'), notes: Text(2000).optional() }),
    z.strictObject({
      outcome: z.literal('DIKEMBALIKAN'),
      notes: Text(2000).describe('Alasan pengembalian, untuk usulan berikutnya.'),
    }),
  ])
  .meta({
    id: 'MechanismDecisionRequest',
    description: 'Ketua tim menerima usulan, atau mengembalikannya dengan catatan (Pasal 30(2)a).',
    examples: [{ outcome: 'DITERIMA' }, { outcome: 'DIKEMBALIKAN', notes: 'Tambahkan metode observasi.' }],
  });
export type MechanismDecisionRequest = z.infer<typeof MechanismDecisionRequest>;

export const MechanismProposal = z
  .object({
    proposalId: MechanismProposalId,
    teamId: z.string(),
    programId: ProgramId,
    cohort: z.int(),
    unitCode: z.string(),
    methods: z.array(AssessmentMethodCode),
    mechanism: z.string(),
    considerations: z.string().optional(),
    proposedBy: z.string(),
    proposedAt: z.iso.datetime(),
    status: z
      .enum(['DIAJUKAN', 'DITERIMA', 'DIKEMBALIKAN'])
      .describe('DIAJUKAN sampai ketua tim memutusnya, sekali.'),
    decidedBy: z.string().optional(),
    decidedAt: z.iso.datetime().optional(),
    notes: z.string().optional(),
  })
  .meta({
    id: 'MechanismProposal',
    examples: [
      {
        proposalId: PROPOSAL_ID,
        teamId: TEAM_ID,
        programId: PROGRAM,
        cohort: 19,
        unitCode: 'MASN-ADM-01',
        methods: ['TES_TERTULIS', 'WAWANCARA'],
        mechanism: 'Tes tertulis 90 menit di ruang uji, dilanjutkan wawancara 30 menit per peserta.',
        proposedBy: 'asesor.rina',
        proposedAt: AT,
        status: 'DITERIMA',
        decidedBy: 'asesor.budi',
        decidedAt: '2027-07-11T03:00:00.000Z',
      },
    ],
  });
export type MechanismProposal = z.infer<typeof MechanismProposal>;

export const MechanismProposalList = z.object({ items: z.array(MechanismProposal) }).meta({
  id: 'MechanismProposalList',
  description: 'Usulan mekanisme uji, menurut urutan pengajuan.',
  examples: [{ items: [(MechanismProposal.meta()?.examples as unknown[])[0]] }],
});
