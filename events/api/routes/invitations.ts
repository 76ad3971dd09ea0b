import type { RouteDefinition } from '../route';

/** Invitations (Perka BKN 11/2008 notification letter) and their download links. */
export const invitationRoutes = {} satisfies Record<string, RouteDefinition>;
