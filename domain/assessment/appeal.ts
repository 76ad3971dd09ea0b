/**
 * Appeals (banding) and complaints (keluhan/pengaduan) about a competency test. The sources say only
 * that the participant may complain about the result and the process (Perban BKN 7/2020 Pasal 36(1)d),
 * that the assessor explains the complaint mechanism before the test (Pasal 30(1)a), and that the
 * result session (sidang hasil, Pasal 25f) sets how appeals are handled (Pasal 25h). No deadline or
 * form is prescribed, so none is enforced here; who decides is in ../result/session.ts (the independent reviewer).
 * One case is open against a decision at a time (our reading, docs/rules.md): a second filing while it is open
 * is the same case sent again, or refused.
 */
import {
  accept,
  decide,
  defineRules,
  reject,
  violation,
  type Decision,
  type RuleViolation,
} from '../shared/rule';

export const APPEAL_RULES = /* @__PURE__ */ defineRules({
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
  'BANDING-SATU-TERBUKA': {
    article: 'Perban BKN 7/2020 Pasal 25h, 36(1)d',
    summary:
      'Atas satu keputusan hanya ada satu banding/pengaduan terbuka; pengajuan yang sama selama itu mendapat perkara yang terbuka.',
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

/** What a filing says: the part of a case that makes it the same case when sent again. */
export type Filing = Pick<Appeal, 'subject' | 'grounds' | 'unitCodes'>;

const sameFiling = (a: Filing, b: Filing) =>
  a.subject === b.subject &&
  a.grounds.trim() === b.grounds.trim() &&
  [...new Set(a.unitCodes)].sort().join() === [...new Set(b.unitCodes)].sort().join();

/**
 * A filing against a decision that may already have an open case (`open`, with its id): `NEW` when none is open,
 * `SAME` when the filing is the open case sent again (a retry, answered with that case), refused otherwise,
 * whatever its subject: one review at a time per decision, so two reviewers never rule on it side by side.
 */
export function openCase(
  filing: Filing,
  open: (Filing & { appealId: string }) | undefined,
): Decision<'NEW' | 'SAME'> {
  if (!open) return accept('NEW');
  if (sameFiling(filing, open)) return accept('SAME');
  return reject([
    violation(
      APPEAL_RULES['BANDING-SATU-TERBUKA'],
      `Banding/pengaduan ${open.appealId} atas keputusan ini masih terbuka; ajukan yang lain setelah diputus.`,
      'decisionId',
    ),
  ]);
}
