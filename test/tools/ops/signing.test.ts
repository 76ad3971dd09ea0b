import { execFileSync } from 'node:child_process';
import { KMSClient } from '@aws-sdk/client-kms';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signingKeyAlias } from '../../../infra/resource-model';
import type { RunningService } from '../../../tools/local/dynamodb-local';
import { startLocalKms } from '../../../tools/local/kms';
import { createLocalSigning, type LocalSigning } from '../../../tools/local/signing-ca';
import { certificateRequest, installChain } from '../../../tools/ops/signing';

const s3 = mockClient(S3Client);
let signing: LocalSigning;
let server: RunningService;
let kms: KMSClient;

describe('npm run signing (tools/ops/signing.ts): the official’s certificate for a key that stays in KMS', () => {
  beforeAll(async () => {
    signing = await createLocalSigning();
    server = await startLocalKms({
      [signingKeyAlias('kepalaBkn')]: signing.roles.kepalaBkn.keyPem,
      [signingKeyAlias('kepalaPusat')]: signing.roles.kepalaPusat.keyPem,
    });
    kms = new KMSClient({
      endpoint: server.endpoint,
      region: 'ap-southeast-3',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
  });
  beforeEach(() => {
    s3.reset();
    s3.on(PutObjectCommand).resolves({});
  });
  afterAll(async () => {
    kms.destroy();
    await server.stop();
  });

  it('csr: a PKCS#10 request signed with the KMS key, which openssl verifies, for the subject given', async () => {
    const csr = await certificateRequest(
      kms,
      'kepalaBkn',
      'CN=Dr. Haryomo Dwi Putranto,SERIALNUMBER=196707261993031003,O=Badan Kepegawaian Negara,C=ID',
    );
    const out = execFileSync('openssl', ['req', '-verify', '-noout', '-subject', '-nameopt', 'utf8'], {
      input: csr,
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    expect(out).toContain(
      'CN=Dr. Haryomo Dwi Putranto, serialNumber=196707261993031003, O=Badan Kepegawaian Negara, C=ID',
    );
    const key = execFileSync('openssl', ['req', '-pubkey', '-noout'], { input: csr, encoding: 'utf8' });
    const leaf = execFileSync('openssl', ['x509', '-pubkey', '-noout'], {
      input: signing.roles.kepalaBkn.chainPem,
      encoding: 'utf8',
    });
    expect(key).toBe(leaf);
  });

  it('install: stores a chain that certifies the KMS key, each certificate issued by the next, as <role>/chain.pem', async () => {
    await installChain(
      { kms, s3: new S3Client({}) },
      'kepalaBkn',
      signing.roles.kepalaBkn.chainPem,
      'signing-bucket',
    );
    const [put] = s3.commandCalls(PutObjectCommand).map((call) => call.args[0].input);
    expect(put).toMatchObject({ Bucket: 'signing-bucket', Key: 'kepalaBkn/chain.pem' });
    expect(String(put!.Body).match(/BEGIN CERTIFICATE/g)).toHaveLength(2);
  });

  it('install refuses the chain of another official’s key, and a chain out of order, storing nothing', async () => {
    const clients = { kms, s3: new S3Client({}) };
    await expect(installChain(clients, 'kepalaBkn', signing.roles.kepalaPusat.chainPem, 'b')).rejects.toThrow(
      'does not certify the KMS key of kepalaBkn',
    );
    const [leaf, ca] = signing.roles.kepalaBkn.chainPem.split(/(?<=-----END CERTIFICATE-----)/);
    const withStranger = `${leaf}\n${signing.roles.kepalaPusat.chainPem.split(/(?<=-----END CERTIFICATE-----)/)[0]}\n${ca}`;
    await expect(installChain(clients, 'kepalaBkn', withStranger, 'b')).rejects.toThrow(
      'Certificate 1 of the chain is not issued by certificate 2',
    );
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(0);
  });
});
