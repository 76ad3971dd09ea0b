import type { z } from 'zod';
import type { Role } from '../../domain/access/roles';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The Lambda functions that serve the API, one per workflow stage. Their deployment lives in infra/. */
export const API_FUNCTIONS = [
  'meta',
  'programs',
  'documents',
  'instansi',
  'proposals',
  'screening',
  'seating',
  'preassessment',
  'training',
  'invitations',
  'assessment',
  'results',
  'certificates',
  'verification',
] as const;
export type ApiFunctionName = (typeof API_FUNCTIONS)[number];

export interface ResponseSpec {
  description: string;
  /** A schema registered with `.meta({ id })`, rendered as a component; absent for empty or non-JSON bodies. */
  schema?: z.ZodType;
  contentType?: string;
}

/**
 * One API route, declared once: the CDK stack deploys it, the local server serves it, the handler enforces its
 * auth and parses its input with these schemas, and the OpenAPI document is generated from it.
 */
export interface RouteDefinition {
  operationId: string;
  method: HttpMethod;
  /** API Gateway path syntax, e.g. `/programs/{programId}`. */
  path: string;
  function: ApiFunctionName;
  /** `public` routes skip the JWT authorizer; otherwise the Cognito groups allowed to call the route. */
  auth: 'public' | readonly Role[];
  summary: string;
  description?: string;
  tag: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** A raw (non-JSON) body instead, e.g. a PDF to check: handed to the operation as bytes. */
  binaryBody?: { contentType: string; maxBytes: number; description: string };
  responses: Readonly<Record<number, ResponseSpec>>;
}

export const defineRoute = <const R extends RouteDefinition>(route: R): R => route;

export const routeKey = (route: Pick<RouteDefinition, 'method' | 'path'>): string =>
  `${route.method} ${route.path}`;
