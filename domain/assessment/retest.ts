/**
 * Re-tests (Uji Kompetensi Teknis ulang), Perban BKN 7/2020 Pasal 26: a participant declared not yet
 * competent may be re-tested at most 2 times within the level of their position ("dalam jenjang jabatannya":
 * counted for the person, NIP and level, across every programme), and only on the units declared not yet
 * competent. Pasal 25c: the result session schedules the re-test "pada tahapan berikutnya", a later test session
 * of the same level, in the same or a later programme.
 */
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';

export const RETEST_RULES = /* @__PURE__ */ defineRules({
  'UJI-ULANG-BELUM-KOMPETEN': {
    article: 'Perban BKN 7/2020 Pasal 26(1)',
    summary: 'Uji ulang hanya bagi peserta yang dinyatakan belum kompeten pada jenjang tersebut.',
  },
  'UJI-ULANG-MAKS-2': {
    article: 'Perban BKN 7/2020 Pasal 26(1)',
    summary:
      'Uji ulang paling banyak 2 kali dalam satu jenjang jabatan, dihitung per orang (NIP dan jenjang) di semua program; uji ulang ke-3 ditolak.',
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
  /** Every previous attempt of the participant in this programme, in the order taken, any level. */
  history: readonly TestAttempt[];
  /** Re-tests the person (NIP) has already taken or booked at this level, in every programme. */
  retestsTakenAtLevel: number;
  unitCodes: readonly string[];
}

export interface RetestPlan {
  level: number | null;
  /** The re-test's attempt in this programme: 1 or 2. */
  retestNumber: number;
  /** The person's re-test at this level across programmes: 1 or 2. */
  retestAtLevel: number;
  unitCodes: string[];
}

/** How many re-tests are left to a person at a level (Pasal 26(1)). */
export const retestsRemaining = (retestsTakenAtLevel: number) =>
  Math.max(0, MAX_RETESTS_PER_LEVEL - retestsTakenAtLevel);

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

/** How many re-tests the participant has taken at `level` in the attempts of `history` (one programme). */
export function retestsTaken(level: number | null, history: readonly TestAttempt[]): number {
  return history.filter((a) => a.level === level && a.kind === 'ULANG').length;
}

/** Whether a re-test may be scheduled, and on which units; every unmet rule is listed. */
export function planRetest(request: RetestRequest): Decision<RetestPlan> {
  const { level, history, unitCodes, retestsTakenAtLevel } = request;
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
  if (retestsRemaining(retestsTakenAtLevel) === 0) {
    violations.push(
      violation(
        RETEST_RULES['UJI-ULANG-MAKS-2'],
        `ASN ini telah mengikuti ${retestsTakenAtLevel} kali uji ulang pada jenjang ini (di semua program); paling banyak ${MAX_RETESTS_PER_LEVEL} kali.`,
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
  return decide(
    {
      level,
      retestNumber: retestsTaken(level, history) + 1,
      retestAtLevel: retestsTakenAtLevel + 1,
      unitCodes: requested,
    },
    violations,
  );
}

/**
 * Whether a participant (or their instansi) may ask for a re-test on a decision (Pasal 16(7) "dapat diusulkan
 * untuk mengikuti ujian ulang"): the decision in force, not yet competent, with a re-test left at the level.
 */
export function checkRetestAsk(input: {
  outcome: 'KOMPETEN' | 'BELUM_KOMPETEN';
  inForce: boolean;
  retestsTakenAtLevel: number;
}): Decision<void> {
  const violations: RuleViolation[] = [];
  if (input.outcome !== 'BELUM_KOMPETEN' || !input.inForce) {
    violations.push(
      violation(
        RETEST_RULES['UJI-ULANG-BELUM-KOMPETEN'],
        input.inForce
          ? 'Keputusan ini menyatakan kompeten; uji ulang tidak diperlukan.'
          : 'Keputusan ini tidak lagi berlaku; minta uji ulang atas keputusan yang berlaku.',
        'decisionId',
      ),
    );
  }
  if (retestsRemaining(input.retestsTakenAtLevel) === 0) {
    violations.push(
      violation(
        RETEST_RULES['UJI-ULANG-MAKS-2'],
        `Uji ulang pada jenjang ini sudah ${MAX_RETESTS_PER_LEVEL} kali; tindak lanjutnya pengembangan kompetensi (Pasal 16(7), 35(5)).`,
        'decisionId',
      ),
    );
  }
  return decide(undefined, violations);
}
