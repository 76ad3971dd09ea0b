import { createPublicKey, verify } from 'node:crypto';
import { GetPublicKeyCommand, KMSClient, NotFoundException, SignCommand } from '@aws-sdk/client-kms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalKms } from '../../../tools/local/kms';
import { createLocalSigning } from '../../../tools/local/signing-ca';
import type { RunningService } from '../../../tools/local/dynamodb-local';

const KEY_ID = 'alias/sertifikasi/signing/kepalaBkn';
const ISSUER_KEY = 'alias/sertifikasi/credentials/issuer';
let server: RunningService;
let client: KMSClient;

describe('the local KMS endpoint (tools/local/kms.ts), through @aws-sdk/client-kms', () => {
  beforeAll(async () => {
    const signing = await createLocalSigning();
    server = await startLocalKms({
      [KEY_ID]: signing.roles.kepalaBkn.keyPem,
      [ISSUER_KEY]: signing.credentialKeyPem,
    });
    client = new KMSClient({
      endpoint: server.endpoint,
      region: 'ap-southeast-3',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
  });

  afterAll(async () => {
    client.destroy();
    await server.stop();
  });

  it('signs a RAW message as KMS does (PKCS#1 v1.5 over SHA-256), verifiable with the key it publishes', async () => {
    const message = Buffer.from('signed attributes');
    const { Signature } = await client.send(
      new SignCommand({
        KeyId: KEY_ID,
        Message: message,
        MessageType: 'RAW',
        SigningAlgorithm: 'RSASSA_PKCS1_V1_5_SHA_256',
      }),
    );
    const { PublicKey } = await client.send(new GetPublicKeyCommand({ KeyId: KEY_ID }));
    const key = createPublicKey({ key: Buffer.from(PublicKey!), format: 'der', type: 'spki' });
    expect(verify('sha256', message, key, Signature!)).toBe(true);
  });

  it('answers an unknown key with NotFoundException and refuses what it does not emulate (DIGEST, another algorithm)', async () => {
    await expect(
      client.send(
        new SignCommand({
          KeyId: 'alias/none',
          Message: Buffer.from('x'),
          MessageType: 'RAW',
          SigningAlgorithm: 'RSASSA_PKCS1_V1_5_SHA_256',
        }),
      ),
    ).rejects.toBeInstanceOf(NotFoundException);
    await expect(
      client.send(
        new SignCommand({
          KeyId: KEY_ID,
          Message: Buffer.alloc(32),
          MessageType: 'DIGEST',
          SigningAlgorithm: 'RSASSA_PKCS1_V1_5_SHA_256',
        }),
      ),
    ).rejects.toThrow('RAW messages only');
    await expect(
      client.send(
        new SignCommand({
          KeyId: KEY_ID,
          Message: Buffer.from('x'),
          MessageType: 'RAW',
          SigningAlgorithm: 'ECDSA_SHA_256',
        }),
      ),
    ).rejects.toThrow('signs with RSASSA_PKCS1_V1_5_SHA_256');
  });

  it('signs a RAW message with the Ed25519 issuer key as ED25519_SHA_512 (RFC 8032, 64 bytes), and no other way', async () => {
    const message = Buffer.from('proof hash data');
    const { Signature } = await client.send(
      new SignCommand({
        KeyId: ISSUER_KEY,
        Message: message,
        MessageType: 'RAW',
        SigningAlgorithm: 'ED25519_SHA_512',
      }),
    );
    const { PublicKey } = await client.send(new GetPublicKeyCommand({ KeyId: ISSUER_KEY }));
    const key = createPublicKey({ key: Buffer.from(PublicKey!), format: 'der', type: 'spki' });
    expect([Signature!.length, verify(null, message, key, Signature!)]).toEqual([64, true]);
    await expect(
      client.send(
        new SignCommand({
          KeyId: ISSUER_KEY,
          Message: message,
          MessageType: 'RAW',
          SigningAlgorithm: 'ECDSA_SHA_256',
        }),
      ),
    ).rejects.toThrow(/signs with ED25519_SHA_512/);
  });
});
