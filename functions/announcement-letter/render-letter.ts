import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { Program } from '../../events/api/program';
import { SCHEMES } from '../../domain/reference/schemes';
import { wrapText } from '../shared/pdf-text';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 64;

const dateId = (iso: string) =>
  new Intl.DateTimeFormat('id-ID', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Asia/Jakarta',
  }).format(new Date(iso)) + ' WIB';

/**
 * The programme's announcement to instansi (surat pemberitahuan), after the 2019 Pusbang ASN letter: what the
 * programme offers and when candidates may be proposed (Perban BKN 7/2020 Pasal 31(1)a-c). Dates in WIB.
 * The PDF's dates are fixed to the request time, so rendering the same request twice gives the same bytes.
 */
export async function renderAnnouncementLetter(program: Program, requestedAt: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const fixed = new Date(requestedAt);
  pdf.setTitle(`Pemberitahuan ${program.name}`);
  pdf.setAuthor('Pusat Pengembangan ASN, Badan Kepegawaian Negara');
  pdf.setCreationDate(fixed);
  pdf.setModificationDate(fixed);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage(A4);
  const width = A4[0] - 2 * MARGIN;
  let y = A4[1] - MARGIN;

  const write = (text: string, options: { font?: typeof regular; size?: number; gap?: number } = {}) => {
    const font = options.font ?? regular;
    const size = options.size ?? 11;
    for (const line of wrapText(text, width, (s) => font.widthOfTextAtSize(s, size))) {
      page.drawText(line, { x: MARGIN, y, size, font, color: rgb(0, 0, 0) });
      y -= size * 1.4;
    }
    y -= options.gap ?? 4;
  };

  write('BADAN KEPEGAWAIAN NEGARA', { font: bold, size: 14, gap: 0 });
  write('PUSAT PENGEMBANGAN ASN', { font: bold, size: 12, gap: 16 });
  write('Sifat    : Segera', { gap: 0 });
  write('Lampiran : -', { gap: 0 });
  write(`Hal      : Pemberitahuan ${program.name}`, { gap: 16 });
  write('Yth. Pimpinan Instansi Pemerintah Pusat dan Daerah', { gap: 0 });
  write('di tempat', { gap: 16 });
  write(
    `Dalam rangka penyelenggaraan Sertifikasi Kompetensi Teknis Manajemen ASN sesuai Peraturan BKN Nomor 7 ` +
      `Tahun 2020, Badan Kepegawaian Negara menyelenggarakan ${program.name} tahun ${program.year} ` +
      `dengan skema sertifikasi berikut:`,
  );
  for (const code of program.schemes) write(`- ${SCHEMES[code].name}`, { gap: 0 });
  y -= 8;
  write(
    `Usulan calon peserta ditandatangani oleh pimpinan instansi dan disampaikan melalui layanan ini, atau ` +
      `melalui Kantor Regional BKN bagi Pemerintah Provinsi dan Kabupaten/Kota, mulai ${dateId(
        program.proposalWindow.opensAt,
      )} sampai dengan ${dateId(program.proposalWindow.closesAt)}.`,
  );
  write('Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.', { gap: 32 });
  write('Kepala Pusat Pengembangan ASN', { gap: 48 });
  write(`Nomor program: ${program.id}`, { size: 8 });
  return pdf.save({ useObjectStreams: false });
}
