import * as z from 'zod';
import { DownloadLink } from './download';
import { DecimalInteger, ProgramId } from './identifiers';
import { DisplayName, DisplayText } from './text';

/*
 * Invitations of seated participants to their cohort: the notification letter of Perka BKN 11/2008 (Anak
 * Lampiran (1)-(11)), its signer and its download link. Built by domain/scheduling/invitation.ts.
 *
 * The path schemas repeat those of ./participant on purpose: importing that module brings the proposal
 * contracts into the invitations bundle, which would then exceed its 400 KiB budget.
 */
const Nip = z.string().regex(/^\d{18}$/, 'NIP terdiri atas 18 angka.');

export const InvitationParticipantPath = z.strictObject({ programId: ProgramId, nip: Nip });
export const InvitationCohortPath = z.strictObject({
  programId: ProgramId,
  number: DecimalInteger(1, 999),
});

const LETTER_EXAMPLE = {
  cohort: 19,
  place: 'Bogor',
  letterDate: '2027-07-15',
  number: '0007/UND/PUSBANG-ASN/VII/2027',
  nature: 'Penting',
  attachment: '-',
  subject: 'Undangan Pelatihan dan Sertifikasi Manajemen ASN 2027 Angkatan 19',
  addressee: {
    name: 'Dewi Lestari, S.Sos.',
    nip: '198503102010011002',
    position: 'Kepala Bidang Pengembangan Pegawai',
    workUnit: 'BKPSDM',
  },
  day: 'Kamis',
  date: '2027-07-29',
  endDate: '2027-07-30',
  time: '08.00 WIB s.d. selesai',
  venue: 'Pusbang ASN BKN',
  signer: { position: 'Kepala Pusat Pengembangan Aparatur Sipil Negara', name: 'Dr. Andi Wijaya, M.Si.' },
};

export const InvitationLetter = z
  .object({
    cohort: z.int(),
    place: z.string().describe('(1) Tempat surat.'),
    letterDate: z.iso.date().describe('(1) Tanggal surat: hari diterbitkan (WIB).'),
    number: z.string().describe('(2) Nomor: <urut>/UND/PUSBANG-ASN/<bulan romawi>/<tahun>.'),
    nature: z.string().describe('(3) Sifat.'),
    attachment: z.string().describe('(4) Lampiran.'),
    subject: z.string().describe('Hal.'),
    addressee: z
      .object({ name: z.string(), nip: z.string(), position: z.string(), workUnit: z.string() })
      .describe('(5) Nama, NIP, jabatan dan unit kerja peserta.'),
    day: z.string().describe('(6) Hari mulai angkatan.'),
    date: z.iso.date().describe('(7) Tanggal mulai angkatan.'),
    endDate: z.iso.date().describe('Tanggal berakhir angkatan.'),
    time: z.string().describe('(8) Waktu.'),
    venue: z.string().describe('(9) Tempat pelaksanaan.'),
    signer: z
      .object({ position: z.string(), name: z.string() })
      .describe('(10) Jabatan dan (11) nama penanda tangan.'),
  })
  .meta({ id: 'InvitationLetter', examples: [LETTER_EXAMPLE] });
export type InvitationLetter = z.infer<typeof InvitationLetter>;

/**
 * The invitation as recorded on the participant item (`invitation`): numbered (PDF being rendered), ready, or
 * refused with the rules that refused it (a refusal takes no number). Not an API contract: GET answers
 * `Invitation`, or the refusal as an error.
 */
export interface InvitationRecord {
  status: 'NUMBERED' | 'READY' | 'REFUSED';
  cohort: number;
  requestedAt: string;
  /** The letter's date (WIB), also the day it is counted as received. */
  issuedOn: string;
  number?: string;
  letter?: InvitationLetter;
  documentKey?: string;
  sha256?: string;
  /** When the PDF was stored. */
  issuedAt?: string;
  /** REFUSED: the code of the first rule that refused it, and all of them. */
  code?: string;
  violations?: { code: string; article: string; message: string; field?: string }[];
  refusedAt?: string;
}

export const Invitation = z
  .object({
    programId: ProgramId,
    nip: Nip,
    cohort: z.int(),
    number: z.string(),
    issuedAt: z.string(),
    letter: InvitationLetter,
    download: DownloadLink,
  })
  .meta({
    id: 'Invitation',
    description: 'Undangan peserta beserta tautan unduh PDF-nya yang berumur 5 menit.',
    examples: [
      {
        programId: 'prg_0f8fad5b-d9cb-469f-a165-70867728950e',
        nip: '198503102010011002',
        cohort: 19,
        number: '0007/UND/PUSBANG-ASN/VII/2027',
        issuedAt: '2027-07-14T17:05:03.000Z',
        letter: LETTER_EXAMPLE,
        download: {
          url: 'https://sertifikasi-documents.s3.ap-southeast-3.amazonaws.com/invitations/prg_0f8fad5b-d9cb-469f-a165-70867728950e/19/198503102010011002.pdf?X-Amz-Signature=5a0ed3a808be83f3d23af303ae494e9705418a42594ed7cdb086f031cbcfea07',
          expiresAt: '2027-07-15T02:05:00.000Z',
          sha256: '63b8c5add45fe7a5c8547baed97af63b99a6d69b72ea12f321ee131c21571161',
        },
      },
    ],
  });
export type Invitation = z.infer<typeof Invitation>;

export const InvitationBatch = z
  .object({
    programId: ProgramId,
    cohort: z.int(),
    queued: z.int().describe('Jumlah undangan peserta yang diantrekan.'),
    latestIssueDate: z.iso.date().describe('Hari terakhir undangan angkatan ini boleh diterbitkan.'),
  })
  .meta({
    id: 'InvitationBatch',
    examples: [
      {
        programId: 'prg_0f8fad5b-d9cb-469f-a165-70867728950e',
        cohort: 19,
        queued: 30,
        latestIssueDate: '2027-07-21',
      },
    ],
  });

export const InvitationSignerRequest = z
  .strictObject({
    name: DisplayName().describe('(11) Nama penanda tangan, dengan gelar.'),
    position: DisplayText().describe('(10) Jabatan penanda tangan.'),
  })
  .meta({
    id: 'InvitationSignerRequest',
    examples: [
      { name: 'Dr. Andi Wijaya, M.Si.', position: 'Kepala Pusat Pengembangan Aparatur Sipil Negara' },
    ],
  });

export const InvitationSigner = z
  .object({
    programId: ProgramId,
    name: z.string(),
    position: z.string(),
    updatedBy: z.string(),
    updatedAt: z.string(),
  })
  .meta({
    id: 'InvitationSigner',
    examples: [
      {
        programId: 'prg_0f8fad5b-d9cb-469f-a165-70867728950e',
        name: 'Dr. Andi Wijaya, M.Si.',
        position: 'Kepala Pusat Pengembangan Aparatur Sipil Negara',
        updatedBy: 'admin-bkn-1',
        updatedAt: '2027-07-01T03:00:00.000Z',
      },
    ],
  });
export type InvitationSigner = z.infer<typeof InvitationSigner>;
