import { describe, expect, it } from 'vitest';
import type { StructuralCandidate, Tpk, Upk } from '../../events/api/structural';
import type { StructuralNotice } from '../../events/api/structural-notice';
import type { StructuralReport } from '../../events/api/structural-report';
import type { StructuralPosition } from '../../events/api/structural-standards';
import {
  accountingProblems,
  determinedFirstProblems,
  earlierNominationProblems,
  expiryProblems,
  handoverProblems,
  isolationProblems,
  nominationNumberProblems,
  noticeProblems,
  overlappingNominationProblems,
  refusalProblems,
  reportProblems,
  planProblems,
  teamProblems,
  tpkAssessmentCenterProblems,
} from '../../tools/demo/structural-invariants';
import type { RefusedRenomination } from '../../tools/demo/structural-scenario';

/*
 * The demo's structural-scenario invariants (Perka BKN 11/2008) on crafted data: each holds on what the API
 * answers when all is well and names what broke when it does not, so `npm run demo` fails when one breaks.
 */

const PPK = 'ppk.kl002';
const NIP = '197803012003031001';
const PSYCHOLOGIST = '196805011994031001';
const independence = { declared: true, declaredOn: '2025-01-15', statement: 'Saya independen.' };
const at = (date: string) => `${date}T02:00:00.000Z`;

const tpk = (size = 5, psychologists = 2, o: Partial<Tpk> = {}): Tpk => ({
  id: 'tpk_1',
  instansiCode: 'KL002',
  decreeNumber: '821/KL002/TPK/2025',
  decreeDate: '2025-01-15',
  name: 'Tim Penilaian Kompetensi',
  members: Array.from({ length: size }, (_, i) => ({
    nip: i === 0 ? PSYCHOLOGIST : `19680501199403100${i + 1}`,
    name: `Assessor ${i + 1}`,
    isPsychologist: i < psychologists,
    independence,
  })),
  methods: ['PSIKOMETRI', 'WAWANCARA_KOMPETENSI', 'ANALISIS_KASUS'],
  recorded: { by: PPK, at: at('2025-01-15') },
  ...o,
});
const upk: Upk = {
  id: 'upk_1',
  instansiCode: 'KL002',
  name: 'UPK Badan Kepegawaian Negara (fasilitasi)',
  basis: { kind: 'FASILITASI_BKN', letterNumber: 'B-101/KP.05/SD/K/2025', date: '2025-01-08' },
  independence: { ...independence, declaredOn: '2025-01-13' },
  recorded: { by: 'kepegawaian.kl002', at: at('2025-01-13') },
};

type Plan = NonNullable<StructuralCandidate['plan']>;
const plan = (o: Partial<Plan> = {}): Plan => ({
  methods: ['PSIKOMETRI', 'WAWANCARA_KOMPETENSI', 'ANALISIS_KASUS'],
  startDate: '2025-03-10',
  durationDays: 1,
  psychologist: { nip: PSYCHOLOGIST, name: 'Assessor 1', isPsychologist: true },
  documents: [
    { kind: 'STANDAR_KOMPETENSI_JABATAN', positionCode: 'ESLIII-01', version: 1 },
    { kind: 'BIODATA', title: 'Biodata', reference: `SIASN ${NIP}` },
  ],
  by: 'kepegawaian.kl002',
  at: at('2025-02-24'),
  ...o,
});
/** An echelon III candidate the PPK determined for a TPK, handed to it and planned, each in turn. */
const candidate = (o: Partial<StructuralCandidate> = {}, echelon: 'II' | 'III' | 'IV' = 'III') =>
  ({
    instansiCode: 'KL002',
    nip: NIP,
    name: 'Budi Santoso',
    position: 'Kepala Subbidang Mutasi',
    workUnit: 'Biro Sumber Daya Manusia',
    selection: {
      administrative: { passed: true, date: '2025-02-03' },
      substance: { passed: true, date: '2025-02-04' },
    },
    status: 'DITETAPKAN',
    recorded: { by: 'kepegawaian.kl002', at: at('2025-02-05') },
    proposal: {
      letterNumber: '800/KL002/1/BKPSDM/2025',
      letterDate: '2025-02-10',
      by: 'kepegawaian.kl002',
      at: at('2025-02-10'),
    },
    determination: {
      decision: 'DITETAPKAN',
      decreeNumber: '821/KL002/01/KEP/2025',
      decreeDate: '2025-02-17',
      positionCode: 'ESLIII-01',
      position: { title: 'Kepala Bidang Mutasi', unit: 'Kementerian' },
      echelon,
      assessedBy: 'TPK',
      by: PPK,
      at: at('2025-02-17'),
    },
    handover: {
      assessor: 'TPK',
      unitId: 'tpk_1',
      unitName: 'Tim Penilaian Kompetensi',
      by: 'kepegawaian.kl002',
      at: at('2025-02-19'),
    },
    plan: plan(),
    ...o,
  }) as StructuralCandidate;
/** An echelon II candidate assessed by a UPK with the assessment center. */
const byUpk = (o: Partial<Plan> = {}) => {
  const c = candidate({}, 'II');
  return {
    ...c,
    determination: { ...c.determination!, assessedBy: 'UPK' },
    handover: { ...c.handover!, assessor: 'UPK', unitId: 'upk_1' },
    plan: plan({ methods: ['ASSESSMENT_CENTER', 'PSIKOMETRI'], durationDays: 2, ...o }),
  } as StructuralCandidate;
};

describe('every candidate handed to a UPK or TPK was proposed, then determined by the PPK first', () => {
  it('holds when each step follows the one before and the PPK determined; a candidate not handed over is left alone', () => {
    const declined = candidate({ status: 'TIDAK_DITETAPKAN', handover: undefined, plan: undefined });
    expect(determinedFirstProblems([candidate(), declined], PPK)).toEqual([]);
  });

  it('fails on an assessment of a candidate not determined, one determined by someone else, steps out of order or skipped', () => {
    const c = candidate();
    expect(
      determinedFirstProblems(
        [
          candidate({ status: 'DIUSULKAN', determination: undefined }),
          candidate({ determination: { ...c.determination!, by: 'kepegawaian.kl002' } }),
          candidate({ handover: { ...c.handover!, at: at('2025-02-16') } }),
          candidate({ proposal: undefined }),
        ],
        PPK,
      ),
    ).toEqual([
      `${NIP}: assessment started, but the candidate is DIUSULKAN`,
      `${NIP}: determined by kepegawaian.kl002, not by the PPK ${PPK}`,
      `${NIP}: handed over (2025-02-16T02:00:00.000Z) before determined (2025-02-17T02:00:00.000Z)`,
      `${NIP}: never proposed`,
    ]);
  });
});

describe('every TPK has at least 5 assessors, 2 psychologists, an odd number above 5, formed by the PPK, independent, without assessment center', () => {
  it('holds for 5 assessors with 2 psychologists and for 7 with 3', () => {
    expect(teamProblems([tpk(5, 2), tpk(7, 3)], PPK)).toEqual([]);
  });

  it('fails on 6 assessors, 4 with 1 psychologist, a team not formed by the PPK, an undeclared member, the assessment center', () => {
    const undeclared = tpk();
    undeclared.members[4] = { ...undeclared.members[4]!, independence: { ...independence, declared: false } };
    const problems = teamProblems(
      [
        tpk(6, 2),
        tpk(4, 1),
        tpk(5, 2, { recorded: { by: 'kepegawaian.kl002', at: at('2025-01-15') } }),
        undeclared,
        tpk(5, 2, { methods: ['ASSESSMENT_CENTER'] }),
      ],
      PPK,
    );
    expect(problems.map((p) => p.split(' ').slice(0, 2).join(' '))).toEqual([
      'tpk_1: TPK-GANJIL',
      'tpk_1: TPK-MIN-5-ASESOR',
      'tpk_1: TPK-MIN-2-PSIKOLOG',
      'tpk_1: TPK-DITETAPKAN-PPK',
      `tpk_1: ${undeclared.members[4]!.nip}`,
      'tpk_1: names',
    ]);
  });
});

describe('every assessment handed to a UPK or TPK of its instansi, of the kind the PPK determined, independent of the candidate', () => {
  it('holds for a TPK and a UPK of the instansi as determined', () => {
    expect(handoverProblems([candidate(), byUpk()], [upk], [tpk()])).toEqual([]);
  });

  it('fails on a unit of the other kind, a unit the instansi does not have, a UPK not independent, a team the candidate sits on', () => {
    const c = candidate();
    const onTeam = tpk();
    onTeam.members[4] = { ...onTeam.members[4]!, nip: NIP };
    expect(
      handoverProblems(
        [
          candidate({ determination: { ...c.determination!, assessedBy: 'UPK' } as never }),
          candidate({ handover: { ...c.handover!, unitId: 'tpk_other' } }),
          byUpk(),
        ],
        [{ ...upk, independence: { ...upk.independence, declared: false } }],
        [tpk()],
      ),
    ).toEqual([
      `${NIP}: handed to a TPK, the PPK determined a UPK`,
      `${NIP}: handed to tpk_other, not a TPK of KL002`,
      `${NIP}: handed to upk_1, not independent`,
    ]);
    expect(handoverProblems([candidate()], [], [onTeam])).toEqual([
      `${NIP}: handed to tpk_1, a team they sit on`,
    ]);
  });
});

describe("every plan meets its echelon's minimum methods, psychometry by a psychologist", () => {
  it('holds for echelon II by assessment center over 2 days, III and IV with their minimum methods', () => {
    const fourth = candidate({ plan: plan({ methods: ['PSIKOMETRI', 'KUESIONER_KOMPETENSI'] }) }, 'IV');
    expect(planProblems([byUpk(), candidate(), fourth], [tpk()])).toEqual([]);
  });

  it('fails on echelon III without case analysis or presentation, IV without questionnaire, II without assessment center or for 1 day, psychometry by a non-member', () => {
    const codes = (problems: string[]) => problems.map((p) => p.split(' ')[1]);
    expect(
      codes(
        planProblems(
          [
            candidate({ plan: plan({ methods: ['PSIKOMETRI', 'WAWANCARA_KOMPETENSI'] }) }),
            candidate({ plan: plan({ methods: ['PSIKOMETRI'] }) }, 'IV'),
            byUpk({ methods: ['PSIKOMETRI', 'WAWANCARA_KOMPETENSI', 'PRESENTASI'] }),
            byUpk({ durationDays: 1 }),
          ],
          [tpk()],
        ),
      ),
    ).toEqual(['PK-METODE-ESELON-III', 'PK-METODE-ESELON-IV', 'PK-METODE-ESELON-I-II', 'PK-AC-MIN-2-HARI']);
    const outsider = candidate({
      plan: plan({ psychologist: { nip: NIP, name: 'Bukan Anggota', isPsychologist: true } }),
    });
    expect(planProblems([outsider], [tpk()])).toEqual([
      `${NIP}: psychometry without a psychologist of the team`,
    ]);
  });
});

describe('no TPK plan uses the assessment center', () => {
  it('holds when only a UPK plans the assessment center', () => {
    expect(tpkAssessmentCenterProblems([byUpk(), candidate()])).toEqual([]);
  });

  it('fails on a TPK plan with the assessment center', () => {
    const withAc = candidate({ plan: plan({ methods: ['ASSESSMENT_CENTER'], durationDays: 2 }) });
    expect(tpkAssessmentCenterProblems([withAc])).toEqual([
      `${NIP}: planned with the assessment center by the TPK tpk_1`,
    ]);
  });
});

describe('no structural candidate lost: each listed once with the status the scenario expects, each determined one planned', () => {
  const declined = candidate({ nip: '197904232003032002', status: 'TIDAK_DITETAPKAN', plan: undefined });
  const expected = [
    { nip: NIP, status: 'DITETAPKAN' as const, planned: true },
    { nip: declined.nip, status: 'TIDAK_DITETAPKAN' as const, planned: false },
  ];

  it('holds when each candidate is listed once as expected', () => {
    expect(accountingProblems(expected, [candidate(), declined])).toEqual([]);
  });

  it('fails on a candidate missing, listed twice, of another status, not planned, or never recorded', () => {
    expect(accountingProblems(expected, [candidate(), candidate()])).toEqual([
      `${NIP}: listed 2 times`,
      `${declined.nip}: listed 0 times`,
    ]);
    expect(
      accountingProblems(expected, [
        candidate({ plan: undefined }),
        { ...declined, status: 'DIUSULKAN' },
        candidate({ nip: '198001012005011001' }),
      ]),
    ).toEqual([
      `${NIP}: determined but never planned`,
      `${declined.nip}: DIUSULKAN, expected TIDAK_DITETAPKAN`,
      '198001012005011001: listed, never recorded',
    ]);
  });
});

describe("no official of another instansi reads an instansi's records", () => {
  it('holds when every foreign read is answered as an unregistered instansi', () => {
    const reads = [
      { reader: 'ppk.11', path: '/structural/instansi/KL002/tpk', status: 404, code: 'INSTANSI_NOT_FOUND' },
    ];
    expect(isolationProblems(reads)).toEqual([]);
  });

  it('fails on a foreign read answered, or refused in a way that tells the instansi exists', () => {
    expect(
      isolationProblems([
        { reader: 'baperjakat.11', path: '/structural/instansi/KL002/candidates', status: 200 },
        { reader: 'ppk.11', path: '/structural/instansi/KL002/tpk', status: 403, code: 'FORBIDDEN' },
      ]),
    ).toEqual([
      'baperjakat.11 read /structural/instansi/KL002/candidates: 200',
      'ppk.11 read /structural/instansi/KL002/tpk: 403 FORBIDDEN',
    ]);
  });
});

/** A letter for `date` (one day), received on `receivedOn`, in time or not. */
const notice = (date: string, receivedOn?: string, late = false) =>
  ({
    id: `2025-${date}`,
    letter: { date, endDate: date },
    status: receivedOn ? (late ? 'TERLAMBAT' : 'DITERIMA') : 'DIKIRIM',
    ...(receivedOn && { receipt: { receivedOn, deadline: '2025-02-28', late } }),
  }) as unknown as StructuralNotice;
const STANDARD = [
  { code: 'INT', name: 'Integritas', kind: 'DASAR', requiredLevel: 3 },
  { code: 'REN.01', name: 'Perencanaan program dan anggaran', kind: 'BIDANG', requiredLevel: 3 },
] as const;
const position = { code: 'ESLIII-01', standard: { competencies: STANDARD } } as unknown as StructuralPosition;
/** A report on `assessedOn`, each competency of the standard at `levels`. */
const report = (o: Partial<StructuralReport> = {}, levels = [3, 3]) =>
  ({
    nip: NIP,
    positionCode: 'ESLIII-01',
    assessedOn: ['2025-03-10'],
    competencies: STANDARD.map((k, i) => ({
      code: k.code,
      name: k.name,
      requiredLevel: k.requiredLevel,
      achievedLevel: levels[i]!,
    })),
    conclusion: 'MEMENUHI_SYARAT',
    ...o,
  }) as StructuralReport;

describe('every day of assessment is a day of a letter the PNS received 6 working days before', () => {
  it('holds when each day is on a letter received in time, a late one replaced by a new one', () => {
    const notices = new Map([
      [NIP, [notice('2025-03-13', '2025-03-10', true), notice('2025-03-26', '2025-03-17')]],
    ]);
    expect(noticeProblems([report({ assessedOn: ['2025-03-26'] })], notices)).toEqual([]);
  });

  it('fails on a day of a letter received late, a day no letter names, a letter not received', () => {
    const notices = new Map([[NIP, [notice('2025-03-13', '2025-03-10', true), notice('2025-03-26')]]]);
    expect(
      noticeProblems([report({ assessedOn: ['2025-03-13', '2025-03-14', '2025-03-26'] })], notices),
    ).toEqual([
      `${NIP}: assessed on 2025-03-13, no letter for it received in time`,
      `${NIP}: assessed on 2025-03-14, no letter for it received in time`,
      `${NIP}: assessed on 2025-03-26, no letter for it received in time`,
    ]);
  });
});

describe('every report covers every competency of the registered standard, its conclusion agreeing with the gaps', () => {
  it('holds for a report of the whole standard: without gaps MEMENUHI_SYARAT, with one MASIH_MEMENUHI_SYARAT', () => {
    expect(
      reportProblems(
        [report(), report({ nip: '198001012005011001', conclusion: 'MASIH_MEMENUHI_SYARAT' }, [3, 2])],
        [position],
      ),
    ).toEqual([]);
  });

  it('fails on a competency left out, one not in the standard, a level changed, a conclusion the levels belie', () => {
    const [int, ren] = report().competencies;
    expect(
      reportProblems(
        [
          report({ competencies: [int!, { ...ren!, code: 'KEU.01' }] }),
          report({ competencies: [{ ...int!, requiredLevel: 2 }, ren!] }),
          report({ conclusion: 'MEMENUHI_SYARAT' }, [3, 2]),
          report({ conclusion: 'BELUM_MEMENUHI_SYARAT' }),
          report({ positionCode: 'ESLIII-99' }),
        ],
        [position],
      ),
    ).toEqual([
      `${NIP}: REN.01 of the standard not reported`,
      `${NIP}: KEU.01 reported, not in the standard of ESLIII-01`,
      `${NIP}: INT required at 2, the standard says 3`,
      `${NIP}: MEMENUHI_SYARAT with 1 competencies below their level`,
      `${NIP}: BELUM_MEMENUHI_SYARAT with 0 competencies below their level`,
      `${NIP}: reported for ESLIII-99, not a registered position`,
    ]);
  });
});

describe('no result listed as BERLAKU after its 2 years ran out', () => {
  const listed = (reportDate: string, status: 'BERLAKU' | 'KEDALUWARSA') => ({
    nip: NIP,
    name: 'Budi Santoso',
    echelon: 'III' as const,
    conclusion: 'MEMENUHI_SYARAT' as const,
    reportDate,
    validUntil: '2027-03-11',
    status,
  });

  it('holds through the day before the same date two years on, and not on that date', () => {
    expect(expiryProblems([listed('2025-03-12', 'BERLAKU')], '2027-03-11')).toEqual([]);
    expect(expiryProblems([listed('2025-03-12', 'KEDALUWARSA')], '2027-03-12')).toEqual([]);
    expect(expiryProblems([listed('2024-02-29', 'BERLAKU')], '2026-02-28')).toEqual([]);
  });

  it('fails on a result listed BERLAKU on the day it ran out, or KEDALUWARSA while it holds', () => {
    expect(
      expiryProblems([listed('2025-03-12', 'BERLAKU'), listed('2025-03-20', 'KEDALUWARSA')], '2027-03-12'),
    ).toEqual([
      `${NIP}: reported 2025-03-12, listed BERLAKU on 2027-03-12`,
      `${NIP}: reported 2025-03-20, listed KEDALUWARSA on 2027-03-12`,
    ]);
  });
});

describe("no report read by another instansi's PPK or Baperjakat", () => {
  const path = `/structural/instansi/KL002/candidates/${NIP}/report`;
  it('holds when every foreign read is answered as a report not sent (404)', () => {
    expect(
      isolationProblems(
        [{ reader: 'ppk.11', path, status: 404, code: 'STRUCTURAL_REPORT_NOT_FOUND' }],
        'STRUCTURAL_REPORT_NOT_FOUND',
      ),
    ).toEqual([]);
  });

  it('fails on a foreign report answered', () => {
    expect(
      isolationProblems([{ reader: 'baperjakat.11', path, status: 200 }], 'STRUCTURAL_REPORT_NOT_FOUND'),
    ).toEqual([`baperjakat.11 read ${path}: 200`]);
  });
});

describe("every re-nominated candidate's earlier nomination still readable and unchanged (PK-PENCALONAN-BERAKHIR)", () => {
  const declined = candidate({ status: 'TIDAK_DITETAPKAN', plan: undefined });
  const renominated = (after: StructuralCandidate | undefined) => ({
    nip: NIP,
    fromInstansiCode: 'KL002',
    before: declined,
    after,
  });

  it('holds when the earlier nomination reads back as it was, whatever the order of its keys', () => {
    const reordered = Object.fromEntries(Object.entries(declined).reverse()) as StructuralCandidate;
    expect(earlierNominationProblems([renominated(reordered)])).toEqual([]);
  });

  it('fails on an earlier nomination no longer readable, or changed', () => {
    expect(
      earlierNominationProblems([renominated(undefined), renominated({ ...declined, status: 'DICATAT' })]),
    ).toEqual([
      `${NIP}: the earlier nomination at KL002 is not readable`,
      `${NIP}: the earlier nomination at KL002 changed after the new one`,
    ]);
  });
});

describe("every candidate's current nomination has the number the scenario expects", () => {
  const other = '197904232003032002';

  it('holds on the second nomination numbered 2 and the others without a number', () => {
    expect(
      nominationNumberProblems(
        [{ nip: NIP, nomination: 2 }, { nip: other }],
        [candidate({ nomination: 2 }), candidate({ nip: other })],
      ),
    ).toEqual([]);
  });

  it('fails on a nomination made again still listed as the first, or a first one numbered', () => {
    expect(
      nominationNumberProblems(
        [{ nip: NIP, nomination: 2 }, { nip: other }],
        [candidate(), candidate({ nip: other, nomination: 2 })],
      ),
    ).toEqual([`${NIP}: nomination 1, expected 2`, `${other}: nomination 2, expected 1`]);
  });
});

describe('no NIP has two nominations holding at once across the instansi (PK-SATU-PENCALONAN)', () => {
  const held = (instansiCode: string, status: StructuralCandidate['status'], reportDate?: string) => ({
    instansiCode,
    nip: NIP,
    status,
    reportDate,
  });

  it("holds when all but one of a NIP's nominations ended: not determined, or a result past its 2 years", () => {
    expect(
      overlappingNominationProblems(
        [held('1201', 'TIDAK_DITETAPKAN'), held('1101', 'DITETAPKAN')],
        '2027-04-02',
      ),
    ).toEqual([]);
    expect(
      overlappingNominationProblems(
        [held('KL002', 'DITETAPKAN', '2025-03-12'), held('11', 'DICATAT')],
        '2027-03-12',
      ),
    ).toEqual([]);
  });

  it('fails on two instansi holding the NIP: one under way, another whose result still holds', () => {
    expect(
      overlappingNominationProblems(
        [held('KL002', 'DITETAPKAN', '2025-03-12'), held('11', 'DIUSULKAN')],
        '2027-03-11',
      ),
    ).toEqual([`${NIP}: nominations holding at once at KL002, 11`]);
  });
});

describe('every re-nomination of a PNS whose nomination had not ended was refused with the expected code', () => {
  const request = {
    name: 'Budi Santoso',
    position: 'Kepala Subbidang Mutasi',
    workUnit: 'Biro Sumber Daya Manusia',
    selection: {
      administrative: { passed: true, date: '2027-03-12' },
      substance: { passed: true, date: '2027-03-15' },
    },
  };
  const exists: RefusedRenomination = {
    nip: NIP,
    request,
    status: 409,
    code: 'STRUCTURAL_CANDIDATE_EXISTS',
    codes: ['PK-PENCALONAN-BERAKHIR'],
  };
  const elsewhere: RefusedRenomination = {
    nip: '197904232003032002',
    request,
    status: 422,
    code: 'PK-SATU-PENCALONAN',
    codes: ['PK-SATU-PENCALONAN'],
  };

  it('holds when each attempt was answered with its status, code and rule', () => {
    expect(
      refusalProblems(
        [exists, elsewhere],
        [
          {
            spec: exists,
            status: 409,
            code: 'STRUCTURAL_CANDIDATE_EXISTS',
            codes: ['PK-PENCALONAN-BERAKHIR'],
          },
          { spec: elsewhere, status: 422, code: 'PK-SATU-PENCALONAN', codes: ['PK-SATU-PENCALONAN'] },
        ],
      ),
    ).toEqual([]);
  });

  it('fails on an attempt accepted, refused without the reason, or never made', () => {
    expect(refusalProblems([exists, elsewhere], [{ spec: exists, status: 201, codes: [] }])).toEqual([
      `${NIP}: answered 201 [], expected 409 STRUCTURAL_CANDIDATE_EXISTS [PK-PENCALONAN-BERAKHIR]`,
      `${elsewhere.nip}: the nomination to refuse was never attempted`,
    ]);
    expect(
      refusalProblems(
        [exists],
        [{ spec: exists, status: 409, code: 'STRUCTURAL_CANDIDATE_EXISTS', codes: [] }],
      ),
    ).toEqual([
      `${NIP}: answered 409 STRUCTURAL_CANDIDATE_EXISTS [], expected 409 STRUCTURAL_CANDIDATE_EXISTS [PK-PENCALONAN-BERAKHIR]`,
    ]);
  });
});
