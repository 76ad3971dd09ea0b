/**
 * The test day. A participant is tested on the day of their test session (their cohort's last day, or the day of
 * a re-test session) when BKN calls them to it (Perban BKN 7/2020 Pasal 17(1)), and the result session decides on
 * the results of that test (Pasal 16(5)): evidence, a recommendation or a decision dated before the test day
 * records something that has not happened.
 */
import { isAfter, type IsoDate } from '../shared/dates';
import { defineRules, violation, type RuleViolation } from '../shared/rule';

export const TEST_DAY_RULES = /* @__PURE__ */ defineRules({
  'UJI-HARI-UJI': {
    article: 'Perban BKN 7/2020 Pasal 16(5), 17(1)',
    summary:
      'Bukti dan rekomendasi uji dicatat, dan sidang penetapan memutus, paling cepat pada hari uji sesinya (hari terakhir angkatan atau hari sesi uji ulang).',
  },
});

/** Why nothing of the test may be recorded on `today`: the session's test day has not come yet. */
export function testDayViolations(testDate: IsoDate, today: IsoDate, field = 'cohort'): RuleViolation[] {
  return isAfter(testDate, today)
    ? [
        violation(
          TEST_DAY_RULES['UJI-HARI-UJI'],
          `Uji sesi ini dilaksanakan pada ${testDate}; hari ini ${today}, hasil uji belum dapat dicatat.`,
          field,
        ),
      ]
    : [];
}
