import * as z from 'zod';
import { CRITERION_ASPECTS } from '../../domain/assessment/test-site';
import { KanregCode, ProgramId } from './identifiers';
import { NextCursor } from './page';
import { DisplayName, DisplayText } from './text';

/** Test sites (TUK), Perban BKN 7/2020 Pasal 27: BKN's criteria, the register of sites, their verifications. */

const TukId = z
  .string()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,63}$/, 'Kode TUK: 2-64 huruf besar, angka atau tanda hubung.')
  .meta({ id: 'TukId', examples: ['TUK-PUSBANG-01'] });
export const TukPath = z.strictObject({ tukId: TukId });

const CriterionCode = z
  .string()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, 'Kode kriteria: 2-32 huruf besar, angka atau -.');
const Role = z.enum(['KOORDINATOR_SERTIFIKASI', 'LAINNYA']);
const Person = z.strictObject({ name: DisplayName(), role: Role });
const Use = z
  .strictObject({ programId: ProgramId, cohort: z.int().min(1).max(999) })
  .describe('Penggunaan TUK: angkatan (sesi uji) program.');

export const TestSiteCriteriaRequest = z
  .strictObject({
    criteria: z
      .array(
        z.strictObject({
          code: CriterionCode,
          aspect: z.enum(CRITERION_ASPECTS),
          description: DisplayText(5, 500),
        }),
      )
      .min(1)
      .max(100)
      .refine((c) => new Set(c.map((x) => x.code)).size === c.length, {
        message: 'Setiap kode kriteria hanya sekali.',
      }),
  })
  .meta({
    id: 'TestSiteCriteriaRequest',
    description: 'Kriteria TUK yang disusun penanggung jawab sertifikasi (Perban BKN 7/2020 Pasal 27(5)a).',
    examples: [
      {
        criteria: [
          {
            code: 'SAR-1',
            aspect: 'SARANA',
            description: 'Meja, kursi dan alat tulis untuk setiap peserta.',
          },
          {
            code: 'PRA-1',
            aspect: 'PRASARANA',
            description: 'Ruang uji berpenerangan, berpendingin, tenang.',
          },
          { code: 'PER-1', aspect: 'PERSONEL', description: 'Petugas administrasi uji hadir.' },
          {
            code: 'IMP-1',
            aspect: 'KETIDAKBERPIHAKAN',
            description: 'Bukan tempat kerja peserta yang diuji.',
          },
          { code: 'K3-1', aspect: 'K3', description: 'Jalur evakuasi dan APAR tersedia.' },
          { code: 'RTK-1', aspect: 'RISIKO_TEMPAT_KERJA', description: 'Risiko gangguan kerja dinilai.' },
          {
            code: 'TDB-1',
            aspect: 'TIDAK_DIGUNAKAN_BEKERJA',
            description: 'Fasilitas tidak dipakai untuk proses kerja selama uji.',
          },
        ],
      },
    ],
  });

export const TestSiteCriteria = TestSiteCriteriaRequest.extend({
  version: z.int(),
  setBy: z.string(),
  setAt: z.string(),
}).meta({
  id: 'TestSiteCriteria',
  examples: [
    {
      ...(TestSiteCriteriaRequest.meta()?.examples as object[])[0],
      version: 1,
      setBy: 'bkn-admin-1',
      setAt: '2027-01-05T02:00:00.000Z',
    },
  ],
});
export type TestSiteCriteria = z.infer<typeof TestSiteCriteria>;

export const IdentifyTestSiteRequest = z
  .strictObject({
    name: DisplayName(),
    address: DisplayText(5, 300),
    kind: z.enum(['RUANG_PERTEMUAN', 'FASILITAS_DIKLAT', 'TEMPAT_KERJA']),
    region: z
      .union([z.literal('PUSAT'), KanregCode])
      .describe('Wilayah TUK: PUSAT atau kode Kanreg (uji di daerah, Pasal 7, 33(2)).'),
    identifiedBy: Person,
  })
  .meta({
    id: 'IdentifyTestSiteRequest',
    description: 'Identifikasi TUK oleh koordinator sertifikasi (Perban BKN 7/2020 Pasal 27(5)b).',
    examples: [
      {
        name: 'Pusbang ASN BKN, Ruang Kelas 1',
        address: 'Jl. Raya Bogor, Jawa Barat',
        kind: 'FASILITAS_DIKLAT',
        region: 'PUSAT',
        identifiedBy: { name: 'Rina Kartika, S.E.', role: 'KOORDINATOR_SERTIFIKASI' },
      },
    ],
  });

export const TestSiteVerificationRequest = z
  .strictObject({
    use: Use,
    verifiedOn: z.iso.date(),
    verifiedBy: Person,
    findings: z
      .array(z.strictObject({ code: CriterionCode, met: z.boolean(), note: DisplayText(2, 500).optional() }))
      .min(1)
      .max(100),
  })
  .meta({
    id: 'TestSiteVerificationRequest',
    description:
      'Verifikasi TUK untuk satu penggunaan terhadap setiap kriteria BKN yang berlaku (Perban BKN 7/2020 Pasal 27(4), 27(5)c).',
    examples: [
      {
        use: { programId: 'prg_0f8fad5b-d9cb-469f-a165-70867728950e', cohort: 19 },
        verifiedOn: '2027-07-20',
        verifiedBy: { name: 'Rina Kartika, S.E.', role: 'KOORDINATOR_SERTIFIKASI' },
        findings: [{ code: 'SAR-1', met: true }],
      },
    ],
  });

const Verification = TestSiteVerificationRequest.extend({
  verificationId: z.string(),
  criteriaVersion: z.int(),
  readiness: z
    .record(z.string(), z.boolean())
    .describe('Hasil per aspek: terpenuhi bila setiap kriterianya terpenuhi.'),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
export type TestSiteVerificationRecord = z.infer<typeof Verification>;

export const TestSiteDesignationRequest = z
  .strictObject({
    use: Use,
    decree: z.strictObject({
      number: DisplayText(3, 100),
      issuedOn: z.iso.date(),
      signedBy: z.strictObject({ name: DisplayName(), position: DisplayText(3, 300) }),
    }),
  })
  .meta({
    id: 'TestSiteDesignationRequest',
    description:
      'SK penunjukan TUK oleh pimpinan unit pelatihan BKN berdasarkan hasil verifikasi untuk penggunaan ini (Perban BKN 7/2020 Pasal 27(5)d).',
    examples: [
      {
        use: { programId: 'prg_0f8fad5b-d9cb-469f-a165-70867728950e', cohort: 19 },
        decree: {
          number: '812/KEP/PUSBANG/2027',
          issuedOn: '2027-07-21',
          signedBy: { name: 'Dr. Hardianawati, M.Si.', position: 'Kepala Pusat Pengembangan ASN BKN' },
        },
      },
    ],
  });

const Designation = TestSiteDesignationRequest.extend({
  basedOnVerification: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
export type TestSiteDesignationRecord = z.infer<typeof Designation>;

export const TestSite = IdentifyTestSiteRequest.extend({
  tukId: TukId,
  recordedBy: z.string(),
  recordedAt: z.string(),
  verifications: z.array(Verification),
  designations: z.array(Designation),
  nextCursor: NextCursor.describe(
    'Kursor halaman berikutnya dari SK dan verifikasi TUK (GET /test-sites/{tukId}?cursor=); tidak ada pada halaman terakhir.',
  ),
}).meta({
  id: 'TestSite',
  examples: [
    {
      ...(IdentifyTestSiteRequest.meta()?.examples as object[])[0],
      tukId: 'TUK-PUSBANG-01',
      recordedBy: 'bkn-admin-1',
      recordedAt: '2027-07-01T02:00:00.000Z',
      verifications: [],
      designations: [],
    },
  ],
});
export type TestSite = z.infer<typeof TestSite>;
