import { describe, expect, it } from 'vitest';
import { DEFAULT_MONEV_SETTINGS, roundDates } from '../../../domain/monev/monev';
import { firstMonevDay, nextMonevDay, type OpenedRound } from '../../../domain/monev/schedule';
import { d } from '../shared/helpers';

/*
 * Cohort 19 ends on 30 July 2026; with the default points its rounds are
 *   3 months: opens 2026-10-30, reminds 2026-11-22, closes 2026-11-29 (the job closes it on 2026-11-30)
 *   6 months: opens 2027-01-30, reminds 2027-02-22, closes 2027-03-01
 *  12 months: opens 2027-07-30, reminds 2027-08-22, closes 2027-08-29 (closed by the job on 2027-08-30)
 */
const COHORT = { number: 19, endDate: d('2026-07-30') };
const LATER = { number: 20, endDate: d('2027-03-31') }; // its 3-month round opens 2027-06-30
const round = (point: number, status: OpenedRound['status'], cohort = COHORT): OpenedRound => ({
  cohort: cohort.number,
  point,
  status,
  ...roundDates(cohort.endDate, point, DEFAULT_MONEV_SETTINGS),
});
const closed = [round(3, 'CLOSED'), round(6, 'CLOSED'), round(12, 'CLOSED')];

describe('nextMonevDay: the next day the Monev job has a step for the programme, until its last round is closed', () => {
  it.each([
    ['before the first round: the day it opens', [], '2026-08-01', '2026-10-30'],
    ['the day before it opens', [], '2026-10-29', '2026-10-30'],
    ['opened and sent: the reminder day', [round(3, 'OPEN')], '2026-10-30', '2026-11-22'],
    ['the day before the reminder', [round(3, 'OPEN')], '2026-11-21', '2026-11-22'],
    ['reminded: the day after it closes', [round(3, 'OPEN')], '2026-11-22', '2026-11-30'],
    ['its last answering day', [round(3, 'OPEN')], '2026-11-29', '2026-11-30'],
    ['past its close and still open: tomorrow again', [round(3, 'OPEN')], '2026-11-30', '2026-12-01'],
    ['long past its close and still open: tomorrow again', [round(12, 'OPEN')], '2028-01-01', '2028-01-02'],
    ['closed: the next point opens', [round(3, 'CLOSED')], '2026-11-30', '2027-01-30'],
    ['a round due and not opened (its day passed unrun): tomorrow', [], '2026-11-29', '2026-11-30'],
    ['a round whose answering period passed unopened is skipped', [], '2026-11-30', '2027-01-30'],
    [
      'the last round open on its last day',
      [...closed.slice(0, 2), round(12, 'OPEN')],
      '2027-08-29',
      '2027-08-30',
    ],
    ['every round closed: never again', closed, '2027-08-30', undefined],
    ['every round closed, even the day it closed', closed, '2027-08-29', undefined],
  ] as const)('%s', (_label, rounds, today, next) => {
    expect(nextMonevDay([COHORT], DEFAULT_MONEV_SETTINGS, rounds, d(today))).toBe(next);
  });

  it('a later cohort keeps the programme due after the first one is done', () => {
    expect(nextMonevDay([COHORT, LATER], DEFAULT_MONEV_SETTINGS, closed, d('2027-08-30'))).toBe('2027-09-30');
  });

  it('a round opened under earlier points keeps its own dates after the points change', () => {
    const settings = { ...DEFAULT_MONEV_SETTINGS, points: [24] };
    expect(nextMonevDay([COHORT], settings, [round(3, 'OPEN')], d('2026-11-01'))).toBe('2026-11-22');
    expect(nextMonevDay([COHORT], settings, [round(3, 'CLOSED')], d('2026-11-30'))).toBe('2028-07-30');
  });

  it('a programme without training cohorts has no Monev', () => {
    expect(nextMonevDay([], DEFAULT_MONEV_SETTINGS, [], d('2026-08-01'))).toBeUndefined();
  });
});

describe('firstMonevDay: the day the earliest round of a new programme opens', () => {
  it.each([
    ['one cohort, default points', [COHORT], DEFAULT_MONEV_SETTINGS.points, '2026-10-30'],
    ['the earliest of its cohorts', [LATER, COHORT], DEFAULT_MONEV_SETTINGS.points, '2026-10-30'],
    ['a first point at month 1', [COHORT], [1, 3], '2026-08-30'],
    ['no training cohort', [], DEFAULT_MONEV_SETTINGS.points, undefined],
  ] as const)('%s', (_label, cohorts, points, first) => {
    expect(firstMonevDay(cohorts, { ...DEFAULT_MONEV_SETTINGS, points })).toBe(first);
  });
});
