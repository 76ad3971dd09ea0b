import * as z from 'zod';
import { InstansiCode, Nip, ProgramId, SchemeCode } from '../api/identifiers';

/*
 * Integration events of the certificate stage. Each is written to the outbox in the same transaction as the
 * change it announces and put on the event bus by the relay (functions/event-relay; source
 * `id.go.bkn.sertifikasi`, detail type = the schema id). Other systems (SIPKA, the instansi's HR system, the
 * public revocation notice) subscribe with rules. EventBridge delivers at least once and the relay may publish
 * an event again after a failure, always with the same `eventId`: a subscriber that keeps the ids it has seen
 * handles each event once. Events of one certificate may arrive out of order; the number after the last `#` of
 * the id is the entry of the certificate's history the event announces, in order.
 */
const PROGRAM = 'prg_0f8fad5b-d9cb-469f-a165-70867728950e';
const NIP = '198503102010011002';
const NUMBER = '0042/SKTM-ASN/L3/2027';
const SHA = '63b8c5add45fe7a5c8547baed97af63b99a6d69b72ea12f321ee131c21571161';
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const EventId = z
  .string()
  .min(1)
  .max(200)
  .describe(
    'Id tetap peristiwa (nomor sertifikat atau subjek, #, urutan riwayat): pengiriman ulang membawa id yang sama, pelanggan membuang id yang sudah diterimanya.',
  );

export const CertificateIssued = z
  .strictObject({
    eventId: EventId,
    registrationNumber: z.string(),
    programId: ProgramId,
    nip: Nip,
    instansiCode: InstansiCode,
    scheme: SchemeCode,
    decisionId: z.string(),
    issuedOn: z.iso.date(),
    sha256: Sha256,
  })
  .meta({
    id: 'CertificateIssued',
    description: 'Sertifikat kompetensi diterbitkan (Perban BKN 7/2020 Pasal 34) dan PDF-nya tersimpan.',
    examples: [
      {
        eventId: `${NUMBER}#0`,
        registrationNumber: NUMBER,
        programId: PROGRAM,
        nip: NIP,
        instansiCode: '3201',
        scheme: 'ADMINISTRATOR',
        decisionId: 'dec_2027-08-20T03:00:00.000Z_1',
        issuedOn: '2027-08-20',
        sha256: SHA,
      },
    ],
  });
export type CertificateIssued = z.infer<typeof CertificateIssued>;

export const TrainingCertificateIssued = z
  .strictObject({
    eventId: EventId,
    programId: ProgramId,
    nip: Nip,
    instansiCode: InstansiCode,
    title: z.string(),
    jp: z.int().min(1),
    completedOn: z.iso.date(),
    sha256: Sha256,
    number: z
      .string()
      .optional()
      .describe(
        'Nomor sertifikat pelatihan (<urut>/SPL-MASN/<tahun>); tidak ada pada yang terbit sebelum bernomor.',
      ),
  })
  .meta({
    id: 'TrainingCertificateIssued',
    description:
      'Sertifikat pelatihan diterbitkan (Peraturan LAN 6/2022 Pasal 34); JP-nya untuk pencatatan di SIPKA (Pasal 34(2)).',
    examples: [
      {
        eventId: `PELATIHAN/${PROGRAM}/${NIP}#0`,
        programId: PROGRAM,
        nip: NIP,
        instansiCode: '3201',
        title: 'Pelatihan dan Sertifikasi Manajemen ASN 2027',
        jp: 21,
        completedOn: '2027-07-30',
        sha256: SHA,
        number: '0007/SPL-MASN/2027',
      },
    ],
  });
export type TrainingCertificateIssued = z.infer<typeof TrainingCertificateIssued>;

export const CertificateRevoked = z
  .strictObject({
    eventId: EventId,
    registrationNumber: z.string(),
    nip: Nip,
    instansiCode: InstansiCode,
    revokedOn: z.iso.date(),
    kinds: z.array(z.enum(['DISIPLIN', 'PIDANA'])).min(1),
    notice: z.string().describe('Teks pengumuman yang wajib dipublikasikan (Pasal 36(3)).'),
  })
  .meta({
    id: 'CertificateRevoked',
    description:
      'Sertifikat kompetensi dicabut (Perban BKN 7/2020 Pasal 36(3)); pengumumannya wajib dipublikasikan.',
    examples: [
      {
        eventId: `${NUMBER}#1`,
        registrationNumber: NUMBER,
        nip: NIP,
        instansiCode: '3201',
        revokedOn: '2028-03-10',
        kinds: ['DISIPLIN'],
        notice:
          'Sertifikat Kompetensi Teknis Manajemen ASN nomor 0042/SKTM-ASN/L3/2027 atas nama Dewi Lestari dicabut.',
      },
    ],
  });
export type CertificateRevoked = z.infer<typeof CertificateRevoked>;

export const CertificateReinstated = z
  .strictObject({
    eventId: EventId,
    registrationNumber: z.string(),
    nip: Nip,
    instansiCode: InstansiCode,
    reinstatedOn: z.iso.date(),
    schemeChanged: z
      .boolean()
      .describe('Skema telah berubah sejak terbit: pemulihan disertai uji sesuai skema terkini.'),
  })
  .meta({
    id: 'CertificateReinstated',
    description: 'Sertifikat yang dicabut diakui kembali (Perban BKN 7/2020 Pasal 36(4)-(6)).',
    examples: [
      {
        eventId: `${NUMBER}#2`,
        registrationNumber: NUMBER,
        nip: NIP,
        instansiCode: '3201',
        reinstatedOn: '2029-03-05',
        schemeChanged: false,
      },
    ],
  });
export type CertificateReinstated = z.infer<typeof CertificateReinstated>;

export const CertificateReissued = z
  .strictObject({
    eventId: EventId.describe('Id dari riwayat versi yang digantikan.'),
    registrationNumber: z.string().describe('Nomor versi baru (akhiran -P<n>).'),
    supersedes: z.string().describe('Nomor versi yang digantikan.'),
    nip: Nip,
    instansiCode: InstansiCode,
    reason: z
      .enum(['PERUBAHAN_SKEMA', 'KOREKSI_NAMA', 'KEPUTUSAN_DIGANTI'])
      .describe(
        'KEPUTUSAN_DIGANTI: keputusan hasil uji yang menjadi dasarnya digantikan keputusan baru (koreksi sidang hasil atau banding).',
      ),
    issuedOn: z.iso.date(),
    decisionId: z.string().optional().describe('KEPUTUSAN_DIGANTI: keputusan yang kini menjadi dasar.'),
    previousDecisionId: z.string().optional().describe('KEPUTUSAN_DIGANTI: keputusan dasar versi lama.'),
    appealId: z.string().optional().describe('Banding yang menghasilkan keputusan baru, bila ada.'),
  })
  .meta({
    id: 'CertificateReissued',
    description:
      'Sertifikat diterbitkan ulang sebagai versi baru (Perban BKN 7/2020 Pasal 35(3), atau karena keputusan dasarnya diganti, Pasal 34(1)); versi lama digantikan.',
    examples: [
      {
        eventId: `${NUMBER}#3`,
        registrationNumber: `${NUMBER}-P1`,
        supersedes: NUMBER,
        nip: NIP,
        instansiCode: '3201',
        reason: 'KOREKSI_NAMA',
        issuedOn: '2028-01-15',
      },
    ],
  });
export type CertificateReissued = z.infer<typeof CertificateReissued>;

export const CertificateAnnulled = z
  .strictObject({
    eventId: EventId,
    registrationNumber: z.string(),
    nip: Nip,
    instansiCode: InstansiCode,
    annulledOn: z.iso.date(),
    decisionId: z.string().describe('Keputusan yang menjadi dasar sertifikat, kini digantikan.'),
    supersedingDecisionId: z.string().describe('Keputusan pengganti (belum kompeten).'),
    appealId: z.string().optional().describe('Banding yang menghasilkan keputusan pengganti, bila ada.'),
    reason: z.string(),
  })
  .meta({
    id: 'CertificateAnnulled',
    description:
      'Sertifikat dibatalkan karena keputusan hasil uji yang menjadi dasarnya digantikan keputusan belum kompeten (Perban BKN 7/2020 Pasal 34(1)); bukan pencabutan Pasal 36(3).',
    examples: [
      {
        eventId: `${NUMBER}#1`,
        registrationNumber: NUMBER,
        nip: NIP,
        instansiCode: '3201',
        annulledOn: '2027-09-02',
        decisionId: 'dec_2027-08-20T03:00:00.000Z_1',
        supersedingDecisionId: 'dec_2027-09-02T03:00:00.000Z_2',
        reason:
          'Keputusan dec_2027-08-20T03:00:00.000Z_1 yang menjadi dasar sertifikat digantikan keputusan dec_2027-09-02T03:00:00.000Z_2 (belum kompeten).',
      },
    ],
  });
export type CertificateAnnulled = z.infer<typeof CertificateAnnulled>;

/** Detail types and their contracts: the detail type of an event is its schema id. */
export const CERTIFICATE_EVENTS = {
  CertificateIssued,
  TrainingCertificateIssued,
  CertificateRevoked,
  CertificateReinstated,
  CertificateReissued,
  CertificateAnnulled,
} as const;
export type CertificateEventType = keyof typeof CERTIFICATE_EVENTS;
export type CertificateEventDetail<T extends CertificateEventType> = z.infer<(typeof CERTIFICATE_EVENTS)[T]>;
