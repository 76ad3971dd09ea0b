import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUIRED_DOCUMENTS } from '../../domain/eligibility/documents';
import { dynamo } from '../../runtime/clients';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, programBody, startTestStack, type Caller, eligibleCandidate } from './helpers';

/**
 * The capacity each main request consumes stays within what docs/data-model.md states. Every DynamoDB call the
 * handlers make (in this process) is asked for its consumed capacity (read and write units together, index
 * writes and the doubled cost of transactions included), and the total per request is compared with the
 * documented ceiling.
 */
const CEILINGS = {
  createProgram: 4,
  // Opening and reading a proposal read the registry entry, the instansi and the programme in one strongly
  // consistent BatchGetItem (R1): one call instead of three, a unit each (the programme was half a unit).
  openProposal: 6,
  putCandidate: 14,
  confirmDocument: 42,
  submitProposal: 70,
  getProposal: 7,
  listCandidates: 4,
  // The candidate's pinned documents (object version and SHA-256 each) take it just over 60.
  decideCandidate: 62,
} as const;

type Usage = number;

describe('consumed capacity of the main requests', () => {
  let stack: LocalStack;
  let usage: Usage = 0;
  const measured: Record<string, Usage> = {};

  async function measure<T>(name: keyof typeof CEILINGS, act: () => Promise<T>): Promise<T> {
    usage = 0;
    const result = await act();
    measured[name] = usage;
    return result;
  }

  beforeAll(async () => {
    stack = await startTestStack();
    dynamo().middlewareStack.add(
      (next) => async (args) => {
        const input = args.input as Record<string, unknown>;
        input.ReturnConsumedCapacity = 'TOTAL';
        const result = await next(args);
        const consumed = (result.output as { ConsumedCapacity?: unknown }).ConsumedCapacity;
        for (const c of [consumed].flat() as ({ CapacityUnits?: number } | undefined)[])
          usage += c?.CapacityUnits ?? 0;
        return result;
      },
      { step: 'initialize', name: 'consumedCapacityProbe' },
    );
  });
  afterAll(async () => {
    dynamo().middlewareStack.remove('consumedCapacityProbe');
    await stack?.stop();
  });

  it('stays within the documented ceilings for a proposal of two candidates', async () => {
    const admin: Caller = await callerFor(stack, 'admin-bkn');
    const operator: Caller = await callerFor(stack, 'instansi', { instansi: '3201' });
    await admin('PUT', '/instansi/3201', {
      name: 'Pemerintah Kabupaten Bogor',
      kind: 'KABUPATEN_KOTA',
      kanreg: 'III',
    });
    // The operator's first call registers it with BKN (callerFor): done before anything is measured.
    expect((await operator('GET', '/instansi/3201')).status).toBe(200);
    const program = await measure('createProgram', () =>
      admin('POST', '/programs', programBody(-1, 3_600_000)),
    );
    const base = `/programs/${program.body.id}/proposals/3201`;
    await measure('openProposal', () => operator('PUT', base));
    for (const [nip, scheme] of [
      ['198503102010011002', 'ADMINISTRATOR'],
      ['199001152015032001', 'PENGAWAS'],
    ] as const) {
      await measure('putCandidate', () =>
        operator('PUT', `${base}/candidates/${nip}`, eligibleCandidate(scheme, 'Calon Uji Kapasitas')),
      );
      for (const kind of REQUIRED_DOCUMENTS) {
        const path = `${base}/candidates/${nip}/documents/${kind}`;
        const slot = await operator('POST', `${path}/upload`, { contentType: 'application/pdf', size: 8 });
        await fetch(slot.body.url, { method: 'PUT', headers: slot.body.headers, body: '%PDF-1.7' });
        await measure('confirmDocument', () => operator('PUT', path));
      }
    }
    const slot = await operator('POST', `${base}/letter/upload`, { contentType: 'application/pdf', size: 8 });
    await fetch(slot.body.url, { method: 'PUT', headers: slot.body.headers, body: '%PDF-1.7' });
    await operator('PUT', `${base}/letter`);

    expect((await measure('submitProposal', () => operator('POST', `${base}/submit`))).status).toBe(200);
    await measure('getProposal', () => operator('GET', base));
    await measure('listCandidates', () =>
      admin('GET', `/programs/${program.body.id}/candidates?status=SUBMITTED`),
    );
    await measure('decideCandidate', () =>
      admin('POST', `${base}/candidates/198503102010011002/decisions`, { outcome: 'ACCEPTED' }),
    );

    console.log('consumed capacity per request', JSON.stringify(measured));
    for (const [name, ceiling] of Object.entries(CEILINGS)) {
      expect(measured[name], name).toBeGreaterThan(0);
      expect(measured[name], name).toBeLessThanOrEqual(ceiling);
    }
  });
});
