import { testDateOf } from '../../domain/eligibility/test-date';
import type { IsoDate } from '../../domain/shared/dates';
import type { TeamMember } from '../../events/api/assessment';
import { HttpError } from '../../runtime/http/http-error';
import { memberMayTest } from '../../services/testing/team-members';
import type { TestContext } from '../../services/testing/test-context';

/**
 * The team member, once they may test this participant: meeting the assessor or expert rules for this
 * participant now, conflicts of interest included, within their team's period, on a team formed by decree
 * for a session tested from 14 April 2020 (422 otherwise).
 */
export function testerFor(member: TeamMember, ctx: TestContext, today: IsoDate): TeamMember {
  const verdict = memberMayTest(member, ctx.participant, today, testDateOf(ctx.cohort));
  if (!verdict.ok) {
    throw new HttpError(
      422,
      verdict.violations.length === 1 ? verdict.violations[0]!.code : 'RULES_NOT_MET',
      'Anda tidak dapat menguji peserta ini.',
      verdict.violations,
    );
  }
  return member;
}
