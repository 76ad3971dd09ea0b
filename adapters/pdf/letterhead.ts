import { PDFRawStream, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { LogoImage } from './image';
import image from './letterhead/logo';

/*
 * The letterhead every document carries, configured in adapters/pdf/letterhead/: the agency and unit, their
 * address and contact line, and the electronic-signature notice under each signature (settings.ts), and the
 * logo (logo.png, built into logo.ts by `npm run letterhead-logo`). README "Letterhead" says how to replace them.
 */
export { LETTERHEAD, type Letterhead } from './letterhead/settings';

const logo: LogoImage = image;
let bytes: { image: Uint8Array; mask: Uint8Array | undefined } | undefined;

/** Adds the logo to the document as an image XObject (its bytes decoded once per process) and returns it. */
export function embedLogo(pdf: PDFDocument): { ref: PDFRef; aspect: number } {
  bytes ??= {
    image: Buffer.from(logo.image.data, 'base64'),
    mask: logo.mask && Buffer.from(logo.mask.data, 'base64'),
  };
  const { context } = pdf;
  const mask =
    logo.mask && bytes.mask
      ? context.register(PDFRawStream.of(context.obj(logo.mask.dict), bytes.mask))
      : undefined;
  const ref = context.register(
    PDFRawStream.of(context.obj({ ...logo.image.dict, ...(mask ? { SMask: mask } : {}) }), bytes.image),
  );
  return { ref, aspect: logo.width / logo.height };
}
