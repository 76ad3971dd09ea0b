import type { PDFDocument } from 'pdf-lib';
import { SCHEMES } from '../../domain/reference/schemes';
import type { CompetencyCertificateRecord } from '../../events/api/certificate';
import { block, fittedBlock, type Block } from '../../adapters/pdf/blocks';
import { newDocument, startOfWibDay, type Fonts } from '../../adapters/pdf/document';
import { Sheet } from '../../adapters/pdf/sheet';
import { tanggal } from '../../adapters/pdf/text';
import { A4_LANDSCAPE, certificatePage, drawFrame, FRAME, verificationCode } from './pdf-kit';

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

const GOLD = [0.55, 0.42, 0.1] as const;
const WIDTH = FRAME.content.right - FRAME.content.left;

function front(data: CompetencyCertificateData, fonts: Fonts, scale: number): Block[] {
  const { regular, bold } = fonts;
  const centre = { align: 'center' } as const;
  const text = (value: string, size = 11.5, options = {}) =>
    block(value, regular, size * scale, WIDTH, { ...centre, ...options });
  return [
    block('SERTIFIKAT KOMPETENSI', bold, 25 * scale, WIDTH, centre),
    text(`Nomor Registrasi: ${data.registrationNumber}`, 11, { after: 10 * scale }),
    text('Dengan ini menyatakan bahwa', 11.5, { after: 4 * scale }),
    fittedBlock(data.holder.name, bold, { max: 21 * scale, min: 12 * scale }, WIDTH, 2, centre),
    text(`NIP. ${data.holder.nip}`, 11.5, { before: 2 * scale, after: 8 * scale }),
    text(
      `telah memenuhi ${data.units.length} Unit Kompetensi dari ${data.requiredUnitCount} Unit Kompetensi ${data.qualification}`,
    ),
    text('dan dinyatakan KOMPETEN pada Skema Sertifikasi', 11.5, { after: 4 * scale }),
    block('MANAJEMEN APARATUR SIPIL NEGARA', bold, 16 * scale, WIDTH, centre),
    text(`${SCHEMES[data.scheme].name} (Jenjang ${data.level})`),
    ...(data.version > 0
      ? [
          text(
            `Versi pemutakhiran ke-${data.version}, menggantikan sertifikat nomor ${data.supersedes ?? '-'}`,
            9.5,
            { before: 4 * scale },
          ),
        ]
      : []),
  ];
}

/** The QR code to the public verification page, with its caption and address beside it, centred on it. */
/**
 * The competency certificate (Perban BKN 7/2020 Pasal 34(3)), laid out as the 2019 programme's sample: the front
 * states the holder competent in the scheme (a), is signed by the Head of BKN (b) and carries the registration
 * number (d) and a QR code to the public verification page; the back lists the competent units by code and
 * title, signed by the head of Pusbang ASN (c). A long name or position shrinks and wraps inside the frame.
 * Pure: the same data gives the same bytes.
 */
export async function renderCompetencyCertificate(data: CompetencyCertificateData): Promise<PDFDocument> {
  const { pdf, fonts } = await newDocument({
    title: `Sertifikat Kompetensi ${data.registrationNumber}`,
    subject: SCHEMES[data.scheme].name,
    dated: startOfWibDay(data.issuedOn),
  });
  const dated = `${data.place}, ${tanggal(data.issuedOn)}`;
  const { front: frontSigner, back: backSigner } = data.signatures;
  certificatePage(pdf, fonts, {
    colour: GOLD,
    body: (scale) => front(data, fonts, scale),
    signer: { dated, ...frontSigner },
    bottomLeft: verificationCode(data.verificationUrl, fonts),
  }).finish();

  const back = new Sheet(pdf, fonts, {
    size: A4_LANDSCAPE,
    margin: FRAME.content.left,
    decorate: (canvas) => drawFrame(canvas, GOLD),
  });
  back.text('DAFTAR UNIT KOMPETENSI', { font: fonts.bold, size: 16, align: 'center', gap: 2 });
  back.text(`Nomor Registrasi: ${data.registrationNumber}`, { size: 11, align: 'center', gap: 0 });
  back.text(`${data.holder.name}, NIP. ${data.holder.nip}`, { size: 11, align: 'center', gap: 12 });
  back.table(
    [
      { title: 'No', width: 32 },
      { title: 'Kode Unit Kompetensi', width: 150 },
      { title: 'Judul Unit Kompetensi', width: back.width - 182 },
    ],
    data.units.map((unit, i) => [String(i + 1), unit.code, unit.title]),
    { size: 10, headerSize: 10, align: ['center', 'left', 'left'] },
  );
  back.signature({ dated, ...backSigner });
  back.finish();
  return pdf;
}
