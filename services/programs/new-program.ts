import { randomUUID } from 'node:crypto';
import type { Funding } from '../../domain/program/funding';
import type { NewProgram, ProgramDraft } from '../../domain/program/program';
import type { IsoDate } from '../../domain/shared/dates';
import type { Funding as FundingInput } from '../../events/api/funding';
import type { CreateProgramRequest, Program } from '../../events/api/program';

/** The funding of a request, its dates as calendar dates (the schema checked their form). */
export function fundingOf(input: FundingInput): Funding {
  const { agreement, ...rest } = input;
  return agreement
    ? {
        ...rest,
        agreement: {
          ...agreement,
          agreedOn: agreement.agreedOn as IsoDate,
          scheduleFrom: agreement.scheduleFrom as IsoDate,
          scheduleUntil: agreement.scheduleUntil as IsoDate,
        },
      }
    : rest;
}

/** A programme as requested, its instants and dates as the domain takes them (the schema checked their form). */
export function programDraftOf(
  input: Omit<CreateProgramRequest, 'funding'>,
  funding?: FundingInput,
): ProgramDraft {
  return {
    name: input.name,
    year: input.year,
    schemes: input.schemes,
    quotaPerInstansi: input.quotaPerInstansi,
    proposalWindow: {
      opensAt: new Date(input.proposalWindow.opensAt),
      closesAt: new Date(input.proposalWindow.closesAt),
    },
    cohortPlan: input.cohortPlan.map((c) => ({
      ...c,
      startDate: c.startDate as IsoDate,
      endDate: c.endDate as IsoDate,
    })),
    ...(funding ? { funding: fundingOf(funding) } : {}),
  };
}

/**
 * The stored record of a programme the domain allowed (planProgram), under a fresh id: national and on BKN's APBN
 * unless `extra` says otherwise (a regional programme's origin, allocation and test site).
 */
export function newProgramRecord(
  planned: NewProgram,
  createdBy: string,
  now: Date,
  extra: Pick<Program, 'origin' | 'allocatedPerKanreg' | 'testSite'> = { origin: { kind: 'NASIONAL' } },
): Program {
  const at = now.toISOString();
  return {
    id: `prg_${randomUUID()}`,
    name: planned.name,
    year: planned.year,
    schemes: [...planned.schemes],
    proposalWindow: {
      opensAt: planned.proposalWindow.opensAt.toISOString(),
      closesAt: planned.proposalWindow.closesAt.toISOString(),
    },
    quotaPerInstansi: planned.quotaPerInstansi,
    cohortPlan: [...planned.cohortPlan],
    status: planned.status,
    funding: planned.funding ?? { source: 'APBN' },
    ...extra,
    createdBy,
    createdAt: at,
    updatedAt: at,
  };
}
