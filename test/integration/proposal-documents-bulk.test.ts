import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUIRED_DOCUMENTS } from '../../domain/eligibility/documents';
import type { LocalStack } from '../../tools/local/local-stack';
import { bogorProposal, callerFor, eligibleCandidate, startTestStack, type Caller } from './helpers';

const NIP_ADM = '198503102010011002';
const NIP_PGW = '199001152015032001';

const PDF = Buffer.from('%PDF-1.7\n% dokumen uji\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

/** Every required document as an operator's form holds it: the photo a PNG, the rest scanned PDFs. */
const FILES = REQUIRED_DOCUMENTS.map((kind) =>
  kind === 'PAS_FOTO'
    ? { kind, contentType: 'image/png', bytes: PNG }
    : { kind, contentType: 'application/pdf', bytes: PDF },
);

interface Slot {
  kind: string;
  method: string;
  url: string;
  headers: Record<string, string>;
}

describe('a candidate’s documents uploaded all at once, end to end through the local API', () => {
  let stack: LocalStack;
  let bogor: Caller;
  let programId: string;
  const candidatePath = (nip: string) => `/programs/${programId}/proposals/3201/candidates/${nip}`;

  /** All the slots of one request, as the operator's form asks for them. */
  async function requestSlots(nip: string, files = FILES): Promise<Slot[]> {
    const answer = await bogor('POST', `${candidatePath(nip)}/documents/uploads`, {
      documents: files.map(({ kind, contentType, bytes }) => ({ kind, contentType, size: bytes.length })),
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body.documents;
  }

  /** The browser's PUTs to storage, in parallel, each with exactly the headers its slot gave. */
  async function putFiles(slots: Slot[], files = FILES) {
    const answers = await Promise.all(
      slots.map((slot) =>
        fetch(slot.url, {
          method: slot.method,
          headers: slot.headers,
          body: files.find((f) => f.kind === slot.kind)!.bytes,
        }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(slots.map(() => 200));
  }

  const confirmAll = (nip: string, files = FILES) =>
    bogor('PUT', `${candidatePath(nip)}/documents`, { documents: files.map(({ kind }) => ({ kind })) });

  /** The proposal as its operator sees it: version, candidates and their documents. */
  async function proposalNow() {
    const answer = await bogor('GET', `/programs/${programId}/proposals/3201`);
    expect(answer.status).toBe(200);
    return answer.body;
  }

  beforeAll(async () => {
    stack = await startTestStack({ workers: false });
    ({ bogor, programId } = await bogorProposal(stack, 'Program unggah massal'));
    for (const [nip, scheme, name] of [
      [NIP_ADM, 'ADMINISTRATOR', 'Dewi Lestari'],
      [NIP_PGW, 'PENGAWAS', 'Rina Marlina'],
    ] as const) {
      expect((await bogor('PUT', candidatePath(nip), eligibleCandidate(scheme, name))).status).toBe(201);
    }
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it('answers every slot of a candidate in one call, then records every document in one confirmation', async () => {
    const slots = await requestSlots(NIP_ADM);
    expect(slots.map((s) => s.kind)).toEqual([...REQUIRED_DOCUMENTS]);
    await putFiles(slots);

    const confirmed = await confirmAll(NIP_ADM);

    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body.nip).toBe(NIP_ADM);
    expect(Object.keys(confirmed.body.documents).sort()).toEqual([...REQUIRED_DOCUMENTS].sort());
    expect(confirmed.body.documents.PAS_FOTO).toMatchObject({
      key: expect.stringMatching(
        new RegExp(`^proposals/${programId}/3201/${NIP_ADM}/PAS_FOTO/[0-9a-f-]{36}$`),
      ),
      contentType: 'image/png',
      size: PNG.length,
    });
    const stored = await bogor('GET', `/programs/${programId}/proposals/3201`);
    const candidate = stored.body.candidates.find((c: { nip: string }) => c.nip === NIP_ADM);
    expect(candidate.documents).toEqual(confirmed.body.documents);
  });

  it('refuses a list naming a kind twice before anything else, and records nothing', async () => {
    const before = await proposalNow();
    const twice = [{ kind: 'PAS_FOTO' }, { kind: 'PAS_FOTO' }];

    const slots = await bogor('POST', `${candidatePath(NIP_PGW)}/documents/uploads`, {
      documents: twice.map((d) => ({ ...d, contentType: 'image/png', size: 12 })),
    });
    const confirmed = await bogor('PUT', `${candidatePath(NIP_PGW)}/documents`, { documents: twice });

    for (const answer of [slots, confirmed]) {
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [expect.objectContaining({ path: 'body.documents.1.kind' })],
      });
    }
    expect(await proposalNow()).toEqual(before);
  });

  it('records none of the files while one is missing from storage, naming it, then all once it is there', async () => {
    const missing = FILES.findIndex((f) => f.kind === 'SURAT_KETERANGAN_SEHAT');
    const slots = await requestSlots(NIP_PGW);
    await putFiles(slots.filter((s) => s.kind !== 'SURAT_KETERANGAN_SEHAT'));
    const before = await proposalNow();

    const refused = await confirmAll(NIP_PGW);

    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      code: 'DOCUMENTS_NOT_CONFIRMED',
      details: [{ path: `documents.${missing}`, kind: 'SURAT_KETERANGAN_SEHAT', code: 'UPLOAD_NOT_FOUND' }],
    });
    expect(await proposalNow()).toEqual(before);

    await putFiles(slots.filter((s) => s.kind === 'SURAT_KETERANGAN_SEHAT'));
    const confirmed = await confirmAll(NIP_PGW);
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(Object.keys(confirmed.body.documents)).toHaveLength(REQUIRED_DOCUMENTS.length);
  });

  it('an instansi cannot ask for or confirm the documents of another instansi’s candidate', async () => {
    const admin = await callerFor(stack, 'admin-bkn');
    await admin('PUT', '/instansi/3200', {
      name: 'Pemerintah Provinsi Jawa Barat',
      kind: 'PROVINSI',
      kanreg: 'III',
    });
    const jabar = await callerFor(stack, 'instansi', { instansi: '3200' });
    for (const [method, path, body] of [
      [
        'POST',
        `${candidatePath(NIP_ADM)}/documents/uploads`,
        { documents: [{ kind: 'PAS_FOTO', contentType: 'image/png', size: 12 }] },
      ],
      ['PUT', `${candidatePath(NIP_ADM)}/documents`, { documents: [{ kind: 'PAS_FOTO' }] }],
    ] as const) {
      const answer = await jabar(method, path, body);
      // Another instansi's candidate is answered as an instansi BKN never registered (no oracle).
      expect(answer.status, `${method} ${path}`).toBe(404);
      expect(answer.body.code).toBe('INSTANSI_NOT_FOUND');
    }
  });

  it('the proposal built that way is submitted, every candidate eligible with its documents', async () => {
    const letter = await bogor('POST', `/programs/${programId}/proposals/3201/letter/upload`, {
      contentType: 'application/pdf',
      size: PDF.length,
    });
    expect(letter.status).toBe(200);
    const put = await fetch(letter.body.url, { method: 'PUT', headers: letter.body.headers, body: PDF });
    expect(put.status).toBe(200);
    expect((await bogor('PUT', `/programs/${programId}/proposals/3201/letter`)).status).toBe(200);

    const submitted = await bogor('POST', `/programs/${programId}/proposals/3201/submit`);

    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body.status).toBe('SUBMITTED');
    expect(submitted.body.candidates).toHaveLength(2);
    for (const c of submitted.body.candidates) {
      expect(c.status).toBe('SUBMITTED');
      expect(c.eligibility.eligible, JSON.stringify(c.eligibility)).toBe(true);
    }
    const late = await bogor('PUT', `${candidatePath(NIP_ADM)}/documents`, {
      documents: [{ kind: 'PAS_FOTO' }],
    });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('PROPOSAL_NOT_EDITABLE');
  });
});
