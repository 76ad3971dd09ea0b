import { describe, expect, it } from 'vitest';
import {
  NOTIFICATION_KINDS,
  NotificationRequested,
  type NotificationKind,
} from '../../../events/messages/notification-requested';
import { renderNotification } from '../../../services/notifications/templates';

const PROGRAM = 'prg_0f8fad5b-d9cb-469f-a165-70867728950e';
const LINK = `https://sertifikasi.bkn.go.id/programs/${PROGRAM}/participants/198503102010011002/invitation`;
const MONEV = {
  programName: 'Pelatihan dan Sertifikasi Manajemen ASN 2027',
  round: 'Monev 3 bulan pascasertifikasi',
  dueDate: '2027-11-30',
  link: 'https://sertifikasi.bkn.go.id/monev/abc',
};
const FIELDS = {
  UNDANGAN: {
    programName: 'Pelatihan dan Sertifikasi Manajemen ASN 2027',
    cohort: 19,
    letterNumber: '0007/UND/PUSBANG-ASN/VII/2027',
    startDate: '2027-07-29',
    endDate: '2027-07-30',
    venue: 'Pusbang ASN BKN, Ruang Kelas 1',
    confirmBy: '2027-07-28',
    link: LINK,
  },
  PENGINGAT_KONFIRMASI: {
    programName: 'Pelatihan dan Sertifikasi Manajemen ASN 2027',
    cohort: 19,
    startDate: '2027-07-29',
    confirmBy: '2027-07-28',
    link: LINK,
  },
  SERTIFIKAT_TERBIT: {
    registrationNumber: '0042/SKTM-ASN/L3/2027',
    schemeName: 'Administrator',
    issuedOn: '2027-08-20',
    downloadLink: 'https://sertifikasi.bkn.go.id/certificates/0042-SKTM-ASN-L3-2027',
    verificationLink: 'https://sertifikasi.bkn.go.id/verifikasi/0042/SKTM-ASN/L3/2027',
  },
  KUESIONER_MONEV: MONEV,
  PENGINGAT_MONEV: MONEV,
} as const satisfies Record<NotificationKind, unknown>;

const SUBJECTS: Record<NotificationKind, string> = {
  UNDANGAN: 'Undangan Pelatihan dan Sertifikasi Manajemen ASN 2027 Angkatan 19',
  PENGINGAT_KONFIRMASI:
    'Pengingat: konfirmasi kehadiran Pelatihan dan Sertifikasi Manajemen ASN 2027 Angkatan 19',
  SERTIFIKAT_TERBIT: 'Sertifikat kompetensi Administrator Anda telah terbit',
  KUESIONER_MONEV: 'Kuesioner Monev 3 bulan pascasertifikasi: Pelatihan dan Sertifikasi Manajemen ASN 2027',
  PENGINGAT_MONEV: 'Pengingat: kuesioner Monev 3 bulan pascasertifikasi belum diisi',
};

const messageOf = (kind: NotificationKind, name = 'Dewi Lestari, S.Sos.') =>
  NotificationRequested.parse({
    type: 'NotificationRequested',
    version: 1,
    notificationId: `${kind}#1`,
    kind,
    to: { email: 'dewi@bogorkab.go.id', name },
    about: { programId: PROGRAM, nip: '198503102010011002' },
    fields: FIELDS[kind],
    requestedAt: '2027-07-15T03:00:00.000Z',
    correlationId: 'c-1',
  });

describe('notification e-mails', () => {
  it.each(NOTIFICATION_KINDS)(
    '%s: a subject, a greeting and dates in Bahasa Indonesia, the same text as HTML',
    (kind) => {
      const email = renderNotification(messageOf(kind));
      expect(email.subject).toBe(SUBJECTS[kind]);
      expect(email.text.startsWith('Yth. Dewi Lestari, S.Sos.,\n\n')).toBe(true);
      expect(email.text).toContain('Hormat kami,\nPusat Pengembangan ASN, Badan Kepegawaian Negara');
      expect(email.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(email.html).toContain('<html lang="id">');
      expect(email.html).toContain('<p>Yth. Dewi Lestari, S.Sos.,</p>');
    },
  );

  it.each(NOTIFICATION_KINDS)('%s: no internal id in the words people read, only inside links', (kind) => {
    const { text, html } = renderNotification(messageOf(kind));
    const words = text
      .split('\n')
      .filter((line) => !line.startsWith('http'))
      .join('\n');
    expect(words).not.toContain(PROGRAM);
    expect(words).not.toContain('198503102010011002');
    expect(html.replace(/href="[^"]*"/g, '')).not.toContain(PROGRAM);
  });

  it('writes the dates as people do: "29-30 Juli 2027", "28 Juli 2027"', () => {
    const { text } = renderNotification(messageOf('UNDANGAN'));
    expect(text).toContain('pada 29-30 Juli 2027 di Pusbang ASN BKN, Ruang Kelas 1');
    expect(text).toContain('paling lambat 28 Juli 2027');
  });

  it('escapes what the message carries in the HTML version', () => {
    const { html, text } = renderNotification(messageOf('UNDANGAN', 'Dewi <b>"Lestari"</b> & Co'));
    expect(html).toContain('Yth. Dewi &lt;b&gt;&quot;Lestari&quot;&lt;/b&gt; &amp; Co,');
    expect(text).toContain('Yth. Dewi <b>"Lestari"</b> & Co,');
  });

  it('renders the same e-mail for the same message (a retry sends what the first attempt would have)', () => {
    expect(renderNotification(messageOf('SERTIFIKAT_TERBIT'))).toStrictEqual(
      renderNotification(messageOf('SERTIFIKAT_TERBIT')),
    );
  });
});
