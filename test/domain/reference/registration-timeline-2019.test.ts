import { describe, expect, it } from 'vitest';
import { COHORTS_2019, cohort2019 } from '../../../domain/reference/cohorts-2019';
import {
  COHORT_TRAINING_STEPS_2019,
  REGISTRATION_TIMELINE_2019,
  TIMELINE_STEP_CODES,
  TIMELINE_TABLES_2019,
  cohortTimeline2019,
  registrationStep,
} from '../../../domain/reference/registration-timeline-2019';
import { TOTAL_JP_2019, jpOf, sumJp } from '../../../domain/reference/training-hours';

describe('the 2019 registration timeline (Panduan Pusbang ASN BKN 2019, Timeline Pelatihan)', () => {
  it.each([
    ['PEMBERITAHUAN', '2019-04-05', '5-Apr-19'],
    ['USULAN', '2019-04-15', '15-Apr-19'],
    ['UNDANGAN', '2019-04-22', '22-Apr-19'],
    ['PENDAFTARAN', '2019-04-25', '25-Apr-19'],
    ['REVIEW', '2019-04-26', '26-Apr-19'],
    ['E_LEARNING', '2019-04-29', '29-Apr-19'],
  ] as const)('step %s is on %s (printed "%s")', (code, date, dateText) => {
    expect(registrationStep(code)).toMatchObject({ date, dateText });
  });

  it('numbers its steps 1-9 with unique codes, registration first', () => {
    const steps = [...REGISTRATION_TIMELINE_2019, ...COHORT_TRAINING_STEPS_2019];
    expect(steps.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(steps.map((s) => s.code)).toEqual([...TIMELINE_STEP_CODES]);
  });

  it('has its registration steps in date order', () => {
    const dates = REGISTRATION_TIMELINE_2019.map((s) => s.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('has no registration step for the training days', () => {
    expect(registrationStep('UJI_KOMPETENSI')).toBeUndefined();
  });

  it('spreads the 21 JP as 3 e-learning, 9 + 3 classroom and 6 evaluation, matching the Metode split', () => {
    const steps = cohortTimeline2019(cohort2019(1)!);
    const jpIn = (mode: string) =>
      sumJp(steps.filter((s) => s.mode === mode).map((s) => ({ jp: s.jp ?? 0 })));

    expect(COHORT_TRAINING_STEPS_2019.map((s) => s.jp)).toEqual([9, 3, 6]);
    expect(jpIn('E_LEARNING')).toBe(jpOf('E_LEARNING'));
    expect(jpIn('KLASIKAL')).toBe(jpOf('KLASIKAL'));
    expect(jpIn('EVALUASI')).toBe(jpOf('EVALUASI'));
    expect(sumJp(steps.map((s) => ({ jp: s.jp ?? 0 })))).toBe(TOTAL_JP_2019);
  });

  it('reproduces the printed JPT Pratama training dates 6-May-19 and 7-May-19 for cohorts 1-3', () => {
    for (const number of [1, 2, 3]) {
      const training = cohortTimeline2019(cohort2019(number)!).slice(6);
      expect(training.map((s) => [s.no, s.date])).toEqual([
        [7, '2019-05-06'],
        [8, '2019-05-07'],
        [9, '2019-05-07'],
      ]);
    }
  });

  it('dates the training steps of a later cohort from its own dates (cohort 25: 31 July and 1 August)', () => {
    const timeline = cohortTimeline2019(cohort2019(25)!);

    expect(timeline).toHaveLength(9);
    expect(timeline.map((s) => s.date).slice(5)).toEqual([
      '2019-04-29',
      '2019-07-31',
      '2019-08-01',
      '2019-08-01',
    ]);
  });

  it.each(COHORTS_2019.map((c) => [c.number, c.startDate] as const))(
    'cohort %i (from %s) trains after e-learning opens and its timeline is in date order',
    (number) => {
      const timeline = cohortTimeline2019(cohort2019(number)!);
      const dates = timeline.map((s) => s.date);

      expect(dates).toEqual([...dates].sort());
      expect(dates[6]! > registrationStep('E_LEARNING')!.date).toBe(true);
    },
  );

  it('heads its three printed tables for exactly the cohorts of their jenjang in Lampiran I', () => {
    for (const table of TIMELINE_TABLES_2019) {
      const numbers = COHORTS_2019.filter((c) => c.level === table.level).map((c) => c.number);
      expect([numbers[0], numbers.at(-1)]).toEqual([table.firstCohort, table.lastCohort]);
      expect(table.title).toMatch(new RegExp(`Angkatan ${table.firstCohort}-${table.lastCohort}$`));
    }
  });
});
