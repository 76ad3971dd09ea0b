import type { RuleViolation } from '../../domain/shared/rule';

/**
 * An error that reaches the caller as `{ code, message, details }` (middy's http-error-handler contract: it
 * carries a status code and is exposed). Anything else thrown becomes a plain 500 without internals.
 */
export class HttpError extends Error {
  readonly expose = true;
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const notFound = (what: string) => new HttpError(404, 'NOT_FOUND', `${what} tidak ditemukan.`);

export const conflict = (code: string, message: string, details?: unknown) =>
  new HttpError(409, code, message, details);

/** Business rules not met: every violated rule is listed; a single one also gives its code to `code`. */
export function rulesNotMet(violations: readonly RuleViolation[]): HttpError {
  const only = violations.length === 1 ? violations[0] : undefined;
  return new HttpError(
    422,
    only?.code ?? 'RULES_NOT_MET',
    only?.message ?? `${violations.length} aturan tidak terpenuhi.`,
    violations,
  );
}
