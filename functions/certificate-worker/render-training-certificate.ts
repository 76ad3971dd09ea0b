import type { PDFDocument } from 'pdf-lib';
import type { TrainingCertificateRecord } from '../../events/api/certificate';
import { block, fittedBlock, type Block } from '../../adapters/pdf/blocks';
import { newDocument, startOfWibDay, type Fonts } from '../../adapters/pdf/document';
import { Sheet } from '../../adapters/pdf/sheet';
import { tanggal } from '../../adapters/pdf/text';
import { titleWithLevel } from '../../domain/certificate/training-certificate';
import { A4_LANDSCAPE, certificatePage, drawFrame, FRAME, verificationCode } from './pdf-kit';

export type TrainingCertificateData = Pick<
  TrainingCertificateRecord,
  | 'participant'
  | 'trainingType'
  | 'title'
  | 'jp'
  | 'completedOn'
  | 'cohort'
  | 'place'
  | 'signer'
  | 'number'
  | 'verificationUrl'
  | 'issuedOn'
  | 'level'
  | 'startDate'
  | 'endDate'
  | 'venue'
  | 'instansi'
  | 'modules'
  | 'hours'
>;

const TRAINING_TYPE_NAMES: Record<TrainingCertificateData['trainingType'], string> = {
  KEPEMIMPINAN: 'Pelatihan Struktural/Kepemimpinan',
  TEKNIS: 'Pelatihan Teknis',
  FUNGSIONAL: 'Pelatihan Fungsional',
  SOSIAL_KULTURAL: 'Pelatihan Sosial Kultural',
  E_LEARNING: 'E-Learning/Pelatihan Mandiri',
};

const BLUE = [0.1, 0.3, 0.55] as const;
const WIDTH = FRAME.content.right - FRAME.content.left;

/** "29 Juli s.d. 9 Agustus 2027", or the completion day alone for a record issued before dates were kept. */
const period = (data: TrainingCertificateData) =>
  data.startDate && data.endDate
    ? `${tanggal(data.startDate)} s.d. ${tanggal(data.endDate)}`
    : `selesai ${tanggal(data.completedOn)}`;

function body(data: TrainingCertificateData, fonts: Fonts, scale: number): Block[] {
  const { regular, bold } = fonts;
  const centre = { align: 'center' } as const;
  const text = (value: string, options = {}) =>
    block(value, regular, 11.5 * scale, WIDTH, { ...centre, ...options });
  const title = data.level ? titleWithLevel(data.title, data.level) : data.title;
  return [
    block('SERTIFIKAT PELATIHAN', bold, 25 * scale, WIDTH, centre),
    ...(data.number ? [text(`Nomor: ${data.number}`, { after: 6 * scale })] : []),
    text('Diberikan kepada', { before: 4 * scale, after: 4 * scale }),
    fittedBlock(data.participant.name, bold, { max: 21 * scale, min: 12 * scale }, WIDTH, 2, centre),
    text(`NIP. ${data.participant.nip}`, { before: 2 * scale }),
    text(`Jabatan: ${data.participant.position}`),
    ...(data.instansi ? [text(`Instansi: ${data.instansi.name}`)] : []),
    text(`yang telah mengikuti ${TRAINING_TYPE_NAMES[data.trainingType]}`, {
      before: 8 * scale,
      after: 4 * scale,
    }),
    block(title, bold, 15 * scale, WIDTH, { ...centre, after: 4 * scale }),
    text(`Angkatan ${data.cohort}, ${period(data)}${data.venue ? `, di ${data.venue}` : ''},`),
    text(`sebanyak ${data.jp} Jam Pelajaran (JP)`),
  ];
}

/** The back page: the modules of the jenjang and how the JP were earned (e-learning, class, evaluation). */
function curriculumPage(pdf: PDFDocument, fonts: Fonts, data: TrainingCertificateData): void {
  const back = new Sheet(pdf, fonts, {
    size: A4_LANDSCAPE,
    margin: FRAME.content.left,
    decorate: (canvas) => drawFrame(canvas, BLUE),
  });
  back.text('MATERI PELATIHAN', { font: fonts.bold, size: 16, align: 'center', gap: 2 });
  back.text(`Nomor: ${data.number}`, { size: 11, align: 'center', gap: 0 });
  back.text(`${data.participant.name}, NIP. ${data.participant.nip}`, { size: 11, align: 'center', gap: 12 });
  back.table(
    [
      { title: 'No', width: 32 },
      { title: 'Kode', width: 110 },
      { title: 'Modul', width: back.width - 142 },
    ],
    (data.modules ?? []).map((module, i) => [String(i + 1), module.code, module.title]),
    { size: 10, headerSize: 10, align: ['center', 'left', 'left'] },
  );
  back.table(
    [
      { title: 'Metode pembelajaran', width: back.width - 120 },
      { title: 'JP', width: 120 },
    ],
    [...(data.hours ?? []).map((hour) => [hour.name, String(hour.jp)]), ['Jumlah', String(data.jp)]],
    { size: 10, headerSize: 10, align: ['left', 'center'] },
  );
  back.finish();
}

/**
 * The training certificate ("Sertifikat telah mengikuti pelatihan", seed 003) with what Peraturan LAN 6/2022
 * Pasal 34(1) requires (the participant's name, NIP and position, the type and title of the training, its JP,
 * the signature of the authorised official) and what makes it a document of its own: its number and the QR code
 * of its public verification, the jenjang in its title, the cohort's dates and venue, the instansi, and on the
 * back the modules with the JP. A record issued before these were kept prints what it holds. A long name,
 * position or title shrinks and wraps inside the frame. Pure and deterministic.
 */
export async function renderTrainingCertificate(data: TrainingCertificateData): Promise<PDFDocument> {
  const { pdf, fonts } = await newDocument({
    title: `Sertifikat Pelatihan ${data.number ?? data.participant.nip}`,
    subject: data.title,
    dated: startOfWibDay(data.issuedOn ?? data.completedOn),
  });
  certificatePage(pdf, fonts, {
    colour: BLUE,
    body: (scale) => body(data, fonts, scale),
    signer: { dated: `${data.place}, ${tanggal(data.issuedOn ?? data.completedOn)}`, ...data.signer },
    ...(data.verificationUrl ? { bottomLeft: verificationCode(data.verificationUrl, fonts) } : {}),
  }).finish();
  if (data.number && data.modules?.length) curriculumPage(pdf, fonts, data);
  return pdf;
}
