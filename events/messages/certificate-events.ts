import * as z from 'zod';
import { InstansiCode, Nip, ProgramId, SchemeCode } from '../api/identifiers';

/*
 * Integration events of the certificate stage, put on the event bus by functions/shared/events.ts (source
 * `id.go.bkn.sertifikasi`, detail type = the schema id). Other systems (SIPKA, the instansi's HR system, the
 * public revocation notice) subscribe with rules; an event may be delivered more than once, so each carries
 * the registration number (or programme and NIP) that identifies what it is about.
 */
const PROGRAM = 'prg_0f8fad5b-d9cb-469f-a165-70867728950e';
const NIP = '198503102010011002';
const NUMBER = '0042/SKTM-ASN/L3/2027';
const SHA = '63b8c5add45fe7a5c8547baed97af63b99a6d69b72ea12f321ee131c21571161';
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const CertificateIssued = z
  .strictObject({
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
    programId: ProgramId,
    nip: Nip,
    instansiCode: InstansiCode,
    title: z.string(),
    jp: z.int().min(1),
    completedOn: z.iso.date(),
    sha256: Sha256,
  })
  .meta({
    id: 'TrainingCertificateIssued',
    description:
      'Sertifikat pelatihan diterbitkan (Peraturan LAN 6/2022 Pasal 34); JP-nya untuk pencatatan di SIPKA (Pasal 34(2)).',
    examples: [
      {
        programId: PROGRAM,
        nip: NIP,
        instansiCode: '3201',
        title: 'Pelatihan dan Sertifikasi Manajemen ASN 2027',
        jp: 21,
        completedOn: '2027-07-30',
        sha256: SHA,
      },
    ],
  });
export type TrainingCertificateIssued = z.infer<typeof TrainingCertificateIssued>;

export const CertificateRevoked = z
  .strictObject({
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
    registrationNumber: z.string().describe('Nomor versi baru (akhiran -P<n>).'),
    supersedes: z.string().describe('Nomor versi yang digantikan.'),
    nip: Nip,
    instansiCode: InstansiCode,
    reason: z.enum(['PERUBAHAN_SKEMA', 'KOREKSI_NAMA']),
    issuedOn: z.iso.date(),
  })
  .meta({
    id: 'CertificateReissued',
    description:
      'Sertifikat diterbitkan ulang sebagai versi baru (Perban BKN 7/2020 Pasal 35(3)); versi lama digantikan.',
    examples: [
      {
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

/** Detail types and their contracts: the detail type of an event is its schema id. */
export const CERTIFICATE_EVENTS = {
  CertificateIssued,
  TrainingCertificateIssued,
  CertificateRevoked,
  CertificateReinstated,
  CertificateReissued,
} as const;
export type CertificateEventType = keyof typeof CERTIFICATE_EVENTS;
export type CertificateEventDetail<T extends CertificateEventType> = z.infer<(typeof CERTIFICATE_EVENTS)[T]>;
