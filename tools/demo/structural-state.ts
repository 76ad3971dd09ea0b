import type * as z from 'zod';
import type { StructuralCandidate } from '../../events/api/structural';
import type { PositionResultList, StructuralReport } from '../../events/api/structural-report';
import type {
  RefusedRenomination,
  StructuralCandidateSpec,
  StructuralInstansiSpec,
  StructuralScenario,
  UpkBasisKind,
} from './structural-scenario';

/*
 * What the structural scenario (stage-structural.ts) has done so far, per instansi and per candidate, as the
 * officials saw it in the API's answers: a later step reads what an earlier one kept here.
 */

/** What happened to one candidate, as the officials saw it in the API's answers. */
export interface StructuralCandidateRun {
  spec: StructuralCandidateSpec;
  /** The status the API last answered. */
  status?: StructuralCandidate['status'];
  /** The id of the UPK or TPK the assessment was handed to. */
  unitId?: string;
  /** The plan as the API recorded it. */
  plan?: StructuralCandidate['plan'];
  /** The notification letter in force, as the API numbered it. */
  noticeId?: string;
  /** The report to the PPK, as the API recorded it. */
  report?: StructuralReport;
  /**
   * For a nomination after one that ended: that nomination as its instansi read it just before (it must stay so),
   * and the number the API gave the new one.
   */
  earlier?: StructuralCandidate;
  nomination?: number;
}

/** A nomination the API was to refuse, and what it answered. */
export interface RenominationAnswer {
  spec: RefusedRenomination;
  status: number;
  code?: string;
  codes: string[];
}

/** One instansi of the scenario: its UPK (by basis) and TPK as the API gave their ids, and its candidates. */
export interface StructuralInstansiRun {
  spec: StructuralInstansiSpec;
  upkIds: Partial<Record<UpkBasisKind, string>>;
  tpkId?: string;
  candidates: StructuralCandidateRun[];
  /** The nominations it makes in 2027 after earlier ones ended, and the answers to those it was refused. */
  renominations: StructuralCandidateRun[];
  refusals: RenominationAnswer[];
  /** What Baperjakat listed for each position, on the day it did (II.A.7). */
  positionResults?: { on: string; items: z.infer<typeof PositionResultList>['items'] };
}

export interface StructuralState {
  scenario: StructuralScenario;
  instansi: StructuralInstansiRun[];
}
