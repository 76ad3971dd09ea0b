import type { PDFDocument } from 'pdf-lib';
import type { Program } from '../../events/api/program';
import { SCHEMES } from '../../domain/reference/schemes';
import { newDocument } from '../../adapters/pdf/document';
import { Sheet } from '../../adapters/pdf/sheet';

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
export async function renderAnnouncementLetter(program: Program, requestedAt: string): Promise<PDFDocument> {
  const { pdf, fonts } = await newDocument({
    title: `Pemberitahuan ${program.name}`,
    dated: new Date(requestedAt),
  });
  const { bold } = fonts;
  const sheet = new Sheet(pdf, fonts, MARGIN);

  sheet.text('BADAN KEPEGAWAIAN NEGARA', { font: bold, size: 14, gap: 0 });
  sheet.text('PUSAT PENGEMBANGAN ASN', { font: bold, size: 12, gap: 16 });
  sheet.text('Sifat    : Segera', { gap: 0 });
  sheet.text('Lampiran : -', { gap: 0 });
  sheet.text(`Hal      : Pemberitahuan ${program.name}`, { gap: 16 });
  sheet.text('Yth. Pimpinan Instansi Pemerintah Pusat dan Daerah', { gap: 0 });
  sheet.text('di tempat', { gap: 16 });
  sheet.text(
    `Dalam rangka penyelenggaraan Sertifikasi Kompetensi Teknis Manajemen ASN sesuai Peraturan BKN Nomor 7 ` +
      `Tahun 2020, Badan Kepegawaian Negara menyelenggarakan ${program.name} tahun ${program.year} ` +
      `dengan skema sertifikasi berikut:`,
  );
  for (const code of program.schemes) sheet.text(`- ${SCHEMES[code].name}`, { gap: 0 });
  sheet.y -= 8;
  sheet.text(
    `Usulan calon peserta ditandatangani oleh pimpinan instansi dan disampaikan melalui layanan ini, atau ` +
      `melalui Kantor Regional BKN bagi Pemerintah Provinsi dan Kabupaten/Kota, mulai ${dateId(
        program.proposalWindow.opensAt,
      )} sampai dengan ${dateId(program.proposalWindow.closesAt)}.`,
  );
  sheet.text('Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.', { gap: 32 });
  sheet.text('Kepala Pusat Pengembangan ASN', { gap: 48 });
  sheet.text(`Nomor program: ${program.id}`, { size: 8 });
  sheet.finish();
  return pdf;
}
