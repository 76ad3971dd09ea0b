import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { structuralReportRoutes } from '../../events/api/routes/structural-report';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, startTestStack, type Caller } from './helpers';
import {
  callersOf,
  declarationOf,
  itDeclaresTheTable,
  itPlaysTheTable,
  type MatrixRow,
} from './matrix-table';
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
} as const;
type CallerName = keyof typeof CALLERS;
type Row = MatrixRow<CallerName, [nip: string, code?: string]>;

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

describe('authorization matrix, issue 17: the structural results and report routes', () => {
  itDeclaresTheTable(ISSUE_17);

  it.each(Object.entries(ISSUE_17))(
    '%s: the scope restricts every role the route allows, so no allowed role reaches every record',
    (id, row) => {
      expect(declarationOf(id).restricted).toEqual(expect.arrayContaining(row.roles));
    },
  );

  describe('on the local stack', () => {
    let stack: LocalStack;
    let callers: Record<CallerName, Caller>;

    beforeAll(async () => {
      stack = await startTestStack({ calendarStart: { date: '2025-02-24' } });
      const officials = await registerInstansi(stack);
      callers = await callersOf(stack, CALLERS);
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

    // No oracle out of scope: the answer of a candidate nobody has (an unregistered instansi for the listing).
    itPlaysTheTable(ISSUE_17, CALLERS, () => ({
      callers,
      args: [NIP],
      missing: (row) => [NOBODY, row.scope === 'instansi-official' ? '9999' : OWN],
    }));

    it('only the readers the scope lets through left a read in the log', async () => {
      const reads = await callers['ppk (instansi)']('GET', `${candidatePath(OWN, NIP)}/report/reads`);
      const readers = new Set(reads.body.items.map((r: { reader: string }) => r.reader));
      expect([...readers].sort()).toEqual(['baperjakat.instansi', 'peserta.dinilai', 'ppk.instansi']);
    });
  });
});
