import type { RouteDefinition } from '../route';

/** Pre-assessment: self-assessment and the assessor's recommendation (Perban BKN 7/2020 Pasal 31(1)e). */
export const preassessmentRoutes = {} satisfies Record<string, RouteDefinition>;
