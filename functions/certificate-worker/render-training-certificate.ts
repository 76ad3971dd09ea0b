import type { PDFDocument } from 'pdf-lib';
import type { TrainingCertificateRecord } from '../../events/api/certificate';
import { block, fittedBlock, type Block } from '../../adapters/pdf/blocks';
import { newDocument, startOfWibDay, type Fonts } from '../../adapters/pdf/document';
import { tanggal } from '../../adapters/pdf/text';
import { certificatePage, FRAME } from './pdf-kit';

export type TrainingCertificateData = Pick<
  TrainingCertificateRecord,
  'participant' | 'trainingType' | 'title' | 'jp' | 'completedOn' | 'cohort' | 'place' | 'signer'
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

function body(data: TrainingCertificateData, fonts: Fonts, scale: number): Block[] {
  const { regular, bold } = fonts;
  const centre = { align: 'center' } as const;
  const text = (value: string, options = {}) =>
    block(value, regular, 11.5 * scale, WIDTH, { ...centre, ...options });
  return [
    block('SERTIFIKAT PELATIHAN', bold, 25 * scale, WIDTH, centre),
    text('Diberikan kepada', { before: 10 * scale, after: 4 * scale }),
    fittedBlock(data.participant.name, bold, { max: 21 * scale, min: 12 * scale }, WIDTH, 2, centre),
    text(`NIP. ${data.participant.nip}`, { before: 2 * scale }),
    text(`Jabatan: ${data.participant.position}`, { after: 10 * scale }),
    text(`yang telah mengikuti ${TRAINING_TYPE_NAMES[data.trainingType]}`, { after: 4 * scale }),
    block(data.title, bold, 15 * scale, WIDTH, { ...centre, after: 4 * scale }),
    text(
      `Angkatan ${data.cohort}, selesai ${tanggal(data.completedOn)}, sebanyak ${data.jp} Jam Pelajaran (JP)`,
    ),
  ];
}

/**
 * The training certificate ("Sertifikat telah mengikuti pelatihan", seed 003) with what Peraturan LAN 6/2022
 * Pasal 34(1) requires: the participant's name, NIP and position, the type and title of the training, its JP,
 * and the signature of the authorised official of the organising institution. A long name, position or title
 * shrinks and wraps inside the frame. Pure and deterministic.
 */
export async function renderTrainingCertificate(data: TrainingCertificateData): Promise<PDFDocument> {
  const { pdf, fonts } = await newDocument({
    title: `Sertifikat Pelatihan ${data.participant.nip}`,
    subject: data.title,
    dated: startOfWibDay(data.completedOn),
  });
  certificatePage(pdf, fonts, {
    colour: BLUE,
    body: (scale) => body(data, fonts, scale),
    signer: { dated: `${data.place}, ${tanggal(data.completedOn)}`, ...data.signer },
  }).finish();
  return pdf;
}
