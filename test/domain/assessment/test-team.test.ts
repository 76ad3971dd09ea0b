import { describe, expect, it } from 'vitest';
import {
  checkTeamAmendment,
  checkTestTeam,
  decreeServing,
  expertRankReaches,
  decreeTeamViolations,
  mayAssignOneByOne,
  mayTestOn,
  sizeAtUse,
  type FormedTeam,
  type TeamRole,
  type TestTeamPlan,
} from '../../../domain/assessment/test-team';
import type { IsoDate } from '../../../domain/shared/dates';

const d = (s: string) => s as IsoDate;

const PLAN: TestTeamPlan = {
  decree: { date: d('2027-07-01') },
  period: { from: d('2027-07-10'), to: d('2027-07-31') },
  difficulty: 'SEDANG',
  members: [
    { username: 'asesor.budi', role: 'asesor', leader: true },
    { username: 'asesor.rina', role: 'asesor', leader: false },
    { username: 'admin.tim', role: 'pengelola-administrasi', leader: false },
  ],
  cohorts: [{ number: 1, testDay: d('2027-07-20'), participants: 24, team: [] }],
  ratio: { RENDAH: 15, SEDANG: 12, TINGGI: 8 },
  today: d('2027-07-01'),
};

const codesOf = (plan: TestTeamPlan) => {
  const verdict = checkTestTeam(plan);
  return verdict.ok ? [] : verdict.violations.map((v) => v.code);
};

describe('checkTestTeam (Perban BKN 7/2020 Pasal 19(2)-(5))', () => {
  it('accepts a team of two assessors, staff and one leader for 24 participants at 12 per assessor', () => {
    expect(checkTestTeam(PLAN)).toEqual({
      ok: true,
      value: { participants: 24, assessors: 2, assessorsNeeded: 2, participantsPerAssessor: 12 },
    });
  });

  it.each([
    ['24 participants at SEDANG need 2 assessors: 25 need 3', { participants: 25 }, ['TIM-UJI-UKURAN']],
    ['TINGGI (8 per assessor) needs 3 for 24', { difficulty: 'TINGGI' as const }, ['TIM-UJI-UKURAN']],
    ['RENDAH (15 per assessor) needs 2 for 24', { difficulty: 'RENDAH' as const }, []],
  ])('TIM-UJI-UKURAN: %s', (_name, change, expected) => {
    const { participants, difficulty } = change as {
      participants?: number;
      difficulty?: 'TINGGI' | 'RENDAH';
    };
    const plan: TestTeamPlan = {
      ...PLAN,
      ...(difficulty ? { difficulty } : {}),
      cohorts: [{ ...PLAN.cohorts[0]!, participants: participants ?? 24 }],
    };
    expect(codesOf(plan)).toEqual(expected);
  });

  it('TIM-UJI-UKURAN: counts the participants of every cohort the team serves', () => {
    const two = { ...PLAN.cohorts[0]!, number: 2, participants: 1 };
    expect(codesOf({ ...PLAN, cohorts: [...PLAN.cohorts, two] })).toEqual(['TIM-UJI-UKURAN']);
  });

  it('TIM-UJI-UKURAN: the size cannot be checked before BKN sets the ratio', () => {
    const verdict = checkTestTeam({ ...PLAN, ratio: undefined });
    expect(verdict.ok ? [] : verdict.violations.map((v) => [v.code, v.message])).toEqual([
      ['TIM-UJI-UKURAN', 'BKN belum menetapkan rasio peserta per asesor; ukuran tim tidak dapat diperiksa.'],
    ]);
  });

  it.each([
    ['signed today', '2027-07-01', []],
    ['dated tomorrow', '2027-07-02', ['TIM-UJI-SK']],
  ])('TIM-UJI-SK: a decree %s', (_name, date, expected) => {
    expect(codesOf({ ...PLAN, decree: { date: d(date) } })).toEqual(expected);
  });

  it.each([
    ['on its first day', '2027-07-10', []],
    ['on its last day', '2027-07-31', []],
    ['the day before it', '2027-07-09', ['TIM-UJI-PERIODE']],
    ['the day after it', '2027-08-01', ['TIM-UJI-PERIODE']],
  ])('TIM-UJI-PERIODE: a cohort tested %s', (_name, testDay, expected) => {
    expect(codesOf({ ...PLAN, cohorts: [{ ...PLAN.cohorts[0]!, testDay: d(testDay) }] })).toEqual(expected);
  });

  it('TIM-UJI-PERIODE: a period ending before it starts', () => {
    const period = { from: d('2027-07-21'), to: d('2027-07-20') };
    expect(codesOf({ ...PLAN, period })).toEqual(['TIM-UJI-PERIODE', 'TIM-UJI-PERIODE']);
  });

  it.each([
    [
      'no assessor, no staff, no leader',
      [{ username: 'pakar.sri', role: 'pakar' as const, leader: false }],
      ['TIM-UJI-SUSUNAN', 'TIM-UJI-SUSUNAN', 'TIM-UJI-SUSUNAN', 'TIM-UJI-UKURAN'],
    ],
    ['two leaders', PLAN.members.map((m) => ({ ...m, leader: m.role === 'asesor' })), ['TIM-UJI-SUSUNAN']],
    [
      'staff as leader',
      PLAN.members.map((m) => ({ ...m, leader: m.role === 'pengelola-administrasi' })),
      ['TIM-UJI-SUSUNAN'],
    ],
    ['one member twice', [...PLAN.members, PLAN.members[1]!], ['TIM-UJI-SUSUNAN']],
  ])('TIM-UJI-SUSUNAN: %s', (_name, members, expected) => {
    expect(codesOf({ ...PLAN, members })).toEqual(expected);
  });

  it.each([
    ['members assigned one by one', [{}], 'sudah memiliki 1 anggota tim yang ditugaskan satu per satu'],
    ['another decree', [{ teamId: 'tim_1' }], 'sudah dilayani tim uji berdasarkan keputusan lain'],
  ])('TIM-UJI-KEPUTUSAN: a cohort with %s', (_name, team, message) => {
    const verdict = checkTestTeam({ ...PLAN, cohorts: [{ ...PLAN.cohorts[0]!, team }] });
    expect(verdict.ok ? [] : verdict.violations.map((v) => v.code)).toEqual(['TIM-UJI-KEPUTUSAN']);
    expect(verdict.ok ? '' : verdict.violations[0]!.message).toContain(message);
  });
});

describe('mayAssignOneByOne (Pasal 19(2), 37)', () => {
  const before = d('2019-05-07');
  it.each([
    ['an empty team', [], true],
    ['members assigned one by one', [{}, {}], true],
    ['a member placed by decree', [{}, { teamId: 'tim_1' }], false],
  ])('TIM-UJI-KEPUTUSAN: %s', (_name, team, ok) => {
    expect(mayAssignOneByOne(team, before).ok).toBe(ok);
  });

  it.each([
    ['2019-05-07', []],
    ['2020-04-13', []],
    ['2020-04-14', ['TIM-UJI-SK-WAJIB']],
    ['2027-07-31', ['TIM-UJI-SK-WAJIB']],
  ])('TIM-UJI-SK-WAJIB: a session tested on %s', (testDay, expected) => {
    const verdict = mayAssignOneByOne([], d(testDay));
    expect(verdict.ok ? [] : verdict.violations.map((v) => v.code)).toEqual(expected);
  });

  it('TIM-UJI-SK-WAJIB and TIM-UJI-KEPUTUSAN: a decree-served session after the Perban gives both reasons', () => {
    const verdict = mayAssignOneByOne([{ teamId: 'tim_1' }], d('2020-04-14'));
    expect(verdict.ok ? [] : verdict.violations.map((v) => v.code)).toEqual([
      'TIM-UJI-KEPUTUSAN',
      'TIM-UJI-SK-WAJIB',
    ]);
    expect(verdict.ok ? '' : verdict.violations[1]!.message).toContain('Pasal 19(2)');
  });
});

describe('decreeTeamViolations (Pasal 19(2), 37)', () => {
  it.each([
    ['2020-04-13', []],
    ['2020-04-14', ['TIM-UJI-SK-WAJIB']],
  ])('TIM-UJI-SK-WAJIB: a member outside a decree testing on %s', (testDay, expected) => {
    expect(decreeTeamViolations(d(testDay)).map((v) => v.code)).toEqual(expected);
  });
});

describe('mayTestOn (Pasal 19(5))', () => {
  const period = { from: d('2027-07-10'), to: d('2027-07-31') };
  it.each([
    ['no period (assigned one by one)', undefined, '2030-01-01', true],
    ['its first day', period, '2027-07-10', true],
    ['its last day', period, '2027-07-31', true],
    ['the day after', period, '2027-08-01', false],
    ['the day before', period, '2027-07-09', false],
  ])('TIM-UJI-MASA-TUGAS: %s', (_name, p, today, ok) => {
    const verdict = mayTestOn(p, d(today));
    expect(verdict.ok).toBe(ok);
    if (!verdict.ok) expect(verdict.violations[0]!.code).toBe('TIM-UJI-MASA-TUGAS');
  });
});

describe('expertRankReaches (Pasal 19(6))', () => {
  it.each([
    ['an expert who only advises', { assesses: false }, 'IV/a', []],
    ['an assessing expert of the same rank', { assesses: true, golongan: 'III/d' as const }, 'III/d', []],
    [
      'an assessing expert one rank below',
      { assesses: true, golongan: 'III/c' as const },
      'III/d',
      ['TIM-UJI-PANGKAT-SETARA'],
    ],
    ['an assessing expert with no rank', { assesses: true }, 'III/a', ['TIM-UJI-PANGKAT-SETARA']],
  ])('TIM-UJI-PANGKAT-SETARA: %s', (_name, expert, participant, expected) => {
    expect(expertRankReaches(expert, participant as 'III/d').map((v) => v.code)).toEqual(expected);
  });
});

describe('TIM-UJI-UKURAN when the team is used: a cohort whose participants grew (Pasal 19(3))', () => {
  // Two assessors at 12 per assessor: formed for 20 and 4 participants, room for 24.
  const team: Omit<FormedTeam, 'members'> & { members: { username: string; role: TeamRole }[] } = {
    difficulty: 'SEDANG',
    participantsPerAssessor: 12,
    cohorts: [
      { programId: 'prg_a', number: 1, participants: 20 },
      { programId: 'prg_a', number: 2, participants: 4 },
    ],
    members: [
      { username: 'asesor.budi', role: 'asesor' },
      { username: 'asesor.rina', role: 'asesor' },
      { username: 'admin.tim', role: 'pengelola-administrasi' },
    ],
  };
  it.each<[number, number, boolean]>([
    [1, 19, true],
    [1, 20, true],
    [2, 4, true],
    [2, 5, false],
    [1, 21, false],
    [3, 99, true],
  ])('cohort %i with %i participants now: the team still fits = %s', (number, participants, fits) => {
    const found = sizeAtUse(team, { programId: 'prg_a', number, participants });
    expect(found.map((v) => v.code)).toEqual(fits ? [] : ['TIM-UJI-UKURAN']);
  });

  it('says how many it has grown by and how many assessors the team needs', () => {
    const [found] = sizeAtUse(team, { programId: 'prg_a', number: 1, participants: 25 });
    expect(found!.message).toContain('bertambah dari 20 menjadi 25');
    expect(found!.message).toContain('paling sedikit 3 asesor; tim memiliki 2');
  });

  it('the amending decree: a signed decree, new members only, the team then large enough for every cohort now', () => {
    const amendment = {
      decree: { date: d('2027-07-15') },
      members: [{ username: 'asesor.joko', role: 'asesor' as const }],
      cohorts: [
        { programId: 'prg_a', number: 1, participants: 25 },
        { programId: 'prg_a', number: 2, participants: 4 },
      ],
      today: d('2027-07-15'),
    };
    expect(checkTeamAmendment(team, amendment)).toEqual({
      ok: true,
      value: { participants: 29, assessors: 3, assessorsNeeded: 3, participantsPerAssessor: 12 },
    });
    const refused = checkTeamAmendment(team, {
      ...amendment,
      decree: { date: d('2027-07-16') },
      members: [{ username: 'asesor.rina', role: 'asesor' }],
    });
    expect(refused.ok ? [] : refused.violations.map((v) => v.code)).toEqual([
      'TIM-UJI-SK',
      'TIM-UJI-SUSUNAN',
      'TIM-UJI-UKURAN',
    ]);
  });

  it('names the decree serving a cohort from its team members; none for members assigned one by one', () => {
    expect(decreeServing([{}, { teamId: 'tim_1' }])).toBe('tim_1');
    expect(decreeServing([{}])).toBeUndefined();
  });
});
