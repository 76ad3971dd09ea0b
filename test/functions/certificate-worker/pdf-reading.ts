import { createCanvas } from '@napi-rs/canvas';
import jsQR from 'jsqr';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Each page's text, as a reader's PDF tool extracts it. */
export async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages;
}

/** The QR code on a page, decoded from the rendered page as a phone camera would. */
export async function qrOnPage(bytes: Uint8Array, pageNumber = 1): Promise<string | undefined> {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const page = await doc.getPage(pageNumber);
  const viewport = page.getViewport({ scale: 2 });
  const canvas = createCanvas(viewport.width, viewport.height);
  const context = canvas.getContext('2d');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pdf.js types expect a DOM canvas
  await page.render({ canvasContext: context as any, canvas: canvas as any, viewport }).promise;
  const image = context.getImageData(0, 0, viewport.width, viewport.height);
  return jsQR(image.data, image.width, image.height)?.data;
}
