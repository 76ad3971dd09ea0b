import { describe, expect, it } from 'vitest';
import { attemptInCohort, requiredUnitsFor } from '../../../domain/result/attempt';

describe('attempts and their units (Perban BKN 7/2020 Pasal 16(6), 26)', () => {
  it('UJI-KOMPETEN-SELURUH-UNIT: an Administrator must be competent on every unit of its qualification', () => {
    const units = requiredUnitsFor('ADMINISTRATOR');
    expect(units.length).toBeGreaterThan(1);
    expect(units.every((u) => u.startsWith('MASN-ADM-'))).toBe(true);
  });

  it.each([
    [
      'JPT Pratama without a chosen qualification has no units (two qualifications)',
      'JPT_PRATAMA',
      undefined,
      0,
    ],
    ['a qualification of another scheme is ignored', 'ADMINISTRATOR', 'PENGAWAS', undefined],
    ['a scheme without units in the handbook', 'MENTOR', undefined, 0],
  ] as const)('%s', (_, scheme, qualification, expected) => {
    const units = requiredUnitsFor(scheme, qualification);
    if (expected === undefined) expect(units).toEqual(requiredUnitsFor('ADMINISTRATOR'));
    else expect(units).toHaveLength(expected);
  });

  const retests = [{ retestNumber: 1, cohort: 21, unitCodes: ['U3'] }];
  it.each([
    ['the seat cohort is the first test on every unit', 19, { attempt: 0, unitCodes: ['U1', 'U2', 'U3'] }],
    [
      'UJI-ULANG-UNIT-BK: the re-test cohort tests only the booked units',
      21,
      { attempt: 1, unitCodes: ['U3'] },
    ],
    ['another cohort is no attempt', 20, undefined],
  ])('%s', (_, cohort, expected) => {
    const participant = { programId: 'prg_a', seatCohort: 19 };
    expect(
      attemptInCohort({ programId: 'prg_a', number: cohort }, participant, ['U1', 'U2', 'U3'], retests),
    ).toEqual(expected);
  });

  it.each([
    [
      "a re-test booked into a later programme's session 3 is taken there",
      'prg_b',
      3,
      { attempt: 1, unitCodes: ['U3'] },
    ],
    ["cohort 3 of the participant's own programme is not that session", 'prg_a', 3, undefined],
    ["the seat of the own programme is no attempt in another programme's cohort 19", 'prg_b', 19, undefined],
  ])('%s', (_, programId, number, expected) => {
    const later = [{ retestNumber: 1, cohort: 3, session: { programId: 'prg_b' }, unitCodes: ['U3'] }];
    expect(
      attemptInCohort(
        { programId, number },
        { programId: 'prg_a', seatCohort: 19 },
        ['U1', 'U2', 'U3'],
        later,
      ),
    ).toEqual(expected);
  });
});
