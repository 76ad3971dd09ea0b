import { roundDates, type MonevSettings } from '../../domain/monev/monev';
import { addDays, type IsoDate } from '../../domain/shared/dates';
import { monevAnswer, type PlanPeople } from './bodies';
import { Agenda } from './calendar';
import type { Caller } from './http';
import { forEachLimit, type Progress } from './progress';
import { waitForQueues } from './queues';
import { randomFor } from './random';
import { add, attendingParticipants, type DemoContext, type ParticipantRun } from './state';

/** A round of one cohort at one Monev point, with the days the job opens and reminds it on. */
interface PlannedRound {
  cohort: number;
  point: number;
  opensOn: IsoDate;
  remindOn: IsoDate;
  closesOn: IsoDate;
}

/**
 * The participant's mentor or direct supervisor: an ASN twelve years older (a leap day stays a leap day),
 * appointed in 1990, with the participant's sequence number (one per programme of a national run); one per
 * participant, so each mentor's mailbox holds one questionnaire per round.
 */
export function mentorNipOf(nip: string): string {
  return `${Number(nip.slice(0, 4)) - 12}${nip.slice(4, 8)}199003${nip.slice(14, 18)}`;
}

const email = (nip: string, who: 'peserta' | 'mentor') => `${who}.${nip}@demo.sertifikasi.go.id`;

/**
 * A participant's place among those of their cohort who came (in NIP order): the shares below are taken by
 * place, so a run whose placement seats people otherwise (a restart) counts the same.
 */
export function placeInCohort(ctx: DemoContext, run: ParticipantRun): number {
  // Those of the cohort only, then sorted: asked for every participant of every round, sorting the whole
  // programme each time was a few percent of the demo's CPU.
  return [...ctx.participants.values()]
    .filter((p) => p.cohort === run.cohort && !p.declined)
    .sort((a, b) => (a.spec.nip < b.spec.nip ? -1 : 1))
    .indexOf(run);
}

/** Who the participant's action plan names: themself (with an e-mail) and, four in five, their mentor by NIP. */
export function planPeople(ctx: DemoContext, run: ParticipantRun): PlanPeople {
  const { nip, input } = run.spec;
  const mentorNip = mentorNipOf(nip);
  return {
    identity: {
      name: input.name,
      position: input.position.title,
      unit: input.position.unit,
      email: email(nip, 'peserta'),
    },
    ...(placeInCohort(ctx, run) % 5 !== 4 && {
      mentor: {
        nip: mentorNip,
        name: `Atasan ${input.name.split(',')[0]}`,
        position: 'Kepala Badan Kepegawaian dan Pengembangan SDM',
        email: email(mentorNip, 'mentor'),
      },
    }),
  };
}

/**
 * When each respondent answers a round: half the participants before the reminder, a fifth after it, the rest
 * never; a little under half the mentors, before the reminder. Who does changes from round to round.
 */
function answersWhen(place: number, point: number, respondent: 'PESERTA' | 'MENTOR') {
  const turn = (place + point) % 20;
  if (respondent === 'MENTOR') return turn < 9 ? 'EARLY' : 'NEVER';
  return turn % 10 < 5 ? 'EARLY' : turn % 10 < 7 ? 'LATE' : 'NEVER';
}

/**
 * The fewest days the daily job must run on so every round is opened before its reminder day, reminded within
 * its reminder days and closed after its last day (EventBridge runs it every day; the days between change
 * nothing): each day chosen is the last one of the earliest-ending window not yet met, and the rounds not closed
 * by one of those days are closed on one last day.
 */
export function jobDays(rounds: readonly PlannedRound[], today: IsoDate): IsoDate[] {
  const windows = rounds
    .flatMap((r) => [
      { from: r.opensOn, to: addDays(r.remindOn, -1) },
      { from: r.remindOn, to: r.closesOn },
    ])
    // A window already past is missed (the job no longer opens a round whose answering period is over).
    .filter((w) => w.to >= today)
    .map((w) => (w.from < today ? { ...w, from: today } : w))
    .sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
  const days: IsoDate[] = [];
  for (const w of windows) if (!days.some((d) => d >= w.from && d <= w.to)) days.push(w.to);
  const closing = rounds.map((r) => addDays(r.closesOn, 1)).filter((from) => !days.some((d) => d >= from));
  if (closing.length) days.push(closing.sort().at(-1)!);
  return [...new Set(days)].sort();
}

/** Answers the open questionnaire of `point` about `nip` the respondent finds in their list. */
async function answer(
  ctx: DemoContext,
  me: Caller,
  run: ParticipantRun,
  point: number,
  respondent: 'PESERTA' | 'MENTOR',
  people: PlanPeople,
): Promise<void> {
  const open = (await me('GET', '/monev/questionnaires')).body.items as {
    nip: string;
    point: number;
    plan: { milestones: { id: string }[] };
  }[];
  const questionnaire = open.find((q) => q.nip === run.spec.nip && q.point === point);
  if (!questionnaire) {
    ctx.problems.push(`no open Monev ${point} questionnaire of ${run.spec.nip} for the ${respondent}`);
    return;
  }
  const random = randomFor(ctx.scenario.seed, `jawaban:${run.spec.nip}:${point}:${respondent}`);
  // The participant names their mentor now; one who named none in the plan names their direct supervisor.
  const current = people.mentor ?? { nip: mentorNipOf(run.spec.nip), name: `Atasan ${run.spec.input.name}` };
  const identity =
    respondent === 'PESERTA'
      ? people.identity
      : {
          name: current.name,
          position: people.mentor!.position,
          unit: people.identity.unit,
          email: people.mentor!.email,
        };
  const answered = await me(
    'PUT',
    `/programs/${ctx.programId}/participants/${run.spec.nip}/monev/${point}`,
    monevAnswer(
      respondent,
      identity,
      questionnaire.plan.milestones.map((m) => m.id),
      random,
      { nip: current.nip, name: current.name },
    ),
  );
  ctx.monevAnswers.push({
    nip: run.spec.nip,
    point,
    respondent,
    milestoneIds: (answered.body.answer.progress as { milestoneId: string }[]).map((p) => p.milestoneId),
  });
  add(ctx.counts, `Monev ${point} bulan: jawaban ${respondent === 'PESERTA' ? 'peserta' : 'mentor'}`);
}

/**
 * After the certificates: the Monev rounds of every training cohort at the points the programme sets (3, 6 and
 * 12 months after its last day), the calendar moved to the days the daily job has work, the job run there as
 * EventBridge would, and the participants and mentors answering a share of the questionnaires it e-mailed: most
 * before the reminder, some after it, some never. Then BKN reads the report, as JSON and as CSV.
 */
export async function playMonev(ctx: DemoContext, progress: Progress): Promise<void> {
  const admin = await ctx.actors.admin();
  const settings = (await admin('GET', `/programs/${ctx.programId}/monev`)).body as MonevSettings;
  const rounds: PlannedRound[] = ctx.cohorts
    .filter((c) => c.kind !== 'UJI_ULANG')
    .flatMap((c) =>
      settings.points.map((point) => ({
        cohort: c.number,
        point,
        ...roundDates(c.endDate as IsoDate, point, settings),
      })),
    );
  const days = jobDays(rounds, ctx.today);
  const firstOn = (from: IsoDate, to: IsoDate) => days.find((d) => d >= from && d <= to);
  const attending = attendingParticipants(ctx);
  const agenda = new Agenda();
  for (const day of days) {
    agenda.at(day, 'monev', {
      label: 'job Monev',
      subject: 'harian',
      run: async () => {
        const run = (await ctx.stack.fireSchedule('monevRounds')) as {
          sent: number;
          reminded: number;
          closed: number;
        };
        add(ctx.counts, 'Monev: kuesioner dikirim', run.sent);
        add(ctx.counts, 'Monev: pengingat dikirim', run.reminded);
        add(ctx.counts, 'Monev: putaran ditutup', run.closed);
        // The answers of the rounds the job opened today (EARLY) or reminded today (LATE).
        const due = rounds.flatMap((r) => {
          const when = [
            ...(firstOn(r.opensOn, r.closesOn) === day ? ['EARLY'] : []),
            ...(firstOn(r.remindOn, r.closesOn) === day ? ['LATE'] : []),
          ];
          return when.length ? [{ round: r, when }] : [];
        });
        const work = due.flatMap(({ round, when }) =>
          attending
            .filter((p) => p.cohort === round.cohort)
            .flatMap((p) => {
              const people = planPeople(ctx, p);
              return (['PESERTA', 'MENTOR'] as const)
                .filter((who) => who === 'PESERTA' || people.mentor)
                .filter((who) => when.includes(answersWhen(placeInCohort(ctx, p), round.point, who)))
                .map((who) => ({ p, who, people, point: round.point }));
            }),
        );
        await forEachLimit(work, ctx.concurrency, async ({ p, who, people, point }) => {
          const me =
            who === 'PESERTA'
              ? await ctx.actors.participant(p.spec.nip, p.spec.instansi.code)
              : await ctx.actors.mentor(people.mentor!.nip);
          await answer(ctx, me, p, point, who, people);
        });
      },
    });
  }
  await agenda.play(ctx, progress);
  await waitForQueues(ctx.stack, ['notification'], 300_000);
  const report = await admin('GET', `/monev/report?by=level&programId=${ctx.programId}`);
  ctx.monevReport = report.body.rows;
  const csv = await admin('GET', `/monev/report?by=cohort&programId=${ctx.programId}&format=csv`);
  add(ctx.counts, 'Monev: baris laporan CSV per angkatan', String(csv.body).trim().split('\r\n').length - 1);
}
