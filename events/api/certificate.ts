import * as z from 'zod';
import { DownloadLink } from './download';
import { InstansiCode, Nip, ProgramId, SchemeCode } from './identifiers';
import { OfficialSigner as Signer } from './signer';
import { DisplayName, DisplayText } from './text';
import { MonitoringId, Undertaking, UndertakingSignature } from './undertaking';
import { UNDERTAKING } from '../../domain/certificate/undertaking';

/*
 * Certificates (Perban BKN 7/2020 Pasal 34-36): the competency certificate of a KOMPETEN decision, with its
 * registration number, versions (Pasal 35(3)), revocation and reinstatement (Pasal 36(3)-(6)); the training
 * certificate of a participant who attended the 21 JP (Peraturan LAN 6/2022 Pasal 34); the record of JP earned
 * per year for the national competency-development record (UU 20/2023 Pasal 47(2)).
 */
const PROGRAM = 'prg_0f8fad5b-d9cb-469f-a165-70867728950e';
const NIP = '198503102010011002';
const NUMBER = '0042/SKTM-ASN/L3/2027';
const AT = '2027-08-20T03:00:05.000Z';
const SHA = '63b8c5add45fe7a5c8547baed97af63b99a6d69b72ea12f321ee131c21571161';
const IsoDate = z.iso.date().describe('Tanggal kalender YYYY-MM-DD (WIB).');
const DOWNLOAD_EXAMPLE = (DownloadLink.meta()?.examples as unknown[])[0];

/**
 * A registration number in a URL: its slashes become hyphens (`0042/SKTM-ASN/L3/2027-P1` is
 * `0042-SKTM-ASN-L3-2027-P1`). The mapping is one to one because no part of the number contains a hyphen
 * except the fixed `SKTM-ASN` and the `-P<n>` suffix (./certificate-id.ts maps the two forms).
 */
export const CertificateId = z
  .string()
  .regex(/^\d{4,}-SKTM-ASN-[A-Z0-9]+-\d{4}(-P\d+)?$/, 'Format ID sertifikat tidak dikenal.')
  .meta({
    id: 'CertificateId',
    description:
      'Nomor registrasi dengan "/" diganti "-", mis. 0042-SKTM-ASN-L3-2027 untuk 0042/SKTM-ASN/L3/2027.',
    examples: ['0042-SKTM-ASN-L3-2027'],
  });

export const CertificatePath = z.strictObject({ certificateId: CertificateId });
export const CertificateParticipantPath = z.strictObject({ programId: ProgramId, nip: Nip });
export const CertificateInstansiPath = z.strictObject({ programId: ProgramId, instansiCode: InstansiCode });
export const CertificateProgramPath = z.strictObject({ programId: ProgramId });
export const HolderPath = z.strictObject({ nip: Nip });

export const CertificateSignersRequest = z
  .strictObject({
    front: Signer.extend({
      role: z
        .enum(['KEPALA_BKN', 'PEJABAT_DITUNJUK'])
        .describe('Kepala BKN, atau pejabat lain yang ditunjuk (Pasal 34(2)).'),
    })
      .strict()
      .describe('Penanda tangan halaman depan sertifikat kompetensi (Pasal 34(3)b).'),
    back: Signer.describe(
      'Pimpinan unit BKN yang membidangi pelatihan dan pengembangan ASN (Kepala Pusbang ASN): halaman belakang ' +
        'sertifikat kompetensi (Pasal 34(3)c) dan sertifikat pelatihan.',
    ),
    place: DisplayText(3, 60).default('Jakarta').describe('Tempat penerbitan.'),
  })
  .meta({
    id: 'CertificateSignersRequest',
    examples: [
      {
        front: {
          role: 'KEPALA_BKN',
          name: 'Prof. Dr. Zudan Arif Fakrulloh, S.H., M.H.',
          position: 'Kepala Badan Kepegawaian Negara',
        },
        back: {
          name: 'Dr. Andi Wijaya, M.Si.',
          nip: '197001011995031001',
          position: 'Kepala Pusat Pengembangan Aparatur Sipil Negara',
        },
        place: 'Jakarta',
      },
    ],
  });

export const CertificateSigners = CertificateSignersRequest.extend({
  programId: ProgramId,
  place: z.string(),
  updatedBy: z.string(),
  updatedAt: z.string(),
}).meta({
  id: 'CertificateSigners',
  examples: [
    {
      ...(CertificateSignersRequest.meta()?.examples as Record<string, unknown>[])[0],
      programId: PROGRAM,
      updatedBy: 'bkn-admin-1',
      updatedAt: '2027-08-01T03:00:00.000Z',
    },
  ],
});
export type CertificateSigners = z.infer<typeof CertificateSigners>;

export const RevocationGround = z.strictObject({
  kind: z.enum(['DISIPLIN', 'PIDANA']),
  decisionRef: z.string().trim().min(1).max(200).describe('SK hukuman disiplin atau putusan pengadilan.'),
  decidedOn: IsoDate,
  final: z.boolean().describe('Keputusan telah final (berkekuatan hukum tetap).'),
});

const Revocation = z.object({
  revokedOn: IsoDate,
  grounds: z.array(RevocationGround),
  notice: z.string().describe('Teks pengumuman pencabutan (Pasal 36(3)).'),
  revokedBy: z.string(),
  revokedAt: z.string(),
  monitoringId: MonitoringId.optional().describe('Catatan pemantauan yang menjadi dasarnya (Pasal 35(1)).'),
});

const Reinstatement = z.object({
  revokedOn: IsoDate.describe('Pencabutan yang dipulihkan.'),
  requestedOn: IsoDate,
  authorityRestoredOn: IsoDate,
  instansiCode: InstansiCode,
  letterNumber: z.string(),
  reassessment: z.object({ schemeVersion: z.string(), schemeChanged: z.boolean() }),
  reinstatedBy: z.string(),
  reinstatedAt: z.string(),
});

export const CertificateStatus = z.enum(['AKTIF', 'DICABUT', 'DIMUTAKHIRKAN', 'DIBATALKAN']).meta({
  id: 'CertificateStatus',
  description:
    'AKTIF: berlaku; DICABUT: dicabut (Pasal 36(3)); DIMUTAKHIRKAN: digantikan versi baru (Pasal 35(3), atau keputusan dasarnya diganti); DIBATALKAN: keputusan dasarnya digantikan keputusan belum kompeten (Pasal 34(1)).',
});

export const CertificateHistoryEvent = z.enum([
  'DITERBITKAN',
  'DICABUT',
  'DIPULIHKAN',
  'DIMUTAKHIRKAN',
  'DIBATALKAN',
]);

/** One change of a certificate version, in order; each is announced by the integration event `eventId`. */
export const CertificateHistoryEntry = z
  .object({
    event: CertificateHistoryEvent,
    at: z.iso.datetime(),
    on: IsoDate,
    reason: z.string().describe('Apa yang terjadi dan mengapa, dengan pasalnya.'),
    rule: z.string().optional().describe('Kode aturan yang memutuskannya (docs/rules.md).'),
    by: z.string().describe('Pengguna yang memutuskan, atau `sistem` untuk akibat keputusan hasil uji.'),
    relatedNumber: z
      .string()
      .optional()
      .describe('DITERBITKAN: versi yang digantikannya; DIMUTAKHIRKAN: versi penggantinya.'),
    decisionId: z.string().optional().describe('Keputusan hasil uji yang menjadi dasar (atau dasar lama).'),
    supersedingDecisionId: z.string().optional().describe('Keputusan pengganti, bila dasar diganti.'),
    appealId: z.string().optional().describe('Banding yang menghasilkan keputusan pengganti, bila ada.'),
    eventId: z.string(),
  })
  .meta({ id: 'CertificateHistoryEntry' });
export type CertificateHistoryEntry = z.infer<typeof CertificateHistoryEntry>;

const SignatureBlock = z.object({
  role: z.string(),
  name: z.string(),
  nip: z.string().optional(),
  position: z.string(),
});

/** The competency certificate as recorded: everything printed on it comes from here, so it renders identically. */
export const CompetencyCertificateRecord = z.object({
  registrationNumber: z.string(),
  certificateId: z.string(),
  version: z.int().min(0),
  programId: ProgramId,
  nip: Nip,
  instansiCode: InstansiCode,
  decisionId: z.string(),
  holder: z.object({ name: z.string(), nip: Nip }),
  scheme: SchemeCode,
  level: z.string().describe('Jenjang, mis. Administrator.'),
  schemeVersion: z.string(),
  qualification: z.string().describe('Kualifikasi (paket unit) yang dipenuhi.'),
  requiredUnitCount: z.int(),
  units: z.array(z.object({ code: z.string(), title: z.string() })),
  place: z.string(),
  issuedOn: IsoDate,
  signatures: z.object({ front: SignatureBlock, back: SignatureBlock }),
  verificationUrl: z.string(),
  status: CertificateStatus,
  document: z.object({ key: z.string(), sha256: z.string(), renderedAt: z.string() }).optional(),
  revocation: Revocation.optional(),
  reinstatements: z.array(Reinstatement).default([]),
  supersedes: z.string().optional().describe('Nomor versi sebelumnya.'),
  supersededBy: z.string().optional().describe('Nomor versi yang menggantikan.'),
  reissue: z
    .object({
      reason: z.enum(['PERUBAHAN_SKEMA', 'KOREKSI_NAMA', 'KEPUTUSAN_DIGANTI']),
      note: z.string(),
      by: z.string(),
      at: z.string(),
    })
    .optional(),
  history: z.array(CertificateHistoryEntry).default([]).describe('Riwayat versi ini, terlama dahulu.'),
  issuedAt: z.string(),
  undertakingSignature: UndertakingSignature.optional().describe(
    'Persetujuan Pasal 36(2) yang ditandatangani pemegang atas versi ini.',
  ),
});
export type CompetencyCertificateRecord = z.infer<typeof CompetencyCertificateRecord>;

const CERTIFICATE_EXAMPLE: CompetencyCertificateRecord = {
  registrationNumber: NUMBER,
  certificateId: '0042-SKTM-ASN-L3-2027',
  version: 0,
  programId: PROGRAM,
  nip: NIP,
  instansiCode: '3201',
  decisionId: 'dec_2027-08-20T03:00:00.000Z_1',
  holder: { name: 'Dewi Lestari, S.Sos.', nip: NIP },
  scheme: 'ADMINISTRATOR',
  level: 'Administrator',
  schemeVersion: '2019',
  qualification: 'Kualifikasi Administrator',
  requiredUnitCount: 2,
  units: [
    { code: 'MASN-ADM-01', title: 'Melaksanakan Manajemen Perencanaan ASN' },
    { code: 'MASN-ADM-02', title: 'Melaksanakan Manajemen Pengadaan ASN' },
  ],
  place: 'Jakarta',
  issuedOn: '2027-08-20',
  signatures: {
    front: {
      role: 'KEPALA_BKN',
      name: 'Prof. Dr. Zudan Arif Fakrulloh, S.H., M.H.',
      position: 'Kepala Badan Kepegawaian Negara',
    },
    back: {
      role: 'PIMPINAN_UNIT_PENGEMBANGAN',
      name: 'Dr. Andi Wijaya, M.Si.',
      nip: '197001011995031001',
      position: 'Kepala Pusat Pengembangan Aparatur Sipil Negara',
    },
  },
  verificationUrl: 'https://sertifikasi.bkn.go.id/verifikasi/0042/SKTM-ASN/L3/2027',
  status: 'AKTIF',
  document: {
    key: 'certificates/prg_0f8fad5b-d9cb-469f-a165-70867728950e/198503102010011002/0042-SKTM-ASN-L3-2027.pdf',
    sha256: SHA,
    renderedAt: AT,
  },
  reinstatements: [],
  history: [
    {
      event: 'DITERBITKAN',
      at: AT,
      on: '2027-08-20',
      reason:
        'Diterbitkan atas keputusan sidang hasil dec_2027-08-20T03:00:00.000Z_1: kompeten pada seluruh unit yang dipersyaratkan (Perban BKN 7/2020 Pasal 34 ayat (1)).',
      rule: 'SERT-DASAR-KEPUTUSAN',
      by: 'sistem',
      decisionId: 'dec_2027-08-20T03:00:00.000Z_1',
      eventId: `${NUMBER}#0`,
    },
  ],
  issuedAt: AT,
};

/** Where the Open Badges credential of a certificate version is downloaded: the credential's own id. */
export const CredentialLink = z
  .object({
    url: z.url().describe('GET dengan token yang sama; sekaligus `id` kredensial itu.'),
    mediaType: z.literal('application/vc+ld+json'),
    issuedAt: z.string(),
    sha256: z.string(),
  })
  .meta({
    id: 'CredentialLink',
    description:
      'Kredensial Open Badges 3.0 versi sertifikat ini (W3C Verifiable Credentials 2.0), untuk dompet digital ' +
      'dan pemeriksa kredensial mana pun.',
  });
const CREDENTIAL_EXAMPLE = {
  url: 'https://sertifikasi.bkn.go.id/certificates/0042-SKTM-ASN-L3-2027/credential',
  mediaType: 'application/vc+ld+json' as const,
  issuedAt: '2027-08-20T03:00:09.000Z',
  sha256: 'c0d1a2f3e4b5a6978899aabbccddeeff00112233445566778899aabbccddeeff',
};

const CERTIFICATE_ANSWER_EXAMPLE = {
  ...CERTIFICATE_EXAMPLE,
  download: DOWNLOAD_EXAMPLE,
  credential: CREDENTIAL_EXAMPLE,
  undertaking: { textVersion: UNDERTAKING.version, clauses: UNDERTAKING.clauses, signed: false },
};

export const Certificate = CompetencyCertificateRecord.extend({
  download: DownloadLink.optional().describe('Ada bila PDF telah dibuat.'),
  credential: CredentialLink.optional().describe('Ada bila kredensial Open Badges telah diterbitkan.'),
  undertaking: Undertaking.describe(
    'Persetujuan pemegang (Pasal 36(2)): teksnya dan apakah sudah ditandatangani.',
  ),
}).meta({
  id: 'Certificate',
  description: 'Sertifikat kompetensi (Perban BKN 7/2020 Pasal 34) dengan tautan unduh berumur pendek.',
  examples: [CERTIFICATE_ANSWER_EXAMPLE],
});
export type Certificate = z.infer<typeof Certificate>;

export const TrainingCertificateRecord = z.object({
  programId: ProgramId,
  nip: Nip,
  instansiCode: InstansiCode,
  participant: z.object({ name: z.string(), nip: Nip, position: z.string() }),
  trainingType: z.enum(['KEPEMIMPINAN', 'TEKNIS', 'FUNGSIONAL', 'SOSIAL_KULTURAL', 'E_LEARNING']),
  title: z.string(),
  jp: z.int().min(1),
  completedOn: IsoDate,
  cohort: z.int(),
  place: z.string(),
  signer: z.object({
    name: z.string(),
    nip: z.string().optional(),
    position: z.string(),
    institution: z.string(),
  }),
  document: z.object({ key: z.string(), sha256: z.string(), renderedAt: z.string() }).optional(),
  issuedAt: z.string(),
  // What makes it a first-class document (issue 15): absent on a certificate issued before it was numbered.
  number: z
    .string()
    .optional()
    .describe('Nomor sertifikat pelatihan <urut>/SPL-MASN/<tahun>, urut per tahun terbit tanpa celah.'),
  verificationUrl: z.string().optional().describe('Halaman verifikasi publik (tujuan kode QR).'),
  issuedOn: IsoDate.optional().describe('Tanggal terbit (WIB); tahunnya tahun nomor.'),
  scheme: SchemeCode.optional(),
  level: z.string().optional().describe('Jenjang yang disebut dalam judul, mis. Administrator.'),
  startDate: IsoDate.optional().describe('Tanggal mulai angkatan.'),
  endDate: IsoDate.optional().describe('Tanggal selesai angkatan.'),
  venue: z
    .string()
    .optional()
    .describe('Tempat pelaksanaan: TUK angkatan yang terverifikasi, atau tempat penyelenggara.'),
  instansi: z.object({ code: InstansiCode, name: z.string() }).optional(),
  modules: z
    .array(z.object({ code: z.string(), title: z.string() }))
    .optional()
    .describe('Modul pelatihan jenjangnya (Panduan 2019), dalam urutan panduan.'),
  hours: z
    .array(z.object({ mode: z.enum(['E_LEARNING', 'KLASIKAL', 'EVALUASI']), name: z.string(), jp: z.int() }))
    .optional()
    .describe('Pembagian JP: e-learning, klasikal (materi modul) dan evaluasi; berjumlah `jp`.'),
});
export type TrainingCertificateRecord = z.infer<typeof TrainingCertificateRecord>;

const TRAINING_EXAMPLE: TrainingCertificateRecord = {
  programId: PROGRAM,
  nip: NIP,
  instansiCode: '3201',
  participant: { name: 'Dewi Lestari, S.Sos.', nip: NIP, position: 'Kepala Bidang Pengembangan Pegawai' },
  trainingType: 'TEKNIS',
  title: 'Pelatihan dan Sertifikasi Manajemen ASN 2027',
  jp: 21,
  completedOn: '2027-07-30',
  cohort: 19,
  place: 'Jakarta',
  signer: {
    name: 'Dr. Andi Wijaya, M.Si.',
    position: 'Kepala Pusat Pengembangan Aparatur Sipil Negara',
    institution: 'Badan Kepegawaian Negara',
  },
  document: { key: `certificates/${PROGRAM}/${NIP}/pelatihan.pdf`, sha256: SHA, renderedAt: AT },
  issuedAt: AT,
  number: '0007/SPL-MASN/2027',
  verificationUrl: 'https://sertifikasi.bkn.go.id/verifikasi/0007/SPL-MASN/2027',
  issuedOn: '2027-08-20',
  scheme: 'ADMINISTRATOR',
  level: 'Administrator',
  startDate: '2027-07-29',
  endDate: '2027-07-30',
  venue: 'Pusbang ASN BKN, Jl. Mayjen Sutoyo No. 12, Jakarta Timur',
  instansi: { code: '3201', name: 'Pemerintah Kabupaten Bogor' },
  modules: [
    { code: 'MOD-ADM-01', title: 'Manajemen Perencanaan Pegawai Negeri Sipil' },
    { code: 'MOD-ADM-02', title: 'Manajemen Pengadaan Pegawai Negeri Sipil' },
  ],
  hours: [
    { mode: 'E_LEARNING', name: 'e-learning', jp: 3 },
    { mode: 'KLASIKAL', name: 'klasikal berupa penyampaian materi modul manajemen ASN', jp: 12 },
    { mode: 'EVALUASI', name: 'evaluasi/uji kompetensi', jp: 6 },
  ],
};

export const TrainingCertificate = TrainingCertificateRecord.extend({
  download: DownloadLink.optional(),
}).meta({
  id: 'TrainingCertificate',
  description: 'Sertifikat pelatihan (Peraturan LAN 6/2022 Pasal 34(1)) dengan tautan unduh berumur pendek.',
  examples: [{ ...TRAINING_EXAMPLE, download: DOWNLOAD_EXAMPLE }],
});

export const ParticipantCertificates = z
  .object({
    programId: ProgramId,
    nip: Nip,
    competency: z.array(Certificate).describe('Semua versi sertifikat kompetensi, terlama dahulu.'),
    training: TrainingCertificate.nullable(),
  })
  .meta({
    id: 'ParticipantCertificates',
    examples: [
      {
        programId: PROGRAM,
        nip: NIP,
        competency: [CERTIFICATE_ANSWER_EXAMPLE],
        training: { ...TRAINING_EXAMPLE, download: DOWNLOAD_EXAMPLE },
      },
    ],
  });

export const RevocationRequest = z
  .strictObject({
    grounds: z.array(RevocationGround).min(1).max(10),
    monitoringId: MonitoringId.optional().describe(
      'Catatan pemantauan yang menemukan pelanggarannya, bila pencabutan berasal dari pemantauan (PANTAU-RUJUK-CABUT).',
    ),
  })
  .meta({
    id: 'RevocationRequest',
    examples: [
      {
        grounds: [
          {
            kind: 'DISIPLIN',
            decisionRef: 'SK Bupati Bogor 862/Kpts/2028',
            decidedOn: '2028-03-01',
            final: true,
          },
        ],
      },
    ],
  });

export const ReinstatementRequest = z
  .strictObject({
    requestedByNip: Nip.describe('Pemohon: pemegang sertifikat sendiri (Pasal 36(4)).'),
    instansiCode: InstansiCode.describe('Instansi yang mengajukan permohonan: tempat pemohon bertugas.'),
    letterNumber: z.string().trim().min(3).max(200).describe('Nomor surat permohonan instansi.'),
    authorityRestoredOn: IsoDate.describe('Tanggal kewenangan pemohon kembali.'),
    requestedOn: IsoDate.describe('Tanggal surat permohonan.'),
  })
  .meta({
    id: 'ReinstatementRequest',
    examples: [
      {
        requestedByNip: NIP,
        instansiCode: '3201',
        letterNumber: '800/123/BKPSDM/2029',
        authorityRestoredOn: '2028-09-01',
        requestedOn: '2029-03-01',
      },
    ],
  });

export const ReissueRequest = z
  .discriminatedUnion('reason', [
    z
      .object({ reason: z.literal('PERUBAHAN_SKEMA') })
      .describe(
        'Ditolak (422 SEGAR-TERBIT-DARI-CATATAN): pemutakhiran karena perubahan skema dilakukan dari pendaftaran ' +
          'pemutakhiran versi skema (Pasal 35(3)), bukan dari unit yang diketik.',
      ),
    z.strictObject({
      reason: z.literal('KOREKSI_NAMA'),
      name: DisplayName().describe('Nama pemegang yang benar.'),
      basis: z
        .string()
        .trim()
        .min(3)
        .max(300)
        .describe('Dasar koreksi, mis. nomor SK atau dokumen kependudukan.'),
    }),
  ])
  .meta({
    id: 'ReissueRequest',
    examples: [
      { reason: 'KOREKSI_NAMA', name: 'Dewi Lestari, S.Sos., M.Si.', basis: 'SK Kenaikan Pangkat 823/2028' },
    ],
  });
export type ReissueRequest = z.infer<typeof ReissueRequest>;

export const CertificateArchive = z
  .object({
    programId: ProgramId,
    instansiCode: InstansiCode,
    count: z.int().describe('Jumlah berkas PDF dalam arsip.'),
    credentials: z
      .int()
      .describe(
        'Jumlah kredensial Open Badges (.json) dalam arsip, di samping PDF sertifikat kompetensinya.',
      ),
    current: z.int().describe('Berkas sertifikat yang berlaku, di akar arsip.'),
    notCurrent: z
      .int()
      .describe(
        'Berkas versi yang tidak berlaku lagi (dicabut, digantikan, dibatalkan), di folder TIDAK BERLAKU.',
      ),
    listed: z
      .int()
      .describe(
        'Sertifikat yang dicantumkan di DAFTAR SERTIFIKAT.csv, termasuk yang PDF-nya belum tersedia.',
      ),
    bytes: z.int(),
    download: DownloadLink,
  })
  .meta({
    id: 'CertificateArchive',
    description:
      'Arsip ZIP sertifikat (kompetensi dan pelatihan) instansi pada satu program: yang berlaku di akar arsip, ' +
      'versi yang tidak berlaku lagi di folder TIDAK BERLAKU dengan statusnya pada nama berkas, dan ' +
      'DAFTAR SERTIFIKAT.csv yang mencantumkan setiap sertifikat dengan status, tanggal dan keterangannya.',
    examples: [
      {
        programId: PROGRAM,
        instansiCode: '3201',
        count: 3,
        credentials: 1,
        current: 2,
        notCurrent: 1,
        listed: 3,
        bytes: 72_840,
        download: DOWNLOAD_EXAMPLE,
      },
    ],
  });

const ExportFormat = z
  .enum(['json', 'csv'])
  .optional()
  .describe('csv untuk berkas yang dibuka di Excel (docs/exports.md); tanpa ini JSON.');

export const DevelopmentQuery = z.strictObject({ format: ExportFormat });

export const InstansiDevelopmentQuery = z.strictObject({
  programId: ProgramId.optional().describe('Hanya pelatihan program ini; tanpa ini semua program.'),
  format: ExportFormat,
});

export const DevelopmentEntry = z.object({
  year: z.int(),
  programId: ProgramId,
  title: z.string(),
  trainingType: z.string(),
  jp: z.int(),
  completedOn: IsoDate,
  instansiCode: InstansiCode,
});
export type DevelopmentEntry = z.infer<typeof DevelopmentEntry>;

export const DevelopmentRecord = z
  .object({
    nip: Nip,
    years: z.array(
      z.object({
        year: z.int(),
        totalJp: z.int(),
        rightJp: z.int().describe('Hak pengembangan kompetensi per tahun (UU 20/2023 Pasal 47(2)): 20 JP.'),
        shortfallJp: z.int(),
        entries: z.array(DevelopmentEntry),
      }),
    ),
  })
  .meta({
    id: 'DevelopmentRecord',
    description:
      'JP pengembangan kompetensi per tahun dari sertifikat pelatihan yang diterbitkan, untuk pencatatan nasional (SIPKA).',
    examples: [
      {
        nip: NIP,
        years: [
          {
            year: 2027,
            totalJp: 21,
            rightJp: 20,
            shortfallJp: 0,
            entries: [
              {
                year: 2027,
                programId: PROGRAM,
                title: 'Pelatihan dan Sertifikasi Manajemen ASN 2027',
                trainingType: 'TEKNIS',
                jp: 21,
                completedOn: '2027-07-30',
                instansiCode: '3201',
              },
            ],
          },
        ],
      },
    ],
  });

/** The CSV columns of the development record (functions/certificates/development-export.ts), in order. */
export const DEVELOPMENT_CSV_COLUMNS = [
  'nip',
  'nama',
  'jabatan',
  'kode_instansi',
  'jenis_pelatihan',
  'judul_pelatihan',
  'penyelenggara',
  'tempat',
  'angkatan',
  'tanggal_mulai',
  'tanggal_selesai',
  'tahun',
  'jp',
  'nomor_sertifikat_pelatihan',
  'nomor_sertifikat_kompetensi',
  'status_sertifikat_kompetensi',
] as const;

/**
 * One training of the national competency-development record (Peraturan LAN 6/2022 Pasal 34(2)), from its
 * training certificate: who, which training, who organised it, when, how many JP, and the competency
 * certificate the participant holds from the same programme.
 */
export const DevelopmentRow = z
  .object({
    nip: Nip,
    name: z.string().describe('Nama peserta sebagaimana tercetak pada sertifikat pelatihan.'),
    position: z.string().describe('Jabatan peserta pada sertifikat pelatihan.'),
    instansiCode: InstansiCode.describe('Instansi yang mengusulkan peserta pada program ini.'),
    programId: ProgramId,
    trainingType: TrainingCertificateRecord.shape.trainingType,
    title: z.string().describe('Judul pelatihan: nama program.'),
    organiser: z
      .string()
      .describe('Lembaga penyelenggara: lembaga penanda tangan sertifikat pelatihan (Pasal 34(1)).'),
    place: z.string(),
    cohort: z.int().describe('Nomor angkatan.'),
    startDate: IsoDate.describe('Hari pertama angkatan menurut jadwalnya.'),
    endDate: IsoDate.describe('Hari terakhir yang dihadiri: tanggal selesai pada sertifikat pelatihan.'),
    year: z.int().describe('Tahun selesai, tahun JP diperhitungkan (UU 20/2023 Pasal 47(2)).'),
    jp: z.int(),
    trainingCertificateNumber: z
      .string()
      .nullable()
      .describe('Nomor sertifikat pelatihan (NNNN/SPL-MASN/tahun); null bila diterbitkan sebelum bernomor.'),
    competencyCertificate: z
      .object({ registrationNumber: z.string(), status: CertificateStatus })
      .nullable()
      .describe('Versi sertifikat kompetensi yang kini dipegang dari program ini; null bila tidak ada.'),
  })
  .meta({ id: 'DevelopmentRow' });
export type DevelopmentRow = z.infer<typeof DevelopmentRow>;

const DEVELOPMENT_ROW_EXAMPLE: DevelopmentRow = {
  nip: NIP,
  name: 'Dewi Lestari, S.Sos.',
  position: 'Kepala Bidang Pengembangan Pegawai',
  instansiCode: '3201',
  programId: PROGRAM,
  trainingType: 'TEKNIS',
  title: 'Pelatihan dan Sertifikasi Manajemen ASN 2027',
  organiser: 'Badan Kepegawaian Negara',
  place: 'Jakarta',
  cohort: 19,
  startDate: '2027-07-29',
  endDate: '2027-07-30',
  year: 2027,
  jp: 21,
  trainingCertificateNumber: '0007/SPL-MASN/2027',
  competencyCertificate: { registrationNumber: NUMBER, status: 'AKTIF' },
};

export const InstansiDevelopmentRecord = z
  .object({
    instansiCode: InstansiCode,
    programId: ProgramId.optional().describe('Program yang diminta, bila hanya satu.'),
    rows: z.array(DevelopmentRow).describe('Urut nama peserta, NIP, lalu tanggal selesai.'),
  })
  .meta({
    id: 'InstansiDevelopmentRecord',
    description:
      'Catatan pengembangan kompetensi ASN yang pelatihannya diusulkan instansi, untuk pencatatan nasional ' +
      '(Peraturan LAN 6/2022 Pasal 34(2)) dan kepegawaian instansi.',
    examples: [{ instansiCode: '3201', rows: [DEVELOPMENT_ROW_EXAMPLE] }],
  });
