import { describe, expect, it } from 'vitest';
import { checkAttendance, type AttendanceInput } from '../../../domain/training/learning-hours';
import { checkRulesOfConductPublication } from '../../../domain/training/rules-of-conduct';
import { codesOf, d, named, NIP_A, NIP_B, NIP_C } from '../shared/helpers';

/** Cohort 1 of 2019: 6-7 May. */
const START = d('2019-05-06');
const COHORT = { number: 1, startDate: START, endDate: d('2019-05-07') };

describe('checkRulesOfConductPublication: BKN publishes the rules of conduct before the class', () => {
  it.each([
    ['a week before', d('2019-04-29'), []],
    ['the day before the class', d('2019-05-05'), []],
    ['on the first day', START, ['TATA-TERTIB-TERBIT']],
    ['after the class', d('2019-05-08'), ['TATA-TERTIB-TERBIT']],
  ])('%s: %j', (_label, today, expected) => {
    expect(codesOf(checkRulesOfConductPublication({ number: 1, startDate: START }, today))).toEqual(expected);
  });
});

describe('checkAttendance: TATA-TERTIB-DIAKUI, the classroom lists only who acknowledged published rules', () => {
  const attendance = (overrides: Partial<AttendanceInput> = {}): AttendanceInput => ({
    cohort: COHORT,
    date: START,
    session: 'KLASIKAL',
    present: [NIP_A, NIP_B],
    seated: [NIP_A, NIP_B],
    today: START,
    rulesOfConduct: { acknowledged: [NIP_A, NIP_B] },
    ...overrides,
  });
  it.each(
    named<AttendanceInput>([
      ['everyone listed acknowledged', attendance(), []],
      ['no rules published (the 2019 programme)', attendance({ rulesOfConduct: undefined }), []],
      [
        'one listed did not acknowledge',
        attendance({ rulesOfConduct: { acknowledged: [NIP_A] } }),
        ['TATA-TERTIB-DIAKUI'],
      ],
      [
        'the evaluation is not gated',
        attendance({
          date: d('2019-05-07'),
          today: d('2019-05-07'),
          session: 'EVALUASI',
          rulesOfConduct: { acknowledged: [] },
        }),
        [],
      ],
      [
        'a NIP not seated is refused for that alone',
        attendance({ present: [NIP_C], rulesOfConduct: { acknowledged: [] } }),
        ['PELATIHAN-PESERTA-ANGKATAN'],
      ],
    ]),
  )('%s: %s', (_codes, _label, given, expected) => {
    expect(codesOf(checkAttendance(given))).toEqual(expected);
  });

  it('each one missing is named at their place in the list', () => {
    const decision = checkAttendance(attendance({ rulesOfConduct: { acknowledged: [] } }));
    expect(decision.ok ? [] : decision.violations.map((v) => v.field)).toEqual(['present.0', 'present.1']);
  });
});
