import { assessableOn, type NoticeLetter } from '../../domain/assessment/structural/notice';
import type { IsoDate } from '../../domain/shared/dates';
import type { Decision } from '../../domain/shared/rule';
import type { StructuralNotice } from '../../events/api/structural-notice';
import { listNotices } from '../../adapters/dynamodb/structural-notice-repository';
import { rulesNotMet } from '../../runtime/http/http-error';

/*
 * The gate of a structural competency assessment on a date (Perka BKN 11/2008 Lampiran III.2.a.3-4): any stage
 * that records an assessment step on a date asks it, over the candidate's notification letters.
 */

/** Whether the candidate's notices let them be assessed on `date` (`assessableOn`), with the notice that does. */
export async function assessabilityOn(
  instansiCode: string,
  nip: string,
  date: IsoDate,
): Promise<Decision<StructuralNotice>> {
  const notices = await listNotices(instansiCode, nip);
  const issued = notices.map((notice) => ({
    ...notice,
    letter: notice.letter as NoticeLetter,
    receipt: notice.receipt && { ...notice.receipt, receivedOn: notice.receipt.receivedOn as IsoDate },
  }));
  return assessableOn(issued, date);
}

/**
 * The gate as a request answers it (PK-DINILAI-SESUAI-PEMBERITAHUAN): the notice that allows `date`, or 422 with
 * every reason (none issued, another date, not received, received late, no holiday data).
 */
export async function requireAssessable(
  instansiCode: string,
  nip: string,
  date: IsoDate,
): Promise<StructuralNotice> {
  const decision = await assessabilityOn(instansiCode, nip, date);
  if (!decision.ok) throw rulesNotMet(decision.violations);
  return decision.value;
}
