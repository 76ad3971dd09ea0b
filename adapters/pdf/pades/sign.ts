import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { SignPdf } from '@signpdf/signpdf';
import { Signer, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import type { PDFDocument } from 'pdf-lib';
import { savePdf } from '../save';
import { cadesDetached, type CmsSigner, type TimeStamper } from './cms';

/** A signing official's key and certificate as a document is signed with it. */
export interface DocumentSigner extends CmsSigner {
  /** The signer's name as the certificate states it (the signature dictionary's /Name). */
  name: string;
  /** Present where a time-stamping authority is configured: the signature is then PAdES B-T. */
  timeStamp?: TimeStamper;
}

/** What the signature dictionary says besides the signature: why, where and when it was signed. */
export interface SignatureFacts {
  reason: string;
  location: string;
  /** The claimed signing time (/M). The issuance instant the record holds, so a retry makes the same bytes. */
  signedAt: Date;
  /** How to reach the signer's office. */
  contactInfo: string;
}

/**
 * Room for the CMS in /Contents: a 2-certificate RSA-2048 chain and its signature take about 2.5 KB, a 3-level
 * production chain about 5 KB; a time-stamp token brings its own certificates, up to about 9 KB more.
 */
const signatureBytes = (signer: DocumentSigner) => (signer.timeStamp ? 16_384 : 8_192);

class CadesSigner extends Signer {
  constructor(private readonly signer: DocumentSigner) {
    super();
  }

  override sign(signedRanges: Buffer): Promise<Buffer> {
    return cadesDetached(signedRanges, this.signer, this.signer.timeStamp);
  }
}

/**
 * The finished document with a PAdES signature (SubFilter ETSI.CAdES.detached) over the whole file: an invisible
 * signature field on the first page, the byte ranges around /Contents, the CMS made through `signer`.
 */
export async function signPdf(
  pdf: PDFDocument,
  signer: DocumentSigner,
  facts: SignatureFacts,
): Promise<Uint8Array> {
  pdflibAddPlaceholder({
    pdfDoc: pdf,
    reason: facts.reason,
    location: facts.location,
    contactInfo: facts.contactInfo,
    name: signer.name,
    signingTime: facts.signedAt,
    signatureLength: signatureBytes(signer),
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: 'sertifikasi-kompetensi-asn',
  });
  const unsigned = await savePdf(pdf);
  return new SignPdf().sign(
    Buffer.from(unsigned.buffer, unsigned.byteOffset, unsigned.byteLength),
    new CadesSigner(signer),
  );
}
