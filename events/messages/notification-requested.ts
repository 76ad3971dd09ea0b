import * as z from 'zod';
import { Nip, ProgramId } from '../api/identifiers';

/*
 * Asks the notification worker to e-mail one person about one event, through Amazon SES, in Bahasa Indonesia:
 * an invitation issued, a reminder to confirm, a certificate issued, a Monev questionnaire and its reminder.
 * The worker renders the text from `kind` and `fields` (services/notifications/templates.ts), so the message
 * carries values, never prose. `notificationId` names the event and the recipient: the worker sends each id at
 * most once, so delivering a message twice, or asking again for the same event, is harmless.
 */

export const NOTIFICATION_KINDS = [
  'UNDANGAN',
  'PENGINGAT_KONFIRMASI',
  'SERTIFIKAT_TERBIT',
  'KUESIONER_MONEV',
  'PENGINGAT_MONEV',
] as const;
export const NotificationKind = z
  .enum(NOTIFICATION_KINDS)
  .describe(
    'UNDANGAN: surat undangan terbit; PENGINGAT_KONFIRMASI: konfirmasi kehadiran belum dikirim menjelang angkatan; SERTIFIKAT_TERBIT: sertifikat kompetensi terbit; KUESIONER_MONEV: kuesioner monitoring dan evaluasi; PENGINGAT_MONEV: pengingat kuesioner yang belum diisi.',
  );
export type NotificationKind = z.infer<typeof NotificationKind>;

const Text = z.string().min(1).max(300);
const Day = z.iso.date();
const Link = z.url({ protocol: /^https?$/ });

/** The values each kind's text needs: what people read, never an internal id (links may carry ids). */
export const NOTIFICATION_FIELDS = {
  UNDANGAN: z.strictObject({
    programName: Text,
    cohort: z.int().min(1).max(999),
    letterNumber: Text,
    startDate: Day,
    endDate: Day,
    venue: Text,
    /** The last day to confirm attendance: the day before the cohort starts (KONFIRMASI-SEBELUM-KELAS). */
    confirmBy: Day,
    /** Where the participant reads the letter and confirms: the invitation route of the API. */
    link: Link,
  }),
  PENGINGAT_KONFIRMASI: z.strictObject({
    programName: Text,
    cohort: z.int().min(1).max(999),
    startDate: Day,
    confirmBy: Day,
    link: Link,
  }),
  SERTIFIKAT_TERBIT: z.strictObject({
    registrationNumber: Text,
    schemeName: Text,
    issuedOn: Day,
    /** The certificate's API route: answers a fresh download link to whoever may read it. */
    downloadLink: Link,
    /** The public verification page of the certificate. */
    verificationLink: Link,
  }),
  KUESIONER_MONEV: z.strictObject({
    programName: Text,
    /** Which round, as people say it, e.g. "Monev 3 bulan pascasertifikasi". */
    round: Text,
    dueDate: Day,
    link: Link,
  }),
  PENGINGAT_MONEV: z.strictObject({
    programName: Text,
    round: Text,
    dueDate: Day,
    link: Link,
  }),
} as const satisfies Record<NotificationKind, z.ZodType>;
export type NotificationFields<K extends NotificationKind = NotificationKind> = z.infer<
  (typeof NOTIFICATION_FIELDS)[K]
>;

const Recipient = z.strictObject({
  email: z
    .email()
    .max(254)
    .nullable()
    .describe(
      'Alamat e-mail penerima; null bila peserta tidak punya: tidak ada e-mail, dan hal itu dicatat (terlihat oleh BKN).',
    ),
  name: z.string().min(1).max(200),
});

const common = {
  type: z.literal('NotificationRequested'),
  version: z.literal(1),
  notificationId: z
    .string()
    .min(1)
    .max(300)
    .describe('Tetap untuk satu peristiwa dan satu penerima: dikirim paling banyak sekali.'),
  to: Recipient,
  about: z.strictObject({ programId: ProgramId, nip: Nip }),
  requestedAt: z.iso.datetime(),
  correlationId: z.string().min(1),
};

const ofKind = <K extends NotificationKind>(kind: K) =>
  z.strictObject({ ...common, kind: z.literal(kind), fields: NOTIFICATION_FIELDS[kind] });

export const NotificationRequested = z
  .discriminatedUnion('kind', [
    ofKind('UNDANGAN'),
    ofKind('PENGINGAT_KONFIRMASI'),
    ofKind('SERTIFIKAT_TERBIT'),
    ofKind('KUESIONER_MONEV'),
    ofKind('PENGINGAT_MONEV'),
  ])
  .meta({
    id: 'NotificationRequested',
    examples: [
      {
        type: 'NotificationRequested',
        version: 1,
        notificationId: 'UNDANGAN#prg_0f8fad5b-d9cb-469f-a165-70867728950e#198503102010011002#19',
        kind: 'UNDANGAN',
        to: { email: 'dewi.lestari@bogorkab.go.id', name: 'Dewi Lestari, S.Sos.' },
        about: { programId: 'prg_0f8fad5b-d9cb-469f-a165-70867728950e', nip: '198503102010011002' },
        fields: {
          programName: 'Sertifikasi Kompetensi Teknis Manajemen ASN 2027',
          cohort: 19,
          letterNumber: '0007/UND/PUSBANG-ASN/VII/2027',
          startDate: '2027-07-29',
          endDate: '2027-07-30',
          venue: 'Pusbang ASN BKN, Ruang Kelas 1, Jl. Raya Bogor, Jawa Barat',
          confirmBy: '2027-07-28',
          link: 'https://sertifikasi.bkn.go.id/programs/prg_0f8fad5b-d9cb-469f-a165-70867728950e/participants/198503102010011002/invitation',
        },
        requestedAt: '2027-07-15T03:00:01.000Z',
        correlationId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
      },
    ],
  });
export type NotificationRequested = z.infer<typeof NotificationRequested>;

/** What a producer gives `requestNotifications` (adapters/sqs/notification-queue.ts): the message less its envelope. */
export type NotificationRequest = {
  [K in NotificationKind]: Omit<
    Extract<NotificationRequested, { kind: K }>,
    'type' | 'version' | 'requestedAt' | 'correlationId'
  >;
}[NotificationKind];
