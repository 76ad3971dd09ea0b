/**
 * The registration number of a competency certificate (nomor registrasi sertifikat, Perban BKN 7/2020
 * Pasal 34(3)d). The regulation requires a number but prescribes no format; this is ours:
 *
 *   0042/SKTM-ASN/L3/2025        the 42nd certificate of the level-3 scheme issued in 2025
 *   0042/SKTM-ASN/L3/2025-P1     its first update (pemutakhiran, Pasal 35(3)), -P2 the second ...
 *
 * - `<seq>`: 1, 2, 3 ... per scheme and year of first issue, with no gaps (a number once allocated is
 *   never reused nor skipped), zero-padded to at least 4 digits and written without further leading zeros;
 * - `SKTM-ASN`: Sertifikat Kompetensi Teknis Manajemen ASN;
 * - `<scheme>`: L1-L5 for the position schemes (their level, Pasal 12(4), 14(1)a-e), MENTOR, KONSELOR
 *   (Pasal 14(1)f-g);
 * - `<year>`: the year of first issue (2019, the first programme, or later);
 * - `-P<n>`: the n-th updated version; an update keeps the sequence and year, so the base number of a
 *   holder's certificate is stable across versions.
 */
import { SCHEMES, SCHEME_CODES, type SchemeCode } from '../reference/schemes';
import {
  decide,
  defineRules,
  reject,
  violation,
  type Decision,
  type Rule,
  type RuleViolation,
} from '../shared/rule';

export const REGISTRATION_RULES = /* @__PURE__ */ defineRules({
  'SERT-NOMOR-FORMAT': {
    article: 'Perban BKN 7/2020 Pasal 34(3)d',
    summary: 'Nomor registrasi berformat <urut>/SKTM-ASN/<skema>/<tahun>[-P<versi>].',
  },
  'SERT-NOMOR-URUT-TANPA-CELAH': {
    article: 'Perban BKN 7/2020 Pasal 34(3)d',
    summary: 'Nomor urut per skema dan tahun dimulai dari 1, tanpa celah dan tanpa duplikasi.',
  },
});

export const REGISTRATION_PREFIX = 'SKTM-ASN';
export const FIRST_CERTIFICATE_YEAR = 2019;
const MAX_CERTIFICATE_YEAR = 9999;

/** The scheme token of the number. */
export const SCHEME_TOKENS: Readonly<Record<SchemeCode, string>> = Object.fromEntries(
  SCHEME_CODES.map((code) => [code, SCHEMES[code].level === null ? code : `L${SCHEMES[code].level}`]),
) as Record<SchemeCode, string>;

export interface RegistrationNumber {
  sequence: number;
  scheme: SchemeCode;
  year: number;
  /** 0 for the first issue, n for the n-th update. */
  version: number;
}

const PATTERN = /^(\d{4,})\/SKTM-ASN\/([A-Z0-9]+)\/(\d{4})(?:-P(\d+))?$/;

function partViolations(n: RegistrationNumber): RuleViolation[] {
  const rule = REGISTRATION_RULES['SERT-NOMOR-FORMAT'];
  const v: RuleViolation[] = [];
  if (!Number.isSafeInteger(n.sequence) || n.sequence < 1) {
    v.push(violation(rule, 'Nomor urut harus bilangan bulat mulai 1.', 'sequence'));
  }
  if (!Number.isInteger(n.year) || n.year < FIRST_CERTIFICATE_YEAR || n.year > MAX_CERTIFICATE_YEAR) {
    v.push(
      violation(rule, `Tahun nomor registrasi harus ${FIRST_CERTIFICATE_YEAR} atau sesudahnya.`, 'year'),
    );
  }
  if (!Number.isSafeInteger(n.version) || n.version < 0) {
    v.push(violation(rule, 'Versi pemutakhiran harus bilangan bulat 0 atau lebih.', 'version'));
  }
  return v;
}

/** The base number, without the version suffix. */
export function baseRegistrationNumber(n: Omit<RegistrationNumber, 'version'>): string {
  return `${String(n.sequence).padStart(4, '0')}/${REGISTRATION_PREFIX}/${SCHEME_TOKENS[n.scheme]}/${n.year}`;
}

/** Formats a registration number, rejecting impossible parts. */
export function formatRegistrationNumber(n: RegistrationNumber): Decision<string> {
  const base = baseRegistrationNumber(n);
  return decide(n.version > 0 ? `${base}-P${n.version}` : base, partViolations(n));
}

/** Parses a registration number; only the canonical form (as formatted) is accepted. */
export function parseRegistrationNumber(
  text: string,
  field = 'registrationNumber',
): Decision<RegistrationNumber> {
  const rule = REGISTRATION_RULES['SERT-NOMOR-FORMAT'];
  const m = PATTERN.exec(text);
  const scheme = m ? SCHEME_CODES.find((code) => SCHEME_TOKENS[code] === m[2]) : undefined;
  if (!m || scheme === undefined) {
    return reject([
      violation(
        rule,
        `Nomor registrasi "${text}" tidak sesuai format <urut>/SKTM-ASN/<skema>/<tahun>.`,
        field,
      ),
    ]);
  }
  const parsed: RegistrationNumber = {
    sequence: Number(m[1]),
    scheme,
    year: Number(m[3]),
    version: m[4] === undefined ? 0 : Number(m[4]),
  };
  const v: RuleViolation[] = partViolations(parsed).map((x) => ({ ...x, field }));
  const formatted = formatRegistrationNumber(parsed);
  if (v.length === 0 && formatted.ok && formatted.value !== text) {
    v.push(
      violation(rule, `Nomor registrasi "${text}" tidak dalam bentuk baku (${formatted.value}).`, field),
    );
  }
  return decide(parsed, v);
}

/** The sequence to allocate next for `scheme` in `year`, given the numbers already issued. */
export function nextSequence(
  issued: readonly RegistrationNumber[],
  scheme: SchemeCode,
  year: number,
): number {
  return (
    issued
      .filter((n) => n.scheme === scheme && n.year === year)
      .reduce((max, n) => Math.max(max, n.sequence), 0) + 1
  );
}

/**
 * The sequences 1..max that are missing from `sequences` or used more than once, as violations of `rule`;
 * `what` names the register in the message (e.g. "skema ADMINISTRATOR tahun 2027"). Answers max.
 */
export function sequenceGapsAndDoubles(
  sequences: readonly number[],
  rule: Rule,
  what: string,
): Decision<number> {
  const max = sequences.reduce((a, b) => Math.max(a, b), 0);
  const v: RuleViolation[] = [];
  const counts = new Map<number, number>();
  for (const s of sequences) counts.set(s, (counts.get(s) ?? 0) + 1);
  for (let s = 1; s <= max; s += 1) {
    const c = counts.get(s) ?? 0;
    if (c === 0) v.push(violation(rule, `Nomor urut ${s} ${what} terlewat.`));
    if (c > 1) v.push(violation(rule, `Nomor urut ${s} ${what} dipakai ${c} kali.`));
  }
  return decide(max, v);
}

/** Checks that the first issues of `scheme` in `year` are numbered 1..n exactly once each. */
export function checkSequenceGapFree(
  issued: readonly RegistrationNumber[],
  scheme: SchemeCode,
  year: number,
): Decision<number> {
  return sequenceGapsAndDoubles(
    issued.filter((n) => n.scheme === scheme && n.year === year && n.version === 0).map((n) => n.sequence),
    REGISTRATION_RULES['SERT-NOMOR-URUT-TANPA-CELAH'],
    `skema ${scheme} tahun ${year}`,
  );
}

/** The number of the next updated version of `n` (same sequence, scheme and year). */
export function nextVersion(n: RegistrationNumber): RegistrationNumber {
  return { ...n, version: n.version + 1 };
}
