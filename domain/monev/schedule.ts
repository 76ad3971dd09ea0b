import { addDays, type IsoDate } from '../shared/dates';
import { roundDates, type MonevSettings, type RoundDates } from './monev';

/** A training cohort as the Monev schedule needs it (re-test sessions have no Monev). */
export interface MonevCohort {
  number: number;
  endDate: IsoDate;
}

/** A round already opened: its own dates (kept when the points change later) and whether it is closed. */
export interface OpenedRound extends Readonly<Record<keyof RoundDates, string>> {
  cohort: number;
  point: number;
  status: 'OPEN' | 'CLOSED';
}

/**
 * The first day the daily Monev job may have a step to take for a programme whose cohorts are planned: the day its
 * earliest round opens (possibly past, for a programme recorded late: the job then opens what is still open).
 */
export function firstMonevDay(cohorts: readonly MonevCohort[], settings: MonevSettings): IsoDate | undefined {
  const first = Math.min(...settings.points);
  return cohorts.map((cohort) => roundDates(cohort.endDate, first, settings).opensOn).sort()[0];
}

/** The earliest of the days after `today` on which `days` has one, or undefined. */
const firstAfter = (today: IsoDate, days: readonly IsoDate[]) => days.filter((day) => day > today).sort()[0];

/**
 * The next day after `today` on which the daily Monev job has a step to take for a programme (open a round, remind,
 * close it), its work of `today` done; undefined when it will never have one again. A round opened and not closed
 * always has a next day (the day after it closes, or tomorrow when that is past), so a programme leaves the job's
 * index only once its last round is closed. A round not opened counts at each point of the settings (and at the
 * points of the cohort's rounds opened under earlier settings) until its answering period has passed, as the job
 * does not open it after that (roundStep).
 */
export function nextMonevDay(
  cohorts: readonly MonevCohort[],
  settings: MonevSettings,
  rounds: readonly OpenedRound[],
  today: IsoDate,
): IsoDate | undefined {
  const tomorrow = addDays(today, 1);
  const days = cohorts.flatMap((cohort) => {
    const opened = rounds.filter((r) => r.cohort === cohort.number);
    const points = [...new Set([...opened.map((r) => r.point), ...settings.points])];
    return points.flatMap((point): IsoDate[] => {
      const round = opened.find((r) => r.point === point);
      if (round) {
        if (round.status === 'CLOSED') return [];
        const closeOn = addDays(round.closesOn as IsoDate, 1);
        return [firstAfter(today, [round.remindOn as IsoDate, closeOn]) ?? tomorrow];
      }
      const dates = roundDates(cohort.endDate, point, settings);
      if (dates.closesOn < today) return [];
      return [dates.opensOn > today ? dates.opensOn : tomorrow];
    });
  });
  return days.sort()[0];
}
