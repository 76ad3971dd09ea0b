import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkMove,
  placementChoices,
  earliestOpeningStillDue,
  registrationOpensOn,
  type CohortState,
  type PlacementSubject,
} from '../../../domain/scheduling/placement';
import type { IsoDate } from '../../../domain/shared/dates';

const today = '2026-07-01' as IsoDate;
const cohort = (number: number, overrides: Partial<CohortState> = {}): CohortState => ({
  number,
  scheme: 'ADMINISTRATOR',
  capacity: 30,
  seatsTaken: 0,
  startDate: '2026-07-29',
  endDate: '2026-07-30',
  ...overrides,
});
const subject = (overrides: Partial<PlacementSubject> = {}): PlacementSubject => ({
  scheme: 'ADMINISTRATOR',
  status: 'SET',
  seatCohort: null,
  ...overrides,
});
const codes = (decision: { ok: boolean; violations?: { code: string }[] }) =>
  decision.ok ? [] : decision.violations!.map((v) => v.code);

describe('placementChoices', () => {
  it('offers only cohorts of the participant level with a free seat that have not begun, earliest first', () => {
    const cohorts = [
      cohort(22, { startDate: '2026-07-30' }),
      cohort(19),
      cohort(20, { seatsTaken: 30 }),
      cohort(4, { scheme: 'PENGAWAS', startDate: '2026-07-02' }),
      cohort(1, { startDate: '2026-07-01' }),
      cohort(21),
    ];
    const decision = placementChoices(subject(), cohorts, today);
    expect(decision.ok && decision.value.map((c) => c.number)).toEqual([19, 21, 22]);
  });

  it.each([
    [29, true],
    [30, false],
    [31, false],
  ])('ANGKATAN-KAPASITAS: a cohort of 30 with %i seats taken is offered = %s', (seatsTaken, offered) => {
    const decision = placementChoices(subject(), [cohort(19, { seatsTaken })], today);
    expect(decision.ok && decision.value.length === 1).toBe(offered);
  });

  it.each([
    ['2026-07-01', false],
    ['2026-07-02', true],
  ])('ANGKATAN-BELUM-MULAI: a cohort starting %s is offered on 2026-07-01 = %s', (startDate, offered) => {
    const decision = placementChoices(subject(), [cohort(19, { startDate })], today);
    expect(decision.ok && decision.value.length === 1).toBe(offered);
  });

  it.each([
    [subject({ status: 'PRE_ASSESSMENT' }), ['ANGKATAN-PESERTA-DITETAPKAN']],
    [subject({ status: 'NOT_SET' }), ['ANGKATAN-PESERTA-DITETAPKAN']],
    [subject({ seatCohort: 19 }), ['ANGKATAN-SATU-KURSI']],
    [subject({ status: 'NOT_SET', seatCohort: 19 }), ['ANGKATAN-PESERTA-DITETAPKAN', 'ANGKATAN-SATU-KURSI']],
  ])('refuses to place %j with %j', (who, expected) => {
    expect(codes(placementChoices(who, [cohort(19)], today))).toEqual(expected);
  });

  it('answers an empty list, not an error, when every cohort of the level is full: the participant waits', () => {
    const decision = placementChoices(subject(), [cohort(19, { seatsTaken: 30 })], today);
    expect(decision).toEqual({ ok: true, value: [] });
  });

  it('never offers a full cohort, a started one or one of another level (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            number: fc.integer({ min: 1, max: 99 }),
            scheme: fc.constantFrom('ADMINISTRATOR', 'PENGAWAS', 'JPT_PRATAMA'),
            capacity: fc.integer({ min: 1, max: 40 }),
            seatsTaken: fc.integer({ min: 0, max: 45 }),
            startDate: fc.constantFrom('2026-06-30', '2026-07-01', '2026-07-02', '2026-08-15'),
          }),
        ),
        (cohorts) => {
          const decision = placementChoices(subject(), cohorts as CohortState[], today);
          return (
            decision.ok &&
            decision.value.every(
              (c) => c.scheme === 'ADMINISTRATOR' && c.seatsTaken < c.capacity && c.startDate > today,
            )
          );
        },
      ),
    );
  });
});

describe('checkMove', () => {
  const seated = subject({ seatCohort: 19 });

  it('allows a move to a cohort of the same level with a free seat, both not begun', () => {
    expect(checkMove(seated, cohort(19), cohort(21, { seatsTaken: 29 }), today).ok).toBe(true);
  });

  it.each([
    [
      'the participant is not in the source cohort',
      subject({ seatCohort: 20 }),
      cohort(19),
      cohort(21),
      ['ANGKATAN-SATU-KURSI'],
    ],
    [
      'the target is of another level',
      seated,
      cohort(19),
      cohort(4, { scheme: 'PENGAWAS' }),
      ['ANGKATAN-JENJANG'],
    ],
    ['the target is full', seated, cohort(19), cohort(21, { seatsTaken: 30 }), ['ANGKATAN-KAPASITAS']],
    [
      'the source has begun',
      seated,
      cohort(19, { startDate: '2026-07-01' }),
      cohort(21),
      ['ANGKATAN-BELUM-MULAI'],
    ],
    [
      'the target has begun',
      seated,
      cohort(19),
      cohort(21, { startDate: '2026-06-30' }),
      ['ANGKATAN-BELUM-MULAI'],
    ],
  ])('refuses when %s', (_case, who, from, to, expected) => {
    expect(codes(checkMove(who, from, to, today))).toEqual(expected);
  });
});

describe('registrationOpensOn', () => {
  it('opens registration two weeks before the cohort, as the 2019 invitations of 22 April for 6 May', () => {
    expect(registrationOpensOn('2019-05-06' as IsoDate)).toBe('2019-04-22');
  });
});

describe('earliestOpeningStillDue', () => {
  it.each([
    ['a cohort starting tomorrow is still due', '2027-07-16', true],
    ['a cohort starting today is not: its test has begun', '2027-07-15', false],
    ['a cohort started yesterday is not', '2027-07-14', false],
  ])('%s', (_, startDate, due) => {
    const today = '2027-07-15' as IsoDate;
    expect(registrationOpensOn(startDate as IsoDate) >= earliestOpeningStillDue(today)).toBe(due);
  });

  it('is the opening day of a cohort starting tomorrow: 2 July for a run on 15 July 2027', () => {
    expect(earliestOpeningStillDue('2027-07-15' as IsoDate)).toBe('2027-07-02');
  });
});

describe('ANGKATAN-TANGGAL-UJI-LAYAK: only cohorts on whose test date the participant is eligible', () => {
  const cohorts = [
    cohort(19, { startDate: '2026-07-29', endDate: '2026-07-30' }),
    cohort(25, { startDate: '2026-07-31', endDate: '2026-08-01' }),
    cohort(31, { startDate: '2026-08-05', endDate: '2026-08-06' }),
  ];

  it.each([
    [undefined, [19, 25, 31]],
    [
      ['2026-08-01', '2026-08-06'],
      [25, 31],
    ],
    [['2026-07-31'], []],
    [[], []],
  ])('eligible on %j: placement offers cohorts %j (the test date is the last day)', (dates, offered) => {
    const decision = placementChoices(subject({ eligibleTestDates: dates }), cohorts, today);
    expect(decision.ok && decision.value.map((c) => c.number)).toEqual(offered);
  });

  it.each([
    ['2026-08-01', []],
    ['2026-07-31', ['ANGKATAN-TANGGAL-UJI-LAYAK']],
  ])('a move to cohort 25 (tested 2026-08-01) of one eligible on %s -> %j', (date, expected) => {
    const from = cohort(19);
    const to = cohorts[1]!;
    expect(codes(checkMove(subject({ seatCohort: 19, eligibleTestDates: [date] }), from, to, today))).toEqual(
      expected,
    );
  });
});
