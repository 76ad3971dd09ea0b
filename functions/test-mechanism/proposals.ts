import { randomUUID } from 'node:crypto';
import { unitsOfScheme } from '../../domain/assessment/instrument';
import { checkMechanismProposal, mayDecideMechanism } from '../../domain/assessment/test-mechanism';
import { decreeServing } from '../../domain/assessment/test-team';
import type { routes } from '../../events/api/routes';
import type { MechanismProposal } from '../../events/api/test-mechanism';
import {
  findMechanismProposal,
  saveMechanismDecision,
  saveMechanismProposal,
  teamMechanismProposals,
} from '../../adapters/dynamodb/test-mechanism-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { HttpError, rulesNotMet } from '../../runtime/http/http-error';
import { cohortMechanisms } from '../../services/testing/mechanism';

/**
 * An assessor of the cohort's team proposes the test mechanism of one unit to the leader of the team formed by
 * decree (Perban BKN 7/2020 Pasal 30(2)a): its methods (22(1)-(2)) and how the test runs.
 */
export const proposeTestMechanism: Operation<typeof routes.proposeTestMechanism> = async ({
  params,
  body,
  scoped,
  principal,
  now,
}) => {
  const verdict = checkMechanismProposal(
    { unitCode: params.unitCode, methods: body.methods },
    { schemeUnits: unitsOfScheme(scoped.cohort.scheme), teamId: decreeServing(scoped.team) },
  );
  if (!verdict.ok) throw rulesNotMet(verdict.violations);
  const proposal: MechanismProposal = {
    proposalId: `mek_${randomUUID()}`,
    teamId: verdict.value.teamId,
    programId: params.programId,
    cohort: scoped.cohort.number,
    unitCode: params.unitCode,
    methods: [...new Set(body.methods)],
    mechanism: body.mechanism,
    ...(body.considerations ? { considerations: body.considerations } : {}),
    proposedBy: principal.username,
    proposedAt: now.toISOString(),
    status: 'DIAJUKAN',
  };
  await saveMechanismProposal(proposal);
  return { statusCode: 201, body: proposal };
};

/** The cohort's proposals and the leader's decisions; none for a cohort no decree serves. */
export const listCohortMechanisms: Operation<typeof routes.listCohortMechanisms> = async ({
  params,
  scoped,
}) => {
  const { proposals } = await cohortMechanisms(params.programId, scoped.cohort.number, scoped.team);
  return { statusCode: 200, body: { items: proposals } };
};

/** What the leader receives: the proposals for every cohort the team serves. */
export const listTeamMechanisms: Operation<typeof routes.listTeamMechanisms> = async ({ scoped }) => ({
  statusCode: 200,
  body: { items: await teamMechanismProposals(scoped.team.teamId) },
});

/** The team leader accepts a proposal or returns it with notes, once (Pasal 30(2)a). */
export const decideTestMechanism: Operation<typeof routes.decideTestMechanism> = async ({
  params,
  body,
  scoped,
  principal,
  now,
}) => {
  const proposal = await findMechanismProposal(scoped.team.teamId, params.proposalId);
  if (!proposal) {
    throw new HttpError(404, 'MECHANISM_PROPOSAL_NOT_FOUND', 'Usulan mekanisme uji tidak ditemukan.');
  }
  const open = mayDecideMechanism(proposal.status);
  if (!open.ok) throw rulesNotMet(open.violations);
  const decided: MechanismProposal = {
    ...proposal,
    status: body.outcome,
    decidedBy: principal.username,
    decidedAt: now.toISOString(),
    ...(body.notes ? { notes: body.notes } : {}),
  };
  if (!(await saveMechanismDecision(decided))) {
    throw new HttpError(
      409,
      'MECHANISM_PROPOSAL_CHANGED',
      'Usulan diputus selama permintaan diproses; tidak ada yang dicatat.',
    );
  }
  return { statusCode: 200, body: decided };
};
