import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regionalRoutes } from '../../events/api/routes/regional';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, startTestStack, type Caller } from './helpers';
import { callersOf, itDeclaresTheTable, itPlaysTheTable, type MatrixRow } from './matrix-table';

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
} as const;
type CallerName = keyof typeof CALLERS;

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

type Row = MatrixRow<CallerName, [ids: { programId: string; regionalProgramId: string }]>;

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

describe('authorization matrix, issue 18 point 1: Kanreg allocations and regional programmes', () => {
  itDeclaresTheTable(ISSUE_18);

  describe('on the local stack', () => {
    let stack: LocalStack;
    let callers: Record<CallerName, Caller>;
    const ids = { programId: '', regionalProgramId: '' };

    beforeAll(async () => {
      stack = await startTestStack({ workers: false, calendarStart: { at: '2027-02-01T09:00:00+07:00' } });
      const admin = await callerFor(stack, 'admin-bkn');
      const jabar = { name: 'Pemerintah Provinsi Jawa Barat', kind: 'PROVINSI', kanreg: 'III' };
      const jatim = { name: 'Pemerintah Provinsi Jawa Timur', kind: 'PROVINSI', kanreg: 'II' };
      expect((await admin('PUT', '/instansi/3200', jabar)).status).toBe(200);
      expect((await admin('PUT', '/instansi/3500', jatim)).status).toBe(200);
      callers = await callersOf(stack, CALLERS);
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

    // No oracle out of scope: the answer of a regional programme nobody proposed.
    itPlaysTheTable(ISSUE_18, CALLERS, () => ({
      callers,
      args: [ids],
      missing: () => [{ ...ids, regionalProgramId: NOBODY }],
    }));

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
