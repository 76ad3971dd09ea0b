import type { routes } from '../../events/api/routes';
import {
  candidateRead,
  ConcurrentChangeError,
  isDecidable,
  proposalRead,
  recordDecision,
} from '../../adapters/dynamodb/proposal-repository';
import { programRead } from '../../adapters/dynamodb/program-repository';
import { readItems } from '../../adapters/dynamodb/table';
import type { Operation } from '../../runtime/http/api-handler';
import { HttpError, rulesNotMet } from '../../runtime/http/http-error';
import { determinationCharge, determinationRefusal } from '../../services/programs/allocation-gate';

/**
 * The eligibility session's decision on one candidate (Perban BKN 7/2020 Pasal 31(1)d): accept, reject with a
 * reason, or ask the instansi for documents. Each decision is a new record with who and when; a later decision
 * corrects an earlier one without erasing it. An acceptance counts against the Kanreg's allocation when the
 * programme has one (Pasal 11f).
 */
export const decideCandidate: Operation<typeof routes.decideCandidate> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const [program, proposal, candidate] = await readItems(
    programRead(params.programId),
    proposalRead(params),
    candidateRead(params, params.nip),
  );
  if (!program || !proposal || !candidate) {
    throw new HttpError(404, 'CANDIDATE_NOT_FOUND', 'Calon dengan NIP ini tidak ada dalam usulan.');
  }
  if (!isDecidable(candidate.status)) {
    throw new HttpError(
      409,
      'CANDIDATE_NOT_SUBMITTED',
      'Calon belum diajukan instansinya; belum dapat diputuskan.',
    );
  }
  const decision = {
    outcome: body.outcome,
    ...(body.reason ? { reason: body.reason } : {}),
    ...(body.documents ? { documents: body.documents } : {}),
    decidedBy: principal.username,
    decidedAt: now.toISOString(),
  };
  const charge = [program, proposal.kanreg, candidate.status, body.outcome] as const;
  try {
    await recordDecision(candidate, proposal, decision, determinationCharge(...charge));
  } catch (error) {
    if (error instanceof ConcurrentChangeError) {
      // The allocation's last place taken (by this session or a concurrent one), or the candidate changed.
      const violations = await determinationRefusal(...charge);
      if (violations.length > 0) throw rulesNotMet(violations);
      throw new HttpError(
        409,
        'CANDIDATE_CHANGED',
        'Status calon berubah saat keputusan dicatat. Muat ulang lalu coba lagi.',
      );
    }
    throw error;
  }
  return {
    statusCode: 200,
    body: { ...candidate, status: body.outcome, decision, updatedAt: decision.decidedAt },
  };
};
