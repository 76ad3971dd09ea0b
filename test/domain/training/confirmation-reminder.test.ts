import { describe, expect, it } from 'vitest';
import {
  confirmBy,
  confirmationReminderDue,
  REMINDER_DAYS_BEFORE_START,
} from '../../../domain/training/confirmation-reminder';
import { addDays, type IsoDate } from '../../../domain/shared/dates';

const START = '2027-07-29' as IsoDate;
const daysBefore = (n: number) => addDays(START, -n);

describe('confirmation reminder', () => {
  it('the last day to confirm is the day before the cohort starts (confirmation closes on its first day)', () => {
    expect(confirmBy(START)).toBe('2027-07-28');
    expect(confirmBy('2027-03-01' as IsoDate)).toBe('2027-02-28');
  });

  it.each([
    [REMINDER_DAYS_BEFORE_START + 1, false],
    [REMINDER_DAYS_BEFORE_START, true],
    [1, true],
    [0, false],
    [-1, false],
  ])('an invited participant without an answer %i days before the start is reminded: %s', (days, due) => {
    expect(
      confirmationReminderDue({ today: daysBefore(days), startDate: START, invited: true, answered: false }),
    ).toBe(due);
  });

  it.each([
    ['not invited yet', { invited: false, answered: false }],
    ['already answered', { invited: true, answered: true }],
  ])('a participant %s is not reminded', (_case, state) => {
    expect(confirmationReminderDue({ today: daysBefore(1), startDate: START, ...state })).toBe(false);
  });
});
