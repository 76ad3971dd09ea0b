import {
  checkDetermination,
  checkProposal,
  checkSelection,
} from '../../domain/assessment/structural/nomination';
import { nominationEnded } from '../../domain/assessment/structural/nomination-release';
import { checkSingleNomination } from '../../domain/assessment/structural/single-nomination';
import { checkDeterminedPosition } from '../../domain/assessment/structural/standard';
import { dateInWib, type IsoDate } from '../../domain/shared/dates';
import type { RuleViolation } from '../../domain/shared/rule';
import type { routes } from '../../events/api/routes';
import type { StructuralCandidate } from '../../events/api/structural';
import {
  findNominationClaim,
  findStructuralCandidate,
  listStructuralCandidates as listCandidates,
  recordDetermination,
  recordNominationProposal,
  saveStructuralCandidate,
} from '../../adapters/dynamodb/structural-candidate-repository';
import { findPosition } from '../../adapters/dynamodb/structural-position-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { conflict, rulesNotMet } from '../../runtime/http/http-error';
import { structuralCandidateNotFound } from '../../runtime/http/not-found';
import {
  candidateOf,
  changedMeanwhile,
  nominationOf,
  nominationStateOf,
} from '../../services/structural/candidate';

/**
 * The personnel official records a PNS the instansi's own selection passed (Perka BKN 11/2008 III.1.a-b): a NIP
 * the instansi has no nomination of, or whose last one ended (PK-PENCALONAN-BERAKHIR; else 409), and which no other
 * instansi nominates unless that nomination ended (PK-SATU-PENCALONAN). The ended nominations stay as history.
 */
export const recordStructuralCandidate: Operation<typeof routes.recordStructuralCandidate> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const today = dateInWib(now);
  const decision = checkSelection(
    {
      administrative: {
        ...body.selection.administrative,
        date: body.selection.administrative.date as IsoDate,
      },
      substance: { ...body.selection.substance, date: body.selection.substance.date as IsoDate },
    },
    today,
  );
  if (!decision.ok) throw rulesNotMet(decision.violations);
  const [own, claim] = await Promise.all([
    findStructuralCandidate(params.instansiCode, params.nip),
    findNominationClaim(params.nip),
  ]);
  const holder =
    claim && claim.instansiCode !== params.instansiCode
      ? await findStructuralCandidate(claim.instansiCode, params.nip)
      : undefined;
  const [ownState, holderState] = await Promise.all([
    own && nominationStateOf(own),
    holder && nominationStateOf(holder),
  ]);
  const ownEnded = ownState && nominationEnded(ownState, today);
  if (ownEnded && !ownEnded.ok) throw candidateExists(params.nip, ownEnded.violations);
  const single = checkSingleNomination(holderState, today);
  if (!single.ok) throw rulesNotMet(single.violations);
  const candidate: StructuralCandidate = {
    ...params,
    ...(own && { nomination: (own.nomination ?? 1) + 1 }),
    ...body,
    status: 'DICATAT',
    recorded: { by: principal.username, at: now.toISOString() },
  };
  const outcome = await saveStructuralCandidate(candidate, { own, claim, holder });
  if (outcome === 'EXISTS') throw candidateExists(params.nip);
  if (outcome === 'NOMINATED_ELSEWHERE') {
    // Another instansi recorded the NIP meanwhile: a nomination just begun, which holds.
    const raced = checkSingleNomination({ status: 'DICATAT' }, today);
    throw rulesNotMet(raced.ok ? [] : raced.violations);
  }
  if (outcome === 'CHANGED') throw changedMeanwhile();
  return { statusCode: 201, body: candidate };
};

const candidateExists = (nip: string, reasons?: RuleViolation[]) =>
  conflict('STRUCTURAL_CANDIDATE_EXISTS', `Calon dengan NIP ${nip} sudah tercatat.`, reasons);

export const listStructuralCandidates: Operation<typeof routes.listStructuralCandidates> = async ({
  params,
  query,
}) => ({
  statusCode: 200,
  body: await listCandidates(params.instansiCode, { limit: query.limit, cursor: query.cursor }),
});

/** The candidate's current nomination, or with `nomination` an earlier one as it stood when replaced (history). */
export const getStructuralCandidate: Operation<typeof routes.getStructuralCandidate> = async ({
  params,
  query,
}) => {
  const nomination = await nominationOf(await candidateOf(params.instansiCode, params.nip), query.nomination);
  if (!nomination) throw structuralCandidateNotFound();
  return { statusCode: 200, body: nomination };
};

/** The personnel official proposes the candidate to the PPK, once (III.1.c). */
export const proposeStructuralCandidate: Operation<typeof routes.proposeStructuralCandidate> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const candidate = await candidateOf(params.instansiCode, params.nip);
  const decision = checkProposal(candidate.status);
  if (!decision.ok) throw rulesNotMet(decision.violations);
  const proposal = { ...body, by: principal.username, at: now.toISOString() };
  if (!(await recordNominationProposal(params.instansiCode, params.nip, proposal))) throw changedMeanwhile();
  return { statusCode: 200, body: { ...candidate, status: 'DIUSULKAN', proposal } };
};

/**
 * The PPK determines whether the proposed candidate is assessed, for which position of the instansi's register and
 * its echelon (PK-JABATAN-TERDAFTAR), by UPK or TPK (III.1.c-d, IV.1).
 */
export const determineStructuralCandidate: Operation<typeof routes.determineStructuralCandidate> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const [candidate, position] = await Promise.all([
    candidateOf(params.instansiCode, params.nip),
    body.decision === 'DITETAPKAN' ? findPosition(params.instansiCode, body.positionCode) : undefined,
  ]);
  const decision = checkDetermination(
    candidate.status,
    candidate.proposal?.letterDate as IsoDate | undefined,
    {
      decision: body.decision,
      decreeDate: body.decreeDate as IsoDate,
      ...(body.decision === 'DITETAPKAN' && { echelon: body.echelon, assessedBy: body.assessedBy }),
    },
    dateInWib(now),
  );
  const registered =
    body.decision === 'DITETAPKAN' && checkDeterminedPosition(body.positionCode, position, body.echelon);
  const violations = [decision, registered].flatMap((d) => (d && !d.ok ? d.violations : []));
  if (violations.length > 0) throw rulesNotMet(violations);
  const recorded = { by: principal.username, at: now.toISOString() };
  const determination =
    body.decision === 'DITETAPKAN'
      ? { ...body, position: { title: position!.name, unit: position!.workUnit }, ...recorded }
      : { ...body, ...recorded };
  if (!(await recordDetermination(params.instansiCode, params.nip, determination))) throw changedMeanwhile();
  return { statusCode: 200, body: { ...candidate, status: body.decision, determination } };
};
