import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { canonize } from './canonize';
import { documentLoader } from './contexts';

/*
 * Data Integrity proofs (`eddsa-rdfc-2022`) on the credentials and status lists this system issues, made by
 * @digitalbazaar/vc and its cryptosuite; only the cryptosuite's canonicalisation is swapped for ./canonize, which
 * returns the same N-Quads an order of magnitude faster (the reason is there).
 */
const cryptosuite = { ...eddsaRdfc2022, canonize };

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
