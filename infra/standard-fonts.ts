/*
 * Bundled in place of `@pdf-lib/standard-fonts` (see infra/bundling.ts). Our documents embed Noto Sans from
 * font packs (adapters/pdf/font-pack.ts) and use none of the 14 standard PDF fonts, whose metrics cost some
 * 130 KB in every function that renders a PDF. pdf-lib still imports the module: `FontNames` to list the
 * standard font names, `Font` and `Encodings` in the embedder of a standard font, which our code never calls;
 * if something did, it fails here with a message instead of drawing text with metrics that are not there.
 * test/infra/standard-fonts.test.ts renders every document from a bundle built with this alias.
 *
 * `FontNames` is copied from @pdf-lib/standard-fonts 1.0.0 (es/Font.js), MIT License,
 * Copyright (c) 2018 Andrew Dillon: "Permission is hereby granted, free of charge, to any person obtaining a copy
 * of this software and associated documentation files (the "Software"), to deal in the Software without
 * restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute,
 * sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do
 * so, subject to the following conditions: The above copyright notice and this permission notice shall be
 * included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT
 * WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
 * FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE
 * LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
 * FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE."
 */

export enum FontNames {
  Courier = 'Courier',
  CourierBold = 'Courier-Bold',
  CourierOblique = 'Courier-Oblique',
  CourierBoldOblique = 'Courier-BoldOblique',
  Helvetica = 'Helvetica',
  HelveticaBold = 'Helvetica-Bold',
  HelveticaOblique = 'Helvetica-Oblique',
  HelveticaBoldOblique = 'Helvetica-BoldOblique',
  TimesRoman = 'Times-Roman',
  TimesRomanBold = 'Times-Bold',
  TimesRomanItalic = 'Times-Italic',
  TimesRomanBoldItalic = 'Times-BoldItalic',
  Symbol = 'Symbol',
  ZapfDingbats = 'ZapfDingbats',
}

export class Font {
  static load(fontName: string): never {
    throw new Error(
      `The standard PDF font ${fontName} is not bundled: draw text with a font pack (adapters/pdf/font-pack.ts)`,
    );
  }
}

/** Read only by the standard-font embedder, after `Font.load`, so never. */
export const Encodings = {};
