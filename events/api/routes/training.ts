import type { RouteDefinition } from '../route';

/** Confirmation, CV and action plan, e-learning and classroom attendance, JP earned (2019 handbook). */
export const trainingRoutes = {} satisfies Record<string, RouteDefinition>;
