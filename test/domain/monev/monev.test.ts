import { describe, expect, it } from 'vitest';
import {
  checkMonevAnswer,
  checkMonevSettings,
  DEFAULT_MONEV_SETTINGS,
  monevReport,
  roundDates,
  roundStep,
  type MonevAnswerInput,
  type MonevSettings,
  type ReportedQuestionnaire,
} from '../../../domain/monev/monev';
import { codesOf, d } from '../shared/helpers';

const settings = (overrides: Partial<MonevSettings> = {}): MonevSettings => ({
  ...DEFAULT_MONEV_SETTINGS,
  ...overrides,
});

describe('checkMonevSettings (MONEV-TITIK)', () => {
  it.each([
    ['the default 3, 6, 12 months', settings(), []],
    ['one point at month 1', settings({ points: [1] }), []],
    ['six points up to month 24', settings({ points: [1, 3, 6, 9, 12, 24] }), []],
    ['no point', settings({ points: [] }), ['MONEV-TITIK']],
    ['seven points', settings({ points: [1, 2, 3, 4, 5, 6, 7] }), ['MONEV-TITIK']],
    ['month 0', settings({ points: [0, 3] }), ['MONEV-TITIK']],
    ['month 25', settings({ points: [3, 25] }), ['MONEV-TITIK']],
    ['a point repeated', settings({ points: [3, 3] }), ['MONEV-TITIK']],
    ['points out of order', settings({ points: [6, 3] }), ['MONEV-TITIK']],
    ['6 days to answer', settings({ answerDays: 6, reminderDaysBefore: 1 }), ['MONEV-TITIK']],
    ['7 days to answer', settings({ answerDays: 7, reminderDaysBefore: 6 }), []],
    ['61 days to answer', settings({ answerDays: 61 }), ['MONEV-TITIK']],
    [
      'the reminder on the opening day',
      settings({ answerDays: 30, reminderDaysBefore: 30 }),
      ['MONEV-TITIK'],
    ],
    ['no reminder', settings({ reminderDaysBefore: 0 }), ['MONEV-TITIK']],
  ] as const)('%s', (_label, given, codes) => {
    expect(codesOf(checkMonevSettings(given))).toEqual(codes);
  });
});

describe('roundDates and roundStep: open at the point, remind once, close after the last day', () => {
  const dates = roundDates(d('2019-05-03'), 3, settings());

  it('opens 3 months after the last day of the cohort, closes 30 days later, reminds 7 days before', () => {
    expect(dates).toEqual({ opensOn: '2019-08-03', remindOn: '2019-08-26', closesOn: '2019-09-02' });
  });

  it('a month-end cohort opens on the last day of the shorter month', () => {
    expect(roundDates(d('2019-11-30'), 3, settings()).opensOn).toBe('2020-02-29');
  });

  it.each([
    ['2019-08-02', false, 'WAIT'],
    ['2019-08-03', false, 'SEND'],
    ['2019-08-25', false, 'SEND'],
    ['2019-08-26', false, 'REMIND'],
    ['2019-09-02', false, 'REMIND'],
    ['2019-09-03', false, 'CLOSE'],
    ['2019-09-03', true, 'DONE'],
    ['2019-08-10', true, 'DONE'],
  ] as const)('on %s (closed: %s): %s', (today, closed, step) => {
    expect(roundStep(dates, d(today), closed)).toBe(step);
  });
});

describe('checkMonevAnswer', () => {
  const input = (overrides: Partial<MonevAnswerInput> = {}): MonevAnswerInput => ({
    respondent: 'PESERTA',
    today: d('2019-09-02'),
    closesOn: '2019-09-02',
    answered: false,
    milestoneIds: ['M1', 'M2'],
    progress: [{ milestoneId: 'M1' }, { milestoneId: 'M2' }],
    currentMentor: { name: 'Dr. NH' },
    ...overrides,
  });

  it.each([
    ['an answer on the last day', input(), []],
    ['MONEV-DITUTUP: a day late', input({ today: d('2019-09-03') }), ['MONEV-DITUTUP']],
    ['MONEV-SEKALI: answered already', input({ answered: true }), ['MONEV-SEKALI']],
    [
      'MONEV-LANGKAH-KERJA: a milestone left out',
      input({ progress: [{ milestoneId: 'M1' }] }),
      ['MONEV-LANGKAH-KERJA'],
    ],
    [
      'MONEV-LANGKAH-KERJA: an id the plan does not have',
      input({ progress: [{ milestoneId: 'M1' }, { milestoneId: 'M2' }, { milestoneId: 'M3' }] }),
      ['MONEV-LANGKAH-KERJA'],
    ],
    [
      'MONEV-LANGKAH-KERJA: a milestone twice, the other left out',
      input({ progress: [{ milestoneId: 'M1' }, { milestoneId: 'M1' }] }),
      ['MONEV-LANGKAH-KERJA', 'MONEV-LANGKAH-KERJA'],
    ],
    [
      'MONEV-MENTOR-SAAT-INI: the participant names no current mentor',
      input({ currentMentor: undefined }),
      ['MONEV-MENTOR-SAAT-INI'],
    ],
    ['the mentor names no current mentor', input({ respondent: 'MENTOR', currentMentor: undefined }), []],
    [
      'every rule at once',
      input({ today: d('2019-09-10'), answered: true, progress: [], currentMentor: undefined }),
      [
        'MONEV-DITUTUP',
        'MONEV-SEKALI',
        'MONEV-LANGKAH-KERJA',
        'MONEV-LANGKAH-KERJA',
        'MONEV-MENTOR-SAAT-INI',
      ],
    ],
  ] as const)('%s', (_label, given, codes) => {
    expect(codesOf(checkMonevAnswer(given))).toEqual(codes);
  });
});

describe('monevReport: response rates and results per group and point', () => {
  const q = (
    overrides: Partial<ReportedQuestionnaire> & Pick<ReportedQuestionnaire, 'respondent'>,
  ): ReportedQuestionnaire => ({
    point: 3,
    cohortKey: 'prg_1#1',
    instansiCode: '3201',
    level: 'ADMINISTRATOR',
    ...overrides,
  });
  const answered = (rating: number, ...statuses: ('SELESAI' | 'BERJALAN' | 'BELUM_MULAI')[]) => ({
    answer: { progress: statuses.map((status) => ({ status })), impact: { rating } },
  });
  const items: ReportedQuestionnaire[] = [
    q({ respondent: 'PESERTA', ...answered(4, 'SELESAI', 'BERJALAN') }),
    q({ respondent: 'PESERTA', instansiCode: '4011', ...answered(5, 'SELESAI', 'SELESAI') }),
    q({ respondent: 'PESERTA', instansiCode: '4011' }),
    q({ respondent: 'MENTOR', ...answered(3, 'BELUM_MULAI') }),
    q({ respondent: 'PESERTA', point: 6, ...answered(2, 'BERJALAN') }),
  ];

  it('per instansi: each instansi and point a row, ordered by instansi then point', () => {
    const rows = monevReport(items, 'instansi');
    expect(rows.map((r) => [r.group, r.point])).toEqual([
      ['3201', 3],
      ['3201', 6],
      ['4011', 3],
    ]);
    expect(rows[0]).toEqual({
      group: '3201',
      point: 3,
      participant: { sent: 1, answered: 1, responseRate: 1, impactAverage: 4 },
      mentor: { sent: 1, answered: 1, responseRate: 1, impactAverage: 3 },
      // Participants' answers only: the mentor's BELUM_MULAI is not counted.
      milestones: { BELUM_MULAI: 0, BERJALAN: 1, SELESAI: 1, TIDAK_DILAKSANAKAN: 0 },
    });
    expect(rows[2]!.participant).toEqual({ sent: 2, answered: 1, responseRate: 0.5, impactAverage: 5 });
    expect(rows[2]!.mentor).toEqual({ sent: 0, answered: 0, responseRate: null, impactAverage: null });
  });

  it('per level and per cohort: one group, a row per point', () => {
    for (const by of ['level', 'cohort'] as const) {
      const rows = monevReport(items, by);
      expect(rows.map((r) => [r.point, r.participant.sent, r.participant.answered])).toEqual([
        [3, 3, 2],
        [6, 1, 1],
      ]);
      expect(rows[0]!.participant.responseRate).toBe(0.6667);
      expect(rows[0]!.participant.impactAverage).toBe(4.5);
    }
  });

  it('nothing sent: no rows', () => {
    expect(monevReport([], 'cohort')).toEqual([]);
  });
});
