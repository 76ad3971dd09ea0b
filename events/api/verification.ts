import * as z from 'zod';
import { SchemeCode } from './identifiers';

/*
 * What the public may learn about a certificate (Perban BKN 7/2020 Pasal 34-36): whether it is genuine and in
 * force, and its content as recorded, so an edited PDF cannot pass. Personal data stops at what tells namesakes
 * apart: the holder's name, a masked NIP (birth year and month, the last four digits) and the instansi that
 * proposed them; no full NIP, position or contact.
 */

export const RegistrationNumberText = z
  .string()
  .trim()
  .min(1, 'Nomor registrasi wajib diisi.')
  .max(40, 'Nomor registrasi terlalu panjang.')
  .meta({
    id: 'RegistrationNumberText',
    description:
      'Nomor registrasi sertifikat kompetensi, mis. 0042/SKTM-ASN/L3/2025 (versi mutakhir: -P1, -P2 ...), atau nomor sertifikat pelatihan, mis. 0007/SPL-MASN/2027.',
    examples: ['0042/SKTM-ASN/L3/2025'],
  });

export const VerificationPath = z.strictObject({ nomor: RegistrationNumberText });
export const VerificationQuery = z.strictObject({ nomor: RegistrationNumberText.optional() });

export const VerificationStatus = z.enum(['BERLAKU', 'DICABUT', 'DIGANTIKAN', 'DIBATALKAN']).meta({
  id: 'VerificationStatus',
  description:
    'BERLAKU: sah dan berlaku; DICABUT: dicabut (Pasal 36(3)); DIGANTIKAN: diganti versi yang lebih baru (Pasal 35(3), atau keputusan dasarnya diganti); DIBATALKAN: tidak berlaku lagi karena keputusan hasil uji yang menjadi dasarnya digantikan keputusan belum kompeten (Pasal 34(1)).',
});

export const MaskedNip = z
  .string()
  .regex(/^\d{6}\*{8}\d{4}$/)
  .meta({
    id: 'MaskedNip',
    description:
      'NIP pemegang yang disamarkan: 6 angka pertama (tahun dan bulan lahir) dan 4 angka terakhir, cukup untuk membedakan pemegang yang bernama sama.',
    examples: ['197501********2001'],
  });

export const PublicInstansi = z
  .strictObject({
    code: z.string(),
    name: z.string().optional().meta({ description: 'Nama instansi menurut daftar instansi BKN.' }),
  })
  .meta({ id: 'PublicInstansi', description: 'Instansi yang mengusulkan pemegang.' });

export const PublicHistoryEntry = z.strictObject({
  on: z.iso.date(),
  event: z.enum(['DITERBITKAN', 'DICABUT', 'DIPULIHKAN', 'DIMUTAKHIRKAN', 'DIBATALKAN']),
  description: z.string().meta({ description: 'Apa yang terjadi dan mengapa, dalam istilah umum.' }),
  relatedNumber: z
    .string()
    .optional()
    .meta({ description: 'Versi yang digantikan (DITERBITKAN) atau penggantinya (DIMUTAKHIRKAN).' }),
});

/** What a verification answers is about: the competency certificate (Perban BKN 7/2020) or the training one. */
export const CertificateKind = z.enum(['KOMPETENSI', 'PELATIHAN']).meta({
  id: 'CertificateKind',
  description:
    'KOMPETENSI: sertifikat kompetensi (Perban BKN 7/2020 Pasal 34); PELATIHAN: sertifikat telah mengikuti pelatihan (Peraturan LAN 6/2022 Pasal 34).',
});

const COMPETENCY_EXAMPLE = {
  kind: 'KOMPETENSI',
  registrationNumber: '0042/SKTM-ASN/L3/2025',
  status: 'BERLAKU',
  holderName: 'Rina Kartika, S.H.',
  maskedNip: '198503********1002',
  instansi: { code: '3201', name: 'Pemerintah Kabupaten Bogor' },
  scheme: 'ADMINISTRATOR',
  schemeName: 'Sertifikasi penyelenggara manajemen ASN jenjang Administrator',
  level: 'Administrator',
  issuedOn: '2025-08-20',
  units: [{ code: 'MASN-ADM-01', title: 'Melaksanakan Manajemen Perencanaan ASN' }],
  history: [
    {
      on: '2025-08-20',
      event: 'DITERBITKAN',
      description: 'Diterbitkan atas keputusan sidang hasil uji kompetensi (Pasal 34 ayat (1)).',
    },
  ],
  fileSha256: 'a3f1c5d2e4b6a8c0d2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a2b4c6d8e0f2a4b6c8',
};

const TRAINING_EXAMPLE = {
  kind: 'PELATIHAN',
  registrationNumber: '0007/SPL-MASN/2027',
  status: 'BERLAKU',
  holderName: 'Rina Kartika, S.H.',
  maskedNip: '198503********1002',
  instansi: { code: '3201', name: 'Pemerintah Kabupaten Bogor' },
  title: 'Pelatihan dan Sertifikasi Manajemen ASN Jenjang Administrator',
  trainingType: 'TEKNIS',
  scheme: 'ADMINISTRATOR',
  level: 'Administrator',
  startDate: '2027-07-29',
  endDate: '2027-07-30',
  venue: 'Pusbang ASN BKN',
  jp: 21,
  completedOn: '2027-07-30',
  issuedOn: '2027-08-20',
  modules: [{ code: 'MOD-ADM-01', title: 'Manajemen Perencanaan Pegawai Negeri Sipil' }],
  hours: [
    { name: 'e-learning', jp: 3 },
    { name: 'klasikal berupa penyampaian materi modul manajemen ASN', jp: 12 },
    { name: 'evaluasi/uji kompetensi', jp: 6 },
  ],
  fileSha256: 'a3f1c5d2e4b6a8c0d2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a2b4c6d8e0f2a4b6c8',
};

export const CompetencyCertificateVerification = z
  .strictObject({
    kind: z.literal('KOMPETENSI'),
    registrationNumber: z.string(),
    status: VerificationStatus,
    holderName: z.string(),
    maskedNip: MaskedNip,
    instansi: PublicInstansi,
    scheme: SchemeCode,
    schemeName: z.string(),
    level: z.string().meta({ description: 'Jenjang skema, mis. Administrator.' }),
    issuedOn: z.iso.date(),
    units: z.array(z.strictObject({ code: z.string(), title: z.string() })),
    revocation: z
      .strictObject({
        since: z.iso.date(),
        reason: z.string().meta({ description: 'Alasan dalam istilah umum (pelanggaran disiplin/pidana).' }),
      })
      .optional(),
    annulment: z
      .strictObject({
        since: z.iso.date(),
        reason: z.string(),
      })
      .optional(),
    supersededBy: z
      .string()
      .optional()
      .meta({ description: 'Nomor versi yang menggantikan sertifikat ini.' }),
    supersession: z
      .strictObject({
        since: z.iso.date(),
        reason: z.string().meta({ description: 'Mengapa versi ini digantikan, dalam istilah umum.' }),
        currentVersion: z
          .string()
          .meta({ description: 'Nomor versi terbaru pemegang untuk program ini (yang harus diperiksa).' }),
      })
      .optional(),
    history: z
      .array(PublicHistoryEntry)
      .meta({ description: 'Riwayat versi ini, terlama dahulu (tanpa rincian perkara).' }),
    fileSha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .meta({ description: 'SHA-256 berkas PDF yang diterbitkan; berkas lain (diubah) tidak sama.' }),
  })
  .meta({ id: 'CompetencyCertificateVerification', examples: [COMPETENCY_EXAMPLE] });
export type CompetencyCertificateVerification = z.infer<typeof CompetencyCertificateVerification>;

/**
 * A training certificate as the public may see it: the same personal data as a competency certificate (name,
 * masked NIP, instansi), what the certificate states (title with the jenjang, type, dates, venue, JP, modules)
 * and the SHA-256 of the issued file. It is never revoked: its status is BERLAKU.
 */
export const TrainingCertificateVerification = z
  .strictObject({
    kind: z.literal('PELATIHAN'),
    registrationNumber: z
      .string()
      .meta({ description: 'Nomor sertifikat pelatihan, mis. 0007/SPL-MASN/2027.' }),
    status: VerificationStatus,
    holderName: z.string(),
    maskedNip: MaskedNip,
    instansi: PublicInstansi.meta({ description: 'Instansi peserta.' }),
    title: z.string().meta({ description: 'Judul pelatihan dengan jenjangnya.' }),
    trainingType: z.enum(['KEPEMIMPINAN', 'TEKNIS', 'FUNGSIONAL', 'SOSIAL_KULTURAL', 'E_LEARNING']),
    scheme: SchemeCode,
    level: z.string().meta({ description: 'Jenjang jabatan, mis. Administrator.' }),
    startDate: z.iso.date().meta({ description: 'Tanggal mulai angkatan.' }),
    endDate: z.iso.date().meta({ description: 'Tanggal selesai angkatan.' }),
    venue: z.string().meta({ description: 'Tempat pelaksanaan.' }),
    jp: z.int().meta({ description: 'Jumlah jam pelajaran (JP).' }),
    completedOn: z.iso.date(),
    issuedOn: z.iso.date(),
    modules: z.array(z.strictObject({ code: z.string(), title: z.string() })),
    hours: z
      .array(z.strictObject({ name: z.string(), jp: z.int() }))
      .meta({ description: 'Pembagian JP: e-learning, klasikal (materi modul) dan evaluasi.' }),
    fileSha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .meta({ description: 'SHA-256 berkas PDF yang diterbitkan; berkas lain (diubah) tidak sama.' }),
  })
  .meta({ id: 'TrainingCertificateVerification', examples: [TRAINING_EXAMPLE] });
export type TrainingCertificateVerification = z.infer<typeof TrainingCertificateVerification>;

/**
 * The answer of the public verification: a competency or a training certificate, told apart by `kind`. The
 * competency certificate's fields are as they were before training certificates could be verified.
 */
export const CertificateVerification = z
  .discriminatedUnion('kind', [CompetencyCertificateVerification, TrainingCertificateVerification])
  .meta({ id: 'CertificateVerification', examples: [COMPETENCY_EXAMPLE, TRAINING_EXAMPLE] });
export type CertificateVerification = z.infer<typeof CertificateVerification>;

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const CopyVerdict = z
  .enum(['ASLI', 'ASLI_DISIMPAN_ULANG', 'DIUBAH', 'TANPA_TANDA_TANGAN', 'BUKAN_BERKAS_INI'])
  .meta({
    id: 'CopyVerdict',
    description:
      'ASLI: persis berkas yang diterbitkan; ASLI_DISIMPAN_ULANG: bagian bertanda tangannya utuh dan persis berkas yang diterbitkan, dengan tambahan sesudah ditandatangani (disimpan ulang penampil PDF); DIUBAH: diubah sesudah ditandatangani; TANPA_TANDA_TANGAN: tanpa tanda tangan elektronik dan bukan berkas yang diterbitkan; BUKAN_BERKAS_INI: tanda tangannya utuh tetapi bukan berkas yang diterbitkan dengan nomor ini.',
  });

export const PdfCheck = z
  .strictObject({
    kind: CertificateKind,
    registrationNumber: z.string(),
    verdict: CopyVerdict,
    matches: z.boolean().meta({
      description: 'Berkas yang diunggah adalah berkas yang diterbitkan (ASLI atau ASLI_DISIMPAN_ULANG).',
    }),
    message: z
      .string()
      .meta({ description: 'Hasil pemeriksaan dalam kalimat, termasuk kedudukan sertifikat kini.' }),
    uploadedSha256: Sha256Hex,
    appendedBytes: z
      .int()
      .min(0)
      .optional()
      .meta({ description: 'ASLI_DISIMPAN_ULANG: bait tambahan sesudah bagian bertanda tangan.' }),
    signatures: z
      .array(
        z.strictObject({
          intact: z
            .boolean()
            .meta({ description: 'Bait yang ditandatangani tidak berubah dan tanda tangannya sah.' }),
          signer: z
            .string()
            .optional()
            .meta({ description: 'Nama pada sertifikat elektronik penanda tangan.' }),
          signedRevisionSha256: Sha256Hex,
          appendedBytes: z.int().min(0),
        }),
      )
      .meta({ description: 'Setiap tanda tangan elektronik yang dimuat berkas, diperiksa.' }),
    status: VerificationStatus,
    revocation: CompetencyCertificateVerification.shape.revocation,
    annulment: CompetencyCertificateVerification.shape.annulment,
    supersededBy: CompetencyCertificateVerification.shape.supersededBy,
    currentVersionUrl: z.string().optional().meta({ description: 'Halaman verifikasi versi pengganti.' }),
  })
  .meta({
    id: 'PdfCheck',
    examples: [
      {
        kind: 'KOMPETENSI',
        registrationNumber: '0042/SKTM-ASN/L3/2025',
        verdict: 'DIUBAH',
        matches: false,
        message:
          'Berkas ini telah diubah sesudah ditandatangani secara elektronik: isinya tidak dapat dipercaya sebagai sertifikat 0042/SKTM-ASN/L3/2025.',
        uploadedSha256: 'b4f1c5d2e4b6a8c0d2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a2b4c6d8e0f2a4b6c8',
        signatures: [
          {
            intact: false,
            signer: 'Kepala Badan Kepegawaian Negara',
            signedRevisionSha256: 'b4f1c5d2e4b6a8c0d2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a2b4c6d8e0f2a4b6c8',
            appendedBytes: 0,
          },
        ],
        status: 'BERLAKU',
      },
    ],
  });
export type PdfCheck = z.infer<typeof PdfCheck>;

export const RevocationListEntry = z.strictObject({
  registrationNumber: z.string(),
  holderName: z.string(),
  maskedNip: MaskedNip,
  instansi: PublicInstansi,
  scheme: SchemeCode,
  since: z.iso.date(),
  reason: z.string(),
});

export const RevocationList = z
  .strictObject({ items: z.array(RevocationListEntry), nextCursor: z.string().optional() })
  .meta({
    id: 'RevocationList',
    examples: [
      {
        items: [
          {
            registrationNumber: '0007/SKTM-ASN/L4/2025',
            holderName: 'Budi Santoso',
            maskedNip: '197501********2001',
            instansi: { code: '3273', name: 'Pemerintah Kota Bandung' },
            scheme: 'PENGAWAS',
            since: '2026-03-02',
            reason: 'Pelanggaran disiplin',
          },
        ],
      },
    ],
  });
export type RevocationList = z.infer<typeof RevocationList>;
