/*
 * Bundled in place of `@pdf-lib/upng` (see infra/bundling.ts), pdf-lib's PNG decoder (25 KB): no function
 * decodes a PNG, the letterhead's logo is decoded once at development time (tools/letterhead/build-logo.ts). A
 * call of pdf-lib's `embedPng` in a function fails here with a message.
 */
const decoder = {
  decode(): never {
    throw new Error(
      'PNG decoding is not bundled: embed images prepared at development time (adapters/pdf/image.ts)',
    );
  },
};

export default decoder;
