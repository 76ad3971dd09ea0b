import * as z from 'zod';
import { NextCursor } from './page';
import {
  DEVELOPMENT_PURPOSES,
  MONITORING_METHODS,
  RECOMMENDATION_STATUSES,
} from '../../domain/certificate/monitoring';
import { DEVELOPMENT_FORMS } from '../../domain/result/session';
import { InstansiCode, KanregCode, Nip } from './identifiers';
import { DisplayText } from './text';
import { MonitoringId } from './undertaking';

/*
 * Maintaining the certificate (Perban BKN 7/2020 Pasal 35(1)-(2), (4)-(6)): monitoring of a holder's performance,
 * development recommendations to a holder or an instansi, and the holder's undertaking of Pasal 36(2).
 */
const NIP = '198503102010011002';
const NUMBER = '0042/SKTM-ASN/L3/2027';
const CERTIFICATE_ID = '0042-SKTM-ASN-L3-2027';
const IsoDate = z.iso.date().describe('Tanggal kalender YYYY-MM-DD (WIB).');
const UnitCode = z.string().regex(/^[A-Z0-9-]{3,32}$/, 'Kode unit tidak dikenal.');

export const RecommendationId = z
  .string()
  .regex(/^rek_[0-9TZ:.-]{24}_[0-9a-f]{8}$/, 'Nomor rekomendasi tidak dikenal.')
  .describe('Nomor rekomendasi pengembangan, mis. `rek_2028-02-01T03:00:00.000Z_0a1b2c3d`.');
export const RecommendationPath = z.strictObject({ recommendationId: RecommendationId });

const ViolationFinding = z.strictObject({
  kind: z.enum(['DISIPLIN', 'PIDANA']),
  description: DisplayText(3, 1000).describe(
    'Temuan pelanggaran, untuk dirujuk ke pencabutan (Pasal 36(3)).',
  ),
});

export const MonitoringRequest = z
  .strictObject({
    method: z.enum(MONITORING_METHODS).describe('Metode Pasal 35(1); METODE_LAIN dengan uraiannya.'),
    methodDescription: DisplayText(3, 500).optional().describe('Wajib untuk METODE_LAIN (PANTAU-METODE).'),
    observedOn: IsoDate.describe('Tanggal pemantauan.'),
    findings: DisplayText(3, 4000).describe('Temuan tentang konsistensi kinerja pemegang sertifikat.'),
    sources: z
      .array(DisplayText(3, 300))
      .min(1)
      .max(20)
      .describe('Sumber: atasan, pengguna hasil kerja, dokumen, data yang ditelaah.'),
    violation: ViolationFinding.optional().describe(
      'Temuan pelanggaran disiplin atau pidana, bila ada: dapat dirujuk ke pencabutan.',
    ),
  })
  .meta({
    id: 'MonitoringRequest',
    examples: [
      {
        method: 'WAWANCARA_PENGGUNA_HASIL_KERJA',
        observedOn: '2028-02-01',
        findings: 'Penyusunan rencana kebutuhan ASN tahun 2028 selesai tepat waktu dan sesuai standar.',
        sources: ['Wawancara dengan Sekretaris Daerah Kabupaten Bogor'],
      },
    ],
  });

export const MonitoringRecord = MonitoringRequest.extend({
  id: MonitoringId,
  registrationNumber: z.string().describe('Versi sertifikat yang berlaku saat dipantau.'),
  certificateId: z.string(),
  nip: Nip,
  instansiCode: InstansiCode,
  by: z
    .object({ role: z.enum(['BKN', 'KANREG']), kanreg: KanregCode.optional(), username: z.string() })
    .describe('BKN, atau Kanreg wilayah instansi pemegang (Pasal 35(6)).'),
  recordedAt: z.iso.datetime(),
  revocation: z
    .object({ registrationNumber: z.string(), revokedOn: IsoDate })
    .optional()
    .describe('Pencabutan yang berdasar catatan ini, bila ada.'),
}).meta({
  id: 'MonitoringRecord',
  examples: [
    {
      ...(MonitoringRequest.meta()?.examples as object[])[0],
      id: 'mon_2028-02-01T03:00:00.000Z_0a1b2c3d',
      registrationNumber: NUMBER,
      certificateId: CERTIFICATE_ID,
      nip: NIP,
      instansiCode: '3201',
      by: { role: 'BKN', username: 'admin.bkn' },
      recordedAt: '2028-02-01T03:00:00.000Z',
    },
  ],
});
export type MonitoringRecord = z.infer<typeof MonitoringRecord>;

export const RecommendationRequest = z
  .strictObject({
    form: z.enum(DEVELOPMENT_FORMS).describe('Bentuk pengembangan Pasal 35(5)a-h.'),
    purpose: z
      .enum(DEVELOPMENT_PURPOSES)
      .describe('Ke jenjang lebih tinggi, atau mengisi kesenjangan unit yang belum dikuasai (Pasal 35(4)).'),
    unitCodes: z.array(UnitCode).min(1).max(30).describe('Unit kompetensi yang dikembangkan.'),
    note: DisplayText(3, 2000).describe('Isi rekomendasi.'),
    monitoringIds: z
      .array(MonitoringId)
      .max(20)
      .default([])
      .describe('Catatan pemantauan yang menjadi dasar.'),
  })
  .meta({
    id: 'DevelopmentRecommendationRequest',
    examples: [
      {
        form: 'PEMBIMBINGAN',
        purpose: 'MENGISI_KESENJANGAN',
        unitCodes: ['MASN-ADM-03'],
        note: 'Pembimbingan oleh pejabat pengelola jabatan selama tiga bulan.',
        monitoringIds: [],
      },
    ],
  });

const StatusEntry = z.object({
  status: z.enum(RECOMMENDATION_STATUSES),
  note: z.string(),
  by: z.string(),
  at: z.iso.datetime(),
});

export const Recommendation = z
  .object({
    id: RecommendationId,
    to: z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('PEMEGANG'),
        nip: Nip,
        registrationNumber: z.string(),
        certificateId: z.string(),
      }),
      z.object({ kind: z.literal('INSTANSI') }),
    ]),
    instansiCode: InstansiCode,
    form: z.enum(DEVELOPMENT_FORMS),
    purpose: z.enum(DEVELOPMENT_PURPOSES),
    unitCodes: z.array(z.string()),
    note: z.string(),
    monitoringIds: z.array(MonitoringId),
    status: z.enum(RECOMMENDATION_STATUSES),
    history: z.array(StatusEntry).describe('Perubahan status, terlama dahulu.'),
    issuedBy: z.string(),
    issuedAt: z.iso.datetime(),
  })
  .meta({
    id: 'DevelopmentRecommendation',
    description: 'Rekomendasi pengembangan kompetensi teknis berkelanjutan (Pasal 35(2), (4), (5)).',
    examples: [
      {
        id: 'rek_2028-02-02T03:00:00.000Z_0a1b2c3d',
        to: { kind: 'PEMEGANG', nip: NIP, registrationNumber: NUMBER, certificateId: CERTIFICATE_ID },
        instansiCode: '3201',
        ...(RecommendationRequest.meta()?.examples as object[])[0],
        status: 'DITERBITKAN',
        history: [
          { status: 'DITERBITKAN', note: 'Diterbitkan.', by: 'admin.bkn', at: '2028-02-02T03:00:00.000Z' },
        ],
        issuedBy: 'admin.bkn',
        issuedAt: '2028-02-02T03:00:00.000Z',
      },
    ],
  });
export type Recommendation = z.infer<typeof Recommendation>;

export const RecommendationProgressRequest = z
  .strictObject({
    status: z.enum(['DITINDAKLANJUTI', 'SELESAI']),
    note: DisplayText(3, 2000).describe('Tindak lanjut yang dilaporkan, atau penyelesaiannya.'),
  })
  .meta({
    id: 'DevelopmentRecommendationProgress',
    examples: [{ status: 'DITINDAKLANJUTI', note: 'Instansi menunjuk pembimbing; dimulai 1 Maret 2028.' }],
  });

export const Surveillance = z
  .object({ monitoring: z.array(MonitoringRecord), recommendations: z.array(Recommendation) })
  .meta({
    id: 'Surveillance',
    description: 'Pemantauan dan rekomendasi pengembangan, terlama dahulu.',
    examples: [
      {
        monitoring: [(MonitoringRecord.meta()?.examples as unknown[])[0]],
        recommendations: [(Recommendation.meta()?.examples as unknown[])[0]],
      },
    ],
  });

/** An instansi's, a page at a time: it grows with the years of its holders. */
export const SurveillancePage = Surveillance.extend({ nextCursor: NextCursor }).meta({
  id: 'SurveillancePage',
  description: 'Satu halaman pemantauan dan rekomendasi pengembangan, terlama dahulu.',
  examples: [{ ...(Surveillance.meta()?.examples as object[])[0], nextCursor: 'eyJwayI6Ii4uLiJ9' }],
});
