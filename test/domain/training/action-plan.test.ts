import { describe, expect, it } from 'vitest';
import {
  checkActionPlan,
  fitsTerm,
  milestoneId,
  missingParts,
  weeksOf,
  type ActionPlan,
  type Milestone,
} from '../../../domain/training/action-plan';
import { codesOf, named, violationsOf } from '../shared/helpers';

const milestone = (overrides: Partial<Milestone> = {}): Milestone => ({
  term: 'PENDEK',
  activity: 'FGD Permasalahan Laporan Kegiatan Pengembangan',
  duration: { value: 2, unit: 'MINGGU' },
  output: 'Formulasi kesamaan persepsi kestandaran dokumen laporan',
  ...overrides,
});

/** The handbook's Pengawas example (Panduan Pusbang ASN BKN 2019, Rencana Tindak Lanjut 1.b-1.c). */
const plan = (overrides: Partial<ActionPlan> = {}): ActionPlan => ({
  title: 'Membuat Checklist Cluster Dokumen Laporan Kegiatan Pengembangan Kompetensi Kepegawaian',
  background: 'Membuat keseragaman dokumen kegiatan pengembangan',
  problem: 'Seringkali pembayaran honorarium terlambat',
  goal: 'Memudahkan dan menyamakan persepsi tentang kelengkapan dokumen administrasi keuangan',
  benefits: 'Pembayaran honorarium dilakukan tepat waktu; tertib administrasi',
  milestones: [
    milestone(),
    milestone({ activity: 'Penyusunan draft checklist laporan', duration: { value: 4, unit: 'MINGGU' } }),
    milestone({ term: 'MENENGAH', activity: 'Finalisasi laporan', duration: { value: 2, unit: 'MINGGU' } }),
    milestone({
      term: 'PANJANG',
      activity: 'Integrasi ke e-Pusbang',
      duration: { value: 4, unit: 'MINGGU' },
    }),
  ],
  ...overrides,
});

describe('checkActionPlan (Panduan Pusbang ASN BKN 2019, Rencana Tindak Lanjut)', () => {
  it('accepts the handbook example as printed', () => {
    expect(checkActionPlan(plan())).toEqual({ ok: true, value: plan() });
  });

  it.each(
    named<ActionPlan>([
      ['a blank title', plan({ title: ' ' }), ['RTL-ISIAN']],
      [
        'no background, problem, goal or benefits',
        plan({ background: '', problem: '', goal: '', benefits: '' }),
        ['RTL-ISIAN', 'RTL-ISIAN', 'RTL-ISIAN', 'RTL-ISIAN'],
      ],
      ['no milestone', plan({ milestones: [] }), ['RTL-LANGKAH-KERJA']],
      [
        'a milestone without output',
        plan({ milestones: [milestone({ output: '' })] }),
        ['RTL-LANGKAH-KERJA'],
      ],
      [
        'a short-term step of 4 months',
        plan({ milestones: [milestone({ duration: { value: 4, unit: 'BULAN' } })] }),
        ['RTL-JANGKA-WAKTU'],
      ],
      [
        'the Administrator example: 12 months in the long term',
        plan({ milestones: [milestone({ term: 'PANJANG', duration: { value: 12, unit: 'BULAN' } })] }),
        [],
      ],
    ]),
  )('%s: %s', (_codes, _label, given, expected) => {
    expect(codesOf(checkActionPlan(given))).toEqual(expected);
  });

  it('names the field of each violation under the given prefix', () => {
    const violations = violationsOf(
      checkActionPlan(plan({ goal: '', milestones: [milestone({ activity: '' })] }), 'rtl'),
    );
    expect(violations.map((v) => v.field)).toEqual(['rtl.goal', 'rtl.milestones.0.activity']);
  });
});

describe('fitsTerm: short ≤3, medium ≤6, long ≤12 months', () => {
  it.each([
    ['PENDEK', 3, 'BULAN', true],
    ['PENDEK', 4, 'BULAN', false],
    ['PENDEK', 13, 'MINGGU', true],
    ['PENDEK', 14, 'MINGGU', false],
    ['PENDEK', 91, 'HARI', true],
    ['PENDEK', 92, 'HARI', false],
    ['MENENGAH', 6, 'BULAN', true],
    ['MENENGAH', 7, 'BULAN', false],
    ['MENENGAH', 26, 'MINGGU', true],
    ['MENENGAH', 27, 'MINGGU', false],
    ['PANJANG', 12, 'BULAN', true],
    ['PANJANG', 52, 'MINGGU', true],
    ['PANJANG', 365, 'HARI', true],
    ['PANJANG', 366, 'HARI', false],
    ['PANJANG', 13, 'BULAN', false],
    ['PENDEK', 0, 'HARI', false],
  ] as const)('%s: %i %s fits = %s', (term, value, unit, fits) => {
    expect(fitsTerm({ value, unit }, term)).toBe(fits);
  });
});

const PARTICIPANT = '198503102010011002';
const identity = {
  name: 'Drs. AP',
  position: 'Kepala Subbidang',
  unit: 'Pusbang ASN BKN',
  phone: '0813 1234 5678',
};
const mentor = { nip: '197001011995031001', name: 'Dr. NH' };
/** The Pengawas example's timeline (1.d): 2 weeks, then 4, then 2, then 4. */
const timed = (weeks: readonly [number, number][]) =>
  plan().milestones.map((m, i) => ({ ...m, weeks: { from: weeks[i]![0], to: weeks[i]![1] } }));
const HANDBOOK_WEEKS: [number, number][] = [
  [1, 2],
  [3, 6],
  [14, 15],
  [27, 30],
];

describe('the form of 1.a and 1.d: identity, mentor, weekly timeline', () => {
  it('accepts the whole form: identity, mentor and the timeline of every step', () => {
    const whole = plan({ identity, mentor, milestones: timed(HANDBOOK_WEEKS) });
    expect(checkActionPlan(whole, 'actionPlan', PARTICIPANT)).toEqual({ ok: true, value: whole });
    expect(missingParts(whole)).toEqual([]);
  });

  it("accepts today's body without them, and says what is missing", () => {
    expect(checkActionPlan(plan()).ok).toBe(true);
    expect(missingParts(plan())).toEqual(['identity', 'mentor', 'timeline']);
    expect(missingParts(plan({ mentor }))).toEqual(['identity', 'timeline']);
  });

  it.each(
    named<ActionPlan>([
      [
        'identity without phone or e-mail',
        plan({ identity: { ...identity, phone: undefined } }),
        ['RTL-IDENTITAS'],
      ],
      [
        'identity with an e-mail only',
        plan({ identity: { ...identity, phone: undefined, email: 'ap@bkn.go.id' } }),
        [],
      ],
      [
        'identity with a blank position',
        plan({ identity: { ...identity, position: ' ' } }),
        ['RTL-IDENTITAS'],
      ],
      [
        'the participant as their own mentor',
        plan({ mentor: { nip: PARTICIPANT, name: 'Diri sendiri' } }),
        ['RTL-MENTOR'],
      ],
      ['a mentor without a name', plan({ mentor: { ...mentor, name: '' } }), ['RTL-MENTOR']],
      [
        'a timeline on some steps only',
        plan({ milestones: [...timed(HANDBOOK_WEEKS).slice(0, 3), plan().milestones[3]!] }),
        ['RTL-TIMELINE'],
      ],
      [
        '2 weeks drawn over 3',
        plan({ milestones: timed([[1, 3], ...HANDBOOK_WEEKS.slice(1)]) }),
        ['RTL-TIMELINE'],
      ],
      [
        '4 weeks drawn over 3',
        plan({ milestones: timed([HANDBOOK_WEEKS[0]!, [3, 5], ...HANDBOOK_WEEKS.slice(2)]) }),
        ['RTL-TIMELINE'],
      ],
      [
        'a short-term step ending in week 13, the last of 3 months',
        plan({ milestones: timed([[12, 13], ...HANDBOOK_WEEKS.slice(1)]) }),
        [],
      ],
      [
        'a short-term step ending in week 14, past 3 months',
        plan({ milestones: timed([[13, 14], ...HANDBOOK_WEEKS.slice(1)]) }),
        ['RTL-TIMELINE'],
      ],
      [
        'a medium-term step ending in week 26, and a long one in week 52',
        plan({ milestones: timed([...HANDBOOK_WEEKS.slice(0, 2), [25, 26], [49, 52]]) }),
        [],
      ],
      [
        'a medium-term step ending in week 27',
        plan({ milestones: timed([...HANDBOOK_WEEKS.slice(0, 2), [26, 27], HANDBOOK_WEEKS[3]!]) }),
        ['RTL-TIMELINE'],
      ],
      [
        'a step ending before it starts',
        plan({ milestones: timed([[2, 1], ...HANDBOOK_WEEKS.slice(1)]) }),
        ['RTL-TIMELINE'],
      ],
      [
        'a PENDEK step of 4 months with its timeline: refused by term and by timeline',
        plan({
          milestones: [
            { ...milestone({ duration: { value: 4, unit: 'BULAN' } }), weeks: { from: 1, to: 17 } },
          ],
        }),
        ['RTL-JANGKA-WAKTU', 'RTL-TIMELINE'],
      ],
    ]),
  )('%s: %s', (_codes, _label, given, expected) => {
    expect(codesOf(checkActionPlan(given, 'actionPlan', PARTICIPANT))).toEqual(expected);
  });
});

describe('weeksOf: a duration on the weekly timeline, rounded down or up', () => {
  it.each([
    [2, 'MINGGU', 2, 2],
    [3, 'HARI', 1, 1],
    [10, 'HARI', 1, 2],
    [1, 'BULAN', 4, 5],
    [4, 'BULAN', 17, 18],
    [12, 'BULAN', 52, 53],
  ] as const)('%i %s: %i-%i weeks', (value, unit, least, most) => {
    expect(weeksOf({ value, unit })).toEqual({ least, most });
  });

  it('milestone ids follow the plan order from M1', () => {
    expect([0, 1, 9].map(milestoneId)).toEqual(['M1', 'M2', 'M10']);
  });
});
