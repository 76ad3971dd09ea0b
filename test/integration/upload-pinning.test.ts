import { createHash } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUIRED_DOCUMENTS } from '../../domain/eligibility/documents';
import type { UploadedDocument } from '../../events/api/upload';
import { documentsChangedInStorage } from '../../services/documents/uploads';
import type { LocalStack } from '../../tools/local/local-stack';
import { bogorProposal, eligibleCandidate, startTestStack, type Caller } from './helpers';

const NIP = '198503102010011002';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** A scanned document of its own per kind, so each one's SHA-256 names it. */
const pdf = (text: string) => Buffer.from(`%PDF-1.7\n% ${text}\n%%EOF\n`);
const FILES = REQUIRED_DOCUMENTS.map((kind) => ({ kind, bytes: pdf(kind) }));
const LETTER = pdf('surat usulan');

interface Slot {
  kind?: string;
  method: string;
  url: string;
  headers: Record<string, string>;
}

/** The browser's PUT to storage with exactly the headers its slot gave. */
const put = (slot: Slot, body: Buffer, headers = slot.headers) =>
  fetch(slot.url, { method: slot.method, headers, body });

describe('confirmed uploads are pinned, end to end through the local API and the versioned bucket', () => {
  let stack: LocalStack;
  let bogor: Caller;
  let admin: Caller;
  let programId: string;
  const proposalPath = () => `/programs/${programId}/proposals/3201`;
  const candidatePath = () => `${proposalPath()}/candidates/${NIP}`;

  /** The candidate as the proposal lists it. */
  async function candidateNow() {
    const answer = await bogor('GET', proposalPath());
    expect(answer.status).toBe(200);
    return answer.body.candidates.find((c: { nip: string }) => c.nip === NIP);
  }

  /** A slot for one document, declared with its size and, unless told not to, its SHA-256. */
  async function slotFor(kind: string, bytes: Buffer, declareSha = true): Promise<Slot> {
    const answer = await bogor('POST', `${candidatePath()}/documents/${kind}/upload`, {
      contentType: 'application/pdf',
      size: bytes.length,
      ...(declareSha ? { sha256: sha256(bytes) } : {}),
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body;
  }

  beforeAll(async () => {
    stack = await startTestStack({ workers: false });
    ({ admin, bogor, programId } = await bogorProposal(stack, 'Program unggah terkunci'));
    expect(
      (await bogor('PUT', candidatePath(), eligibleCandidate('ADMINISTRATOR', 'Dewi Lestari'))).status,
    ).toBe(201);
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it('UNGGAH-TERKUNCI: every confirmed document records the object version, size and SHA-256 storage holds', async () => {
    const slots = await bogor('POST', `${candidatePath()}/documents/uploads`, {
      documents: FILES.map(({ kind, bytes }) => ({
        kind,
        contentType: 'application/pdf',
        size: bytes.length,
        sha256: sha256(bytes),
      })),
    });
    expect(slots.status, JSON.stringify(slots.body)).toBe(200);
    for (const slot of slots.body.documents as Slot[]) {
      expect((await put(slot, FILES.find((f) => f.kind === slot.kind)!.bytes)).status).toBe(200);
    }

    const confirmed = await bogor('PUT', `${candidatePath()}/documents`, {
      documents: FILES.map(({ kind }) => ({ kind })),
    });

    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    for (const { kind, bytes } of FILES) {
      const document = confirmed.body.documents[kind];
      expect(document).toMatchObject({
        sha256: sha256(bytes),
        size: bytes.length,
        contentType: 'application/pdf',
      });
      expect(document.key).toMatch(new RegExp(`^proposals/${programId}/3201/${NIP}/${kind}/[0-9a-f-]{36}$`));
      expect(document.versionId).toEqual(expect.any(String));
    }
    expect((await candidateNow()).documents).toEqual(confirmed.body.documents);
  });

  it('UNGGAH-SEKALI: a slot writes once (S3 answers 412 to a second PUT) and a second confirmation of it is refused, recording nothing', async () => {
    const first = pdf('pas foto pertama');
    const slot = await slotFor('PAS_FOTO', first);
    expect((await put(slot, first)).status).toBe(200);
    const confirmed = await bogor('PUT', `${candidatePath()}/documents/PAS_FOTO`);
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    const before = await candidateNow();

    const again = await put(slot, first);
    const reconfirmed = await bogor('PUT', `${candidatePath()}/documents/PAS_FOTO`);

    expect(again.status).toBe(412);
    expect(reconfirmed.status).toBe(422);
    expect(reconfirmed.body).toMatchObject({
      code: 'UNGGAH-SEKALI',
      message: expect.stringContaining('sudah dikonfirmasi'),
      details: [
        expect.objectContaining({ code: 'UNGGAH-SEKALI', article: 'Perban BKN 7/2020 Pasal 31(1)c' }),
      ],
    });
    expect(await candidateNow()).toEqual(before);
  });

  it('UNGGAH-SESUAI: other bytes than declared are refused by storage (400 BadDigest) and a stored file unlike the declared one at confirmation, recording nothing', async () => {
    const before = await candidateNow();
    const declared = pdf('ijazah yang dinyatakan');
    const other = Buffer.from(declared.map((byte, i) => (i === 12 ? byte ^ 1 : byte)));
    const slot = await slotFor('IJAZAH_TERAKHIR', declared);
    const swapped = await put(slot, other);
    expect(swapped.status).toBe(400);
    expect(await swapped.text()).toContain('BadDigest');

    // On AWS the signed length makes S3 refuse this PUT as well; the local layer leaves signatures unchecked, so
    // here it stands for a file changed in storage before its confirmation.
    const loose = await slotFor('IJAZAH_TERAKHIR', declared, false);
    const { 'content-length': _signed, ...headers } = loose.headers;
    expect((await put(loose, Buffer.concat([declared, Buffer.from('x')]), headers)).status).toBe(200);
    const confirmed = await bogor('PUT', `${candidatePath()}/documents/IJAZAH_TERAKHIR`);

    expect(confirmed.status).toBe(422);
    expect(confirmed.body).toMatchObject({
      code: 'UNGGAH-SESUAI',
      details: [expect.objectContaining({ code: 'UNGGAH-SESUAI', field: 'size' })],
    });
    expect(await candidateNow()).toEqual(before);
  });

  it('UNGGAH-TERKUNCI: the submitted proposal lists the pinned versions, and an object overwritten in S3 afterwards changes nothing it serves', async () => {
    const letterSlot = await bogor('POST', `${proposalPath()}/letter/upload`, {
      contentType: 'application/pdf',
      size: LETTER.length,
      sha256: sha256(LETTER),
    });
    expect((await put(letterSlot.body, LETTER)).status).toBe(200);
    expect((await bogor('PUT', `${proposalPath()}/letter`)).status).toBe(200);
    const pinned = (await candidateNow()).documents;
    const submitted = await bogor('POST', `${proposalPath()}/submit`);
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body.candidates.find((c: { nip: string }) => c.nip === NIP).documents).toEqual(pinned);
    const photo = pinned.PAS_FOTO;
    expect(await documentsChangedInStorage([{ name: 'PAS_FOTO', document: photo }])).toEqual([]);

    // Someone with storage access writes other bytes to the key, behind the system's back.
    const forged = pdf('pas foto palsu');
    await stack.clients.s3.send(
      new PutObjectCommand({
        Bucket: stack.resources.buckets.uploads,
        Key: photo.key,
        Body: forged,
        ContentType: 'application/pdf',
      }),
    );

    const link = await admin('GET', `${candidatePath()}/documents/PAS_FOTO`);
    expect(link.status).toBe(200);
    expect(link.body.document).toEqual(photo);
    const served = Buffer.from(await (await fetch(link.body.url)).arrayBuffer());
    expect(sha256(served)).toBe(photo.sha256);
    expect(served.equals(forged)).toBe(false);
    expect((await candidateNow()).documents).toEqual(pinned);
    const changed = await documentsChangedInStorage(
      Object.entries(pinned as Record<string, UploadedDocument>).map(([name, document]) => ({
        name,
        document,
      })),
    );
    expect(changed).toEqual([
      expect.objectContaining({
        code: 'UNGGAH-TERKUNCI',
        field: 'PAS_FOTO',
        message: expect.stringContaining('PAS_FOTO'),
      }),
    ]);
  });
});
