import * as z from 'zod';
import { FUNDING_SOURCES } from '../../domain/program/funding';
import { InstansiCode, KanregCode } from './identifiers';
import { DisplayName, DisplayText } from './text';

const IsoDate = z.iso.date();

/** Who pays for a programme (Perban BKN 7/2020 Pasal 8) and the schedule agreed with a funder (16(8)). */
export const Funding = z
  .strictObject({
    source: z
      .enum(FUNDING_SOURCES)
      .describe(
        'Pasal 8(1): APBN, APBD_PROVINSI, APBD_KABUPATEN_KOTA, atau LAINNYA (sumber lain yang sah dan tidak mengikat).',
      ),
    funder: z
      .strictObject({
        instansiCode: InstansiCode.optional().describe(
          'Instansi pemerintah penyandang dana (wajib bagi APBD).',
        ),
        name: DisplayName(3, 200),
      })
      .optional()
      .describe('Penyandang dana selain anggaran BKN sendiri; tanpa ini: APBN BKN.'),
    agreement: z
      .strictObject({
        reference: DisplayText(3, 100).describe('Nomor perjanjian kerja sama atau nota kesepakatan.'),
        agreedOn: IsoDate,
        scheduleFrom: IsoDate,
        scheduleUntil: IsoDate,
      })
      .optional()
      .describe(
        'Kesepakatan jadwal dengan penyandang dana (Pasal 16(8)); setiap angkatan di dalam rentangnya.',
      ),
  })
  .meta({
    id: 'Funding',
    examples: [
      {
        source: 'APBD_PROVINSI',
        funder: { instansiCode: '3200', name: 'Pemerintah Provinsi Jawa Barat' },
        agreement: {
          reference: '800/12/BKD/2027',
          agreedOn: '2027-02-10',
          scheduleFrom: '2027-05-01',
          scheduleUntil: '2027-06-30',
        },
      },
    ],
  });
export type Funding = z.infer<typeof Funding>;

/** Who holds a programme: BKN nationally, or a Kanreg for a regional government (Pasal 7, 11b). */
export const ProgramOrigin = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('NASIONAL') }),
    z.object({
      kind: z.literal('DAERAH'),
      kanreg: KanregCode,
      initiator: z.object({ code: InstansiCode, name: z.string() }),
      regionalProgramId: z.string(),
      approvedBy: z.string(),
      approvedAt: z.string(),
    }),
  ])
  .meta({
    id: 'ProgramOrigin',
    description:
      'NASIONAL: program BKN; DAERAH: program usulan Kanreg atas inisiasi dan anggaran instansi daerah, disetujui unit pelatihan BKN. Program yang tersimpan sebelum catatan ini ada: NASIONAL.',
  });

/** The test site of a regional programme, at the Kanreg (Pasal 7(1), 27); designating it is a separate step. */
export const ProgramTestSite = z
  .object({ kanreg: KanregCode, name: z.string(), address: z.string() })
  .meta({ id: 'ProgramTestSite' });

export const TestSiteInput = z.strictObject({ name: DisplayName(3, 200), address: DisplayText(5, 300) });
