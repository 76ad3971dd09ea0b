/**
 * The encoder of the `qrcode` package without its PNG, SVG and terminal renderers (and their dependencies):
 * the certificate draws the modules itself as PDF vector rectangles.
 */
declare module 'qrcode/lib/core/qrcode.js' {
  interface QrCodeCore {
    create(
      text: string,
      options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H'; version?: number },
    ): { modules: { size: number; data: Uint8Array } };
  }
  const core: QrCodeCore;
  export default core;
}
