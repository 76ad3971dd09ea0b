import { execFileSync } from 'node:child_process';
import { createPrivateKey, sign } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { newDocument } from '../../../../adapters/pdf/document';
import { signPdf, type DocumentSigner } from '../../../../adapters/pdf/pades/sign';
import { parseChain } from '../../../../adapters/kms/document-signer';
import { createLocalSigning, type LocalSigning } from '../../../../tools/local/signing-ca';
import { pdfsig, VALID_AND_TRUSTED } from '../pdfsig';

let signing: LocalSigning;
let otherCa: LocalSigning;

beforeAll(async () => {
  [signing, otherCa] = await Promise.all([createLocalSigning(), createLocalSigning()]);
});

/** The signer of a role of `authority`, signing with its key as the local KMS endpoint would. */
function signerOf(authority: LocalSigning): DocumentSigner {
  const { chainPem, keyPem } = authority.roles.kepalaBkn;
  const chain = parseChain(chainPem, 'kepalaBkn');
  const key = createPrivateKey(keyPem);
  return {
    name: chain.name,
    algorithm: chain.algorithm,
    chain: chain.certificates,
    sign: async (message) => sign('sha256', message, key),
  };
}

const SIGNED_AT = new Date('2019-08-20T03:00:00Z');

async function signedSample(authority = signing): Promise<Uint8Array> {
  const { pdf, fonts } = await newDocument({ title: 'Sertifikat Kompetensi', dated: SIGNED_AT });
  pdf.addPage().drawText('Budi Santoso', { x: 50, y: 700, font: fonts.regular, size: 14 });
  return signPdf(pdf, signerOf(authority), {
    reason: 'Sertifikat Kompetensi ditetapkan',
    location: 'Jakarta',
    signedAt: SIGNED_AT,
    contactInfo: 'Badan Kepegawaian Negara',
  });
}

/** The CMS in the first /Contents of a signed PDF, as DER. */
function cmsOf(pdf: Uint8Array): Buffer {
  const text = Buffer.from(pdf).toString('latin1');
  const hex = /\/Contents\s*<([0-9a-fA-F]+)>/.exec(text)![1]!;
  return Buffer.from(hex.replace(/(00)+$/, ''), 'hex');
}

describe('PAdES signature (adapters/pdf/pades)', () => {
  it('pdfsig reports the signed document as signed by the official, unmodified, whole and trusted (ETSI.CAdES.detached)', async () => {
    const [signature, ...more] = pdfsig(await signedSample(), signing.caPem);
    expect(more).toEqual([]);
    expect(signature).toEqual({
      ...VALID_AND_TRUSTED,
      signerName: 'Kepala Badan Kepegawaian Negara',
      subFilter: 'ETSI.CAdES.detached',
    });
  });

  it('one byte changed after signing is reported as a digest mismatch', async () => {
    const pdf = Buffer.from(await signedSample());
    // The title's first letter, S (hex 0053), becomes R (0052): still a well-formed file.
    const at = pdf.indexOf('/Title <FEFF0053');
    expect(at).toBeGreaterThan(0);
    const changed = Buffer.from(pdf);
    changed.write('2', at + '/Title <FEFF005'.length, 'latin1');
    expect(changed.equals(pdf)).toBe(false);
    expect(pdfsig(changed, signing.caPem)[0]).toMatchObject({ signatureValidation: 'Digest Mismatch.' });
  });

  it('is trusted only through its own CA: another CA does not vouch for it', async () => {
    expect(pdfsig(await signedSample(), otherCa.caPem)[0]).toMatchObject({
      signatureValidation: 'Signature is Valid.',
      certificateValidation: "Certificate issuer isn't Trusted.",
    });
  });

  it('is PAdES baseline B-B: signing-certificate-v2 signed, no signing-time attribute, the signer certificate embedded', async () => {
    const printed = execFileSync('openssl', ['cms', '-cmsout', '-print', '-inform', 'DER'], {
      input: cmsOf(await signedSample()),
      encoding: 'utf8',
    });
    expect(printed).toContain('id-smime-aa-signingCertificateV2');
    expect(printed).toContain('messageDigest');
    expect(printed).not.toContain('signingTime');
    expect(printed).toContain('Kepala Badan Kepegawaian Negara');
  });

  it('signing the same document at the same instant gives the same bytes, so a retried delivery stores the same file', async () => {
    expect(Buffer.from(await signedSample()).equals(Buffer.from(await signedSample()))).toBe(true);
  });
});
