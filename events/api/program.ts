import * as z from 'zod';
import { SCHEME_CODES } from '../../domain/reference/schemes';
import { ProgramId, SchemeCode } from './identifiers';
import { DownloadLink } from './download';
import { Funding, ProgramOrigin, ProgramTestSite } from './funding';
import { ProgramPath } from './paths';
import { OfficialSigner } from './signer';
import { DisplayName, DisplayText } from './text';

export { DownloadLink, ProgramId, ProgramPath, SchemeCode };

const Instant = z.iso.datetime({ offset: true });
const IsoDate = z.iso.date();

export const QuotaPerInstansi = z.partialRecord(SchemeCode, z.int().min(1).max(100)).meta({
  id: 'QuotaPerInstansi',
  description: 'Jumlah calon yang boleh diusulkan satu instansi per skema.',
});

export const PlannedCohort = z
  .strictObject({
    number: z.int().min(1).max(999),
    scheme: SchemeCode,
    capacity: z.int().min(1).max(200),
    startDate: IsoDate,
    endDate: IsoDate,
  })
  .meta({
    id: 'PlannedCohort',
    examples: [
      { number: 19, scheme: 'ADMINISTRATOR', capacity: 30, startDate: '2027-07-29', endDate: '2027-07-30' },
    ],
  });

const ProposalWindowInput = z.strictObject({
  opensAt: Instant.describe('Jendela usulan dibuka (ISO 8601).'),
  closesAt: Instant.describe('Jendela usulan ditutup (ISO 8601).'),
});

export const CreateProgramRequest = z
  .strictObject({
    name: DisplayName(5, 200),
    year: z.int().min(2019).max(2100),
    schemes: z.array(SchemeCode).min(1).max(SCHEME_CODES.length),
    proposalWindow: ProposalWindowInput,
    quotaPerInstansi: QuotaPerInstansi,
    cohortPlan: z
      .array(PlannedCohort)
      .max(99)
      .default([])
      .describe('Paling banyak 99 angkatan: program dan angkatannya ditulis dalam satu transaksi.'),
    funding: Funding.default({ source: 'APBN' }).describe('Sumber dana (Pasal 8(1)); bawaan APBN BKN.'),
  })
  .meta({
    id: 'CreateProgramRequest',
    examples: [
      {
        name: 'Pelatihan dan Sertifikasi Manajemen ASN 2019',
        year: 2019,
        schemes: ['JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS'],
        proposalWindow: { opensAt: '2019-06-24T00:00:00+07:00', closesAt: '2019-07-05T23:59:59+07:00' },
        quotaPerInstansi: { JPT_PRATAMA: 1, ADMINISTRATOR: 1, PENGAWAS: 1 },
        cohortPlan: [
          { number: 1, scheme: 'JPT_PRATAMA', capacity: 30, startDate: '2019-07-15', endDate: '2019-07-16' },
        ],
      },
    ],
  });

export type CreateProgramRequest = z.infer<typeof CreateProgramRequest>;

const SIGNER_EXAMPLE = {
  name: 'Dr. Andi Wijaya, M.Si.',
  nip: '197001011995031001',
  position: 'Kepala Pusat Pengembangan Aparatur Sipil Negara',
};

/**
 * What the announcement letter carries besides the programme: its number, place and signer; its date is the day
 * it is requested (WIB).
 */
export const AnnouncementRequest = z
  .strictObject({
    number: DisplayText(3, 100).describe(
      'Nomor surat dari tata naskah dinas unit penerbit, mis. 195/A/TU/Pusbang ASN/III/2019.',
    ),
    place: DisplayText(3, 60).default('Jakarta').describe('Tempat surat; tanggalnya hari permintaan (WIB).'),
    signer: OfficialSigner.describe('Pejabat yang menandatangani surat: nama dengan gelar, NIP, jabatan.'),
  })
  .meta({
    id: 'AnnouncementRequest',
    examples: [{ number: '195/A/TU/Pusbang ASN/III/2019', place: 'Bogor', signer: SIGNER_EXAMPLE }],
  });
export type AnnouncementRequest = z.infer<typeof AnnouncementRequest>;

/** The letter details as recorded with the request and printed on the letter. */
export const AnnouncementLetterDetails = z.object({
  number: z.string(),
  place: z.string(),
  signer: z.object({ name: z.string(), nip: z.string().optional(), position: z.string() }),
});
export type AnnouncementLetterDetails = z.infer<typeof AnnouncementLetterDetails>;

export const ProgramStatus = z.enum(['SCHEDULED', 'OPEN', 'CLOSED']).meta({
  id: 'ProgramStatus',
  description:
    'SCHEDULED: jendela usulan belum dibuka; OPEN: usulan diterima; CLOSED: jendela usulan ditutup.',
});

export type ProgramStatus = z.infer<typeof ProgramStatus>;

export const Program = z
  .object({
    id: ProgramId,
    name: z.string(),
    year: z.int(),
    schemes: z.array(SchemeCode),
    proposalWindow: z.object({ opensAt: z.string(), closesAt: z.string() }),
    quotaPerInstansi: QuotaPerInstansi,
    cohortPlan: z.array(PlannedCohort),
    status: ProgramStatus,
    funding: Funding.optional().describe('Sumber dana; program yang tersimpan tanpa catatan ini: APBN BKN.'),
    origin: ProgramOrigin.optional(),
    allocatedPerKanreg: z
      .boolean()
      .optional()
      .describe(
        'Usulan dari wilayah setiap Kanreg dibatasi alokasinya (Pasal 11a, f); tanpa ini: kuota per instansi saja.',
      ),
    testSite: ProgramTestSite.optional().describe('Tempat uji program daerah, di Kanreg (Pasal 7(1), 27).'),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    announcement: z
      .object({
        status: z.enum(['REQUESTED', 'READY']),
        requestedAt: z.string(),
        letter: AnnouncementLetterDetails.optional().describe('Nomor, tempat dan penanda tangan surat.'),
        documentKey: z.string().optional(),
        sha256: z.string().optional(),
        generatedAt: z.string().optional(),
      })
      .optional(),
  })
  .meta({
    id: 'Program',
    examples: [
      {
        id: 'prg_0f8fad5b-d9cb-469f-a165-70867728950e',
        name: 'Pelatihan dan Sertifikasi Manajemen ASN 2019',
        year: 2019,
        schemes: ['JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS'],
        proposalWindow: { opensAt: '2019-06-23T17:00:00.000Z', closesAt: '2019-07-05T16:59:59.000Z' },
        quotaPerInstansi: { JPT_PRATAMA: 1, ADMINISTRATOR: 1, PENGAWAS: 1 },
        cohortPlan: [],
        status: 'SCHEDULED',
        createdBy: 'bkn-admin-1',
        createdAt: '2019-06-10T02:00:00.000Z',
        updatedAt: '2019-06-10T02:00:00.000Z',
      },
    ],
  });

export type Program = z.infer<typeof Program>;

export const CreateProgram2019Request = z
  .strictObject({
    year: z.int().min(2019).max(2100),
    proposalWindow: ProposalWindowInput,
    firstCohortStartsOn: IsoDate.describe(
      'Angkatan pertama dimulai; angkatan lain bergeser dengan jarak tabel 2019.',
    ),
  })
  .meta({
    id: 'CreateProgram2019Request',
    examples: [
      {
        year: 2027,
        proposalWindow: { opensAt: '2027-03-01T00:00:00+07:00', closesAt: '2027-03-29T23:59:59+07:00' },
        firstCohortStartsOn: '2027-05-03',
      },
    ],
  });

const PROGRAM_EXAMPLE = (Program.meta()?.examples as unknown[])[0] as z.infer<typeof Program>;

export const ProgramList = z
  .object({ items: z.array(Program) })
  .meta({ id: 'ProgramList', examples: [{ items: [PROGRAM_EXAMPLE] }] });

export const AnnouncementAccepted = z
  .object({ programId: ProgramId, status: z.literal('REQUESTED') })
  .meta({ id: 'AnnouncementAccepted', examples: [{ programId: PROGRAM_EXAMPLE.id, status: 'REQUESTED' }] });
