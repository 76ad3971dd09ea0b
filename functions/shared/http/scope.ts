import type { Role } from '../../../domain/access/roles';
import {
  mayActForHolder,
  mayActForInstansi,
  mayTestCohort,
  type Actor,
  type InstansiScope,
} from '../../../domain/access/scope';
import type { TeamMember } from '../../../events/api/assessment';
import {
  registrationNumberOf,
  type CompetencyCertificateRecord,
  type DevelopmentEntry,
} from '../../../events/api/certificate';
import type { Instansi } from '../../../events/api/instansi';
import type { Cohort, Participant } from '../../../events/api/participant';
import type { Candidate } from '../../../events/api/proposal';
import { ROUTE_SCOPES, type RouteDefinition, type RouteScope } from '../../../events/api/route';
import { teamOf } from '../data/assessment-repository';
import { developmentRecordOf, findCertificateByNumber } from '../data/certificate-repository';
import { findInstansi, instansiRead } from '../data/instansi-repository';
import { candidateRead } from '../data/proposal-repository';
import { findCohort, findParticipant } from '../data/seating-repository';
import { readItems } from '../data/table';
import type { HttpError } from './http-error';
import {
  candidateNotFound,
  certificateNotFound,
  cohortNotFound,
  developmentRecordNotFound,
  instansiNotFound,
  participantNotFound,
} from './not-found';
import type { Principal } from './principal';

/*
 * The one place that decides which records a caller reaches (issue 13). Every route declares a scope kind
 * (events/api/route.ts ROUTE_SCOPES); before its operation runs, the shared handler resolves it here: it loads
 * the record the scope binds from the path, decides with the pure rules of domain/access/scope.ts, and hands
 * what it loaded to the operation (`input.scoped`), which does not read it again. A record outside the caller's
 * scope gets exactly the answer of a record that does not exist: no 403-versus-404 oracle on NIPs, certificates
 * or cohorts. No stage imports this module (test/architecture/scope.test.ts).
 */

/** What each scope kind hands its operation. */
export interface ScopedRecords {
  none: Record<string, never>;
  instansi: { instansi: Instansi };
  candidate: { candidate: Candidate };
  participant: { participant: Participant };
  holder: { development: DevelopmentEntry[] };
  certificate: { certificate: CompetencyCertificateRecord };
  /** The cohort and its team; `member`: the caller's place on it (assessors and experts only). */
  'test-team': { cohort: Cohort; team: TeamMember[]; member: TeamMember | undefined };
  /** The Kanreg a listing is narrowed to: the caller's own region, or none for BKN (its own filter). */
  'kanreg-region': { region: string | undefined };
}

export type ScopedOf<R extends RouteDefinition> = R['scope'] extends RouteScope
  ? ScopedRecords[R['scope']]
  : Record<string, never>;

/** The caller as the rules see them: only the roles this route allows count. */
interface ScopeActor extends Actor {
  roles: Role[];
  /** True when every role the caller acts in here is one the scope restricts. */
  restricted: boolean;
}

/** The route's parsed path parameters (a cohort number is already a number). */
type Params = Record<string, unknown>;
const param = (params: Params, name: string) => String(params[name]);
type Resolver<K extends RouteScope> = (
  params: Params,
  actor: Promise<ScopeActor>,
) => Promise<ScopedRecords[K]>;

const actsAsOperator = (actor: ScopeActor) =>
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
async function holderInScope<T>(
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

const RESOLVERS: { [K in RouteScope]: Resolver<K> } = {
  none: async () => ({}),

  'kanreg-region': async (_params, actor) => {
    const who = await actor;
    return { region: who.restricted ? who.kanreg : undefined };
  },

  instansi: async (params, actor) => {
    const [instansi, who] = await Promise.all([findInstansi(param(params, 'instansiCode')), actor]);
    if (!instansi || (who.restricted && !mayActForInstansi(who, instansi).ok)) throw instansiNotFound();
    return { instansi };
  },

  candidate: async (params, actor) => {
    const ref = { programId: param(params, 'programId'), instansiCode: param(params, 'instansiCode') };
    const [[instansi, candidate], who] = await Promise.all([
      readItems(instansiRead(ref.instansiCode), candidateRead(ref, param(params, 'nip'))),
      actor,
    ]);
    if (who.restricted && actsAsOperator(who)) {
      // An operator's scope is the instansi of the path: outside it, the instansi "does not exist".
      if (!instansi || !mayActForHolder(who, { nip: param(params, 'nip'), instansi }).ok)
        throw instansiNotFound();
      if (!candidate) throw candidateNotFound();
      return { candidate };
    }
    return { candidate: await holderInScope(who, candidate, (c) => c, candidateNotFound) };
  },

  participant: async (params, actor) => {
    const [participant, who] = await Promise.all([
      findParticipant(param(params, 'programId'), param(params, 'nip')),
      actor,
    ]);
    return { participant: await holderInScope(who, participant, (p) => p, participantNotFound) };
  },

  certificate: async (params, actor) => {
    const [certificate, who] = await Promise.all([
      findCertificateByNumber(registrationNumberOf(param(params, 'certificateId'))),
      actor,
    ]);
    return { certificate: await holderInScope(who, certificate, (c) => c, certificateNotFound) };
  },

  holder: async (params, actor) => {
    const [entries, who] = await Promise.all([developmentRecordOf(param(params, 'nip')), actor]);
    // The holder's instansi is the one that proposed their latest training.
    const latest = entries.length
      ? entries.reduce((a, b) => (a.completedOn >= b.completedOn ? a : b))
      : undefined;
    await holderInScope(
      who,
      latest,
      (e) => ({ nip: param(params, 'nip'), instansiCode: e.instansiCode }),
      developmentRecordNotFound,
    );
    return { development: entries };
  },

  'test-team': async (params, actor) => {
    const number = Number(params.number);
    const [cohort, team, who] = await Promise.all([
      findCohort(param(params, 'programId'), number),
      teamOf(param(params, 'programId'), number),
      actor,
    ]);
    if (!cohort) throw cohortNotFound();
    if (!who.restricted) return { cohort, team, member: undefined };
    const decision = mayTestCohort(who, team);
    if (!decision.ok) throw cohortNotFound();
    return { cohort, team, member: decision.value };
  },
};

/**
 * Resolves the route's scope for the caller: `principal` is the caller once the operator registry has checked
 * them, awaited only once the scope's records are being read (both reads run at the same time).
 */
export async function resolveScope<R extends RouteDefinition>(
  route: R,
  params: Params | undefined,
  principal: Promise<Principal | undefined>,
): Promise<ScopedOf<R>> {
  const kind = route.scope ?? 'none';
  const restricting: readonly Role[] = ROUTE_SCOPES[kind].roles;
  const actor = principal.then((p): ScopeActor => {
    const roles = p && route.auth !== 'public' ? p.roles.filter((role) => route.auth.includes(role)) : [];
    return {
      ...p,
      roles,
      restricted: roles.length > 0 && roles.every((role) => restricting.includes(role)),
    };
  });
  // A refused caller is answered from the registry check the handler awaits; a resolver that never awaits the
  // actor (scope none) must not leave its rejection unhandled, which would end the Lambda's process.
  actor.catch(() => undefined);
  const resolver = RESOLVERS[kind] as Resolver<RouteScope>;
  return (await resolver(params ?? {}, actor)) as ScopedOf<R>;
}
