import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLocalSigning, type LocalSigning } from '../../../../tools/local/signing-ca';
import { pdfsig, VALID_AND_TRUSTED } from '../pdfsig';
import { signedSample, withTitleChanged } from './samples';

let signing: LocalSigning;
let otherCa: LocalSigning;

beforeAll(async () => {
  [signing, otherCa] = await Promise.all([createLocalSigning(), createLocalSigning()]);
});

const sample = (authority = signing) => signedSample(authority);

/** The CMS in the first /Contents of a signed PDF, as DER. */
function cmsOf(pdf: Uint8Array): Buffer {
  const text = Buffer.from(pdf).toString('latin1');
  const hex = /\/Contents\s*<([0-9a-fA-F]+)>/.exec(text)![1]!;
  return Buffer.from(hex.replace(/(00)+$/, ''), 'hex');
}

describe('PAdES signature (adapters/pdf/pades)', () => {
  it('pdfsig reports the signed document as signed by the official, unmodified, whole and trusted (ETSI.CAdES.detached)', async () => {
    const [signature, ...more] = pdfsig(await sample(), signing.caPem);
    expect(more).toEqual([]);
    expect(signature).toEqual({
      ...VALID_AND_TRUSTED,
      signerName: 'Kepala Badan Kepegawaian Negara',
      subFilter: 'ETSI.CAdES.detached',
    });
  });

  it('one byte changed after signing is reported as a digest mismatch', async () => {
    const pdf = Buffer.from(await sample());
    const changed = withTitleChanged(pdf);
    expect(changed.equals(pdf)).toBe(false);
    expect(pdfsig(changed, signing.caPem)[0]).toMatchObject({ signatureValidation: 'Digest Mismatch.' });
  });

  it('is trusted only through its own CA: another CA does not vouch for it', async () => {
    expect(pdfsig(await sample(), otherCa.caPem)[0]).toMatchObject({
      signatureValidation: 'Signature is Valid.',
      certificateValidation: "Certificate issuer isn't Trusted.",
    });
  });

  it('is PAdES baseline B-B: signing-certificate-v2 signed, no signing-time attribute, the signer certificate embedded', async () => {
    const printed = execFileSync('openssl', ['cms', '-cmsout', '-print', '-inform', 'DER'], {
      input: cmsOf(await sample()),
      encoding: 'utf8',
    });
    expect(printed).toContain('id-smime-aa-signingCertificateV2');
    expect(printed).toContain('messageDigest');
    expect(printed).not.toContain('signingTime');
    expect(printed).toContain('Kepala Badan Kepegawaian Negara');
  });

  it('signing the same document at the same instant gives the same bytes, so a retried delivery stores the same file', async () => {
    expect(Buffer.from(await sample()).equals(Buffer.from(await sample()))).toBe(true);
  });
});
