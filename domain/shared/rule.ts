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

/** A rule of the catalogue (docs/rules.md): its stable code, the article it implements and what it says. */
export interface Rule {
  code: string;
  article: string;
  /** The rule in one line, in Bahasa Indonesia. */
  summary: string;
}

/**
 * Declares the rules of one module, keyed by their code, so a code is written once and every
 * violation of it carries the same article.
 */
export function defineRules<const K extends string>(rules: { [C in K]: Omit<Rule, 'code'> }): {
  readonly [C in K]: Rule;
} {
  const entries = (Object.keys(rules) as K[]).map((code) => [code, { code, ...rules[code] }] as const);
  return Object.fromEntries(entries) as unknown as { readonly [C in K]: Rule };
}

/** A violation of `rule`, with a message for this case and optionally the field concerned. */
export function violation(rule: Rule, message: string, field?: string): RuleViolation {
  return field === undefined
    ? { code: rule.code, article: rule.article, message }
    : { code: rule.code, article: rule.article, message, field };
}

/** Accepts `value` when there is no violation, otherwise rejects with all of them. */
export function decide<T>(value: T, violations: RuleViolation[]): Decision<T> {
  return violations.length === 0 ? accept(value) : reject(violations);
}

/** One line of a report: a rule and whether it is met; when unmet, the violations that say why. */
export interface RuleCheck {
  code: string;
  article: string;
  summary: string;
  met: boolean;
  /** True when the rule does not apply to this case (then it is reported as met). */
  notApplicable?: true;
  violations: RuleViolation[];
}

/** The check of `rule` given the violations found for it (none means met). */
export function checkOf(rule: Rule, violations: RuleViolation[]): RuleCheck {
  return {
    code: rule.code,
    article: rule.article,
    summary: rule.summary,
    met: violations.length === 0,
    violations,
  };
}

/** The check of a rule that does not apply to this case (e.g. the 12-month rule for a successor). */
export function notApplicable(rule: Rule): RuleCheck {
  return { ...checkOf(rule, []), notApplicable: true };
}
