import * as z from 'zod';
import { InstansiCode, Nip } from './identifiers';
import { DisplayName, DisplayText } from './text';

/*
 * The competency assessment of civil servants for structural positions (Perka BKN 11/2008), kept per instansi:
 * the candidates its own selection passed, their proposal to the Pejabat Pembina Kepegawaian (PPK) and the PPK's
 * determination (Lampiran III.1).
 */
export const StructuralInstansiPath = z.strictObject({ instansiCode: InstansiCode });
export const StructuralCandidatePath = z.strictObject({ instansiCode: InstansiCode, nip: Nip });

const IsoDate = z.iso.date().describe('Tanggal kalender YYYY-MM-DD (WIB).');
const Recorded = { by: z.string().describe('Pengguna yang mencatat.'), at: z.iso.datetime() };

export const Echelon = z.enum(['I', 'II', 'III', 'IV']).describe('Eselon jabatan struktural.');
export const Assessor = z.enum(['UPK', 'TPK']).describe('Pelaksana penilaian: UPK atau TPK.');

const SelectionResult = z.strictObject({
  passed: z.boolean().describe('Dinyatakan lulus.'),
  date: IsoDate,
});

export const StructuralCandidateRequest = z
  .strictObject({
    name: DisplayName(),
    position: DisplayText(3, 200).describe('Jabatan saat ini.'),
    workUnit: DisplayText(3, 200).describe('Unit kerja saat ini.'),
    selection: z
      .strictObject({
        administrative: SelectionResult.describe('Seleksi administrasi oleh instansi (III.1.a-b).'),
        substance: SelectionResult.describe('Tes substansi jabatan oleh instansi (III.1.a-b).'),
      })
      .describe('Seleksi yang dilakukan instansi sendiri.'),
  })
  .meta({
    id: 'StructuralCandidateRequest',
    description: 'PNS yang lulus seleksi administrasi dan tes substansi jabatan instansinya (III.1.a-b).',
    examples: [
      {
        name: 'Budi Santoso, S.E., M.M.',
        position: 'Kepala Subbagian Perencanaan',
        workUnit: 'Biro Perencanaan',
        selection: {
          administrative: { passed: true, date: '2025-02-03' },
          substance: { passed: true, date: '2025-02-05' },
        },
      },
    ],
  });
export type StructuralCandidateRequest = z.infer<typeof StructuralCandidateRequest>;

export const NominationProposalRequest = z
  .strictObject({
    letterNumber: DisplayText(3, 100).describe('Nomor surat/nota dinas usulan kepada PPK.'),
    letterDate: IsoDate,
  })
  .meta({
    id: 'NominationProposalRequest',
    description: 'Usulan pejabat kepegawaian kepada PPK (III.1.c).',
    examples: [{ letterNumber: '800/112/BKPSDM/2025', letterDate: '2025-02-10' }],
  });

const Position = z.strictObject({
  title: DisplayText(3, 200).describe('Nama jabatan struktural.'),
  unit: DisplayText(3, 200).describe('Unit organisasi jabatan.'),
});

const Decree = {
  decreeNumber: DisplayText(3, 100).describe('Nomor keputusan PPK.'),
  decreeDate: IsoDate,
};

export const DeterminationRequest = z
  .discriminatedUnion('decision', [
    z.strictObject({
      decision: z.literal('DITETAPKAN'),
      ...Decree,
      position: Position,
      echelon: Echelon,
      assessedBy: Assessor,
    }),
    z.strictObject({
      decision: z.literal('TIDAK_DITETAPKAN'),
      ...Decree,
      reason: DisplayText(3, 1000),
    }),
  ])
  .meta({
    id: 'DeterminationRequest',
    description:
      'Penetapan PPK: calon mengikuti penilaian kompetensi untuk jabatan struktural dan eselon tertentu, oleh UPK atau TPK (III.1.c-d); atau tidak ditetapkan, dengan alasannya.',
    examples: [
      {
        decision: 'DITETAPKAN',
        decreeNumber: '821/15/KEP/2025',
        decreeDate: '2025-02-17',
        position: { title: 'Kepala Bagian Perencanaan', unit: 'Biro Perencanaan' },
        echelon: 'III',
        assessedBy: 'TPK',
      },
    ],
  });
export type DeterminationRequest = z.infer<typeof DeterminationRequest>;

const CANDIDATE_EXAMPLE = {
  instansiCode: '4011',
  nip: '198503102010011002',
  ...(StructuralCandidateRequest.meta()?.examples as object[])[0],
  status: 'DITETAPKAN',
  recorded: { by: 'kepegawaian.kemenpan', at: '2025-02-06T02:00:00.000Z' },
  proposal: {
    ...(NominationProposalRequest.meta()?.examples as object[])[0],
    by: 'kepegawaian.kemenpan',
    at: '2025-02-10T03:00:00.000Z',
  },
  determination: {
    ...(DeterminationRequest.meta()?.examples as object[])[0],
    by: 'ppk.kemenpan',
    at: '2025-02-17T04:00:00.000Z',
  },
};

export const StructuralCandidate = StructuralCandidateRequest.extend({
  instansiCode: InstansiCode,
  nip: Nip,
  status: z
    .enum(['DICATAT', 'DIUSULKAN', 'DITETAPKAN', 'TIDAK_DITETAPKAN'])
    .describe('DICATAT (lulus seleksi), DIUSULKAN (kepada PPK), DITETAPKAN atau TIDAK_DITETAPKAN oleh PPK.'),
  recorded: z.strictObject(Recorded),
  proposal: NominationProposalRequest.extend(Recorded).optional(),
  determination: z
    .union([
      DeterminationRequest.options[0].extend(Recorded),
      DeterminationRequest.options[1].extend(Recorded),
    ])
    .optional(),
}).meta({ id: 'StructuralCandidate', examples: [CANDIDATE_EXAMPLE] });
export type StructuralCandidate = z.infer<typeof StructuralCandidate>;

export const StructuralCandidateList = z
  .object({ items: z.array(StructuralCandidate).describe('Menurut NIP.') })
  .meta({ id: 'StructuralCandidateList', examples: [{ items: [CANDIDATE_EXAMPLE] }] });
