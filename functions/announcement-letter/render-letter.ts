import type { PDFDocument } from 'pdf-lib';
import type { AnnouncementLetterDetails, Program } from '../../events/api/program';
import { POSITIONS } from '../../domain/reference/positions';
import { SCHEMES, type SchemeCode } from '../../domain/reference/schemes';
import { dateInWib } from '../../domain/shared/dates';
import { newDocument } from '../../adapters/pdf/document';
import { Sheet } from '../../adapters/pdf/sheet';
import { rentangTanggal, tanggal } from '../../adapters/pdf/text';

const dateId = (iso: string) =>
  new Intl.DateTimeFormat('id-ID', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Asia/Jakarta',
  }).format(new Date(iso)) + ' WIB';

const HEADING = { labelWidth: 56, gap: 0 };

/** "Administrator" for a position scheme; the scheme's name for the mentor and counsellor schemes. */
function levelOf(code: SchemeCode): string {
  const { position, name } = SCHEMES[code];
  return position ? POSITIONS[position].label : name;
}

/** Lampiran: the schedule of the programme's cohorts, as the 2019 letter's "Jadwal Pelatihan dan Sertifikasi". */
function schedule(sheet: Sheet, program: Program, letter: AnnouncementLetterDetails, date: string): void {
  const { bold } = sheet.fonts;
  sheet.newPage();
  const small = { indent: sheet.width / 2, size: 9, gap: 0 };
  sheet.text('Lampiran Surat Pemberitahuan', small);
  sheet.field('Nomor', letter.number, { ...small, labelWidth: 40 });
  sheet.field('Tanggal', tanggal(date), { ...small, labelWidth: 40, gap: 16 });
  sheet.text(`JADWAL ${program.name.toUpperCase()}`, { font: bold, size: 12, align: 'center', gap: 10 });
  const w = sheet.width;
  sheet.table(
    [
      { title: 'No', width: 28 },
      { title: 'Angkatan', width: 56 },
      { title: 'Jenjang/Skema', width: w - 28 - 56 - 62 - 150 },
      { title: 'Jumlah Peserta', width: 62 },
      { title: 'Tanggal Pelaksanaan', width: 150 },
    ],
    [...program.cohortPlan]
      .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.number - b.number)
      .map((cohort, i) => [
        String(i + 1),
        String(cohort.number),
        levelOf(cohort.scheme),
        String(cohort.capacity),
        rentangTanggal(cohort.startDate, cohort.endDate),
      ]),
    { size: 9.5, headerSize: 9.5, align: ['center', 'center', 'left', 'center', 'left'] },
  );
  sheet.signature(letter.signer);
}

/**
 * The programme's announcement to instansi (surat pemberitahuan), after the 2019 Pusbang ASN letter: under the
 * agency's letterhead, its number, place and date (the day it was requested, in WIB), what the programme offers
 * and when candidates may be proposed (Perban BKN 7/2020 Pasal 31(1)a-c), the signer's block, and as its
 * attachment the schedule of the programme's cohorts. No internal identifier is printed. The PDF's dates are
 * fixed to the request time, so rendering the same request twice gives the same bytes.
 */
export async function renderAnnouncementLetter(
  program: Program,
  letter: AnnouncementLetterDetails,
  requestedAt: string,
): Promise<PDFDocument> {
  const { pdf, fonts } = await newDocument({
    title: `Pemberitahuan ${program.name}`,
    dated: new Date(requestedAt),
  });
  const date = dateInWib(new Date(requestedAt));
  const withSchedule = program.cohortPlan.length > 0;
  const sheet = new Sheet(pdf, fonts);
  sheet.letterhead();
  sheet.text(`${letter.place}, ${tanggal(date)}`, { align: 'right', gap: 6 });
  sheet.field('Nomor', letter.number, HEADING);
  sheet.field('Sifat', 'Segera', HEADING);
  sheet.field('Lampiran', withSchedule ? '1 (satu) berkas' : '-', HEADING);
  sheet.field('Hal', `Pemberitahuan ${program.name}`, { ...HEADING, gap: 14 });
  sheet.text('Yth. Pimpinan Instansi Pemerintah Pusat dan Daerah', { gap: 0 });
  sheet.text('di tempat', { gap: 14 });
  sheet.text(
    `Dalam rangka penyelenggaraan Sertifikasi Kompetensi Teknis Manajemen ASN sesuai Peraturan BKN Nomor 7 ` +
      `Tahun 2020, Badan Kepegawaian Negara menyelenggarakan ${program.name} tahun ${program.year} ` +
      `dengan skema sertifikasi berikut:`,
  );
  for (const code of program.schemes) sheet.text(`- ${SCHEMES[code].name}`, { indent: 12, gap: 0 });
  sheet.y -= 8;
  sheet.text(
    `Usulan calon peserta ditandatangani oleh pimpinan instansi dan disampaikan melalui layanan ini, atau ` +
      `melalui Kantor Regional BKN bagi Pemerintah Provinsi dan Kabupaten/Kota, mulai ${dateId(
        program.proposalWindow.opensAt,
      )} sampai dengan ${dateId(program.proposalWindow.closesAt)}.` +
      (withSchedule ? ' Jadwal angkatan pelatihan dan sertifikasi terlampir.' : ''),
  );
  sheet.text('Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.', { gap: 20 });
  sheet.signature(letter.signer);
  if (withSchedule) schedule(sheet, program, letter, date);
  sheet.finish();
  return pdf;
}
