import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/*
 * poppler's pdfsig (Debian poppler-utils), the independent check of our signatures, with an NSS database
 * (certutil, Debian libnss3-tools) trusting the given CA. pdfsig exits 0 whatever it finds, so its report is read.
 */

export interface PdfsigSignature {
  signerName: string;
  subFilter: string;
  /** "Signature is Valid.", "Digest Mismatch.", ... */
  signatureValidation: string;
  /** "Certificate is Trusted.", "Certificate issuer isn't Trusted.", ... */
  certificateValidation: string;
  totalDocumentSigned: boolean;
}

const databases = new Map<string, string>();

/** An NSS database trusting `caPem` as a CA, made once per CA per test process. */
function nssDatabase(caPem: string): string {
  const id = createHash('sha256').update(caPem).digest('hex').slice(0, 16);
  let dir = databases.get(id);
  if (dir && existsSync(dir)) return dir;
  dir = mkdtempSync(join(tmpdir(), `nss-${id}-`));
  execFileSync('certutil', ['-N', '-d', `sql:${dir}`, '--empty-password']);
  writeFileSync(join(dir, 'ca.pem'), caPem);
  execFileSync('certutil', [
    '-A',
    '-d',
    `sql:${dir}`,
    '-n',
    'sertifikasi-dev-ca',
    '-t',
    'CT,C,C',
    '-i',
    join(dir, 'ca.pem'),
  ]);
  databases.set(id, dir);
  return dir;
}

const field = (block: string, label: string) => new RegExp(`- ${label}: (.*)`).exec(block)?.[1]?.trim() ?? '';

/** What pdfsig says of each signature of `pdf`, trusting `caPem`; none when the file is unsigned. */
export function pdfsig(pdf: Uint8Array, caPem: string): PdfsigSignature[] {
  const work = mkdtempSync(join(tmpdir(), 'pdfsig-'));
  try {
    const file = join(work, 'document.pdf');
    writeFileSync(file, pdf);
    const out = execFileSync('pdfsig', ['-nssdir', `sql:${nssDatabase(caPem)}`, file], { encoding: 'utf8' });
    return out
      .split(/^Signature #\d+:$/m)
      .slice(1)
      .map((block) => ({
        signerName: field(block, 'Signer Certificate Common Name'),
        subFilter: field(block, 'Signature Type'),
        signatureValidation: field(block, 'Signature Validation'),
        certificateValidation: field(block, 'Certificate Validation'),
        totalDocumentSigned: /- Total document signed/.test(block),
      }));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The verdict of a signature pdfsig finds valid, whole and trusted: what each issued PDF must show. */
export const VALID_AND_TRUSTED = {
  signatureValidation: 'Signature is Valid.',
  certificateValidation: 'Certificate is Trusted.',
  totalDocumentSigned: true,
};
