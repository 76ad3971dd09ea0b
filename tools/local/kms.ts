import { createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';
import { createServer } from 'node:http';
import { listenOnLoopback } from './ports';
import type { RunningService } from './dynamodb-local';

/*
 * A KMS endpoint for the local stack (no KMS emulator exists on npm): the AWS JSON 1.1 protocol of `Sign` and
 * `GetPublicKey`, enough for @aws-sdk/client-kms, so the functions sign through the same client as on AWS.
 * Keys are named by their aliases there (`alias/sertifikasi/signing/<role>`, the Ed25519 credential issuer's).
 */

type Reply = { status: number; body: Record<string, unknown> };

/** The signing algorithm of each key type, as the keys of the model use them (RSA_2048, ECC_NIST_EDWARDS25519). */
const ALGORITHMS: Record<string, string> = {
  rsa: 'RSASSA_PKCS1_V1_5_SHA_256',
  ec: 'ECDSA_SHA_256',
  ed25519: 'ED25519_SHA_512',
};

function fail(type: string, message: string): Reply {
  return { status: 400, body: { __type: type, message } };
}

function answer(keys: ReadonlyMap<string, KeyObject>, target: string, input: Record<string, string>): Reply {
  const key = keys.get(input.KeyId ?? '');
  if (!key) return fail('NotFoundException', `Key '${input.KeyId}' does not exist`);
  if (target === 'TrentService.GetPublicKey') {
    const spki = createPublicKey(key).export({ type: 'spki', format: 'der' });
    return {
      status: 200,
      body: { KeyId: input.KeyId, KeyUsage: 'SIGN_VERIFY', PublicKey: spki.toString('base64') },
    };
  }
  if (target !== 'TrentService.Sign')
    return fail('UnknownOperationException', `${target} is not served locally`);
  if (input.MessageType !== 'RAW')
    return fail('ValidationException', 'The local KMS signs RAW messages only');
  const expected = ALGORITHMS[key.asymmetricKeyType ?? ''];
  if (!expected || input.SigningAlgorithm !== expected) {
    return fail('InvalidKeyUsageException', `Key '${input.KeyId}' signs with ${expected}`);
  }
  // As KMS answers: PKCS#1 v1.5 for RSA, the DER ECDSA-Sig-Value for ECDSA, the RFC 8032 signature for Ed25519
  // (which hashes with SHA-512 itself: ED25519_SHA_512 on a RAW message).
  const message = Buffer.from(input.Message ?? '', 'base64');
  const signature = sign(expected === 'ED25519_SHA_512' ? null : 'sha256', message, key);
  return {
    status: 200,
    body: { KeyId: input.KeyId, Signature: signature.toString('base64'), SigningAlgorithm: expected },
  };
}

/** Serves Sign and GetPublicKey for the given keys (key id → private key PEM) on a loopback port. */
export async function startLocalKms(keys: Record<string, string>): Promise<RunningService> {
  const loaded = new Map(Object.entries(keys).map(([id, pem]) => [id, createPrivateKey(pem)]));
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      let reply: Reply;
      try {
        const input = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, string>;
        reply = answer(loaded, String(request.headers['x-amz-target'] ?? ''), input);
      } catch (error) {
        reply = fail('ValidationException', (error as Error).message);
      }
      response.writeHead(reply.status, { 'content-type': 'application/x-amz-json-1.1' });
      response.end(JSON.stringify(reply.body));
    });
  });
  const port = await listenOnLoopback(server, 0);
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
