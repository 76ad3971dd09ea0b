import * as z from 'zod';
import { DownloadLink } from './download';
import { DecimalInteger, InstansiCode, ProgramId } from './identifiers';
import { DisplayName, DisplayText } from './text';

/*
 * Invitations of seated participants to their cohort: the notification letter of Perka BKN 11/2008 (Anak
 * Lampiran (1)-(11)) with its attached forms, its signer, its download link, how it was sent and when it was
 * received. Built by domain/scheduling/invitation.ts.
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
  attachment: '2 (dua) berkas: Formulir Riwayat Pekerjaan dan Formulir Rencana Tindak Lanjut (Action Plan)',
  subject: 'Undangan Pelatihan dan Sertifikasi Manajemen ASN 2027 Angkatan 19',
  addressee: {
    name: 'Dewi Lestari, S.Sos.',
    nip: '198503102010011002',
    position: 'Kepala Bidang Pengembangan Pegawai',
    workUnit: 'BKPSDM',
    rank: 'III/d',
    instansi: 'Pemerintah Kabupaten Bogor',
  },
  day: 'Kamis',
  date: '2027-07-29',
  endDate: '2027-07-30',
  time: '08.00 WIB s.d. selesai',
  venue: 'Pusbang ASN BKN, Ruang Kelas 1, Jl. Raya Bogor, Jawa Barat',
  signer: {
    position: 'Kepala Pusat Pengembangan Aparatur Sipil Negara',
    name: 'Dr. Andi Wijaya, M.Si.',
    nip: '197001011995031001',
  },
};

export const InvitationLetter = z
  .object({
    cohort: z.int(),
    place: z.string().describe('(1) Tempat surat.'),
    letterDate: z.iso.date().describe('(1) Tanggal surat: hari diterbitkan (WIB).'),
    number: z.string().describe('(2) Nomor: <urut>/UND/PUSBANG-ASN/<bulan romawi>/<tahun>.'),
    nature: z.string().describe('(3) Sifat.'),
    attachment: z
      .string()
      .describe(
        '(4) Lampiran: formulir Riwayat Pekerjaan dan Rencana Tindak Lanjut, halaman berikut PDF yang sama.',
      ),
    subject: z.string().describe('Hal.'),
    addressee: z
      .object({
        name: z.string(),
        nip: z.string(),
        position: z.string(),
        workUnit: z.string(),
        rank: z
          .string()
          .optional()
          .describe('Pangkat/golongan, untuk formulir lampiran; tidak ada bila tidak diketahui.'),
        instansi: z
          .string()
          .optional()
          .describe('Nama instansi, untuk formulir lampiran; tidak ada bila tidak diketahui.'),
      })
      .describe('(5) Nama, NIP, jabatan dan unit kerja peserta.'),
    day: z.string().describe('(6) Hari mulai angkatan.'),
    date: z.iso.date().describe('(7) Tanggal mulai angkatan.'),
    endDate: z.iso.date().describe('Tanggal berakhir angkatan.'),
    time: z.string().describe('(8) Waktu.'),
    venue: z.string().describe('(9) Tempat pelaksanaan: nama dan alamat TUK angkatan yang terverifikasi.'),
    signer: z
      .object({ position: z.string(), name: z.string(), nip: z.string().optional() })
      .describe('(10) Jabatan dan (11) nama penanda tangan, dengan NIP-nya bila ada.'),
  })
  .meta({ id: 'InvitationLetter', examples: [LETTER_EXAMPLE] });
export type InvitationLetter = z.infer<typeof InvitationLetter>;

const RECEIVE_BY = '2027-07-21';

export const InvitationDelivery = z
  .object({
    channel: z
      .literal('PEJABAT_KEPEGAWAIAN_INSTANSI')
      .describe(
        'Disampaikan melalui pejabat yang membidangi kepegawaian instansi peserta (Lampiran III.2.a.3)).',
      ),
    instansiCode: InstansiCode,
    availableAt: z.string().describe('Saat PDF undangan tersedia bagi instansi.'),
    receiveBy: z.iso
      .date()
      .describe(
        'Paling lambat diterima peserta: 6 hari kerja sebelum angkatan dimulai (Lampiran III.2.a.4)).',
      ),
  })
  .meta({
    id: 'InvitationDelivery',
    examples: [
      {
        channel: 'PEJABAT_KEPEGAWAIAN_INSTANSI',
        instansiCode: '3201',
        availableAt: '2027-07-14T17:05:03.000Z',
        receiveBy: RECEIVE_BY,
      },
    ],
  });
export type InvitationDelivery = z.infer<typeof InvitationDelivery>;

const RuleFlag = z.object({ code: z.string(), article: z.string(), message: z.string() });

export const InvitationReceipt = z
  .object({
    receivedOn: z.iso.date().describe('Tanggal undangan diterima peserta, menurut yang mencatatnya.'),
    deadline: z.iso.date().describe('Paling lambat diterima: 6 hari kerja sebelum angkatan dimulai.'),
    late: z.boolean().describe('true: diterima sesudah `deadline` (PK-PEMBERITAHUAN-6-HARI-KERJA).'),
    rule: RuleFlag.optional().describe('Aturan yang tidak terpenuhi bila terlambat.'),
    acknowledgedBy: z.string(),
    acknowledgedAs: z.enum(['instansi', 'peserta']).describe('Operator instansi atau peserta sendiri.'),
    acknowledgedAt: z.string(),
  })
  .meta({
    id: 'InvitationReceipt',
    description: 'Penerimaan undangan yang dicatat operator instansi atau peserta.',
    examples: [
      {
        receivedOn: '2027-07-22',
        deadline: RECEIVE_BY,
        late: true,
        rule: {
          code: 'PK-PEMBERITAHUAN-6-HARI-KERJA',
          article: 'Perka BKN 11/2008 Lampiran III.2.a.4)',
          message: 'Surat diterima 2027-07-22; paling lambat 2027-07-21 (6 hari kerja sebelum 2027-07-29).',
        },
        acknowledgedBy: 'operator.3201',
        acknowledgedAs: 'instansi',
        acknowledgedAt: '2027-07-22T02:00:00.000Z',
      },
    ],
  });
export type InvitationReceipt = z.infer<typeof InvitationReceipt>;

/**
 * The invitation as recorded on the participant item (`invitation`): numbered (PDF being rendered), ready (sent
 * to the instansi, then perhaps received), or refused with the rules that refused it (a refusal takes no number).
 * Not an API contract: GET answers `Invitation`, or the refusal as an error.
 */
export interface InvitationRecord {
  status: 'NUMBERED' | 'READY' | 'REFUSED';
  cohort: number;
  requestedAt: string;
  /** The letter's date (WIB), also the day it is counted as received. */
  issuedOn: string;
  /** When the number was taken: the letter's signing time, so a re-rendered letter has the same bytes. */
  numberedAt?: string;
  number?: string;
  letter?: InvitationLetter;
  documentKey?: string;
  sha256?: string;
  /** When the PDF was stored. */
  issuedAt?: string;
  /** READY: made available to the instansi's personnel official (Lampiran III.2.a.3)). */
  delivery?: InvitationDelivery;
  /** Once the instansi or the participant acknowledges it. */
  receipt?: InvitationReceipt;
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
    delivery: InvitationDelivery,
    receipt: InvitationReceipt.optional().describe('Belum ada sampai penerimaannya dicatat.'),
    download: DownloadLink,
  })
  .meta({
    id: 'Invitation',
    description:
      'Undangan peserta, cara dan saat penyampaiannya, penerimaannya bila sudah dicatat, dan tautan unduh PDF-nya (surat beserta formulir lampirannya) yang berumur 5 menit.',
    examples: [
      {
        programId: 'prg_0f8fad5b-d9cb-469f-a165-70867728950e',
        nip: '198503102010011002',
        cohort: 19,
        number: '0007/UND/PUSBANG-ASN/VII/2027',
        issuedAt: '2027-07-14T17:05:03.000Z',
        letter: LETTER_EXAMPLE,
        delivery: (InvitationDelivery.meta()?.examples as unknown[])[0],
        receipt: (InvitationReceipt.meta()?.examples as unknown[])[0],
        download: {
          url: 'https://sertifikasi-documents.s3.ap-southeast-3.amazonaws.com/invitations/prg_0f8fad5b-d9cb-469f-a165-70867728950e/19/198503102010011002.pdf?X-Amz-Signature=5a0ed3a808be83f3d23af303ae494e9705418a42594ed7cdb086f031cbcfea07',
          expiresAt: '2027-07-15T02:05:00.000Z',
          sha256: '63b8c5add45fe7a5c8547baed97af63b99a6d69b72ea12f321ee131c21571161',
        },
      },
    ],
  });
export type Invitation = z.infer<typeof Invitation>;

export const InvitationReceiptRequest = z
  .strictObject({
    receivedOn: z.iso
      .date()
      .describe(
        'Tanggal undangan diterima peserta (WIB): tidak sebelum tanggal surat, tidak sesudah hari ini.',
      ),
  })
  .meta({ id: 'InvitationReceiptRequest', examples: [{ receivedOn: '2027-07-16' }] });

export const InvitationReceiptRecorded = z
  .object({
    programId: ProgramId,
    nip: Nip,
    cohort: z.int(),
    number: z.string(),
    receipt: InvitationReceipt,
  })
  .meta({
    id: 'InvitationReceiptRecorded',
    examples: [
      {
        programId: 'prg_0f8fad5b-d9cb-469f-a165-70867728950e',
        nip: '198503102010011002',
        cohort: 19,
        number: '0007/UND/PUSBANG-ASN/VII/2027',
        receipt: (InvitationReceipt.meta()?.examples as unknown[])[0],
      },
    ],
  });

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
    nip: Nip.optional().describe('NIP penanda tangan, dicetak di bawah namanya.'),
    position: DisplayText().describe('(10) Jabatan penanda tangan.'),
  })
  .meta({
    id: 'InvitationSignerRequest',
    examples: [
      {
        name: 'Dr. Andi Wijaya, M.Si.',
        nip: '197001011995031001',
        position: 'Kepala Pusat Pengembangan Aparatur Sipil Negara',
      },
    ],
  });

export const InvitationSigner = z
  .object({
    programId: ProgramId,
    name: z.string(),
    nip: z.string().optional(),
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
        nip: '197001011995031001',
        position: 'Kepala Pusat Pengembangan Aparatur Sipil Negara',
        updatedBy: 'admin-bkn-1',
        updatedAt: '2027-07-01T03:00:00.000Z',
      },
    ],
  });
export type InvitationSigner = z.infer<typeof InvitationSigner>;
