import { addDays, type IsoDate } from '../shared/dates';

/**
 * How many days before a cohort starts an invited participant who has not answered is reminded to confirm:
 * early enough to upload the CV and write the action plan, late enough that most have answered unprompted.
 */
export const REMINDER_DAYS_BEFORE_START = 3;

/**
 * The last day to confirm attendance: the day before the cohort's first day, since confirmation closes when the
 * cohort starts (KONFIRMASI-SEBELUM-KELAS, domain/training/confirmation.ts).
 */
export const confirmBy = (startDate: IsoDate): IsoDate => addDays(startDate, -1);

export interface ReminderInput {
  today: IsoDate;
  startDate: IsoDate;
  /** The participant's invitation to this cohort is issued (READY). */
  invited: boolean;
  /** The participant answered the confirmation for this cohort (attending or not). */
  answered: boolean;
}

/**
 * Whether a seated participant is reminded today: invited to the cohort, no answer yet, and the cohort starts
 * within REMINDER_DAYS_BEFORE_START days but not yet (a cohort that started is closed to confirmation).
 */
export function confirmationReminderDue(input: ReminderInput): boolean {
  return (
    input.invited &&
    !input.answered &&
    input.today < input.startDate &&
    input.today >= addDays(input.startDate, -REMINDER_DAYS_BEFORE_START)
  );
}
