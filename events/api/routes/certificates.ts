import type { RouteDefinition } from '../route';

/** Certificates: download links, archive, revocation, reinstatement, re-issue, records. */
export const certificateRoutes = {} satisfies Record<string, RouteDefinition>;
