import { rgb, type PDFPage } from 'pdf-lib';
import { SCHEMES } from '../../domain/reference/schemes';
import type { CompetencyCertificateRecord } from '../../events/api/certificate';
import { newDocument, startOfWibDay, type Fonts } from '../../adapters/pdf/document';
import { tanggal, wrapText } from '../../adapters/pdf/text';
import { A4_LANDSCAPE, centred, drawQrCode, left, savePdf } from './pdf-kit';

/** What the competency certificate prints; all of it is recorded with the certificate, so it renders again the same. */
export type CompetencyCertificateData = Pick<
  CompetencyCertificateRecord,
  | 'registrationNumber'
  | 'version'
  | 'holder'
  | 'scheme'
  | 'level'
  | 'qualification'
  | 'requiredUnitCount'
  | 'units'
  | 'place'
  | 'issuedOn'
  | 'signatures'
  | 'verificationUrl'
  | 'supersedes'
>;

const [W, H] = A4_LANDSCAPE;
const MARGIN = 56;

function signatureBlock(
  page: PDFPage,
  fonts: Fonts,
  x: number,
  y: number,
  place: string,
  issuedOn: string,
  signer: CompetencyCertificateData['signatures']['front'],
): void {
  left(page, `${place}, ${tanggal(issuedOn)}`, x, y, fonts.regular, 11);
  let line = y - 15;
  for (const part of wrapText(signer.position, 300, (s) => fonts.regular.widthOfTextAtSize(s, 11))) {
    left(page, part, x, line, fonts.regular, 11);
    line -= 14;
  }
  left(page, signer.name, x, line - 44, fonts.bold, 11);
  if (signer.nip) left(page, `NIP. ${signer.nip}`, x, line - 58, fonts.regular, 10);
}

function frame(page: PDFPage): void {
  page.drawRectangle({
    x: 24,
    y: 24,
    width: W - 48,
    height: H - 48,
    borderColor: rgb(0.55, 0.42, 0.1),
    borderWidth: 3,
  });
}

/**
 * The competency certificate (Perban BKN 7/2020 Pasal 34(3)), laid out as the 2019 programme's sample: the front
 * states the holder competent in the scheme (a), is signed by the Head of BKN (b) and carries the registration
 * number (d) and a QR code to the public verification page; the back lists the competent units by code and
 * title, signed by the head of Pusbang ASN (c). Pure: the same data gives the same bytes.
 */
export async function renderCompetencyCertificate(data: CompetencyCertificateData): Promise<Uint8Array> {
  const { pdf, fonts } = await newDocument({
    title: `Sertifikat Kompetensi ${data.registrationNumber}`,
    subject: SCHEMES[data.scheme].name,
    dated: startOfWibDay(data.issuedOn),
  });
  const { regular, bold } = fonts;

  const front = pdf.addPage(A4_LANDSCAPE);
  frame(front);
  centred(front, 'BADAN KEPEGAWAIAN NEGARA', H - 80, bold, 18);
  centred(front, 'PUSAT PENGEMBANGAN APARATUR SIPIL NEGARA', H - 102, regular, 13);
  centred(front, 'SERTIFIKAT KOMPETENSI', H - 140, bold, 24);
  centred(front, `Nomor Registrasi: ${data.registrationNumber}`, H - 162, regular, 12);
  centred(front, 'Dengan ini menyatakan bahwa', H - 196, regular, 12);
  centred(front, data.holder.name, H - 224, bold, 20);
  centred(front, `NIP. ${data.holder.nip}`, H - 244, regular, 12);
  centred(
    front,
    `telah memenuhi ${data.units.length} Unit Kompetensi dari ${data.requiredUnitCount} Unit Kompetensi ${data.qualification}`,
    H - 274,
    regular,
    12,
  );
  centred(front, 'dan dinyatakan KOMPETEN pada Skema Sertifikasi', H - 292, regular, 12);
  centred(front, 'MANAJEMEN APARATUR SIPIL NEGARA', H - 318, bold, 16);
  centred(front, `${SCHEMES[data.scheme].name} (Jenjang ${data.level})`, H - 338, regular, 12);
  if (data.version > 0) {
    centred(
      front,
      `Versi pemutakhiran ke-${data.version}, menggantikan sertifikat nomor ${data.supersedes ?? '-'}`,
      H - 358,
      regular,
      10,
    );
  }
  const qrSide = 110;
  drawQrCode(front, data.verificationUrl, MARGIN, 52, qrSide);
  left(front, 'Pindai untuk verifikasi:', MARGIN + qrSide + 8, 96, regular, 9);
  const url = wrapText(data.verificationUrl.replaceAll('/', '/ '), 230, (s) =>
    regular.widthOfTextAtSize(s, 8),
  );
  url.forEach((line, i) =>
    left(front, line.replaceAll('/ ', '/'), MARGIN + qrSide + 8, 84 - i * 10, regular, 8),
  );
  signatureBlock(front, fonts, W - MARGIN - 300, 172, data.place, data.issuedOn, data.signatures.front);

  const back = pdf.addPage(A4_LANDSCAPE);
  frame(back);
  centred(back, 'DAFTAR UNIT KOMPETENSI', H - 80, bold, 16);
  centred(back, `Nomor Registrasi: ${data.registrationNumber}`, H - 100, regular, 11);
  const codeX = MARGIN + 30;
  const titleX = MARGIN + 190;
  let y = H - 136;
  left(back, 'No', MARGIN, y, bold, 10);
  left(back, 'Kode Unit Kompetensi', codeX, y, bold, 10);
  left(back, 'Judul Unit Kompetensi', titleX, y, bold, 10);
  back.drawLine({ start: { x: MARGIN, y: y - 5 }, end: { x: W - MARGIN, y: y - 5 }, thickness: 0.8 });
  y -= 20;
  data.units.forEach((unit, i) => {
    left(back, String(i + 1), MARGIN, y, regular, 10);
    left(back, unit.code, codeX, y, regular, 10);
    const lines = wrapText(unit.title, W - MARGIN - titleX, (s) => regular.widthOfTextAtSize(s, 10));
    for (const line of lines) {
      left(back, line, titleX, y, regular, 10);
      y -= 13;
    }
    y -= 3;
  });
  signatureBlock(
    back,
    fonts,
    W - MARGIN - 300,
    Math.min(y - 10, 172),
    data.place,
    data.issuedOn,
    data.signatures.back,
  );
  return savePdf(pdf);
}
