import { describe, expect, it } from 'vitest';
import {
  allocationProblems,
  certifiedProblems,
  eLearningProblems,
  evidenceRequestProblems,
  ownSeatsProblems,
  pikGraduateProblems,
  refusalProblems,
  REQUIRED_REFUSALS,
  type ProgrammeSeats,
} from '../../tools/demo/regional-invariants';

/*
 * The demo's regional-programme invariants on crafted data: each holds on what the API answers when all is well
 * and names what broke when it does not, so `npm run demo` fails when one breaks.
 */

const NATIONAL = 'prg_nasional';
const REGIONAL = 'prg_daerah';

describe('proposed and determined per Kanreg within its allocation (Pasal 11a, f)', () => {
  it('holds when both are at most the allocation', () => {
    expect(allocationProblems([{ kanreg: 'III', allocated: 10, proposed: 10, determined: 8 }])).toEqual([]);
  });

  it('names a Kanreg that proposed or determined beyond it, and use without an allocation', () => {
    expect(
      allocationProblems([
        { kanreg: 'III', allocated: 10, proposed: 11, determined: 11 },
        { kanreg: 'II', proposed: 1, determined: 0 },
      ]),
    ).toEqual([
      'Kanreg III: 11 proposed, 10 allocated',
      'Kanreg III: 11 determined, 10 allocated',
      'Kanreg II has use without an allocation',
    ]);
    expect(allocationProblems([])).toEqual(['no Kanreg allocation in the regional programme']);
  });
});

describe('each programme’s cohorts hold only its own participants', () => {
  const seats = (programId: string, own: string[], seated: string[], capacity = 8): ProgrammeSeats => ({
    programId,
    own: new Set(own),
    cohorts: [{ number: 1, capacity, seated }],
  });

  it('holds when both programmes have a cohort 1 of their own people', () => {
    expect(
      ownSeatsProblems([seats(NATIONAL, ['a', 'b'], ['a', 'b']), seats(REGIONAL, ['c'], ['c'])]),
    ).toEqual([]);
  });

  it('names a seat given to another programme’s participant, a NIP seated in both, and an overfull cohort', () => {
    expect(
      ownSeatsProblems([seats(NATIONAL, ['a', 'b'], ['a', 'b']), seats(REGIONAL, ['c'], ['c', 'a'], 1)]),
    ).toEqual([
      `${REGIONAL} cohort 1: 2 seated, capacity 1`,
      `a sits in ${REGIONAL} cohort 1 but was set elsewhere`,
      `a sits in both ${NATIONAL} and ${REGIONAL}`,
    ]);
  });
});

describe('the Perban BKN 7/2020 gates refused what the demo tried', () => {
  const refused = REQUIRED_REFUSALS.map((code) => ({ tried: code, nip: 'x', expected: code, got: code }));

  it('holds when each required refusal was provoked and answered with its code', () => {
    expect(refusalProblems(refused)).toEqual([]);
  });

  it('names an attempt accepted or refused otherwise, and a gate never tried', () => {
    expect(refusalProblems([{ ...refused[0]!, got: '201 ' }, ...refused.slice(1, 3)])).toEqual([
      'nothing tried that ELEARNING-RESUME-LENGKAP refuses',
      'PENGARAHAN-WAJIB (x): expected PENGARAHAN-WAJIB, got 201 ',
    ]);
  });
});

describe('the result session waited for the additional evidence (Pasal 25b)', () => {
  it('holds when the one request was answered and the attempt then decided', () => {
    expect(evidenceRequestProblems([{ nip: 'x', states: ['TERPENUHI'], outcome: 'KOMPETEN' }])).toEqual([]);
  });

  it('names a request still awaited or never decided on, and a run that asked for none', () => {
    expect(evidenceRequestProblems([{ nip: 'x', states: ['MENUNGGU'] }])).toEqual([
      'evidence request of x: MENUNGGU, expected one TERPENUHI',
      'x decided never after the evidence came',
    ]);
    expect(evidenceRequestProblems([])).toEqual(['no additional evidence was asked for']);
  });
});

describe('3 JP of e-learning only with every module’s resume', () => {
  it('holds when the one who left a resume out has none and everyone else has 3', () => {
    expect(
      eLearningProblems([
        { nip: 'a', jp: 3 },
        { nip: 'b', jp: 0, missingResume: 'MOD-ADM-05' },
      ]),
    ).toEqual([]);
  });

  it('names 3 JP without every resume, none with them, and a run where nobody left one out', () => {
    expect(
      eLearningProblems([
        { nip: 'a', jp: 0 },
        { nip: 'b', jp: 3, missingResume: 'MOD-ADM-05' },
      ]),
    ).toEqual([
      'a: 0 JP of e-learning, resume all missing',
      'b: 3 JP of e-learning, resume MOD-ADM-05 missing',
    ]);
    expect(eLearningProblems([{ nip: 'a', jp: 3 }])).toEqual(['nobody left a resume out']);
  });
});

describe('every participant found competent certified', () => {
  it('holds when exactly the competent hold a certificate in force', () => {
    expect(
      certifiedProblems([
        { nip: 'a', outcome: 'KOMPETEN', competency: ['AKTIF'] },
        { nip: 'b', outcome: 'BELUM_KOMPETEN', competency: [] },
      ]),
    ).toEqual([]);
  });

  it('names the competent without one and anyone else with one', () => {
    expect(
      certifiedProblems([
        { nip: 'a', outcome: 'KOMPETEN', competency: [] },
        { nip: 'b', competency: ['AKTIF'] },
      ]),
    ).toEqual(['a: KOMPETEN, certificates none', 'b: not decided, certificates AKTIF']);
  });
});

describe('the PIK graduate tested directly and certified, without training (Pasal 23)', () => {
  const graduate = {
    nip: 'x',
    entry: 'UJI_LANGSUNG_PIK',
    classroomDays: 0,
    eLearningJp: 0,
    competency: ['AKTIF'],
  };

  it('holds for a direct entry with no training recorded and a certificate in force', () => {
    expect(pikGraduateProblems([graduate])).toEqual([]);
  });

  it('names another entry, training recorded, no certificate, and a run without a graduate', () => {
    expect(
      pikGraduateProblems([{ ...graduate, entry: undefined, classroomDays: 2, competency: ['DICABUT'] }]),
    ).toEqual([
      'x entered as nothing',
      'x has training recorded: 2 days, 0 JP of e-learning',
      'x holds no certificate in force',
    ]);
    expect(pikGraduateProblems([])).toEqual(['no PIK graduate in the regional programme']);
  });
});
