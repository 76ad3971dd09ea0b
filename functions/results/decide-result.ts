import { DECISION_RULES, decideOverall, type UnitAssessment } from '../../domain/assessment/decision';
import { checkSessionRecorder, cumulateAttempt } from '../../domain/result/session';
import { violation } from '../../domain/shared/rule';
import type { routes } from '../../events/api/routes';
import type { ResultDecision } from '../../events/api/result';
import { testContext, testersOf } from '../assessment/context';
import { unitAssessmentOf } from '../assessment/units';
import { loadAssessment } from '../shared/data/assessment-repository';
import {
  decisionIdOf,
  findResultDecision,
  loadResults,
  recordSessionDecision,
} from '../shared/data/result-repository';
import type { Operation } from '../shared/http/api-handler';
import { HttpError, rulesNotMet } from '../shared/http/http-error';
import { requestCertificate } from './certificate-queue';
import { currentDecision } from './context';

const DAY_MS = 86_400_000;

/**
 * The result session decides one participant's attempt in this cohort (Perban BKN 7/2020 Pasal 25): KOMPETEN
 * only when every required unit is, counting units found competent in earlier attempts (Pasal 16(6), 26(2)).
 * Whoever records it must not have tested the participant. One decision per attempt, written before the
 * certificate is requested; a retry finds it and only requests again.
 */
export const decideResult: Operation<typeof routes.decideResult> = async ({
  params,
  body,
  principal,
  now,
  correlationId,
}) => {
  const ctx = await testContext(params.programId, params.number, params.nip);
  const { attempt, unitCodes } = ctx.scope;
  const history = await loadResults(params.programId, params.nip);
  const existingId = history.attempts.get(attempt);
  if (existingId !== undefined) return resend(params.programId, params.nip, existingId, correlationId, now);

  const testers = await testersOf(ctx.participant, ctx.retests);
  const refusedRecorder = checkSessionRecorder(principal.username, testers);
  if (refusedRecorder.length > 0) throw rulesNotMet(refusedRecorder);

  const units = await loadAssessment(params.programId, params.nip, attempt);
  const assessments = unitCodes.map((code) => unitAssessmentOf(code, units.get(code)));
  const missing = unitCodes.filter((_, i) => assessments[i] === undefined);
  if (missing.length > 0) {
    throw rulesNotMet(
      missing.map((code) =>
        violation(
          DECISION_RULES['UJI-KEPUTUSAN-ASESOR'],
          `Unit ${code} belum direkomendasikan asesor; keputusan belum dapat ditetapkan.`,
          `units.${code}`,
        ),
      ),
    );
  }
  const overall = decideOverall(unitCodes, assessments as UnitAssessment[]);
  const previous = attempt === 0 ? undefined : currentDecision(history.decisions);
  const result = cumulateAttempt(ctx.required, previous?.competentUnits ?? [], overall);
  const decidedAt = now.toISOString();
  const decision: ResultDecision = {
    programId: params.programId,
    nip: params.nip,
    decisionId: decisionIdOf(decidedAt, history.decisions.length + 1),
    scheme: ctx.participant.scheme,
    cohort: ctx.cohort.number,
    attempt,
    ...result,
    committee: body.committee,
    decidedBy: principal.username,
    decidedAt,
    reason:
      body.reason ??
      (result.outcome === 'KOMPETEN'
        ? 'Seluruh unit kompetensi yang dipersyaratkan dinyatakan kompeten.'
        : `Belum kompeten pada unit: ${result.notYetCompetentUnits.join(', ')}.`),
    source: 'SIDANG_HASIL',
    appealUntil: new Date(now.getTime() + body.appealPeriodDays * DAY_MS).toISOString(),
  };
  if (!(await recordSessionDecision(decision))) {
    // Another request for this attempt got there first: answer with its decision.
    const raced = (await loadResults(params.programId, params.nip)).attempts.get(attempt);
    if (raced === undefined)
      throw new HttpError(409, 'RESULT_CHANGED', 'Data hasil berubah; silakan ulangi.');
    return resend(params.programId, params.nip, raced, correlationId, now);
  }
  await requestCertificate(decision, correlationId, now);
  return { statusCode: 201, body: decision };
};

async function resend(programId: string, nip: string, decisionId: string, correlationId: string, now: Date) {
  const decision = await findResultDecision(programId, nip, decisionId);
  if (!decision) throw new HttpError(409, 'RESULT_CHANGED', 'Data hasil berubah; silakan ulangi.');
  await requestCertificate(decision, correlationId, now);
  return { statusCode: 200, body: decision };
}
