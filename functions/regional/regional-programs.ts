import { randomUUID } from 'node:crypto';
import { newAllocationItem } from '../../adapters/dynamodb/allocation-repository';
import { findInstansi } from '../../adapters/dynamodb/instansi-repository';
import { insertProgram } from '../../adapters/dynamodb/program-repository';
import {
  approvalUpdate,
  findRegionalProgram,
  insertRegionalProgram,
  listRegionalPrograms as queryRegionalPrograms,
  recordRejection,
} from '../../adapters/dynamodb/regional-program-repository';
import {
  checkRegionalApproval,
  checkRegionalProposal,
  type RegionalProposal,
} from '../../domain/program/regional';
import { dateInWib, type IsoDate } from '../../domain/shared/dates';
import type { RegionalProgram } from '../../events/api/regional';
import type { routes } from '../../events/api/routes';
import type { Operation } from '../../runtime/http/api-handler';
import { HttpError, rulesNotMet } from '../../runtime/http/http-error';
import { fundingOf, newProgramRecord, programDraftOf } from '../../services/programs/new-program';

const notFound = () =>
  new HttpError(404, 'REGIONAL_PROGRAM_NOT_FOUND', 'Usulan program daerah tidak ditemukan.');
const decided = () =>
  new HttpError(409, 'REGIONAL_PROGRAM_DECIDED', 'Usulan program daerah ini sudah diputus.');

/** The Kanreg a Kanreg operator acts for (the route allows no other role, so the registry always names one). */
function regionOf(region: string | undefined): string {
  if (region === undefined)
    throw new HttpError(403, 'FORBIDDEN_ROLE', 'Hanya operator Kanreg yang mengusulkan.');
  return region;
}

/** The proposal as the regional rules weigh it, with its initiator as BKN's register has it now. */
async function regionalProposal(
  kanreg: string,
  initiatorCode: string,
  funding: RegionalProgram['funding'],
): Promise<RegionalProposal & { initiatorName: string }> {
  const initiator = await findInstansi(initiatorCode);
  return { kanreg, initiator, funding: fundingOf(funding), initiatorName: initiator?.name ?? initiatorCode };
}

/** A Kanreg proposes a programme a regional government of its region initiates and pays for (Pasal 11b, 8(2)). */
export const proposeRegionalProgram: Operation<typeof routes.proposeRegionalProgram> = async ({
  body,
  principal,
  scoped,
  now,
}) => {
  const kanreg = regionOf(scoped.region);
  const { initiatorInstansi, funding, testSite, candidates, ...draft } = body;
  const proposal = await regionalProposal(kanreg, initiatorInstansi, funding);
  const checked = checkRegionalProposal(proposal, programDraftOf(draft), now);
  if (!checked.ok) throw rulesNotMet(checked.violations);
  const record: RegionalProgram = {
    id: `rpg_${randomUUID()}`,
    kanreg,
    status: 'PROPOSED',
    initiator: { code: initiatorInstansi, name: proposal.initiatorName },
    draft,
    funding,
    testSite: { kanreg, ...testSite },
    candidates,
    proposedBy: principal.username,
    proposedAt: now.toISOString(),
  };
  if (!(await insertRegionalProgram(record))) {
    throw new HttpError(409, 'REGIONAL_PROGRAM_ID_TAKEN', 'ID usulan bentrok; silakan kirim ulang.');
  }
  return { statusCode: 201, body: record, headers: { location: `/regional-programs/${record.id}` } };
};

export const listRegionalPrograms: Operation<typeof routes.listRegionalPrograms> = async ({
  query,
  scoped,
}) => ({
  statusCode: 200,
  body: await queryRegionalPrograms({
    kanreg: scoped.region,
    status: query.status,
    limit: query.limit,
    cursor: query.cursor,
  }),
});

/** One proposal; another Kanreg's is answered as one that does not exist. */
export const getRegionalProgram: Operation<typeof routes.getRegionalProgram> = async ({ params, scoped }) => {
  const found = await findRegionalProgram(params.regionalProgramId);
  if (!found || (scoped.region !== undefined && found.kanreg !== scoped.region)) throw notFound();
  return { statusCode: 200, body: found };
};

/**
 * BKN's training unit decides a proposal after coordinating with the Kanreg (Pasal 7(2)). An approval creates the
 * programme (national rules and the regional ones checked again today), its cohorts and its Kanreg's allocation,
 * and marks the proposal approved, in one transaction; a rejection records its reason. Either happens once.
 */
export const decideRegionalProgram: Operation<typeof routes.decideRegionalProgram> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const regional = await findRegionalProgram(params.regionalProgramId);
  if (!regional) throw notFound();
  if (regional.status !== 'PROPOSED') throw decided();
  const decision = {
    outcome: body.outcome,
    coordination: body.coordination,
    ...(body.reason ? { reason: body.reason } : {}),
    decidedBy: principal.username,
    decidedAt: now.toISOString(),
  };
  if (body.outcome === 'REJECTED') {
    const rejected: RegionalProgram = { ...regional, status: 'REJECTED', decision };
    if (!(await recordRejection(rejected))) throw decided();
    return { statusCode: 200, body: rejected };
  }
  const proposal = await regionalProposal(regional.kanreg, regional.initiator.code, regional.funding);
  const approved = checkRegionalApproval(
    proposal,
    programDraftOf(regional.draft),
    body.coordination.heldOn as IsoDate,
    dateInWib(now),
    now,
  );
  if (!approved.ok) throw rulesNotMet(approved.violations);
  const allocation = body.allocation ?? regional.candidates;
  const program = newProgramRecord(approved.value, principal.username, now, {
    origin: {
      kind: 'DAERAH',
      kanreg: regional.kanreg,
      initiator: regional.initiator,
      regionalProgramId: regional.id,
      approvedBy: principal.username,
      approvedAt: now.toISOString(),
    },
    allocatedPerKanreg: true,
    testSite: regional.testSite,
  });
  const done: RegionalProgram = {
    ...regional,
    status: 'APPROVED',
    decision: { ...decision, allocation },
    programId: program.id,
  };
  const change = { by: principal.username, now };
  if (
    !(await insertProgram(program, [
      approvalUpdate(done),
      newAllocationItem(program.id, regional.kanreg, allocation, change),
    ]))
  ) {
    throw decided();
  }
  return { statusCode: 201, body: program, headers: { location: `/programs/${program.id}` } };
};
