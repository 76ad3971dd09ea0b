import { describe, expect, it } from 'vitest';
import {
  BRIEFING_REQUIRED_FROM,
  checkAttendees,
  checkBriefed,
  checkBriefing,
  type BriefedCohort,
  type BriefingPlan,
} from '../../../domain/assessment/briefing';
import { codesOf, d } from '../shared/helpers';

const plan = (o: Partial<BriefingPlan> = {}): BriefingPlan => ({
  heldOn: d('2021-03-01'),
  official: { level: 'JPT_PRATAMA', designation: null },
  withKanreg: null,
  ...o,
});
const cohort = (o: Partial<BriefedCohort> = {}): BriefedCohort => ({
  endDate: d('2021-03-02'),
  testRegion: 'PUSAT',
  ...o,
});
const TODAY = d('2021-03-01');

describe('programme briefing (Perban BKN 7/2020 Pasal 33)', () => {
  it('a briefing by a JPT Pratama official of BKN, held on the test day, is recorded', () => {
    expect(checkBriefing(plan(), cohort(), TODAY).ok).toBe(true);
  });

  it.each(['JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA'] as const)(
    'PENGARAHAN-PEJABAT: %s briefs on their own authority',
    (level) => {
      expect(checkBriefing(plan({ official: { level, designation: null } }), cohort(), TODAY).ok).toBe(true);
    },
  );

  it.each(['ADMINISTRATOR', 'PENGAWAS', 'LAINNYA'] as const)(
    'PENGARAHAN-PEJABAT: %s without a designation letter is refused, with one accepted',
    (level) => {
      expect(
        codesOf(checkBriefing(plan({ official: { level, designation: null } }), cohort(), TODAY)),
      ).toEqual(['PENGARAHAN-PEJABAT']);
      const designated = { letterNumber: 'ST-12/PUSBANG/2021', issuedOn: d('2021-03-01') };
      expect(checkBriefing(plan({ official: { level, designation: designated } }), cohort(), TODAY).ok).toBe(
        true,
      );
    },
  );

  it('PENGARAHAN-PEJABAT: a designation dated after the briefing is refused (one day after, boundary)', () => {
    const late = {
      level: 'ADMINISTRATOR' as const,
      designation: { letterNumber: 'ST-1', issuedOn: d('2021-03-02') },
    };
    expect(codesOf(checkBriefing(plan({ official: late }), cohort(), TODAY))).toEqual(['PENGARAHAN-PEJABAT']);
  });

  it.each([
    ['V', 'V', true],
    ['V', 'III', false],
    ['V', 'PUSAT', false],
    ['V', null, false],
  ] as const)(
    'PENGARAHAN-PENYELENGGARA: with Kanreg %s, the test held in %s -> allowed %s',
    (kanreg, region, allowed) => {
      const decision = checkBriefing(plan({ withKanreg: kanreg }), cohort({ testRegion: region }), TODAY);
      expect(decision.ok ? [] : codesOf(decision)).toEqual(allowed ? [] : ['PENGARAHAN-PENYELENGGARA']);
    },
  );

  it('PENGARAHAN-PENYELENGGARA: BKN alone may brief wherever the test is held', () => {
    expect(checkBriefing(plan(), cohort({ testRegion: 'V' }), TODAY).ok).toBe(true);
  });

  it.each([
    ['2021-03-02', '2021-03-02', []],
    ['2021-03-03', '2021-03-03', ['PENGARAHAN-SEBELUM-UJI']],
    ['2021-03-02', '2021-03-01', ['PENGARAHAN-SEBELUM-UJI']],
  ])('PENGARAHAN-SEBELUM-UJI: held %s, today %s (cohort ends 2021-03-02) -> %j', (heldOn, today, codes) => {
    const decision = checkBriefing(plan({ heldOn: d(heldOn) }), cohort(), d(today));
    expect(decision.ok ? [] : codesOf(decision)).toEqual(codes);
  });

  it('every unmet rule is reported, not the first only', () => {
    const decision = checkBriefing(
      plan({ heldOn: d('2021-03-05'), official: { level: 'PENGAWAS', designation: null }, withKanreg: 'V' }),
      cohort(),
      TODAY,
    );
    expect(codesOf(decision)).toEqual([
      'PENGARAHAN-PEJABAT',
      'PENGARAHAN-PENYELENGGARA',
      'PENGARAHAN-SEBELUM-UJI',
      'PENGARAHAN-SEBELUM-UJI',
    ]);
  });

  it('PENGARAHAN-PESERTA-LAYAK: every NIP not set and seated in the cohort is refused, by position', () => {
    const refused = checkAttendees([
      { nip: '1', seatedHere: true },
      { nip: '2', seatedHere: false },
      { nip: '3', seatedHere: false },
    ]);
    expect(refused.map((v) => [v.code, v.field])).toEqual([
      ['PENGARAHAN-PESERTA-LAYAK', 'attendees.1.nip'],
      ['PENGARAHAN-PESERTA-LAYAK', 'attendees.2.nip'],
    ]);
  });

  it.each([
    [BRIEFING_REQUIRED_FROM, true, true],
    [BRIEFING_REQUIRED_FROM, null, false],
    [BRIEFING_REQUIRED_FROM, false, false],
    ['2020-04-13', null, true],
    ['2019-08-19', false, true],
  ] as const)(
    'PENGARAHAN-WAJIB: own session starting %s, attended %s -> may be tested %s',
    (start, attended, testable) => {
      const decision = checkBriefed({ nip: '198503102010011002', ownSessionStart: d(start), attended });
      expect(decision.ok ? [] : codesOf(decision)).toEqual(testable ? [] : ['PENGARAHAN-WAJIB']);
    },
  );
});
