import { gunzipSync, gzipSync, zlibSync } from 'fflate';

/*
 * Bundled in place of `pako` (see infra/bundling.ts): pdf-lib calls only `pako.deflate(bytes)`, to compress a
 * stream it builds itself (an object stream, a stream made with `context.flateStream`), and fflate, which the
 * documents already use for their page contents, does the same zlib compression in a fraction of pako's 46 KB.
 * Our documents give pdf-lib nothing to compress (their streams arrive compressed), so their bytes are the same
 * bundled or not; a stream pdf-lib compresses itself is valid zlib either way, not byte for byte the same.
 * test/infra/pdf-bundle.test.ts renders every document from a bundle built with this alias.
 */
export const deflate = (data: Uint8Array): Uint8Array => zlibSync(data, { level: 6 });
// @digitalbazaar/bitstring (the Bitstring status list) imports these two by name: gzip as it compresses a list.
export const gzip = (data: Uint8Array): Uint8Array => gzipSync(data);
export const ungzip = (data: Uint8Array): Uint8Array => gunzipSync(data);

export default { deflate, gzip, ungzip };
