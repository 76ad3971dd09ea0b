import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../domain/access/roles';
import { buildOpenApiDocument } from '../../events/api/openapi';
import { regionalRoutes } from '../../events/api/routes/regional';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, startTestStack, type Caller } from './helpers';

/*
 * The authorization matrix of issue 18 point 1's routes (Kanreg allocations and regional programmes, Perban BKN
 * 7/2020 Pasal 7, 11), on the local stack: every route × every role, and for the Kanreg the operator of the
 * proposing region and of another. BKN alone allocates and decides (Pasal 4(2), 7(2), 11a); a Kanreg proposes
 * (11b) and reads its own region's allocation and proposals, another Kanreg's proposal being answered exactly as
 * one nobody made; the Komite reads the allocations. A change of who may call one of these routes fails here until
 * the table (and its reason) changes with it.
 */

const NOBODY = 'rpg_00000000-0000-4000-8000-000000000000';

const CALLERS = {
  anonymous: undefined,
  instansi: { role: 'instansi', claims: { instansi: '3200' } },
  'kanreg (III)': { role: 'kanreg', claims: { kanreg: 'III' } },
  'kanreg (II)': { role: 'kanreg', claims: { kanreg: 'II' } },
  'admin-bkn': { role: 'admin-bkn', claims: {} },
  komite: { role: 'komite', claims: {} },
  asesor: { role: 'asesor', claims: { nip: '197501012000031001' } },
  peserta: { role: 'peserta', claims: { nip: '198503102010011002', instansi: '3200' } },
} as const satisfies Record<string, { role: Role; claims: Record<string, string> } | undefined>;
type CallerName = keyof typeof CALLERS;
const slug = (name: string) => name.replace(/[ ()]+/g, '.').replace(/\.$/, '');

const WINDOW = { opensAt: '2027-03-01T08:00:00+07:00', closesAt: '2027-03-12T16:00:00+07:00' };
const PROGRAMME = {
  name: 'Sertifikasi Manajemen ASN 2027',
  year: 2027,
  schemes: ['ADMINISTRATOR'],
  quotaPerInstansi: { ADMINISTRATOR: 3 },
  proposalWindow: WINDOW,
  cohortPlan: [
    { number: 1, scheme: 'ADMINISTRATOR', capacity: 30, startDate: '2027-05-10', endDate: '2027-05-11' },
  ],
};
const REGIONAL = {
  ...PROGRAMME,
  initiatorInstansi: '3200',
  funding: {
    source: 'APBD_PROVINSI',
    funder: { instansiCode: '3200', name: 'Pemerintah Provinsi Jawa Barat' },
    agreement: {
      reference: '800/12/BKD/2027',
      agreedOn: '2027-01-25',
      scheduleFrom: '2027-05-01',
      scheduleUntil: '2027-06-30',
    },
  },
  testSite: { name: 'Aula Kantor Regional III BKN', address: 'Jl. Surapati No. 1, Bandung' },
  candidates: 2,
};

interface Row {
  roles: Role[];
  scope: string;
  /** The callers the scope lets through; every other caller of an allowed role is answered as missing. */
  inScope: CallerName[];
  call: (ids: {
    programId: string;
    regionalProgramId: string;
  }) => [method: string, path: string, body?: unknown];
}

const ISSUE_18: Record<keyof typeof regionalRoutes, Row> = {
  // Pasal 11a, f: the allocation is BKN's ("alokasi jumlah yang telah ditetapkan").
  setAllocation: {
    roles: ['admin-bkn'],
    scope: 'none',
    inScope: ['admin-bkn'],
    call: ({ programId }) => ['PUT', `/programs/${programId}/allocations/III`, { candidates: 5 }],
  },
  // BKN and the Komite read them all; a Kanreg its own region's (a listing narrowed, never refused).
  listAllocations: {
    roles: ['admin-bkn', 'kanreg', 'komite'],
    scope: 'kanreg-region',
    inScope: ['admin-bkn', 'komite', 'kanreg (III)', 'kanreg (II)'],
    call: ({ programId }) => ['GET', `/programs/${programId}/allocations`],
  },
  // Pasal 11b: a Kanreg proposes (the rules then decide on the initiator's region).
  proposeRegionalProgram: {
    roles: ['kanreg'],
    scope: 'kanreg-region',
    inScope: ['kanreg (III)', 'kanreg (II)'],
    call: () => ['POST', '/regional-programs', REGIONAL],
  },
  listRegionalPrograms: {
    roles: ['admin-bkn', 'kanreg'],
    scope: 'kanreg-region',
    inScope: ['admin-bkn', 'kanreg (III)', 'kanreg (II)'],
    call: () => ['GET', '/regional-programs'],
  },
  getRegionalProgram: {
    roles: ['admin-bkn', 'kanreg'],
    scope: 'kanreg-region',
    inScope: ['admin-bkn', 'kanreg (III)'],
    call: ({ regionalProgramId }) => ['GET', `/regional-programs/${regionalProgramId}`],
  },
  // Pasal 7(2): BKN's training unit approves after coordination.
  decideRegionalProgram: {
    roles: ['admin-bkn'],
    scope: 'none',
    inScope: ['admin-bkn'],
    call: ({ regionalProgramId }) => [
      'POST',
      `/regional-programs/${regionalProgramId}/decision`,
      { outcome: 'APPROVED', coordination: { heldOn: '2027-02-01', reference: 'ND-17/Pusbang ASN/II/2027' } },
    ],
  },
};

type Outcome = 'allowed' | 'unauthenticated' | 'role refused' | 'hidden as missing';
const outcomeOf = (row: Row, name: CallerName): Outcome => {
  const caller = CALLERS[name];
  if (!caller) return 'unauthenticated';
  if (!row.roles.includes(caller.role)) return 'role refused';
  return row.inScope.includes(name) ? 'allowed' : 'hidden as missing';
};
const cases = Object.entries(ISSUE_18).flatMap(([id, row]) =>
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

describe('authorization matrix, issue 18 point 1: Kanreg allocations and regional programmes', () => {
  it.each(Object.entries(ISSUE_18))(
    '%s: the document declares the roles and scope of the table',
    (id, row) => {
      const operation = byId.get(id)!;
      expect([...(operation['x-roles'] ?? [])].sort()).toEqual(row.roles);
      expect(operation['x-scope']?.rule ?? 'none').toBe(row.scope);
    },
  );

  describe('on the local stack', () => {
    let stack: LocalStack;
    const callers = {} as Record<CallerName, Caller>;
    const ids = { programId: '', regionalProgramId: '' };

    beforeAll(async () => {
      stack = await startTestStack({ workers: false, calendarStart: { at: '2027-02-01T09:00:00+07:00' } });
      const admin = await callerFor(stack, 'admin-bkn');
      const jabar = { name: 'Pemerintah Provinsi Jawa Barat', kind: 'PROVINSI', kanreg: 'III' };
      const jatim = { name: 'Pemerintah Provinsi Jawa Timur', kind: 'PROVINSI', kanreg: 'II' };
      expect((await admin('PUT', '/instansi/3200', jabar)).status).toBe(200);
      expect((await admin('PUT', '/instansi/3500', jatim)).status).toBe(200);
      for (const [name, caller] of Object.entries(CALLERS) as [CallerName, (typeof CALLERS)[CallerName]][]) {
        callers[name] = caller
          ? await callerFor(stack, caller.role, { ...caller.claims, username: slug(name) })
          : await callerFor(stack);
      }
      const programme = await admin('POST', '/programs', PROGRAMME);
      expect(programme.status).toBe(201);
      ids.programId = programme.body.id;
      const proposed = await callers['kanreg (III)']('POST', '/regional-programs', REGIONAL);
      expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
      ids.regionalProgramId = proposed.body.id;
    }, 120_000);
    afterAll(async () => {
      await stack?.stop();
    });

    it.each(cases)('$id as $caller: $outcome', async ({ row, caller, outcome }) => {
      const response = await callers[caller](...row.call(ids));
      const answer = `${response.status} ${JSON.stringify(response.body)?.slice(0, 300)}`;
      switch (outcome) {
        case 'unauthenticated':
          expect([response.status, response.body?.code], answer).toEqual([401, 'AUTH_REQUIRED']);
          break;
        case 'role refused':
          expect([response.status, response.body?.code], answer).toEqual([403, 'FORBIDDEN_ROLE']);
          break;
        case 'hidden as missing': {
          // No oracle: the very answer of a regional programme nobody proposed.
          const [method, path, body] = row.call({ ...ids, regionalProgramId: NOBODY });
          const missing = await callers[caller](method, path, body);
          expect(response.status, answer).toBe(404);
          expect(response.body, answer).toStrictEqual(missing.body);
          break;
        }
        case 'allowed':
          // Reached the operation: a read answers, a write is decided on its rules (422/409 on a repeat).
          expect([401, 403, 404], answer).not.toContain(response.status);
          expect(response.status, answer).toBeLessThan(500);
          if (row.call(ids)[0] === 'GET') expect(response.status, answer).toBe(200);
      }
    });

    it('the listings a Kanreg reads hold its own region only', async () => {
      const [own, other] = await Promise.all(
        (['kanreg (III)', 'kanreg (II)'] as const).map((name) => callers[name]('GET', '/regional-programs')),
      );
      expect(new Set(own!.body.items.map((p: { kanreg: string }) => p.kanreg))).toEqual(new Set(['III']));
      expect(other!.body.items).toEqual([]);
      const allocations = await callers['kanreg (II)']('GET', `/programs/${ids.programId}/allocations`);
      expect(allocations.body.items.map((a: { kanreg: string }) => a.kanreg)).toEqual(['II']);
    });
  });
});
