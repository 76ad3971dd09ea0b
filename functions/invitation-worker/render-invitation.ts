import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';
import type { InvitationLetter } from '../../events/api/invitation';
import { encodable, tanggal, wrapText } from '../shared/pdf-text';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 64;
/**
 * The invitation of one participant, laid out as the notification letter of Perka BKN 11/2008 (Anak Lampiran):
 * place and date (1), number (2), nature (3), attachment (4), the participant (5), day (6), date (7), time (8),
 * place (9), signer's position (10) and name (11). Everything printed, the PDF's dates included, comes from the
 * letter's data, so rendering the same letter twice gives the same bytes.
 */
export async function renderInvitation(letter: InvitationLetter): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const fixed = new Date(`${letter.letterDate}T00:00:00+07:00`);
  pdf.setTitle(`Undangan ${letter.number}`);
  pdf.setAuthor('Pusat Pengembangan ASN, Badan Kepegawaian Negara');
  pdf.setSubject(letter.subject);
  pdf.setProducer('sertifikasi-kompetensi-asn');
  pdf.setCreator('sertifikasi-kompetensi-asn');
  pdf.setCreationDate(fixed);
  pdf.setModificationDate(fixed);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage(A4);
  const width = A4[0] - 2 * MARGIN;
  let y = A4[1] - MARGIN;

  const write = (
    text: string,
    options: { font?: PDFFont; size?: number; gap?: number; indent?: number } = {},
  ) => {
    const font = options.font ?? regular;
    const size = options.size ?? 11;
    const indent = options.indent ?? 0;
    const safe = encodable(font, text);
    for (const line of wrapText(safe, width - indent, (s) => font.widthOfTextAtSize(s, size))) {
      page.drawText(line, { x: MARGIN + indent, y, size, font, color: rgb(0, 0, 0) });
      y -= size * 1.4;
    }
    y -= options.gap ?? 4;
  };
  const row = (label: string, value: string, gap = 0) => {
    const safe = encodable(regular, value);
    page.drawText(label, { x: MARGIN + 16, y, size: 11, font: regular });
    page.drawText(':', { x: MARGIN + 110, y, size: 11, font: regular });
    const lines = wrapText(safe, width - 126, (s) => regular.widthOfTextAtSize(s, 11));
    for (const line of lines) {
      page.drawText(line, { x: MARGIN + 120, y, size: 11, font: regular });
      y -= 11 * 1.4;
    }
    y -= gap;
  };

  write('BADAN KEPEGAWAIAN NEGARA', { font: bold, size: 14, gap: 0 });
  write('PUSAT PENGEMBANGAN APARATUR SIPIL NEGARA', { font: bold, size: 12, gap: 16 });
  const dated = `${letter.place}, ${tanggal(letter.letterDate)}`;
  page.drawText(encodable(regular, dated), {
    x: A4[0] - MARGIN - regular.widthOfTextAtSize(encodable(regular, dated), 11),
    y,
    size: 11,
    font: regular,
  });
  y -= 20;
  write(`Nomor    : ${letter.number}`, { gap: 0 });
  write(`Sifat    : ${letter.nature}`, { gap: 0 });
  write(`Lampiran : ${letter.attachment}`, { gap: 0 });
  write(`Hal      : ${letter.subject}`, { gap: 16 });
  write('Yth. Saudara yang namanya tersebut di bawah ini', { gap: 0 });
  write('melalui Pejabat yang membidangi kepegawaian instansi Saudara', { gap: 16 });
  write('Dengan hormat, bersama ini kami beritahukan bahwa Saudara:', { gap: 4 });
  row('Nama', letter.addressee.name);
  row('NIP', letter.addressee.nip);
  row('Jabatan', letter.addressee.position);
  row('Unit kerja', letter.addressee.workUnit, 8);
  write(
    `ditetapkan sebagai peserta dan diundang mengikuti pelatihan dan sertifikasi kompetensi Angkatan ${letter.cohort}, yang akan dilaksanakan pada:`,
    { gap: 4 },
  );
  const until = letter.endDate === letter.date ? '' : ` s.d. ${tanggal(letter.endDate)}`;
  row('Hari', letter.day);
  row('Tanggal', `${tanggal(letter.date)}${until}`);
  row('Waktu', letter.time);
  row('Tempat', letter.venue, 8);
  write(
    'Demikian pemberitahuan ini kami sampaikan. Atas perhatian dan kehadiran Saudara, kami ucapkan terima kasih.',
    { gap: 32 },
  );
  write(letter.signer.position, { indent: width / 2, gap: 48 });
  write(letter.signer.name, { indent: width / 2, font: bold, gap: 24 });
  return pdf.save({ useObjectStreams: false });
}
