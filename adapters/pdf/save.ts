import { zlibSync } from 'fflate';
import { PDFContentStream, PDFName, type PDFDocument } from 'pdf-lib';

/**
 * The finished file, unsigned. Page contents are compressed with fflate at its fastest level instead of pdf-lib's
 * own deflate: the text compresses almost as well and a certificate renders in well under half the time. No
 * object streams, so the signature dictionary stays a plain object that every PDF reader finds.
 */
export function savePdf(pdf: PDFDocument): Promise<Uint8Array> {
  const context = pdf.context;
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    if (object instanceof PDFContentStream) {
      const compressed = zlibSync(object.getUnencodedContents(), { level: 1 });
      context.assign(ref, context.stream(compressed, { Filter: PDFName.of('FlateDecode') }));
    }
  }
  return pdf.save({ useObjectStreams: false });
}
