import type { RouteDefinition } from '../route';

/** Sidang hasil, re-tests and appeals. */
export const resultRoutes = {} satisfies Record<string, RouteDefinition>;
