import { createHash } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { s3 } from '../../runtime/clients';
import { ENV, requireEnv } from '../../runtime/env';
import type { StoredDocument } from './documents';

/*
 * JSON-LD documents of the Open Badges credentials in the documents bucket: each signed credential
 * (`credentials/<programId>/<nip>/<certificateId>.json`, private: served to its holder and instansi only) and
 * the public ones (`credentials/public/...`: the issuer's controller document and key, the status lists).
 * Written by the credential worker; the API function reads them without the S3 client (presign.ts readObjectText).
 */

/** Stores one JSON document under `key` and answers the SHA-256 of its bytes; the same bytes again are harmless. */
export async function storeJson(
  key: string,
  document: unknown,
  contentType: string,
): Promise<StoredDocument> {
  const body = JSON.stringify(document);
  await s3().send(
    new PutObjectCommand({
      Bucket: requireEnv(ENV.documentsBucket),
      Key: key,
      Body: body,
      ContentType: contentType,
    }),
  );
  return { key, sha256: createHash('sha256').update(body).digest('hex') };
}
