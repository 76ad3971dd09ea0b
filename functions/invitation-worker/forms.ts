import type { InvitationLetter } from '../../events/api/invitation';
import { tanggal } from '../../adapters/pdf/text';
import { block, LEADING } from '../../adapters/pdf/blocks';
import type { Cell, Sheet } from '../../adapters/pdf/sheet';

/*
 * The forms the invitation carries (Panduan Pusbang ASN BKN 2019, Timeline Pelatihan No 3: "Undangan peserta,
 * terlampir formulir Riwayat Pekerjaan & Rencana Tindak Lanjut (Action Plan)"), each from a new page, filled
 * with what the letter knows of the participant and ruled lines for the rest.
 */

const reference = (roman: string, letter: InvitationLetter) =>
  `Lampiran ${roman} Surat Undangan Angkatan ${letter.cohort}`;

/** The reference the first page of an attachment carries back to its letter, and the form's title. */
function attachmentHeading(sheet: Sheet, roman: string, letter: InvitationLetter, title: string): void {
  sheet.newPage();
  const indent = sheet.width / 2;
  const small = { indent, size: 9, gap: 0 };
  sheet.text(reference(roman, letter), small);
  sheet.field('Nomor', letter.number, { ...small, labelWidth: 36 });
  sheet.field('Tanggal', tanggal(letter.letterDate), { ...small, labelWidth: 36, gap: 16 });
  sheet.text(title, { font: sheet.fonts.bold, size: 13, align: 'center', gap: 2 });
  sheet.text(letter.subject, { size: 10, align: 'center', gap: 14 });
}

const unitOf = ({ addressee }: InvitationLetter) =>
  [addressee.workUnit, addressee.instansi].filter(Boolean).join(', ');

/** A section's title, moved to the next page with what follows it when fewer than 80 points are left. */
const section = (sheet: Sheet, title: string) => {
  sheet.ensure(80);
  sheet.text(title, { font: sheet.fonts.bold, size: 10.5, gap: 4 });
};

/** Rows numbered from `from` to `to`, blank otherwise. */
const numbered = (from: number, to: number): Cell[][] =>
  Array.from({ length: to - from + 1 }, (_, i) => [String(from + i)]);

/** Lampiran I: the work history (CV) the participant uploads when confirming. */
export function workHistoryForm(sheet: Sheet, letter: InvitationLetter): void {
  const { addressee } = letter;
  attachmentHeading(sheet, 'I', letter, 'FORMULIR RIWAYAT PEKERJAAN');
  section(sheet, 'A. Identitas Peserta');
  const field = { indent: 14, labelWidth: 110, size: 10, gap: 3 };
  sheet.field('Nama', addressee.name, field);
  sheet.field('NIP', addressee.nip, field);
  sheet.field('Pangkat/Golongan', addressee.rank, field);
  sheet.field('Jabatan', addressee.position, field);
  sheet.field('Unit Kerja', addressee.workUnit, field);
  sheet.field('Instansi', addressee.instansi, field);
  sheet.field('HP / Email', undefined, { ...field, gap: 10 });

  section(sheet, 'B. Riwayat Jabatan/Pekerjaan (mulai dari jabatan saat ini)');
  const w = sheet.width;
  sheet.table(
    [
      { title: 'No', width: 24 },
      { title: 'Jabatan/Pekerjaan', width: w * 0.27 },
      { title: 'Unit Kerja/Instansi', width: w * 0.25 },
      { title: 'Periode (TMT s.d.)', width: w * 0.16 },
      { title: 'Uraian Tugas di Bidang Kepegawaian', width: w * 0.32 - 24 },
    ],
    [['1', addressee.position, unitOf(letter), '... s.d. sekarang'], ...numbered(2, 5)],
    { minLines: 1.6 },
  );

  section(sheet, 'C. Pelatihan di Bidang Manajemen ASN/Kepegawaian');
  sheet.table(
    [
      { title: 'No', width: 24 },
      { title: 'Nama Pelatihan', width: w * 0.4 },
      { title: 'Penyelenggara', width: w * 0.3 },
      { title: 'Tahun', width: w * 0.12 },
      { title: 'JP', width: w * 0.18 - 24 },
    ],
    numbered(1, 3),
    { minLines: 1 },
  );
  signature(
    sheet,
    addressee.name,
    addressee.nip,
    'Demikian riwayat pekerjaan ini saya buat dengan sebenarnya.',
  );
}

const TERMS = [
  'Jangka Pendek (s.d. 3 bulan)',
  'Jangka Menengah (s.d. 6 bulan)',
  'Jangka Panjang (s.d. 12 bulan)',
];
const TIMELINE_WEEKS = 12;

/**
 * Lampiran II: the action plan form of the handbook (Rencana Tindak Lanjut, contoh 1.a-1.d): the participant's
 * identity, the plan (title, background, problem, goals, benefits), its milestones by term with activity,
 * duration and target output, and the weekly timeline.
 */
export function actionPlanForm(sheet: Sheet, letter: InvitationLetter): void {
  const { addressee } = letter;
  const w = sheet.width;
  const labels = { title: '', width: w * 0.3 };
  const values = { title: '', width: w * 0.7 };
  attachmentHeading(sheet, 'II', letter, 'FORMULIR RENCANA TINDAK LANJUT (ACTION PLAN)');
  section(sheet, 'a. Identitas Peserta');
  sheet.table(
    [
      { ...labels, title: 'Isian' },
      { ...values, title: 'Keterangan' },
    ],
    [
      ['Nama', addressee.name],
      ['Jabatan', addressee.position],
      ['Unit Kerja/Instansi', unitOf(letter)],
      ['HP / Email', undefined],
      ['Mentor/Atasan Langsung', undefined],
    ],
    { size: 10, headerSize: 9 },
  );

  section(sheet, 'b. Rencana Tindak Lanjut (Action Plan)');
  sheet.table(
    [
      { ...labels, title: 'Isian' },
      { ...values, title: 'Uraian' },
    ],
    [
      ['Judul', undefined],
      ['Latar Belakang', undefined],
      ['Pokok Permasalahan', undefined],
      ['Tujuan', undefined],
      ['Manfaat', undefined],
    ],
    { size: 10, headerSize: 9, minLines: 4 },
  );

  sheet.newPage();
  sheet.text(`${reference('II', letter)} (lanjutan)`, { indent: w / 2, size: 9, gap: 12 });
  section(sheet, 'c. Langkah Kerja/Milestones');
  sheet.table(
    [
      { title: 'Jangka Waktu', width: w * 0.2 },
      { title: 'Kegiatan', width: w * 0.3 },
      { title: 'Durasi* (Hari/ Minggu/ Bulan)', width: w * 0.18 },
      { title: 'Target Capaian/Output', width: w * 0.32 },
    ],
    TERMS.flatMap((term): Cell[][] => [[term], [], []]),
    { minLines: 1.6 },
  );
  sheet.text('*) Durasi berbasis mingguan dan bulanan serta dibuat dalam bentuk timeline.', {
    size: 8.5,
    gap: 10,
  });

  section(sheet, 'd. Timeline Langkah Kerja/Milestones (minggu ke-)');
  const week = 22;
  sheet.table(
    [
      { title: 'Kegiatan', width: w - TIMELINE_WEEKS * week },
      ...Array.from({ length: TIMELINE_WEEKS }, (_, i) => ({ title: String(i + 1), width: week })),
    ],
    Array.from({ length: 6 }, (): Cell[] => []),
    { minLines: 1.6 },
  );
  signature(sheet, addressee.name, addressee.nip, 'Rencana tindak lanjut ini saya susun untuk dilaksanakan.');
}

/** Place and date left to fill in, and the participant's name and NIP to sign above. */
function signature(sheet: Sheet, name: string, nip: string, statement: string): void {
  const indent = sheet.width / 2;
  // The whole block on one page: statement, place and date, the space to sign, name (however long) and NIP.
  const nameLines = block(name, sheet.fonts.bold, 10, sheet.width - indent).lines.length;
  sheet.ensure((4 + nameLines) * 10 * LEADING + 50);
  sheet.text(statement, { size: 10, gap: 8 });
  const right = { indent, size: 10, gap: 0 };
  sheet.text('..............................., ........................', right);
  sheet.text('Peserta,', { ...right, gap: 34 });
  sheet.text(name, { ...right, font: sheet.fonts.bold });
  sheet.text(`NIP. ${nip}`, right);
}
