import { zlibSync } from 'fflate';
import { PDFContentStream, PDFName, type PDFDocument } from 'pdf-lib';

/**
 * The finished file, unsigned. Page contents are compressed with fflate at its fastest level instead of pdf-lib's
 * own deflate: the text compresses almost as well and a certificate renders in well under half the time. No
 * object streams, so the signature dictionary stays a plain object that every PDF reader finds. pdf-lib's writer
 * would yield to the event loop (a `setTimeout(0)`, about 1 ms) every 50 objects, twice per save, to keep a
 * browser responsive; a worker has no page to keep responsive, and a signed certificate (over 50 objects) spent
 * some 2 ms of its 3.6 ms waiting there (docs/BENCHMARKS.md).
 */
export function savePdf(pdf: PDFDocument): Promise<Uint8Array> {
  const context = pdf.context;
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    if (object instanceof PDFContentStream) {
      const compressed = zlibSync(object.getUnencodedContents(), { level: 1 });
      context.assign(ref, context.stream(compressed, { Filter: PDFName.of('FlateDecode') }));
    }
  }
  return pdf.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
}
