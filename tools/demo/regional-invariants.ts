import type { Cohort, Participant } from '../../events/api/participant';
import { Checker, type InvariantResult } from './invariants';
import { forEachLimit } from './progress';
import { inTraining } from './stage-delivery';
import { attendingParticipants, type DemoContext, type ExpectedRefusal } from './state';

/*
 * The regional programme's invariants, read back through the API at the end of the run: each a pure check of
 * what was read (so test/tools/demo-regional-invariants.test.ts can feed it a broken case), then the reading.
 */

/** One Kanreg's allocation in a programme and its use, as `GET /programs/{id}/allocations` lists it. */
export interface AllocationUse {
  kanreg: string;
  allocated?: number;
  proposed: number;
  determined: number;
}

/** A Kanreg proposes and determines candidates within its allocation (Pasal 11a, f). */
export function allocationProblems(items: readonly AllocationUse[]): string[] {
  if (items.length === 0) return ['no Kanreg allocation in the regional programme'];
  return items.flatMap(({ kanreg, allocated, proposed, determined }) =>
    allocated === undefined
      ? [`Kanreg ${kanreg} has use without an allocation`]
      : [
          ...(proposed > allocated ? [`Kanreg ${kanreg}: ${proposed} proposed, ${allocated} allocated`] : []),
          ...(determined > allocated
            ? [`Kanreg ${kanreg}: ${determined} determined, ${allocated} allocated`]
            : []),
        ],
  );
}

/** The seats of one programme as read back: who sits in each cohort, and whom the programme set. */
export interface ProgrammeSeats {
  programId: string;
  /** The participants the programme's setting session set. */
  own: ReadonlySet<string>;
  cohorts: { number: number; capacity: number; seated: readonly string[] }[];
}

/** Programmes running side by side share no seats: each cohort holds its own programme's participants only. */
export function ownSeatsProblems(programmes: readonly ProgrammeSeats[]): string[] {
  const problems: string[] = [];
  const seatedIn = new Map<string, string>();
  for (const { programId, own, cohorts } of programmes)
    for (const { number, capacity, seated } of cohorts) {
      if (seated.length > capacity)
        problems.push(`${programId} cohort ${number}: ${seated.length} seated, capacity ${capacity}`);
      for (const nip of seated) {
        if (!own.has(nip))
          problems.push(`${nip} sits in ${programId} cohort ${number} but was set elsewhere`);
        const other = seatedIn.get(nip);
        if (other && other !== programId) problems.push(`${nip} sits in both ${other} and ${programId}`);
        seatedIn.set(nip, programId);
      }
    }
  return problems;
}

/** The refusals Perban BKN 7/2020 requires, one of each provoked by the regional cohorts. */
export const REQUIRED_REFUSALS = [
  'PENGARAHAN-WAJIB',
  'UJI-RENCANA-WAJIB',
  'SIDANG-MENUNGGU-BUKTI-TAMBAHAN',
  'ELEARNING-RESUME-LENGKAP',
] as const;

/** Each provoked refusal answered with its code; none of the required ones left untried. */
export function refusalProblems(refusals: readonly ExpectedRefusal[]): string[] {
  return [
    ...REQUIRED_REFUSALS.filter((code) => !refusals.some((r) => r.expected === code)).map(
      (code) => `nothing tried that ${code} refuses`,
    ),
    ...refusals
      .filter((r) => r.got !== r.expected)
      .map((r) => `${r.tried} (${r.nip}): expected ${r.expected}, got ${r.got}`),
  ];
}

/** An additional-evidence request as read back, and whether the participant's attempt was then decided. */
export interface EvidenceRequestView {
  nip: string;
  states: readonly string[];
  outcome?: string;
}

/** The session asked for more evidence, it came in, and only then was the attempt decided (Pasal 25b). */
export function evidenceRequestProblems(views: readonly EvidenceRequestView[]): string[] {
  if (views.length === 0) return ['no additional evidence was asked for'];
  return views.flatMap(({ nip, states, outcome }) => [
    ...(states.length === 1 && states[0] === 'TERPENUHI'
      ? []
      : [`evidence request of ${nip}: ${states.join(', ') || 'none'}, expected one TERPENUHI`]),
    ...(outcome === 'KOMPETEN' ? [] : [`${nip} decided ${outcome ?? 'never'} after the evidence came`]),
  ]);
}

/** A participant's e-learning as `GET …/learning` reads it, and the module whose resume they left out. */
export interface ELearningView {
  nip: string;
  missingResume?: string;
  jp: number;
}

/** The 3 JP of e-learning only with every module's resume in; someone leaves one out. */
export function eLearningProblems(views: readonly ELearningView[]): string[] {
  if (!views.some((v) => v.missingResume)) return ['nobody left a resume out'];
  return views
    .filter((v) => v.jp !== (v.missingResume ? 0 : 3))
    .map((v) => `${v.nip}: ${v.jp} JP of e-learning, resume ${v.missingResume ?? 'all'} missing`);
}

/** A participant's first-test outcome as the session answered it, and their competency certificates read back. */
export interface CertifiedView {
  nip: string;
  outcome?: string;
  competency: readonly string[];
}

/** Every participant found competent holds a competency certificate in force; nobody else holds one. */
export function certifiedProblems(views: readonly CertifiedView[]): string[] {
  return views
    .filter((v) => v.competency.includes('AKTIF') !== (v.outcome === 'KOMPETEN'))
    .map((v) => `${v.nip}: ${v.outcome ?? 'not decided'}, certificates ${v.competency.join(', ') || 'none'}`);
}

/** The PIK graduate as read back: their entry, their training record and their certificates. */
export interface PikGraduateView {
  nip: string;
  entry?: string;
  classroomDays: number;
  eLearningJp: number;
  competency: readonly string[];
}

/** The PIK graduate entered the test directly and holds a certificate, without any of the training. */
export function pikGraduateProblems(views: readonly PikGraduateView[]): string[] {
  if (views.length === 0) return ['no PIK graduate in the regional programme'];
  return views.flatMap((v) => [
    ...(v.entry === 'UJI_LANGSUNG_PIK' ? [] : [`${v.nip} entered as ${v.entry ?? 'nothing'}`]),
    ...(v.classroomDays === 0 && v.eLearningJp === 0
      ? []
      : [`${v.nip} has training recorded: ${v.classroomDays} days, ${v.eLearningJp} JP of e-learning`]),
    ...(v.competency.includes('AKTIF') ? [] : [`${v.nip} holds no certificate in force`]),
  ]);
}

/** Reads the seats of a programme back, as `reader` (the run's actors): its cohorts and who sits in each. */
export async function seatsOf(reader: DemoContext, ctx: DemoContext): Promise<ProgrammeSeats> {
  const admin = await reader.actors.admin();
  const cohorts = (await admin('GET', `/programs/${ctx.programId}/cohorts`)).body.items as Cohort[];
  const read: ProgrammeSeats['cohorts'] = [];
  await forEachLimit(cohorts, ctx.concurrency, async (c) => {
    const seated = (await admin('GET', `/programs/${ctx.programId}/cohorts/${c.number}/participants`)).body
      .items as Participant[];
    read.push({ number: c.number, capacity: c.capacity, seated: seated.map((p) => p.nip) });
  });
  return { programId: ctx.programId, own: new Set(ctx.participants.keys()), cohorts: read };
}

/**
 * The regional programme's invariants, read back: allocations, seats per programme (beside the national one when
 * it was played), the refusals provoked, the additional evidence awaited, the 3 JP, the PIK graduate.
 */
export async function verifyRegionalInvariants(ctx: DemoContext): Promise<InvariantResult[]> {
  const run = ctx.regional!;
  const regional = run.ctx;
  const admin = await ctx.actors.admin();
  const checker = new Checker();
  const path = (nip: string) => `/programs/${regional.programId}/participants/${nip}`;

  const allocations = (await admin('GET', `/programs/${regional.programId}/allocations`)).body
    .items as AllocationUse[];
  checker.check(
    'regional: proposed and determined per Kanreg within its allocation',
    allocationProblems(allocations),
  );

  const programmes = [...(ctx.programId ? [ctx] : []), regional];
  checker.check(
    'regional: each programme’s cohorts hold only its own participants',
    ownSeatsProblems(await Promise.all(programmes.map((p) => seatsOf(ctx, p)))),
  );
  checker.check(
    'regional: unbriefed participant, unplanned unit, early decision and incomplete e-learning refused',
    refusalProblems(regional.delivery?.refusals ?? []),
  );

  const requests = regional.delivery?.evidenceRequests ?? [];
  const views = await Promise.all(
    requests.map(async ({ nip }) => {
      const listed = (await admin('GET', `${path(nip)}/evidence-requests`)).body.items as {
        status: { state: string };
      }[];
      return {
        nip,
        states: listed.map((r) => r.status.state),
        outcome: regional.participants.get(nip)?.outcome,
      };
    }),
  );
  checker.check('regional: the decision waited for the additional evidence', evidenceRequestProblems(views));

  const attending = attendingParticipants(regional);
  const learning = async (nip: string) =>
    (await admin('GET', `${path(nip)}/learning`)).body as {
      eLearning: { jp: number };
      classroom: unknown[];
    };
  const eLearning: ELearningView[] = [];
  await forEachLimit(attending.filter(inTraining), ctx.concurrency, async (p) => {
    const { jp } = (await learning(p.spec.nip)).eLearning;
    eLearning.push({ nip: p.spec.nip, jp, ...(p.missingResume && { missingResume: p.missingResume }) });
  });
  checker.check('regional: 3 JP of e-learning only with every module’s resume', eLearningProblems(eLearning));

  const competency = new Map<string, string[]>();
  await forEachLimit(attending, ctx.concurrency, async (p) => {
    const me = await ctx.actors.participant(p.spec.nip, p.spec.instansi.code);
    const read = (await me('GET', `${path(p.spec.nip)}/certificates`)).body.competency as {
      status: string;
    }[];
    competency.set(
      p.spec.nip,
      read.map((c) => c.status),
    );
  });
  checker.check(
    'regional: every participant found competent certified',
    certifiedProblems(
      attending.map((p) => ({
        nip: p.spec.nip,
        outcome: p.outcome,
        competency: competency.get(p.spec.nip) ?? [],
      })),
    ),
  );

  const graduates = await Promise.all(
    attending
      .filter((p) => p.spec.pikGraduate)
      .map(async (p): Promise<PikGraduateView> => {
        const { nip, instansi } = p.spec;
        const me = await ctx.actors.participant(nip, instansi.code);
        const graduation = await me(
          'GET',
          `/programs/${regional.programId}/proposals/${instansi.code}/candidates/${nip}/pik-graduation`,
        );
        const record = await learning(nip);
        return {
          nip,
          entry: graduation.body.entry,
          classroomDays: record.classroom.length,
          eLearningJp: record.eLearning.jp,
          competency: competency.get(nip) ?? [],
        };
      }),
  );
  checker.check(
    'regional: the PIK graduate tested directly and certified, without training',
    pikGraduateProblems(graduates),
  );
  return checker.results;
}
