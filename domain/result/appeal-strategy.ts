/**
 * The strategy for handling appeals (Perban BKN 7/2020 Pasal 25h "Menetapkan strategi penanganan pengajuan
 * banding oleh peserta"), set by the result session of a test session: who may review its appeals (officials of
 * BKN's training unit who do not test in that session, Pasal 2a, 2d), within how many days of filing, and how the
 * review is done. An appeal filed against a decision of that session carries the strategy in force when it was
 * filed, and the appeal routes hold to it: the reviewer named is one of those listed, the review deadline follows
 * its days, the ruling states one of its ways. Where a session set none, the defaults of functions/appeals hold
 * (14 days, any independent official, any way).
 */
import { defineRules, violation, type RuleViolation } from '../shared/rule';

export const APPEAL_STRATEGY_RULES = /* @__PURE__ */ defineRules({
  'BANDING-STRATEGI': {
    article: 'Perban BKN 7/2020 Pasal 2a, 2d, 25h',
    summary:
      'Sidang hasil menetapkan strategi penanganan banding: peninjau yang tidak menjadi anggota tim uji sesi itu, jangka waktu peninjauan, dan cara peninjauan.',
  },
  'BANDING-IKUT-STRATEGI': {
    article: 'Perban BKN 7/2020 Pasal 25h',
    summary:
      'Banding ditangani menurut strategi sidang yang berlaku saat diajukan: peninjau dari daftarnya, batas peninjauan menurut jangka waktunya, dan putusan dengan salah satu caranya.',
  },
});

const R = APPEAL_STRATEGY_RULES;

/** How an appeal is reviewed. */
export const APPEAL_REVIEW_METHODS = [
  /** The reviewer reads the evidence and the assessors' records again. */
  'TELAAH_DOKUMEN',
  /** The reviewer hears the participant and the assessor. */
  'KLARIFIKASI',
  /** Another assessor assesses the contested units' evidence again. */
  'PENILAIAN_ULANG',
] as const;
export type AppealReviewMethod = (typeof APPEAL_REVIEW_METHODS)[number];

/** Our bound on the review period (the sources set none): long enough for a clarification hearing. */
export const MAX_APPEAL_REVIEW_DAYS = 30;

export interface AppealStrategyTerms {
  reviewers: readonly string[];
  reviewDays: number;
  methods: readonly AppealReviewMethod[];
}

/** Every unmet rule of a strategy, against the usernames of the session's test team. */
export function checkAppealStrategy(terms: AppealStrategyTerms, team: readonly string[]): RuleViolation[] {
  const rule = R['BANDING-STRATEGI'];
  const v: RuleViolation[] = [];
  if (terms.reviewers.length === 0) {
    v.push(violation(rule, 'Sebutkan paling sedikit satu peninjau banding.', 'reviewers'));
  }
  terms.reviewers.forEach((reviewer, i) => {
    if (team.includes(reviewer)) {
      v.push(
        violation(
          rule,
          `${reviewer} anggota tim uji sesi ini sehingga tidak dapat meninjau bandingnya.`,
          `reviewers.${i}`,
        ),
      );
    }
    if (terms.reviewers.indexOf(reviewer) !== i) {
      v.push(violation(rule, `${reviewer} disebut dua kali.`, `reviewers.${i}`));
    }
  });
  if (terms.reviewDays < 1 || terms.reviewDays > MAX_APPEAL_REVIEW_DAYS) {
    v.push(violation(rule, `Jangka waktu peninjauan 1 sampai ${MAX_APPEAL_REVIEW_DAYS} hari.`, 'reviewDays'));
  }
  if (terms.methods.length === 0) {
    v.push(violation(rule, 'Sebutkan paling sedikit satu cara peninjauan.', 'methods'));
  }
  return v;
}

/** The reviewer BKN names must be one the strategy lists. */
export function checkStrategyReviewer(
  strategy: AppealStrategyTerms | undefined,
  reviewer: string,
): RuleViolation[] {
  return strategy && !strategy.reviewers.includes(reviewer)
    ? [
        violation(
          R['BANDING-IKUT-STRATEGI'],
          `${reviewer} tidak termasuk peninjau dalam strategi banding sidang (${strategy.reviewers.join(', ')}).`,
          'reviewer',
        ),
      ]
    : [];
}

/** The ruling states how it was reviewed, one of the strategy's ways. */
export function checkStrategyMethod(
  strategy: AppealStrategyTerms | undefined,
  method: AppealReviewMethod | undefined,
): RuleViolation[] {
  if (!strategy) return [];
  if (method === undefined) {
    return [
      violation(
        R['BANDING-IKUT-STRATEGI'],
        `Sebutkan cara peninjauan menurut strategi banding sidang (${strategy.methods.join(', ')}).`,
        'method',
      ),
    ];
  }
  return strategy.methods.includes(method)
    ? []
    : [
        violation(
          R['BANDING-IKUT-STRATEGI'],
          `Cara ${method} tidak termasuk strategi banding sidang (${strategy.methods.join(', ')}).`,
          'method',
        ),
      ];
}
