import type { Role } from '../../domain/access/roles';
import type { TeamMember } from '../../events/api/assessment';
import type { CompetencyCertificateRecord, DevelopmentEntry } from '../../events/api/certificate';
import type { Instansi } from '../../events/api/instansi';
import type { Cohort, Participant } from '../../events/api/participant';
import type { Candidate } from '../../events/api/proposal';
import type { Confirmation } from '../../events/api/training';
import type { PlanReader } from '../../domain/access/scope';
import type { StructuralCandidate } from '../../events/api/structural';
import type { TestTeam } from '../../events/api/test-team';
import { ROUTE_SCOPES, type RouteDefinition, type RouteScope } from '../../events/api/route';
import { directReads, type BatchedRead, type ItemRead } from '../../adapters/dynamodb/table';
import { registeredOperator } from './operator-check';
import type { Principal } from './principal';
import type { Params, ScopeActor } from './scopes/holder-scope';

/** An assessor of the UPK or TPK a structural candidate was handed to. */
export interface UnitAssessor {
  nip: string;
  name: string;
  isPsychologist: boolean;
}

/*
 * The one place that decides which records a caller reaches (issue 13). Every route declares a scope kind
 * (events/api/route.ts ROUTE_SCOPES); before its operation runs, the shared handler checks the caller against
 * BKN's operator registry and resolves the scope: it loads the record the scope binds from the path, decides
 * with the pure rules of domain/access/scope.ts, and hands what it loaded to the operation (`input.scoped`),
 * which does not read it again. A record outside the caller's scope gets exactly the answer of a record that
 * does not exist: no 403-versus-404 oracle on NIPs, certificates or cohorts.
 *
 * One resolver per scope kind, each in runtime/http/scopes/ with the repositories it reads; a stage's
 * handler is given those of its routes (`routeAccess`), so that its bundle carries no other stage's
 * repositories. The handler refuses to load when a route's kind has no resolver: a stage cannot forget one.
 * No stage module but its index imports a resolver, and none decides scope itself
 * (test/architecture/scope.test.ts).
 */

/** What each scope kind hands its operation. */
export interface ScopedRecords {
  none: Record<string, never>;
  instansi: { instansi: Instansi };
  /** The candidate and their instansi's registration (undefined when BKN has not registered it). */
  candidate: { candidate: Candidate; instansi: Instansi | undefined };
  participant: { participant: Participant };
  holder: { development: DevelopmentEntry[] };
  certificate: { certificate: CompetencyCertificateRecord };
  /** The cohort and its team; `member`: the caller's place on it (assessors and experts only). */
  'test-team': { cohort: Cohort; team: TeamMember[]; member: TeamMember | undefined };
  /** The Kanreg a listing is narrowed to: the caller's own region, or none for BKN (its own filter). */
  'kanreg-region': { region: string | undefined };
  /**
   * The participant and their action plan (the confirmation that carries it), and as whom the caller reads
   * it: the participant, the mentor it names, or (`OTHER`) an operator or BKN.
   */
  'action-plan': { participant: Participant; confirmation: Confirmation; reader: PlanReader };
  /** The instansi whose structural-assessment records an official of it acts on (Perka BKN 11/2008). */
  'instansi-official': { instansi: Instansi };
  /** A candidate handed to the caller's UPK or TPK, and the caller as its assessor (Perka BKN 11/2008 III.1.d). */
  'structural-assessor': { candidate: StructuralCandidate; assessor: UnitAssessor };
  /** A candidate whose confidential report the caller may read, and the role they read it in (III.2 Laporan). */
  'structural-report': { candidate: StructuralCandidate; readAs: Role };
  /** A test team formed by decree, which the caller leads (assessors and experts) or BKN reads (Pasal 30(1)d). */
  'test-team-leader': { team: TestTeam };
}

export type ScopedOf<R extends RouteDefinition> = R['scope'] extends RouteScope
  ? ScopedRecords[R['scope']]
  : Record<string, never>;

/**
 * Loads and decides one scope kind: `actor` is the registry-checked caller, awaited while the records load.
 * `read` is the request's reader (`requestReads`): what a resolver asks of it before its first `await` is read
 * with the registry entry, in one call.
 */
export type ScopeResolver<K extends RouteScope> = ((
  params: Params,
  actor: Promise<ScopeActor>,
  read: BatchedRead,
) => Promise<ScopedRecords[K]>) & {
  /**
   * The request's reader a resolver that reads by key asks for (scopes/batched.ts: `requestReads`, with
   * BatchGetItem); a stage without such a resolver reads with `directReads`, and its bundle carries no BatchGetItem.
   */
  reads?: () => BatchedRead;
};

export type ScopeResolvers = { [K in RouteScope]: ScopeResolver<K> };

/** The kinds that read nothing of their own: every stage has them. */
const BUILT_IN = {
  none: async () => ({}),
  'kanreg-region': async (_params, actor) => {
    const who = await actor;
    return { region: who.restricted ? who.kanreg : undefined };
  },
} satisfies Pick<ScopeResolvers, 'none' | 'kanreg-region'>;

/** Who the caller is and what the route's scope hands the operation, once both are checked. */
export interface RouteAccess {
  kinds: readonly RouteScope[];
  check(
    route: RouteDefinition,
    params: Params | undefined,
    claimed: Principal,
  ): Promise<{ principal: Principal; scoped: unknown; read: BatchedRead }>;
}

/**
 * The items a stage's operations read by key first, by operationId: asked for with the access check's own reads,
 * in its one call, and read by the operation with `input.read`, which answers them from that call. They are read
 * whatever the check decides, so never a record the scope guards (an instansi's proposal, a participant): only
 * what any caller of the route may see, such as the programme.
 */
export type Prefetch = Partial<Record<string, (params: Params) => readonly ItemRead<unknown>[]>>;

/**
 * The access check of a stage's authenticated routes, with the resolvers of the scope kinds they declare: the
 * operator registry (operator-check.ts), the route's scope and the items its operation reads first (`prefetch`)
 * are read at the same time, in one call where they are read by key (a resolver's `requestReads`).
 */
export function routeAccess(
  resolvers: Partial<Omit<ScopeResolvers, keyof typeof BUILT_IN>>,
  prefetch: Prefetch = {},
): RouteAccess {
  const all: Partial<ScopeResolvers> = { ...BUILT_IN, ...resolvers };
  const reads = Object.values(all).find((resolver) => resolver.reads)?.reads ?? directReads;
  return {
    kinds: Object.keys(all) as RouteScope[],
    async check(route, params, claimed) {
      if (route.auth === 'public') throw new Error('a public route has no scope');
      const allowed = route.auth;
      const acting = claimed.roles.filter((role) => allowed.includes(role));
      const read = reads();
      const checked = registeredOperator(claimed, acting, read);
      const kind = route.scope ?? 'none';
      const restricting: readonly Role[] = ROUTE_SCOPES[kind].roles;
      const actor = checked.then((p): ScopeActor => ({
        ...p,
        roles: acting.filter((role) => p.roles.includes(role)),
        restricted: acting.length > 0 && acting.every((role) => restricting.includes(role)),
      }));
      // A refused caller is answered from `checked`, awaited below; a resolver that never awaits the actor
      // (scope none) must not leave its rejection unhandled, which would end the Lambda's process.
      actor.catch(() => undefined);
      const resolver = all[kind] as ScopeResolver<RouteScope>;
      const resolving = resolver(params ?? {}, actor, read);
      // A failed call fails the check's own reads too; the operation, reading the item again, gets the failure.
      for (const item of prefetch[route.operationId]?.(params ?? {}) ?? []) read(item).catch(() => undefined);
      const [principal, scoped] = await Promise.all([checked, resolving]);
      return { principal, scoped, read };
    },
  };
}
