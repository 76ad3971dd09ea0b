import { describe, expect, it } from 'vitest';
import {
  checkActionPlan,
  fitsTerm,
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
