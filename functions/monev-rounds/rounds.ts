import pLimit from 'p-limit';
import {
  DEFAULT_MONEV_SETTINGS,
  roundDates,
  roundStep,
  type MonevSettings,
  type RoundDates,
  type RoundStep,
} from '../../domain/monev/monev';
import { nextMonevDay } from '../../domain/monev/schedule';
import type { IsoDate } from '../../domain/shared/dates';
import type { MonevRound, Questionnaire } from '../../events/api/monev';
import type { Cohort, Participant } from '../../events/api/participant';
import type { ActionPlan, Confirmation } from '../../events/api/training';
import {
  closeRound,
  createQuestionnaire,
  loadMonev,
  markRoundStep,
  monevDue,
  openRound,
  questionnairesOf,
  rescheduleMonev,
  retireMonev,
  type MonevDue,
} from '../../adapters/dynamodb/monev-repository';
import { listCohorts, seatsOf } from '../../adapters/dynamodb/seating-repository';
import { readItems } from '../../adapters/dynamodb/table';
import { confirmationRead } from '../../adapters/dynamodb/training-repository';
import { dateInWib } from '../../domain/shared/dates';
import { logger } from '../../runtime/logger';
import { deliverMonev, sendNewQuestionnaires } from '../../services/monev/delivery';
import { milestonesWithIds } from '../../services/monev/plan';

export interface MonevRun {
  opened: number;
  sent: number;
  reminded: number;
  closed: number;
}

type Planned = Confirmation & { actionPlan: ActionPlan };

/** The cohort's participants who confirmed attending with an action plan, read 100 at a time. */
async function plansOf(cohort: Cohort): Promise<{ participant: Participant; confirmation: Planned }[]> {
  const seated = await seatsOf(cohort.programId, cohort.number);
  const found: { participant: Participant; confirmation: Planned }[] = [];
  for (let i = 0; i < seated.length; i += 100) {
    const part = seated.slice(i, i + 100);
    const confirmations = await readItems(...part.map((p) => confirmationRead(p.programId, p.nip)));
    part.forEach((participant, j) => {
      const confirmation = confirmations[j];
      if (confirmation?.attending && confirmation.actionPlan && confirmation.cohort === cohort.number) {
        found.push({ participant, confirmation: confirmation as Planned });
      }
    });
  }
  return found;
}

/** The questionnaires of one participant's plan in a round: theirs, and their mentor's when the plan names one. */
function questionnairesFor(round: MonevRound, participant: Participant, plan: ActionPlan): Questionnaire[] {
  const common = {
    programId: round.programId,
    cohort: round.cohort,
    point: round.point,
    nip: participant.nip,
    instansiCode: participant.instansiCode,
    level: round.level,
    participantName: participant.name,
    ...(plan.mentor && { mentor: plan.mentor }),
    plan: { title: plan.title, milestones: milestonesWithIds(plan) },
    opensOn: round.opensOn,
    remindOn: round.remindOn,
    closesOn: round.closesOn,
  };
  const participantEmail = plan.identity?.email ?? participant.contact?.email;
  return [
    {
      ...common,
      respondent: 'PESERTA',
      recipientNip: participant.nip,
      recipient: { name: participant.name, ...(participantEmail && { email: participantEmail }) },
    },
    ...(plan.mentor
      ? [
          {
            ...common,
            respondent: 'MENTOR' as const,
            recipientNip: plan.mentor.nip,
            recipient: { name: plan.mentor.name, ...(plan.mentor.email && { email: plan.mentor.email }) },
          },
        ]
      : []),
  ];
}

/** Questionnaires a run writes at once (each its own conditional put). */
const QUESTIONNAIRES_AT_ONCE = 10;

/**
 * Sends what the round's step calls for; every write is conditional, so a repeated run sends nothing twice. A step
 * done for good is marked on the round (MV15), and later runs leave it be: the daily job's cost follows the rounds
 * that have work, not every round ever opened.
 */
async function advance(
  round: MonevRound,
  cohort: Cohort,
  step: RoundStep,
  programName: string,
  now: Date,
  run: MonevRun,
  openedNow: boolean,
) {
  if (step === 'CLOSE') {
    if (await closeRound(round, now.toISOString())) run.closed += 1;
    return;
  }
  const remind = step === 'REMIND' && !round.remindedAt;
  if ((step !== 'SEND' && !remind) || (round.sentAt && !remind)) return;
  const planned = async () =>
    (await plansOf(cohort)).flatMap(({ participant, confirmation }) =>
      questionnairesFor(round, participant, confirmation.actionPlan),
    );
  let questionnaires: Questionnaire[];
  if (openedNow) {
    // A round this run opened has no questionnaire but those its plans give (a concurrent run's included, which
    // are stamped instead): each is created already sent, and none is read back.
    const fresh = await planned();
    run.sent += await sendNewQuestionnaires(fresh, programName, now);
    questionnaires = fresh;
  } else {
    // Until the round is marked sent, each run makes sure every plan has its questionnaires: a run that stopped
    // halfway is completed. Each questionnaire's writes are its own (conditional), so several go at once: one
    // after another, a 30-person cohort's round took seconds of round trips.
    if (!round.sentAt) {
      await pLimit(QUESTIONNAIRES_AT_ONCE).map(await planned(), (q) => createQuestionnaire(q));
    }
    questionnaires = await questionnairesOf(round);
    run.sent += await deliverMonev(
      questionnaires.filter((q) => !q.sentAt),
      'KUESIONER_MONEV',
      programName,
      now,
    );
  }
  if (remind) {
    const unanswered = questionnaires.filter((q) => !q.answer && !q.remindedAt);
    run.reminded += await deliverMonev(unanswered, 'PENGINGAT_MONEV', programName, now);
  }
  // Reached only when every delivery above succeeded (a failure throws): the step is done for good.
  const at = now.toISOString();
  if (!round.sentAt) await markRoundStep(round, 'sentAt', at);
  if (remind) await markRoundStep(round, 'remindedAt', at);
}

/**
 * One programme's Monev: for every training cohort and every Monev point of the programme (default 3, 6 and 12
 * months after the cohort's last day), opens the round when due, sends the questionnaire to each participant with
 * an action plan and to the mentor it names, reminds once those who have not answered before the round closes, and
 * closes it. A round whose whole answering period passed before it was first seen (points set later, or a
 * programme long over) is not opened. Answers the rounds as they stand after the run; a failing round is logged
 * and named in `failed`, and the others go on.
 */
async function runProgram(
  due: MonevDue,
  today: IsoDate,
  now: Date,
  run: MonevRun,
  failed: string[],
): Promise<{ cohorts: Cohort[]; settings: MonevSettings; rounds: MonevRound[] }> {
  const [state, cohorts] = await Promise.all([loadMonev(due.programId), listCohorts(due.programId)]);
  const settings = state.settings ?? DEFAULT_MONEV_SETTINGS;
  const training = cohorts.filter((c) => c.kind !== 'UJI_ULANG');
  const rounds: MonevRound[] = [];
  for (const cohort of training) {
    const opened = state.rounds.filter((r) => r.cohort === cohort.number);
    const points = [...new Set([...opened.map((r) => r.point), ...settings.points])];
    for (const point of points) {
      const id = `${due.programId}#${cohort.number}#${point}`;
      let round = opened.find((r) => r.point === point);
      let openedNow = false;
      try {
        if (!round) {
          const dates = roundDates(cohort.endDate as IsoDate, point, settings);
          const step = roundStep(dates, today, false);
          if (step !== 'SEND' && step !== 'REMIND') continue;
          round = newRound(cohort, point, dates, now);
          openedNow = await openRound(round);
          if (openedNow) run.opened += 1;
        }
        const step = roundStep(round, today, round.status === 'CLOSED');
        await advance(round, cohort, step, due.programName, now, run, openedNow);
        rounds.push(step === 'CLOSE' ? { ...round, status: 'CLOSED' } : round);
      } catch (error) {
        failed.push(id);
        logger.error('monev round failed', { round: id, error: error as Error });
      }
    }
  }
  return { cohorts: training, settings, rounds };
}

/**
 * Scheduled job: the programmes its index lists as due today or earlier (MV18), each run as above, then its entry
 * moved to the next day it has a step (nextMonevDay), or deleted once its last round is closed. The job's cost
 * follows the programmes with work that day, not every programme ever created. A programme with a failing round
 * keeps its day, so the next run takes it again; the others go on, and the run then fails so its alarm fires.
 */
export async function runMonevRounds(now: Date): Promise<MonevRun> {
  const today = dateInWib(now);
  const run: MonevRun = { opened: 0, sent: 0, reminded: 0, closed: 0 };
  const failed: string[] = [];
  for (const due of await monevDue(today)) {
    try {
      const before = failed.length;
      const { cohorts, settings, rounds } = await runProgram(due, today, now, run, failed);
      if (failed.length > before) continue;
      const next = nextMonevDay(
        cohorts.map((c) => ({ number: c.number, endDate: c.endDate as IsoDate })),
        settings,
        rounds,
        today,
      );
      // False when the settings changed meanwhile: the entry is then due again, and the next run plans anew.
      await (next ? rescheduleMonev(due, next) : retireMonev(due));
    } catch (error) {
      failed.push(due.programId);
      logger.error('monev programme failed', { programId: due.programId, error: error as Error });
    }
  }
  logger.info('monev rounds', { ...run, failed });
  if (failed.length > 0) throw new Error(`Monev failed for ${failed.join(', ')}`);
  return run;
}

const newRound = (cohort: Cohort, point: number, dates: RoundDates, now: Date): MonevRound => ({
  programId: cohort.programId,
  cohort: cohort.number,
  point,
  level: cohort.scheme,
  ...dates,
  status: 'OPEN',
  openedAt: now.toISOString(),
});
