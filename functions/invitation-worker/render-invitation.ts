import type { PDFDocument } from 'pdf-lib';
import type { InvitationLetter } from '../../events/api/invitation';
import { newDocument, startOfWibDay } from '../../adapters/pdf/document';
import { Sheet } from '../../adapters/pdf/sheet';
import { tanggal } from '../../adapters/pdf/text';
import { actionPlanForm, workHistoryForm } from './forms';

/**
 * The invitation of one participant, laid out as the notification letter of Perka BKN 11/2008 (Anak Lampiran):
 * place and date (1), number (2), nature (3), attachment (4), the participant (5), day (6), date (7), time (8),
 * place (9), signer's position (10) and name (11) with the electronic-signature notice, under the agency's
 * letterhead; then its attachments, the work history (CV) and action plan
 * forms, on the following pages of the same PDF. Everything printed, the PDF's dates included, comes from the
 * letter's data, so rendering the same letter twice gives the same bytes.
 */
export async function renderInvitation(letter: InvitationLetter): Promise<PDFDocument> {
  const { pdf, fonts } = await newDocument({
    title: `Undangan ${letter.number}`,
    subject: letter.subject,
    dated: startOfWibDay(letter.letterDate),
  });
  const sheet = new Sheet(pdf, fonts);
  writeLetter(sheet, letter);
  workHistoryForm(sheet, letter);
  actionPlanForm(sheet, letter);
  sheet.finish();
  return pdf;
}

function writeLetter(sheet: Sheet, letter: InvitationLetter): void {
  const { addressee } = letter;
  sheet.letterhead();
  sheet.text(`${letter.place}, ${tanggal(letter.letterDate)}`, { align: 'right', gap: 6 });
  const heading = { labelWidth: 56, gap: 0 };
  sheet.field('Nomor', letter.number, heading);
  sheet.field('Sifat', letter.nature, heading);
  sheet.field('Lampiran', letter.attachment, heading);
  sheet.field('Hal', letter.subject, { ...heading, gap: 14 });
  sheet.text('Yth. Saudara yang namanya tersebut di bawah ini', { gap: 0 });
  const official = addressee.instansi ? ` ${addressee.instansi}` : ' instansi Saudara';
  sheet.text(`melalui Pejabat yang membidangi kepegawaian${official}`, { gap: 14 });
  sheet.text('Dengan hormat, bersama ini kami beritahukan bahwa Saudara:', { gap: 4 });
  const block = { indent: 16, labelWidth: 90, gap: 0 };
  sheet.field('Nama', addressee.name, block);
  sheet.field('NIP', addressee.nip, block);
  sheet.field('Jabatan', addressee.position, block);
  sheet.field('Unit kerja', addressee.workUnit, { ...block, gap: 8 });
  sheet.text(
    `ditetapkan sebagai peserta dan diundang mengikuti pelatihan dan sertifikasi kompetensi Angkatan ${letter.cohort}, yang akan dilaksanakan pada:`,
    { gap: 4 },
  );
  const until = letter.endDate === letter.date ? '' : ` s.d. ${tanggal(letter.endDate)}`;
  sheet.field('Hari', letter.day, block);
  sheet.field('Tanggal', `${tanggal(letter.date)}${until}`, block);
  sheet.field('Waktu', letter.time, block);
  sheet.field('Tempat', letter.venue, { ...block, gap: 8 });
  sheet.text(
    'Formulir Riwayat Pekerjaan dan Rencana Tindak Lanjut (Action Plan) terlampir mohon diisi dan diunggah ' +
      'pada saat konfirmasi dan pendaftaran peserta secara online, sebelum angkatan dimulai.',
    { gap: 4 },
  );
  sheet.text(
    'Demikian pemberitahuan ini kami sampaikan. Atas perhatian dan kehadiran Saudara, kami ucapkan terima kasih.',
    { gap: 20 },
  );
  sheet.signature(letter.signer);
}
