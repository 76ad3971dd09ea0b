/**
 * Appeals (banding) and complaints (keluhan/pengaduan) about a competency test. The sources say only
 * that the participant may complain about the result and the process (Perban BKN 7/2020 Pasal 36(1)d),
 * that the assessor explains the complaint mechanism before the test (Pasal 30(1)a), and that the
 * result session (sidang hasil, Pasal 25f) sets how appeals are handled (Pasal 25h). No deadline or
 * form is prescribed, so none is enforced here; who decides is in ../result/session.ts (the independent reviewer).
 */
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';

export const APPEAL_RULES = defineRules({
  'BANDING-OLEH-PESERTA': {
    article: 'Perban BKN 7/2020 Pasal 25h, 36(1)d',
    summary: 'Banding/pengaduan diajukan oleh peserta yang diuji sendiri.',
  },
  'BANDING-ADA-KEPUTUSAN': {
    article: 'Perban BKN 7/2020 Pasal 25h, 36(1)d',
    summary: 'Banding atas hasil hanya dapat diajukan setelah keputusan hasil uji ditetapkan.',
  },
  'BANDING-ALASAN': {
    article: 'Perban BKN 7/2020 Pasal 25h',
    summary: 'Banding/pengaduan memuat alasan, dan banding atas hasil menyebut unit yang dipersoalkan.',
  },
});

export interface Appeal {
  /** HASIL: against the decision; PROSES: about how the test was run. */
  subject: 'HASIL' | 'PROSES';
  appellantNip: string;
  grounds: string;
  /** For HASIL: the units whose decision is contested. */
  unitCodes: readonly string[];
}

export interface AppealContext {
  participantNip: string;
  /** Whether the result of the test has been decided. */
  resultDecided: boolean;
  /** Units of the decided result. */
  decidedUnitCodes: readonly string[];
}

/** Whether an appeal may be registered; every unmet rule is listed. */
export function fileAppeal(appeal: Appeal, context: AppealContext): Decision<Appeal> {
  const v: RuleViolation[] = [];
  if (appeal.appellantNip !== context.participantNip) {
    v.push(
      violation(
        APPEAL_RULES['BANDING-OLEH-PESERTA'],
        'Banding hanya dapat diajukan oleh peserta yang diuji.',
        'appellantNip',
      ),
    );
  }
  if (appeal.subject === 'HASIL' && !context.resultDecided) {
    v.push(
      violation(
        APPEAL_RULES['BANDING-ADA-KEPUTUSAN'],
        'Keputusan hasil uji belum ditetapkan; banding atas hasil belum dapat diajukan.',
        'subject',
      ),
    );
  }
  if (appeal.grounds.trim() === '') {
    v.push(violation(APPEAL_RULES['BANDING-ALASAN'], 'Alasan banding/pengaduan wajib diisi.', 'grounds'));
  }
  if (appeal.subject === 'HASIL') {
    if (appeal.unitCodes.length === 0) {
      v.push(
        violation(APPEAL_RULES['BANDING-ALASAN'], 'Sebutkan unit kompetensi yang dipersoalkan.', 'unitCodes'),
      );
    }
    appeal.unitCodes.forEach((code, i) => {
      if (context.resultDecided && !context.decidedUnitCodes.includes(code)) {
        v.push(
          violation(
            APPEAL_RULES['BANDING-ALASAN'],
            `Unit ${code} tidak termasuk dalam hasil uji peserta.`,
            `unitCodes.${i}`,
          ),
        );
      }
    });
  }
  return decide(appeal, v);
}
