import { describe, expect, it } from 'vitest';
import { planRetestSession, testSessionPlaces } from '../../../domain/scheduling/test-session';
import { codesOf } from '../shared/helpers';
import { d } from '../shared/helpers';

describe('test sessions have their own capacity, apart from training seats (Pasal 19(3), 25c, 26, 27)', () => {
  it.each([
    ['room and assessors both allow 36: 6 re-test places beside 30 seats', 40, 3, 12, 30, 0, [], 36, 6],
    ['the room is the limit', 32, 4, 12, 30, 0, [], 32, 2],
    ['the assessors are the limit', 60, 2, 15, 30, 0, [], 30, 0],
    ['a re-test session has no training seats', 30, 2, 15, 0, 0, [], 30, 30],
    ['too small for the cohort itself', 25, 3, 12, 30, 0, ['SESI-UJI-KAPASITAS'], 25, -5],
    ['fewer places than re-tests already booked', 32, 4, 12, 30, 3, ['SESI-UJI-KAPASITAS'], 32, 2],
  ])(
    'SESI-UJI-KAPASITAS: %s',
    (_, roomCapacity, assessorCount, participantsPerAssessor, seats, booked, codes, capacity, places) => {
      const decision = testSessionPlaces(
        { roomCapacity, assessorCount, participantsPerAssessor },
        seats,
        booked,
      );
      expect(codesOf(decision)).toEqual(codes);
      if (decision.ok) expect(decision.value).toEqual({ testCapacity: capacity, retestPlaces: places });
    },
  );

  it.each([
    ['a scheme of the programme, tomorrow', 'ADMINISTRATOR', '2019-08-20', []],
    ['today is too late', 'ADMINISTRATOR', '2019-08-19', ['SESI-UJI-ULANG-JADWAL']],
    ['a scheme the programme does not offer', 'PELAKSANA', '2019-08-26', ['SESI-UJI-ULANG-JADWAL']],
  ])('SESI-UJI-ULANG-JADWAL: %s', (_, scheme, testDate, codes) => {
    const plan = planRetestSession({
      scheme,
      testDate: d(testDate),
      offeredSchemes: ['JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS'],
      today: d('2019-08-19'),
    });
    expect(codesOf(plan)).toEqual(codes);
    if (plan.ok) expect(plan.value).toEqual({ startDate: testDate, endDate: testDate });
  });
});
