import '../../functions/helpers/env';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { storePdf } from '../../../adapters/s3/documents';
import { DOCUMENTS_BUCKET } from '../../functions/helpers/env';

const s3 = mockClient(S3Client);
/** sha256 of "%PDF-1.7 abc", computed with sha256sum outside the code under test. */
const SHA256 = 'baad13769b56aaeb5b072762fefe73bc572a131353d594ec2db2b382bfabadfa';

beforeEach(() => s3.reset());

describe('storePdf', () => {
  it('puts the PDF in the documents bucket under its key and answers the key with the SHA-256 of the bytes', async () => {
    // Prepare
    s3.on(PutObjectCommand).resolves({});
    const pdf = new TextEncoder().encode('%PDF-1.7 abc');

    // Act
    const stored = await storePdf('programs/prg_1/pengumuman.pdf', pdf);

    // Assess
    expect(s3.commandCalls(PutObjectCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        Bucket: DOCUMENTS_BUCKET,
        Key: 'programs/prg_1/pengumuman.pdf',
        Body: pdf,
        ContentType: 'application/pdf',
      },
    ]);
    expect(stored).toStrictEqual({ key: 'programs/prg_1/pengumuman.pdf', sha256: SHA256 });
  });

  it('lets the bucket refusing the object reach the caller, which then records nothing', async () => {
    // Prepare
    s3.on(PutObjectCommand).rejects(new Error('AccessDenied'));

    // Act / Assess
    await expect(storePdf('k.pdf', new Uint8Array([1]))).rejects.toThrow('AccessDenied');
  });
});
