import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { signaturesOf } from '../../../../adapters/pdf/pades/verify';
import { createLocalSigning, type LocalSigning } from '../../../../tools/local/signing-ca';
import { pdfsig } from '../pdfsig';
import { resaved, signedSample, withTitleChanged } from './samples';

let signing: LocalSigning;
let issued: Buffer;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

beforeAll(async () => {
  signing = await createLocalSigning();
  issued = await signedSample(signing);
});

describe('signaturesOf (adapters/pdf/pades/verify.ts)', () => {
  it('finds the issued file intact, signed by the official, the whole file being the signed revision', () => {
    expect(signaturesOf(issued)).toStrictEqual([
      {
        intact: true,
        signer: 'Kepala Badan Kepegawaian Negara',
        signedRevisionSha256: sha256(issued),
        appendedBytes: 0,
      },
    ]);
  });

  it('finds one byte changed after signing: not intact', () => {
    expect(signaturesOf(withTitleChanged(issued))).toMatchObject([{ intact: false }]);
  });

  it('finds a re-saved file (an incremental update appended) intact, its signed revision still the issued file, as pdfsig does', () => {
    const file = resaved(issued);
    expect(signaturesOf(file)).toStrictEqual([
      {
        intact: true,
        signer: 'Kepala Badan Kepegawaian Negara',
        signedRevisionSha256: sha256(issued),
        appendedBytes: file.length - issued.length,
      },
    ]);
    expect(pdfsig(file, signing.caPem)).toMatchObject([
      { signatureValidation: 'Signature is Valid.', totalDocumentSigned: false },
    ]);
  });

  it('finds no signature in an unsigned file, and a forged byte range or unreadable signature is never intact (and never throws)', () => {
    expect(signaturesOf(Buffer.from('%PDF-1.7\n%%EOF\n'))).toStrictEqual([]);
    const forged = Buffer.concat([
      issued,
      Buffer.from('\n/ByteRange [0 10 20 999999]\n/ByteRange [0 1 3 1] <zz>'),
    ]);
    const checks = signaturesOf(forged);
    expect(checks.map((check) => check.intact)).toStrictEqual([true, false, false]);
    const truncated = issued.subarray(0, issued.length - 200);
    expect(signaturesOf(truncated)).toMatchObject([{ intact: false }]);
  });
});
