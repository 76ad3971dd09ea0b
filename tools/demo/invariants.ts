import {
  parseRegistrationNumber,
  SCHEME_TOKENS,
  type RegistrationNumber,
} from '../../domain/certificate/registration-number';
import { QUALIFICATIONS } from '../../domain/reference/qualifications';
import type { SchemeCode } from '../../domain/reference/schemes';
import type { Participant } from '../../events/api/participant';
import type { ProposalDetail } from '../../events/api/proposal';
import type * as z from 'zod';
import type { UploadedDocument } from '../../events/api/upload';
import { documentsChangedInStorage } from '../../services/documents/uploads';
import type { ResultRecord } from '../../events/api/result';
import { CERTIFICATE_EVENTS } from '../../events/messages/certificate-events';
import { lastCertificateSequence } from '../../adapters/dynamodb/certificate-repository';
import { lastInvitationSequence } from '../../adapters/dynamodb/invitation-repository';
import { retestsIn } from '../../adapters/dynamodb/retest-repository';
import { forEachLimit, type Progress } from './progress';
import { deadLetters } from './queues';
import { candidatesWithStatus } from './stage-screening';
import { versionEnrolments } from './stage-holders';
import type { Caller } from './http';
import type { LocalStack } from '../local/local-stack';
import {
  attendingParticipants,
  refreshCohorts,
  type DemoContext,
  type MailboxEmail,
  type ParticipantRun,
} from './state';

export interface InvariantResult {
  name: string;
  ok: boolean;
  /** What broke, a few lines at most per invariant. */
  details: string[];
}

/** Seats of one cohort as read back at the end. */
export interface CohortSeats {
  number: number;
  scheme: string;
  startDate: string;
  capacity: number;
  seatsTaken: number;
  seated: number;
  retests: number;
}

export interface CertificateCounts {
  competency: Record<string, number>;
  training: number;
  revoked: number;
  reinstated: number;
}

export interface Verification {
  invariants: InvariantResult[];
  cohorts: CohortSeats[];
  certificates: CertificateCounts;
}

/**
 * The checks of programmes played at the same time that only hold across them (tools/demo/national.ts): the
 * national registers' numbers, and the certificate events on the one bus. Each programme's verification adds
 * what it read; `results` then checks them together.
 */
export class AcrossProgrammes {
  private readonly numbers: RegistrationNumber[] = [];
  private readonly participants: ParticipantRun[] = [];
  private readonly expected = new Set<string>();
  private readonly programIds = new Set<string>();
  private readonly reissued: string[] = [];
  private readonly questionnaires: ExpectedQuestionnaireMail[] = [];
  private readonly listed: string[] = [];

  add(ctx: DemoContext, numbers: readonly RegistrationNumber[], records: Records): void {
    this.numbers.push(...numbers);
    this.participants.push(...ctx.participants.values());
    for (const id of expectedEvents(ctx, records)) this.expected.add(id);
    this.programIds.add(ctx.programId);
  }

  addQuestionnaires(expected: readonly ExpectedQuestionnaireMail[]): void {
    this.questionnaires.push(...expected);
  }

  addReissues(reissued: readonly string[], listed: readonly string[]): void {
    this.reissued.push(...reissued);
    this.listed.push(...listed);
  }

  /** The checks across the programmes, on the run's stack and mailbox (since the run started). */
  async results({ stack, mailSince }: Pick<DemoContext, 'stack' | 'mailSince'>): Promise<InvariantResult[]> {
    const checker = new Checker();
    checker.check(
      'across programmes: no registration or invitation number reused or skipped',
      await checkRegisters(this.participants, this.numbers),
    );
    const ours = (detail: unknown) => {
      const programId = (detail as { programId?: string }).programId;
      return programId === undefined || this.programIds.has(programId);
    };
    checker.check(
      'across programmes: every certificate event id on the bus once; every recorded certificate change announced',
      eventProblems(stack.events(), this.expected, ours),
    );
    checker.check(
      'across programmes: every Monev questionnaire e-mailed exactly once per round per recipient',
      questionnaireMailProblems(this.questionnaires, await mailboxOf(stack, mailSince)),
    );
    checker.check(
      'across programmes: every re-issued certificate listed in its programme',
      unlistedReissues(this.reissued, this.listed),
    );
    return checker.results;
  }
}

interface CompetencyView {
  registrationNumber: string;
  certificateId?: string;
  reissue?: { reason: string; note: string };
  supersedes?: string;
  scheme: SchemeCode;
  qualification: string;
  decisionId: string;
  nip: string;
  status: string;
  version: number;
  history: { eventId: string }[];
}

export class Checker {
  readonly results: InvariantResult[] = [];
  check(name: string, details: string[]): void {
    this.results.push({ name, ok: details.length === 0, details: details.slice(0, 8) });
  }
}

/** Every registration number of a register taken exactly once, 1..n, and the register's counter at n. */
async function registerProblems(
  label: string,
  numbers: readonly { sequence: number; year: number }[],
  counter: (year: number) => Promise<number>,
): Promise<string[]> {
  const problems: string[] = [];
  for (const year of new Set(numbers.map((n) => n.year))) {
    const sequences = numbers.filter((n) => n.year === year).map((n) => n.sequence);
    const unique = new Set(sequences);
    if (unique.size !== sequences.length) problems.push(`${label} ${year}: a number is used twice`);
    const max = Math.max(...sequences);
    if (unique.size !== max)
      problems.push(`${label} ${year}: ${max - unique.size} numbers skipped below ${max}`);
    const last = await counter(year);
    if (last !== max)
      problems.push(`${label} ${year}: the register is at ${last}, the last number issued is ${max}`);
  }
  return problems;
}

type Records = Map<string, { results: ResultRecord; competency: CompetencyView[]; training: boolean }>;

/** Seats: never over capacity, the counter the seated, each of its level; re-tests within their session's places. */
async function checkSeats(ctx: DemoContext, admin: Caller) {
  const problems: string[] = [];
  const seats: CohortSeats[] = [];
  const seatedAt = new Map<string, number[]>();
  await forEachLimit(await refreshCohorts(ctx), ctx.concurrency, async (cohort) => {
    const [listing, retests] = await Promise.all([
      admin('GET', `/programs/${ctx.programId}/cohorts/${cohort.number}/participants`),
      retestsIn(ctx.programId, cohort.number),
    ]);
    const seated = listing.body.items as Participant[];
    for (const p of seated) {
      seatedAt.set(p.nip, [...(seatedAt.get(p.nip) ?? []), cohort.number]);
      if (p.scheme !== cohort.scheme)
        problems.push(`${p.nip} (${p.scheme}) seated in ${cohort.scheme} cohort ${cohort.number}`);
    }
    if (cohort.seatsTaken > cohort.capacity)
      problems.push(`cohort ${cohort.number}: ${cohort.seatsTaken} seats of ${cohort.capacity}`);
    if (cohort.seatsTaken !== seated.length)
      problems.push(`cohort ${cohort.number}: counter ${cohort.seatsTaken}, seated ${seated.length}`);
    // Re-tests take places of the test session, never training seats, and never more than it has.
    if ((cohort.retestsBooked ?? 0) !== retests.length || retests.length > (cohort.retestPlaces ?? 0))
      problems.push(
        `session ${cohort.number}: ${retests.length} re-tests booked, counter ${cohort.retestsBooked}, places ${cohort.retestPlaces}`,
      );
    const { number, scheme, startDate, capacity, seatsTaken } = cohort;
    seats.push({
      number,
      scheme,
      startDate,
      capacity,
      seatsTaken,
      seated: seated.length,
      retests: retests.length,
    });
  });
  seats.sort((a, b) => a.number - b.number);
  return { problems, seats, seatedAt };
}

/** Every attending participant's results and certificates, as the API gives them. */
async function readParticipants(ctx: DemoContext, admin: Caller, progress: Progress): Promise<Records> {
  const records: Records = new Map();
  const attending = attendingParticipants(ctx);
  progress.restart(attending.length, 'peserta diperiksa');
  await forEachLimit(attending, ctx.concurrency, async (run) => {
    const base = `/programs/${ctx.programId}/participants/${run.spec.nip}`;
    const [results, certificates] = await Promise.all([
      admin('GET', `${base}/results`),
      admin('GET', `${base}/certificates`),
    ]);
    records.set(run.spec.nip, {
      results: results.body,
      competency: certificates.body.competency,
      training: certificates.body.training !== null,
    });
    progress.tick();
  });
  return records;
}

/** Nobody lost: every candidate decided; every participant set seated once, or withdrawn; every test decided. */
async function checkNobodyLost(
  ctx: DemoContext,
  admin: Caller,
  seatedAt: Map<string, number[]>,
  records: Records,
): Promise<string[]> {
  const lost: string[] = [];
  let listed = 0;
  for (const status of ['DRAFT', 'SUBMITTED', 'DOCUMENT_REQUESTED', 'ACCEPTED', 'REJECTED']) {
    const candidates = await candidatesWithStatus(ctx, status);
    if (!['ACCEPTED', 'REJECTED'].includes(status) && candidates.length > 0)
      lost.push(`${candidates.length} candidates left ${status}`);
    listed += candidates.length;
  }
  if (listed !== ctx.scenario.candidates.length)
    lost.push(`${listed} candidates listed, ${ctx.scenario.candidates.length} proposed`);
  for (const [nip, run] of ctx.participants) {
    const cohorts = seatedAt.get(nip) ?? [];
    if (cohorts.length > 1) lost.push(`${nip} seated in cohorts ${cohorts.join(', ')}`);
    if (run.declined) {
      if (cohorts.length > 0) lost.push(`${nip} declined but still holds a seat`);
      const seen = (await admin('GET', `/programs/${ctx.programId}/participants/${nip}`)).body as Participant;
      if (!seen.withdrawnAt || seen.seat) lost.push(`${nip} declined but is not recorded as withdrawn`);
    } else if (cohorts.length !== 1) lost.push(`${nip} was set but holds no seat`);
  }
  for (const nip of seatedAt.keys())
    if (!ctx.participants.has(nip)) lost.push(`${nip} holds a seat but was never set`);
  for (const run of attendingParticipants(ctx)) {
    if (!records.get(run.spec.nip)?.results.current)
      lost.push(`${run.spec.nip} was tested but has no decision in force`);
  }
  return lost;
}

/** Certificates: one in force per competent participant, on a competent decision in force; training iff 21 JP. */
function checkCertificates(ctx: DemoContext, records: Records) {
  const problems: string[] = [];
  const numbers: RegistrationNumber[] = [];
  const counts: CertificateCounts = {
    competency: {},
    training: 0,
    revoked: 0,
    reinstated: ctx.reinstated.length,
  };
  const statusOf = new Map<string, string>();
  for (const run of attendingParticipants(ctx)) {
    const { results, competency, training } = records.get(run.spec.nip)!;
    const decisions = new Map(results.decisions.map((d) => [d.decisionId, d]));
    const current = results.current ? decisions.get(results.current) : undefined;
    const firstIssues = competency.filter((c) => c.version === 0);
    // The version in force (a superseded or annulled version may rest on a decision that was superseded).
    const inForce = competency.filter((c) => c.status === 'AKTIF' || c.status === 'DICABUT');
    for (const certificate of competency) {
      const decision = decisions.get(certificate.decisionId);
      statusOf.set(certificate.registrationNumber, certificate.status);
      if (certificate.nip !== run.spec.nip)
        problems.push(`${certificate.registrationNumber} names another holder`);
      if (
        inForce.includes(certificate) &&
        (!decision || decision.outcome !== 'KOMPETEN' || decision.supersededBy)
      )
        problems.push(
          `${certificate.registrationNumber} rests on ${certificate.decisionId}, not a competent decision in force`,
        );
      const parsed = parseRegistrationNumber(certificate.registrationNumber);
      if (!parsed.ok) problems.push(`${certificate.registrationNumber} is malformed`);
      else if (certificate.version === 0) numbers.push(parsed.value);
      if (certificate.status === 'DICABUT') counts.revoked += 1;
    }
    const competent = current?.outcome === 'KOMPETEN';
    if (firstIssues.length > 1)
      problems.push(`${run.spec.nip} holds ${firstIssues.length} registration numbers`);
    if (competent && inForce.length !== 1)
      problems.push(
        `${run.spec.nip} is competent (${current.decisionId}) with ${inForce.length} certificates in force`,
      );
    if (!competent && inForce.length > 0)
      problems.push(`${run.spec.nip} is not competent but holds a certificate in force`);
    const fullJp = !run.absentFromEvaluation;
    if (training !== fullJp)
      problems.push(
        `${run.spec.nip}: training certificate ${training ? 'issued' : 'missing'} with${fullJp ? '' : 'out'} the full 21 JP`,
      );
    if (training) counts.training += 1;
    for (const n of firstIssues) {
      const token = SCHEME_TOKENS[n.scheme];
      counts.competency[token] = (counts.competency[token] ?? 0) + 1;
    }
  }
  for (const n of ctx.revoked) {
    const expected = ctx.reinstated.includes(n) ? 'AKTIF' : 'DICABUT';
    if (statusOf.get(n) !== expected) problems.push(`${n} is ${statusOf.get(n)}, expected ${expected}`);
  }
  return { problems, numbers, counts };
}

/**
 * Re-tests and follow-up (Pasal 16(7), 25c-d, 26, 35(5)): every ask booked; every not-yet-competent decision with
 * both a re-test offer (or why none) and a development recommendation; the qualification the candidate's own
 * (BKN's JPT Pratama on the BKN one) on every decision and certificate.
 */
async function checkFollowUp(ctx: DemoContext, admin: Caller, records: Records): Promise<string[]> {
  const problems: string[] = [];
  const pending = (await admin('GET', `/programs/${ctx.programId}/retest-requests`)).body.items as unknown[];
  if (pending.length > 0) problems.push(`${pending.length} re-test asks without a booking`);
  for (const run of attendingParticipants(ctx)) {
    const { results, competency } = records.get(run.spec.nip)!;
    const expected = QUALIFICATIONS[run.spec.qualification];
    for (const d of results.decisions) {
      if (d.qualification !== undefined && d.qualification !== expected.code)
        problems.push(`${d.decisionId} of ${run.spec.nip} is on ${d.qualification}, not ${expected.code}`);
      if (d.outcome !== 'BELUM_KOMPETEN' || d.source === 'BANDING') continue;
      const followUp = d.followUp;
      if (!followUp?.retest || !followUp.development.forms.length)
        problems.push(`${d.decisionId} of ${run.spec.nip} is not yet competent without both follow-ups`);
    }
    for (const c of competency) {
      if (c.qualification !== expected.name)
        problems.push(`${c.registrationNumber} states ${c.qualification}, not ${expected.name}`);
    }
    if (run.followUp?.asks && !results.retests.some((r) => r.cohort === run.retest?.cohort))
      problems.push(`${run.spec.nip} asked for a re-test that is not booked`);
    else if (run.followUp?.asks && !results.decisions.some((d) => d.attempt > 0))
      problems.push(`${run.spec.nip} was booked a re-test but never re-tested`);
  }
  return problems;
}

/**
 * Invitations (Perka BKN 11/2008 Lampiran III.2.a.4)): everyone who came had their letter's receipt recorded, on
 * or before the 6th working day before their cohort, as the API shows it.
 */
async function checkInvitationsReceived(ctx: DemoContext, admin: Caller): Promise<string[]> {
  const problems: string[] = [];
  await forEachLimit(attendingParticipants(ctx), ctx.concurrency, async (run) => {
    const invitation = await admin(
      'GET',
      `/programs/${ctx.programId}/participants/${run.spec.nip}/invitation`,
      undefined,
      [200, 404, 409],
    );
    const receipt = invitation.body?.receipt as
      { receivedOn: string; deadline: string; late: boolean } | undefined;
    if (invitation.status !== 200) problems.push(`${run.spec.nip}: no invitation (${invitation.body?.code})`);
    else if (!receipt)
      problems.push(`${run.spec.nip}: invitation ${invitation.body.number} never acknowledged`);
    else if (receipt.late || receipt.receivedOn > receipt.deadline)
      problems.push(`${run.spec.nip}: received ${receipt.receivedOn}, after ${receipt.deadline}`);
  });
  return problems.sort();
}

/**
 * Documents (issue 13): every document of every proposal, the letter and each candidate's, is in storage exactly
 * as it was pinned when confirmed (version id, size, SHA-256): nothing changed behind the system's back.
 */
async function checkDocumentsPinned(ctx: DemoContext, admin: Caller): Promise<string[]> {
  const documents: { name: string; document: UploadedDocument }[] = [];
  const proposers = [...new Set(ctx.scenario.candidates.map((c) => c.instansi.code))];
  await forEachLimit(proposers, ctx.concurrency, async (code) => {
    const proposal = (await admin('GET', `/programs/${ctx.programId}/proposals/${code}`)).body as z.infer<
      typeof ProposalDetail
    >;
    if (proposal.letter) documents.push({ name: `${code} surat usulan`, document: proposal.letter });
    for (const candidate of proposal.candidates)
      for (const [kind, document] of Object.entries(candidate.documents))
        if (document) documents.push({ name: `${code} ${candidate.nip} ${kind}`, document });
  });
  if (documents.length === 0) return ['no confirmed document to check'];
  return (await documentsChangedInStorage(documents)).map((v) => `${v.field}: ${v.message}`).sort();
}

const INVITATION_NUMBER = /^(\d+)\/UND\/PUSBANG-ASN\/[IVX]+\/(\d{4})$/;

/**
 * Registers: no number reused or skipped, none taken and left unused. The registers are national: programmes
 * played at the same time (tools/demo/national.ts) are checked together, their numbers and participants pooled.
 */
async function checkRegisters(
  participants: Iterable<ParticipantRun>,
  numbers: readonly RegistrationNumber[],
): Promise<string[]> {
  const problems: string[] = [];
  for (const scheme of new Set(numbers.map((n) => n.scheme))) {
    const token = SCHEME_TOKENS[scheme];
    problems.push(
      ...(await registerProblems(
        `certificates ${token}`,
        numbers.filter((n) => n.scheme === scheme),
        (year) => lastCertificateSequence(token, year),
      )),
    );
  }
  const invitations = [...participants].map((p: ParticipantRun) =>
    INVITATION_NUMBER.exec(p.invitationNumber ?? ''),
  );
  const missing = invitations.filter((m) => !m).length;
  if (missing > 0) problems.push(`${missing} participants without an invitation number`);
  problems.push(
    ...(await registerProblems(
      'invitations',
      invitations.filter((m) => m !== null).map((m) => ({ sequence: Number(m[1]), year: Number(m[2]) })),
      lastInvitationSequence,
    )),
  );
  return problems;
}

/**
 * Certificate events: each event id on the bus once, and exactly the changes recorded: every entry of every
 * certificate version's history, and each training certificate, announced by the event of its id. Another
 * programme's issuing events (the regional one's) are its own to explain.
 */
function checkEvents(ctx: DemoContext, records: Records): string[] {
  return eventProblems(ctx.stack.events(), expectedEvents(ctx, records), (detail) =>
    inProgramme(ctx, detail),
  );
}

/** The event ids a programme's certificates must have announced: every history entry, each training certificate. */
function expectedEvents(ctx: DemoContext, records: Records): Set<string> {
  return new Set(
    [...records.entries()].flatMap(([nip, record]) => [
      ...record.competency.flatMap((c) => c.history.map((h) => h.eventId)),
      ...(record.training ? [`PELATIHAN/${ctx.programId}/${nip}#0`] : []),
    ]),
  );
}

/** Each event id on the bus once; every expected one published; none of `ours` that nothing recorded explains. */
function eventProblems(
  events: ReturnType<LocalStack['events']>,
  expected: ReadonlySet<string>,
  ours: (detail: unknown) => boolean,
): string[] {
  const problems: string[] = [];
  const idOf = (e: (typeof events)[number]) => (e.detail as { eventId?: string }).eventId ?? '(no id)';
  // Certificate events only: a scheme version's is checked where the demo publishes it (stage-holders.ts).
  const certificateEvents = events.filter((e) => e['detail-type'] in CERTIFICATE_EVENTS);
  const ids = certificateEvents.map(idOf);
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push(`event ${id} published more than once`);
    seen.add(id);
  }
  const missing = [...expected].filter((id) => !seen.has(id));
  const unexplained = certificateEvents
    .filter((e) => ours(e.detail))
    .map(idOf)
    .filter((id) => !expected.has(id));
  if (missing.length > 0) problems.push(`${missing.length} changes never announced, e.g. ${missing[0]}`);
  if (unexplained.length > 0)
    problems.push(`${unexplained.length} events announce no recorded change, e.g. ${unexplained[0]}`);
  return problems;
}

/** Whether an event is of the context's programme: it names it, or names none (a revocation, a re-issue). */
export const inProgramme = (ctx: Pick<DemoContext, 'programId'>, detail: unknown) => {
  const programId = (detail as { programId?: string }).programId;
  return programId === undefined || programId === ctx.programId;
};

/** The e-mails the local SES has sent since `since` (epoch seconds), as its mailbox API answers them. */
async function mailboxOf(stack: LocalStack, since: number): Promise<MailboxEmail[]> {
  const response = await fetch(`${stack.mailbox}store?since=${since}`);
  if (!response.ok) throw new Error(`the local SES mailbox answered ${response.status}`);
  return ((await response.json()) as { emails: MailboxEmail[] }).emails;
}

/** E-mails of Monev questionnaires (not their reminders) to one address for one point, as expected. */
export interface ExpectedQuestionnaireMail {
  address: string;
  point: number;
  count: number;
}

const QUESTIONNAIRE_SUBJECT = /^Kuesioner Monev (\d+) bulan pascapelatihan: /;

/**
 * Every Monev questionnaire e-mailed exactly once per round per recipient: the questionnaire e-mails in the
 * mailbox, by address and point, against what the opened rounds and the plans call for.
 */
export function questionnaireMailProblems(
  expected: readonly ExpectedQuestionnaireMail[],
  mails: readonly MailboxEmail[],
): string[] {
  const seen = new Map<string, number>();
  for (const mail of mails) {
    const point = QUESTIONNAIRE_SUBJECT.exec(mail.subject)?.[1];
    if (!point) continue;
    for (const to of mail.destination.to) seen.set(`${to} ${point}`, (seen.get(`${to} ${point}`) ?? 0) + 1);
  }
  const problems: string[] = [];
  for (const { address, point, count } of expected) {
    const key = `${address} ${point}`;
    const got = seen.get(key) ?? 0;
    if (got !== count)
      problems.push(`${address}: ${got} questionnaires of Monev ${point}, expected ${count}`);
    seen.delete(key);
  }
  for (const [key, got] of seen)
    problems.push(`${key.replace(' ', ': Monev ')} e-mailed ${got}× without a round`);
  return problems;
}

/** One answered Monev questionnaire: the milestones its progress names, as the API recorded them. */
export interface AnsweredQuestionnaire {
  nip: string;
  point: number;
  respondent: string;
  milestoneIds: readonly string[];
}

/**
 * Every Monev answer attached to the milestones of that participant's plan: each milestone of the plan once,
 * none that is not in it; and the report counts exactly these answers, and the participants' milestones.
 */
export function answerMilestoneProblems(
  answers: readonly AnsweredQuestionnaire[],
  plans: ReadonlyMap<string, readonly string[]>,
  report: readonly {
    participant: { answered: number };
    mentor: { answered: number };
    milestones: Record<string, number>;
  }[],
): string[] {
  const problems: string[] = [];
  for (const a of answers) {
    const plan = plans.get(a.nip);
    const label = `${a.nip} Monev ${a.point} (${a.respondent})`;
    if (!plan) {
      problems.push(`${label}: answered without a plan`);
      continue;
    }
    const foreign = a.milestoneIds.filter((id) => !plan.includes(id));
    if (foreign.length) problems.push(`${label}: milestones ${foreign.join(', ')} are not in the plan`);
    const twice = a.milestoneIds.filter((id, i) => a.milestoneIds.indexOf(id) !== i);
    if (twice.length) problems.push(`${label}: milestones ${twice.join(', ')} answered twice`);
    const skipped = plan.filter((id) => !a.milestoneIds.includes(id));
    if (skipped.length) problems.push(`${label}: milestones ${skipped.join(', ')} left out`);
  }
  const answered = report.reduce((n, r) => n + r.participant.answered + r.mentor.answered, 0);
  if (answered !== answers.length)
    problems.push(`the report counts ${answered} answers, ${answers.length} were given`);
  const entries = report.reduce((n, r) => n + Object.values(r.milestones).reduce((a, b) => a + b, 0), 0);
  // The report's milestone figures are the participants' own account of their plan.
  const given = answers
    .filter((a) => a.respondent === 'PESERTA')
    .reduce((n, a) => n + a.milestoneIds.length, 0);
  if (entries !== given)
    problems.push(`the report counts ${entries} milestone answers of participants, ${given} were given`);
  return problems;
}

/** An enrolment of a holder in a newer scheme version, as the API lists it. */
export interface EnrolmentView {
  registrationNumber: string;
  status: string;
  attendance: unknown;
  testUnits: readonly string[];
  decisions: readonly { units: readonly { code: string; outcome: string }[] }[];
  reissuedAs?: string;
}

/**
 * Every re-issued certificate backed by a recorded decision: a scheme change by the completed enrolment that
 * names it (attendance recorded, every changed unit decided competent), a name correction by its recorded
 * basis, a replaced decision by the competent decision it rests on; no new version without a reason.
 */
export function reissueProblems(
  certificates: readonly (CompetencyView & { decisionOutcome?: string })[],
  enrolments: readonly EnrolmentView[],
): string[] {
  const problems: string[] = [];
  const byNumber = new Map(enrolments.filter((e) => e.reissuedAs).map((e) => [e.reissuedAs!, e]));
  for (const c of certificates) {
    if (c.version === 0) continue;
    const n = c.registrationNumber;
    switch (c.reissue?.reason) {
      case 'PERUBAHAN_SKEMA': {
        const e = byNumber.get(n);
        const last = e?.decisions.at(-1);
        const competent = e?.testUnits.every((u) =>
          last?.units.some((d) => d.code === u && d.outcome === 'KOMPETEN'),
        );
        if (!e) problems.push(`${n}: re-issued for a scheme change without an enrolment naming it`);
        else if (e.status !== 'SELESAI' || !e.attendance || !competent)
          problems.push(
            `${n}: its enrolment is ${e.status}, without the attendance and competent decision it needs`,
          );
        break;
      }
      case 'KOREKSI_NAMA':
        if (!c.reissue.note.trim()) problems.push(`${n}: name corrected without a recorded basis`);
        break;
      case 'KEPUTUSAN_DIGANTI':
        if (c.decisionOutcome !== 'KOMPETEN')
          problems.push(`${n}: re-issued on ${c.decisionId}, not a competent decision`);
        break;
      default:
        problems.push(`${n}: version ${c.version} without a recorded reason`);
    }
  }
  return problems;
}

/**
 * Monev, read back: the rounds the job opened, every participant's plan (their address, their mentor's, the
 * milestones), and the mailbox of the local SES.
 */
async function checkMonev(ctx: DemoContext, admin: Caller) {
  const rounds = (await admin('GET', `/programs/${ctx.programId}/monev`)).body.rounds as {
    cohort: number;
    point: number;
  }[];
  const plans = new Map<string, { cohort: number; addresses: string[]; milestones: string[] }>();
  await forEachLimit(attendingParticipants(ctx), ctx.concurrency, async (run) => {
    const plan = await admin(
      'GET',
      `/programs/${ctx.programId}/participants/${run.spec.nip}/action-plan`,
      undefined,
      [200, 404],
    );
    if (plan.status !== 200) return;
    const { identity, mentor, milestones } = plan.body.actionPlan as {
      identity?: { email?: string };
      mentor?: { email?: string };
      milestones: { id: string }[];
    };
    plans.set(run.spec.nip, {
      cohort: plan.body.cohort,
      addresses: [identity?.email, mentor?.email].filter((a): a is string => !!a),
      milestones: milestones.map((m) => m.id),
    });
  });
  const expected = new Map<string, ExpectedQuestionnaireMail>();
  for (const round of rounds)
    for (const plan of plans.values())
      if (plan.cohort === round.cohort)
        for (const address of plan.addresses) {
          const key = `${address} ${round.point}`;
          const e = expected.get(key) ?? { address, point: round.point, count: 0 };
          e.count += 1;
          expected.set(key, e);
        }
  const report = (await admin('GET', `/monev/report?by=level&programId=${ctx.programId}`)).body.rows;
  return {
    expected: [...expected.values()],
    answers: answerMilestoneProblems(
      ctx.monevAnswers,
      new Map([...plans].map(([nip, p]) => [nip, p.milestones])),
      report,
    ),
  };
}

/** Re-issued certificates against the enrolments of every newer scheme version and the holders' decisions. */
async function checkReissues(
  ctx: DemoContext,
  admin: Caller,
  records: Records,
  across?: AcrossProgrammes,
): Promise<string[]> {
  const enrolments: EnrolmentView[] = [];
  for (const scheme of new Set(ctx.cohorts.map((c) => c.scheme))) {
    const versions = (await admin('GET', `/schemes/${scheme}/versions`)).body.versions as {
      version: string;
      sequence: number;
    }[];
    for (const v of versions.filter((v) => v.sequence > 1))
      enrolments.push(...(await versionEnrolments<EnrolmentView>(admin, scheme, v.version)));
  }
  const certificates = [...records.values()].flatMap(({ results, competency }) =>
    competency.map((c) => ({
      ...c,
      decisionOutcome: results.decisions.find((d) => d.decisionId === c.decisionId)?.outcome,
    })),
  );
  const problems = reissueProblems(certificates, enrolments);
  const listed = certificates.map((c) => c.registrationNumber);
  // The holders of every programme meet a scheme's new version: what one programme re-issued may be another's.
  if (across) across.addReissues(ctx.reissued, listed);
  else problems.push(...unlistedReissues(ctx.reissued, listed));
  return problems;
}

const unlistedReissues = (reissued: readonly string[], listed: readonly string[]) => {
  const all = new Set(listed);
  return reissued.filter((n) => !all.has(n)).map((n) => `${n} was re-issued but is not listed`);
};

/**
 * Reads the programme back through the API (and, where the API has nothing to ask, the registers' counters and
 * the re-test seats straight from DynamoDB) and checks what must always hold.
 */
export async function verifyInvariants(
  ctx: DemoContext,
  progress: Progress,
  across?: AcrossProgrammes,
): Promise<Verification> {
  const admin = await ctx.actors.admin();
  const checker = new Checker();
  // The relay publishes after the workers: what they wrote to the outbox is on the bus before it is checked.
  await ctx.stack.eventsSettled();
  const seats = await checkSeats(ctx, admin);
  checker.check('no cohort over capacity; every seat counted, of its level', seats.problems);
  const records = await readParticipants(ctx, admin, progress);
  checker.check(
    'no participant lost: every candidate decided, every participant seated once or withdrawn, every test decided',
    await checkNobodyLost(ctx, admin, seats.seatedAt, records),
  );
  const certificates = checkCertificates(ctx, records);
  checker.check(
    'no certificate in force without a competent decision in force; one in force per competent participant; training certificate iff 21 JP',
    certificates.problems,
  );
  // Played beside other programmes, the registers and the bus are checked across them all (`across.results`).
  if (across) across.add(ctx, certificates.numbers, records);
  else {
    checker.check(
      'no registration or invitation number reused or skipped',
      await checkRegisters(ctx.participants.values(), certificates.numbers),
    );
    checker.check(
      'every certificate event id on the bus once; every recorded certificate change announced',
      checkEvents(ctx, records),
    );
  }
  checker.check(
    'no document changed after submission: each in storage as pinned when confirmed',
    await checkDocumentsPinned(ctx, admin),
  );
  checker.check(
    'every invitation received in time: 6 working days before the cohort at the latest',
    await checkInvitationsReceived(ctx, admin),
  );
  checker.check(
    "every re-test ask booked and re-tested; every not-yet-competent decision with a re-test offer and development; the qualification the candidate's own",
    await checkFollowUp(ctx, admin, records),
  );
  const monev = await checkMonev(ctx, admin);
  // One mailbox for every programme: played beside others, the questionnaires are checked across them.
  if (across) across.addQuestionnaires(monev.expected);
  else
    checker.check(
      'every Monev questionnaire e-mailed exactly once per round per recipient',
      questionnaireMailProblems(monev.expected, await mailboxOf(ctx.stack, ctx.mailSince)),
    );
  checker.check(
    "every Monev answer attached to the milestones of that participant's plan, and counted by the report",
    monev.answers,
  );
  checker.check(
    'every re-issued certificate backed by a recorded decision: a completed enrolment, a name correction or a competent decision',
    await checkReissues(ctx, admin, records, across),
  );
  const dead = Object.entries(await deadLetters(ctx.stack)).filter(([, n]) => n > 0);
  checker.check(
    'no message in a dead-letter queue',
    dead.map(([q, n]) => `${q}: ${n}`),
  );
  checker.check('every answer as the scenario expected', ctx.problems);
  return { invariants: checker.results, cohorts: seats.seats, certificates: certificates.counts };
}
