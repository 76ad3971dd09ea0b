import type { IsoDate } from '../../domain/shared/dates';
import type { Cohort } from '../../events/api/participant';
import type { LocalStack } from '../local/local-stack';
import type { Actors } from './actors';
import type { Progress } from './progress';
import type { CandidateSpec, Scenario } from './scenario';
import type { MonevReport } from '../../events/api/monev';
import type { StructuralState } from './structural-state';

export type MonevReportRow = MonevReport['rows'][number];

/** An e-mail as the local SES mailbox (`GET /store`) answers it: the fields the demo reads. */
export interface MailboxEmail {
  destination: { to: string[] };
  subject: string;
}

/** One Monev questionnaire the demo answered, as the API echoed the answer. */
export interface MonevAnswerRun {
  nip: string;
  point: number;
  respondent: 'PESERTA' | 'MENTOR';
  milestoneIds: string[];
}

/** What happened to one participant, as the actors saw it in the API's answers. */
export interface ParticipantRun {
  spec: CandidateSpec;
  /** The cohort of their seat, as the placement worker gave it. */
  cohort?: number;
  invitationNumber?: string;
  declined?: boolean;
  absentFromEvaluation?: boolean;
  assessor?: string;
  /** Units the assessor finds not yet competent in the first test. */
  notYetCompetent?: string[];
  /** Not yet competent, what the participant then does: ask for a re-test (and pass it or not), or appeal. */
  followUp?: { asks: true; passes: boolean } | { asks: false; appeals: boolean };
  decisionId?: string;
  outcome?: 'KOMPETEN' | 'BELUM_KOMPETEN';
  retest?: { cohort: number; units: string[]; decisionId?: string; outcome?: string };
  appeal?: { appealId: string; resultingDecisionId: string };
  /** The e-learning module whose resume they never upload (a cohort with e-learning set): no 3 JP for them. */
  missingResume?: string;
}

/** One refusal the actors provoke on purpose under Perban BKN 7/2020, and the code the API answered. */
export interface ExpectedRefusal {
  /** What was tried, e.g. `bukti peserta yang belum diberi pengarahan`. */
  tried: string;
  nip: string;
  expected: string;
  got: string;
}

/** What the cohorts' Perban BKN 7/2020 steps met: the refusals provoked, the additional evidence asked. */
export interface DeliveryRecord {
  refusals: ExpectedRefusal[];
  evidenceRequests: { cohort: number; nip: string; unitCode: string }[];
}

/** A programme a Kanreg proposed for a regional government, played by a context of its own (stage-regional.ts). */
export interface RegionalRun {
  ctx: DemoContext;
  regionalProgramId: string;
  kanreg: string;
  /** The candidates BKN allocated to the Kanreg when it approved the programme. */
  allocation: number;
}

/** The counts the summary reports, by stage. */
export type Counts = Record<string, number>;

export interface DemoContext {
  stack: LocalStack;
  scenario: Scenario;
  actors: Actors;
  /** Requests in flight at most (the HTTP agent's socket limit too). */
  concurrency: number;
  log: (line: string) => void;
  /** The stack's business date (WIB), moved forward as the programme's days come (calendar.ts). */
  today: IsoDate;
  programId: string;
  /** The cohorts as the API lists them (refreshed when seats change). */
  cohorts: Cohort[];
  /** Participants set by the participant-setting session, by NIP. */
  participants: Map<string, ParticipantRun>;
  /** Each cohort's assessors with the participants each may not test, as the team assignment answered. */
  teams: Map<number, { username: string; excluded: string[] }[]>;
  counts: Counts;
  revoked: string[];
  reinstated: string[];
  /** Answers that contradict the scenario without stopping the run (reported with the invariants). */
  problems: string[];
  /**
   * When the run started, in epoch seconds: the local SES keeps one mailbox per process, through the stack's
   * restarts and across stacks, so the run reads the e-mails sent since.
   */
  mailSince: number;
  /** The Monev questionnaires answered, each as the API echoed the answer. */
  monevAnswers: MonevAnswerRun[];
  /** Registration numbers of the certificates re-issued after the programme (refreshment, name correction). */
  reissued: string[];
  /** The Monev report by level, as BKN read it at the end of the rounds. */
  monevReport: MonevReportRow[];
  /** The structural-position scenario (Perka BKN 11/2008), once its stage has started. */
  structural?: StructuralState;
  /** The test site (TUK) identified for the programme's cohorts tested under Perban BKN 7/2020, and its region. */
  testSite?: { tukId: string; region: string };
  /** The share of participants found not yet competent in their first test, and at least how many. */
  notYetCompetent?: { share: number; min: number };
  /** What the Perban BKN 7/2020 steps of the cohorts met, for the invariants. */
  delivery?: DeliveryRecord;
  /** The regional programme played beside this one, once its stage has started. */
  regional?: RegionalRun;
  /** The calendar shared with the programmes played at the same time (national.ts), when there are any. */
  calendar?: ProgrammeCalendar;
}

/** A business calendar several contexts move along together (SharedCalendar in calendar.ts). */
export interface ProgrammeCalendar {
  /** Resolves once the calendar is on `date`, the context's `today` with it. */
  moveTo(ctx: DemoContext, date: IsoDate): Promise<void>;
}

export type Stage = (ctx: DemoContext, progress: Progress) => Promise<void>;

/**
 * A context of its own for another programme played on the run's stack by the run's actors: its people, nothing
 * played yet. What its actors did not expect is the run's.
 */
export function programmeContext(
  parent: Pick<DemoContext, 'stack' | 'actors' | 'concurrency' | 'log' | 'today' | 'problems' | 'mailSince'>,
  scenario: Scenario,
): DemoContext {
  return {
    stack: parent.stack,
    scenario,
    actors: parent.actors,
    concurrency: parent.concurrency,
    log: parent.log,
    today: parent.today,
    programId: '',
    cohorts: [],
    participants: new Map(),
    teams: new Map(),
    counts: {},
    revoked: [],
    reinstated: [],
    problems: parent.problems,
    monevAnswers: [],
    mailSince: parent.mailSince,
    reissued: [],
    monevReport: [],
  };
}

export const add = (counts: Counts, key: string, n = 1) => {
  counts[key] = (counts[key] ?? 0) + n;
};

/** Seated participants who came (did not decline), in cohort then NIP order. */
export function attendingParticipants(ctx: DemoContext): ParticipantRun[] {
  return [...ctx.participants.values()]
    .filter((p) => p.cohort !== undefined && !p.declined)
    .sort((a, b) => a.cohort! - b.cohort! || (a.spec.nip < b.spec.nip ? -1 : 1));
}

export function cohortOf(ctx: DemoContext, number: number): Cohort {
  const cohort = ctx.cohorts.find((c) => c.number === number);
  if (!cohort) throw new Error(`cohort ${number} is not in the programme`);
  return cohort;
}

/** Refreshes the cohort listing through the API. */
export async function refreshCohorts(ctx: DemoContext): Promise<Cohort[]> {
  const admin = await ctx.actors.admin();
  ctx.cohorts = ((await admin('GET', `/programs/${ctx.programId}/cohorts`)).body.items as Cohort[]).sort(
    (a, b) => a.number - b.number,
  );
  return ctx.cohorts;
}
