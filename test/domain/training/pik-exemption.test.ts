import { describe, expect, it } from 'vitest';
import { trainingModulesOf } from '../../../domain/reference/training-modules';
import { checkConfirmation, type ConfirmationInput } from '../../../domain/training/confirmation';
import {
  checkGroups,
  checkModuleAccess,
  checkReview,
  type GroupsInput,
  type ModuleAccessInput,
  type ReviewInput,
} from '../../../domain/training/delivery';
import {
  checkAttendance,
  checkELearning,
  type AttendanceInput,
  type ELearningInput,
} from '../../../domain/training/learning-hours';
import { pikTrainingViolations } from '../../../domain/training/pik-exemption';
import { ACTION_PLAN_EXAMPLE } from '../../../events/api/training';
import { codesOf, d, named, NIP_A, NIP_B } from '../shared/helpers';

/** Cohort 1 of 2019: 6-7 May; NIP_B is a PIK graduate entering the test directly (Perban BKN 7/2020 Pasal 23). */
const START = d('2019-05-06');
const COHORT = { number: 1, startDate: START, endDate: d('2019-05-07') };
const SEAT = { cohort: 1, startDate: START };
const BEFORE = d('2019-04-29');

describe('PIK-TANPA-PELATIHAN: pikTrainingViolations names the graduate and the duty, none for others', () => {
  it('none for a participant who is not a PIK graduate', () => {
    expect(pikTrainingViolations(false, 'CV')).toEqual([]);
  });
  it('a PIK graduate: the code, Pasal 23 and the duty, on the field given', () => {
    const [refused, ...rest] = pikTrainingViolations(true, 'KELOMPOK', {
      nip: NIP_B,
      field: 'groups.0.nips.1',
    });
    expect(rest).toEqual([]);
    expect(refused).toMatchObject({
      code: 'PIK-TANPA-PELATIHAN',
      article: 'Perban BKN 7/2020 Pasal 23(1), 16(1), 16(2)',
      field: 'groups.0.nips.1',
    });
    expect(refused!.message).toContain(`NIP ${NIP_B} adalah lulusan PIK`);
    expect(refused!.message).toContain('kelompok');
  });
});

describe('checkConfirmation: a PIK graduate confirms coming to the test without CV or action plan', () => {
  const input = (overrides: Partial<ConfirmationInput> = {}): ConfirmationInput => ({
    participantStatus: 'SET',
    seat: SEAT,
    today: BEFORE,
    attending: true,
    hasCv: false,
    actionPlan: undefined,
    pikGraduate: true,
    ...overrides,
  });
  it.each(
    named<ConfirmationInput>([
      ['PIK graduate attending, no CV, no plan', input(), []],
      ['PIK graduate declining', input({ attending: false }), []],
      [
        'PIK graduate sending an action plan',
        input({ actionPlan: ACTION_PLAN_EXAMPLE }),
        ['PIK-TANPA-PELATIHAN'],
      ],
      ['PIK graduate on the first day', input({ today: START }), ['KONFIRMASI-SEBELUM-KELAS']],
      ['others still need CV and plan', input({ pikGraduate: false }), ['KONFIRMASI-CV', 'KONFIRMASI-RTL']],
    ]),
  )('%s: %s', (_codes, _label, given, expected) => {
    expect(codesOf(checkConfirmation(given))).toEqual(expected);
  });
});

describe('checkELearning and checkModuleAccess: no e-learning for a PIK graduate', () => {
  const eLearning = (overrides: Partial<ELearningInput> = {}): ELearningInput => ({
    seat: SEAT,
    confirmation: { cohort: 1, attending: true },
    completedOn: BEFORE,
    today: BEFORE,
    ...overrides,
  });
  it.each(
    named<ELearningInput>([
      ['completion of a participant', eLearning(), []],
      ['completion of a PIK graduate', eLearning({ pikGraduate: true }), ['PIK-TANPA-PELATIHAN']],
    ]),
  )('%s: %s', (_codes, _label, given, expected) => {
    expect(codesOf(checkELearning(given))).toEqual(expected);
  });

  const modules = trainingModulesOf('JPT_PRATAMA').map((m) => m.code);
  const access = (overrides: Partial<ModuleAccessInput> = {}): ModuleAccessInput => ({
    seat: SEAT,
    confirmation: { cohort: 1, attending: true },
    modules,
    module: modules[0]!,
    action: 'RESUME',
    today: BEFORE,
    ...overrides,
  });
  it.each(
    named<ModuleAccessInput>([
      ['a resume of a participant', access(), []],
      ['a resume of a PIK graduate', access({ pikGraduate: true }), ['PIK-TANPA-PELATIHAN']],
      [
        'the forum for a PIK graduate',
        access({ action: 'FORUM', pikGraduate: true }),
        ['PIK-TANPA-PELATIHAN'],
      ],
      [
        'material for a PIK graduate',
        access({ action: 'MATERI', hasMaterial: true, pikGraduate: true }),
        ['PIK-TANPA-PELATIHAN'],
      ],
    ]),
  )('%s: %s', (_codes, _label, given, expected) => {
    expect(codesOf(checkModuleAccess(given))).toEqual(expected);
  });
});

describe('checkReview and checkGroups: no review and no group for a PIK graduate', () => {
  const review = (overrides: Partial<ReviewInput> = {}): ReviewInput => ({
    seat: SEAT,
    today: BEFORE,
    hasCv: true,
    confirmation: { cohort: 1, attending: true, hasActionPlan: true },
    cv: { verdict: 'DITERIMA' },
    actionPlan: { verdict: 'DITERIMA' },
    ...overrides,
  });
  it.each(
    named<ReviewInput>([
      ['a participant', review(), []],
      ['a PIK graduate', review({ pikGraduate: true }), ['PIK-TANPA-PELATIHAN']],
    ]),
  )('%s: %s', (_codes, _label, given, expected) => {
    expect(codesOf(checkReview(given))).toEqual(expected);
  });

  const accepted = { cvKey: 'k', confirmationVersion: 1, cv: 'DITERIMA', actionPlan: 'DITERIMA' } as const;
  const groups = (overrides: Partial<GroupsInput> = {}): GroupsInput => ({
    cohort: 1,
    groups: [{ name: 'Kelompok 1', nips: [NIP_A] }],
    attending: [NIP_A],
    reviews: { [NIP_A]: accepted },
    pikGraduates: [NIP_B],
    ...overrides,
  });
  it.each(
    named<GroupsInput>([
      ['complete without the PIK graduate', groups(), []],
      [
        'the PIK graduate grouped',
        groups({ groups: [{ name: 'Kelompok 1', nips: [NIP_A, NIP_B] }] }),
        ['PIK-TANPA-PELATIHAN'],
      ],
    ]),
  )('%s: %s', (_codes, _label, given, expected) => {
    expect(codesOf(checkGroups(given))).toEqual(expected);
  });
});

describe('checkAttendance: a PIK graduate sits the evaluation, never the classroom', () => {
  const attendance = (overrides: Partial<AttendanceInput> = {}): AttendanceInput => ({
    cohort: COHORT,
    date: START,
    session: 'KLASIKAL',
    present: [NIP_A],
    seated: [NIP_A, NIP_B],
    pikGraduates: [NIP_B],
    today: d('2019-05-07'),
    ...overrides,
  });
  it.each(
    named<AttendanceInput>([
      ['classroom without the PIK graduate', attendance(), []],
      ['classroom with the PIK graduate', attendance({ present: [NIP_A, NIP_B] }), ['PIK-TANPA-PELATIHAN']],
      [
        'evaluation with the PIK graduate',
        attendance({ date: d('2019-05-07'), session: 'EVALUASI', present: [NIP_A, NIP_B] }),
        [],
      ],
    ]),
  )('%s: %s', (_codes, _label, given, expected) => {
    expect(codesOf(checkAttendance(given))).toEqual(expected);
  });

  it('the refusal points at the graduate in the list', () => {
    const decision = checkAttendance(attendance({ present: [NIP_A, NIP_B] }));
    expect(decision.ok ? [] : decision.violations.map((v) => v.field)).toEqual(['present.1']);
  });
});
