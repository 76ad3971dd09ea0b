import '../../functions/helpers/env';
import { createPublicKey, verify, X509Certificate } from 'node:crypto';
import { KMSClient, SignCommand } from '@aws-sdk/client-kms';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { documentSigner, parseChain } from '../../../adapters/kms/document-signer';
import { signingKeyAlias } from '../../../infra/resource-model';
import type { LocalSigning } from '../../../tools/local/signing-ca';
import { mockSigning, SIGNING_BUCKET } from '../../functions/helpers/signing';

const s3 = mockClient(S3Client);
const kms = mockClient(KMSClient);
let signing: LocalSigning;
const AT = new Date('2019-08-20T03:00:00Z');

describe('documentSigner (adapters/kms)', () => {
  beforeEach(async () => {
    s3.reset();
    kms.reset();
    signing = await mockSigning(s3, kms);
  });

  it("signs through KMS with the official's key (MessageType RAW, RSASSA_PKCS1_V1_5_SHA_256), under the name and chain of its certificate", async () => {
    const signer = await documentSigner('kepalaPusat', AT);
    const message = Buffer.from('signed attributes');
    const signature = await signer.sign(message);

    expect(kms.commandCalls(SignCommand).map((call) => call.args[0].input)).toStrictEqual([
      {
        KeyId: signingKeyAlias('kepalaPusat'),
        Message: message,
        MessageType: 'RAW',
        SigningAlgorithm: 'RSASSA_PKCS1_V1_5_SHA_256',
      },
    ]);
    const leaf = new X509Certificate(signer.chain[0]!);
    expect(
      verify(
        'sha256',
        message,
        createPublicKey(leaf.publicKey.export({ type: 'spki', format: 'pem' })),
        signature,
      ),
    ).toBe(true);
    expect(signer).toMatchObject({
      name: 'Kepala Pusat Pengembangan ASN',
      algorithm: 'RSASSA_PKCS1_V1_5_SHA_256',
    });
    expect(signer.chain).toHaveLength(2);
    expect(s3.commandCalls(GetObjectCommand)[0]!.args[0].input).toStrictEqual({
      Bucket: SIGNING_BUCKET,
      Key: 'kepalaPusat/chain.pem',
    });
  });

  it('refuses to sign at an instant outside the validity of the official’s certificate, so the document waits instead of carrying a worthless signature', async () => {
    await expect(documentSigner('kepalaBkn', new Date('1999-12-31T00:00:00Z'))).rejects.toThrow(
      /certificate of kepalaBkn is valid from 2000-01-01/,
    );
  });

  it('reads a chain once per process, but tries again after a failed read (e.g. before BKN installed it)', async () => {
    process.env.SIGNING_BUCKET = 'another-signing-bucket';
    s3.on(GetObjectCommand, { Bucket: 'another-signing-bucket' })
      .rejectsOnce(new Error('NoSuchKey'))
      .resolves({ Body: { transformToString: async () => signing.roles.kepalaBkn.chainPem } as never });
    try {
      await expect(documentSigner('kepalaBkn', AT)).rejects.toThrow('NoSuchKey');
      await expect(documentSigner('kepalaBkn', AT)).resolves.toMatchObject({
        name: 'Kepala Badan Kepegawaian Negara',
      });
      await documentSigner('kepalaBkn', AT);
      expect(s3.commandCalls(GetObjectCommand, { Bucket: 'another-signing-bucket' })).toHaveLength(2);
    } finally {
      process.env.SIGNING_BUCKET = SIGNING_BUCKET;
    }
  });

  it('time-stamps its signatures (PAdES B-T) only where the deployment names a TSA in TSA_URL', async () => {
    expect((await documentSigner('kepalaBkn', AT)).timeStamp).toBeUndefined();
    process.env.TSA_URL = 'https://tsa.example.go.id/tsr';
    try {
      expect((await documentSigner('kepalaBkn', AT)).timeStamp).toBeTypeOf('function');
    } finally {
      delete process.env.TSA_URL;
    }
  });

  it('refuses a chain without a certificate', () => {
    expect(() => parseChain('not a certificate', 'kepalaBkn')).toThrow('holds no certificate');
  });
});
