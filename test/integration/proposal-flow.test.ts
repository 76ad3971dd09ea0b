import { QueryCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUIRED_DOCUMENTS } from '../../domain/eligibility/documents';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, programBody, startTestStack, type Caller, eligibleCandidate } from './helpers';

const NIP_ADM = '198503102010011002';
const NIP_PGW = '199001152015032001';
const NIP_EXTRA = '198807222012121003';
const NIP_NAMED = '198602142011011004';

const candidate = eligibleCandidate;

const PDF = Buffer.from('%PDF-1.7\n% dokumen uji\n%%EOF\n');

describe('proposal intake and eligibility, end to end through the local API', () => {
  let stack: LocalStack;
  let admin: Caller;
  let bogor: Caller;
  let kanreg3: Caller;
  let kanreg5: Caller;
  let jabar: Caller;
  let programId: string;
  const base = () => `/programs/${programId}/proposals`;

  /** Uploads a file through the signed slot, as a browser would, then confirms it. */
  async function upload(
    as: Caller,
    slotPath: string,
    confirmPath: string,
    body = PDF,
    contentType = 'application/pdf',
  ) {
    const slot = await as('POST', slotPath, { contentType, size: body.length });
    expect(slot.status).toBe(200);
    const put = await fetch(slot.body.url, { method: 'PUT', headers: slot.body.headers, body });
    expect(put.status).toBe(200);
    return as('PUT', confirmPath);
  }

  async function uploadAllDocuments(as: Caller, instansi: string, nip: string, skip: string[] = []) {
    for (const kind of REQUIRED_DOCUMENTS.filter((k) => !skip.includes(k))) {
      const path = `${base()}/${instansi}/candidates/${nip}/documents/${kind}`;
      expect((await upload(as, `${path}/upload`, path)).status).toBe(200);
    }
  }

  /** The proposal's records; its upload slots, which each slot request writes, left out. */
  async function partitionItems(instansi: string) {
    const { Items = [] } = await stack.clients.dynamodb.send(
      new QueryCommand({
        TableName: stack.resources.table,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': { S: `PROPOSAL#${programId}#${instansi}` } },
      }),
    );
    return Items.filter((item) => item.entity?.S !== 'UploadSlot');
  }

  beforeAll(async () => {
    stack = await startTestStack();
    admin = await callerFor(stack, 'admin-bkn');
    bogor = await callerFor(stack, 'instansi', { instansi: '3201' });
    jabar = await callerFor(stack, 'instansi', { instansi: '3200' });
    kanreg3 = await callerFor(stack, 'kanreg', { kanreg: 'III' });
    kanreg5 = await callerFor(stack, 'kanreg', { kanreg: 'V' });
    for (const [code, body] of [
      ['3201', { name: 'Pemerintah Kabupaten Bogor', kind: 'KABUPATEN_KOTA', kanreg: 'III' }],
      ['3200', { name: 'Pemerintah Provinsi Jawa Barat', kind: 'PROVINSI', kanreg: 'III' }],
      ['3500', { name: 'Pemerintah Provinsi Jawa Timur', kind: 'PROVINSI', kanreg: 'V' }],
      ['4011', { name: 'Kementerian Dalam Negeri', kind: 'PUSAT', kanreg: null }],
    ] as const) {
      expect((await admin('PUT', `/instansi/${code}`, body)).status).toBe(200);
    }
    const program = await admin('POST', '/programs', programBody(1_500, 3_600_000, 'Program usulan uji'));
    expect(program.status).toBe(201);
    programId = program.body.id;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('refuses a submission before the window opens, listing every unmet rule', async () => {
    expect((await bogor('PUT', `${base()}/3201`)).status).toBe(201);
    const refused = await bogor('POST', `${base()}/3201/submit`);
    expect(refused.status).toBe(422);
    expect(refused.body.details.map((d: { code: string }) => d.code)).toEqual(
      expect.arrayContaining(['USULAN-JENDELA', 'USULAN-SURAT-PIMPINAN', 'USULAN-KOSONG']),
    );
    await new Promise((r) => setTimeout(r, 1_600));
    await stack.fireSchedule('proposalWindows');
    expect((await admin('GET', `/programs/${programId}`)).body.status).toBe('OPEN');
  });

  it('opening the same proposal twice answers the same proposal', async () => {
    const again = await bogor('PUT', `${base()}/3201`);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ programId, instansiCode: '3201', kanreg: 'III', status: 'DRAFT' });
  });

  it('an instansi builds its proposal with documents; a quota breach and missing documents are all reported', async () => {
    expect(
      (await bogor('PUT', `${base()}/3201/candidates/${NIP_ADM}`, candidate('ADMINISTRATOR', 'Dewi Lestari')))
        .status,
    ).toBe(201);
    expect(
      (await bogor('PUT', `${base()}/3201/candidates/${NIP_PGW}`, candidate('PENGAWAS', 'Rina Marlina')))
        .status,
    ).toBe(201);
    expect(
      (await bogor('PUT', `${base()}/3201/candidates/${NIP_EXTRA}`, candidate('ADMINISTRATOR', 'Agus Salim')))
        .status,
    ).toBe(201);
    await uploadAllDocuments(bogor, '3201', NIP_ADM);
    await uploadAllDocuments(bogor, '3201', NIP_PGW, ['PAS_FOTO']);
    expect((await upload(bogor, `${base()}/3201/letter/upload`, `${base()}/3201/letter`)).status).toBe(200);

    const before = await partitionItems('3201');
    const refused = await bogor('POST', `${base()}/3201/submit`);
    expect(refused.status).toBe(422);
    const codes = refused.body.details.map(
      (d: { code: string; field?: string }) => `${d.code} ${d.field ?? ''}`,
    );
    expect(codes).toEqual(
      expect.arrayContaining([
        'USULAN-KUOTA candidates',
        `ELIG-DOK-PAS-FOTO candidates.${NIP_PGW}.documents.PAS_FOTO`,
        `ELIG-DOK-IJAZAH candidates.${NIP_EXTRA}.documents.IJAZAH_TERAKHIR`,
      ]),
    );
    expect(await partitionItems('3201')).toEqual(before);
  });

  it('refuses files of the wrong type, at the slot and again at confirmation, and records nothing', async () => {
    const path = `${base()}/3201/candidates/${NIP_PGW}/documents/PAS_FOTO`;
    const before = await partitionItems('3201');
    const slotForHtml = await bogor('POST', `${path}/upload`, { contentType: 'text/html', size: 13 });
    expect(slotForHtml.status).toBe(400);
    expect(slotForHtml.body.code).toBe('VALIDATION_FAILED');

    // On AWS S3 refuses a PUT whose signed content type differs; the emulator does not check signatures,
    // so this also proves the server-side check at confirmation.
    const slot = await bogor('POST', `${path}/upload`, { contentType: 'application/pdf', size: 13 });
    await fetch(slot.body.url, {
      method: 'PUT',
      headers: { 'content-type': 'text/html' },
      body: '<html></html>',
    });
    const confirmed = await bogor('PUT', path);
    expect(confirmed.status).toBe(422);
    expect(confirmed.body.code).toBe('UPLOAD_TYPE');
    expect(await partitionItems('3201')).toEqual(before);
  });

  it('after the fixes the proposal is submitted at once, each candidate with an eligibility report', async () => {
    expect((await bogor('DELETE', `${base()}/3201/candidates/${NIP_EXTRA}`)).status).toBe(204);
    const photo = `${base()}/3201/candidates/${NIP_PGW}/documents/PAS_FOTO`;
    expect((await upload(bogor, `${photo}/upload`, photo)).status).toBe(200);

    const submitted = await bogor('POST', `${base()}/3201/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('SUBMITTED');
    expect(submitted.body.candidates).toHaveLength(2);
    for (const c of submitted.body.candidates) {
      expect(c.status).toBe('SUBMITTED');
      expect(c.eligibility.eligible).toBe(true);
      expect(c.eligibility.checks.map((check: { code: string }) => check.code)).toEqual(
        expect.arrayContaining([
          'ELIG-KINERJA-2Y',
          'ELIG-HUKDIS-BERAT-3Y',
          'ELIG-MASA-JABATAN-12M',
          'ELIG-DOK-PAS-FOTO',
        ]),
      );
    }

    const items = await partitionItems('3201');
    const retried = await bogor('POST', `${base()}/3201/submit`);
    expect(retried.status).toBe(200);
    expect(retried.body.status).toBe('SUBMITTED');
    expect(await partitionItems('3201')).toEqual(items);
    expect(
      (await bogor('PUT', `${base()}/3201/candidates/${NIP_ADM}`, candidate('ADMINISTRATOR', 'Ubah'))).status,
    ).toBe(409);
  });

  it('a Kanreg acts for the regional governments it covers, and only those', async () => {
    expect((await kanreg3('GET', `${base()}/3201`)).status).toBe(200);
    expect((await kanreg3('PUT', `${base()}/3200`)).status).toBe(201);
    // Outside its region an instansi is answered as one BKN never registered (no oracle).
    const pusat = await kanreg3('PUT', `${base()}/4011`);
    expect([pusat.status, pusat.body.code]).toEqual([404, 'INSTANSI_NOT_FOUND']);
    expect((await kanreg5('GET', `${base()}/3201`)).status).toBe(404);
    const listed = await kanreg5('GET', `${base()}?kanreg=III`);
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((p: { instansiCode: string }) => p.instansiCode)).not.toContain('3201');
  });

  it('an instansi can touch only its own proposal, whatever id is in the URL', async () => {
    for (const [method, path, body] of [
      ['GET', `${base()}/3201`, undefined],
      ['PUT', `${base()}/3201`, undefined],
      ['PUT', `${base()}/3201/candidates/${NIP_ADM}`, candidate('ADMINISTRATOR', 'Penyusup')],
      ['DELETE', `${base()}/3201/candidates/${NIP_ADM}`, undefined],
      ['POST', `${base()}/3201/submit`, undefined],
      ['POST', `${base()}/3201/letter/upload`, { contentType: 'application/pdf', size: 10 }],
    ] as const) {
      const response = await jabar(method, path, body);
      const missing = await jabar(method, path.replace('/3201', '/9999'), body);
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(response.body.code).toBe('INSTANSI_NOT_FOUND');
      expect(response.body).toStrictEqual(missing.body);
    }
    expect((await jabar('GET', `/programs/${programId}/proposals`)).status).toBe(403);
  });

  it('the same official cannot be proposed by a second instansi in the programme', async () => {
    await kanreg3('PUT', `${base()}/3200/candidates/${NIP_ADM}`, candidate('ADMINISTRATOR', 'Dewi Lestari'));
    await uploadAllDocuments(kanreg3, '3200', NIP_ADM);
    await upload(kanreg3, `${base()}/3200/letter/upload`, `${base()}/3200/letter`);
    const refused = await kanreg3('POST', `${base()}/3200/submit`);
    expect(refused.status).toBe(422);
    expect(refused.body.details.map((d: { code: string }) => d.code)).toEqual(['USULAN-NIP-GANDA']);
  });

  it('BKN lists proposals and candidates, and the eligibility session decides with who and when', async () => {
    const proposals = await admin('GET', `/programs/${programId}/proposals?status=SUBMITTED`);
    expect(proposals.body.items.map((p: { instansiCode: string }) => p.instansiCode)).toEqual(['3201']);
    const worklist = await admin(
      'GET',
      `/programs/${programId}/candidates?scheme=ADMINISTRATOR&status=SUBMITTED`,
    );
    expect(worklist.body.items.map((c: { nip: string }) => c.nip)).toEqual([NIP_ADM]);

    const accepted = await admin('POST', `${base()}/3201/candidates/${NIP_ADM}/decisions`, {
      outcome: 'ACCEPTED',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.decision).toMatchObject({
      outcome: 'ACCEPTED',
      decidedBy: expect.any(String),
      decidedAt: expect.any(String),
    });

    const asked = await admin('POST', `${base()}/3201/candidates/${NIP_PGW}/decisions`, {
      outcome: 'DOCUMENT_REQUESTED',
      reason: 'Surat keterangan sehat sudah kedaluwarsa.',
      documents: ['SURAT_KETERANGAN_SEHAT'],
    });
    expect(asked.status).toBe(200);
    const seen = await bogor('GET', `${base()}/3201`);
    expect(seen.body.status).toBe('NEEDS_FIX');
    expect(seen.body.candidates.find((c: { nip: string }) => c.nip === NIP_PGW).decision.reason).toContain(
      'sehat',
    );
  });

  it('the instansi fixes what was asked and resubmits; only that candidate is screened again', async () => {
    const health = `${base()}/3201/candidates/${NIP_PGW}/documents/SURAT_KETERANGAN_SEHAT`;
    expect((await upload(bogor, `${health}/upload`, health)).status).toBe(200);
    const resubmitted = await bogor('POST', `${base()}/3201/submit`);
    expect(resubmitted.status).toBe(200);
    const byNip = Object.fromEntries(
      resubmitted.body.candidates.map((c: { nip: string; status: string }) => [c.nip, c.status]),
    );
    expect(byNip).toEqual({ [NIP_ADM]: 'ACCEPTED', [NIP_PGW]: 'SUBMITTED' });

    const corrected = await admin('POST', `${base()}/3201/candidates/${NIP_ADM}/decisions`, {
      outcome: 'REJECTED',
      reason: 'Koreksi: jabatan tidak sesuai skema.',
    });
    expect(corrected.status).toBe(200);
    const decisions = (await partitionItems('3201')).filter((item) =>
      item.sk?.S?.startsWith(`DECISION#${NIP_ADM}#`),
    );
    expect(decisions.map((d) => d.outcome?.S)).toEqual(['ACCEPTED', 'REJECTED']);
  });

  it('bad input gets a 4xx with a stable code and writes nothing', async () => {
    const before = await partitionItems('3201');
    const cases: [string, string, unknown, number, string][] = [
      ['PUT', `${base()}/3201/candidates/${NIP_ADM}`, '{"name": ', 400, 'MALFORMED_JSON'],
      [
        'PUT',
        `${base()}/3201/candidates/${NIP_ADM}`,
        { ...candidate('PENGAWAS', 'X Y Z'), admin: true },
        400,
        'VALIDATION_FAILED',
      ],
      [
        'PUT',
        `${base()}/3201/candidates/${NIP_ADM}`,
        { ...candidate('PENGAWAS', 'A'.repeat(300_000)) },
        400,
        'PAYLOAD_TOO_LARGE',
      ],
      [
        'PUT',
        `${base()}/3201/candidates/199913452015031001`,
        candidate('PENGAWAS', 'Tanggal Mustahil'),
        422,
        'RULES_NOT_MET',
      ],
      [
        'PUT',
        `${base()}/3201/candidates/12345`,
        candidate('PENGAWAS', 'NIP Pendek'),
        400,
        'VALIDATION_FAILED',
      ],
      [
        'PUT',
        `/programs/prg_00000000-0000-4000-8000-000000000000/proposals/3201`,
        undefined,
        404,
        'NOT_FOUND',
      ],
      ['GET', `${base()}/ZZZZ`, undefined, 404, 'INSTANSI_NOT_FOUND'],
      ['GET', `/programs/${programId}/candidates?limit=9999`, undefined, 403, 'FORBIDDEN_ROLE'],
    ];
    for (const [method, path, body, status, code] of cases) {
      const response = await bogor(method, path, body);
      expect(response.status, `${method} ${path}`).toBe(
        status === 400 && code === 'PAYLOAD_TOO_LARGE' ? 413 : status,
      );
      if (code !== 'RULES_NOT_MET') expect(response.body.code, `${method} ${path}`).toBe(code);
    }
    const badCursor = await admin('GET', `/programs/${programId}/candidates?cursor=not-a-cursor`);
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.code).toBe('INVALID_CURSOR');
    expect(await partitionItems('3201')).toEqual(before);
  });

  it('NAMA-KARAKTER-KENDALI: a candidate name given in NFD is stored and returned in NFC; one with U+202E is refused', async () => {
    // Prepare: the central ministry opens its own proposal.
    const kemendagri = await callerFor(stack, 'instansi', { instansi: '4011' });
    expect((await kemendagri('PUT', `${base()}/4011`)).status).toBe(201);
    const path = `${base()}/4011/candidates/${NIP_NAMED}`;

    // Act
    const nfd = await kemendagri(
      'PUT',
      path,
      candidate('ADMINISTRATOR', 'Jose\u0301 Nu\u0301n\u0303ez, S.Sos.'),
    );
    const stored = await partitionItems('4011');
    const listed = await admin('GET', `/programs/${programId}/candidates?scheme=ADMINISTRATOR&status=DRAFT`);
    const bidi = await kemendagri('PUT', path, candidate('ADMINISTRATOR', 'Dewi \u202ELestari'));

    // Assess
    expect(nfd.status, JSON.stringify(nfd.body)).toBe(201);
    expect(nfd.body.name).toBe('José Núñez, S.Sos.');
    expect(stored.find((item) => item.nip?.S === NIP_NAMED)?.name?.S).toBe('José Núñez, S.Sos.');
    expect(listed.body.items.find((c: { nip: string }) => c.nip === NIP_NAMED)?.name).toBe(
      'José Núñez, S.Sos.',
    );
    expect(bidi.status).toBe(400);
    expect(bidi.body).toMatchObject({
      code: 'NAMA-KARAKTER-KENDALI',
      details: [{ path: 'body.name', code: 'NAMA-KARAKTER-KENDALI' }],
    });
    expect(bidi.body.message).toContain('U+202E (pengarah teks dua arah) pada posisi 6');
    expect(await partitionItems('4011')).toEqual(stored);
  });
});
