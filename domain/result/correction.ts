/**
 * Correction of a result-session decision by the session itself (Perban BKN 7/2020 Pasal 25): the session
 * states the recommendation of the test on the evidence (25a) and the level of the certificate for the units
 * achieved (25e), with every party to the certification (25f). When it finds a recorded decision wrong (evidence
 * later found invalid, a formal defect of the session that took it), it decides again: a new decision that
 * supersedes the old one, which stays with its `supersededBy` pointer. The participant may appeal the new
 * decision as any other (Pasal 25h, 36(1)d). The sources name no such procedure beyond Pasal 25; see
 * docs/rules.md "Open points".
 */
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';
import { cumulateAttempt, type AttemptResult } from './session';

export const CORRECTION_RULES = /* @__PURE__ */ defineRules({
  'SIDANG-KOREKSI-PERSIDANGAN': {
    article: 'Perban BKN 7/2020 Pasal 25, 25f',
    summary:
      'Koreksi keputusan ditetapkan dalam persidangan hasil uji unit pelatihan BKN (dengan daftar hadir, SIDANG-ASESOR-HADIR), dengan alasan yang dicatat.',
  },
  'SIDANG-KOREKSI-BERLAKU': {
    article: 'Perban BKN 7/2020 Pasal 25, 25h',
    summary: 'Yang dikoreksi hanya keputusan yang berlaku dan tidak sedang dalam banding.',
  },
  'SIDANG-KOREKSI-UNIT': {
    article: 'Perban BKN 7/2020 Pasal 25a, 25e, 16(6)',
    summary: 'Koreksi menyatakan kompeten hanya unit yang dipersyaratkan, masing-masing sekali.',
  },
});

export interface Correction {
  reason: string;
  /** Every unit the session now finds competent; the other required units are not yet competent. */
  competentUnits: readonly string[];
}

export interface CorrectedDecision {
  decisionId: string;
  supersededBy?: string | undefined;
}

/**
 * The decision a correction makes, cumulated over the required units like any session decision (KOMPETEN only
 * when every one is, Pasal 16(6)); every unmet rule is listed.
 */
export function correctDecision(
  decision: CorrectedDecision,
  context: { requiredUnitCodes: readonly string[]; appealOpen: boolean },
  correction: Correction,
): Decision<AttemptResult> {
  const R = CORRECTION_RULES;
  const v: RuleViolation[] = [];
  if (correction.reason.trim() === '') {
    v.push(violation(R['SIDANG-KOREKSI-PERSIDANGAN'], 'Alasan koreksi wajib dicatat.', 'reason'));
  }
  if (decision.supersededBy !== undefined) {
    v.push(
      violation(
        R['SIDANG-KOREKSI-BERLAKU'],
        `Keputusan ${decision.decisionId} telah digantikan ${decision.supersededBy}; koreksi keputusan yang berlaku.`,
        'decisionId',
      ),
    );
  }
  if (context.appealOpen) {
    v.push(
      violation(
        R['SIDANG-KOREKSI-BERLAKU'],
        `Banding atas keputusan ${decision.decisionId} masih terbuka; putuskan banding itu lebih dahulu.`,
        'decisionId',
      ),
    );
  }
  correction.competentUnits.forEach((code, i) => {
    if (!context.requiredUnitCodes.includes(code)) {
      v.push(
        violation(
          R['SIDANG-KOREKSI-UNIT'],
          `Unit ${code} bukan unit yang dipersyaratkan bagi peserta.`,
          `competentUnits.${i}`,
        ),
      );
    } else if (correction.competentUnits.indexOf(code) < i) {
      v.push(
        violation(R['SIDANG-KOREKSI-UNIT'], `Unit ${code} disebut lebih dari sekali.`, `competentUnits.${i}`),
      );
    }
  });
  return decide(
    cumulateAttempt(context.requiredUnitCodes, [], { competentUnits: [...correction.competentUnits] }),
    v,
  );
}
