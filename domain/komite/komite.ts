/**
 * The Komite Sertifikasi, Perban BKN 7/2020 Pasal 6: formed to keep the quality and synergy of the certification
 * system, its members set by the head of BKN (6(4)); it validates the performance development of certified ASN,
 * reviews the updating of the system, and recommends mutual recognition with other systems (6(2)a-c), and it
 * meets at least once a year (6(3)).
 */
import { dateParts, isAfter, type IsoDate } from '../shared/dates';
import {
  accept,
  decide,
  defineRules,
  reject,
  violation,
  type Decision,
  type RuleViolation,
} from '../shared/rule';

export const KOMITE_RULES = /* @__PURE__ */ defineRules({
  'KOMITE-SK-KEANGGOTAAN': {
    article: 'Perban BKN 7/2020 Pasal 6(4)',
    summary:
      'Keanggotaan Komite ditetapkan dengan keputusan Kepala BKN bertanggal tidak sesudah hari ini, dengan tepat satu ketua dan tiap anggota sekali.',
  },
  'KOMITE-RAPAT-ANGGOTA': {
    article: 'Perban BKN 7/2020 Pasal 6(3)-(4)',
    summary:
      'Sidang Komite dihadiri anggota menurut keputusan Kepala BKN yang berlaku pada tanggal sidang, dan tidak bertanggal sesudah hari ini.',
  },
  'KOMITE-VALIDASI-DASAR': {
    article: 'Perban BKN 7/2020 Pasal 6(2)a',
    summary:
      'Validasi pengembangan kinerja ASN bersertifikat merujuk catatan pemantauan (atau hasil Monev) pemegang itu yang ada.',
  },
  'KOMITE-SIDANG-TAHUNAN': {
    article: 'Perban BKN 7/2020 Pasal 6(3)',
    summary: 'Komite bersidang paling sedikit satu kali setiap tahun sejak keanggotaannya ditetapkan.',
  },
});

export const MEMBER_ROLES = ['KETUA', 'WAKIL_KETUA', 'SEKRETARIS', 'ANGGOTA'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export interface Member {
  nip: string;
  name: string;
  role: MemberRole;
}

export interface Decree {
  decreeNumber: string;
  decreeDate: IsoDate;
  members: readonly Member[];
}

/** Whether a decree of the head of BKN sets a membership; every unmet rule listed. */
export function checkDecree(decree: Decree, today: IsoDate): Decision<Decree> {
  const rule = KOMITE_RULES['KOMITE-SK-KEANGGOTAAN'];
  const v: RuleViolation[] = [];
  if (isAfter(decree.decreeDate, today)) {
    v.push(violation(rule, `Keputusan bertanggal ${decree.decreeDate}, sesudah hari ini.`, 'decreeDate'));
  }
  const chairs = decree.members.filter((m) => m.role === 'KETUA').length;
  if (chairs !== 1) {
    v.push(violation(rule, `Komite memerlukan tepat satu ketua; tercatat ${chairs}.`, 'members'));
  }
  decree.members.forEach((m, i) => {
    if (decree.members.findIndex((o) => o.nip === m.nip) !== i) {
      v.push(violation(rule, `Anggota NIP ${m.nip} tercatat lebih dari sekali.`, `members.${i}.nip`));
    }
  });
  return decide(decree, v);
}

/** The decree in force on `date`: the latest dated on or before it (ties: the last given, by number), if any. */
export function decreeInForce<D extends Pick<Decree, 'decreeDate'>>(
  decrees: readonly D[],
  date: IsoDate,
): D | undefined {
  return decrees.filter((d) => !isAfter(d.decreeDate, date)).at(-1);
}

export interface MeetingInput {
  heldOn: IsoDate;
  attendeeNips: readonly string[];
  /**
   * Per validation, the monitoring records and the Monev questionnaires about its holder it cites, as found
   * (undefined where none has the id).
   */
  validations: readonly {
    nip: string;
    monitoring: readonly ({ nip: string } | undefined)[];
    monev: readonly ({ answered: boolean } | undefined)[];
  }[];
}

/**
 * Whether a meeting may be recorded, against the decrees sorted by date: its attendees are members in force on
 * its date, and each validation rests on its holder's records. Every unmet rule listed.
 */
export function checkMeeting<D extends Decree>(
  meeting: MeetingInput,
  decrees: readonly D[],
  today: IsoDate,
): Decision<D> {
  const v: RuleViolation[] = [];
  const attendance = KOMITE_RULES['KOMITE-RAPAT-ANGGOTA'];
  if (isAfter(meeting.heldOn, today)) {
    v.push(violation(attendance, `Sidang bertanggal ${meeting.heldOn}, sesudah hari ini.`, 'heldOn'));
  }
  const decree = decreeInForce(decrees, meeting.heldOn);
  if (!decree) {
    v.push(
      violation(
        attendance,
        `Belum ada keputusan Kepala BKN tentang keanggotaan Komite yang berlaku pada ${meeting.heldOn}.`,
        'heldOn',
      ),
    );
  } else {
    meeting.attendeeNips.forEach((nip, i) => {
      if (!decree.members.some((m) => m.nip === nip)) {
        v.push(
          violation(
            attendance,
            `NIP ${nip} bukan anggota Komite menurut keputusan ${decree.decreeNumber}.`,
            `attendeeNips.${i}`,
          ),
        );
      }
    });
  }
  const basis = KOMITE_RULES['KOMITE-VALIDASI-DASAR'];
  meeting.validations.forEach((validation, i) => {
    if (validation.monitoring.length + validation.monev.length === 0) {
      v.push(
        violation(
          basis,
          'Validasi merujuk paling sedikit satu catatan pemantauan atau hasil Monev.',
          `validations.${i}`,
        ),
      );
    }
    validation.monitoring.forEach((record, j) => {
      if (record?.nip !== validation.nip) {
        v.push(
          violation(
            basis,
            record
              ? `Catatan pemantauan itu bukan milik NIP ${validation.nip}.`
              : 'Catatan pemantauan yang dirujuk tidak ditemukan.',
            `validations.${i}.monitoringIds.${j}`,
          ),
        );
      }
    });
    validation.monev.forEach((questionnaire, j) => {
      if (!questionnaire?.answered) {
        v.push(
          violation(
            basis,
            questionnaire
              ? 'Kuesioner Monev itu belum dijawab: belum ada hasil untuk divalidasi.'
              : `Kuesioner Monev yang dirujuk tidak ditemukan untuk NIP ${validation.nip}.`,
            `validations.${i}.monevRefs.${j}`,
          ),
        );
      }
    });
  });
  return decree && v.length === 0 ? accept(decree) : reject(v);
}

export interface AnnualMeetingYear {
  year: number;
  meetings: number;
  /** BERSIDANG: met; TIDAK_BERSIDANG: a past year without a meeting; BELUM_BERSIDANG: this year, none yet. */
  status: 'BERSIDANG' | 'TIDAK_BERSIDANG' | 'BELUM_BERSIDANG';
}

/**
 * The years from the first decree's to `today`'s, each with its meetings (Pasal 6(3)), given as the number of
 * meetings of each year that had one; every past year without a meeting is a violation. Before any decree there is
 * no Komite, so no year.
 */
export function annualMeetings(
  firstDecreeDate: IsoDate | undefined,
  meetingsPerYear: ReadonlyMap<number, number>,
  today: IsoDate,
): { years: AnnualMeetingYear[]; violations: RuleViolation[] } {
  if (!firstDecreeDate) return { years: [], violations: [] };
  const thisYear = dateParts(today).year;
  const years: AnnualMeetingYear[] = [];
  for (let year = dateParts(firstDecreeDate).year; year <= thisYear; year++) {
    const meetings = meetingsPerYear.get(year) ?? 0;
    const status = meetings > 0 ? 'BERSIDANG' : year < thisYear ? 'TIDAK_BERSIDANG' : 'BELUM_BERSIDANG';
    years.push({ year, meetings, status });
  }
  const violations = years
    .filter((y) => y.status === 'TIDAK_BERSIDANG')
    .map((y) =>
      violation(
        KOMITE_RULES['KOMITE-SIDANG-TAHUNAN'],
        `Komite tidak bersidang pada tahun ${y.year}.`,
        `years.${y.year}`,
      ),
    );
  return { years, violations };
}
