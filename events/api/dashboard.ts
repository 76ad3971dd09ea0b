import * as z from 'zod';
import { DASHBOARD_STAGES, type DashboardStage } from '../../domain/reporting/dashboard';
import { InstansiCode, ProgramId, SchemeCode } from './identifiers';

const count = z.int().min(0);

export const StageCounts = z
  .object(
    Object.fromEntries(DASHBOARD_STAGES.map((stage) => [stage, count])) as Record<
      DashboardStage,
      typeof count
    >,
  )
  .meta({
    id: 'StageCounts',
    description:
      'Jumlah orang (NIP) pada setiap tahap: diusulkan, memenuhi syarat (ditetapkan sebagai peserta), mendapat kursi, diuji, kompeten (keputusan yang berlaku), bersertifikat (sertifikat kompetensi yang berlaku), menjawab Monev.',
  });
export type StageCounts = z.infer<typeof StageCounts>;

const EXAMPLE_COUNTS: StageCounts = {
  proposed: 3,
  eligible: 2,
  seated: 2,
  tested: 2,
  competent: 1,
  certified: 1,
  monevAnswered: 1,
};

export const ProgramDashboard = z
  .object({
    programId: ProgramId,
    generatedAt: z.string().describe('Saat angka-angka ini dibaca.'),
    total: StageCounts,
    byInstansi: z.array(z.object({ instansiCode: InstansiCode, name: z.string(), counts: StageCounts })),
    byLevel: z.array(
      z.object({ scheme: SchemeCode, name: z.string().describe('Nama jenjang.'), counts: StageCounts }),
    ),
    cohorts: z
      .array(
        z.object({
          number: z.int(),
          scheme: SchemeCode,
          levelName: z.string().describe('Nama jenjang.'),
          startDate: z.string(),
          capacity: z.int().min(0),
          seatsTaken: z.int().min(0),
        }),
      )
      .describe('Angkatan pelatihan (tanpa sesi uji ulang BKN, yang tidak berkursi), menurut nomor.'),
    units: z
      .array(
        z.object({
          code: z.string(),
          title: z.string(),
          competent: count,
          notYetCompetent: count,
        }),
      )
      .describe(
        'Hasil per unit kompetensi menurut keputusan yang berlaku setiap peserta yang diuji: kompeten dan belum kompeten, menurut kode unit.',
      ),
  })
  .meta({
    id: 'ProgramDashboard',
    examples: [
      {
        programId: 'prg_0f8fad5b-d9cb-469f-a165-70867728950e',
        generatedAt: '2019-08-01T03:00:00.000Z',
        total: EXAMPLE_COUNTS,
        byInstansi: [
          {
            instansiCode: '3201',
            name: 'Pemerintah Kabupaten Bogor',
            counts: EXAMPLE_COUNTS,
          },
        ],
        byLevel: [
          {
            scheme: 'ADMINISTRATOR',
            name: 'Administrator',
            counts: EXAMPLE_COUNTS,
          },
        ],
        cohorts: [
          {
            number: 1,
            scheme: 'ADMINISTRATOR',
            levelName: 'Administrator',
            startDate: '2019-05-02',
            capacity: 30,
            seatsTaken: 2,
          },
        ],
        units: [
          {
            code: 'MASN-ADM-01',
            title: 'Melaksanakan Manajemen Perencanaan ASN',
            competent: 2,
            notYetCompetent: 0,
          },
        ],
      },
    ],
  });
export type ProgramDashboard = z.infer<typeof ProgramDashboard>;
