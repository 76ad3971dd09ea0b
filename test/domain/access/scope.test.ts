import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../../domain/access/roles';
import {
  mayActAsInstansiOfficial,
  mayActForHolder,
  mayActForInstansi,
  mayReadActionPlan,
  mayTestCohort,
  SCOPE_RULES,
  type Actor,
  type InstansiScope,
  type TeamSeat,
} from '../../../domain/access/scope';
import { codesOf, valueOf, violationsOf } from '../shared/helpers';

/** Instansi of every kind; the two Kanreg are I (Yogyakarta) and II (Surabaya). */
const PUSAT: InstansiScope = { code: 'BKN', kind: 'PUSAT', kanreg: null };
/** A central instansi whose record happens to carry a Kanreg: Kanreg still never acts for it. */
const PUSAT_WITH_KANREG: InstansiScope = { code: 'KEMENDAGRI', kind: 'PUSAT', kanreg: 'KANREG-I' };
const PROV_I: InstansiScope = { code: 'PROV-DIY', kind: 'PROVINSI', kanreg: 'KANREG-I' };
const KAB_I: InstansiScope = { code: 'KAB-SLEMAN', kind: 'KABUPATEN_KOTA', kanreg: 'KANREG-I' };
const KOTA_II: InstansiScope = { code: 'KOTA-SURABAYA', kind: 'KABUPATEN_KOTA', kanreg: 'KANREG-II' };
const PROV_NO_KANREG: InstansiScope = { code: 'PROV-BARU', kind: 'PROVINSI', kanreg: null };
const ALL = [PUSAT, PUSAT_WITH_KANREG, PROV_I, KAB_I, KOTA_II, PROV_NO_KANREG];

const SENDIRI = 'AKSES-INSTANSI-SENDIRI';
const WILAYAH = 'AKSES-KANREG-WILAYAH';

const rows: [string, Actor, InstansiScope, string[]][] = [
  // BKN's programme unit acts on every proposal.
  ...ALL.map((i): [string, Actor, InstansiScope, string[]] => [
    `admin-bkn for ${i.code} (${i.kind})`,
    { roles: ['admin-bkn'] },
    i,
    [],
  ]),
  // An instansi operator: its own instansi only, whatever its kind.
  [
    'instansi operator of BKN for its own instansi (PUSAT)',
    { roles: ['instansi'], instansi: 'BKN' },
    PUSAT,
    [],
  ],
  [
    'instansi operator of Sleman for its own instansi',
    { roles: ['instansi'], instansi: 'KAB-SLEMAN' },
    KAB_I,
    [],
  ],
  [
    'instansi operator of Sleman for another instansi of its Kanreg',
    { roles: ['instansi'], instansi: 'KAB-SLEMAN' },
    PROV_I,
    [SENDIRI],
  ],
  [
    'instansi operator of Sleman for a PUSAT instansi',
    { roles: ['instansi'], instansi: 'KAB-SLEMAN' },
    PUSAT,
    [SENDIRI],
  ],
  ['instansi operator without an instansi claim', { roles: ['instansi'] }, KAB_I, [SENDIRI]],
  [
    'instansi operator with only a matching kanreg claim',
    { roles: ['instansi'], kanreg: 'KANREG-I' },
    KAB_I,
    [SENDIRI],
  ],
  // A Kanreg operator: provinces and districts/cities of its own region.
  ['Kanreg I for a province of its region', { roles: ['kanreg'], kanreg: 'KANREG-I' }, PROV_I, []],
  ['Kanreg I for a district of its region', { roles: ['kanreg'], kanreg: 'KANREG-I' }, KAB_I, []],
  ['Kanreg I for a city of Kanreg II', { roles: ['kanreg'], kanreg: 'KANREG-I' }, KOTA_II, [WILAYAH]],
  [
    'Kanreg I for a PUSAT instansi without a Kanreg',
    { roles: ['kanreg'], kanreg: 'KANREG-I' },
    PUSAT,
    [WILAYAH],
  ],
  [
    'Kanreg I for a PUSAT instansi even when its kanreg field is KANREG-I',
    { roles: ['kanreg'], kanreg: 'KANREG-I' },
    PUSAT_WITH_KANREG,
    [WILAYAH],
  ],
  [
    'Kanreg I for a province with no Kanreg recorded',
    { roles: ['kanreg'], kanreg: 'KANREG-I' },
    PROV_NO_KANREG,
    [WILAYAH],
  ],
  [
    'kanreg operator without a kanreg claim, for a province with no Kanreg',
    { roles: ['kanreg'] },
    PROV_NO_KANREG,
    [WILAYAH],
  ],
  [
    'kanreg operator without a kanreg claim, for a province of Kanreg I',
    { roles: ['kanreg'] },
    PROV_I,
    [WILAYAH],
  ],
  [
    'kanreg operator with only a matching instansi claim',
    { roles: ['kanreg'], instansi: 'KAB-SLEMAN' },
    KAB_I,
    [WILAYAH],
  ],
  // Both roles: either one suffices; when neither does, both reasons are given.
  [
    'instansi + kanreg: own instansi outside its region',
    { roles: ['instansi', 'kanreg'], instansi: 'KOTA-SURABAYA', kanreg: 'KANREG-I' },
    KOTA_II,
    [],
  ],
  [
    'instansi + kanreg: foreign instansi inside its region',
    { roles: ['instansi', 'kanreg'], instansi: 'BKN', kanreg: 'KANREG-I' },
    KAB_I,
    [],
  ],
  [
    'instansi + kanreg: foreign instansi outside its region',
    { roles: ['instansi', 'kanreg'], instansi: 'BKN', kanreg: 'KANREG-I' },
    KOTA_II,
    [SENDIRI, WILAYAH],
  ],
  [
    'instansi + kanreg: foreign PUSAT instansi with a matching kanreg field',
    { roles: ['kanreg', 'instansi'], instansi: 'BKN', kanreg: 'KANREG-I' },
    PUSAT_WITH_KANREG,
    [SENDIRI, WILAYAH],
  ],
  // Roles that never act for an instansi, even with claims that would match.
  ...(['asesor', 'pakar', 'komite', 'peserta'] as const).map(
    (role): [string, Actor, InstansiScope, string[]] => [
      `${role} with matching instansi and kanreg claims`,
      { roles: [role], instansi: 'KAB-SLEMAN', kanreg: 'KANREG-I' },
      KAB_I,
      [SENDIRI],
    ],
  ),
  ['an actor with no role', { roles: [], instansi: 'KAB-SLEMAN', kanreg: 'KANREG-I' }, KAB_I, [SENDIRI]],
  ['admin-bkn who is also peserta', { roles: ['peserta', 'admin-bkn'] }, KOTA_II, []],
];

describe('mayActForInstansi (Perban BKN 7/2020 Pasal 11, 31(1))', () => {
  it.each(
    rows.map(
      ([label, actor, instansi, codes]) =>
        [codes.length > 0 ? codes.join(' + ') : 'allowed', label, actor, instansi, codes] as const,
    ),
  )('%s: %s', (_title, _label, actor, instansi, codes) => {
    const decision = mayActForInstansi(actor, instansi);
    expect(codesOf(decision)).toEqual(codes);
    if (codes.length === 0) {
      expect(valueOf(decision)).toBe(instansi);
    } else {
      for (const v of violationsOf(decision)) {
        expect(v.field).toBe('instansiCode');
        expect(v.article).toBe(SCOPE_RULES[v.code as keyof typeof SCOPE_RULES].article);
      }
    }
  });

  it.each([
    ['instansi', { roles: ['instansi'], instansi: 'BKN' }, 'Data ini milik instansi lain.'],
    [
      'kanreg',
      { roles: ['kanreg'], kanreg: 'KANREG-II' },
      'Instansi ini bukan pemerintah daerah di wilayah kerja Kanreg Anda.',
    ],
    ['asesor', { roles: ['asesor'] }, 'Peran Anda tidak bertindak untuk instansi.'],
  ] as const)('the refusal of a %s operator says why', (_role, actor, message) => {
    expect(violationsOf(mayActForInstansi(actor, KAB_I)).map((v) => v.message)).toEqual([message]);
  });

  const arbitraryActor = fc.record({
    roles: fc.subarray([...ROLES]),
    instansi: fc.option(fc.constantFrom('BKN', 'KEMENDAGRI', 'PROV-DIY', 'KAB-SLEMAN', 'KOTA-SURABAYA'), {
      nil: undefined,
    }),
    kanreg: fc.option(fc.constantFrom('KANREG-I', 'KANREG-II'), { nil: undefined }),
  });

  it('property: admin-bkn is always allowed, whatever its other roles and claims', () => {
    fc.assert(
      fc.property(arbitraryActor, fc.constantFrom(...ALL), (actor, instansi) => {
        const roles: Role[] = [...actor.roles.filter((r) => r !== 'admin-bkn'), 'admin-bkn'];
        expect(mayActForInstansi({ ...actor, roles }, instansi)).toEqual({ ok: true, value: instansi });
      }),
    );
  });

  it('property: an actor without the admin-bkn, instansi or kanreg role is always refused with AKSES-INSTANSI-SENDIRI', () => {
    fc.assert(
      fc.property(arbitraryActor, fc.constantFrom(...ALL), (actor, instansi) => {
        const roles = actor.roles.filter((r) => r !== 'admin-bkn' && r !== 'instansi' && r !== 'kanreg');
        expect(codesOf(mayActForInstansi({ ...actor, roles }, instansi))).toEqual([SENDIRI]);
      }),
    );
  });

  it('property: no Kanreg operator (without admin-bkn or instansi) ever acts for a PUSAT instansi', () => {
    fc.assert(
      fc.property(arbitraryActor, fc.constantFrom('KANREG-I', 'KANREG-II', null), (actor, kanreg) => {
        const roles = actor.roles.filter((r) => r !== 'admin-bkn' && r !== 'instansi');
        const decision = mayActForInstansi({ ...actor, roles }, { code: 'KEMENKEU', kind: 'PUSAT', kanreg });
        expect(decision.ok).toBe(false);
      }),
    );
  });
});

describe('mayActForHolder (Perban BKN 7/2020 Pasal 30(2)m, 31(1)a-b, 11)', () => {
  const NIP = '198503102010011002';
  const OTHER = '199002152015032001';
  const OF_SLEMAN = { nip: NIP, instansi: KAB_I };
  const PESERTA_SENDIRI = 'AKSES-PESERTA-SENDIRI';

  const rows: [string, Actor, string[]][] = [
    ['admin-bkn', { roles: ['admin-bkn'] }, []],
    ['the participant themself', { roles: ['peserta'], nip: NIP }, []],
    ['another participant', { roles: ['peserta'], nip: OTHER }, [PESERTA_SENDIRI]],
    ['a participant token without a NIP', { roles: ['peserta'] }, [PESERTA_SENDIRI]],
    ['the operator of the proposing instansi', { roles: ['instansi'], instansi: 'KAB-SLEMAN' }, []],
    ['the operator of another instansi', { roles: ['instansi'], instansi: 'PROV-DIY' }, [SENDIRI]],
    ['the Kanreg of the region', { roles: ['kanreg'], kanreg: 'KANREG-I' }, []],
    ['the Kanreg of another region', { roles: ['kanreg'], kanreg: 'KANREG-II' }, [WILAYAH]],
    [
      'another participant who is also an operator of another instansi: both rules named',
      { roles: ['peserta', 'instansi'], nip: OTHER, instansi: 'PROV-DIY' },
      [SENDIRI, PESERTA_SENDIRI],
    ],
    ['an assessor', { roles: ['asesor'] }, [PESERTA_SENDIRI]],
  ];

  it.each(
    rows.map(([label, actor, codes]) => [codes.join(' + ') || 'allowed', label, actor, codes] as const),
  )('%s: %s', (_title, _label, actor, codes) => {
    const decision = mayActForHolder(actor, OF_SLEMAN);
    expect(codesOf(decision)).toEqual(codes);
    if (codes.length === 0) expect(valueOf(decision)).toBe(OF_SLEMAN);
  });

  it('AKSES-PESERTA-SENDIRI cites its article and the NIP field', () => {
    const [v] = violationsOf(mayActForHolder({ roles: ['peserta'], nip: OTHER }, OF_SLEMAN));
    expect(v).toEqual({
      code: PESERTA_SENDIRI,
      article: SCOPE_RULES[PESERTA_SENDIRI].article,
      message: 'Peserta hanya dapat melihat dan mengisi datanya sendiri.',
      field: 'nip',
    });
  });
});

describe('mayTestCohort (Perban BKN 7/2020 Pasal 28-30)', () => {
  const TEAM = [
    { username: 'asesor.budi', role: 'asesor' as const },
    { username: 'pakar.sri', role: 'pakar' as const },
  ];

  it.each([
    ['an assessor on the team', { roles: ['asesor'], username: 'asesor.budi' }, 'asesor.budi'],
    ['an expert on the team', { roles: ['pakar'], username: 'pakar.sri' }, 'pakar.sri'],
  ] as const)('allows %s, giving their place on the team', (_case, actor, username) => {
    expect(valueOf(mayTestCohort({ ...actor, roles: [...actor.roles] }, TEAM)).username).toBe(username);
  });

  it.each([
    ['an assessor not on the team', { roles: ['asesor'], username: 'asesor.lain' }],
    ['an assessor listed as an expert only (wrong role)', { roles: ['asesor'], username: 'pakar.sri' }],
    ['a caller without a user name', { roles: ['asesor'] }],
    ['an empty team', { roles: ['asesor'], username: 'asesor.budi' }, [] as TeamSeat[]],
  ] as const)('AKSES-TIM-UJI: refuses %s', (_case, actor, team: readonly TeamSeat[] = TEAM) => {
    const decision = mayTestCohort({ ...actor, roles: [...actor.roles] }, team);
    expect(codesOf(decision)).toEqual(['AKSES-TIM-UJI']);
    expect(violationsOf(decision)[0]).toMatchObject({
      article: SCOPE_RULES['AKSES-TIM-UJI'].article,
      field: 'number',
    });
  });
});

describe('mayReadActionPlan (Panduan 2019, Rencana Tindak Lanjut 1.a; Monev)', () => {
  const NIP = '198503102010011002';
  const MENTOR = '197001011995031001';
  const OTHER = '199002152015032001';
  const HOLDER = { nip: NIP, instansi: KAB_I };

  it.each([
    ['admin-bkn reads every plan', { roles: ['admin-bkn'] }, MENTOR, 'OTHER', []],
    ['the participant reads their own', { roles: ['peserta'], nip: NIP }, MENTOR, 'PESERTA', []],
    ['their instansi reads it', { roles: ['instansi'], instansi: 'KAB-SLEMAN' }, MENTOR, 'OTHER', []],
    ['the mentor the plan names reads it', { roles: ['mentor'], nip: MENTOR }, MENTOR, 'MENTOR', []],
    ['AKSES-MENTOR: another mentor', { roles: ['mentor'], nip: OTHER }, MENTOR, null, ['AKSES-MENTOR']],
    [
      'AKSES-MENTOR: a plan naming no mentor',
      { roles: ['mentor'], nip: MENTOR },
      undefined,
      null,
      ['AKSES-MENTOR'],
    ],
    ['AKSES-MENTOR: a mentor token without a NIP', { roles: ['mentor'] }, MENTOR, null, ['AKSES-MENTOR']],
    [
      'another participant who is also a mentor elsewhere: both rules named',
      { roles: ['peserta', 'mentor'], nip: OTHER },
      MENTOR,
      null,
      ['AKSES-PESERTA-SENDIRI', 'AKSES-MENTOR'],
    ],
    ['another instansi', { roles: ['instansi'], instansi: 'PROV-DIY' }, MENTOR, null, [SENDIRI]],
  ] as const)('%s', (_label, actor, mentorNip, reader, codes) => {
    const decision = mayReadActionPlan(actor as Actor, HOLDER, mentorNip);
    expect(codesOf(decision)).toEqual(codes);
    if (reader) expect(valueOf(decision)).toBe(reader);
  });
});

describe('mayActAsInstansiOfficial (Perka BKN 11/2008: the officials of one instansi)', () => {
  it.each([
    ['the personnel official of the instansi', { roles: ['kepegawaian'], instansi: 'BKN' }, []],
    ['the PPK of the instansi', { roles: ['ppk'], instansi: 'BKN' }, []],
    ['a Baperjakat member of the instansi', { roles: ['baperjakat'], instansi: 'BKN' }, []],
    [
      'AKSES-PEJABAT-INSTANSI: the PPK of another instansi',
      { roles: ['ppk'], instansi: 'PROV-DIY' },
      ['AKSES-PEJABAT-INSTANSI'],
    ],
    [
      'AKSES-PEJABAT-INSTANSI: an official whose token names no instansi',
      { roles: ['baperjakat'] },
      ['AKSES-PEJABAT-INSTANSI'],
    ],
    ['a role the rule does not restrict', { roles: ['admin-bkn'] }, []],
  ] as const)('%s', (_label, actor, codes) => {
    expect(codesOf(mayActAsInstansiOfficial(actor as Actor, 'BKN'))).toEqual(codes);
  });
});
