import { randomUUID } from 'node:crypto';
import { fileAppeal as checkAppeal, openCase, type Filing } from '../../domain/assessment/appeal';
import {
  checkAppealDecider,
  checkAppealReviewer,
  checkAppealWindow,
  decideUpheldAppeal,
} from '../../domain/result/session';
import { checkStrategyMethod, checkStrategyReviewer } from '../../domain/result/appeal-strategy';
import type { RuleViolation } from '../../domain/shared/rule';
import type { routes } from '../../events/api/routes';
import type { Appeal, ResultDecision } from '../../events/api/result';
import { qualificationOf, testersOf } from '../../services/testing/test-context';
import {
  assignAppealReviewer as saveReviewer,
  decisionIdOf,
  fileAppealOnce,
  findAppeal,
  findOpenAppeal,
  findResultDecision,
  resolveAppealRecord,
} from '../../adapters/dynamodb/result-repository';
import { findAppealStrategy } from '../../adapters/dynamodb/result-session-repository';
import { loadTestRecords } from '../../adapters/dynamodb/test-record-repository';
import { ConcurrentChangeError } from '../../adapters/dynamodb/table';
import type { Operation } from '../../runtime/http/api-handler';
import { HttpError, rulesNotMet } from '../../runtime/http/http-error';
import { requestCertificate } from '../../adapters/sqs/certificate-queue';
import { decisionNotFound, resultChanged } from '../../services/results/errors';

/**
 * Our choice (the sources set none): an appeal is reviewed and decided within 14 days of filing, unless the
 * session that decided set its own strategy (Pasal 25h, functions/result-sessions).
 */
export const APPEAL_REVIEW_DAYS = 14;
const DAY_MS = 86_400_000;

const appealNotFound = () =>
  new HttpError(404, 'APPEAL_NOT_FOUND', 'Banding tidak ditemukan untuk peserta ini.');

/**
 * The participant, or their instansi for them, appeals a decision or complains about the process (Perban BKN
 * 7/2020 Pasal 25h, 36(1)d), within the period the session set and against the decision in force. The case gets
 * a review deadline; while it is open no certificate is issued for that decision, and it is the decision's only
 * open case (BANDING-SATU-TERBUKA, kept by a guard item in DynamoDB): the same filing sent again, concurrently
 * or later, answers 200 with it.
 */
export const fileAppeal: Operation<typeof routes.fileAppeal> = async ({ params, body, principal, now }) => {
  const [decision, open] = await Promise.all([
    findResultDecision(params.programId, params.nip, body.decisionId),
    findOpenAppeal(params.programId, params.nip, body.decisionId),
  ]);
  if (!decision) throw decisionNotFound();
  const filing: Filing = { subject: body.subject, grounds: body.grounds, unitCodes: body.unitCodes };
  const against = openCase(filing, open);
  if (open && against.ok) return { statusCode: 200, body: open };
  // The strategy of the session that decided: a re-test's decision was made in the re-test's session.
  const session = decision.testSession ?? { programId: decision.programId, number: decision.cohort };
  const strategy = await findAppealStrategy(session.programId, session.number);
  const filedAt = now.toISOString();
  const verdict = checkAppeal(
    {
      ...filing,
      appellantNip: principal.roles.includes('peserta') && principal.nip ? principal.nip : params.nip,
    },
    {
      participantNip: params.nip,
      resultDecided: true,
      decidedUnitCodes: [...decision.competentUnits, ...decision.notYetCompetentUnits],
    },
  );
  const violations = [
    ...(verdict.ok ? [] : verdict.violations),
    ...checkAppealWindow(decision, filedAt),
    ...(against.ok ? [] : against.violations),
  ];
  if (violations.length > 0) throw rulesNotMet(violations);
  const appeal: Appeal = {
    programId: params.programId,
    nip: params.nip,
    appealId: `bdg_${filedAt}_${randomUUID().slice(0, 8)}`,
    decisionId: decision.decisionId,
    subject: body.subject,
    grounds: body.grounds,
    unitCodes: body.unitCodes,
    status: 'OPEN',
    filedBy: principal.username,
    filedAt,
    reviewDeadline: new Date(
      now.getTime() + (strategy?.reviewDays ?? APPEAL_REVIEW_DAYS) * DAY_MS,
    ).toISOString(),
    ...(strategy
      ? {
          strategy: {
            reviewers: strategy.reviewers,
            reviewDays: strategy.reviewDays,
            methods: strategy.methods,
            setAt: strategy.setAt,
          },
        }
      : {}),
  };
  const filed = await fileAppealOnce(appeal).catch((error: unknown) => {
    // Every try ran into another transaction: answered like a decision that moved, for the caller to retry.
    if (error instanceof ConcurrentChangeError) throw resultChanged();
    throw error;
  });
  if (filed === 'DECISION_CHANGED') throw resultChanged();
  if (filed === 'FILED') return { statusCode: 201, body: appeal };
  // A concurrent filing won: this one is its retry, or refused as above.
  const late = openCase(filing, filed.open);
  if (!late.ok) throw rulesNotMet(late.violations);
  return { statusCode: 200, body: filed.open };
};

/**
 * The participant, their results (with every decision) and everyone who tested them: the participant, their
 * results and assessment in one Query (TR1), then the teams of their sessions.
 */
async function testedParticipant(programId: string, nip: string) {
  const { participant, results, assessment } = await loadTestRecords(programId, nip);
  if (!participant)
    throw new HttpError(404, 'PARTICIPANT_NOT_FOUND', 'Peserta tidak ditemukan dalam program.');
  return {
    participant,
    history: results,
    testers: await testersOf(participant, results.retests, { assessment }),
  };
}

/** Who attended or recorded the session that made a decision (usernames): they cannot review its appeal. */
const sessionPeopleOf = (decision: ResultDecision): string[] => [
  decision.decidedBy,
  ...(decision.session?.attendees.flatMap((a) => (a.username ? [a.username] : [])) ?? []),
];

/**
 * BKN names the reviewer of an open appeal: an official of its training unit who took no part in testing the
 * participant and did not attend or record the session whose decision is appealed (Pasal 2a, 2d, 25h), one of the
 * reviewers of the session's appeal strategy when the appeal carries one.
 */
export const assignAppealReviewer: Operation<typeof routes.assignAppealReviewer> = async ({
  params,
  body,
}) => {
  const appeal = await findAppeal(params.programId, params.nip, params.appealId);
  if (!appeal) throw appealNotFound();
  if (appeal.status !== 'OPEN') throw new HttpError(409, 'APPEAL_RESOLVED', 'Banding sudah diputus.');
  const { testers, history } = await testedParticipant(params.programId, params.nip);
  const decision = history.decisions.find((d) => d.decisionId === appeal.decisionId);
  if (!decision) throw decisionNotFound();
  const refused = [
    ...checkAppealReviewer(body.reviewer, testers, sessionPeopleOf(decision)),
    ...checkStrategyReviewer(appeal.strategy, body.reviewer),
  ];
  if (refused.length > 0) throw rulesNotMet(refused);
  if (!(await saveReviewer(appeal, body.reviewer))) {
    throw new HttpError(409, 'APPEAL_RESOLVED', 'Banding sudah diputus.');
  }
  return { statusCode: 200, body: { ...appeal, reviewer: body.reviewer } };
};

/**
 * The independent reviewer BKN named decides the appeal, themself (our reading of Pasal 25h, which names no
 * body: docs/rules.md), in one of the ways of the session's appeal strategy when the appeal carries one. An
 * upheld appeal against the result writes a new decision that supersedes the old one (which stays, with
 * `supersededBy`); either way the certificate is requested again for the decision in force. A retry of a resolved
 * appeal only requests again.
 */
export const resolveAppeal: Operation<typeof routes.resolveAppeal> = async ({
  params,
  body,
  principal,
  now,
  correlationId,
}) => {
  const appeal = await findAppeal(params.programId, params.nip, params.appealId);
  if (!appeal) throw appealNotFound();
  if (appeal.resolution) return resend(appeal, correlationId, now);
  const { participant, history, testers } = await testedParticipant(params.programId, params.nip);
  const decision = history.decisions.find((d) => d.decisionId === appeal.decisionId);
  if (!decision) throw decisionNotFound();
  const violations: RuleViolation[] = [
    ...checkAppealReviewer(appeal.reviewer, testers, sessionPeopleOf(decision)),
    ...checkAppealDecider(principal.username, appeal.reviewer),
    ...checkStrategyMethod(appeal.strategy, body.method),
  ];
  const decidedAt = now.toISOString();
  let replacement: ResultDecision | undefined;
  if (body.upheld && appeal.subject === 'HASIL') {
    const changed = decideUpheldAppeal({
      // The qualification's order, so the new decision (and the certificate's back page) lists units as usual.
      requiredUnitCodes: (await qualificationOf(participant)).required,
      decided: decision,
      contestedUnits: appeal.unitCodes,
      competentUnits: body.competentUnits,
    });
    if (!changed.ok) violations.push(...changed.violations);
    else {
      replacement = {
        ...decision,
        decisionId: decisionIdOf(decidedAt, history.decisions.length + 1),
        ...changed.value,
        decidedBy: principal.username,
        decidedAt,
        reason: body.reason,
        source: 'BANDING',
        // An appeal's ruling is final: no further appeal against the decision it makes.
        appealUntil: decidedAt,
        appealId: appeal.appealId,
        supersedes: decision.decisionId,
      };
      delete replacement.supersededBy;
      // Made by the reviewer, not by a session: no session record (the old decision keeps its own).
      delete replacement.session;
    }
  }
  if (violations.length > 0) throw rulesNotMet(violations);
  const resolution = {
    upheld: body.upheld,
    reason: body.reason,
    ...(body.method ? { method: body.method } : {}),
    decidedBy: principal.username,
    decidedAt,
    resultingDecisionId: replacement?.decisionId ?? decision.decisionId,
  };
  if (!(await resolveAppealRecord(appeal, resolution, replacement))) {
    const latest = await findAppeal(params.programId, params.nip, params.appealId);
    if (latest?.resolution) return resend(latest, correlationId, now);
    throw new HttpError(
      409,
      'RESULT_CHANGED',
      'Keputusan telah digantikan sementara banding diputus; muat ulang.',
    );
  }
  const resolved: Appeal = { ...appeal, status: 'RESOLVED', resolution };
  return resend(resolved, correlationId, now);
};

async function resend(appeal: Appeal, correlationId: string, now: Date) {
  await requestCertificate(
    { programId: appeal.programId, nip: appeal.nip, decisionId: appeal.resolution!.resultingDecisionId },
    correlationId,
    now,
  );
  return { statusCode: 200, body: appeal };
}
