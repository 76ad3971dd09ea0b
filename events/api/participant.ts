import * as z from 'zod';
import { InstansiCode, Nip, ProgramId, SchemeCode } from './identifiers';
import { QualificationCode } from './qualification';
import { CohortPath, ParticipantPath } from './paths';
import { DisplayName } from './text';

export { CohortPath, ParticipantPath };

export const ParticipantStatus = z.enum(['PRE_ASSESSMENT', 'SET', 'NOT_SET']).meta({
  id: 'ParticipantStatus',
  description:
    'PRE_ASSESSMENT: calon diterima, konsultasi pra uji berjalan; SET/NOT_SET: keputusan sidang penetapan peserta (Pasal 31(1)f).',
});

export const Participant = z
  .object({
    programId: ProgramId,
    nip: Nip,
    instansiCode: InstansiCode,
    name: z.string(),
    scheme: SchemeCode,
    position: z.object({ title: z.string(), unit: z.string(), rank: z.string() }),
    status: ParticipantStatus,
    setting: z
      .object({
        decision: z.enum(['SET', 'NOT_SET']),
        reason: z.string().optional(),
        decidedBy: z.string(),
        decidedAt: z.string(),
      })
      .optional(),
    qualification: QualificationCode.optional().describe(
      'Kualifikasi yang diujikan, mengikuti skema dan instansi peserta (ditetapkan bersama peserta).',
    ),
    eligibleTestDates: z
      .array(z.string())
      .optional()
      .describe(
        'Tanggal uji angkatan sejenjang yang syarat yang dihitung sampai hari uji terpenuhi (Perban BKN 7/2020 Pasal 16(4), 31(2)), pada sidang penetapan peserta; hanya angkatan ini yang ditawarkan.',
      ),
    seat: z.object({ cohort: z.int(), placedAt: z.string() }).optional(),
    contact: z
      .object({ email: z.string().optional(), phone: z.string().optional() })
      .optional()
      .describe('Kontak dari usulan calon; e-mail menjadi alamat pemberitahuan.'),
    waitlistedAt: z.string().optional(),
    withdrawnAt: z
      .string()
      .optional()
      .describe('Peserta mengundurkan diri dari angkatannya; kursinya diberikan ke daftar tunggu.'),
    updatedAt: z.string(),
  })
  .meta({
    id: 'Participant',
    examples: [
      {
        programId: 'prg_0f8fad5b-d9cb-469f-a165-70867728950e',
        nip: '198503102010011002',
        instansiCode: '3201',
        name: 'Dewi Lestari, S.Sos.',
        scheme: 'ADMINISTRATOR',
        position: { title: 'Kepala Bidang Pengembangan Pegawai', unit: 'BKPSDM', rank: 'III/d' },
        status: 'SET',
        setting: { decision: 'SET', decidedBy: 'admin-bkn-1', decidedAt: '2026-11-20T03:00:00.000Z' },
        seat: { cohort: 19, placedAt: '2026-11-20T03:00:02.000Z' },
        updatedAt: '2026-11-20T03:00:02.000Z',
      },
    ],
  });
export type Participant = z.infer<typeof Participant>;

export const Cohort = z
  .object({
    programId: ProgramId,
    number: z.int(),
    scheme: SchemeCode,
    capacity: z.int(),
    seatsTaken: z.int(),
    startDate: z.string(),
    endDate: z.string(),
    registrationOpensOn: z.string(),
    registration: z.enum(['SCHEDULED', 'OPEN']),
    kind: z
      .enum(['PELATIHAN', 'UJI_ULANG'])
      .optional()
      .describe(
        'PELATIHAN (bawaan): angkatan pelatihan yang diuji pada hari terakhirnya; UJI_ULANG: sesi uji ulang BKN tanpa pelatihan (kapasitas kursi 0).',
      ),
    testSession: z
      .object({
        roomCapacity: z.int(),
        assessorCount: z.int(),
        participantsPerAssessor: z.int(),
        testCapacity: z.int(),
        setBy: z.string(),
        setAt: z.string(),
      })
      .optional()
      .describe('Kapasitas sesi uji: ruang dan asesor (Perban BKN 7/2020 Pasal 19(3), 27).'),
    retestPlaces: z
      .int()
      .optional()
      .describe('Tempat bagi peserta uji ulang pada sesi uji ini, di luar peserta angkatannya sendiri.'),
    retestsBooked: z.int().optional().describe('Uji ulang yang sudah dijadwalkan ke sesi ini.'),
    testSite: z
      .object({
        tukId: z.string(),
        name: z.string(),
        address: z.string(),
        kind: z.string(),
        verifiedOn: z.string(),
        designatedOn: z.string(),
        recordedBy: z.string(),
        region: z
          .string()
          .optional()
          .describe('Wilayah TUK (PUSAT atau kode Kanreg), bila ditetapkan lewat register TUK.'),
        decree: z
          .object({ number: z.string(), issuedOn: z.string() })
          .optional()
          .describe('SK penunjukan TUK (Pasal 27(5)d), bila ditetapkan lewat register TUK.'),
      })
      .optional()
      .describe('TUK yang telah diverifikasi untuk angkatan ini; pendaftaran baru dibuka setelah ada.'),
  })
  .meta({
    id: 'Cohort',
    examples: [
      {
        programId: 'prg_0f8fad5b-d9cb-469f-a165-70867728950e',
        number: 19,
        scheme: 'ADMINISTRATOR',
        capacity: 30,
        seatsTaken: 30,
        startDate: '2027-07-29',
        endDate: '2027-07-30',
        registrationOpensOn: '2027-07-15',
        registration: 'SCHEDULED',
      },
    ],
  });
export type Cohort = z.infer<typeof Cohort>;

export const SettingRequest = z
  .strictObject({
    decision: z.enum(['SET', 'NOT_SET']),
    reason: z.string().trim().min(5).max(1000).optional(),
  })
  .refine((r) => r.decision === 'SET' || r.reason !== undefined, {
    message: 'Alasan wajib diisi bila calon tidak ditetapkan sebagai peserta.',
    path: ['reason'],
  })
  .meta({ id: 'SettingRequest', examples: [{ decision: 'SET' }] });

export const MoveRequest = z
  .strictObject({ toCohort: z.int().min(1).max(999) })
  .meta({ id: 'MoveRequest', examples: [{ toCohort: 21 }] });

export const CohortList = z
  .object({ items: z.array(Cohort) })
  .meta({ id: 'CohortList', examples: [{ items: [(Cohort.meta()?.examples as unknown[])[0]] }] });

export const ParticipantList = z
  .object({ items: z.array(Participant) })
  .meta({ id: 'ParticipantList', examples: [{ items: [(Participant.meta()?.examples as unknown[])[0]] }] });

export const TestSiteRequest = z
  .strictObject({
    tukId: z.string().trim().min(2).max(64),
    name: DisplayName(),
    address: z.string().trim().min(5).max(300),
    kind: z.enum(['RUANG_PERTEMUAN', 'FASILITAS_DIKLAT', 'TEMPAT_KERJA']),
    verification: z.strictObject({
      verifiedOn: z.iso.date(),
      verifiedByRole: z.enum(['KOORDINATOR_SERTIFIKASI', 'LAINNYA']),
      facilitiesReady: z.boolean(),
      infrastructureReady: z.boolean(),
      personnelReady: z.boolean(),
      impartial: z.boolean(),
      healthAndSafety: z.boolean(),
      workplaceRiskAssessed: z.boolean(),
      notInUseForWork: z.boolean(),
    }),
    designation: z.strictObject({ issuedOn: z.iso.date() }).nullable(),
  })
  .meta({
    id: 'TestSiteRequest',
    description: 'TUK angkatan dan verifikasinya untuk penggunaan ini (Perban BKN 7/2020 Pasal 27(4)-(5)).',
    examples: [
      {
        tukId: 'TUK-PUSBANG-01',
        name: 'Pusbang ASN BKN, Ruang Kelas 1',
        address: 'Jl. Raya Bogor, Jawa Barat',
        kind: 'FASILITAS_DIKLAT',
        verification: {
          verifiedOn: '2027-07-20',
          verifiedByRole: 'KOORDINATOR_SERTIFIKASI',
          facilitiesReady: true,
          infrastructureReady: true,
          personnelReady: true,
          impartial: true,
          healthAndSafety: true,
          workplaceRiskAssessed: true,
          notInUseForWork: true,
        },
        designation: { issuedOn: '2027-07-21' },
      },
    ],
  });
export type TestSiteRequest = z.infer<typeof TestSiteRequest>;
