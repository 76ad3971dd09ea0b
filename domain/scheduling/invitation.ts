/**
 * The invitation (surat undangan) of a seated participant to their cohort: the notification letter of Perka BKN
 * 11/2008 (Anak Lampiran, fields (1)-(11)), made available to the personnel official of the participant's
 * instansi (Lampiran III.2.a.3)) and refused when it could no longer reach the participant 6 working days
 * before the cohort starts (Lampiran III.2.a.4)). Content, channel and timeliness are checked by
 * `checkNotification` of ../assessment/structural/notification; this module builds the letter and its number.
 *
 * The template requires a number (2) but prescribes no format; ours follows the Pusbang ASN letters
 * ("195 /A/TU/Pusbang ASN/III/2019"):
 *
 *   0007/UND/PUSBANG-ASN/XI/2026     the 7th invitation issued in 2026, issued in November
 *
 * - `<seq>`: 1, 2, 3 ... per year of issue across all programmes (the issuing office's register of letters,
 *   so two programmes of one year never share a number), zero-padded to at least 4 digits;
 * - `UND`: undangan; `PUSBANG-ASN`: the issuing unit;
 * - `<month>`: the month of issue in Roman numerals, `<year>`: the year of issue.
 */
import {
  checkNotification,
  latestNotificationDate,
  NOTIFICATION_RULES,
  type NotificationLetter,
} from '../assessment/structural/notification';
import { PROGRAMME_2019 } from '../reference/programme-2019';
import { dateParts, hariOf, isAfter, type IsoDate } from '../shared/dates';
import {
  accept,
  decide,
  defineRules,
  reject,
  violation,
  type Decision,
  type RuleViolation,
} from '../shared/rule';

export const INVITATION_RULES = defineRules({
  'UNDANGAN-NOMOR-FORMAT': {
    article: 'Perka BKN 11/2008 Anak Lampiran (2)',
    summary:
      'Nomor undangan berformat <urut>/UND/PUSBANG-ASN/<bulan romawi>/<tahun>, nomor urut mulai 1 per tahun terbit.',
  },
  'UNDANGAN-PESERTA-ANGKATAN': {
    article: 'Perban BKN 7/2020 Pasal 31(1)f; Perka BKN 11/2008 Lampiran III.2.a.3)',
    summary: 'Undangan hanya dibuat untuk peserta yang ditetapkan dan duduk di angkatan yang diundangkan.',
  },
});

/** Where Pusbang ASN BKN dates its letters (Surat Pusbang ASN BKN 2019: "Bogor, 24 Maret 2019"). */
export const INVITATION_PLACE = 'Bogor';
export const INVITATION_NATURE = 'Penting';
export const INVITATION_ATTACHMENT = '-';
/** Cohorts start in the morning and last the whole training day (Panduan Pusbang ASN BKN 2019). */
export const INVITATION_TIME = '08.00 WIB s.d. selesai';
export const INVITATION_VENUE = PROGRAMME_2019.venue;

const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;
const NUMBER_PATTERN = /^(\d{4,})\/UND\/PUSBANG-ASN\/([IVX]+)\/(\d{4})$/;

export interface InvitationNumber {
  sequence: number;
  /** The date of issue; gives the month and the year of the number. */
  issuedOn: IsoDate;
}

/** Formats an invitation number, rejecting a sequence below 1. */
export function formatInvitationNumber(n: InvitationNumber): Decision<string> {
  const { year, month } = dateParts(n.issuedOn);
  if (!Number.isSafeInteger(n.sequence) || n.sequence < 1) {
    return reject([
      violation(
        INVITATION_RULES['UNDANGAN-NOMOR-FORMAT'],
        'Nomor urut undangan harus bilangan bulat mulai 1.',
        'number',
      ),
    ]);
  }
  return accept(
    `${String(n.sequence).padStart(4, '0')}/UND/PUSBANG-ASN/${ROMAN_MONTHS[month - 1]}/${String(year).padStart(4, '0')}`,
  );
}

/** Parses an invitation number in its canonical form: sequence, month and year of issue. */
export function parseInvitationNumber(
  text: string,
): Decision<{ sequence: number; month: number; year: number }> {
  const m = NUMBER_PATTERN.exec(text);
  const month = m ? ROMAN_MONTHS.indexOf(m[2] as (typeof ROMAN_MONTHS)[number]) + 1 : 0;
  const parsed = m ? { sequence: Number(m[1]), month, year: Number(m[3]) } : undefined;
  const canonical =
    parsed && month > 0 && parsed.sequence >= 1
      ? `${String(parsed.sequence).padStart(4, '0')}/UND/PUSBANG-ASN/${m![2]}/${m![3]}`
      : undefined;
  if (!parsed || canonical !== text) {
    return reject([
      violation(
        INVITATION_RULES['UNDANGAN-NOMOR-FORMAT'],
        `Nomor undangan "${text}" tidak sesuai format <urut>/UND/PUSBANG-ASN/<bulan romawi>/<tahun>.`,
        'number',
      ),
    ]);
  }
  return accept(parsed);
}

export interface InvitationParticipant {
  nip: string;
  name: string;
  /** SET once the participant-setting session has fixed the participant (Perban BKN 7/2020 Pasal 31(1)f). */
  status: string;
  position: { title: string; unit: string };
  seat?: { cohort: number } | undefined;
}

export interface InvitationCohort {
  number: number;
  startDate: IsoDate;
  endDate: IsoDate;
}

export interface InvitationSigner {
  /** (10) */ position: string;
  /** (11) */ name: string;
}

export interface InvitationInput {
  participant: InvitationParticipant;
  cohort: InvitationCohort;
  programName: string;
  signer: InvitationSigner;
  /** The sequence the letter will take (the last of the year's register plus one). */
  sequence: number;
  /** Today in WIB: the letter's date, and the day it reaches the instansi's personnel official. */
  issuedOn: IsoDate;
}

/** The invitation as data: the fields of the Perka 11/2008 template, numbered as in its Anak Lampiran. */
export interface Invitation {
  cohort: number;
  /** (1) */ place: string;
  /** (1) */ letterDate: IsoDate;
  /** (2) */ number: string;
  /** (3) */ nature: string;
  /** (4) */ attachment: string;
  subject: string;
  /** (5) */ addressee: { name: string; nip: string; position: string; workUnit: string };
  /** (6) */ day: string;
  /** (7) first and last training day */ date: IsoDate;
  endDate: IsoDate;
  /** (8) */ time: string;
  /** (9) */ venue: string;
  /** (10), (11) */ signer: InvitationSigner;
}

/**
 * The last day an invitation to a cohort starting on `startDate` may be issued, or the refusal when `issuedOn`
 * is later (PK-PEMBERITAHUAN-6-HARI-KERJA), or when the year's holidays are unknown (KAL-DATA-LIBUR).
 */
export function invitationDeadline(startDate: IsoDate, issuedOn: IsoDate): Decision<IsoDate> {
  const latest = latestNotificationDate(startDate);
  if (!latest.ok) return latest;
  if (isAfter(issuedOn, latest.value)) {
    return reject([
      violation(
        NOTIFICATION_RULES['PK-PEMBERITAHUAN-6-HARI-KERJA'],
        `Undangan untuk angkatan yang dimulai ${startDate} paling lambat diterbitkan ${latest.value} (6 hari kerja sebelumnya); hari ini ${issuedOn}.`,
        'startDate',
      ),
    ]);
  }
  return latest;
}

/**
 * Builds the invitation of a participant to their cohort, issued today (`issuedOn`) with the given sequence.
 * Refused with every unmet rule: the participant is not SET or not seated in this cohort, the number is
 * malformed, or the letter fails `checkNotification` — notably when it is too late (issued after
 * `latestNotificationDate(startDate)`, PK-PEMBERITAHUAN-6-HARI-KERJA) or a field is empty (PK-SURAT-ISI).
 */
export function buildInvitation(input: InvitationInput): Decision<Invitation> {
  const { participant, cohort, signer, issuedOn } = input;
  const v: RuleViolation[] = [];
  if (participant.status !== 'SET' || participant.seat?.cohort !== cohort.number) {
    v.push(
      violation(
        INVITATION_RULES['UNDANGAN-PESERTA-ANGKATAN'],
        `Peserta ${participant.nip} tidak ditetapkan atau tidak duduk di angkatan ${cohort.number}.`,
        'participant',
      ),
    );
  }
  const number = formatInvitationNumber({ sequence: input.sequence, issuedOn });
  if (!number.ok) v.push(...number.violations);
  const letter: NotificationLetter = {
    place: INVITATION_PLACE,
    letterDate: issuedOn,
    number: number.ok ? number.value : '',
    nature: INVITATION_NATURE,
    attachment: INVITATION_ATTACHMENT,
    addressee: {
      name: participant.name,
      nip: participant.nip,
      position: participant.position.title,
      workUnit: participant.position.unit,
    },
    day: hariOf(cohort.startDate),
    date: cohort.startDate,
    time: INVITATION_TIME,
    venue: INVITATION_VENUE,
    signerPosition: signer.position,
    signerName: signer.name,
    // The instansi's personnel official downloads the letter on the day it is issued.
    sentVia: 'PEJABAT_KEPEGAWAIAN_INSTANSI',
    receivedOn: issuedOn,
  };
  const checked = checkNotification(letter);
  if (!checked.ok) v.push(...checked.violations.filter((x) => number.ok || x.field !== 'number'));
  return decide(
    {
      cohort: cohort.number,
      place: letter.place,
      letterDate: letter.letterDate,
      number: letter.number,
      nature: letter.nature,
      attachment: letter.attachment,
      subject: `Undangan ${input.programName} Angkatan ${cohort.number}`,
      addressee: letter.addressee,
      day: letter.day,
      date: letter.date,
      endDate: cohort.endDate,
      time: letter.time,
      venue: letter.venue,
      signer: { position: signer.position, name: signer.name },
    },
    v,
  );
}
