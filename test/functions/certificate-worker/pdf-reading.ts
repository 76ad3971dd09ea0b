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

/** A line of text as drawn: its text, where its baseline starts, its font size and width, in points. */
export interface PlacedText {
  str: string;
  x: number;
  baseline: number;
  size: number;
  width: number;
}

/** Each page's size and the lines of text on it with their positions, as a PDF reader lays them out. */
export async function placedText(
  bytes: Uint8Array,
): Promise<{ width: number; height: number; lines: PlacedText[] }[]> {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    const lines = (await page.getTextContent()).items
      .filter((item) => 'str' in item && item.str.trim() !== '')
      .map((item) => {
        const { str, transform, width: w } = item as { str: string; transform: number[]; width: number };
        return {
          str,
          x: transform[4]!,
          baseline: transform[5]!,
          size: Math.hypot(transform[2]!, transform[3]!),
          width: w,
        };
      });
    pages.push({ width, height, lines });
  }
  return pages;
}
