import { describe, expect, it } from 'vitest';
import { SharedCalendar } from '../../tools/demo/calendar';
import { Progress } from '../../tools/demo/progress';
import { NATIONAL, nationalPlan, nipProblems } from '../../tools/demo/national';
import type { DemoContext } from '../../tools/demo/state';
import type { IsoDate } from '../../domain/shared/dates';

/** Programmes at most: a cohort's number has two digits (docs/data-model.md "Cohort"). */
const MAX_COHORTS = 99;

describe('the national run plan (ten times the 2019 programme)', () => {
  const plan = nationalPlan(NATIONAL);
  const programmes = [plan.national, ...plan.kanreg];

  it('splits 15,000 seats in 500 cohorts over the national programme and nine Kanreg programmes', () => {
    // Act
    const seats = programmes.flatMap((p) => Object.values(p.scenario.seats)).reduce((a, b) => a + b!, 0);

    // Assess
    expect(programmes).toHaveLength(10);
    expect(seats).toBe(15_000);
    expect(plan.national.plan.draft.cohortPlan).toHaveLength(50);
    expect(plan.kanreg.every((k) => k.cohortPlan.length === 50 && k.cohortPlan.length <= MAX_COHORTS)).toBe(
      true,
    );
    expect(new Set(plan.kanreg.map((k) => k.kanreg)).size).toBe(9);
  });

  it('gives every candidate a NIP of their own across all programmes', () => {
    const nips = programmes.flatMap((p) => p.scenario.candidates.map((c) => c.nip));
    expect(nips.length).toBeGreaterThan(15_000);
    expect(new Set(nips).size).toBe(nips.length);
    expect(nipProblems(programmes.map((p) => p.scenario))).toEqual([]);
  });

  it("proposes each Kanreg programme's candidates from its own region only", () => {
    for (const k of plan.kanreg) {
      expect(k.instansi[0]!.kind).toBe('PROVINSI');
      expect(
        k.scenario.candidates.every((c) => c.instansi.kanreg === k.kanreg && c.instansi.kind !== 'PUSAT'),
      ).toBe(true);
    }
  });

  it('is the same plan for the same seed, and another for another seed', () => {
    const names = (p: ReturnType<typeof nationalPlan>) =>
      p.kanreg[3]!.scenario.candidates.map((c) => c.input.name);
    expect(names(nationalPlan(NATIONAL))).toEqual(names(plan));
    expect(names(nationalPlan(NATIONAL, 7))).not.toEqual(names(plan));
  });

  it('plays a reduced shape: two programmes of two cohorts of 8', () => {
    const small = nationalPlan({ kanregProgrammes: 1, scale: 'small', districts: 3 });
    expect([small.national, ...small.kanreg].map((p) => Object.values(p.scenario.seats))).toEqual([
      [16],
      [16],
    ]);
    expect(small.kanreg[0]!.instansi).toHaveLength(4);
  });

  it('finds a NIP proposed in two programmes', () => {
    const [a, b] = [plan.national.scenario, plan.kanreg[0]!.scenario];
    const clash = { ...b, candidates: [a.candidates[0]!, ...b.candidates.slice(1)] };
    expect(nipProblems([a, clash])).toEqual([`${a.candidates[0]!.nip} in programmes 1 and 2`]);
  });
});

describe('the calendar shared by programmes played at the same time', () => {
  const context = () => ({ today: '2019-05-01' }) as DemoContext;

  it('moves to a day only when every programme playing asked for it or finished, the earliest first', async () => {
    // Prepare
    const moves: string[] = [];
    const calendar = new SharedCalendar('2019-05-01' as IsoDate, async (date) => {
      moves.push(date);
    });
    const a = context();
    const b = context();
    const seen: string[] = [];
    const days = (ctx: DemoContext, name: string, dates: string[]) => async () => {
      for (const date of dates) {
        await calendar.moveTo(ctx, date as IsoDate);
        seen.push(`${name} ${ctx.today}`);
      }
    };

    // Act
    await calendar.together([a, b], (ctx) =>
      ctx === a
        ? days(a, 'a', ['2019-05-03', '2019-05-06'])()
        : days(b, 'b', ['2019-05-02', '2019-05-06', '2019-05-07'])(),
    );

    // Assess
    expect(moves).toEqual(['2019-05-02', '2019-05-03', '2019-05-06', '2019-05-07']);
    expect(seen.indexOf('b 2019-05-02')).toBeLessThan(seen.indexOf('a 2019-05-03'));
    expect(seen.slice(2, 4).sort()).toEqual(['a 2019-05-06', 'b 2019-05-06']);
    expect(seen.at(-1)).toBe('b 2019-05-07');
  });

  it('refuses a day already past and runs a job once a day whoever fires it', async () => {
    const calendar = new SharedCalendar('2019-05-06' as IsoDate, async () => {});
    await expect(calendar.moveTo(context(), '2019-05-03' as IsoDate)).rejects.toThrow(
      'already on 2019-05-06',
    );
    let fired = 0;
    const fire = async () => ++fired;
    expect(await calendar.fireOnce('monevRounds', fire)).toBe(1);
    expect(await calendar.fireOnce('monevRounds', fire)).toBe(1);
    expect(fired).toBe(1);
  });
});

describe('the progress of a stage played by several programmes', () => {
  it("adds up each programme's progress, whatever each restarts", () => {
    const progress = new Progress(0, '');
    const [a, b] = progress.split(2);
    a!.restart(1545, 'calon');
    b!.restart(40, 'calon');
    a!.tick(1000);
    b!.tick(40);
    expect(progress.counted()).toEqual({ done: 1040, total: 1585, unit: 'calon' });
  });
});
