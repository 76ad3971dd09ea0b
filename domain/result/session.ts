/**
 * The result session (sidang hasil Uji Kompetensi Teknis, Perban BKN 7/2020 Pasal 25) around the per-unit
 * decisions of domain/assessment/decision.ts: who may record it, how a re-test adds to the units already
 * competent (Pasal 26(2)), what follows a not-yet-competent decision (Pasal 25c-d, 26(1)), and the appeal window
 * and reviewer the session sets (Pasal 25h). Independence and objectivity (Pasal 2a, 2d) are why the person who
 * records a decision, or reviews an appeal, must not have assessed the participant.
 */
import type { OverallDecision, Recommendation } from '../assessment/decision';
import { MAX_RETESTS_PER_LEVEL } from '../assessment/retest';
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';

export const SESSION_RULES = defineRules({
  'SIDANG-BUKAN-ASESOR': {
    article: 'Perban BKN 7/2020 Pasal 2a, 2d, 25',
    summary: 'Keputusan sidang hasil tidak dicatat oleh asesor atau pakar yang menguji peserta tersebut.',
  },
  'BANDING-BATAS-WAKTU': {
    article: 'Perban BKN 7/2020 Pasal 25h, 36(1)d',
    summary:
      'Banding/pengaduan diajukan dalam jangka waktu yang ditetapkan sidang hasil, atas keputusan yang berlaku.',
  },
  'BANDING-PENINJAU-INDEPENDEN': {
    article: 'Perban BKN 7/2020 Pasal 2a, 2d, 25h',
    summary: 'Peninjau dan pemutus banding tidak terlibat dalam pengujian peserta yang mengajukan banding.',
  },
  'UJI-ULANG-ANGKATAN-BERIKUTNYA': {
    article: 'Perban BKN 7/2020 Pasal 25c, 26(1)',
    summary: 'Uji ulang dijadwalkan pada angkatan berikutnya dengan jenjang (skema) yang sama.',
  },
  'BANDING-PUTUSAN-UNIT': {
    article: 'Perban BKN 7/2020 Pasal 25h, 26(2)',
    summary: 'Banding yang diterima hanya mengubah keputusan unit yang dipersoalkan dan belum kompeten.',
  },
});

const R = SESSION_RULES;

/** Refuses a recorder (or appeal decider) who assessed the participant: `testers` are everyone who did. */
export function checkSessionRecorder(recorder: string, testers: readonly string[]): RuleViolation[] {
  return testers.includes(recorder)
    ? [
        violation(
          R['SIDANG-BUKAN-ASESOR'],
          `${recorder} menguji peserta ini sehingga tidak dapat mencatat keputusannya.`,
          'decidedBy',
        ),
      ]
    : [];
}

export interface AttemptResult {
  outcome: Recommendation;
  competentUnits: string[];
  notYetCompetentUnits: string[];
}

/**
 * The decision after an attempt, cumulated over the level: units competent before stay competent (a re-test
 * covers only the others, Pasal 26(2)); the participant is KOMPETEN only when every required unit now is
 * (Pasal 16(6)). For the first test `previouslyCompetent` is empty and this is `tested` itself.
 */
export function cumulateAttempt(
  requiredUnitCodes: readonly string[],
  previouslyCompetent: readonly string[],
  tested: Pick<OverallDecision, 'competentUnits'>,
): AttemptResult {
  const competent = new Set([...previouslyCompetent, ...tested.competentUnits]);
  const competentUnits = requiredUnitCodes.filter((code) => competent.has(code));
  const notYetCompetentUnits = requiredUnitCodes.filter((code) => !competent.has(code));
  return {
    outcome:
      requiredUnitCodes.length > 0 && notYetCompetentUnits.length === 0 ? 'KOMPETEN' : 'BELUM_KOMPETEN',
    competentUnits,
    notYetCompetentUnits,
  };
}

export type FollowUp = 'NONE' | 'UJI_ULANG' | 'PENGEMBANGAN';

/**
 * What follows a decision: nothing once competent; a re-test while fewer than 2 were taken at the level
 * (Pasal 25c, 26(1)); otherwise competency development for the gap (Pasal 25d).
 */
export function followUpOf(outcome: Recommendation, retestsTakenAtLevel: number): FollowUp {
  if (outcome === 'KOMPETEN') return 'NONE';
  return retestsTakenAtLevel < MAX_RETESTS_PER_LEVEL ? 'UJI_ULANG' : 'PENGEMBANGAN';
}

/** Whether an appeal may still be filed against a decision at `now` (ISO instants compare as text). */
export function checkAppealWindow(
  decision: { appealUntil?: string; supersededBy?: string },
  now: string,
): RuleViolation[] {
  const v: RuleViolation[] = [];
  if (decision.supersededBy !== undefined) {
    v.push(
      violation(
        R['BANDING-BATAS-WAKTU'],
        `Keputusan ini telah digantikan oleh ${decision.supersededBy}; ajukan atas keputusan yang berlaku.`,
        'decisionId',
      ),
    );
  }
  if (decision.appealUntil !== undefined && now > decision.appealUntil) {
    v.push(
      violation(
        R['BANDING-BATAS-WAKTU'],
        `Jangka waktu banding/pengaduan berakhir pada ${decision.appealUntil}.`,
        'decisionId',
      ),
    );
  }
  return v;
}

/** Refuses an appeal without a reviewer, or with one who took part in testing the participant. */
export function checkAppealReviewer(
  reviewer: string | undefined,
  testers: readonly string[],
): RuleViolation[] {
  if (reviewer === undefined) {
    return [
      violation(
        R['BANDING-PENINJAU-INDEPENDEN'],
        'Banding belum memiliki peninjau; tunjuk peninjau yang tidak terlibat dalam pengujian.',
        'reviewer',
      ),
    ];
  }
  return testers.includes(reviewer)
    ? [
        violation(
          R['BANDING-PENINJAU-INDEPENDEN'],
          `${reviewer} terlibat dalam pengujian peserta sehingga tidak dapat meninjau banding ini.`,
          'reviewer',
        ),
      ]
    : [];
}

export interface UpheldAppeal {
  requiredUnitCodes: readonly string[];
  decided: AttemptResult;
  contestedUnits: readonly string[];
  /** The units the session now finds competent. */
  competentUnits: readonly string[];
}

/**
 * The decision an upheld appeal makes: the units it finds competent must be contested and not yet competent;
 * everything else stays as decided. Every unmet rule is listed.
 */
export function decideUpheldAppeal(a: UpheldAppeal): Decision<AttemptResult> {
  const v: RuleViolation[] = [];
  a.competentUnits.forEach((code, i) => {
    if (!a.contestedUnits.includes(code)) {
      v.push(
        violation(
          R['BANDING-PUTUSAN-UNIT'],
          `Unit ${code} tidak dipersoalkan dalam banding ini.`,
          `competentUnits.${i}`,
        ),
      );
    } else if (!a.decided.notYetCompetentUnits.includes(code)) {
      v.push(
        violation(
          R['BANDING-PUTUSAN-UNIT'],
          `Unit ${code} tidak berstatus belum kompeten.`,
          `competentUnits.${i}`,
        ),
      );
    }
  });
  if (a.competentUnits.length === 0) {
    v.push(
      violation(
        R['BANDING-PUTUSAN-UNIT'],
        'Banding yang diterima harus menyebut unit yang dinyatakan kompeten.',
        'competentUnits',
      ),
    );
  }
  return decide(
    cumulateAttempt(a.requiredUnitCodes, a.decided.competentUnits, { competentUnits: [...a.competentUnits] }),
    v,
  );
}

export interface CohortSlot {
  number: number;
  scheme: string;
  startDate: string;
  endDate: string;
}

/** A re-test goes into a later cohort of the same scheme: one that starts after the last tested cohort ended. */
export function checkRetestCohort(lastTested: CohortSlot, target: CohortSlot): RuleViolation[] {
  const v: RuleViolation[] = [];
  if (target.scheme !== lastTested.scheme) {
    v.push(
      violation(
        R['UJI-ULANG-ANGKATAN-BERIKUTNYA'],
        `Angkatan ${target.number} untuk skema ${target.scheme}; uji ulang harus pada skema ${lastTested.scheme}.`,
        'toCohort',
      ),
    );
  }
  if (target.startDate <= lastTested.endDate) {
    v.push(
      violation(
        R['UJI-ULANG-ANGKATAN-BERIKUTNYA'],
        `Angkatan ${target.number} dimulai ${target.startDate}, tidak sesudah angkatan ${lastTested.number} berakhir (${lastTested.endDate}).`,
        'toCohort',
      ),
    );
  }
  return v;
}
