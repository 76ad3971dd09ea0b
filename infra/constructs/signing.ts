import { RemovalPolicy, type Stack } from 'aws-cdk-lib';
import { Key, KeySpec, KeyUsage } from 'aws-cdk-lib/aws-kms';
import { SIGNING_ROLES, type SigningRole } from '../../runtime/env';
import {
  CREDENTIAL_KEY_ALIAS,
  CREDENTIAL_KEY_SPEC,
  SIGNING_KEY_SPEC,
  signingKeyAlias,
} from '../resource-model';
import { pascal } from './construct-id';

export type SigningKeys = Record<SigningRole, Key>;

/**
 * One asymmetric KMS key per signing official (PAdES signatures of the documents). Its certificate is issued
 * for a CSR made with the key (BSrE in production) and installed in the signing bucket as `<role>/chain.pem`.
 * Retained: a deleted key would leave every issued signature without its certificate's key to re-sign with.
 */
export function signingKeys(stack: Stack): SigningKeys {
  const keys = {} as SigningKeys;
  for (const role of Object.keys(SIGNING_ROLES) as SigningRole[]) {
    keys[role] = new Key(stack, `SigningKey${pascal(role)}`, {
      keySpec: KeySpec[SIGNING_KEY_SPEC],
      keyUsage: KeyUsage.SIGN_VERIFY,
      alias: signingKeyAlias(role),
      description: `Tanda tangan elektronik dokumen: ${SIGNING_ROLES[role].office}`,
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
  return keys;
}

/**
 * The Open Badges issuer's key (Ed25519): the credential worker alone signs with it and reads its public half,
 * which it publishes as the issuer's verification method. Retained: the credentials it signed stay verifiable
 * only while its public key is published.
 */
export function credentialKey(stack: Stack): Key {
  return new Key(stack, 'CredentialIssuerKey', {
    keySpec: KeySpec[CREDENTIAL_KEY_SPEC],
    keyUsage: KeyUsage.SIGN_VERIFY,
    alias: CREDENTIAL_KEY_ALIAS,
    description: 'Bukti Data Integrity (eddsa-rdfc-2022) kredensial Open Badges sertifikat kompetensi',
    removalPolicy: RemovalPolicy.RETAIN,
  });
}
