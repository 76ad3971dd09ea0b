import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCOPE_RULES } from '../../../domain/access/scope';
import { CORRECTION_RULES } from '../../../domain/result/correction';
import { SESSION_RULES } from '../../../domain/result/session';
import { APPEAL_RULES } from '../../../domain/assessment/appeal';
import { ASSESSOR_RULES } from '../../../domain/assessment/assessor';
import { DECISION_RULES } from '../../../domain/assessment/decision';
import { EVIDENCE_RULES } from '../../../domain/assessment/evidence';
import { EXPERT_RULES } from '../../../domain/assessment/expert';
import { METHOD_RULES } from '../../../domain/assessment/methods';
import { RETEST_RULES } from '../../../domain/assessment/retest';
import { ECHELON_METHOD_RULES } from '../../../domain/assessment/structural/methods';
import { NOTIFICATION_RULES } from '../../../domain/assessment/structural/notification';
import { RESULT_RULES } from '../../../domain/assessment/structural/result';
import { TEAM_RULES } from '../../../domain/assessment/structural/team';
import { TEST_SITE_RULES } from '../../../domain/assessment/test-site';
import { BRIEFING_RULES } from '../../../domain/assessment/briefing';
import { TEST_DAY_RULES } from '../../../domain/assessment/test-day';
import { CALENDAR_RULES } from '../../../domain/calendar/working-days';
import { CERTIFICATE_RULES } from '../../../domain/certificate/competency-certificate';
import { DECISION_CHANGE_RULES } from '../../../domain/certificate/decision-change';
import { REGISTRATION_RULES } from '../../../domain/certificate/registration-number';
import { REINSTATEMENT_RULES } from '../../../domain/certificate/reinstatement';
import { REVOCATION_RULES } from '../../../domain/certificate/revocation';
import { TRAINING_CERTIFICATE_RULES } from '../../../domain/certificate/training-certificate';
import { TRAINING_NUMBER_RULES } from '../../../domain/certificate/training-number';
import { UPDATE_RULES } from '../../../domain/certificate/update';
import { ELIGIBILITY_RULES } from '../../../domain/eligibility/candidate';
import { DOCUMENT_RULES } from '../../../domain/eligibility/documents';
import { NAME_RULES } from '../../../domain/identity/name';
import { NIP_RULES } from '../../../domain/identity/nip';
import { PROGRAM_RULES } from '../../../domain/program/program';
import { FUNDING_RULES } from '../../../domain/program/funding';
import { ALLOCATION_RULES } from '../../../domain/program/allocation';
import { REGIONAL_RULES } from '../../../domain/program/regional';
import { PRE_ASSESSOR_RULES } from '../../../domain/preassessment/assessor';
import { RECOMMENDATION_RULES } from '../../../domain/preassessment/recommendation';
import { SELF_ASSESSMENT_RULES } from '../../../domain/preassessment/self-assessment';
import { SETTING_RULES } from '../../../domain/preassessment/setting';
import { INVITATION_RULES } from '../../../domain/scheduling/invitation';
import { PLACEMENT_RULES } from '../../../domain/scheduling/placement';
import { TEST_SESSION_RULES } from '../../../domain/scheduling/test-session';
import { SUBMISSION_RULES } from '../../../domain/proposal/submission';
import { UPLOAD_RULES } from '../../../domain/proposal/upload';
import { DATE_RULES } from '../../../domain/shared/dates';
import type { Rule } from '../../../domain/shared/rule';
import { ACTION_PLAN_RULES } from '../../../domain/training/action-plan';
import { MONEV_RULES } from '../../../domain/monev/monev';
import { CONFIRMATION_RULES } from '../../../domain/training/confirmation';
import { LEARNING_RULES } from '../../../domain/training/learning-hours';
import { DELIVERY_RULES } from '../../../domain/training/delivery';
import { FEEDBACK_RULES } from '../../../domain/review/feedback';
import { MINUTES_RULES } from '../../../domain/review/minutes';
import { REVIEW_RULES } from '../../../domain/review/process-review';
import { SCHEME_VERSION_RULES } from '../../../domain/scheme/version';
import { REFRESHMENT_RULES } from '../../../domain/scheme/refreshment';
import { MONITORING_RULES } from '../../../domain/certificate/monitoring';
import { DEVELOPMENT_RECOMMENDATION_RULES } from '../../../domain/certificate/development-recommendation';
import { UNDERTAKING_RULES } from '../../../domain/certificate/undertaking';
import { KOMITE_RULES } from '../../../domain/komite/komite';
import { NOMINATION_RULES } from '../../../domain/assessment/structural/nomination';
import { ASSESSOR_UNIT_RULES } from '../../../domain/assessment/structural/assessors';
import { PLAN_RULES } from '../../../domain/assessment/structural/plan';
import { REPORT_RULES } from '../../../domain/assessment/structural/report';
import { STANDARD_RULES } from '../../../domain/assessment/structural/standard';
import { QUALIFICATION_RULES } from '../../../domain/assessment/structural/qualification';
import { SINGLE_NOMINATION_RULES } from '../../../domain/assessment/structural/single-nomination';
import { NOMINATION_RELEASE_RULES } from '../../../domain/assessment/structural/nomination-release';
import { NOTICE_RULES } from '../../../domain/assessment/structural/notice';
import { INSTRUMENT_RULES } from '../../../domain/assessment/instrument';
import { TEST_TEAM_RULES } from '../../../domain/assessment/test-team';
import { MECHANISM_RULES } from '../../../domain/assessment/test-mechanism';
import { ADDITIONAL_EVIDENCE_RULES } from '../../../domain/result/additional-evidence';
import { UNIT_RECOGNITION_RULES } from '../../../domain/result/unit-recognition';
import { APPEAL_STRATEGY_RULES } from '../../../domain/result/appeal-strategy';
import { PIK_RULES } from '../../../domain/eligibility/pik-graduate';
import { PIK_TRAINING_RULES } from '../../../domain/training/pik-exemption';
import { RULES_OF_CONDUCT_RULES } from '../../../domain/training/rules-of-conduct';

const REGISTRIES: Readonly<Record<string, Record<string, Rule>>> = {
  DATE_RULES,
  SESSION_RULES,
  CORRECTION_RULES,
  NIP_RULES,
  NAME_RULES,
  CALENDAR_RULES,
  ELIGIBILITY_RULES,
  DOCUMENT_RULES,
  METHOD_RULES,
  EVIDENCE_RULES,
  DECISION_RULES,
  RETEST_RULES,
  APPEAL_RULES,
  ASSESSOR_RULES,
  EXPERT_RULES,
  TEST_SITE_RULES,
  TEST_DAY_RULES,
  TEAM_RULES,
  ECHELON_METHOD_RULES,
  NOTIFICATION_RULES,
  RESULT_RULES,
  REGISTRATION_RULES,
  CERTIFICATE_RULES,
  TRAINING_CERTIFICATE_RULES,
  TRAINING_NUMBER_RULES,
  REVOCATION_RULES,
  REINSTATEMENT_RULES,
  UPDATE_RULES,
  DECISION_CHANGE_RULES,
  PROGRAM_RULES,
  PLACEMENT_RULES,
  TEST_SESSION_RULES,
  INVITATION_RULES,
  SCOPE_RULES,
  SUBMISSION_RULES,
  UPLOAD_RULES,
  SELF_ASSESSMENT_RULES,
  PRE_ASSESSOR_RULES,
  RECOMMENDATION_RULES,
  SETTING_RULES,
  CONFIRMATION_RULES,
  ACTION_PLAN_RULES,
  LEARNING_RULES,
  FEEDBACK_RULES,
  MINUTES_RULES,
  REVIEW_RULES,
  SCHEME_VERSION_RULES,
  REFRESHMENT_RULES,
  MONEV_RULES,
  MONITORING_RULES,
  DEVELOPMENT_RECOMMENDATION_RULES,
  UNDERTAKING_RULES,
  KOMITE_RULES,
  NOMINATION_RULES,
  ASSESSOR_UNIT_RULES,
  PLAN_RULES,
  REPORT_RULES,
  STANDARD_RULES,
  QUALIFICATION_RULES,
  SINGLE_NOMINATION_RULES,
  NOMINATION_RELEASE_RULES,
  NOTICE_RULES,
  INSTRUMENT_RULES,
  TEST_TEAM_RULES,
  MECHANISM_RULES,
  FUNDING_RULES,
  ALLOCATION_RULES,
  REGIONAL_RULES,
  ADDITIONAL_EVIDENCE_RULES,
  UNIT_RECOGNITION_RULES,
  APPEAL_STRATEGY_RULES,
  PIK_RULES,
  BRIEFING_RULES,
  DELIVERY_RULES,
  PIK_TRAINING_RULES,
  RULES_OF_CONDUCT_RULES,
};

const rules = Object.values(REGISTRIES).flatMap((r) => Object.values(r));
const catalogue = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
const rows = new Map(
  catalogue
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => [/^\| `([^`]+)`/.exec(line)?.[1] ?? '', line] as const),
);

describe('rule catalogue (docs/rules.md)', () => {
  it('codes are unique across modules, and each rule has its code as key, an article and a summary', () => {
    expect(new Set(rules.map((r) => r.code)).size).toBe(rules.length);
    for (const registry of Object.values(REGISTRIES)) {
      for (const [key, rule] of Object.entries(registry)) {
        expect(rule.code).toBe(key);
        expect(rule.article.length).toBeGreaterThan(0);
        expect(rule.summary.length).toBeGreaterThan(0);
      }
    }
  });

  it.each(rules.map((r) => [r.code, r] as const))(
    '%s has a row with its article in docs/rules.md',
    (code, rule) => {
      const row = rows.get(code);
      expect(row, `no row for ${code}`).toBeDefined();
      expect(row).toContain(rule.article);
    },
  );

  it('every row of docs/rules.md is a declared rule', () => {
    const declared = new Set(rules.map((r) => r.code));
    expect([...rows.keys()].filter((code) => !declared.has(code))).toEqual([]);
  });
});
