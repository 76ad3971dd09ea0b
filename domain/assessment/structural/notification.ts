/**
 * The notification letter (surat pemberitahuan pelaksanaan penilaian kompetensi) of Perka BKN 11/2008:
 * sent by the UPK/TPK through the personnel official of the PNS's instansi (Lampiran III.2.a.3)), with
 * the content of the Anak Lampiran template, and received by the PNS at the latest 6 working days
 * before the assessment (Lampiran III.2.a.4)). Working days skip weekends, national holidays and cuti
 * bersama (../../calendar).
 */
import { NATIONAL_HOLIDAYS } from '../../calendar/holidays';
import { addWorkingDays, type HolidayData } from '../../calendar/working-days';
import { validateNip } from '../../identity/nip';
import { hariOf, isAfter, isBefore, type IsoDate } from '../../shared/dates';
import {
  accept,
  decide,
  defineRules,
  reject,
  violation,
  type Decision,
  type Rule,
  type RuleViolation,
} from '../../shared/rule';

export const NOTIFICATION_RULES = /* @__PURE__ */ defineRules({
  'PK-PEMBERITAHUAN-6-HARI-KERJA': {
    article: 'Perka BKN 11/2008 Lampiran III.2.a.4)',
    summary: 'Surat pemberitahuan diterima PNS selambat-lambatnya 6 hari kerja sebelum penilaian kompetensi.',
  },
  'PK-SURAT-MELALUI-KEPEGAWAIAN': {
    article: 'Perka BKN 11/2008 Lampiran III.2.a.3)',
    summary: 'Pemberitahuan disampaikan melalui pejabat yang membidangi kepegawaian pada instansi PNS.',
  },
  'PK-SURAT-ISI': {
    article: 'Perka BKN 11/2008 Anak Lampiran (1)-(11)',
    summary:
      'Surat memuat tempat dan tanggal, nomor, sifat, lampiran, nama/NIP/jabatan/unit kerja, hari, tanggal, waktu, tempat, jabatan dan nama penanda tangan.',
  },
  'PK-SURAT-HARI-TANGGAL': {
    article: 'Perka BKN 11/2008 Anak Lampiran (6)-(7)',
    summary: 'Hari yang ditulis sesuai dengan tanggal pelaksanaan.',
  },
});

export const NOTICE_WORKING_DAYS = 6;

export interface NotificationLetter {
  /** (1) */ place: string;
  /** (1) */ letterDate: IsoDate;
  /** (2) */ number: string;
  /** (3) */ nature: string;
  /** (4) */ attachment: string;
  /** (5) */ addressee: { name: string; nip: string; position: string; workUnit: string };
  /** (6) */ day: string;
  /** (7) */ date: IsoDate;
  /** (8) */ time: string;
  /** (9) */ venue: string;
  /** (10) */ signerPosition: string;
  /** (11) */ signerName: string;
  sentVia: 'PEJABAT_KEPEGAWAIAN_INSTANSI' | 'LANGSUNG';
  /** When the PNS received it; null if not (yet) received. */
  receivedOn: IsoDate | null;
}

/** The last date the letter may reach the PNS for an assessment on `assessmentDate`. */
export function latestNotificationDate(
  assessmentDate: IsoDate,
  data: HolidayData = NATIONAL_HOLIDAYS,
): Decision<IsoDate> {
  return addWorkingDays(assessmentDate, -NOTICE_WORKING_DAYS, data);
}

const lateReceipt = (receivedOn: IsoDate, latest: IsoDate, assessmentDate: IsoDate) =>
  violation(
    NOTIFICATION_RULES['PK-PEMBERITAHUAN-6-HARI-KERJA'],
    `Surat diterima ${receivedOn}; paling lambat ${latest} (${NOTICE_WORKING_DAYS} hari kerja sebelum ${assessmentDate}).`,
    'receivedOn',
  );

export interface ReceiptTimeliness {
  /** The last day the letter could reach the PNS (`latestNotificationDate`). */
  deadline: IsoDate;
  /** The unmet 6-working-day rule when the letter arrived after `deadline`, else null. */
  late: RuleViolation | null;
}

/**
 * Whether a letter received on `receivedOn` reached the PNS in time for an assessment on `assessmentDate`. A late
 * receipt is a fact to record, not a refusal: the only rejection is a year without holiday data (KAL-DATA-LIBUR).
 */
export function receiptTimeliness(
  assessmentDate: IsoDate,
  receivedOn: IsoDate,
  data: HolidayData = NATIONAL_HOLIDAYS,
): Decision<ReceiptTimeliness> {
  const latest = latestNotificationDate(assessmentDate, data);
  if (!latest.ok) return latest;
  const late = isAfter(receivedOn, latest.value)
    ? lateReceipt(receivedOn, latest.value, assessmentDate)
    : null;
  return accept({ deadline: latest.value, late });
}

export interface ReceiptDates {
  /** (1): the letter cannot have arrived before it was written. */
  letterDate: IsoDate;
  /** (7): the first day of what the letter announces. */
  date: IsoDate;
  /** The day someone says the letter reached the PNS. */
  receivedOn: IsoDate;
  /** Today (WIB) when the receipt is recorded: a letter is not received on a day still to come. */
  today: IsoDate;
}

/**
 * The recorded receipt of a letter, with the day it had to arrive by: a late receipt is accepted and flagged in
 * `late` (PK-PEMBERITAHUAN-6-HARI-KERJA), since it records what happened. Refused with `dates.rule` when the day
 * is impossible (before the letter, or ahead of today), or when the year has no holiday data (KAL-DATA-LIBUR, on
 * `dates.dateField`); every unmet rule is listed.
 */
export function checkReceiptDates(
  input: ReceiptDates,
  dates: { rule: Rule; letter: string; dateField: string },
  data: HolidayData = NATIONAL_HOLIDAYS,
): Decision<ReceiptTimeliness & { receivedOn: IsoDate }> {
  const { letterDate, date, receivedOn, today } = input;
  const v: RuleViolation[] = [];
  if (isBefore(receivedOn, letterDate)) {
    v.push(
      violation(
        dates.rule,
        `${dates.letter} bertanggal ${letterDate} tidak mungkin diterima ${receivedOn}, sebelum tanggal suratnya.`,
        'receivedOn',
      ),
    );
  }
  if (isAfter(receivedOn, today)) {
    v.push(
      violation(dates.rule, `Tanggal terima ${receivedOn} belum tiba; hari ini ${today}.`, 'receivedOn'),
    );
  }
  const timeliness = receiptTimeliness(date, receivedOn, data);
  if (!timeliness.ok) {
    return reject([...v, ...timeliness.violations.map((x) => ({ ...x, field: dates.dateField }))]);
  }
  return decide({ receivedOn, ...timeliness.value }, v);
}

const TEXT_FIELDS: readonly [string, (l: NotificationLetter) => string][] = [
  ['place', (l) => l.place],
  ['number', (l) => l.number],
  ['nature', (l) => l.nature],
  ['attachment', (l) => l.attachment],
  ['addressee.name', (l) => l.addressee.name],
  ['addressee.position', (l) => l.addressee.position],
  ['addressee.workUnit', (l) => l.addressee.workUnit],
  ['day', (l) => l.day],
  ['time', (l) => l.time],
  ['venue', (l) => l.venue],
  ['signerPosition', (l) => l.signerPosition],
  ['signerName', (l) => l.signerName],
];

/** Checks the letter's content, channel and timeliness; every unmet rule is listed. */
export function checkNotification(
  letter: NotificationLetter,
  data: HolidayData = NATIONAL_HOLIDAYS,
): Decision<NotificationLetter> {
  const v: RuleViolation[] = [];
  for (const [field, get] of TEXT_FIELDS) {
    if (get(letter).trim() === '') {
      v.push(
        violation(
          NOTIFICATION_RULES['PK-SURAT-ISI'],
          `Isian ${field} pada surat pemberitahuan kosong.`,
          field,
        ),
      );
    }
  }
  v.push(
    ...validateNip(letter.addressee.nip, 'addressee.nip').map((x) => ({
      ...x,
      code: NOTIFICATION_RULES['PK-SURAT-ISI'].code,
      article: `${NOTIFICATION_RULES['PK-SURAT-ISI'].article}; ${x.article}`,
    })),
  );
  if (isAfter(letter.letterDate, letter.date)) {
    v.push(
      violation(
        NOTIFICATION_RULES['PK-SURAT-ISI'],
        'Tanggal surat sesudah tanggal pelaksanaan penilaian.',
        'letterDate',
      ),
    );
  }
  if (letter.day.trim() !== '' && letter.day.trim().toLowerCase() !== hariOf(letter.date).toLowerCase()) {
    v.push(
      violation(
        NOTIFICATION_RULES['PK-SURAT-HARI-TANGGAL'],
        `Tanggal ${letter.date} jatuh pada hari ${hariOf(letter.date)}, bukan ${letter.day}.`,
        'day',
      ),
    );
  }
  if (letter.sentVia !== 'PEJABAT_KEPEGAWAIAN_INSTANSI') {
    v.push(
      violation(
        NOTIFICATION_RULES['PK-SURAT-MELALUI-KEPEGAWAIAN'],
        'Surat pemberitahuan harus disampaikan melalui pejabat yang membidangi kepegawaian pada instansi PNS.',
        'sentVia',
      ),
    );
  }
  const latest = latestNotificationDate(letter.date, data);
  if (!latest.ok) {
    v.push(...latest.violations.map((x) => ({ ...x, field: 'date' })));
  } else if (letter.receivedOn === null) {
    v.push(
      violation(
        NOTIFICATION_RULES['PK-PEMBERITAHUAN-6-HARI-KERJA'],
        `Surat belum diterima PNS; harus diterima paling lambat ${latest.value}.`,
        'receivedOn',
      ),
    );
  } else if (isAfter(letter.receivedOn, latest.value)) {
    v.push(lateReceipt(letter.receivedOn, latest.value, letter.date));
  }
  return decide(letter, v);
}
