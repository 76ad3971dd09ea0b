/**
 * Recognition per competency unit (Perban BKN 7/2020 Pasal 15(3)a, 25e): a participant not yet competent on the
 * whole qualification keeps each unit the result session found competent. The statement that lists them is not a
 * certificate (Pasal 15(1), 16(6): the certificate is for competence on every required unit); it is what a re-test
 * builds on: the re-test covers only the units not yet recognised (Pasal 26(2)). Drawn from the decisions in force,
 * the only record of what was decided, so a correction or an upheld appeal changes it with them.
 */
import { currentDecision } from './attempt';
import { decide, defineRules, violation, type Decision } from '../shared/rule';

export const UNIT_RECOGNITION_RULES = /* @__PURE__ */ defineRules({
  'PENGAKUAN-UNIT': {
    article: 'Perban BKN 7/2020 Pasal 15(3)a, 25e, 26(2)',
    summary:
      'Peserta yang belum kompeten pada seluruh kualifikasi mendapat pernyataan pengakuan atas unit yang kompeten (bukan sertifikat); uji ulang hanya atas unit yang belum diakui.',
  },
});

/** What recognition needs of a decision. */
export interface DecidedUnits {
  decisionId: string;
  attempt: number;
  outcome: 'KOMPETEN' | 'BELUM_KOMPETEN';
  competentUnits: readonly string[];
  notYetCompetentUnits: readonly string[];
  decidedAt: string;
  supersededBy?: string | undefined;
}

export interface RecognisedUnit {
  unitCode: string;
  /** The decision in force that first found the unit competent, and when. */
  decisionId: string;
  attempt: number;
  recognisedAt: string;
}

export interface UnitRecognition {
  /** The decision in force the statement is drawn from. */
  basedOn: string;
  outcome: 'KOMPETEN' | 'BELUM_KOMPETEN';
  recognised: RecognisedUnit[];
  /** The units a re-test covers: not yet recognised (Pasal 26(2)). */
  remaining: string[];
}

/**
 * The units recognised on the decisions in force (none superseded), each dated by the first of them that found
 * it competent, and the rest; undefined before any decision.
 */
export function unitRecognition(decisions: readonly DecidedUnits[]): UnitRecognition | undefined {
  const current = currentDecision(decisions);
  if (!current) return undefined;
  const inForce = decisions
    .filter((d) => d.supersededBy === undefined)
    .sort((a, b) => (a.decisionId < b.decisionId ? -1 : 1));
  const recognised = current.competentUnits.map((unitCode) => {
    const first = inForce.find((d) => d.competentUnits.includes(unitCode)) ?? current;
    return { unitCode, decisionId: first.decisionId, attempt: first.attempt, recognisedAt: first.decidedAt };
  });
  return {
    basedOn: current.decisionId,
    outcome: current.outcome,
    recognised,
    remaining: [...current.notYetCompetentUnits],
  };
}

/**
 * The statement of recognised units, for a participant not yet competent on the whole qualification with at
 * least one unit competent: a participant found competent has the certificate instead; one with no unit
 * competent has nothing to recognise.
 */
export function recognitionStatement(recognition: UnitRecognition): Decision<UnitRecognition> {
  const rule = UNIT_RECOGNITION_RULES['PENGAKUAN-UNIT'];
  if (recognition.outcome === 'KOMPETEN') {
    return decide(recognition, [
      violation(
        rule,
        'Peserta kompeten pada seluruh unit: pengakuannya dinyatakan dalam sertifikat kompetensi teknis (Pasal 15(1)).',
        'nip',
      ),
    ]);
  }
  if (recognition.recognised.length === 0) {
    return decide(recognition, [
      violation(rule, 'Belum ada unit yang dinyatakan kompeten untuk diakui.', 'nip'),
    ]);
  }
  return decide(recognition, []);
}
