/**
 * The encoder of the `qrcode` package without its PNG, SVG and terminal renderers (and their dependencies):
 * the certificate draws the modules itself as a PDF vector path.
 */
declare module 'qrcode/lib/core/qrcode.js' {
  interface QrCodeCore {
    create(
      text: string | { data: string; mode: 'byte' | 'alphanumeric' | 'numeric' | 'kanji' }[],
      options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H'; version?: number },
    ): { modules: { size: number; data: Uint8Array } };
  }
  const core: QrCodeCore;
  export default core;
}
