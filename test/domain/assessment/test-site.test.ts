import { describe, expect, it } from 'vitest';
import {
  checkCriteria,
  checkIdentification,
  checkTestSiteUse,
  siteRegionViolations,
  testRegionOf,
  CRITERION_ASPECTS,
  verifyAgainstCriteria,
  type TestSiteCriterion,
  type VerificationInput,
  type TestSiteUse,
  type TestSiteVerification,
} from '../../../domain/assessment/test-site';
import { codesOf, d, valueOf } from '../shared/helpers';

const use = (o: Partial<TestSiteUse> = {}): TestSiteUse => ({
  tukId: 'TUK-JKT-01',
  kind: 'RUANG_PERTEMUAN',
  sessionId: 'ANGKATAN-07',
  useDate: d('2025-05-07'),
  designation: { issuedOn: d('2025-05-02'), basedOnVerificationOf: 'ANGKATAN-07' },
  ...o,
});
const verification = (o: Partial<TestSiteVerification> = {}): TestSiteVerification => ({
  tukId: 'TUK-JKT-01',
  sessionId: 'ANGKATAN-07',
  verifiedOn: d('2025-05-01'),
  verifiedByRole: 'KOORDINATOR_SERTIFIKASI',
  facilitiesReady: true,
  infrastructureReady: true,
  personnelReady: true,
  impartial: true,
  healthAndSafety: true,
  workplaceRiskAssessed: false,
  notInUseForWork: false,
  ...o,
});

describe('test sites, TUK (Perban BKN 7/2020 Pasal 27)', () => {
  it('a site verified for this use and designated on that basis may be used', () => {
    expect(valueOf(checkTestSiteUse(use(), [verification()])).verifiedOn).toBe('2025-05-01');
  });

  it.each([
    [[], 'no verification'],
    [[verification({ sessionId: 'ANGKATAN-06' })], 'a verification for an earlier use only'],
    [[verification({ verifiedOn: d('2025-05-08') })], 'a verification after the use date'],
    [[verification({ verifiedByRole: 'LAINNYA' })], 'a verification not by the coordinator'],
    [[verification({ tukId: 'TUK-LAIN' })], 'a verification of another site'],
  ])('TUK-VERIFIKASI-SETIAP-PENGGUNAAN: refused with %j (%s)', (verifications) => {
    expect(codesOf(checkTestSiteUse(use(), verifications))).toEqual(['TUK-VERIFIKASI-SETIAP-PENGGUNAAN']);
  });

  it('TUK-VERIFIKASI-SETIAP-PENGGUNAAN: a verification on the use date itself counts', () => {
    expect(
      checkTestSiteUse(
        use({ designation: { issuedOn: d('2025-05-07'), basedOnVerificationOf: 'ANGKATAN-07' } }),
        [verification({ verifiedOn: d('2025-05-07') })],
      ).ok,
    ).toBe(true);
  });

  it.each([
    [{ facilitiesReady: false }, ['TUK-KESIAPAN']],
    [{ infrastructureReady: false, personnelReady: false }, ['TUK-KESIAPAN', 'TUK-KESIAPAN']],
    [{ impartial: false }, ['TUK-KETIDAKBERPIHAKAN-K3']],
    [{ healthAndSafety: false }, ['TUK-KETIDAKBERPIHAKAN-K3']],
  ])('verification %j -> %j', (o, codes) => {
    expect(codesOf(checkTestSiteUse(use(), [verification(o)]))).toEqual(codes);
  });

  it('the latest verification for the use decides', () => {
    const old = verification({ verifiedOn: d('2025-04-20'), facilitiesReady: false });
    expect(checkTestSiteUse(use(), [old, verification()]).ok).toBe(true);
    expect(checkTestSiteUse(use(), [verification(), old]).ok).toBe(true);
  });

  it.each([
    [{ workplaceRiskAssessed: true, notInUseForWork: true }, []],
    [{ workplaceRiskAssessed: false, notInUseForWork: true }, ['TUK-RISIKO-TEMPAT-KERJA']],
    [{ workplaceRiskAssessed: true, notInUseForWork: false }, ['TUK-RISIKO-TEMPAT-KERJA']],
  ])('TUK-RISIKO-TEMPAT-KERJA: a workplace site with %j -> %j', (o, codes) => {
    expect(codesOf(checkTestSiteUse(use({ kind: 'TEMPAT_KERJA' }), [verification(o)]))).toEqual(codes);
  });

  it.each([
    [null, 'no decree'],
    [{ issuedOn: d('2025-04-30'), basedOnVerificationOf: 'ANGKATAN-07' }, 'a decree before the verification'],
    [{ issuedOn: d('2025-05-08'), basedOnVerificationOf: 'ANGKATAN-07' }, 'a decree after the use'],
    [{ issuedOn: d('2025-05-02'), basedOnVerificationOf: 'ANGKATAN-06' }, 'a decree for another use'],
  ])('TUK-PENETAPAN-SK: %j is refused (%s)', (designation, _label) => {
    expect(codesOf(checkTestSiteUse(use({ designation }), [verification()]))).toEqual(['TUK-PENETAPAN-SK']);
  });
});

const CRITERIA: TestSiteCriterion[] = [
  ...CRITERION_ASPECTS.map((aspect) => ({ code: `${aspect}-1`, aspect, description: `Kriteria ${aspect}` })),
  { code: 'SARANA-2', aspect: 'SARANA', description: 'Alat tulis' },
];
const verifying = (o: Partial<VerificationInput> = {}): VerificationInput => ({
  tukId: 'TUK-JKT-01',
  kind: 'RUANG_PERTEMUAN',
  sessionId: 'ANGKATAN-07',
  useDate: d('2025-05-07'),
  verifiedOn: d('2025-05-01'),
  verifiedByRole: 'KOORDINATOR_SERTIFIKASI',
  findings: CRITERIA.filter(
    (c) => !['RISIKO_TEMPAT_KERJA-1', 'TIDAK_DIGUNAKAN_BEKERJA-1'].includes(c.code),
  ).map((c) => ({ code: c.code, met: true })),
  ...o,
});
const TODAY = d('2025-05-01');

describe("BKN's criteria and the coordinator's verification against them (Pasal 27(4)-(5))", () => {
  it('TUK-KRITERIA-LENGKAP: criteria covering every aspect are accepted', () => {
    expect(checkCriteria(CRITERIA).ok).toBe(true);
  });

  it('TUK-KRITERIA-LENGKAP: every aspect left out is named', () => {
    const partial = CRITERIA.filter((c) => c.aspect !== 'K3' && c.aspect !== 'PERSONEL');
    expect(codesOf(checkCriteria(partial))).toEqual(['TUK-KRITERIA-LENGKAP', 'TUK-KRITERIA-LENGKAP']);
  });

  it.each([
    ['KOORDINATOR_SERTIFIKASI', []],
    ['LAINNYA', ['TUK-IDENTIFIKASI-KOORDINATOR']],
  ] as const)('TUK-IDENTIFIKASI-KOORDINATOR: identified by %s -> %j', (role, codes) => {
    expect(checkIdentification(role).map((v) => v.code)).toEqual(codes);
  });

  it('a verification judging every applicable criterion yields readiness per aspect', () => {
    const findings = verifying().findings.map((f) => (f.code === 'SARANA-2' ? { ...f, met: false } : f));
    const v = valueOf(verifyAgainstCriteria(verifying({ findings }), CRITERIA, TODAY));
    expect(v).toMatchObject({ facilitiesReady: false, infrastructureReady: true, impartial: true });
    // Judged on this readiness, the site cannot be designated.
    expect(
      codesOf(
        checkTestSiteUse(
          {
            tukId: 'TUK-JKT-01',
            kind: 'RUANG_PERTEMUAN',
            sessionId: 'ANGKATAN-07',
            useDate: d('2025-05-07'),
            designation: { issuedOn: d('2025-05-02'), basedOnVerificationOf: 'ANGKATAN-07' },
          },
          [v],
        ),
      ),
    ).toEqual(['TUK-KESIAPAN']);
  });

  it('TUK-VERIFIKASI-KRITERIA: the workplace criteria apply to workplace sites only', () => {
    expect(codesOf(verifyAgainstCriteria(verifying({ kind: 'TEMPAT_KERJA' }), CRITERIA, TODAY))).toEqual([
      'TUK-VERIFIKASI-KRITERIA',
      'TUK-VERIFIKASI-KRITERIA',
    ]);
    const extra = [...verifying().findings, { code: 'RISIKO_TEMPAT_KERJA-1', met: true }];
    expect(codesOf(verifyAgainstCriteria(verifying({ findings: extra }), CRITERIA, TODAY))).toEqual([
      'TUK-VERIFIKASI-KRITERIA',
    ]);
  });

  it.each([
    ['a criterion left out', (f: VerificationInput['findings']) => f.slice(1)],
    ['a criterion judged twice', (f: VerificationInput['findings']) => [...f, f[0]!]],
    ['an unknown criterion', (f: VerificationInput['findings']) => [...f, { code: 'X-1', met: true }]],
  ])('TUK-VERIFIKASI-KRITERIA: %s is refused', (_label, change) => {
    expect(
      codesOf(verifyAgainstCriteria(verifying({ findings: change(verifying().findings) }), CRITERIA, TODAY)),
    ).toEqual(['TUK-VERIFIKASI-KRITERIA']);
  });

  it.each([
    [{ verifiedByRole: 'LAINNYA' as const }, 'not by the coordinator'],
    [{ verifiedOn: d('2025-05-08'), useDate: d('2025-05-07') }, 'after the use date'],
    [{ verifiedOn: d('2025-05-02') }, 'after today'],
  ])('TUK-VERIFIKASI-SETIAP-PENGGUNAAN: a verification %j is refused (%s)', (o, _label) => {
    expect(codesOf(verifyAgainstCriteria(verifying(o), CRITERIA, TODAY))).toEqual([
      'TUK-VERIFIKASI-SETIAP-PENGGUNAAN',
    ]);
  });
});

describe('TUK-WILAYAH-PROGRAM-DAERAH: a regional programme is tested in its Kanreg region (Pasal 7(1), 11d)', () => {
  const daerah = {
    origin: { kind: 'DAERAH', kanreg: 'V' } as const,
    testSite: { kanreg: 'V', name: 'Aula Kanreg V' },
  };
  it.each<[string, Parameters<typeof siteRegionViolations>[0], string, string[]]>([
    ['a regional programme, a site of its Kanreg', daerah, 'V', []],
    ['a regional programme, a site of another Kanreg', daerah, 'III', ['TUK-WILAYAH-PROGRAM-DAERAH']],
    ['a regional programme, a site at the centre', daerah, 'PUSAT', ['TUK-WILAYAH-PROGRAM-DAERAH']],
    ['a national programme, a regional site', { origin: { kind: 'NASIONAL' } }, 'III', []],
    ['a programme stored before origins were recorded (national)', {}, 'PUSAT', []],
  ])('%s: %j', (_name, program, region, codes) => {
    const found = siteRegionViolations(program, { tukId: 'TUK-01', region });
    expect(found.map((v) => v.code)).toEqual(codes);
    if (codes.length > 0) expect(found[0]!.message).toContain('Aula Kanreg V');
  });
});

describe('the region a cohort is tested in, where it can be known (Pasal 33(2))', () => {
  const site = { name: 'Aula Kanreg V', address: 'Jl. Sutoyo' };
  const daerah = {
    origin: { kind: 'DAERAH', kanreg: 'V' } as const,
    testSite: { kanreg: 'V', name: 'Aula Kanreg V', address: 'Jl. Sutoyo' },
  };
  it.each<[string, Parameters<typeof testRegionOf>, string | null]>([
    ['no site yet', [undefined, undefined, daerah], null],
    ['the region its designation recorded', [{ ...site, region: 'III' }, { region: 'V' }, daerah], 'III'],
    ['an older site without region: the register', [site, { region: 'PUSAT' }, daerah], 'PUSAT'],
    ['an older site off the register: the regional programme recorded it', [site, undefined, daerah], 'V'],
    ['another site of the regional programme', [{ ...site, address: 'Jl. Lain' }, undefined, daerah], null],
    ['a national programme', [site, undefined, { origin: { kind: 'NASIONAL' } }], null],
  ])('%s', (_name, args, region) => {
    expect(testRegionOf(...args)).toBe(region);
  });
});
