/**
 * Re-tests (Uji Kompetensi Teknis ulang), Perban BKN 7/2020 Pasal 26: a participant declared not yet
 * competent may be re-tested at most 2 times within the level of their position, and only on the
 * units declared not yet competent. Pasal 25c: the result session schedules the re-test.
 */
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';

export const RETEST_RULES = defineRules({
  'UJI-ULANG-BELUM-KOMPETEN': {
    article: 'Perban BKN 7/2020 Pasal 26(1)',
    summary: 'Uji ulang hanya bagi peserta yang dinyatakan belum kompeten pada jenjang tersebut.',
  },
  'UJI-ULANG-MAKS-2': {
    article: 'Perban BKN 7/2020 Pasal 26(1)',
    summary: 'Uji ulang paling banyak 2 kali dalam satu jenjang jabatan; uji ulang ke-3 ditolak.',
  },
  'UJI-ULANG-UNIT-BK': {
    article: 'Perban BKN 7/2020 Pasal 26(2)',
    summary: 'Uji ulang hanya pada unit yang dinyatakan belum kompeten, dan paling sedikit satu unit.',
  },
});

export const MAX_RETESTS_PER_LEVEL = 2;

export interface TestAttempt {
  /** The level of the scheme tested (Pasal 12(4)); null for the mentor and counsellor schemes. */
  level: number | null;
  /** AWAL: the first test at this level; ULANG: a re-test. */
  kind: 'AWAL' | 'ULANG';
  /** The result of every unit tested in this attempt. */
  results: readonly { unitCode: string; competent: boolean }[];
}

export interface RetestRequest {
  level: number | null;
  /** Every previous attempt of the participant, in the order taken, any level. */
  history: readonly TestAttempt[];
  unitCodes: readonly string[];
}

export interface RetestPlan {
  level: number | null;
  /** 1 or 2. */
  retestNumber: number;
  unitCodes: string[];
}

/**
 * The units still not competent at `level`: those whose latest result in the history of that level is
 * not competent.
 */
export function outstandingUnits(level: number | null, history: readonly TestAttempt[]): string[] {
  const latest = new Map<string, boolean>();
  for (const attempt of history.filter((a) => a.level === level)) {
    for (const r of attempt.results) latest.set(r.unitCode, r.competent);
  }
  return [...latest].filter(([, competent]) => !competent).map(([code]) => code);
}

/** How many re-tests the participant has taken at `level`. */
export function retestsTaken(level: number | null, history: readonly TestAttempt[]): number {
  return history.filter((a) => a.level === level && a.kind === 'ULANG').length;
}

/** Whether a re-test may be scheduled, and on which units; every unmet rule is listed. */
export function planRetest(request: RetestRequest): Decision<RetestPlan> {
  const { level, history, unitCodes } = request;
  const violations: RuleViolation[] = [];
  const atLevel = history.filter((a) => a.level === level);
  const outstanding = outstandingUnits(level, history);
  if (atLevel.length === 0 || outstanding.length === 0) {
    violations.push(
      violation(
        RETEST_RULES['UJI-ULANG-BELUM-KOMPETEN'],
        atLevel.length === 0
          ? 'Peserta belum pernah diuji pada jenjang ini; uji ulang tidak dapat diajukan.'
          : 'Peserta tidak memiliki unit yang belum kompeten pada jenjang ini.',
        'level',
      ),
    );
  }
  const taken = retestsTaken(level, history);
  if (taken >= MAX_RETESTS_PER_LEVEL) {
    violations.push(
      violation(
        RETEST_RULES['UJI-ULANG-MAKS-2'],
        `Peserta telah mengikuti ${taken} kali uji ulang pada jenjang ini; paling banyak ${MAX_RETESTS_PER_LEVEL} kali.`,
        'history',
      ),
    );
  }
  const requested = [...new Set(unitCodes)];
  if (requested.length === 0) {
    violations.push(
      violation(
        RETEST_RULES['UJI-ULANG-UNIT-BK'],
        'Uji ulang harus mencakup paling sedikit satu unit.',
        'unitCodes',
      ),
    );
  }
  requested
    .filter((code) => !outstanding.includes(code))
    .forEach((code) =>
      violations.push(
        violation(
          RETEST_RULES['UJI-ULANG-UNIT-BK'],
          `Unit ${code} tidak dinyatakan belum kompeten; uji ulang hanya pada unit yang belum kompeten.`,
          `unitCodes.${unitCodes.indexOf(code)}`,
        ),
      ),
    );
  return decide({ level, retestNumber: taken + 1, unitCodes: requested }, violations);
}
