import type { PDFDocument } from 'pdf-lib';
import { documentSigner } from '../../adapters/kms/document-signer';
import { signPdf } from '../../adapters/pdf/pades/sign';
import type { SigningRole } from '../../runtime/env';

/** How the signature dictionary tells a reader to reach the signing office. */
const CONTACT = 'Badan Kepegawaian Negara, Jl. Mayjen Sutoyo No. 12, Jakarta Timur 13640';

export interface Signing {
  /** Whose signature the document carries. */
  role: SigningRole;
  /** What the signature means, in words (the dictionary's /Reason). */
  reason: string;
  /** Where it is signed: the place printed beside the date. */
  location: string;
  /** The instant the record says the document was issued: the same on every retry, so are the bytes. */
  signedAt: Date;
}

/** The rendered document, finished and electronically signed (PAdES) by the official of `signing.role`. */
export async function signedPdf(pdf: PDFDocument, signing: Signing): Promise<Uint8Array> {
  const signer = await documentSigner(signing.role, signing.signedAt);
  return signPdf(pdf, signer, { ...signing, contactInfo: CONTACT });
}
