import type { RouteDefinition } from '../route';

/** Public certificate verification. */
export const verificationRoutes = {} satisfies Record<string, RouteDefinition>;
