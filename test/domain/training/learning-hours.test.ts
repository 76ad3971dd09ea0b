import { describe, expect, it } from 'vitest';
import {
  checkAttendance,
  checkELearning,
  learningHours,
  trainingDayOf,
  type AttendanceInput,
  type ELearningInput,
  type LearningInput,
} from '../../../domain/training/learning-hours';
import { TOTAL_JP_2019 } from '../../../domain/reference/training-hours';
import { codesOf, d, named, NIP_A, NIP_B, NIP_C, valueOf } from '../shared/helpers';

/** Cohort 1 of 2019: 6-7 May. */
const COHORT = { number: 1, startDate: d('2019-05-06'), endDate: d('2019-05-07') };

describe('trainingDayOf: the two days of a cohort', () => {
  it.each([
    ['2019-05-05', null],
    ['2019-05-06', 1],
    ['2019-05-07', 2],
    ['2019-05-08', null],
  ])('%s is day %s', (date, day) => {
    expect(trainingDayOf(COHORT, d(date))).toBe(day);
  });

  it('a third day inside a longer cohort is not a day of the 2019 pattern', () => {
    expect(
      trainingDayOf({ startDate: d('2019-05-06'), endDate: d('2019-05-08') }, d('2019-05-08')),
    ).toBeNull();
  });
});

describe('checkAttendance', () => {
  const attendance = (overrides: Partial<AttendanceInput> = {}): AttendanceInput => ({
    cohort: COHORT,
    date: d('2019-05-06'),
    session: 'KLASIKAL',
    present: [NIP_A],
    seated: [NIP_A, NIP_B],
    today: d('2019-05-07'),
    ...overrides,
  });

  it.each(
    named<AttendanceInput>([
      ['classroom on day 1', attendance(), []],
      ['classroom on day 2', attendance({ date: d('2019-05-07') }), []],
      ['evaluation on day 2', attendance({ date: d('2019-05-07'), session: 'EVALUASI' }), []],
      ['nobody present', attendance({ present: [] }), []],
      ['the day before the cohort', attendance({ date: d('2019-05-05') }), ['PELATIHAN-HARI-ANGKATAN']],
      [
        'the day after the cohort',
        attendance({ date: d('2019-05-08'), today: d('2019-05-08') }),
        ['PELATIHAN-HARI-ANGKATAN'],
      ],
      ['evaluation on day 1', attendance({ session: 'EVALUASI' }), ['PELATIHAN-EVALUASI-HARI']],
      ['a NIP seated elsewhere', attendance({ present: [NIP_A, NIP_C] }), ['PELATIHAN-PESERTA-ANGKATAN']],
      ['day 1 recorded on day 1 itself', attendance({ today: d('2019-05-06') }), []],
      [
        'day 2 recorded on day 1, the day before it happens',
        attendance({ date: d('2019-05-07'), today: d('2019-05-06') }),
        ['PELATIHAN-TANGGAL-BELUM-TIBA'],
      ],
      [
        'day 1 recorded a week ahead',
        attendance({ today: d('2019-04-29') }),
        ['PELATIHAN-TANGGAL-BELUM-TIBA'],
      ],
      [
        'a re-test booked into the session, at its evaluation',
        attendance({
          date: d('2019-05-07'),
          session: 'EVALUASI',
          present: [NIP_A, NIP_C],
          retested: [NIP_C],
        }),
        [],
      ],
      [
        'a re-test booked into the session, at a classroom session',
        attendance({ present: [NIP_C], retested: [NIP_C] }),
        ['PELATIHAN-PESERTA-ANGKATAN'],
      ],
      [
        'every unmet rule at once',
        attendance({ date: d('2019-06-01'), present: [NIP_C] }),
        ['PELATIHAN-TANGGAL-BELUM-TIBA', 'PELATIHAN-HARI-ANGKATAN', 'PELATIHAN-PESERTA-ANGKATAN'],
      ],
    ]),
  )('%s: %s', (_codes, _label, given, expected) => {
    expect(codesOf(checkAttendance(given))).toEqual(expected);
  });

  it('gives the training day of an accepted register', () => {
    expect(valueOf(checkAttendance(attendance({ date: d('2019-05-07') })))).toEqual({ day: 2 });
  });

  describe("BKN's re-test session: one test day, its evaluation only", () => {
    const SESSION = {
      number: 51,
      startDate: d('2019-08-20'),
      endDate: d('2019-08-20'),
      kind: 'UJI_ULANG' as const,
    };
    const retest = (overrides: Partial<AttendanceInput> = {}): AttendanceInput =>
      attendance({
        cohort: SESSION,
        date: d('2019-08-20'),
        session: 'EVALUASI',
        present: [NIP_C],
        seated: [],
        retested: [NIP_C],
        today: d('2019-08-20'),
        ...overrides,
      });

    it.each(
      named<AttendanceInput>([
        ['the evaluation on its test day', retest(), []],
        ['a classroom session', retest({ session: 'KLASIKAL', present: [] }), ['PELATIHAN-EVALUASI-HARI']],
        [
          'the day after',
          retest({ date: d('2019-08-21'), today: d('2019-08-21') }),
          ['PELATIHAN-HARI-ANGKATAN'],
        ],
        ['someone not booked into it', retest({ present: [NIP_A] }), ['PELATIHAN-PESERTA-ANGKATAN']],
      ]),
    )('%s: %s', (_codes, _label, given, expected) => {
      expect(codesOf(checkAttendance(given))).toEqual(expected);
    });

    it('is day 1 of its one day', () => {
      expect(valueOf(checkAttendance(retest()))).toEqual({ day: 1 });
    });
  });
});

describe('checkELearning (before the class, not in the future, for the cohort confirmed)', () => {
  const eLearning = (overrides: Partial<ELearningInput> = {}): ELearningInput => ({
    seat: { cohort: 1, startDate: d('2019-05-06') },
    confirmation: { cohort: 1, attending: true },
    completedOn: d('2019-04-29'),
    today: d('2019-04-30'),
    ...overrides,
  });

  it.each(
    named<ELearningInput>([
      ['on the handbook date, 29 April', eLearning(), []],
      ['the day before the class', eLearning({ completedOn: d('2019-05-05'), today: d('2019-05-05') }), []],
      ['completed today', eLearning({ completedOn: d('2019-04-30') }), []],
      [
        'on the first day of the class',
        eLearning({ completedOn: d('2019-05-06'), today: d('2019-05-06') }),
        ['ELEARNING-SEBELUM-KELAS'],
      ],
      ['completed tomorrow', eLearning({ completedOn: d('2019-05-01') }), ['ELEARNING-TANGGAL-BELUM-TIBA']],
      [
        'completed on the first class day, still to come',
        eLearning({ completedOn: d('2019-05-06') }),
        ['ELEARNING-TANGGAL-BELUM-TIBA', 'ELEARNING-SEBELUM-KELAS'],
      ],
      ['not confirmed', eLearning({ confirmation: null }), ['ELEARNING-PESERTA']],
      [
        'declined attendance',
        eLearning({ confirmation: { cohort: 1, attending: false } }),
        ['ELEARNING-PESERTA'],
      ],
      [
        'confirmed for the cohort they were moved from',
        eLearning({ confirmation: { cohort: 4, attending: true } }),
        ['ELEARNING-PESERTA'],
      ],
      ['no seat', eLearning({ seat: null }), ['ELEARNING-PESERTA']],
      [
        'modules set, one resume missing',
        eLearning({ modules: { modules: ['MOD-JPT-01', 'MOD-JPT-02'], resumed: ['MOD-JPT-02'] } }),
        ['ELEARNING-RESUME-LENGKAP'],
      ],
      [
        'modules set, every resume in',
        eLearning({
          modules: { modules: ['MOD-JPT-01', 'MOD-JPT-02'], resumed: ['MOD-JPT-02', 'MOD-JPT-01'] },
        }),
        [],
      ],
    ]),
  )('%s: %s', (_codes, _label, given, expected) => {
    expect(codesOf(checkELearning(given))).toEqual(expected);
  });
});

describe('learningHours: 3 e-learning + 9 + 3 classroom + 6 evaluation, at most 21 JP', () => {
  const day1 = { date: d('2019-05-06'), session: 'KLASIKAL' as const };
  const day2 = { date: d('2019-05-07'), session: 'KLASIKAL' as const };
  const evaluation = { date: d('2019-05-07'), session: 'EVALUASI' as const };
  const learning = (overrides: Partial<LearningInput> = {}): LearningInput => ({
    cohort: COHORT,
    eLearningCompleted: true,
    attended: [day1, day2, evaluation],
    ...overrides,
  });

  it.each([
    ['everything', learning(), 21],
    ['nothing', learning({ eLearningCompleted: false, attended: [] }), 0],
    ['e-learning only', learning({ attended: [] }), 3],
    ['day 1 only', learning({ eLearningCompleted: false, attended: [day1] }), 9],
    ['day 2 classroom only', learning({ eLearningCompleted: false, attended: [day2] }), 3],
    ['the evaluation only', learning({ eLearningCompleted: false, attended: [evaluation] }), 6],
    ['missed day 1', learning({ attended: [day2, evaluation] }), 12],
    [
      'a day counted twice still counts once',
      learning({ attended: [day1, day1, day2, evaluation, evaluation] }),
      21,
    ],
    [
      'a session outside the cohort earns nothing',
      learning({ attended: [{ date: d('2019-05-08'), session: 'KLASIKAL' }] }),
      3,
    ],
    [
      'an evaluation on day 1 earns nothing',
      learning({ attended: [{ date: d('2019-05-06'), session: 'EVALUASI' }] }),
      3,
    ],
    ['no cohort: only e-learning', learning({ cohort: null }), 3],
    [
      'ELEARNING-RESUME-LENGKAP: modules set, the recorded completion without every resume earns no e-learning',
      learning({ eLearningModules: { modules: ['MOD-JPT-01', 'MOD-JPT-02'], resumed: ['MOD-JPT-01'] } }),
      18,
    ],
    [
      'ELEARNING-RESUME-LENGKAP: modules set, every resume in earns the 3 JP without a recorded completion',
      learning({
        eLearningCompleted: false,
        eLearningModules: { modules: ['MOD-JPT-01', 'MOD-JPT-02'], resumed: ['MOD-JPT-02', 'MOD-JPT-01'] },
      }),
      21,
    ],
  ] as const)('$0: $2 JP', (_label, given, total) => {
    expect(learningHours(given).total).toBe(total);
  });

  it('never exceeds the handbook total and gives every part', () => {
    const hours = learningHours(learning());
    expect(hours).toEqual({
      eLearning: 3,
      classroom: [
        { date: '2019-05-06', day: 1, jp: 9 },
        { date: '2019-05-07', day: 2, jp: 3 },
      ],
      evaluation: { date: '2019-05-07', jp: 6 },
      total: 21,
      max: TOTAL_JP_2019,
    });
  });
});
