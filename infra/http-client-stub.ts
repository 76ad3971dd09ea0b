/*
 * Bundled in place of @digitalbazaar/http-client, which jsonld's default network document loader requires and
 * which brings undici (~420 KB). Our JSON-LD documents always come from a static loader
 * (services/credentials/sign.ts), so jsonld's network loader never runs: if it ever did, it fails here loudly.
 */
export const httpClient = new Proxy(
  {},
  {
    get() {
      throw new Error('Network JSON-LD document loading is disabled in this function');
    },
  },
);
export const DEFAULT_HEADERS = {};
