import type {
  NotificationFields,
  NotificationKind,
  NotificationRequested,
} from '../../events/messages/notification-requested';
import { rentangTanggal, tanggal } from '../../adapters/pdf/text';

/** One e-mail as people read it: subject, plain text and a simple HTML version of the same words. */
export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** A paragraph of the message: words, or a labelled link. */
type Part = string | { label: string; href: string };

interface Letter {
  subject: string;
  paragraphs: Part[];
}

const SIGNATURE = 'Pusat Pengembangan ASN, Badan Kepegawaian Negara';
const NO_REPLY = 'E-mail ini dikirim otomatis; mohon tidak membalasnya.';

/** The words of each kind, from the message's values only: no internal id shows outside a link. */
const LETTERS: { [K in NotificationKind]: (fields: NotificationFields<K>) => Letter } = {
  UNDANGAN: (f) => ({
    subject: `Undangan ${f.programName} Angkatan ${f.cohort}`,
    paragraphs: [
      `Anda diundang mengikuti ${f.programName} Angkatan ${f.cohort} pada ${rentangTanggal(f.startDate, f.endDate)} di ${f.venue}.`,
      `Surat undangan nomor ${f.letterNumber} beserta formulir Riwayat Pekerjaan dan Rencana Tindak Lanjut (Action Plan) dapat dibaca pada tautan berikut.`,
      { label: 'Baca surat undangan', href: f.link },
      `Mohon konfirmasi kehadiran Anda, unggah CV, dan isi rencana tindak lanjut paling lambat ${tanggal(f.confirmBy)}.`,
    ],
  }),
  PENGINGAT_KONFIRMASI: (f) => ({
    subject: `Pengingat: konfirmasi kehadiran ${f.programName} Angkatan ${f.cohort}`,
    paragraphs: [
      `${f.programName} Angkatan ${f.cohort} dimulai pada ${tanggal(f.startDate)}, dan kami belum menerima konfirmasi kehadiran Anda.`,
      `Mohon konfirmasi kehadiran, unggah CV, dan isi rencana tindak lanjut paling lambat ${tanggal(f.confirmBy)}.`,
      { label: 'Buka undangan dan konfirmasi', href: f.link },
    ],
  }),
  SERTIFIKAT_TERBIT: (f) => ({
    subject: `Sertifikat kompetensi ${f.schemeName} Anda telah terbit`,
    paragraphs: [
      `Selamat. Sertifikat kompetensi teknis manajemen ASN jenjang ${f.schemeName} Anda dengan nomor ${f.registrationNumber} terbit pada ${tanggal(f.issuedOn)}.`,
      { label: 'Unduh sertifikat (masuk dengan akun Anda)', href: f.downloadLink },
      { label: 'Halaman verifikasi publik sertifikat', href: f.verificationLink },
    ],
  }),
  KUESIONER_MONEV: (f) => ({
    subject: `Kuesioner ${f.round}: ${f.programName}`,
    paragraphs: [
      `Sebagai bagian dari monitoring dan evaluasi ${f.programName}, mohon isi kuesioner ${f.round}.`,
      { label: 'Isi kuesioner', href: f.link },
      `Kuesioner dapat diisi sampai ${tanggal(f.dueDate)}.`,
    ],
  }),
  PENGINGAT_MONEV: (f) => ({
    subject: `Pengingat: kuesioner ${f.round} belum diisi`,
    paragraphs: [
      `Kami belum menerima kuesioner ${f.round} ${f.programName} dari Anda.`,
      { label: 'Isi kuesioner', href: f.link },
      `Kuesioner dapat diisi sampai ${tanggal(f.dueDate)}.`,
    ],
  }),
};

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const asText = (part: Part) => (typeof part === 'string' ? part : `${part.label}:\n${part.href}`);
const asHtml = (part: Part) =>
  typeof part === 'string'
    ? `<p>${escapeHtml(part)}</p>`
    : `<p><a href="${escapeHtml(part.href)}">${escapeHtml(part.label)}</a></p>`;

/**
 * The e-mail a notification request becomes, in Bahasa Indonesia: pure, the same words for the same message,
 * so a message retried renders what the first attempt would have sent. Values are escaped in the HTML.
 */
export function renderNotification(
  message: Pick<NotificationRequested, 'kind' | 'fields'> & { to: { name: string } },
): RenderedEmail {
  const letter = (LETTERS[message.kind] as (fields: NotificationRequested['fields']) => Letter)(
    message.fields,
  );
  const greeting = `Yth. ${message.to.name},`;
  const closing = ['Hormat kami,', SIGNATURE];
  const text = [greeting, ...letter.paragraphs.map(asText), closing.join('\n'), `--\n${NO_REPLY}`].join(
    '\n\n',
  );
  const html = [
    '<!DOCTYPE html>',
    '<html lang="id"><head><meta charset="utf-8"></head><body style="font-family: sans-serif">',
    `<p>${escapeHtml(greeting)}</p>`,
    ...letter.paragraphs.map(asHtml),
    `<p>${closing.map(escapeHtml).join('<br>')}</p>`,
    `<p style="color: #666; font-size: small">${escapeHtml(NO_REPLY)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: letter.subject, text, html };
}
