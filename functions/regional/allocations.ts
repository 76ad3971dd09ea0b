import {
  ConcurrentChangeError,
  findAllocation,
  findTally,
  listAllocations as queryAllocations,
  setAllocation as writeAllocation,
} from '../../adapters/dynamodb/allocation-repository';
import { findProgram } from '../../adapters/dynamodb/program-repository';
import { checkAllocationChange } from '../../domain/program/allocation';
import type { Program } from '../../events/api/program';
import type { routes } from '../../events/api/routes';
import type { Operation } from '../../runtime/http/api-handler';
import { HttpError, notFound, rulesNotMet } from '../../runtime/http/http-error';

/** Whether the allocation may be set, as the programme and the Kanreg's tally stand now. */
async function allocationRefusal(program: Program, kanreg: string, candidates: number, now: Date) {
  const decided = checkAllocationChange(
    {
      kanreg,
      candidates,
      programAllocated: program.allocatedPerKanreg === true,
      proposalWindowOpensAt: new Date(program.proposalWindow.opensAt),
      tally: await findTally(program.id, kanreg),
    },
    now,
  );
  return decided.ok ? undefined : rulesNotMet(decided.violations);
}

/** BKN sets the number of candidates a Kanreg's region may propose and have determined (Pasal 11a, f). */
export const setAllocation: Operation<typeof routes.setAllocation> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const program = await findProgram(params.programId);
  if (!program) throw notFound('Program');
  const refused = await allocationRefusal(program, params.kanregCode, body.candidates, now);
  if (refused) throw refused;
  try {
    await writeAllocation(program.id, params.kanregCode, body.candidates, { by: principal.username, now });
  } catch (error) {
    if (!(error instanceof ConcurrentChangeError)) throw error;
    const moved = await findProgram(program.id);
    const again = moved && (await allocationRefusal(moved, params.kanregCode, body.candidates, now));
    if (again) throw again;
    throw new HttpError(
      409,
      'ALLOCATION_CHANGED',
      'Program atau alokasi berubah bersamaan. Muat ulang lalu coba lagi.',
    );
  }
  return { statusCode: 200, body: (await findAllocation(program.id, params.kanregCode))! };
};

/** Every Kanreg's allocation and use in a programme; a Kanreg operator sees its own region's only. */
export const listAllocations: Operation<typeof routes.listAllocations> = async ({ params, scoped }) => {
  if (!(await findProgram(params.programId))) throw notFound('Program');
  const region = scoped.region;
  const items = region
    ? [
        (await findAllocation(params.programId, region)) ?? {
          programId: params.programId,
          kanreg: region,
          proposed: 0,
          determined: 0,
        },
      ]
    : await queryAllocations(params.programId);
  return { statusCode: 200, body: { items } };
};
