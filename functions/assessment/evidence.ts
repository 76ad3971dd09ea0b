import { randomUUID } from 'node:crypto';
import { evidenceItemViolations } from '../../domain/assessment/evidence';
import { authorizeExpertAction } from '../../domain/assessment/expert';
import { ASSESSMENT_METHODS } from '../../domain/assessment/methods';
import { dateInWib } from '../../domain/program/program';
import type { EvidenceRecord } from '../../events/api/assessment';
import type { routes } from '../../events/api/routes';
import { saveEvidence } from '../shared/data/assessment-repository';
import type { Operation } from '../shared/http/api-handler';
import { rulesNotMet } from '../shared/http/http-error';
import { testContext } from './context';
import { memberMayTest, testerFor } from './tester';
import { unitInScope } from './units';

/**
 * An assessor, or an expert helping one (Perban BKN 7/2020 Pasal 30(4)c), records one piece of evidence for a
 * unit of a participant they may test, with the method and kind (Pasal 20) and the Pasal 21 qualities judged.
 * Evidence that falls short is still recorded; what it lacks is listed and keeps the unit from being competent.
 */
export const recordEvidence: Operation<typeof routes.recordEvidence> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const ctx = await testContext(params.programId, params.number, params.nip);
  unitInScope(ctx, params.unitCode);
  const today = dateInWib(now);
  const member = testerFor(principal, ctx, today);
  if (member.role === 'pakar') {
    const assessorInvolved = ctx.team.some(
      (m) => m.role === 'asesor' && memberMayTest(m, ctx.participant, today).ok,
    );
    const verdict = authorizeExpertAction('MEMBANTU_PENGUMPULAN_BUKTI', assessorInvolved);
    if (!verdict.ok) throw rulesNotMet(verdict.violations);
  }
  const recordedAt = now.toISOString();
  const evidenceId = `evd_${recordedAt}_${randomUUID().slice(0, 8)}`;
  const { method, description, ...qualities } = body;
  const record: EvidenceRecord = {
    programId: params.programId,
    nip: params.nip,
    cohort: ctx.cohort.number,
    attempt: ctx.scope.attempt,
    unitCode: params.unitCode,
    evidenceId,
    method,
    kind: ASSESSMENT_METHODS[method].kind,
    description,
    ...qualities,
    unmetRules: evidenceItemViolations({ id: evidenceId, method, ...qualities }).map((v) => v.code),
    recordedBy: principal.username,
    recordedByRole: member.role,
    recordedAt,
  };
  await saveEvidence(record);
  return { statusCode: 201, body: record };
};
