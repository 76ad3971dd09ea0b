import { buildNotice, checkNoticeReceipt } from '../../domain/assessment/structural/notice';
import { dateInWib, dateParts, type IsoDate } from '../../domain/shared/dates';
import type { routes } from '../../events/api/routes';
import type { NoticeSchedule, StructuralNotice } from '../../events/api/structural-notice';
import { takeNext } from '../../adapters/dynamodb/register';
import {
  findNotice,
  issueNotice,
  listNotices,
  noticeRegister,
  recordNoticeReceipt,
} from '../../adapters/dynamodb/structural-notice-repository';
import { presignDownload } from '../../adapters/s3/presign';
import { requestNoticeLetter } from '../../adapters/sqs/structural-notice-queue';
import { linkExpiresAt } from '../../runtime/clock';
import { ENV, requireEnv } from '../../runtime/env';
import type { Operation } from '../../runtime/http/api-handler';
import { conflict, HttpError, rulesNotMet } from '../../runtime/http/http-error';
import { candidateOf, changedMeanwhile, ofNomination, reportOf } from '../../services/structural/candidate';
import { assessabilityOn } from '../../services/structural/notice-gate';

/** Download links live five minutes: long enough to click, short enough not to be passed around. */
const DOWNLOAD_LINK_SECONDS = 300;

/**
 * The notification letter of a candidate's assessment (Perka BKN 11/2008 Lampiran III.2.a.3)-4), Anak Lampiran):
 * built from the candidate, the plan and the request (domain/assessment/structural/notice.ts), numbered from the
 * instansi's register of the year in the transaction that records it and moves the candidate's schedule to it
 * (replacing the letter that held), then queued for the worker that signs its PDF. If the send fails the caller
 * gets a 5xx and may ask again: the new letter replaces the unsent one.
 */
export const issueStructuralNotice: Operation<typeof routes.issueStructuralNotice> = async ({
  params,
  body,
  principal,
  scoped: { instansi },
  now,
  correlationId,
}) => {
  const candidate = await candidateOf(params.instansiCode, params.nip);
  const report = await reportOf(candidate);
  const issuedOn = dateInWib(now);
  const year = dateParts(issuedOn).year;
  const previous = candidate.schedule?.noticeId;
  const notice = await takeNext(noticeRegister(params.instansiCode, year), async (last) => {
    const built = buildNotice(
      {
        status: candidate.status,
        handedOver: candidate.handover !== undefined,
        planDays: candidate.plan?.durationDays,
        reported: Boolean(report),
        addressee: {
          name: candidate.name,
          nip: candidate.nip,
          position: candidate.position,
          workUnit: candidate.workUnit,
        },
      },
      { ...body, date: body.date as IsoDate },
      { instansiCode: params.instansiCode, sequence: last + 1, issuedOn },
    );
    if (!built.ok) throw rulesNotMet(built.violations);
    const letter = built.value;
    const issued: StructuralNotice = {
      id: `${year}-${String(last + 1).padStart(4, '0')}`,
      instansiCode: params.instansiCode,
      nip: params.nip,
      ...ofNomination(candidate),
      instansiName: instansi.name,
      unitName: candidate.handover!.unitName,
      letter,
      status: 'DIKIRIM',
      issued: { by: principal.username, at: now.toISOString() },
    };
    const schedule: NoticeSchedule = {
      noticeId: issued.id,
      number: letter.number,
      date: letter.date,
      endDate: letter.endDate,
      receiveBy: letter.receiveBy,
      status: 'MENUNGGU_PENERIMAAN',
    };
    const outcome = await issueNotice(issued, { year, last }, previous, schedule);
    if (outcome === 'CANDIDATE_CHANGED') throw changedMeanwhile();
    return outcome === 'ISSUED' ? issued : outcome;
  });
  await requestNoticeLetter(
    { instansiCode: notice.instansiCode, nip: notice.nip, noticeId: notice.id },
    correlationId,
    now,
  );
  return { statusCode: 201, body: notice };
};

export const listStructuralNotices: Operation<typeof routes.listStructuralNotices> = async ({ params }) => {
  const candidate = await candidateOf(params.instansiCode, params.nip);
  return {
    statusCode: 200,
    body: { items: await listNotices(params.instansiCode, params.nip, candidate.nomination) },
  };
};

async function noticeOf(instansiCode: string, nip: string, noticeId: string): Promise<StructuralNotice> {
  const notice = await findNotice(instansiCode, nip, noticeId);
  if (!notice) {
    throw new HttpError(404, 'STRUCTURAL_NOTICE_NOT_FOUND', 'Surat pemberitahuan ini tidak ada pada calon.');
  }
  return notice;
}

/** One notice, with a short-lived link to its signed PDF once the worker stored it. */
export const getStructuralNotice: Operation<typeof routes.getStructuralNotice> = async ({ params }) => {
  const notice = await noticeOf(params.instansiCode, params.nip, params.noticeId);
  if (!notice.document) return { statusCode: 200, body: notice };
  const url = await presignDownload({
    bucket: requireEnv(ENV.documentsBucket),
    key: notice.document.key,
    fileName: `pemberitahuan-${notice.nip}-${notice.id}.pdf`,
    expiresInSeconds: DOWNLOAD_LINK_SECONDS,
  });
  const download = { url, expiresAt: linkExpiresAt(DOWNLOAD_LINK_SECONDS), sha256: notice.document.sha256 };
  return { statusCode: 200, body: { ...notice, download } };
};

/**
 * The personnel official records the day the letter reached the PNS (III.2.a.3-4): once, for the signed letter
 * that holds. A late receipt is recorded all the same, TERLAMBAT with the rule it misses, and the candidate's
 * schedule needs a new date with a new letter; the same date again answers the receipt on record.
 */
export const recordStructuralNoticeReceipt: Operation<typeof routes.recordStructuralNoticeReceipt> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const [candidate, notice] = await Promise.all([
    candidateOf(params.instansiCode, params.nip),
    noticeOf(params.instansiCode, params.nip, params.noticeId),
  ]);
  if (notice.receipt) {
    if (notice.receipt.receivedOn === body.receivedOn) return { statusCode: 200, body: notice };
    throw conflict(
      'STRUCTURAL_NOTICE_RECEIPT_RECORDED',
      `Penerimaan surat ini sudah dicatat: diterima ${notice.receipt.receivedOn}.`,
      notice.receipt,
    );
  }
  if (notice.status === 'DIGANTI' || candidate.schedule?.noticeId !== notice.id) {
    throw conflict(
      'STRUCTURAL_NOTICE_SUPERSEDED',
      'Surat ini sudah diganti surat pemberitahuan yang lebih baru; catat penerimaan surat yang berlaku.',
    );
  }
  if (!notice.document) {
    throw conflict(
      'STRUCTURAL_NOTICE_NOT_SIGNED',
      'Surat ini belum selesai ditandatangani secara elektronik; ia belum dapat disampaikan kepada PNS.',
    );
  }
  const checked = checkNoticeReceipt({
    letterDate: notice.letter.letterDate as IsoDate,
    date: notice.letter.date as IsoDate,
    receivedOn: body.receivedOn as IsoDate,
    today: dateInWib(now),
  });
  if (!checked.ok) throw rulesNotMet(checked.violations);
  const { receivedOn, deadline, late } = checked.value;
  const receipt: NonNullable<StructuralNotice['receipt']> = {
    receivedOn,
    deadline,
    late: late !== null,
    ...(late ? { rule: { code: late.code, article: late.article, message: late.message } } : {}),
    by: principal.username,
    at: now.toISOString(),
  };
  const status = late ? 'TERLAMBAT' : 'DITERIMA';
  if (!(await recordNoticeReceipt(notice, receipt, status, late ? 'PERLU_JADWAL_BARU' : 'DAPAT_DINILAI'))) {
    throw conflict(
      'STRUCTURAL_NOTICE_CHANGED',
      'Surat berubah saat penerimaannya dicatat (sudah dicatat atau diganti). Muat ulang lalu coba lagi.',
    );
  }
  return { statusCode: 200, body: { ...notice, status, receipt } };
};

/** Whether the candidate may be assessed on the asked date (default: the first day of their schedule, else today). */
export const getStructuralAssessability: Operation<typeof routes.getStructuralAssessability> = async ({
  params,
  query,
  now,
}) => {
  const candidate = await candidateOf(params.instansiCode, params.nip);
  const date = (query.date ?? candidate.schedule?.date ?? dateInWib(now)) as IsoDate;
  const decision = await assessabilityOn(candidate, date);
  return {
    statusCode: 200,
    body: {
      nip: params.nip,
      date,
      assessable: decision.ok,
      ...(decision.ok ? { noticeId: decision.value.id } : {}),
      ...(candidate.schedule ? { schedule: candidate.schedule } : {}),
      reasons: decision.ok ? [] : decision.violations,
    },
  };
};
