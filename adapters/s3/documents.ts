import { createHash } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { s3 } from '../../runtime/clients';
import { ENV, requireEnv } from '../../runtime/env';

/** Where a stored document lies and the SHA-256 (hex) of its bytes, which its record and events carry. */
export interface StoredDocument {
  key: string;
  sha256: string;
}

/**
 * Stores a rendered PDF under `key` in the documents bucket and answers the key with the bytes' SHA-256, for the
 * caller to record. Storing the same bytes again under the same key is harmless, so a retried delivery may.
 */
export async function storePdf(key: string, pdf: Uint8Array): Promise<StoredDocument> {
  await s3().send(
    new PutObjectCommand({
      Bucket: requireEnv(ENV.documentsBucket),
      Key: key,
      Body: pdf,
      ContentType: 'application/pdf',
    }),
  );
  return { key, sha256: createHash('sha256').update(pdf).digest('hex') };
}
