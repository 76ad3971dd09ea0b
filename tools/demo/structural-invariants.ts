import type * as z from 'zod';
import { checkStructuralMethods } from '../../domain/assessment/structural/methods';
import { nominationEnded } from '../../domain/assessment/structural/nomination-release';
import { checkAssessmentTeam } from '../../domain/assessment/structural/team';
import type { StructuralCandidate, Tpk, Upk } from '../../events/api/structural';
import type { StructuralNotice } from '../../events/api/structural-notice';
import type { PositionResultList, StructuralReport } from '../../events/api/structural-report';
import type { IsoDate } from '../../domain/shared/dates';
import type { StructuralPosition } from '../../events/api/structural-standards';
import { officialName } from './actors';
import { Checker, type InvariantResult } from './invariants';
import { forEachLimit } from './progress';
import type { DemoContext } from './state';
import type { RefusedRenomination } from './structural-scenario';
import type { RenominationAnswer, StructuralInstansiRun } from './structural-state';

/*
 * The structural scenario's invariants (Perka BKN 11/2008), read back through the API as each instansi's
 * Baperjakat sees its records: each a pure function of what the API answers, so a test shows it failing.
 */

/**
 * Every candidate handed to a UPK or TPK, or planned, was proposed to the PPK and determined by that PPK first
 * (III.1.c-d): recorded, proposed, determined, handed over and planned in that order.
 */
export function determinedFirstProblems(candidates: readonly StructuralCandidate[], ppk: string): string[] {
  const problems: string[] = [];
  for (const c of candidates) {
    if (!c.handover && !c.plan) continue;
    const d = c.determination;
    if (c.status !== 'DITETAPKAN' || d?.decision !== 'DITETAPKAN') {
      problems.push(`${c.nip}: assessment started, but the candidate is ${c.status}`);
      continue;
    }
    if (d.by !== ppk) problems.push(`${c.nip}: determined by ${d.by}, not by the PPK ${ppk}`);
    const steps: [string, string | undefined][] = [
      ['recorded', c.recorded.at],
      ['proposed', c.proposal?.at],
      ['determined', d.at],
      ['handed over', c.handover?.at],
      ...(c.plan ? [['planned', c.plan.at] as [string, string]] : []),
    ];
    let previous: [string, string] | undefined;
    for (const [step, at] of steps) {
      if (at === undefined) {
        problems.push(`${c.nip}: never ${step}`);
        continue;
      }
      if (previous && at < previous[1])
        problems.push(`${c.nip}: ${step} (${at}) before ${previous[0]} (${previous[1]})`);
      previous = [step, at];
    }
  }
  return problems;
}

/**
 * Every TPK the instansi has satisfies the composition of II.A.4-5 (at least 5 assessors, 2 psychologists, an
 * odd number above 5), was formed by its PPK (II.A.6), its members independent (II.A.3), and names no assessment
 * center (I.C.5).
 */
export function teamProblems(tpks: readonly Tpk[], ppk: string): string[] {
  const problems: string[] = [];
  for (const tpk of tpks) {
    const team = checkAssessmentTeam({ members: tpk.members, establishedByPpk: tpk.recorded.by === ppk });
    if (!team.ok) problems.push(...team.violations.map((v) => `${tpk.id}: ${v.code} ${v.message}`));
    const undeclared = tpk.members.filter((m) => !m.independence.declared).map((m) => m.nip);
    if (undeclared.length) problems.push(`${tpk.id}: ${undeclared.join(', ')} not declared independent`);
    if (tpk.methods.includes('ASSESSMENT_CENTER')) problems.push(`${tpk.id}: names the assessment center`);
  }
  return problems;
}

/**
 * Every assessment handed to a UPK or TPK of the candidate's own instansi, of the kind the PPK determined, the
 * UPK independent and the TPK without the candidate among its members (III.1.d, II.A.3).
 */
export function handoverProblems(
  candidates: readonly StructuralCandidate[],
  upks: readonly Upk[],
  tpks: readonly Tpk[],
): string[] {
  const problems: string[] = [];
  for (const c of candidates) {
    const h = c.handover;
    if (!h) continue;
    const d = c.determination;
    if (d?.decision === 'DITETAPKAN' && d.assessedBy !== h.assessor)
      problems.push(`${c.nip}: handed to a ${h.assessor}, the PPK determined a ${d.assessedBy}`);
    if (h.assessor === 'UPK') {
      const upk = upks.find((u) => u.id === h.unitId);
      if (!upk) problems.push(`${c.nip}: handed to ${h.unitId}, not a UPK of ${c.instansiCode}`);
      else if (!upk.independence.declared) problems.push(`${c.nip}: handed to ${upk.id}, not independent`);
    } else {
      const tpk = tpks.find((t) => t.id === h.unitId);
      if (!tpk) problems.push(`${c.nip}: handed to ${h.unitId}, not a TPK of ${c.instansiCode}`);
      else if (tpk.members.some((m) => m.nip === c.nip))
        problems.push(`${c.nip}: handed to ${tpk.id}, a team they sit on`);
    }
  }
  return problems;
}

/**
 * Every plan meets the minimum methods of the echelon the PPK determined, by the unit it was handed to (II.C.2,
 * III.2 Pelaksanaan 2): the assessment center for echelon I-II, by a UPK, at least 2 days; psychometry, interview
 * and case analysis or presentation for III; psychometry and questionnaire for IV; psychometry by a psychologist,
 * of the team when a TPK assesses (II.C.1.c).
 */
export function planProblems(candidates: readonly StructuralCandidate[], tpks: readonly Tpk[]): string[] {
  const problems: string[] = [];
  for (const c of candidates) {
    const { plan, handover, determination: d } = c;
    if (!plan) continue;
    if (!handover || d?.decision !== 'DITETAPKAN') {
      problems.push(`${c.nip}: planned without a determination and a handover`);
      continue;
    }
    const methods = checkStructuralMethods({
      echelon: d.echelon,
      methods: plan.methods,
      assessedBy: handover.assessor,
      durationDays: plan.durationDays,
    });
    if (!methods.ok) problems.push(...methods.violations.map((v) => `${c.nip}: ${v.code} ${v.message}`));
    if (plan.methods.includes('PSIKOMETRI')) {
      const team = tpks.find((t) => t.id === handover.unitId);
      const psychologist = plan.psychologist;
      const ofTeam =
        handover.assessor !== 'TPK' ||
        !!team?.members.some((m) => m.nip === psychologist?.nip && m.isPsychologist);
      if (!psychologist?.isPsychologist || !ofTeam)
        problems.push(`${c.nip}: psychometry without a psychologist${ofTeam ? '' : ' of the team'}`);
    }
  }
  return problems;
}

/** No assessment handed to a TPK is planned with the assessment center, which only a UPK runs (I.C.4-5). */
export function tpkAssessmentCenterProblems(candidates: readonly StructuralCandidate[]): string[] {
  return candidates
    .filter((c) => c.handover?.assessor === 'TPK' && c.plan?.methods.includes('ASSESSMENT_CENTER'))
    .map((c) => `${c.nip}: planned with the assessment center by the TPK ${c.handover!.unitId}`);
}

/** A candidate as the scenario expects to find it at the end. */
export interface ExpectedCandidate {
  nip: string;
  status: StructuralCandidate['status'];
  planned: boolean;
}

/**
 * No candidate lost: each of the scenario listed once, with the status it expects, planned when determined;
 * none listed that the scenario did not record.
 */
export function accountingProblems(
  expected: readonly ExpectedCandidate[],
  listed: readonly StructuralCandidate[],
): string[] {
  const problems: string[] = [];
  for (const e of expected) {
    const found = listed.filter((c) => c.nip === e.nip);
    if (found.length !== 1) problems.push(`${e.nip}: listed ${found.length} times`);
    else if (found[0]!.status !== e.status)
      problems.push(`${e.nip}: ${found[0]!.status}, expected ${e.status}`);
    else if (e.planned && !found[0]!.plan) problems.push(`${e.nip}: determined but never planned`);
  }
  for (const c of listed)
    if (!expected.some((e) => e.nip === c.nip)) problems.push(`${c.nip}: listed, never recorded`);
  return problems;
}

/** An official's request for another instansi's records, and what the API answered. */
export interface ForeignRead {
  reader: string;
  path: string;
  status: number;
  code?: string;
}

/**
 * No official reads another instansi's records: each answered as an unregistered instansi (404), or for a
 * report as one not sent (`code`).
 */
export function isolationProblems(reads: readonly ForeignRead[], code = 'INSTANSI_NOT_FOUND'): string[] {
  return reads
    .filter((r) => r.status !== 404 || r.code !== code)
    .map((r) => `${r.reader} read ${r.path}: ${r.status} ${r.code ?? ''}`.trim());
}

/**
 * Every day of assessment a report records is a day of a letter the PNS received in time, 6 working days before
 * (III.2.a.3-4): a letter received late, or none, leaves its days unusable.
 */
export function noticeProblems(
  reports: readonly StructuralReport[],
  notices: ReadonlyMap<string, readonly StructuralNotice[]>,
): string[] {
  const problems: string[] = [];
  for (const r of reports) {
    const inTime = (notices.get(r.nip) ?? []).filter((n) => n.receipt && !n.receipt.late);
    for (const day of r.assessedOn)
      if (!inTime.some((n) => n.letter.date <= day && day <= n.letter.endDate))
        problems.push(`${r.nip}: assessed on ${day}, no letter for it received in time`);
  }
  return problems;
}

/**
 * Every report covers every competency of the registered standard of its position, at its required level, and
 * no other (IV.1, III.2 Laporan 2); its conclusion agrees with the gaps: MEMENUHI_SYARAT only without one, the
 * other two only with one (II.B.1).
 */
export function reportProblems(
  reports: readonly StructuralReport[],
  positions: readonly StructuralPosition[],
): string[] {
  const problems: string[] = [];
  for (const r of reports) {
    const standard = positions.find((p) => p.code === r.positionCode)?.standard;
    if (!standard) {
      problems.push(`${r.nip}: reported for ${r.positionCode}, not a registered position`);
      continue;
    }
    for (const k of standard.competencies) {
      const found = r.competencies.find((c) => c.code === k.code);
      if (!found) problems.push(`${r.nip}: ${k.code} of the standard not reported`);
      else if (found.requiredLevel !== k.requiredLevel)
        problems.push(
          `${r.nip}: ${k.code} required at ${found.requiredLevel}, the standard says ${k.requiredLevel}`,
        );
    }
    for (const c of r.competencies)
      if (!standard.competencies.some((k) => k.code === c.code))
        problems.push(`${r.nip}: ${c.code} reported, not in the standard of ${r.positionCode}`);
    const gaps = r.competencies.filter((c) => c.achievedLevel < c.requiredLevel).length;
    if ((r.conclusion === 'MEMENUHI_SYARAT') !== (gaps === 0))
      problems.push(`${r.nip}: ${r.conclusion} with ${gaps} competencies below their level`);
  }
  return problems;
}

type PositionResult = z.infer<typeof PositionResultList>['items'][number];

/**
 * No result listed as valid after its 2 years ran out (II.B.5): valid through the day before the same date two
 * years after the report, recomputed here from the report's date and the day of the listing.
 */
export function expiryProblems(listed: readonly PositionResult[], today: string): string[] {
  return listed.flatMap((r) => {
    const [y, md] = [Number(r.reportDate.slice(0, 4)), r.reportDate.slice(5)];
    // The same date two years on (29 February: 1 March), the first day the result no longer holds.
    const runsOut = `${y + 2}-${md === '02-29' ? '03-01' : md}`;
    const status = today < runsOut ? 'BERLAKU' : 'KEDALUWARSA';
    return r.status === status ? [] : [`${r.nip}: reported ${r.reportDate}, listed ${r.status} on ${today}`];
  });
}

/** A nomination made after one that ended, with that earlier nomination before and after. */
export interface Renomination {
  nip: string;
  /** The instansi whose nomination ended: the same one, or the one the PNS left. */
  fromInstansiCode: string;
  /** The earlier nomination as its instansi read it just before the new one was made. */
  before: StructuralCandidate;
  /** ...and as read back: `?nomination=1` at the same instansi, the record of the instansi the PNS left. */
  after: StructuralCandidate | undefined;
}

/** The JSON of a record with its keys in order: two reads of the same record compare equal. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

/**
 * Every nomination made after one that ended leaves that one readable and as it was (PK-PENCALONAN-BERAKHIR: the
 * earlier nomination is history, never rewritten).
 */
export function earlierNominationProblems(renominations: readonly Renomination[]): string[] {
  return renominations.flatMap((r) =>
    !r.after
      ? [`${r.nip}: the earlier nomination at ${r.fromInstansiCode} is not readable`]
      : canonical(r.after) !== canonical(r.before)
        ? [`${r.nip}: the earlier nomination at ${r.fromInstansiCode} changed after the new one`]
        : [],
  );
}

/**
 * Every candidate listed carries the number of its nomination the scenario expects: 2 for one made again at the same
 * instansi, none for a first (also at the instansi a PNS moved to, and after a refused attempt).
 */
export function nominationNumberProblems(
  expected: readonly { nip: string; nomination?: number }[],
  listed: readonly StructuralCandidate[],
): string[] {
  return listed.flatMap((c) => {
    const e = expected.find((x) => x.nip === c.nip);
    return e && c.nomination !== e.nomination
      ? [`${c.nip}: nomination ${c.nomination ?? 1}, expected ${e.nomination ?? 1}`]
      : [];
  });
}

/** A current nomination of one instansi as read back, with its report's date once reported. */
export interface HeldNomination {
  instansiCode: string;
  nip: string;
  status: StructuralCandidate['status'];
  reportDate?: string;
}

/**
 * No NIP has two nominations that hold at once across the instansi (PK-SATU-PENCALONAN): at most one has not ended
 * on `today` by the domain's own rule (PK-PENCALONAN-BERAKHIR).
 */
export function overlappingNominationProblems(
  nominations: readonly HeldNomination[],
  today: string,
): string[] {
  const holding = new Map<string, string[]>();
  for (const n of nominations) {
    const state = { status: n.status, ...(n.reportDate && { reportDate: n.reportDate as IsoDate }) };
    if (nominationEnded(state, today as IsoDate).ok) continue;
    holding.set(n.nip, [...(holding.get(n.nip) ?? []), n.instansiCode]);
  }
  return [...holding]
    .filter(([, at]) => at.length > 1)
    .map(([nip, at]) => `${nip}: nominations holding at once at ${at.join(', ')}`);
}

/**
 * Every attempt to nominate a PNS whose nomination had not ended was made and refused as expected: 409
 * STRUCTURAL_CANDIDATE_EXISTS with PK-PENCALONAN-BERAKHIR at the instansi that holds it, 422 PK-SATU-PENCALONAN
 * at another.
 */
export function refusalProblems(
  expected: readonly RefusedRenomination[],
  answers: readonly RenominationAnswer[],
): string[] {
  return expected.flatMap((spec) => {
    const answer = answers.find((a) => a.spec === spec);
    if (!answer) return [`${spec.nip}: the nomination to refuse was never attempted`];
    const got = [answer.status, answer.code, `[${answer.codes.join(', ')}]`].filter(Boolean).join(' ');
    const want = `${spec.status} ${spec.code} [${spec.codes.join(', ')}]`;
    return got === want ? [] : [`${spec.nip}: answered ${got}, expected ${want}`];
  });
}

/** The scenario's figures for the summary, as read back. */
export interface StructuralSummary {
  instansi: number;
  candidates: number;
  notDetermined: number;
  /** Determined candidates by echelon and unit, and how many of them have a plan. */
  byEchelon: { echelon: string; upk: number; tpk: number; planned: number }[];
  upks: number;
  tpks: number;
  /** Notification letters issued, and those received too late for their date. */
  notices: number;
  lateNotices: number;
  /** Results of a method, and reports sent to the PPK. */
  results: number;
  reports: number;
  /** The results Baperjakat listed on its last day, still valid or run out. */
  valid: number;
  expired: number;
  /**
   * The nominations of 2027 after earlier ones ended: at the same instansi (a number above 1), at another (a NIP
   * listed by two instansi), and the attempts refused because the NIP's nomination had not ended.
   */
  renominations: { sameInstansi: number; otherInstansi: number; refused: number };
}

/** Reads every instansi of the scenario back as its Baperjakat, and checks the structural invariants. */
export async function verifyStructuralInvariants(
  ctx: DemoContext,
): Promise<{ invariants: InvariantResult[]; summary: StructuralSummary }> {
  const state = ctx.structural;
  if (!state) throw new Error('the structural scenario was not played');
  const read = new Map<string, Records>();
  const foreign: ForeignRead[] = [];
  const foreignReports: ForeignRead[] = [];
  const renominations: Renomination[] = [];
  await forEachLimit(state.instansi, ctx.concurrency, async (run, i) => {
    const code = run.spec.instansi.code;
    const baperjakat = await ctx.actors.official('baperjakat', code);
    const base = `/structural/instansi/${code}`;
    const [candidates, upks, tpks] = await Promise.all(
      ['candidates', 'upk', 'tpk'].map(
        async (what) => (await baperjakat('GET', `${base}/${what}`)).body.items,
      ),
    );
    const positions: StructuralPosition[] = (await baperjakat('GET', `${base}/positions`)).body.items;
    const notices = new Map<string, StructuralNotice[]>();
    const reports: StructuralReport[] = [];
    for (const c of candidates as StructuralCandidate[]) {
      if (!c.plan) continue;
      const path = `${base}/candidates/${c.nip}`;
      notices.set(c.nip, (await baperjakat('GET', `${path}/notices`)).body.items);
      const report = await baperjakat('GET', `${path}/report`, undefined, [200, 404]);
      if (report.status === 200) reports.push(report.body);
    }
    const listed: PositionResult[] = (await baperjakat('GET', `${base}/position-results`)).body.items;
    read.set(code, { candidates, upks, tpks, positions, notices, reports, listed });
    // The earlier nomination of each PNS nominated again, as the instansi it ended at reads it.
    for (const c of run.renominations) {
      const from = c.spec.renominates!.instansiCode;
      const path = `/structural/instansi/${from}/candidates/${c.spec.nip}${from === code ? '?nomination=1' : ''}`;
      const reply = await (await ctx.actors.official('baperjakat', from))('GET', path, undefined, [200, 404]);
      renominations.push({
        nip: c.spec.nip,
        fromInstansiCode: from,
        before: c.earlier!,
        after: reply.status === 200 ? reply.body : undefined,
      });
    }
    // The next instansi's officials, each in turn, try to read this one's records.
    const neighbour = state.instansi[(i + 1) % state.instansi.length]!.spec.instansi.code;
    for (const role of ['kepegawaian', 'ppk', 'baperjakat'] as const) {
      const reader = await ctx.actors.official(role, neighbour);
      for (const path of [`${base}/candidates`, `${base}/tpk`]) {
        const reply = await reader('GET', path, undefined, [200, 403, 404]);
        foreign.push({
          reader: officialName(role, neighbour),
          path,
          status: reply.status,
          code: reply.body?.code,
        });
      }
    }
    // ...and the neighbour's PPK and Baperjakat, who read reports, try this one's first report (Laporan 3).
    const first = read.get(code)!.reports[0];
    for (const role of ['ppk', 'baperjakat'] as const) {
      if (!first) break;
      const path = `${base}/candidates/${first.nip}/report`;
      const reply = await (
        await ctx.actors.official(role, neighbour)
      )('GET', path, undefined, [200, 403, 404]);
      foreignReports.push({
        reader: officialName(role, neighbour),
        path,
        status: reply.status,
        code: reply.body?.code,
      });
    }
  });
  const each = (check: (code: string, records: NonNullable<ReturnType<typeof read.get>>) => string[]) =>
    state.instansi.flatMap((run) => {
      const code = run.spec.instansi.code;
      return check(code, read.get(code)!).map((p) => `${code} ${p}`);
    });
  const checker = new Checker();
  checker.check(
    'structural: every candidate handed to a UPK or TPK was proposed, then determined by the PPK first',
    each((code, r) => determinedFirstProblems(r.candidates, officialName('ppk', code))),
  );
  checker.check(
    'structural: every TPK has at least 5 assessors, 2 psychologists, an odd number above 5, formed by the PPK, independent, without assessment center',
    each((code, r) => teamProblems(r.tpks, officialName('ppk', code))),
  );
  checker.check(
    'structural: every assessment handed to a UPK or TPK of its instansi, of the kind the PPK determined, independent of the candidate',
    each((_, r) => handoverProblems(r.candidates, r.upks, r.tpks)),
  );
  checker.check(
    "structural: every plan meets its echelon's minimum methods (assessment center by a UPK for at least 2 days), psychometry by a psychologist",
    each((_, r) => planProblems(r.candidates, r.tpks)),
  );
  checker.check(
    'structural: no TPK plan uses the assessment center',
    each((_, r) => tpkAssessmentCenterProblems(r.candidates)),
  );
  checker.check(
    'structural: no candidate lost: each listed once with the status the scenario expects, each determined one planned',
    each((code, r) =>
      accountingProblems(
        lastNominations(state.instansi.find((run) => run.spec.instansi.code === code)!),
        r.candidates,
      ),
    ),
  );
  checker.check(
    "structural: no official of another instansi reads an instansi's records",
    isolationProblems(foreign),
  );
  checker.check(
    'structural: every day of assessment is a day of a letter the PNS received 6 working days before',
    each((_, r) => noticeProblems(r.reports, r.notices)),
  );
  checker.check(
    'structural: every report covers every competency of the registered standard, its conclusion agreeing with the gaps',
    each((_, r) => reportProblems(r.reports, r.positions)),
  );
  checker.check(
    'structural: no result listed as BERLAKU after its 2 years ran out',
    each((_, r) => expiryProblems(r.listed, ctx.today)),
  );
  checker.check(
    "structural: no report read by another instansi's PPK or Baperjakat",
    isolationProblems(foreignReports, 'STRUCTURAL_REPORT_NOT_FOUND'),
  );
  checker.check(
    "structural: every re-nominated candidate's earlier nomination still readable (?nomination=1, or at the instansi left) and unchanged",
    earlierNominationProblems(renominations),
  );
  checker.check(
    "structural: every candidate's current nomination has the number the scenario expects",
    each((code, r) =>
      nominationNumberProblems(
        state.instansi
          .find((run) => run.spec.instansi.code === code)!
          .renominations.map((c) => ({ nip: c.spec.nip, nomination: c.spec.renominates!.nomination })),
        r.candidates,
      ),
    ),
  );
  checker.check(
    'structural: no NIP has two nominations holding at once across the instansi',
    overlappingNominationProblems(
      state.instansi.flatMap((run) => {
        const code = run.spec.instansi.code;
        const r = read.get(code)!;
        return r.candidates.map((c) => ({
          instansiCode: code,
          nip: c.nip,
          status: c.status,
          reportDate: r.reports.find((report) => report.nip === c.nip)?.reportDate,
        }));
      }),
      ctx.today,
    ),
  );
  checker.check(
    'structural: every re-nomination of a PNS whose nomination had not ended was refused with the expected code',
    state.instansi.flatMap((run) =>
      refusalProblems(run.spec.refusedRenominations, run.refusals).map(
        (p) => `${run.spec.instansi.code} ${p}`,
      ),
    ),
  );
  const refused = state.instansi.flatMap((run) => run.refusals).filter((a) => a.status >= 400).length;
  return { invariants: checker.results, summary: summarise([...read.values()], refused) };
}

/** The instansi's candidates as the scenario expects them listed: a PNS nominated again by its last nomination. */
function lastNominations(run: StructuralInstansiRun): ExpectedCandidate[] {
  const last = new Map<string, ExpectedCandidate>();
  for (const c of [...run.candidates, ...run.renominations]) {
    const decision = c.spec.determination.decision;
    last.set(c.spec.nip, { nip: c.spec.nip, status: decision, planned: decision === 'DITETAPKAN' });
  }
  return [...last.values()];
}

/** What the scenario reads back of one instansi, as its Baperjakat. */
interface Records {
  candidates: StructuralCandidate[];
  upks: Upk[];
  tpks: Tpk[];
  positions: StructuralPosition[];
  notices: Map<string, StructuralNotice[]>;
  reports: StructuralReport[];
  listed: PositionResult[];
}

function summarise(read: Records[], refused: number): StructuralSummary {
  const reports = read.flatMap((r) => r.reports);
  const candidates = read.flatMap((r) => r.candidates);
  const byEchelon = ['I', 'II', 'III', 'IV'].map((echelon) => {
    const of = candidates.filter(
      (c) => c.determination?.decision === 'DITETAPKAN' && c.determination.echelon === echelon,
    );
    const by = (unit: string) =>
      of.filter((c) => c.determination?.decision === 'DITETAPKAN' && c.determination.assessedBy === unit)
        .length;
    return { echelon, upk: by('UPK'), tpk: by('TPK'), planned: of.filter((c) => c.plan).length };
  });
  return {
    instansi: read.length,
    candidates: candidates.length,
    notDetermined: candidates.filter((c) => c.status === 'TIDAK_DITETAPKAN').length,
    byEchelon: byEchelon.filter((e) => e.upk + e.tpk > 0),
    upks: read.reduce((n, r) => n + r.upks.length, 0),
    tpks: read.reduce((n, r) => n + r.tpks.length, 0),
    notices: read.flatMap((r) => [...r.notices.values()].flat()).length,
    lateNotices: read.flatMap((r) => [...r.notices.values()].flat()).filter((n) => n.receipt?.late).length,
    // A report is sent only once every method of the plan has its result (PK-LAPORAN-LENGKAP).
    results: reports.reduce((n, r) => n + r.methods.length, 0),
    reports: reports.length,
    valid: read.flatMap((r) => r.listed).filter((r) => r.status === 'BERLAKU').length,
    expired: read.flatMap((r) => r.listed).filter((r) => r.status === 'KEDALUWARSA').length,
    renominations: {
      sameInstansi: candidates.filter((c) => (c.nomination ?? 1) > 1).length,
      // A NIP listed by two instansi: the one it moved to nominated it after the other's nomination ended.
      otherInstansi: candidates.length - new Set(candidates.map((c) => c.nip)).size,
      refused,
    },
  };
}
