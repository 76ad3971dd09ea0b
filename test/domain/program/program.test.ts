import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  nextTransitionAt,
  planProgram,
  programme2019Draft,
  windowStatusAt,
  type PlannedCohort,
  type ProgramDraft,
} from '../../../domain/program/program';
import { COHORTS_2019 } from '../../../domain/reference/cohorts-2019';
import { addDays, daysBetween, type IsoDate } from '../../../domain/shared/dates';
import { codesOf, d, valueOf, violationsOf } from '../shared/helpers';

const at = (iso: string) => new Date(iso);
/** 24 June 00:00 to 5 July 23:59:59 WIB (UTC+7). */
const window = { opensAt: at('2026-06-23T17:00:00Z'), closesAt: at('2026-07-05T16:59:59Z') };
const BEFORE_WINDOW = at('2026-06-01T00:00:00Z');
const BASE: ProgramDraft = {
  name: 'Pelatihan dan Sertifikasi Manajemen ASN 2026',
  year: 2026,
  schemes: ['JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS'],
  proposalWindow: window,
  quotaPerInstansi: { JPT_PRATAMA: 1, ADMINISTRATOR: 1, PENGAWAS: 1 },
  cohortPlan: [],
};
const draft = (overrides: Partial<ProgramDraft> = {}): ProgramDraft => ({ ...BASE, ...overrides });

/** A two-day cohort starting the day after the window closes (2026-07-06). */
const cohort = (overrides: Partial<PlannedCohort> = {}): PlannedCohort => ({
  number: 1,
  scheme: 'PENGAWAS',
  capacity: 30,
  startDate: d('2026-07-06'),
  endDate: d('2026-07-07'),
  ...overrides,
});

describe('planProgram', () => {
  it('accepts a programme whose window is in the future, as SCHEDULED', () => {
    const decision = planProgram(draft(), BEFORE_WINDOW);
    expect(decision).toEqual({ ok: true, value: { ...draft(), status: 'SCHEDULED' } });
  });

  it('accepts a programme created while its window is already open, as OPEN', () => {
    const decision = planProgram(draft(), at('2026-06-30T00:00:00Z'));
    expect(decision.ok && decision.value.status).toBe('OPEN');
  });

  it.each([
    ['closes before it opens', { opensAt: at('2026-07-05T00:00:00Z'), closesAt: at('2026-07-04T00:00:00Z') }],
    [
      'closes the instant it opens',
      { opensAt: at('2026-07-05T00:00:00Z'), closesAt: at('2026-07-05T00:00:00Z') },
    ],
  ])('PROGRAM-WINDOW-ORDER: refuses a window that %s', (_case, proposalWindow) => {
    const decision = planProgram(draft({ proposalWindow }), BEFORE_WINDOW);
    expect(decision.ok).toBe(false);
    expect(codesOf(decision)).toEqual(['PROGRAM-WINDOW-ORDER']);
  });

  it.each([
    ['after the window closed', '2026-07-05T17:00:00Z', false],
    ['exactly when the window closes', '2026-07-05T16:59:59Z', false],
    ['one second before the window closes', '2026-07-05T16:59:58Z', true],
  ])('PROGRAM-WINDOW-PASSED: creating %s is accepted = %s', (_case, now, accepted) => {
    expect(planProgram(draft(), at(now)).ok).toBe(accepted);
  });

  it('PROGRAM-SCHEME-DUPLICATE: refuses a scheme offered twice and names it', () => {
    const decision = planProgram(
      draft({
        schemes: ['PENGAWAS', 'PENGAWAS', 'ADMINISTRATOR'],
        quotaPerInstansi: { PENGAWAS: 1, ADMINISTRATOR: 1 },
      }),
      BEFORE_WINDOW,
    );
    expect(violationsOf(decision)).toEqual([
      expect.objectContaining({
        code: 'PROGRAM-SCHEME-DUPLICATE',
        field: 'schemes',
        message: expect.stringContaining('PENGAWAS'),
      }),
    ]);
  });

  it('lists every unmet rule, not just the first', () => {
    const decision = planProgram(
      draft({
        schemes: ['PENGAWAS', 'PENGAWAS'],
        quotaPerInstansi: { PENGAWAS: 1 },
        proposalWindow: { opensAt: at('2026-01-02T00:00:00Z'), closesAt: at('2026-01-01T00:00:00Z') },
      }),
      BEFORE_WINDOW,
    );
    expect(codesOf(decision)).toEqual([
      'PROGRAM-WINDOW-ORDER',
      'PROGRAM-WINDOW-PASSED',
      'PROGRAM-SCHEME-DUPLICATE',
    ]);
    expect(violationsOf(decision).every((v) => v.article.startsWith('Perban BKN 7/2020'))).toBe(true);
  });

  it('lists every unmet rule of the quota and the cohort plan together, in the order checked', () => {
    const decision = planProgram(
      draft({
        schemes: ['PENGAWAS', 'ADMINISTRATOR'],
        quotaPerInstansi: { PENGAWAS: 1, JPT_PRATAMA: 1 },
        cohortPlan: [
          cohort({ number: 1, scheme: 'JPT_PRATAMA' }),
          cohort({ number: 1, startDate: d('2026-07-05'), endDate: d('2026-07-04') }),
        ],
      }),
      BEFORE_WINDOW,
    );
    expect(violationsOf(decision).map((v) => [v.code, v.field])).toEqual([
      ['PROGRAM-QUOTA', 'quotaPerInstansi.ADMINISTRATOR'],
      ['PROGRAM-QUOTA', 'quotaPerInstansi.JPT_PRATAMA'],
      ['PROGRAM-COHORT-SCHEME', 'cohortPlan.0.scheme'],
      ['PROGRAM-COHORT-NUMBER', 'cohortPlan.1.number'],
      ['PROGRAM-COHORT-DATES', 'cohortPlan.1.endDate'],
      ['PROGRAM-COHORT-DATES', 'cohortPlan.1.startDate'],
    ]);
  });
});

describe('planProgram: quota per instansi (PROGRAM-QUOTA)', () => {
  it.each([
    [
      'every offered scheme has a quota: accepted',
      ['PENGAWAS', 'ADMINISTRATOR'],
      { PENGAWAS: 1, ADMINISTRATOR: 2 },
      [],
    ],
    ['a single offered scheme with its quota: accepted', ['MENTOR'], { MENTOR: 5 }, []],
    ['no scheme and no quota: accepted', [], {}, []],
    [
      'PENGAWAS offered without a quota is refused',
      ['PENGAWAS', 'ADMINISTRATOR'],
      { ADMINISTRATOR: 1 },
      ['quotaPerInstansi.PENGAWAS'],
    ],
    [
      'a quota for PENGAWAS, which is not offered, is refused',
      ['ADMINISTRATOR'],
      { ADMINISTRATOR: 1, PENGAWAS: 1 },
      ['quotaPerInstansi.PENGAWAS'],
    ],
    [
      'three offered schemes without any quota: each is refused',
      ['JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS'],
      {},
      ['quotaPerInstansi.JPT_PRATAMA', 'quotaPerInstansi.ADMINISTRATOR', 'quotaPerInstansi.PENGAWAS'],
    ],
    [
      'one quota missing and one for a scheme not offered: both are refused',
      ['JPT_PRATAMA', 'ADMINISTRATOR'],
      { JPT_PRATAMA: 1, PENGAWAS: 1 },
      ['quotaPerInstansi.ADMINISTRATOR', 'quotaPerInstansi.PENGAWAS'],
    ],
  ] as const)('PROGRAM-QUOTA: %s', (_case, schemes, quotaPerInstansi, fields) => {
    const decision = planProgram(draft({ schemes, quotaPerInstansi }), BEFORE_WINDOW);
    const violations = decision.ok ? [] : decision.violations;
    expect(violations.map((v) => v.code)).toEqual(fields.map(() => 'PROGRAM-QUOTA'));
    expect(violations.map((v) => v.field)).toEqual(fields);
    for (const v of violations) {
      expect(v.article).toBe('Surat Pusbang ASN BKN 2019 (kuota calon per instansi per jenjang)');
      expect(v.message).toContain(v.field?.split('.')[1]);
    }
  });
});

describe('planProgram: the cohort plan (PROGRAM-COHORT-*)', () => {
  it.each([
    ['a cohort of an offered scheme is accepted', [cohort({ scheme: 'JPT_PRATAMA' })], []],
    [
      'a cohort of JPT_MADYA, which is not offered, is refused',
      [cohort({ scheme: 'JPT_MADYA' })],
      ['cohortPlan.0.scheme'],
    ],
    [
      'the second and third cohorts, of schemes not offered, are refused',
      [
        cohort({ number: 1 }),
        cohort({ number: 2, scheme: 'MENTOR' }),
        cohort({ number: 3, scheme: 'PELAKSANA' }),
      ],
      ['cohortPlan.1.scheme', 'cohortPlan.2.scheme'],
    ],
  ] as const)('PROGRAM-COHORT-SCHEME: %s', (_case, cohortPlan, fields) => {
    const violations = planProgram(draft({ cohortPlan }), BEFORE_WINDOW);
    expect(codesOf(violations)).toEqual(fields.map(() => 'PROGRAM-COHORT-SCHEME'));
    expect(violations.ok ? [] : violations.violations.map((v) => v.field)).toEqual(fields);
  });

  it.each([
    ['cohorts 1, 2, 3 are accepted', [1, 2, 3], []],
    ['cohorts 1, 2, 1: the third, repeating the first, is refused', [1, 2, 1], ['cohortPlan.2.number']],
    [
      'cohort 7 three times: the second and third are refused',
      [7, 7, 7],
      ['cohortPlan.1.number', 'cohortPlan.2.number'],
    ],
  ] as const)('PROGRAM-COHORT-NUMBER: %s', (_case, numbers, fields) => {
    const decision = planProgram(
      draft({ cohortPlan: numbers.map((number) => cohort({ number })) }),
      BEFORE_WINDOW,
    );
    expect(codesOf(decision)).toEqual(fields.map(() => 'PROGRAM-COHORT-NUMBER'));
    expect(decision.ok ? [] : decision.violations.map((v) => v.field)).toEqual(fields);
  });

  // The window closes 2026-07-05T16:59:59Z, 23:59:59 WIB: its closing date (WIB) is 2026-07-05.
  it.each([
    ['starts the day after the window closes', '2026-07-06', '2026-07-07', []],
    ['starts and ends on the same day, after the window', '2026-07-06', '2026-07-06', []],
    ['starts on the closing date of the window', '2026-07-05', '2026-07-06', ['cohortPlan.0.startDate']],
    ['starts before the window closes', '2026-06-30', '2026-07-01', ['cohortPlan.0.startDate']],
    ['ends the day before it starts', '2026-07-08', '2026-07-07', ['cohortPlan.0.endDate']],
    [
      'ends before it starts, on the closing date',
      '2026-07-05',
      '2026-07-04',
      ['cohortPlan.0.endDate', 'cohortPlan.0.startDate'],
    ],
  ] as const)(
    'PROGRAM-COHORT-DATES: a cohort that %s (%s to %s) -> unmet fields %j',
    (_case, start, end, fields) => {
      const decision = planProgram(
        draft({ cohortPlan: [cohort({ startDate: d(start), endDate: d(end) })] }),
        BEFORE_WINDOW,
      );
      expect(codesOf(decision)).toEqual(fields.map(() => 'PROGRAM-COHORT-DATES'));
      expect(decision.ok ? [] : decision.violations.map((v) => v.field)).toEqual(fields);
    },
  );

  it.each([
    // The closing day is the Jakarta (WIB) date of closesAt, whatever zone the instant is written in.
    ['2026-07-05T23:59:59+07:00', '2026-07-06', true],
    ['2026-07-05T23:59:59+07:00', '2026-07-05', false],
    ['2026-07-06T06:00:00+07:00', '2026-07-06', false],
    ['2026-07-05T23:00:00Z', '2026-07-06', false],
    ['2026-07-05T16:59:59Z', '2026-07-06', true],
  ])(
    'PROGRAM-COHORT-DATES: the closing date is the WIB date of closesAt (%s, cohort on %s accepted = %s)',
    (closesAt, start, accepted) => {
      const proposalWindow = { opensAt: window.opensAt, closesAt: at(closesAt) };
      const cohortPlan = [cohort({ startDate: d(start), endDate: d(start) })];
      expect(planProgram(draft({ proposalWindow, cohortPlan }), BEFORE_WINDOW).ok).toBe(accepted);
    },
  );
});

describe('programme2019Draft', () => {
  const closesBeforeCohorts = { opensAt: at('2026-07-01T00:00:00Z'), closesAt: at('2026-07-31T23:59:59Z') };
  const draft2026 = programme2019Draft({
    year: 2026,
    proposalWindow: closesBeforeCohorts,
    firstCohortStartsOn: d('2026-08-03'),
  });

  it('offers the three 2019 levels, one nominee per instansi per level, under the 2019 name and the given year and window', () => {
    expect(draft2026.name).toBe('Pelatihan dan Sertifikasi Manajemen ASN 2026');
    expect(draft2026.year).toBe(2026);
    expect(draft2026.schemes).toEqual(['JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS']);
    expect(draft2026.quotaPerInstansi).toEqual({ JPT_PRATAMA: 1, ADMINISTRATOR: 1, PENGAWAS: 1 });
    expect(draft2026.proposalWindow).toBe(closesBeforeCohorts);
  });

  it('plans the 50 cohorts of 30 numbered 1-50 with the levels of the 2019 table', () => {
    expect(draft2026.cohortPlan).toHaveLength(50);
    expect(draft2026.cohortPlan.map((c) => c.number)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(draft2026.cohortPlan.every((c) => c.capacity === 30)).toBe(true);
    expect(draft2026.cohortPlan.map((c) => c.scheme)).toEqual(COHORTS_2019.map((c) => c.level));
  });

  it.each([
    // 2019: 6-7 Mei, 6-7 Mei, 1-2 Jul (56 days later), 5-6 Jul, 29-30 Jul, 15-16 Ags (101 days later).
    [1, 'JPT_PRATAMA', '2026-08-03', '2026-08-04'],
    [3, 'JPT_PRATAMA', '2026-08-03', '2026-08-04'],
    [4, 'PENGAWAS', '2026-09-28', '2026-09-29'],
    [18, 'PENGAWAS', '2026-10-02', '2026-10-03'],
    [19, 'ADMINISTRATOR', '2026-10-26', '2026-10-27'],
    [50, 'ADMINISTRATOR', '2026-11-12', '2026-11-13'],
  ] as const)(
    'moves the 2019 table as a block: cohort %i (%s) runs %s to %s when cohort 1 starts 2026-08-03',
    (number, scheme, startDate, endDate) => {
      expect(draft2026.cohortPlan[number - 1]).toEqual({ number, scheme, capacity: 30, startDate, endDate });
    },
  );

  it('property: for any first day, cohort 1 starts on it and every cohort keeps its 2019 offset and length', () => {
    const first2019 = d('2019-05-06');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30_000 }), (offset) => {
        const firstCohortStartsOn = addDays(d('2000-01-01'), offset);
        const plan = programme2019Draft({
          year: 2026,
          proposalWindow: window,
          firstCohortStartsOn,
        }).cohortPlan;
        expect(plan[0]?.startDate).toBe(firstCohortStartsOn);
        plan.forEach((c, i) => {
          const original = COHORTS_2019[i]!;
          expect(daysBetween(firstCohortStartsOn, c.startDate)).toBe(
            daysBetween(first2019, original.startDate as IsoDate),
          );
          expect(daysBetween(c.startDate, c.endDate)).toBe(
            daysBetween(original.startDate as IsoDate, original.endDate as IsoDate),
          );
        });
      }),
      { numRuns: 50 },
    );
  });

  it('planProgram accepts the 2019 draft when the window closes before the first cohort starts', () => {
    const program = valueOf(planProgram(draft2026, at('2026-06-15T00:00:00Z')));
    expect(program.status).toBe('SCHEDULED');
    expect(program.cohortPlan).toBe(draft2026.cohortPlan);
  });

  it('PROGRAM-COHORT-DATES: with the window closing on the first cohort day, cohorts 1-3 (that day) are refused', () => {
    const sameDay = programme2019Draft({
      year: 2026,
      proposalWindow: { opensAt: at('2026-07-01T00:00:00Z'), closesAt: at('2026-08-03T23:59:59Z') },
      firstCohortStartsOn: d('2026-08-03'),
    });
    const violations = violationsOf(planProgram(sameDay, at('2026-06-15T00:00:00Z')));
    expect(violations.map((v) => [v.code, v.field])).toEqual([
      ['PROGRAM-COHORT-DATES', 'cohortPlan.0.startDate'],
      ['PROGRAM-COHORT-DATES', 'cohortPlan.1.startDate'],
      ['PROGRAM-COHORT-DATES', 'cohortPlan.2.startDate'],
    ]);
  });
});

describe('windowStatusAt', () => {
  it.each([
    ['2026-06-23T16:59:59.999Z', 'SCHEDULED'],
    ['2026-06-23T17:00:00.000Z', 'OPEN'],
    ['2026-07-05T16:59:59.000Z', 'OPEN'],
    ['2026-07-05T16:59:59.001Z', 'CLOSED'],
  ] as const)('at %s the window is %s (both ends inclusive)', (now, status) => {
    expect(windowStatusAt(window, at(now))).toBe(status);
  });
});

describe('nextTransitionAt', () => {
  it('a scheduled programme next changes when its window opens', () => {
    expect(nextTransitionAt('SCHEDULED', window)).toEqual(window.opensAt);
  });
  it('an open programme next changes just after its window closes', () => {
    const next = nextTransitionAt('OPEN', window)!;
    expect(windowStatusAt(window, next)).toBe('CLOSED');
    expect(next.getTime() - window.closesAt.getTime()).toBe(1);
  });
  it('a closed programme never changes again', () => {
    expect(nextTransitionAt('CLOSED', window)).toBeNull();
  });
});
