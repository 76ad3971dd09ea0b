/**
 * The notification letter of one candidate's assessment as the system issues it (Perka BKN 11/2008 Lampiran
 * III.2.a.3)-4), Anak Lampiran (1)-(11)): built from the candidate, the plan the UPK or TPK determined and what the
 * personnel official gives (place, nature, attachment, date, time, venue, the official who notifies), numbered from
 * the instansi's register, its receipt by the PNS recorded, and the gate the assessment passes on a date
 * (`assessableOn`). Content, channel and the 6-working-day rule are those of ./notification.ts.
 *
 * The template requires a number (2) but prescribes no format; ours:
 *
 *   0007/PK/4011/III/2026     the 7th notice the instansi 4011 issued in 2026, issued in March
 *
 * - `<seq>`: 1, 2, 3 ... per instansi and year of issue (the instansi's register), at least 4 digits;
 * - `PK`: penilaian kompetensi; `<instansi>`: the instansi's code, so two instansi never share a number;
 * - `<month>`: the month of issue in Roman numerals, `<year>`: the year of issue.
 */
import { NATIONAL_HOLIDAYS } from '../../calendar/holidays';
import { addWorkingDays, type HolidayData } from '../../calendar/working-days';
import { dateParts, hariOf, isAfter, isBefore, type IsoDate } from '../../shared/dates';
import { accept, defineRules, reject, violation, type Decision, type RuleViolation } from '../../shared/rule';
import { ASSESSOR_UNIT_RULES } from './assessors';
import { checkAssessable, type NominationStatus } from './nomination';
import {
  checkNotification,
  checkReceiptDates,
  receiptTimeliness,
  type NotificationLetter,
  type ReceiptDates,
  type ReceiptTimeliness,
} from './notification';

export const NOTICE_RULES = /* @__PURE__ */ defineRules({
  'PK-PEMBERITAHUAN-SETELAH-RENCANA': {
    article: 'Perka BKN 11/2008 Lampiran III.2.a.1)-3)',
    summary:
      'Surat pemberitahuan diterbitkan sesudah UPK/TPK yang menerima penyerahan menentukan rencana penilaian calon (metode dan lamanya).',
  },
  'PK-PEMBERITAHUAN-TANGGAL-TERIMA': {
    article: 'Perka BKN 11/2008 Lampiran III.2.a.3)-4)',
    summary:
      'Tanggal surat pemberitahuan diterima PNS tidak sebelum tanggal surat dan tidak sesudah hari ini (WIB) saat dicatat.',
  },
  'PK-JADWAL-SEBELUM-LAPORAN': {
    article: 'Perka BKN 11/2008 Lampiran III.2.a.3)-4), III.2 Laporan',
    summary:
      'Surat pemberitahuan baru (jadwal baru) tidak diterbitkan lagi setelah laporan hasil penilaian calon disampaikan kepada PPK: penilaiannya sudah selesai.',
  },
  'PK-DINILAI-SESUAI-PEMBERITAHUAN': {
    article: 'Perka BKN 11/2008 Lampiran III.2.a.3)-4)',
    summary:
      'Penilaian dilaksanakan hanya pada hari dan tanggal surat pemberitahuan yang berlaku, yang diterima PNS paling lambat 6 hari kerja sebelumnya; bila terlambat, jadwal baru dengan surat baru.',
  },
});

/** Lampiran III.2.a.3): the letter reaches the PNS through the personnel official of their instansi. */
export const NOTICE_CHANNEL = 'PEJABAT_KEPEGAWAIAN_INSTANSI' as const satisfies NotificationLetter['sentVia'];
export const NOTICE_SUBJECT = 'Pemberitahuan Pelaksanaan Penilaian Kompetensi';

const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;

/** The number (2) of the `sequence`-th notice of `instansiCode` in the year of `issuedOn`. */
export function noticeNumber(instansiCode: string, sequence: number, issuedOn: IsoDate): string {
  const { year, month } = dateParts(issuedOn);
  return `${String(sequence).padStart(4, '0')}/PK/${instansiCode}/${ROMAN_MONTHS[month - 1]}/${year}`;
}

/** Where the candidate stands when the letter is asked for. */
export interface NoticeCandidate {
  status: NominationStatus;
  handedOver: boolean;
  /** The plan's length in days; undefined when no plan is recorded. */
  planDays: number | undefined;
  /** The report of the assessment was sent to the PPK: the assessment is over. */
  reported: boolean;
  /** (5) */
  addressee: { name: string; nip: string; position: string; workUnit: string };
}

/** What the personnel official gives, as the UPK or TPK decided it. */
export interface NoticeRequest {
  /** (1) */ place: string;
  /** (3) */ nature: string;
  /** (4) */ attachment: string;
  /** (7): the assessment's first day. */ date: IsoDate;
  /** (8) */ time: string;
  /** (9) */ venue: string;
  /** (10), (11) and the NIP printed under the name. */
  signer: { position: string; name: string; nip?: string | undefined };
}

/** The letter as data: fields (1)-(11) of the Anak Lampiran and the days the plan's length spans. */
export interface NoticeLetter extends Omit<NotificationLetter, 'receivedOn' | 'sentVia'> {
  sentVia: typeof NOTICE_CHANNEL;
  subject: string;
  /** The assessment's last day: the plan's days counted in working days from `date` (II.C, III.2.b.2-3). */
  endDate: IsoDate;
  endDay: string;
  signerNip?: string;
  /** The last day the PNS may receive it (`latestNotificationDate(date)`). */
  receiveBy: IsoDate;
}

/**
 * Builds the notice of a candidate issued today (`issuedOn`) with the register's `sequence`. Refused with every
 * unmet rule: the candidate not determined (PK-HANYA-DITETAPKAN), not handed over (PK-PELAKSANA-PENETAPAN) or
 * without a plan (PK-PEMBERITAHUAN-SETELAH-RENCANA), or already reported on (PK-JADWAL-SEBELUM-LAPORAN); the letter failing `checkNotification` as if received the
 * day it is issued, the earliest it can reach the PNS: too late for its date (PK-PEMBERITAHUAN-6-HARI-KERJA), a
 * date before the letter (PK-SURAT-ISI), a year without holiday data (KAL-DATA-LIBUR).
 */
export function buildNotice(
  candidate: NoticeCandidate,
  request: NoticeRequest,
  number: { instansiCode: string; sequence: number; issuedOn: IsoDate },
  data: HolidayData = NATIONAL_HOLIDAYS,
): Decision<NoticeLetter> {
  const v: RuleViolation[] = [];
  const assessable = checkAssessable(candidate.status);
  if (!assessable.ok) v.push(...assessable.violations);
  else if (!candidate.handedOver) {
    v.push(
      violation(
        ASSESSOR_UNIT_RULES['PK-PELAKSANA-PENETAPAN'],
        'Penilaian calon belum diserahkan kepada UPK atau TPK; pemberitahuan disampaikan oleh pelaksananya.',
        'handover',
      ),
    );
  } else if (candidate.planDays === undefined) {
    v.push(
      violation(
        NOTICE_RULES['PK-PEMBERITAHUAN-SETELAH-RENCANA'],
        'Rencana penilaian calon belum dicatat; hari dan lama penilaian ditentukan dalam rencana.',
        'plan',
      ),
    );
  } else if (candidate.reported) {
    v.push(
      violation(
        NOTICE_RULES['PK-JADWAL-SEBELUM-LAPORAN'],
        'Laporan hasil penilaian calon ini sudah disampaikan kepada PPK; penilaiannya tidak dijadwalkan lagi.',
        'report',
      ),
    );
  }
  const letter: NotificationLetter = {
    place: request.place,
    letterDate: number.issuedOn,
    number: noticeNumber(number.instansiCode, number.sequence, number.issuedOn),
    nature: request.nature,
    attachment: request.attachment,
    addressee: candidate.addressee,
    day: hariOf(request.date),
    date: request.date,
    time: request.time,
    venue: request.venue,
    signerPosition: request.signer.position,
    signerName: request.signer.name,
    sentVia: NOTICE_CHANNEL,
    receivedOn: number.issuedOn,
  };
  const checked = checkNotification(letter, data);
  if (!checked.ok) v.push(...checked.violations);
  const endDate = addWorkingDays(request.date, Math.max(0, (candidate.planDays ?? 1) - 1), data);
  const deadline = receiptTimeliness(request.date, number.issuedOn, data);
  // The holiday data the letter's date lacks is reported once; the last day may run into a year without it.
  if (!endDate.ok && !v.some((x) => x.code === endDate.violations[0]?.code)) {
    v.push(...endDate.violations.map((x) => ({ ...x, field: 'date' })));
  }
  if (!deadline.ok && v.length === 0) v.push(...deadline.violations);
  if (!endDate.ok || !deadline.ok || v.length > 0) return reject(v);
  const { receivedOn: _, ...fields } = letter;
  return accept({
    ...fields,
    sentVia: NOTICE_CHANNEL,
    subject: NOTICE_SUBJECT,
    endDate: endDate.value,
    endDay: hariOf(endDate.value),
    ...(request.signer.nip ? { signerNip: request.signer.nip } : {}),
    receiveBy: deadline.value.deadline,
  });
}

/**
 * The recorded receipt of a notice, with the day it had to arrive by. A late receipt is accepted and flagged with
 * PK-PEMBERITAHUAN-6-HARI-KERJA in `late`: it is what happened, and it moves the assessment to a new date. Refused
 * when the date is impossible (PK-PEMBERITAHUAN-TANGGAL-TERIMA) or the year has no holiday data (KAL-DATA-LIBUR).
 */
export function checkNoticeReceipt(
  input: ReceiptDates,
  data: HolidayData = NATIONAL_HOLIDAYS,
): Decision<ReceiptTimeliness & { receivedOn: IsoDate }> {
  return checkReceiptDates(
    input,
    { rule: NOTICE_RULES['PK-PEMBERITAHUAN-TANGGAL-TERIMA'], letter: 'Surat', dateField: 'date' },
    data,
  );
}

/** A notice as the gate reads it: its letter and, once recorded, the day the PNS received it. */
export interface IssuedNotice {
  letter: NoticeLetter;
  receipt?: { receivedOn: IsoDate } | undefined;
}

const notAssessable = (message: string) =>
  reject<never>([violation(NOTICE_RULES['PK-DINILAI-SESUAI-PEMBERITAHUAN'], message, 'date')]);

/**
 * Whether the candidate may be assessed on `date`, given their notices in the order they were issued: only the
 * last one holds (a new letter replaces the old), `date` must be one of its days, and it must have reached the
 * PNS at least 6 working days before its first day (`checkNotification`). Answers the notice that allows it, or
 * every reason it does not: none issued, another date, not (yet) received, received late (a new date needs a new
 * letter), a year without holiday data.
 */
export function assessableOn<N extends IssuedNotice>(
  notices: readonly N[],
  date: IsoDate,
  data: HolidayData = NATIONAL_HOLIDAYS,
): Decision<N> {
  const current = notices.at(-1);
  if (!current) {
    return notAssessable('Belum ada surat pemberitahuan penilaian kompetensi bagi calon ini.');
  }
  const { letter } = current;
  if (isBefore(date, letter.date) || isAfter(date, letter.endDate)) {
    const days = letter.endDate === letter.date ? letter.date : `${letter.date} s.d. ${letter.endDate}`;
    return notAssessable(
      `Tanggal ${date} bukan jadwal pada surat pemberitahuan yang berlaku (nomor ${current.letter.number}: ${days}).`,
    );
  }
  const checked = checkNotification({ ...letter, receivedOn: current.receipt?.receivedOn ?? null }, data);
  if (!checked.ok) {
    const why = current.receipt
      ? `tidak diterima tepat waktu (paling lambat ${letter.receiveBy}); tetapkan tanggal baru dengan surat pemberitahuan baru`
      : `belum tercatat diterima PNS (paling lambat ${letter.receiveBy})`;
    return reject([
      violation(
        NOTICE_RULES['PK-DINILAI-SESUAI-PEMBERITAHUAN'],
        `Penilaian tidak dapat dilaksanakan pada ${date}: surat nomor ${current.letter.number} ${why}.`,
        'date',
      ),
      ...checked.violations,
    ]);
  }
  return accept(current);
}
