import { assessableOn, type NoticeLetter } from '../../domain/assessment/structural/notice';
import type { IsoDate } from '../../domain/shared/dates';
import type { Decision, RuleViolation } from '../../domain/shared/rule';
import type { StructuralCandidate } from '../../events/api/structural';
import type { StructuralNotice } from '../../events/api/structural-notice';
import { listNotices } from '../../adapters/dynamodb/structural-notice-repository';

/*
 * The gate of a structural competency assessment on a date (Perka BKN 11/2008 Lampiran III.2.a.3-4): any stage
 * that records an assessment step on a date asks it, over the candidate's notification letters.
 */

/** The nomination whose letters count: the candidate's current one. */
type Nomination = Pick<StructuralCandidate, 'instansiCode' | 'nip' | 'nomination'>;

/** The notices of the candidate's nomination, as the domain reads them. */
async function issuedNotices({ instansiCode, nip, nomination }: Nomination) {
  return (await listNotices(instansiCode, nip, nomination)).map((notice) => ({
    ...notice,
    letter: notice.letter as NoticeLetter,
    receipt: notice.receipt && { ...notice.receipt, receivedOn: notice.receipt.receivedOn as IsoDate },
  }));
}

/** Whether the candidate's notices let them be assessed on `date` (`assessableOn`), with the notice that does. */
export async function assessabilityOn(
  candidate: Nomination,
  date: IsoDate,
): Promise<Decision<StructuralNotice>> {
  return assessableOn(await issuedNotices(candidate), date);
}

/**
 * Every reason the days of a recorded assessment were not on a letter received in time
 * (PK-DINILAI-SESUAI-PEMBERITAHUAN), each on the field of its day (`<field>.<i>`); none when all were.
 */
export async function unnoticedDays(
  candidate: Nomination,
  dates: readonly IsoDate[],
  field: string,
): Promise<RuleViolation[]> {
  const notices = await issuedNotices(candidate);
  return dates.flatMap((date, i) => {
    const decision = assessableOn(notices, date);
    return decision.ok ? [] : decision.violations.map((v) => ({ ...v, field: `${field}.${i}` }));
  });
}
