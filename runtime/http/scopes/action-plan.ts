import { mayReadActionPlan } from '../../../domain/access/scope';
import { findInstansi } from '../../../adapters/dynamodb/instansi-repository';
import { participantRead } from '../../../adapters/dynamodb/seating-repository';
import { confirmationRead } from '../../../adapters/dynamodb/training-repository';
import { readItems } from '../../../adapters/dynamodb/table';
import { participantNotFound } from '../not-found';
import type { ScopeResolver } from '../scope';
import { param } from './holder-scope';

/**
 * `action-plan`: the participant of the path and the confirmation carrying their action plan, read together,
 * if the caller may read it (mayReadActionPlan): the participant, their instansi or region, BKN, or the mentor
 * the plan names. A participant without a plan, or one outside the caller's reach, is answered as one that does
 * not exist.
 */
export const actionPlanScope: ScopeResolver<'action-plan'> = async (params, actor) => {
  const programId = param(params, 'programId');
  const nip = param(params, 'nip');
  const [[participant, confirmation], who] = await Promise.all([
    readItems(participantRead(programId, nip), confirmationRead(programId, nip)),
    actor,
  ]);
  if (!participant || !confirmation?.actionPlan) throw participantNotFound();
  if (!who.restricted) return { participant, confirmation, reader: 'OTHER' };
  const instansi = who.roles.includes('kanreg')
    ? ((await findInstansi(participant.instansiCode)) ?? undefined)
    : undefined;
  const decision = mayReadActionPlan(
    who,
    { nip, instansi: instansi ?? { code: participant.instansiCode, kind: 'PUSAT', kanreg: null } },
    confirmation.actionPlan.mentor?.nip,
  );
  if (!decision.ok) throw participantNotFound();
  return { participant, confirmation, reader: decision.value };
};
