import { randomUUID } from 'node:crypto';
import {
  checkEvidenceRequest,
  evidenceRequestStatus,
  MAX_EVIDENCE_DAYS,
} from '../../domain/result/additional-evidence';
import { addDays, dateInWib, type IsoDate } from '../../domain/shared/dates';
import type { AdditionalEvidenceRequest, StoredAdditionalEvidence } from '../../events/api/result-session';
import type { routes } from '../../events/api/routes';
import { loadAssessment, unitsOfAttempt } from '../../adapters/dynamodb/assessment-repository';
import { loadResults } from '../../adapters/dynamodb/result-repository';
import { recordEvidenceRequest } from '../../adapters/dynamodb/result-session-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { HttpError, rulesNotMet } from '../../runtime/http/http-error';
import { testContext } from '../../services/testing/test-context';

const attemptDecided = () =>
  new HttpError(409, 'ATTEMPT_DECIDED', 'Percobaan ini sudah diputus sidang hasil; muat ulang.');

/**
 * The result session asks a participant tested in this session for additional evidence on some of the units of
 * their attempt, by a deadline, before it decides (Perban BKN 7/2020 Pasal 25b). Written only while the attempt is
 * undecided (its guard absent, in the same transaction).
 */
export const requestAdditionalEvidence: Operation<typeof routes.requestAdditionalEvidence> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const ctx = await testContext(params.programId, params.number, params.nip);
  const today = dateInWib(now);
  const deadline = body.deadline as IsoDate;
  const refused = checkEvidenceRequest(
    { unitCodes: body.unitCodes, deadline },
    { testedUnits: ctx.scope.unitCodes, decided: ctx.results.attempts.has(ctx.scope.attempt) },
    today,
    addDays(today, MAX_EVIDENCE_DAYS),
  );
  if (refused.length > 0) throw rulesNotMet(refused);
  const requestedAt = now.toISOString();
  const request: StoredAdditionalEvidence = {
    // The participant's own programme: a re-test in a later programme's session is still theirs.
    programId: ctx.participant.programId,
    nip: params.nip,
    requestId: `bkt_${requestedAt}_${randomUUID().slice(0, 8)}`,
    attempt: ctx.scope.attempt,
    session: { programId: params.programId, number: params.number },
    unitCodes: [...new Set(body.unitCodes)],
    missing: body.missing,
    deadline,
    requestedBy: principal.username,
    requestedAt,
  };
  if (!(await recordEvidenceRequest(request))) throw attemptDecided();
  const status = evidenceRequestStatus(request, new Map(), today);
  return { statusCode: 201, body: { ...request, status } };
};

/** A participant's requests for additional evidence, each with where it stands today. */
export const listEvidenceRequests: Operation<typeof routes.listEvidenceRequests> = async ({
  params,
  now,
}) => {
  const [history, assessment] = await Promise.all([
    loadResults(params.programId, params.nip),
    loadAssessment(params.programId, params.nip),
  ]);
  const today = dateInWib(now);
  const items: AdditionalEvidenceRequest[] = history.evidenceRequests.map((request) => ({
    ...request,
    status: evidenceRequestStatus(request, unitsOfAttempt(assessment, request.attempt), today),
  }));
  return { statusCode: 200, body: { items } };
};
