import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDocument } from '../../../../adapters/pdf/document';
import { signPdf } from '../../../../adapters/pdf/pades/sign';
import { rfc3161TimeStamper } from '../../../../adapters/pdf/pades/timestamp';
import {
  createLocalSigning,
  localDocumentSigner,
  type LocalSigning,
} from '../../../../tools/local/signing-ca';
import { pdfsig, VALID_AND_TRUSTED } from '../pdfsig';

/*
 * A time-stamping authority on this machine: openssl's own RFC 3161 responder (`openssl ts -reply`) behind HTTP,
 * with a development TSA certificate (extended key usage timeStamping, critical).
 */
const dir = mkdtempSync(join(tmpdir(), 'tsa-'));
let server: Server;
let url: string;
let signing: LocalSigning;

function startTsa(): Promise<string> {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      writeFileSync(join(dir, 'request.tsq'), Buffer.concat(chunks));
      execFileSync(
        'openssl',
        [
          ...['ts', '-reply', '-config', join(dir, 'tsa.cnf'), '-queryfile', join(dir, 'request.tsq')],
          ...[
            '-signer',
            join(dir, 'tsa.pem'),
            '-inkey',
            join(dir, 'tsa.key'),
            '-out',
            join(dir, 'response.tsr'),
          ],
        ],
        { stdio: 'pipe' },
      );
      response.writeHead(200, { 'content-type': 'application/timestamp-reply' });
      response.end(readFileSync(join(dir, 'response.tsr')));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/tsa`),
    ),
  );
}

beforeAll(async () => {
  execFileSync(
    'openssl',
    [
      ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '3650'],
      ...['-subj', '/CN=Development TSA/C=ID', '-keyout', join(dir, 'tsa.key'), '-out', join(dir, 'tsa.pem')],
      ...[
        '-addext',
        'extendedKeyUsage=critical,timeStamping',
        '-addext',
        'keyUsage=critical,digitalSignature',
      ],
    ],
    { stdio: 'pipe' },
  );
  writeFileSync(join(dir, 'serial'), '01\n');
  writeFileSync(
    join(dir, 'tsa.cnf'),
    `[ tsa ]\ndefault_tsa = tsa_config\n[ tsa_config ]\nserial = ${join(dir, 'serial')}\nsigner_digest = sha256\n` +
      'default_policy = 1.2.3.4.1\ndigests = sha256\naccuracy = secs:1\nordering = no\ness_cert_id_alg = sha256\n',
  );
  signing = await createLocalSigning();
  url = await startTsa();
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

async function signedWith(timeStampUrl: string): Promise<Buffer> {
  const { pdf, fonts } = await newDocument({ title: 'Sertifikat Kompetensi', dated: new Date() });
  pdf.addPage().drawText('Budi Santoso', { x: 50, y: 700, font: fonts.regular, size: 14 });
  const signer = {
    ...localDocumentSigner(signing, 'kepalaBkn'),
    timeStamp: rfc3161TimeStamper(timeStampUrl),
  };
  const facts = { reason: 'Uji', location: 'Jakarta', signedAt: new Date(), contactInfo: 'BKN' };
  return Buffer.from(await signPdf(pdf, signer, facts));
}

describe('PAdES B-T: a signature with a time-stamp token where a TSA is configured (TSA_URL)', () => {
  it('carries the TSA’s token over the signature as the signature-time-stamp attribute, and pdfsig still finds it valid and trusted', async () => {
    const pdf = await signedWith(url);
    expect(pdfsig(pdf, signing.caPem)).toMatchObject([
      { ...VALID_AND_TRUSTED, signerName: 'Kepala Badan Kepegawaian Negara' },
    ]);
    const hex = /\/Contents\s*<([0-9a-fA-F]+)>/.exec(pdf.toString('latin1'))![1]!;
    const printed = execFileSync('openssl', ['cms', '-cmsout', '-print', '-inform', 'DER'], {
      input: Buffer.from(hex.replace(/(00)+$/, ''), 'hex'),
      encoding: 'utf8',
    });
    expect(printed).toContain('id-smime-aa-timeStampToken');
    expect(printed).toContain('Development TSA');
  });

  it('does not sign at all when the TSA refuses: the document waits and is retried rather than issued without its time-stamp', async () => {
    const refusing = await new Promise<{ server: Server; url: string }>((resolve) => {
      const s = createServer((_request, response) => response.writeHead(503).end());
      s.listen(0, '127.0.0.1', () =>
        resolve({ server: s, url: `http://127.0.0.1:${(s.address() as AddressInfo).port}` }),
      );
    });
    try {
      await expect(signedWith(refusing.url)).rejects.toThrow('The time-stamping authority answered 503');
    } finally {
      await new Promise((resolve) => refusing.server.close(resolve));
    }
  });
});
