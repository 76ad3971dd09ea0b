import { parseIsoDate, type IsoDate } from '../../../domain/shared/dates';
import type { Decision, RuleViolation } from '../../../domain/shared/rule';

/** A date for a test; fails the test on a typo. */
export function d(text: string): IsoDate {
  const parsed = parseIsoDate(text);
  if (!parsed.ok) throw new Error(`bad test date ${text}`);
  return parsed.value;
}

/** The violation codes of a decision (empty when accepted). */
export function codesOf<T>(decision: Decision<T>): string[] {
  return decision.ok ? [] : decision.violations.map((v) => v.code);
}

/** The value of an accepted decision; fails the test otherwise. */
export function valueOf<T>(decision: Decision<T>): T {
  if (!decision.ok) throw new Error(`expected accept, got ${JSON.stringify(decision.violations)}`);
  return decision.value;
}

/** The violations of a rejected decision; fails the test otherwise. */
export function violationsOf<T>(decision: Decision<T>): RuleViolation[] {
  if (decision.ok) throw new Error('expected reject, got accept');
  return decision.violations;
}

/** A valid NIP: born 1985-01-01, CPNS 2010-01, male, sequence 001. */
export const NIP_A = '198501012010011001';
/** A valid NIP: born 1990-06-15, CPNS 2014-03, female, sequence 002. */
export const NIP_B = '199006152014032002';
/** A valid NIP: born 1978-12-31, CPNS 2005-04, male, sequence 003. */
export const NIP_C = '197812312005041003';

/**
 * Prefixes table rows `[label, input, expected codes]` with a title naming the codes, so each test name
 * states the rule it proves: `SERT-TTD-KEPALA-BKN: front unsigned`, or `accepted: ...` for none.
 */
export function named<T>(rows: readonly [string, T, string[]][]): [string, string, T, string[]][] {
  return rows.map(([label, input, codes]) => [
    codes.length > 0 ? [...new Set(codes)].join(' + ') : 'accepted',
    label,
    input,
    codes,
  ]);
}
