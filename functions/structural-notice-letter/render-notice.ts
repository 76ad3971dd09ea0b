import type { PDFDocument } from 'pdf-lib';
import type { StructuralNotice } from '../../events/api/structural-notice';
import { newDocument, startOfWibDay } from '../../adapters/pdf/document';
import { Sheet } from '../../adapters/pdf/sheet';
import { rentangTanggal, tanggal } from '../../adapters/pdf/text';

const HEADING = { labelWidth: 58, gap: 0 };
const SCHEDULE = { indent: 34, labelWidth: 56, gap: 0 };
/** The addressee's column starts a little past the middle, as in the Anak Lampiran. */
const ADDRESSEE_COLUMN = 0.56;

/** A numbered paragraph: its number at the margin, its text wrapped beside it. */
function numbered(sheet: Sheet, n: number, text: string, gap = 4): void {
  const top = sheet.y;
  sheet.text(`${n}.`, { gap: 0 });
  sheet.y = top;
  sheet.text(text, { indent: 18, gap });
}

/**
 * The notification letter of Perka BKN 11/2008 (Anak Lampiran, "Surat Pemberitahuan Pelaksanaan Penilaian
 * Kompetensi"), laid out as the template: the instansi and its UPK or TPK at the top (the letter is theirs, not
 * BKN's), place and date (1) top right; number (2), nature (3), attachment (4) and subject beside "Kepada Yth."
 * with the PNS's name, NIP, position and work unit (5), through the instansi's personnel official; paragraph 1 with
 * day (6), date (7), time (8) and place (9); paragraph 2; the position (10) and name (11) of the official who
 * notifies, with the electronic-signature notice. Everything printed, the PDF's dates included, comes from the
 * notice's data, so rendering the same notice twice gives the same bytes.
 */
export async function renderNotice(notice: StructuralNotice): Promise<PDFDocument> {
  const { letter } = notice;
  const { pdf, fonts } = await newDocument({
    title: `Pemberitahuan Penilaian Kompetensi ${letter.number}`,
    subject: letter.subject,
    dated: startOfWibDay(letter.letterDate),
  });
  const sheet = new Sheet(pdf, fonts);
  sheet.text(notice.instansiName.toUpperCase(), { font: fonts.bold, size: 13, align: 'center', gap: 0 });
  sheet.text(notice.unitName.toUpperCase(), { font: fonts.bold, size: 11, align: 'center', gap: 22 });
  sheet.text(`${letter.place}, ${tanggal(letter.letterDate)}`, { align: 'right', gap: 10 });

  const top = sheet.y;
  const column = sheet.width * ADDRESSEE_COLUMN;
  const left = { ...HEADING, width: column - 12 };
  sheet.field('Nomor', letter.number, left);
  sheet.field('Sifat', letter.nature, left);
  sheet.field('Lampiran', letter.attachment, left);
  sheet.field('Perihal', letter.subject, left);
  const headingBottom = sheet.y;
  sheet.y = top;
  const right = { indent: column, gap: 0 };
  const { addressee } = letter;
  sheet.text('Kepada', right);
  sheet.text(`Yth. Sdr. ${addressee.name}`, right);
  sheet.text(`NIP. ${addressee.nip}`, right);
  sheet.text(addressee.position, right);
  sheet.text(addressee.workUnit, { ...right, gap: 4 });
  sheet.text(`melalui Pejabat yang membidangi kepegawaian ${notice.instansiName}`, right);
  sheet.text('di tempat', right);
  sheet.y = Math.min(sheet.y, headingBottom) - 18;

  numbered(
    sheet,
    1,
    'Sehubungan dengan akan dilaksanakan penilaian kompetensi, diharapkan kehadiran Saudara pada :',
  );
  const oneDay = letter.endDate === letter.date;
  sheet.field('Hari', oneDay ? letter.day : `${letter.day} s.d. ${letter.endDay}`, SCHEDULE);
  sheet.field('Tanggal', rentangTanggal(letter.date, letter.endDate), SCHEDULE);
  sheet.field('Waktu', letter.time, SCHEDULE);
  sheet.field('Tempat', letter.venue, { ...SCHEDULE, gap: 8 });
  numbered(sheet, 2, 'Demikian untuk menjadi maklum dan atas kehadirannya diucapkan terima kasih.', 24);
  sheet.signature({ position: letter.signerPosition, name: letter.signerName, nip: letter.signerNip });
  sheet.finish();
  return pdf;
}
