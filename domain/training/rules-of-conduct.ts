import type { IsoDate } from '../shared/dates';
import { decide, defineRules, violation, type Decision } from '../shared/rule';

/**
 * The rules of conduct of the training (Panduan Pusbang ASN BKN 2019, Tata Tertib: general, in class, in the
 * dormitory), which the participant states they read and will keep before the class (TATA-TERTIB-SEBELUM-KELAS,
 * domain/training/delivery.ts). Where BKN publishes them for a cohort, that statement is a condition of being
 * recorded present in class; a cohort without them (the 2019 programme as it ran) records attendance as before.
 */
export const RULES_OF_CONDUCT_RULES = /* @__PURE__ */ defineRules({
  'TATA-TERTIB-TERBIT': {
    article: 'Panduan Pusbang ASN BKN 2019, Tata Tertib',
    summary:
      'BKN menerbitkan tata tertib angkatan sebelum hari pertama klasikal, agar peserta dapat menyatakannya sebelum kelas.',
  },
  'TATA-TERTIB-DIAKUI': {
    article: 'Panduan Pusbang ASN BKN 2019, Tata Tertib',
    summary:
      'Pada angkatan yang tata tertibnya diterbitkan BKN, peserta dicatat hadir di kelas klasikal hanya setelah menyatakan telah membaca dan menaati tata tertib.',
  },
});

/**
 * Whether BKN may publish the cohort's rules of conduct today: before its first classroom day, since a
 * participant states them before the class and could not once it started.
 */
export function checkRulesOfConductPublication(
  cohort: { number: number; startDate: IsoDate },
  today: IsoDate,
): Decision<void> {
  return decide(
    undefined,
    today >= cohort.startDate
      ? [
          violation(
            RULES_OF_CONDUCT_RULES['TATA-TERTIB-TERBIT'],
            `Angkatan ${cohort.number} sudah dimulai pada ${cohort.startDate}; tata tertib diterbitkan sebelumnya.`,
          ),
        ]
      : [],
  );
}
