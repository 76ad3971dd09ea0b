import type { RouteDefinition } from '../route';

/** Uji Kompetensi: assessors, evidence and unit recommendations. */
export const assessmentRoutes = {} satisfies Record<string, RouteDefinition>;
