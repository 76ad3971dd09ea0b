import type { Role } from '../../../domain/access/roles';
import { mayActForHolder, type Actor, type InstansiScope } from '../../../domain/access/scope';
import { findInstansi } from '../../../adapters/dynamodb/instansi-repository';
import type { HttpError } from '../http-error';

/** The caller as the rules see them: only the roles this route allows count. */
export interface ScopeActor extends Actor {
  roles: Role[];
  /** True when every role the caller acts in here is one the scope restricts. */
  restricted: boolean;
}

/** The route's parsed path parameters (a cohort number is already a number). */
export type Params = Record<string, unknown>;
export const param = (params: Params, name: string) => String(params[name]);

export const actsAsOperator = (actor: ScopeActor) =>
  actor.roles.includes('instansi') || actor.roles.includes('kanreg');

/**
 * The instansi a holder's record names, as the rules need it: a Kanreg operator's rule reads its kind and Kanreg
 * (one GetItem); an instansi operator's and a participant's read only the code, so nothing is read for them.
 */
async function instansiScopeOf(actor: ScopeActor, code: string): Promise<InstansiScope> {
  const codeOnly: InstansiScope = { code, kind: 'PUSAT', kanreg: null };
  if (!actor.roles.includes('kanreg')) return codeOnly;
  return (await findInstansi(code)) ?? codeOnly;
}

/** The holder's record if the caller may act on it; otherwise the 404 of a record that does not exist. */
export async function holderInScope<T>(
  actor: ScopeActor,
  record: T | undefined,
  holder: (record: T) => { nip: string; instansiCode: string },
  notFound: () => HttpError,
): Promise<T> {
  if (!record) throw notFound();
  if (!actor.restricted) return record;
  const { nip, instansiCode } = holder(record);
  const decision = mayActForHolder(actor, { nip, instansi: await instansiScopeOf(actor, instansiCode) });
  if (!decision.ok) throw notFound();
  return record;
}
