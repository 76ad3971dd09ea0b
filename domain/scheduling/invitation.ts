/**
 * The invitation (surat undangan) of a seated participant to their cohort: the notification letter of Perka BKN
 * 11/2008 (Anak Lampiran, fields (1)-(11)), made available to the personnel official of the participant's
 * instansi (Lampiran III.2.a.3)) and refused when it could no longer reach the participant 6 working days
 * before the cohort starts (Lampiran III.2.a.4)). Content, channel and timeliness are checked by
 * `checkNotification` of ../assessment/structural/notification; this module builds the letter and its number,
 * names its place (the cohort's verified test site) and its attachments (the forms the participant returns when
 * confirming, Panduan Pusbang ASN BKN 2019), and checks the date its receipt is acknowledged on.
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
  checkReceiptDates,
  latestNotificationDate,
  NOTIFICATION_RULES,
  type NotificationLetter,
  type ReceiptTimeliness,
} from '../assessment/structural/notification';
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

export const INVITATION_RULES = /* @__PURE__ */ defineRules({
  'UNDANGAN-NOMOR-FORMAT': {
    article: 'Perka BKN 11/2008 Anak Lampiran (2)',
    summary:
      'Nomor undangan berformat <urut>/UND/PUSBANG-ASN/<bulan romawi>/<tahun>, nomor urut mulai 1 per tahun terbit.',
  },
  'UNDANGAN-PESERTA-ANGKATAN': {
    article: 'Perban BKN 7/2020 Pasal 31(1)f; Perka BKN 11/2008 Lampiran III.2.a.3)',
    summary: 'Undangan hanya dibuat untuk peserta yang ditetapkan dan duduk di angkatan yang diundangkan.',
  },
  'UNDANGAN-TEMPAT-TUK': {
    article: 'Perka BKN 11/2008 Anak Lampiran (9); Perban BKN 7/2020 Pasal 27(4)',
    summary:
      'Tempat pada undangan adalah nama dan alamat TUK angkatan yang telah diverifikasi; tanpa TUK terverifikasi undangan tidak diterbitkan.',
  },
  'UNDANGAN-TANGGAL-TERIMA': {
    article: 'Perka BKN 11/2008 Lampiran III.2.a.3)-4)',
    summary:
      'Tanggal undangan diterima tidak sebelum tanggal surat dan tidak sesudah hari ini (WIB) saat penerimaan dicatat.',
  },
});

/** Where Pusbang ASN BKN dates its letters (Surat Pusbang ASN BKN 2019: "Bogor, 24 Maret 2019"). */
export const INVITATION_PLACE = 'Bogor';
export const INVITATION_NATURE = 'Penting';
/**
 * (4): the forms the invitation carries and the participant returns, filled, when confirming online (Panduan
 * Pusbang ASN BKN 2019, Timeline Pelatihan No 3-4: "Undangan peserta, terlampir formulir Riwayat Pekerjaan &
 * Rencana Tindak Lanjut (Action Plan)").
 */
const INVITATION_FORMS = [
  'Formulir Riwayat Pekerjaan',
  'Formulir Rencana Tindak Lanjut (Action Plan)',
] as const;
export const INVITATION_ATTACHMENT = `2 (dua) berkas: ${INVITATION_FORMS.join(' dan ')}`;
/** Cohorts start in the morning and last the whole training day (Panduan Pusbang ASN BKN 2019). */
export const INVITATION_TIME = '08.00 WIB s.d. selesai';
/** Lampiran III.2.a.3): the letter reaches the PNS through the personnel official of their instansi. */
export const INVITATION_CHANNEL =
  'PEJABAT_KEPEGAWAIAN_INSTANSI' as const satisfies NotificationLetter['sentVia'];

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
  /** `rank` (pangkat/golongan) is not on the letter, only on the attached CV form. */
  position: { title: string; unit: string; rank?: string | undefined };
  seat?: { cohort: number } | undefined;
}

/** The test site (TUK) recorded on a cohort once verified for its use (Perban BKN 7/2020 Pasal 27(4)). */
export interface InvitationTestSite {
  name: string;
  address: string;
}

export interface InvitationCohort {
  number: number;
  startDate: IsoDate;
  endDate: IsoDate;
  testSite?: InvitationTestSite | undefined;
}

export interface InvitationSigner {
  /** (10) */ position: string;
  /** (11) */ name: string;
  /** Printed under the name when known. */
  nip?: string;
}

export interface InvitationInput {
  participant: InvitationParticipant;
  cohort: InvitationCohort;
  programName: string;
  /** The name of the participant's instansi, for the attached forms; unknown leaves their line blank. */
  instansiName?: string | undefined;
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
  /** (5), with the rank and instansi the attached forms also print when known. */
  addressee: {
    name: string;
    nip: string;
    position: string;
    workUnit: string;
    rank?: string;
    instansi?: string;
  };
  /** (6) */ day: string;
  /** (7) first and last training day */ date: IsoDate;
  endDate: IsoDate;
  /** (8) */ time: string;
  /** (9): the verified test site's name and address. */
  venue: string;
  /** (10), (11) */ signer: InvitationSigner;
}

/** (9): the cohort's verified test site, "<name>, <address>"; refused while the cohort has none. */
export function invitationVenue(cohort: InvitationCohort): Decision<string> {
  if (!cohort.testSite) {
    return reject([
      violation(
        INVITATION_RULES['UNDANGAN-TEMPAT-TUK'],
        `Angkatan ${cohort.number} belum memiliki TUK yang terverifikasi untuk penggunaannya; tempat undangan tidak dapat diisi.`,
        'testSite',
      ),
    ]);
  }
  return accept(`${cohort.testSite.name.trim()}, ${cohort.testSite.address.trim()}`);
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
 * Whether a cohort's invitations can be issued today (`issuedOn`): still in time (`invitationDeadline`) and to a
 * verified test site (`invitationVenue`); every unmet rule is listed.
 */
export function checkCohortInvitations(
  cohort: InvitationCohort,
  issuedOn: IsoDate,
): Decision<{ latestIssueDate: IsoDate; venue: string }> {
  const deadline = invitationDeadline(cohort.startDate, issuedOn);
  const venue = invitationVenue(cohort);
  if (deadline.ok && venue.ok) return accept({ latestIssueDate: deadline.value, venue: venue.value });
  return reject([...(deadline.ok ? [] : deadline.violations), ...(venue.ok ? [] : venue.violations)]);
}

/**
 * Builds the invitation of a participant to their cohort, issued today (`issuedOn`) with the given sequence.
 * Refused with every unmet rule: the participant is not SET or not seated in this cohort, the number is
 * malformed, the cohort has no verified test site (UNDANGAN-TEMPAT-TUK), or the letter fails `checkNotification`
 * — notably when it is too late (issued after `latestNotificationDate(startDate)`, PK-PEMBERITAHUAN-6-HARI-KERJA)
 * or a field is empty (PK-SURAT-ISI).
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
  const venue = invitationVenue(cohort);
  if (!venue.ok) v.push(...venue.violations);
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
    venue: venue.ok ? venue.value : '',
    signerPosition: signer.position,
    signerName: signer.name,
    // The instansi's personnel official downloads the letter on the day it is issued: the earliest it can arrive.
    sentVia: INVITATION_CHANNEL,
    receivedOn: issuedOn,
  };
  // A field already refused by its own rule (number, venue) is not reported again as empty.
  const reported = (x: RuleViolation) =>
    (number.ok || x.field !== 'number') && (venue.ok || x.field !== 'venue');
  const checked = checkNotification(letter);
  if (!checked.ok) v.push(...checked.violations.filter(reported));
  const { rank } = participant.position;
  const instansi = input.instansiName;
  return decide(
    {
      cohort: cohort.number,
      place: letter.place,
      letterDate: letter.letterDate,
      number: letter.number,
      nature: letter.nature,
      attachment: letter.attachment,
      subject: `Undangan ${input.programName} Angkatan ${cohort.number}`,
      addressee: {
        ...letter.addressee,
        ...(rank?.trim() ? { rank: rank.trim() } : {}),
        ...(instansi?.trim() ? { instansi: instansi.trim() } : {}),
      },
      day: letter.day,
      date: letter.date,
      endDate: cohort.endDate,
      time: letter.time,
      venue: letter.venue,
      signer: { position: signer.position, name: signer.name, ...(signer.nip ? { nip: signer.nip } : {}) },
    },
    v,
  );
}

export interface ReceiptInput {
  /** (1): the letter's date; it cannot have arrived before it was written. */
  letterDate: IsoDate;
  /** (7): the cohort's first day, the assessment the letter announces. */
  startDate: IsoDate;
  /** The day the instansi or the participant says the letter reached the participant. */
  receivedOn: IsoDate;
  /** Today in WIB, when the receipt is acknowledged: a letter cannot be said to arrive on a day still to come. */
  today: IsoDate;
}

/**
 * The acknowledged receipt of an invitation, with the day it had to arrive by (Perka BKN 11/2008 Lampiran
 * III.2.a.4)): a late receipt is accepted and flagged with PK-PEMBERITAHUAN-6-HARI-KERJA in `late`, since it
 * records what happened. Refused when the date is impossible (UNDANGAN-TANGGAL-TERIMA) or the cohort's year has
 * no holiday data (KAL-DATA-LIBUR); every unmet rule is listed.
 */
export function checkReceipt(input: ReceiptInput): Decision<ReceiptTimeliness & { receivedOn: IsoDate }> {
  return checkReceiptDates(
    { ...input, date: input.startDate },
    { rule: INVITATION_RULES['UNDANGAN-TANGGAL-TERIMA'], letter: 'Undangan', dateField: 'startDate' },
  );
}
