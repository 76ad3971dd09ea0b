import { describe, expect, it } from 'vitest';
import { checkConfirmation, type ConfirmationInput } from '../../../domain/training/confirmation';
import { codesOf, d, named } from '../shared/helpers';

const PLAN = {
  title: 'Implementasi Coaching dan Mentoring Kepegawaian',
  background: 'Kebutuhan pengembangan bagi PNS',
  problem: 'Keterbatasan anggaran pengembangan 20 JP',
  goal: 'Peningkatan kompetensi PNS',
  benefits: 'Peningkatan kinerja organisasi',
  milestones: [
    {
      term: 'PENDEK' as const,
      activity: 'Menyusun konsep coaching',
      duration: { value: 2, unit: 'MINGGU' as const },
      output: 'Konsep metode',
    },
  ],
};

/** Cohort 19 starts on 29 July 2027; the participant confirms a week before. */
const input = (overrides: Partial<ConfirmationInput> = {}): ConfirmationInput => ({
  participantStatus: 'SET',
  seat: { cohort: 19, startDate: d('2027-07-29') },
  today: d('2027-07-22'),
  attending: true,
  hasCv: true,
  actionPlan: PLAN,
  ...overrides,
});

describe('checkConfirmation (Panduan Pusbang ASN BKN 2019, Timeline Pelatihan No 4)', () => {
  it.each(
    named<ConfirmationInput>([
      ['attending with CV and action plan', input(), []],
      ['not attending needs neither', input({ attending: false, hasCv: false, actionPlan: undefined }), []],
      ['the day before the class', input({ today: d('2027-07-28') }), []],
      ['on the first day of the class', input({ today: d('2027-07-29') }), ['KONFIRMASI-SEBELUM-KELAS']],
      ['without a CV', input({ hasCv: false }), ['KONFIRMASI-CV']],
      ['without an action plan', input({ actionPlan: undefined }), ['KONFIRMASI-RTL']],
      ['with an incomplete action plan', input({ actionPlan: { ...PLAN, problem: '' } }), ['RTL-ISIAN']],
      ['a participant not set', input({ participantStatus: 'NOT_SET' }), ['KONFIRMASI-PESERTA']],
      ['a participant without a seat', input({ seat: null }), ['KONFIRMASI-PESERTA']],
      [
        'every unmet rule at once',
        input({ participantStatus: 'PRE_ASSESSMENT', seat: null, hasCv: false, actionPlan: undefined }),
        ['KONFIRMASI-PESERTA', 'KONFIRMASI-PESERTA', 'KONFIRMASI-CV', 'KONFIRMASI-RTL'],
      ],
    ]),
  )('%s: %s', (_codes, _label, given, expected) => {
    expect(codesOf(checkConfirmation(given))).toEqual(expected);
  });
});
