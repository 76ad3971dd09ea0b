import * as z from 'zod';
import { MEMBER_ROLES } from '../../domain/komite/komite';
import { DecimalInteger, Nip, ProgramId } from './identifiers';
import { NextCursor } from './page';
import { MonitoringId } from './undertaking';
import { DisplayName, DisplayText } from './text';

/*
 * The Komite Sertifikasi (Perban BKN 7/2020 Pasal 6): its membership set by decree of the head of BKN, its
 * meetings (at least one a year) with minutes, and per meeting its decisions: validations of certified ASN's
 * performance development, reviews of the certification system, and mutual-recognition recommendations.
 */
const IsoDate = z.iso.date().describe('Tanggal kalender YYYY-MM-DD (WIB).');
const CHAIR = '196801011990031001';
const SECRETARY = '197203032000032002';

export const DecreeRequest = z
  .strictObject({
    decreeNumber: DisplayText(3, 200).describe('Nomor Keputusan Kepala BKN.'),
    decreeDate: IsoDate,
    members: z
      .array(z.strictObject({ nip: Nip, name: DisplayName(), role: z.enum(MEMBER_ROLES) }))
      .min(1)
      .max(50),
  })
  .meta({
    id: 'KomiteDecreeRequest',
    examples: [
      {
        decreeNumber: '123/KEP/2019',
        decreeDate: '2019-03-01',
        members: [
          { nip: CHAIR, name: 'Dr. Haryomo Dwi Putranto, M.Si.', role: 'KETUA' },
          { nip: SECRETARY, name: 'Sri Wahyuni, S.H., M.H.', role: 'SEKRETARIS' },
        ],
      },
    ],
  });

const DECREE_EXAMPLE = {
  ...(DecreeRequest.meta()?.examples as object[])[0],
  recordedBy: 'admin.bkn',
  recordedAt: '2019-03-04T02:00:00.000Z',
};
export const Decree = DecreeRequest.extend({ recordedBy: z.string(), recordedAt: z.iso.datetime() }).meta({
  id: 'KomiteDecree',
  examples: [DECREE_EXAMPLE],
});
export type Decree = z.infer<typeof Decree>;

export const Membership = z
  .object({
    current: Decree.optional().describe('Keputusan yang berlaku hari ini.'),
    decrees: z.array(Decree).describe('Satu halaman keputusan keanggotaan, terlama dahulu.'),
    nextCursor: NextCursor,
  })
  .meta({ id: 'KomiteMembership', examples: [{ current: DECREE_EXAMPLE, decrees: [DECREE_EXAMPLE] }] });

/** The meetings and decisions of one year: they grow with the years (without it, the current year in WIB). */
export const MeetingQuery = z.strictObject({
  year: DecimalInteger(2019, 2100).optional().describe('Tahun sidang; tanpa year, tahun berjalan (WIB).'),
});
const Year = z.int().describe('Tahun sidang yang didaftar.');

/** One answered Monev questionnaire about the validated ASN: theirs, or their mentor's about them. */
const MonevRef = z.strictObject({
  programId: ProgramId,
  cohort: z.int().min(1),
  point: z.int().min(1).describe('Titik Monev, bulan sesudah pelatihan.'),
  respondent: z.enum(['PESERTA', 'MENTOR']).default('PESERTA'),
});
const Validation = z.strictObject({
  nip: Nip.describe('ASN bersertifikat yang pengembangan kinerjanya divalidasi.'),
  monitoringIds: z.array(MonitoringId).max(20).default([]).describe('Catatan pemantauan yang dirujuk.'),
  monevRefs: z
    .array(MonevRef)
    .max(20)
    .default([])
    .describe(
      'Hasil Monev pascapelatihan yang dirujuk: kuesioner ASN ini (atau mentornya) yang sudah dijawab.',
    ),
  conclusion: z.enum(['VALID', 'TIDAK_VALID']),
  note: DisplayText(3, 2000),
});
const Review = z.strictObject({
  topic: DisplayText(3, 300).describe('Bagian Sistem Sertifikasi yang dikaji (skema, metode uji, TUK, ...).'),
  findings: DisplayText(3, 4000),
  recommendation: DisplayText(3, 2000),
});
const Recognition = z.strictObject({
  counterpart: DisplayText(3, 300).describe('Sistem sertifikasi organisasi atau negara lain.'),
  scope: DisplayText(3, 1000).describe('Skema, jenjang atau unit yang diakui.'),
  recommendation: z.enum(['DIAKUI', 'DIAKUI_BERSYARAT', 'TIDAK_DIAKUI']),
  note: DisplayText(3, 2000),
});

export const MeetingRequest = z
  .strictObject({
    heldOn: IsoDate,
    attendeeNips: z.array(Nip).min(1).max(50).describe('Anggota yang hadir, menurut keputusan yang berlaku.'),
    minutes: DisplayText(10, 20000).describe('Notulen sidang.'),
    validations: z.array(Validation).max(20).default([]).describe('Pasal 6(2)a.'),
    reviews: z.array(Review).max(20).default([]).describe('Pasal 6(2)b.'),
    recognitions: z.array(Recognition).max(20).default([]).describe('Pasal 6(2)c.'),
  })
  .meta({
    id: 'KomiteMeetingRequest',
    examples: [
      {
        heldOn: '2019-11-20',
        attendeeNips: [CHAIR, SECRETARY],
        minutes: 'Sidang tahunan Komite membahas hasil sertifikasi 2019 dan pemutakhiran skema.',
        validations: [],
        reviews: [
          {
            topic: 'Skema Administrator versi 2019',
            findings: 'Unit MASN-ADM-08 jarang dapat dibuktikan dengan portofolio.',
            recommendation: 'Tambahkan studi kasus sebagai metode uji unit itu.',
          },
        ],
        recognitions: [],
      },
    ],
  });

const MEETING_EXAMPLE = {
  ...(MeetingRequest.meta()?.examples as { reviews: object[] }[])[0]!,
  id: 'kom_2019-11-21T02:00:00.000Z_0a1b2c3d',
  decreeNumber: '123/KEP/2019',
  recordedBy: 'komite.sekretaris',
  recordedAt: '2019-11-21T02:00:00.000Z',
};
export const Meeting = MeetingRequest.extend({
  id: z.string(),
  decreeNumber: z.string().describe('Keputusan keanggotaan yang berlaku pada tanggal sidang.'),
  recordedBy: z.string(),
  recordedAt: z.iso.datetime(),
}).meta({ id: 'KomiteMeeting', examples: [MEETING_EXAMPLE] });
export type Meeting = z.infer<typeof Meeting>;

export const MeetingList = z
  .object({ year: Year, items: z.array(Meeting) })
  .meta({ id: 'KomiteMeetingList', examples: [{ year: 2019, items: [MEETING_EXAMPLE] }] });

export const DecisionKind = z.enum(['validasi', 'kajian', 'saling-pengakuan']);
export const DecisionQuery = MeetingQuery.extend({ kind: DecisionKind });
export const DecisionList = z
  .object({
    kind: DecisionKind,
    year: Year,
    items: z.array(
      z.object({
        meetingId: z.string(),
        heldOn: IsoDate,
        decision: z.union([Validation, Review, Recognition]),
      }),
    ),
  })
  .meta({
    id: 'KomiteDecisionList',
    description: 'Keputusan satu jenis dari sidang satu tahun, terlama dahulu.',
    examples: [
      {
        kind: 'kajian',
        year: 2019,
        items: [
          { meetingId: MEETING_EXAMPLE.id, heldOn: '2019-11-20', decision: MEETING_EXAMPLE.reviews[0] },
        ],
      },
    ],
  });

export const AnnualMeetings = z
  .object({
    years: z.array(
      z.object({
        year: z.int(),
        meetings: z.int(),
        status: z.enum(['BERSIDANG', 'TIDAK_BERSIDANG', 'BELUM_BERSIDANG']),
      }),
    ),
    violations: z.array(
      z.object({ code: z.string(), article: z.string(), message: z.string(), field: z.string().optional() }),
    ),
  })
  .meta({
    id: 'KomiteAnnualMeetings',
    description:
      'Sidang per tahun sejak keanggotaan pertama ditetapkan; tahun lalu tanpa sidang melanggar Pasal 6(3).',
    examples: [
      {
        years: [
          { year: 2019, meetings: 1, status: 'BERSIDANG' },
          { year: 2020, meetings: 0, status: 'TIDAK_BERSIDANG' },
          { year: 2021, meetings: 0, status: 'BELUM_BERSIDANG' },
        ],
        violations: [
          {
            code: 'KOMITE-SIDANG-TAHUNAN',
            article: 'Perban BKN 7/2020 Pasal 6(3)',
            message: 'Komite tidak bersidang pada tahun 2020.',
            field: 'years.2020',
          },
        ],
      },
    ],
  });
