import * as z from 'zod';
import { CertificateId } from './certificate';
import { InstansiCode, Nip, ProgramId, SchemeCode } from './identifiers';
import { NextCursor } from './page';
import { DisplayText } from './text';

/*
 * The register of scheme versions and the update of holders' certificates when BKN publishes a new one
 * (Perban BKN 7/2020 Pasal 13(2), 15(4)-(5), 35(3)): domain/scheme/.
 */
const IsoDate = z.iso.date().describe('Tanggal kalender YYYY-MM-DD (WIB).');

export const SchemeVersionId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9.]{0,39}$/, 'Format versi skema tidak dikenal.')
  .meta({
    id: 'SchemeVersionId',
    description: 'Nomor versi skema, mis. 2019 (versi 1) atau 2028.',
    examples: ['2019'],
  });

export const SchemePath = z.strictObject({ scheme: SchemeCode });
export const SchemeVersionPath = z.strictObject({ scheme: SchemeCode, version: SchemeVersionId });
export const EnrolmentPath = z.strictObject({
  scheme: SchemeCode,
  version: SchemeVersionId,
  certificateId: CertificateId,
});

const UnitCode = z
  .string()
  .trim()
  .regex(/^[A-Z0-9][A-Z0-9-]{0,31}$/, 'Format kode unit tidak dikenal.');
const VersionUnit = z.strictObject({ code: UnitCode, title: DisplayText(3, 300) });
const VersionQualification = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9_]{1,40}$/, 'Format kode kualifikasi tidak dikenal.'),
  name: DisplayText(3, 200),
  units: z.array(VersionUnit).min(1).max(60),
});
const UnitChange = z.strictObject({
  unit: UnitCode,
  kind: z.enum(['DITAMBAH', 'DIHAPUS', 'DIUBAH']),
  consequence: z
    .enum(['PENYEGARAN', 'UJI_ULANG', 'TIDAK_ADA'])
    .describe(
      'Akibat bagi pemegang: program penyegaran (Pasal 15(5)), uji ulang unit (Pasal 15(4)), atau tidak ada.',
    ),
  description: DisplayText(3, 500),
});

const ADM_UNITS = [
  ['MASN-ADM-01', 'Melaksanakan Manajemen Perencanaan ASN'],
  ['MASN-ADM-02', 'Melaksanakan Manajemen Pengadaan ASN'],
] as const;

const VERSION_EXAMPLE = {
  scheme: 'ADMINISTRATOR',
  version: '2028',
  sequence: 2,
  effectiveOn: '2028-01-02',
  basis: 'Keputusan Kepala BKN tentang Standar Kompetensi Teknis Manajemen ASN 2028',
  qualifications: [
    {
      code: 'ADMINISTRATOR',
      name: 'Kualifikasi Administrator',
      units: ADM_UNITS.map(([code, title]) => ({ code, title })),
    },
  ],
  changes: [
    {
      unit: 'MASN-ADM-01',
      kind: 'DIUBAH',
      consequence: 'UJI_ULANG',
      description: 'Perencanaan kebutuhan ASN berbasis sistem informasi.',
    },
  ],
  publishedBy: 'pusbang.kepala',
  publishedAt: '2028-01-02T03:00:00.000Z',
};
const {
  scheme: _scheme,
  sequence: _sequence,
  publishedBy: _by,
  publishedAt: _at,
  ...REQUEST_EXAMPLE
} = VERSION_EXAMPLE;
const ENROLMENT_EXAMPLE = {
  scheme: 'ADMINISTRATOR',
  toVersion: '2028',
  fromVersion: '2019',
  registrationNumber: '0042/SKTM-ASN/L3/2027',
  programId: 'prg_0f8fad5b-d9cb-469f-a165-70867728950e',
  nip: '198503102010011002',
  instansiCode: '3201',
  qualification: { code: 'ADMINISTRATOR', name: 'Kualifikasi Administrator' },
  units: ADM_UNITS.map(([code, title]) => ({ code, title })),
  refreshmentUnits: [],
  testUnits: ['MASN-ADM-01'],
  status: 'TERDAFTAR',
  enrolledOn: '2028-01-02',
  attendance: null,
  decisions: [],
  revision: 0,
};

export const SchemeVersionRequest = z
  .strictObject({
    version: SchemeVersionId,
    effectiveOn: IsoDate.describe('Tanggal mulai berlaku.'),
    basis: DisplayText(3, 300).describe('Dasar perubahan, mis. peraturan atau keputusan Kepala BKN.'),
    qualifications: z.array(VersionQualification).max(10),
    changes: z.array(UnitChange).max(60),
  })
  .meta({
    id: 'SchemeVersionRequest',
    examples: [REQUEST_EXAMPLE],
  });
export type SchemeVersionRequest = z.infer<typeof SchemeVersionRequest>;

export const SchemeVersionRecord = z
  .object({
    scheme: SchemeCode,
    version: SchemeVersionId,
    sequence: z.int().describe('1 untuk Panduan 2019, lalu bertambah satu tiap versi.'),
    effectiveOn: z.string(),
    basis: z.string(),
    qualifications: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        units: z.array(z.object({ code: z.string(), title: z.string() })),
      }),
    ),
    changes: z.array(
      z.object({ unit: z.string(), kind: z.string(), consequence: z.string(), description: z.string() }),
    ),
    publishedBy: z.string().optional(),
    publishedAt: z.string().optional(),
  })
  .meta({ id: 'SchemeVersion', examples: [VERSION_EXAMPLE] });
export type SchemeVersionRecord = z.infer<typeof SchemeVersionRecord>;

export const SchemeVersionList = z
  .object({ scheme: SchemeCode, versions: z.array(SchemeVersionRecord) })
  .meta({
    id: 'SchemeVersionList',
    examples: [{ scheme: 'ADMINISTRATOR', versions: [VERSION_EXAMPLE] }],
  });

const Attendance = z.object({
  attendedOn: z.string(),
  organiser: z.string(),
  evidence: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
const RetestDecision = z.object({
  units: z.array(z.object({ code: z.string(), outcome: z.enum(['KOMPETEN', 'BELUM_KOMPETEN']) })),
  assessors: z.array(z.string()),
  evidence: z.string(),
  decidedOn: z.string(),
  decidedBy: z.string(),
  decidedAt: z.string(),
});

export const EnrolmentRecord = z
  .object({
    scheme: SchemeCode,
    toVersion: z.string(),
    fromVersion: z.string(),
    registrationNumber: z.string().describe('Versi sertifikat yang berlaku saat pendaftaran.'),
    programId: ProgramId,
    nip: Nip,
    instansiCode: InstansiCode,
    qualification: z.object({ code: z.string(), name: z.string() }),
    units: z.array(z.object({ code: z.string(), title: z.string() })),
    refreshmentUnits: z.array(z.string()).describe('Unit yang mewajibkan program penyegaran (Pasal 15(5)).'),
    testUnits: z.array(z.string()).describe('Unit yang diuji ulang (Pasal 15(4)).'),
    status: z
      .enum(['TERDAFTAR', 'BELUM_KOMPETEN', 'SELESAI'])
      .describe(
        'BELUM_KOMPETEN: sertifikat tetap berlaku pada versinya (Pasal 35(4)); SELESAI: dimutakhirkan.',
      ),
    enrolledOn: z.string(),
    attendance: Attendance.nullable(),
    decisions: z.array(RetestDecision),
    reissuedAs: z.string().optional(),
    revision: z.int(),
  })
  .meta({ id: 'SchemeVersionEnrolment', examples: [ENROLMENT_EXAMPLE] });
export type EnrolmentRecord = z.infer<typeof EnrolmentRecord>;

export const PublishedSchemeVersion = z
  .object({
    version: SchemeVersionRecord,
    enrolled: z
      .int()
      .describe(
        'Pemegang pada halaman yang dibaca permintaan ini yang kini terdaftar pada versi ini (oleh permintaan ini, atau oleh antrean yang membaca halaman yang sama).',
      ),
    notEnrolled: z
      .array(z.object({ registrationNumber: z.string(), code: z.string(), message: z.string() }))
      .describe('Pemegang yang tidak dapat didaftarkan oleh permintaan ini, dengan alasannya.'),
    enrolment: z
      .enum(['SELESAI', 'DILANJUTKAN'])
      .describe(
        'SELESAI: semua pemegang versi lama sudah didaftarkan (atau ditolak, di atas) saat permintaan ini dijawab. DILANJUTKAN: pemegangnya lebih dari 500; 500 yang pertama didaftarkan di sini, sisanya segera sesudahnya lewat antrean (lihat daftar pendaftaran versi ini). Antrean dimulai oleh peristiwa yang tercatat bersama versi, sehingga pendaftaran semua pemegang selesai walaupun permintaan ini gagal sesudah versi tercatat.',
      ),
  })
  .meta({
    id: 'PublishedSchemeVersion',
    examples: [{ version: VERSION_EXAMPLE, enrolled: 1, notEnrolled: [], enrolment: 'SELESAI' }],
  });

export const EnrolmentList = z
  .object({
    scheme: SchemeCode,
    version: z.string(),
    enrolments: z.array(EnrolmentRecord).describe('Satu halaman, menurut ID sertifikat.'),
    nextCursor: NextCursor,
  })
  .meta({
    id: 'SchemeVersionEnrolmentList',
    examples: [{ scheme: 'ADMINISTRATOR', version: '2028', enrolments: [ENROLMENT_EXAMPLE] }],
  });

export const AttendanceRequest = z
  .strictObject({
    attendedOn: IsoDate.describe('Tanggal pemegang mengikuti program penyegaran.'),
    organiser: DisplayText(3, 200).describe('Penyelenggara program penyegaran.'),
    evidence: DisplayText(3, 300).describe('Bukti kehadiran, mis. nomor daftar hadir.'),
  })
  .meta({
    id: 'RefreshmentAttendanceRequest',
    examples: [
      { attendedOn: '2028-02-01', organiser: 'Pusbang ASN BKN', evidence: 'Daftar hadir penyegaran 12/2028' },
    ],
  });

export const RetestDecisionRequest = z
  .strictObject({
    units: z
      .array(z.strictObject({ code: UnitCode, outcome: z.enum(['KOMPETEN', 'BELUM_KOMPETEN']) }))
      .min(1)
      .max(60),
    assessors: z.array(DisplayText(3, 200)).min(1).max(10).describe('Asesor yang menguji ulang.'),
    evidence: DisplayText(3, 300).describe('Berita acara uji ulang.'),
  })
  .meta({
    id: 'RefreshmentDecisionRequest',
    examples: [
      {
        units: [{ code: 'MASN-ADM-01', outcome: 'KOMPETEN' }],
        assessors: ['Drs. Bambang Santoso'],
        evidence: 'Berita acara uji ulang 7/2028',
      },
    ],
  });
