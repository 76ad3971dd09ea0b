import { createPrivateKey, sign } from 'node:crypto';
import { SignCommand, type KMSClient } from '@aws-sdk/client-kms';
import { GetObjectCommand, type GetObjectCommandOutput, type S3Client } from '@aws-sdk/client-s3';
import type { AwsClientStub } from 'aws-sdk-client-mock';
import { signingKeyAlias } from '../../../infra/resource-model';
import { SIGNING_ROLES, type SigningRole } from '../../../runtime/env';
import { createLocalSigning, type LocalSigning } from '../../../tools/local/signing-ca';

/*
 * What a signing function is given (runtime/env.ts SIGNING_ROLES): the signing bucket holding each official's
 * chain, and a KMS key per official. The mocks answer from a development CA made once per test file, signing as
 * KMS does, so the documents a handler stores carry real signatures pdfsig can check against `caPem`.
 */
export const SIGNING_BUCKET = 'sertifikasi-signing-test';
const ROLES = Object.keys(SIGNING_ROLES) as SigningRole[];

process.env.SIGNING_BUCKET = SIGNING_BUCKET;
for (const role of ROLES) process.env[SIGNING_ROLES[role].keyVar] = signingKeyAlias(role);

let authority: Promise<LocalSigning> | undefined;

/** Answers the chain reads on `s3` and the Sign calls on `kms` (after their reset); the CA for checks. */
export async function mockSigning(
  s3: AwsClientStub<S3Client>,
  kms: AwsClientStub<KMSClient>,
): Promise<LocalSigning> {
  const signing = await (authority ??= createLocalSigning());
  for (const role of ROLES) {
    const body = { transformToString: async () => signing.roles[role].chainPem };
    s3.on(GetObjectCommand, { Bucket: SIGNING_BUCKET, Key: `${role}/chain.pem` }).resolves({
      Body: body as unknown as GetObjectCommandOutput['Body'],
    });
  }
  const keys = new Map(
    ROLES.map((role) => [signingKeyAlias(role), createPrivateKey(signing.roles[role].keyPem)]),
  );
  kms.on(SignCommand).callsFake((input: { KeyId: string; Message: Uint8Array }) => {
    const key = keys.get(input.KeyId);
    if (!key) throw new Error(`No key ${input.KeyId}`);
    return { Signature: sign('sha256', input.Message, key), KeyId: input.KeyId };
  });
  return signing;
}
