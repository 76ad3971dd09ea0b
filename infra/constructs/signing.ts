import { RemovalPolicy, type Stack } from 'aws-cdk-lib';
import { Key, KeySpec, KeyUsage } from 'aws-cdk-lib/aws-kms';
import { SIGNING_ROLES, type SigningRole } from '../../runtime/env';
import { SIGNING_KEY_SPEC, signingKeyAlias } from '../resource-model';
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
