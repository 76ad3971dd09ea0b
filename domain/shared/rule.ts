/**
 * How a domain rule answers: never by throwing, always with the codes of the rules that decided it.
 * Every code is a row of docs/rules.md and is what the API returns as an error or reason code.
 */
export interface RuleViolation {
  /** Stable machine-readable code, e.g. `ELIG-KINERJA-2Y`. */
  code: string;
  /** The article the rule implements, e.g. `Perban BKN 7/2020 Pasal 31(2)b`. */
  article: string;
  /** What is wrong, in Bahasa Indonesia, for the person who must fix it. */
  message: string;
  /** The input field concerned, when there is one (dot path). */
  field?: string;
}

export type Decision<T> = { ok: true; value: T } | { ok: false; violations: RuleViolation[] };

export const accept = <T>(value: T): Decision<T> => ({ ok: true, value });

export const reject = <T = never>(violations: RuleViolation[]): Decision<T> => ({ ok: false, violations });
