import type { PDFDocument } from 'pdf-lib';
import { rgb } from 'pdf-lib';
import type { TrainingCertificateRecord } from '../../events/api/certificate';
import { newDocument, startOfWibDay } from '../../adapters/pdf/document';
import { tanggal } from '../../adapters/pdf/text';
import { A4_LANDSCAPE, centred, left } from './pdf-kit';

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

const [W, H] = A4_LANDSCAPE;

/**
 * The training certificate ("Sertifikat telah mengikuti pelatihan", seed 003) with what Peraturan LAN 6/2022
 * Pasal 34(1) requires: the participant's name, NIP and position, the type and title of the training, its JP,
 * and the signature of the authorised official of the organising institution. Pure and deterministic.
 */
export async function renderTrainingCertificate(data: TrainingCertificateData): Promise<PDFDocument> {
  const { pdf, fonts } = await newDocument({
    title: `Sertifikat Pelatihan ${data.participant.nip}`,
    subject: data.title,
    dated: startOfWibDay(data.completedOn),
  });
  const { regular, bold } = fonts;
  const page = pdf.addPage(A4_LANDSCAPE);
  page.drawRectangle({
    x: 24,
    y: 24,
    width: W - 48,
    height: H - 48,
    borderColor: rgb(0.1, 0.3, 0.55),
    borderWidth: 3,
  });
  centred(page, 'BADAN KEPEGAWAIAN NEGARA', H - 80, bold, 18);
  centred(page, 'PUSAT PENGEMBANGAN APARATUR SIPIL NEGARA', H - 102, regular, 13);
  centred(page, 'SERTIFIKAT PELATIHAN', H - 140, bold, 24);
  centred(page, 'Diberikan kepada', H - 176, regular, 12);
  centred(page, data.participant.name, H - 204, bold, 20);
  centred(page, `NIP. ${data.participant.nip}`, H - 224, regular, 12);
  centred(page, `Jabatan: ${data.participant.position}`, H - 242, regular, 12);
  centred(page, `yang telah mengikuti ${TRAINING_TYPE_NAMES[data.trainingType]}`, H - 272, regular, 12);
  centred(page, data.title, H - 296, bold, 15);
  centred(
    page,
    `Angkatan ${data.cohort}, selesai ${tanggal(data.completedOn)}, sebanyak ${data.jp} Jam Pelajaran (JP)`,
    H - 318,
    regular,
    12,
  );
  const x = W - 56 - 270;
  left(page, `${data.place}, ${tanggal(data.completedOn)}`, x, 172, regular, 11);
  left(page, data.signer.position, x, 157, regular, 11);
  left(page, data.signer.institution, x, 143, regular, 11);
  left(page, data.signer.name, x, 85, bold, 11);
  if (data.signer.nip) left(page, `NIP. ${data.signer.nip}`, x, 71, regular, 10);
  return pdf;
}
