import { requestReads } from '../../../adapters/dynamodb/table';
import type { RouteScope } from '../../../events/api/route';
import type { ScopeResolver } from '../scope';

/**
 * A resolver that reads items by key: its stage's requests read with `requestReads`, so that the registry entry,
 * the scope's items and the route's prefetch go as one BatchGetItem.
 */
export const readingByKey = <K extends RouteScope>(resolver: ScopeResolver<K>): ScopeResolver<K> =>
  Object.assign(resolver, { reads: requestReads });
