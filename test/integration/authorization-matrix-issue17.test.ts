import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../domain/access/roles';
import { buildOpenApiDocument } from '../../events/api/openapi';
import { structuralReportRoutes } from '../../events/api/routes/structural-report';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, startTestStack, type Caller } from './helpers';
import {
  ASSESSORS,
  assessAll,
  candidatePath,
  formTpk,
  OTHER,
  OWN,
  plannedCandidate,
  POSITION_CODE,
  registerInstansi,
  reportBody,
  resultBody,
} from './structural-fixture';

/*
 * The authorization matrix of issue 17's results and report routes (Perka BKN 11/2008 III.2 Pelaksanaan dan Laporan, II.B.2, II.A.7,
 * IV.4), on the local stack: every route × every role, and for the roles a route's scope restricts, the caller
 * in scope and out of it (another instansi's officials, another peserta, an assessor of no unit the candidate was
 * handed to). Out of scope is answered exactly as a record nobody has; a role the route does not allow is refused
 * 403 whatever the record, so it tells nothing either. The table is what the regulation gives: a change of who may
 * call one of these routes fails here until the table (and its reason) changes with it.
 */

const NIP = '198503102010011002';
const NOBODY = '199912312020121009';

/** The callers: one per role, and for the restricted roles one in scope and one out of it. */
const CALLERS = {
  anonymous: undefined,
  instansi: { role: 'instansi', claims: { instansi: OWN } },
  kanreg: { role: 'kanreg', claims: { kanreg: 'III' } },
  'admin-bkn': { role: 'admin-bkn', claims: {} },
  pakar: { role: 'pakar', claims: {} },
  komite: { role: 'komite', claims: {} },
  mentor: { role: 'mentor', claims: { nip: NIP } },
  kepegawaian: { role: 'kepegawaian', claims: { instansi: OWN } },
  'ppk (instansi)': { role: 'ppk', claims: { instansi: OWN } },
  'ppk (lain)': { role: 'ppk', claims: { instansi: OTHER } },
  'baperjakat (instansi)': { role: 'baperjakat', claims: { instansi: OWN } },
  'baperjakat (lain)': { role: 'baperjakat', claims: { instansi: OTHER } },
  'peserta (dinilai)': { role: 'peserta', claims: { nip: NIP, instansi: OWN } },
  'peserta (lain)': { role: 'peserta', claims: { nip: '198601012010011001', instansi: OWN } },
  'asesor (TPK)': { role: 'asesor', claims: { nip: ASSESSORS[2] } },
  'asesor (lain)': { role: 'asesor', claims: { nip: ASSESSORS[6] } },
} as const satisfies Record<string, { role: Role; claims: Record<string, string> } | undefined>;
type CallerName = keyof typeof CALLERS;
const slug = (name: string) => name.replace(/[ ()]+/g, '.').replace(/\.$/, '');

interface Row {
  roles: Role[];
  scope: string;
  /** The callers the scope lets through; every other caller of an allowed role is answered as missing. */
  inScope: CallerName[];
  call: (nip: string, code?: string) => [method: string, path: string, body?: unknown];
}

const READERS: CallerName[] = ['ppk (instansi)', 'baperjakat (instansi)', 'peserta (dinilai)'];
const listing = (code: string) =>
  `/structural/instansi/${code}/position-results?positionCode=${POSITION_CODE}`;

/** operationId → who may call it, as Perka BKN 11/2008 gives it. */
const ISSUE_17: Record<keyof typeof structuralReportRoutes, Row> = {
  // III.2 Pelaksanaan, III.1.d: the assessors of the unit the candidate was handed to, nobody else.
  recordStructuralResult: {
    roles: ['asesor'],
    scope: 'structural-assessor',
    inScope: ['asesor (TPK)'],
    call: (nip, code = OWN) => [
      'POST',
      `${candidatePath(code, nip)}/results`,
      resultBody('PRESENTASI', ['2025-03-11']),
    ],
  },
  listStructuralResults: {
    roles: ['asesor'],
    scope: 'structural-assessor',
    inScope: ['asesor (TPK)'],
    call: (nip, code = OWN) => ['GET', `${candidatePath(code, nip)}/results`],
  },
  // III.2 Laporan 1: the UPK/TPK sends the report to the PPK.
  sendStructuralReport: {
    roles: ['asesor'],
    scope: 'structural-assessor',
    inScope: ['asesor (TPK)'],
    call: (nip, code = OWN) => ['POST', `${candidatePath(code, nip)}/report`, reportBody()],
  },
  // III.2 Laporan 3, II.B.2, II.A.7: the PPK and Baperjakat of the instansi, and the PNS assessed.
  getStructuralReport: {
    roles: ['baperjakat', 'peserta', 'ppk'],
    scope: 'structural-report',
    inScope: READERS,
    call: (nip, code = OWN) => ['GET', `${candidatePath(code, nip)}/report`],
  },
  // The PPK, to whom the report is sent, sees who read it.
  listStructuralReportReads: {
    roles: ['ppk'],
    scope: 'structural-report',
    inScope: ['ppk (instansi)'],
    call: (nip, code = OWN) => ['GET', `${candidatePath(code, nip)}/report/reads`],
  },
  // IV.4: the PPK uses the report as feedback for the person's development.
  recordStructuralFeedback: {
    roles: ['ppk'],
    scope: 'structural-report',
    inScope: ['ppk (instansi)'],
    call: (nip, code = OWN) => [
      'POST',
      `${candidatePath(code, nip)}/report/feedback`,
      { notes: 'Diikutsertakan pelatihan kepemimpinan.' },
    ],
  },
  // II.A.7: Baperjakat (and the PPK) weigh the results for a position of their own instansi.
  listPositionResults: {
    roles: ['baperjakat', 'ppk'],
    scope: 'instansi-official',
    inScope: ['ppk (instansi)', 'baperjakat (instansi)'],
    call: (_nip, code = OWN) => ['GET', listing(code)],
  },
};

type Outcome = 'allowed' | 'unauthenticated' | 'role refused' | 'hidden as missing';
const outcomeOf = (row: Row, name: CallerName): Outcome => {
  const caller = CALLERS[name];
  if (!caller) return 'unauthenticated';
  if (!row.roles.includes(caller.role)) return 'role refused';
  return row.inScope.includes(name) ? 'allowed' : 'hidden as missing';
};
const cases = Object.entries(ISSUE_17).flatMap(([id, row]) =>
  (Object.keys(CALLERS) as CallerName[]).map((caller) => ({
    id,
    row,
    caller,
    outcome: outcomeOf(row, caller),
  })),
);

interface OpenApiOperation {
  operationId: string;
  'x-roles'?: string[];
  'x-scope'?: { rule: string; roles: string[] };
}
const document = buildOpenApiDocument() as unknown as {
  paths: Record<string, Record<string, OpenApiOperation>>;
};
const byId = new Map(
  Object.values(document.paths)
    .flatMap((item) => Object.values(item))
    .map((o) => [o.operationId, o]),
);

describe('authorization matrix, issue 17: the structural results and report routes', () => {
  it.each(Object.entries(ISSUE_17))(
    '%s: the document declares the roles and scope of the table',
    (id, row) => {
      const operation = byId.get(id)!;
      expect([...(operation['x-roles'] ?? [])].sort()).toEqual(row.roles);
      expect(operation['x-scope']?.rule).toBe(row.scope);
    },
  );

  it.each(Object.entries(ISSUE_17))(
    '%s: the scope restricts every role the route allows, so no allowed role reaches every record',
    (id, row) => {
      expect([...(byId.get(id)!['x-scope']?.roles ?? [])]).toEqual(expect.arrayContaining(row.roles));
    },
  );

  describe('on the local stack', () => {
    let stack: LocalStack;
    const callers = {} as Record<CallerName, Caller>;

    beforeAll(async () => {
      stack = await startTestStack({ calendarStart: { date: '2025-02-24' } });
      const officials = await registerInstansi(stack);
      for (const [name, caller] of Object.entries(CALLERS) as [CallerName, (typeof CALLERS)[CallerName]][]) {
        callers[name] = caller
          ? await callerFor(stack, caller.role, { ...caller.claims, username: slug(name) })
          : await callerFor(stack);
      }
      const tpk = await formTpk(officials);
      await plannedCandidate(
        officials,
        NIP,
        { assessor: 'TPK', unitId: tpk.id, psychologist: ASSESSORS[0] },
        '2025-03-10',
        '2025-02-24',
      );
      expect((await officials.admin('PUT', '/_local/clock', { date: '2025-03-11' })).status).toBe(200);
      const psychologist = await callerFor(stack, 'asesor', { nip: ASSESSORS[0] });
      await assessAll(NIP, '2025-03-11', psychologist, callers['asesor (TPK)']);
      const sent = await callers['asesor (TPK)']('POST', `${candidatePath(OWN, NIP)}/report`, reportBody());
      expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    }, 120_000);
    afterAll(async () => {
      await stack?.stop();
    });

    it.each(cases)('$id as $caller: $outcome', async ({ row, caller, outcome }) => {
      const response = await callers[caller](...row.call(NIP));
      const answer = `${response.status} ${JSON.stringify(response.body)?.slice(0, 300)}`;
      switch (outcome) {
        case 'unauthenticated':
          expect([response.status, response.body?.code], answer).toEqual([401, 'AUTH_REQUIRED']);
          break;
        case 'role refused':
          expect([response.status, response.body?.code], answer).toEqual([403, 'FORBIDDEN_ROLE']);
          break;
        case 'hidden as missing': {
          // No oracle: the very answer of a record nobody has (an unregistered instansi for the listing).
          const [method, path, body] = row.call(NOBODY, row.scope === 'instansi-official' ? '9999' : OWN);
          const missing = await callers[caller](method, path, body);
          expect(response.status, answer).toBe(404);
          expect(response.body, answer).toStrictEqual(missing.body);
          break;
        }
        case 'allowed':
          // Reached the operation: a read answers, a write is decided on its rules (422/409 on a repeat).
          expect([401, 403, 404], answer).not.toContain(response.status);
          expect(response.status, answer).toBeLessThan(500);
          if (row.call(NIP)[0] === 'GET') expect(response.status, answer).toBe(200);
      }
    });

    it('only the readers the scope lets through left a read in the log', async () => {
      const reads = await callers['ppk (instansi)']('GET', `${candidatePath(OWN, NIP)}/report/reads`);
      const readers = new Set(reads.body.items.map((r: { reader: string }) => r.reader));
      expect([...readers].sort()).toEqual(['baperjakat.instansi', 'peserta.dinilai', 'ppk.instansi']);
    });
  });
});
