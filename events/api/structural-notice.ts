import * as z from 'zod';
import { DownloadLink } from './download';
import { InstansiCode, Nip, NominationNumber } from './identifiers';
import { DisplayName, DisplayText } from './text';

/*
 * The notification letter of a candidate's structural competency assessment (Perka BKN 11/2008 Lampiran
 * III.2.a.3)-4), Anak Lampiran (1)-(11)), its signed PDF and its receipt by the PNS.
 */

const IsoDate = z.iso.date().describe('Tanggal kalender YYYY-MM-DD (WIB).');

export const NoticeId = z
  .string()
  .regex(/^\d{4}-\d{4,}$/)
  .describe('ID surat pada instansi: tahun terbit dan nomor urut register, mis. 2026-0007.');
export const StructuralNoticePath = z.strictObject({
  instansiCode: InstansiCode,
  nip: Nip,
  noticeId: NoticeId,
});
export const StructuralNoticeCandidatePath = z.strictObject({ instansiCode: InstansiCode, nip: Nip });

export const NoticeRequest = z
  .strictObject({
    place: DisplayText(3, 100).describe('(1) Tempat pembuatan surat.'),
    nature: DisplayText(3, 50).describe('(3) Sifat surat.'),
    attachment: DisplayText(1, 200).describe('(4) Lampiran surat; "-" bila tidak ada.'),
    date: IsoDate.describe('(6)-(7) Hari pertama penilaian; lamanya menurut rencana penilaian.'),
    time: DisplayText(3, 100).describe('(8) Waktu pelaksanaan.'),
    venue: DisplayText(3, 300).describe('(9) Tempat pelaksanaan.'),
    signer: z
      .strictObject({
        position: DisplayText(3, 200).describe('(10) Jabatan yang memberitahukan, mis. Kepala UPK.'),
        name: DisplayName().describe('(11) Nama pejabat yang memberitahukan.'),
        nip: Nip.optional(),
      })
      .describe('Pejabat yang memberitahukan: kepala UPK atau ketua TPK.'),
  })
  .meta({
    id: 'NoticeRequest',
    description:
      'Isian surat pemberitahuan pelaksanaan penilaian kompetensi (Anak Lampiran) sebagaimana ditentukan UPK/TPK; nama, NIP, jabatan dan unit kerja PNS (5) diambil dari data calon, nomor (2) dari register instansi.',
    examples: [
      {
        place: 'Jakarta',
        nature: 'Penting',
        attachment: '-',
        date: '2026-03-25',
        time: '08.00 WIB s.d. selesai',
        venue: 'Ruang Asesmen Lantai 3, Jalan Jenderal Sudirman Kav. 69, Jakarta Selatan',
        signer: {
          position: 'Kepala Unit Penilaian Kompetensi',
          name: 'Dr. Andi Wijaya, M.Si.',
          nip: '197001011995031001',
        },
      },
    ],
  });
export type NoticeRequest = z.infer<typeof NoticeRequest>;

export const NoticeReceiptRequest = z
  .strictObject({ receivedOn: IsoDate.describe('Tanggal surat diterima PNS.') })
  .meta({
    id: 'NoticeReceiptRequest',
    description: 'Tanggal surat pemberitahuan diterima PNS, dicatat pejabat kepegawaian (III.2.a.3-4).',
    examples: [{ receivedOn: '2026-03-09' }],
  });

const Recorded = { by: z.string().describe('Pengguna yang mencatat.'), at: z.iso.datetime() };
const RuleRef = z.strictObject({ code: z.string(), article: z.string(), message: z.string() });

export const NoticeLetter = z
  .strictObject({
    place: z.string().describe('(1)'),
    letterDate: IsoDate.describe('(1)'),
    number: z.string().describe('(2) <urut>/PK/<instansi>/<bulan romawi>/<tahun>.'),
    nature: z.string().describe('(3)'),
    attachment: z.string().describe('(4)'),
    subject: z.string(),
    addressee: z
      .strictObject({ name: z.string(), nip: Nip, position: z.string(), workUnit: z.string() })
      .describe('(5) Nama, NIP, jabatan dan unit kerja PNS.'),
    day: z.string().describe('(6) Hari pertama.'),
    date: IsoDate.describe('(7) Tanggal pertama.'),
    endDay: z.string().describe('Hari terakhir (assessment center paling kurang 2 hari).'),
    endDate: IsoDate.describe('Tanggal terakhir: lama rencana dihitung dalam hari kerja.'),
    time: z.string().describe('(8)'),
    venue: z.string().describe('(9)'),
    signerPosition: z.string().describe('(10)'),
    signerName: z.string().describe('(11)'),
    signerNip: Nip.optional(),
    sentVia: z.literal('PEJABAT_KEPEGAWAIAN_INSTANSI').describe('Disampaikan melalui pejabat kepegawaian.'),
    receiveBy: IsoDate.describe('Paling lambat diterima PNS: 6 hari kerja sebelum tanggal pertama.'),
  })
  .describe('Isi surat, isian (1)-(11) Anak Lampiran.');

const LETTER_EXAMPLE = {
  place: 'Jakarta',
  letterDate: '2026-03-02',
  number: '0007/PK/4011/III/2026',
  nature: 'Penting',
  attachment: '-',
  subject: 'Pemberitahuan Pelaksanaan Penilaian Kompetensi',
  addressee: {
    name: 'Budi Santoso, S.E., M.M.',
    nip: '198503102010011002',
    position: 'Kepala Subbagian Perencanaan',
    workUnit: 'Biro Perencanaan',
  },
  day: 'Rabu',
  date: '2026-03-25',
  endDay: 'Rabu',
  endDate: '2026-03-25',
  time: '08.00 WIB s.d. selesai',
  venue: 'Ruang Asesmen Lantai 3, Jalan Jenderal Sudirman Kav. 69, Jakarta Selatan',
  signerPosition: 'Kepala Unit Penilaian Kompetensi',
  signerName: 'Dr. Andi Wijaya, M.Si.',
  signerNip: '197001011995031001',
  sentVia: 'PEJABAT_KEPEGAWAIAN_INSTANSI',
  receiveBy: '2026-03-10',
};

export const NoticeStatus = z
  .enum(['DIKIRIM', 'DITERIMA', 'TERLAMBAT', 'DIGANTI'])
  .describe(
    'DIKIRIM (diterbitkan, melalui pejabat kepegawaian), DITERIMA (tepat waktu), TERLAMBAT (diterima kurang dari 6 hari kerja sebelumnya: tanggal itu tidak dapat dipakai), DIGANTI (oleh surat yang lebih baru).',
  );

export const NoticeReceipt = z.strictObject({
  receivedOn: IsoDate,
  deadline: IsoDate.describe('Paling lambat diterima.'),
  late: z.boolean(),
  rule: RuleRef.optional().describe('Aturan yang tidak terpenuhi bila terlambat.'),
  ...Recorded,
});

export const StructuralNotice = z
  .strictObject({
    id: NoticeId,
    instansiCode: InstansiCode,
    nip: Nip,
    nomination: NominationNumber.optional(),
    instansiName: z.string(),
    unitName: z.string().describe('UPK atau TPK yang melaksanakan penilaian.'),
    letter: NoticeLetter,
    status: NoticeStatus,
    issued: z.strictObject(Recorded).describe('Diterbitkan oleh pejabat kepegawaian.'),
    document: z
      .strictObject({ key: z.string(), sha256: z.string(), signedAt: z.iso.datetime() })
      .optional()
      .describe('PDF bertanda tangan elektronik; belum ada selama ditandatangani.'),
    receipt: NoticeReceipt.optional(),
    supersededBy: NoticeId.optional(),
  })
  .meta({
    id: 'StructuralNotice',
    examples: [
      {
        id: '2026-0007',
        instansiCode: '4011',
        nip: '198503102010011002',
        instansiName: 'Kementerian Pendayagunaan Aparatur Negara',
        unitName: 'Tim Penilaian Kompetensi Kementerian PANRB 2025',
        letter: LETTER_EXAMPLE,
        status: 'DIKIRIM',
        issued: { by: 'kepegawaian.kemenpan', at: '2026-03-02T02:00:00.000Z' },
      },
    ],
  });
export type StructuralNotice = z.infer<typeof StructuralNotice>;

const NOTICE_EXAMPLE = (StructuralNotice.meta()?.examples as object[])[0]!;
const DOCUMENT_KEY = 'structural/4011/198503102010011002/pemberitahuan-2026-0007.pdf';
const SHA256 = '63b8c5add45fe7a5c8547baed97af63b99a6d69b72ea12f321ee131c21571161';

export const StructuralNoticeView = StructuralNotice.extend({
  download: DownloadLink.optional().describe('Tautan PDF bertanda tangan, bila sudah ditandatangani.'),
}).meta({
  id: 'StructuralNoticeView',
  examples: [
    {
      ...NOTICE_EXAMPLE,
      document: { key: DOCUMENT_KEY, sha256: SHA256, signedAt: '2026-03-02T02:00:00.000Z' },
      download: {
        url: `https://sertifikasi-documents.s3.ap-southeast-3.amazonaws.com/${DOCUMENT_KEY}?X-Amz-Signature=5a0e`,
        expiresAt: '2026-03-02T02:05:00.000Z',
        sha256: SHA256,
      },
    },
  ],
});

export const StructuralNoticeList = z
  .object({ items: z.array(StructuralNotice).describe('Menurut urutan terbit; yang terakhir berlaku.') })
  .meta({ id: 'StructuralNoticeList', examples: [{ items: [NOTICE_EXAMPLE] }] });

export const ScheduleStatus = z
  .enum(['MENUNGGU_PENERIMAAN', 'DAPAT_DINILAI', 'PERLU_JADWAL_BARU'])
  .describe(
    'MENUNGGU_PENERIMAAN (surat belum tercatat diterima), DAPAT_DINILAI (diterima tepat waktu), PERLU_JADWAL_BARU (diterima terlambat: tanggal baru dengan surat baru).',
  );

export const NoticeSchedule = z.strictObject({
  noticeId: NoticeId,
  number: z.string(),
  date: IsoDate,
  endDate: IsoDate,
  receiveBy: IsoDate,
  status: ScheduleStatus,
});
export type NoticeSchedule = z.infer<typeof NoticeSchedule>;

export const AssessabilityQuery = z.strictObject({
  date: IsoDate.optional().describe(
    'Tanggal penilaian yang ditanyakan; bila kosong, hari pertama jadwal yang berlaku.',
  ),
});

export const Assessability = z
  .strictObject({
    nip: Nip,
    date: IsoDate.describe('Tanggal yang ditanyakan (bila kosong: hari pertama jadwal, atau hari ini).'),
    assessable: z.boolean(),
    noticeId: NoticeId.optional().describe('Surat yang memungkinkan penilaian pada tanggal itu.'),
    schedule: NoticeSchedule.optional(),
    reasons: z
      .array(RuleRef.extend({ field: z.string().optional() }))
      .describe('Aturan yang tidak terpenuhi.'),
  })
  .meta({
    id: 'Assessability',
    description: 'Apakah calon dapat dinilai pada tanggal itu (Perka BKN 11/2008 Lampiran III.2.a.4).',
    examples: [
      {
        nip: '198503102010011002',
        date: '2026-03-25',
        assessable: true,
        noticeId: '2026-0007',
        schedule: {
          noticeId: '2026-0007',
          number: '0007/PK/4011/III/2026',
          date: '2026-03-25',
          endDate: '2026-03-25',
          receiveBy: '2026-03-10',
          status: 'DAPAT_DINILAI',
        },
        reasons: [],
      },
    ],
  });
