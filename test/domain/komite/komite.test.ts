import { describe, expect, it } from 'vitest';
import {
  annualMeetings,
  checkDecree,
  checkMeeting,
  decreeInForce,
  type Decree,
  type MeetingInput,
} from '../../../domain/komite/komite';
import { codesOf, d, named, NIP_A, NIP_B, NIP_C, valueOf } from '../shared/helpers';

const TODAY = d('2020-06-30');
const decree = (o: Partial<Decree> = {}): Decree => ({
  decreeNumber: '123/KEP/2019',
  decreeDate: d('2019-03-01'),
  members: [
    { nip: NIP_A, name: 'Ketua Komite', role: 'KETUA' },
    { nip: NIP_B, name: 'Sekretaris Komite', role: 'SEKRETARIS' },
  ],
  ...o,
});

describe('the Komite’s membership (Perban BKN 7/2020 Pasal 6(4))', () => {
  it.each(
    named<Partial<Decree>>([
      ['one chair and a secretary, dated today', { decreeDate: TODAY }, []],
      ['dated tomorrow', { decreeDate: d('2020-07-01') }, ['KOMITE-SK-KEANGGOTAAN']],
      [
        'no chair',
        { members: [{ nip: NIP_B, name: 'Anggota', role: 'ANGGOTA' }] },
        ['KOMITE-SK-KEANGGOTAAN'],
      ],
      [
        'two chairs',
        {
          members: [
            { nip: NIP_A, name: 'Ketua Satu', role: 'KETUA' },
            { nip: NIP_B, name: 'Ketua Dua', role: 'KETUA' },
          ],
        },
        ['KOMITE-SK-KEANGGOTAAN'],
      ],
      [
        'a member listed twice',
        {
          members: [
            { nip: NIP_A, name: 'Ketua', role: 'KETUA' },
            { nip: NIP_A, name: 'Ketua lagi', role: 'ANGGOTA' },
          ],
        },
        ['KOMITE-SK-KEANGGOTAAN'],
      ],
    ]),
  )('%s: %s', (_title, _label, o, codes) => {
    expect(codesOf(checkDecree(decree(o), TODAY))).toEqual(codes);
  });

  it('the decree in force on a date is the latest dated on or before it', () => {
    const first = decree();
    const second = decree({ decreeNumber: '45/KEP/2020', decreeDate: d('2020-02-01') });
    expect(decreeInForce([first, second], d('2019-02-28'))).toBeUndefined();
    expect(decreeInForce([first, second], d('2020-01-31'))).toBe(first);
    expect(decreeInForce([first, second], d('2020-02-01'))).toBe(second);
  });
});

describe('the Komite’s meetings (Pasal 6(2)a, 6(3))', () => {
  const meeting = (o: Partial<MeetingInput> = {}): MeetingInput => ({
    heldOn: d('2019-11-20'),
    attendeeNips: [NIP_A, NIP_B],
    validations: [],
    ...o,
  });

  it('KOMITE-RAPAT-ANGGOTA: members in force attending: the decree is named', () => {
    expect(valueOf(checkMeeting(meeting(), [decree()], TODAY)).decreeNumber).toBe('123/KEP/2019');
  });

  it.each(
    named<Partial<MeetingInput>>([
      ['before any decree', { heldOn: d('2019-02-28') }, ['KOMITE-RAPAT-ANGGOTA']],
      ['held tomorrow', { heldOn: d('2020-07-01') }, ['KOMITE-RAPAT-ANGGOTA']],
      ['held today', { heldOn: TODAY }, []],
      ['a non-member attending', { attendeeNips: [NIP_A, NIP_C] }, ['KOMITE-RAPAT-ANGGOTA']],
      [
        'a validation on the holder’s monitoring',
        { validations: [{ nip: NIP_C, monitoring: [{ nip: NIP_C }], monev: [] }] },
        [],
      ],
      [
        'a validation on an answered Monev questionnaire',
        { validations: [{ nip: NIP_C, monitoring: [], monev: [{ answered: true }] }] },
        [],
      ],
      [
        'a validation on a Monev questionnaire not yet answered',
        { validations: [{ nip: NIP_C, monitoring: [], monev: [{ answered: false }] }] },
        ['KOMITE-VALIDASI-DASAR'],
      ],
      [
        'a validation on a Monev questionnaire no one has',
        { validations: [{ nip: NIP_C, monitoring: [{ nip: NIP_C }], monev: [undefined] }] },
        ['KOMITE-VALIDASI-DASAR'],
      ],
      [
        'a validation on nothing',
        { validations: [{ nip: NIP_C, monitoring: [], monev: [] }] },
        ['KOMITE-VALIDASI-DASAR'],
      ],
      [
        'a validation on another holder’s monitoring',
        { validations: [{ nip: NIP_C, monitoring: [{ nip: NIP_A }], monev: [] }] },
        ['KOMITE-VALIDASI-DASAR'],
      ],
      [
        'a validation on a record no one has',
        { validations: [{ nip: NIP_C, monitoring: [undefined], monev: [] }] },
        ['KOMITE-VALIDASI-DASAR'],
      ],
    ]),
  )('%s: %s', (_title, _label, o, codes) => {
    expect(codesOf(checkMeeting(meeting(o), [decree()], TODAY))).toEqual(codes);
  });

  it('KOMITE-RAPAT-ANGGOTA: a member only under a later decree may not attend an earlier meeting', () => {
    const later = decree({
      decreeNumber: '45/KEP/2020',
      decreeDate: d('2020-02-01'),
      members: [{ nip: NIP_C, name: 'Ketua Baru', role: 'KETUA' }],
    });
    expect(codesOf(checkMeeting(meeting({ attendeeNips: [NIP_C] }), [decree(), later], TODAY))).toEqual([
      'KOMITE-RAPAT-ANGGOTA',
    ]);
    expect(
      codesOf(
        checkMeeting(meeting({ heldOn: d('2020-03-01'), attendeeNips: [NIP_C] }), [decree(), later], TODAY),
      ),
    ).toEqual([]);
  });
});

describe('KOMITE-SIDANG-TAHUNAN: at least one meeting a year (Pasal 6(3))', () => {
  it.each([
    ['no decree: no Komite, no year', undefined, {}, '2021-06-30', [], []],
    [
      'met in the first year, this year not yet',
      '2019-03-01',
      { 2019: 1 },
      '2020-06-30',
      [
        { year: 2019, meetings: 1, status: 'BERSIDANG' },
        { year: 2020, meetings: 0, status: 'BELUM_BERSIDANG' },
      ],
      [],
    ],
    [
      'a past year without a meeting is flagged',
      '2019-03-01',
      { 2019: 2, 2021: 1 },
      '2021-12-31',
      [
        { year: 2019, meetings: 2, status: 'BERSIDANG' },
        { year: 2020, meetings: 0, status: 'TIDAK_BERSIDANG' },
        { year: 2021, meetings: 1, status: 'BERSIDANG' },
      ],
      ['2020'],
    ],
    [
      'the last day of a year without a meeting is still this year',
      '2019-03-01',
      {},
      '2019-12-31',
      [{ year: 2019, meetings: 0, status: 'BELUM_BERSIDANG' }],
      [],
    ],
    [
      'the first day of the next year flags it',
      '2019-03-01',
      {},
      '2020-01-01',
      [
        { year: 2019, meetings: 0, status: 'TIDAK_BERSIDANG' },
        { year: 2020, meetings: 0, status: 'BELUM_BERSIDANG' },
      ],
      ['2019'],
    ],
  ] as const)('%s', (_title, first, perYear, today, years, flagged) => {
    const counts = new Map(Object.entries(perYear).map(([year, n]) => [Number(year), n as number]));
    const report = annualMeetings(first && d(first), counts, d(today));
    expect(report.years).toEqual(years);
    expect(report.violations.map((v) => [v.code, v.field])).toEqual(
      flagged.map((y) => ['KOMITE-SIDANG-TAHUNAN', `years.${y}`]),
    );
  });
});
