import { createHash } from 'node:crypto';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { s3 } from '../../runtime/clients';
import { ENV, requireEnv } from '../../runtime/env';
import type { StoredDocument } from './documents';

/*
 * JSON-LD documents of the Open Badges credentials in the documents bucket: each signed credential
 * (`credentials/<programId>/<nip>/<certificateId>.json`, private: served to its holder and instansi only) and
 * the public ones (`credentials/public/...`: the issuer's controller document and key, the status lists).
 */

export const CREDENTIAL_MEDIA_TYPE = 'application/vc+ld+json';

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

/** The JSON text stored under `key`, or undefined when there is none. */
export async function readJsonText(key: string): Promise<string | undefined> {
  try {
    const { Body } = await s3().send(
      new GetObjectCommand({ Bucket: requireEnv(ENV.documentsBucket), Key: key }),
    );
    return await Body?.transformToString('utf8');
  } catch (error) {
    if ((error as { name?: string }).name === 'NoSuchKey') return undefined;
    throw error;
  }
}
