import { randomUUID } from 'node:crypto';
import { decideUnit } from '../../domain/assessment/decision';
import { evidenceItemViolations, type EvidenceItem } from '../../domain/assessment/evidence';
import { authorizeExpertAction } from '../../domain/assessment/expert';
import { ASSESSMENT_METHODS } from '../../domain/assessment/methods';
import type { RuleViolation } from '../../domain/shared/rule';
import type {
  EvidenceRecord,
  EvidenceRequest,
  RecommendationRequest,
  TeamMember,
} from '../../events/api/assessment';
import { recordAssessment, type NewRecommendation } from '../../adapters/dynamodb/assessment-repository';
import { ConcurrentChangeError } from '../../adapters/dynamodb/table';
import { HttpError } from '../../runtime/http/http-error';
import type { TestContext } from '../../services/testing/test-context';
import { memberMayTest } from '../../services/testing/team-members';
import { testerFor } from './tester';
import { methodsOf } from '../../services/testing/units';
import { dateInWib } from '../../domain/shared/dates';
import { testDayViolations } from '../../domain/assessment/test-day';
import { testDateOf } from '../../domain/eligibility/test-date';

/*
 * What the evidence and recommendation routes share, one unit at a time or a whole sheet: who records, the
 * rules each item must meet, the records built and the one write.
 */

/** A participant's test context and the team member recording for them, checked once per request. */
export interface Recorder {
  ctx: TestContext;
  member: TeamMember;
  now: Date;
}

/**
 * The caller as the recorder for this participant: `member` is their place on the cohort's team, which the
 * route's test-team scope found (a caller not on it got 404 before); checked once that the session's test day
 * has come and that the member is free to test this participant now, conflicts of interest included (422).
 */
export function recorderOf(ctx: TestContext, member: TeamMember | undefined, now: Date): Recorder {
  // The recording routes allow assessors and experts only, whom the scope always places on the team.
  if (!member) throw new Error('a recording route reached its operation without a team member');
  const today = dateInWib(now);
  const early = testDayViolations(testDateOf(ctx.cohort), today);
  if (early.length > 0) {
    throw new HttpError(422, 'UJI-HARI-UJI', 'Hari uji sesi ini belum tiba.', early);
  }
  return { ctx, member: testerFor(member, ctx, today), now };
}

/**
 * Why the member may not record evidence: an expert collects it only together with an assessor who may test
 * the participant (Perban BKN 7/2020 Pasal 30(4)c). None for an assessor.
 */
export function evidenceRefusals({ ctx, member, now }: Recorder): RuleViolation[] {
  if (member.role !== 'pakar') return [];
  const today = dateInWib(now);
  const assessorInvolved = ctx.team.some(
    (m) => m.role === 'asesor' && memberMayTest(m, ctx.participant, today, testDateOf(ctx.cohort)).ok,
  );
  const verdict = authorizeExpertAction('MEMBANTU_PENGUMPULAN_BUKTI', assessorInvolved);
  return verdict.ok ? [] : verdict.violations;
}

/**
 * Why the member may not recommend a unit on `evidence` (all the unit's evidence of the attempt): an expert
 * never may (Pasal 30(4)j); KOMPETEN needs at least 2 distinct methods (Pasal 22(1)) and evidence meeting
 * Pasal 21 judged sufficient. BELUM_KOMPETEN needs neither.
 */
export function recommendationRefusals(
  { member }: Recorder,
  unitCode: string,
  evidence: readonly EvidenceItem[],
  body: RecommendationRequest,
  field?: string,
): RuleViolation[] {
  if (member.role === 'pakar') {
    const verdict = authorizeExpertAction('MEMUTUSKAN_KOMPETEN', true);
    if (!verdict.ok) return verdict.violations;
  }
  if (body.recommendation !== 'KOMPETEN') return [];
  const unit = {
    unitCode,
    methods: methodsOf(evidence),
    evidence,
    evidenceSufficient: body.evidenceSufficient,
    recommendation: 'KOMPETEN' as const,
    decidedBy: { role: 'asesor' as const, id: member.username },
  };
  return decideUnit(unit, field).reasons;
}

/**
 * A new evidence record, with the kind of its method (Pasal 20) and the Pasal 21 qualities it lacks (it is
 * recorded all the same, and keeps the unit from being competent). Its id is `evd_<recordedAt>_<id8>`, where
 * id8 is `seq` (its place in the request, 2 hex digits) then 6 random hex digits: the evidence of one request
 * sorts in the order it was sent.
 */
export function evidenceRecord(
  { ctx, member, now }: Recorder,
  unitCode: string,
  body: EvidenceRequest,
  seq = 0,
): EvidenceRecord {
  const recordedAt = now.toISOString();
  const evidenceId = `evd_${recordedAt}_${seq.toString(16).padStart(2, '0')}${randomUUID().slice(0, 6)}`;
  const { method, description, ...qualities } = body;
  return {
    programId: ctx.participant.programId,
    nip: ctx.participant.nip,
    cohort: ctx.cohort.number,
    attempt: ctx.scope.attempt,
    unitCode,
    evidenceId,
    method,
    kind: ASSESSMENT_METHODS[method].kind,
    description,
    ...qualities,
    unmetRules: evidenceItemViolations({ id: evidenceId, method, ...qualities }).map((v) => v.code),
    recordedBy: member.username,
    recordedByRole: member.role,
    recordedAt,
  };
}

/** A new recommendation of a unit, with the distinct methods of its evidence. */
export function recommendationRecord(
  { ctx, member, now }: Recorder,
  unitCode: string,
  body: RecommendationRequest,
  evidence: readonly EvidenceItem[],
): NewRecommendation {
  return {
    id: randomUUID().slice(0, 8),
    recommendation: {
      programId: ctx.participant.programId,
      nip: ctx.participant.nip,
      cohort: ctx.cohort.number,
      attempt: ctx.scope.attempt,
      unitCode,
      recommendation: body.recommendation,
      evidenceSufficient: body.evidenceSufficient,
      methods: methodsOf(evidence),
      ...(body.notes ? { notes: body.notes } : {}),
      recommendedBy: member.username,
      recommendedAt: now.toISOString(),
    },
  };
}

/** Writes the records all or nothing; a concurrent change answers 409 with nothing written. */
export async function record(
  evidence: readonly EvidenceRecord[],
  recommendations: readonly NewRecommendation[] = [],
): Promise<void> {
  try {
    await recordAssessment(evidence, recommendations);
  } catch (error) {
    if (error instanceof ConcurrentChangeError) {
      throw new HttpError(
        409,
        'ASSESSMENT_CHANGED',
        'Data penilaian berubah selama permintaan diproses; tidak ada yang dicatat. Silakan ulangi.',
      );
    }
    throw error;
  }
}
