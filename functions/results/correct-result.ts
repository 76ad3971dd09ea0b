import { SCHEMES } from '../../domain/reference/schemes';
import { correctDecision } from '../../domain/result/correction';
import { checkSessionAttendance, checkSessionRecorder, followUpOf } from '../../domain/result/session';
import type { ResultDecision } from '../../events/api/result';
import type { routes } from '../../events/api/routes';
import { qualificationOf, testersOf } from '../../services/testing/test-context';
import { teamOf } from '../../adapters/dynamodb/assessment-repository';
import { appealOpenAgainst, decisionIdOf, recordCorrection } from '../../adapters/dynamodb/result-repository';
import { retestsTakenAtLevel } from '../../adapters/dynamodb/retest-repository';
import { loadTestRecords } from '../../adapters/dynamodb/test-record-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { HttpError, rulesNotMet } from '../../runtime/http/http-error';
import { requestCertificate } from '../../adapters/sqs/certificate-queue';
import { decisionNotFound, resultChanged } from '../../services/results/errors';

const DAY_MS = 86_400_000;

/** Whether `recorded` is the correction this request asks for (a retry of it). */
const isThisCorrection = (
  recorded: ResultDecision,
  body: { reason: string; competentUnits: readonly string[] },
) =>
  recorded.source === 'KOREKSI' &&
  recorded.reason === body.reason &&
  [...recorded.competentUnits].sort().join() === [...body.competentUnits].sort().join();

/**
 * The result session corrects a decision in force (Perban BKN 7/2020 Pasal 25, domain/result/correction.ts):
 * a new decision on the units it now finds competent supersedes the old one, in one transaction, and the
 * certificate worker is asked what this does to the participant's certificate (a new version when still
 * KOMPETEN, annulment when not). Never recorded by someone who tested the participant; not while an appeal
 * against the decision is open. A retry of a correction already recorded answers it and requests again.
 */
export const correctResult: Operation<typeof routes.correctResult> = async ({
  params,
  body,
  principal,
  now,
  correlationId,
}) => {
  // The participant, their results and who assessed them, in one Query (TR1).
  const { participant, results: history, assessment } = await loadTestRecords(params.programId, params.nip);
  if (!participant)
    throw new HttpError(404, 'PARTICIPANT_NOT_FOUND', 'Peserta tidak ditemukan dalam program.');
  const decision = history.decisions.find((d) => d.decisionId === params.decisionId);
  if (!decision) throw decisionNotFound();
  const request = (recorded: ResultDecision) =>
    requestCertificate(
      { programId: recorded.programId, nip: recorded.nip, decisionId: recorded.decisionId },
      correlationId,
      now,
    );
  const recorded = history.decisions.find((d) => d.decisionId === decision.supersededBy);
  if (recorded && isThisCorrection(recorded, body)) {
    await request(recorded);
    return { statusCode: 200, body: recorded };
  }
  // Held by BKN's training unit with the team of the session that tested the decision's attempt.
  const testedIn = decision.testSession ?? { programId: decision.programId, number: decision.cohort };
  const [{ required }, testers, team, retestsTaken] = await Promise.all([
    qualificationOf(participant),
    testersOf(participant, history.retests, { assessment }),
    teamOf(testedIn.programId, testedIn.number),
    retestsTakenAtLevel(participant.nip, SCHEMES[participant.scheme].level),
  ]);
  const corrected = correctDecision(
    decision,
    { requiredUnitCodes: required, appealOpen: appealOpenAgainst(history, decision.decisionId) },
    body,
  );
  const followUp = corrected.ok ? followUpOf(corrected.value, retestsTaken) : undefined;
  const violations = [
    ...(corrected.ok ? [] : corrected.violations),
    ...checkSessionAttendance(body.session.attendees, team),
    ...checkSessionRecorder(principal.username, testers),
  ];
  if (!corrected.ok || !followUp?.ok || violations.length > 0) throw rulesNotMet(violations);
  const decidedAt = now.toISOString();
  const { appealId: _appealId, supersededBy: _supersededBy, followUp: _followUp, ...kept } = decision;
  const correction = {
    ...kept,
    decisionId: decisionIdOf(decidedAt, history.decisions.length + 1),
    ...corrected.value,
    session: body.session,
    decidedBy: principal.username,
    decidedAt,
    reason: body.reason,
    source: 'KOREKSI' as const,
    // A new decision: the participant may appeal it like any other (Pasal 25h, 36(1)d).
    appealUntil: new Date(now.getTime() + body.appealPeriodDays * DAY_MS).toISOString(),
    supersedes: decision.decisionId,
    ...(followUp.value ? { followUp: followUp.value } : {}),
  };
  if (!(await recordCorrection(correction))) throw resultChanged();
  await request(correction);
  return { statusCode: 201, body: correction };
};
