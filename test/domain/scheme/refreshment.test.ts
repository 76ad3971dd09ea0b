import { describe, expect, it } from 'vitest';
import {
  checkAttendance,
  checkRetestDecision,
  planEnrolment,
  reissueFromEnrolment,
  schemeChangeByRequest,
  type EnrolmentState,
} from '../../../domain/scheme/refreshment';
import { publishSchemeVersion, type SchemeVersion } from '../../../domain/scheme/version';
import { codesOf, d, valueOf } from '../shared/helpers';
import { certificate } from '../certificate/fixtures';
import { ADM, NEW_UNIT, V1, version2 } from './fixtures';

const base = version2();
const V2 = valueOf(
  publishSchemeVersion(V1, {
    ...base,
    changes: [
      ...base.changes,
      { unit: 'MASN-ADM-03', kind: 'DIUBAH', consequence: 'TIDAK_ADA', description: 'Redaksi.' },
    ],
  }),
);
const V3 = valueOf(
  publishSchemeVersion(V2, {
    version: '2030',
    effectiveOn: d('2030-01-02'),
    basis: 'Keputusan Kepala BKN 2030',
    qualifications: [{ ...ADM, units: [...ADM.units, NEW_UNIT] }],
    changes: [
      { unit: 'MASN-ADM-02', kind: 'DIUBAH', consequence: 'UJI_ULANG', description: 'Pengadaan digital.' },
      { unit: NEW_UNIT.code, kind: 'DITAMBAH', consequence: 'UJI_ULANG', description: 'Unit baru.' },
    ],
  }),
);
const VERSIONS: SchemeVersion[] = [V1, V2, V3];
const held = (overrides: Partial<{ schemeVersion: string; qualification: string }> = {}) => ({
  schemeVersion: '2019',
  qualification: 'Kualifikasi Administrator',
  units: ADM.units,
  ...overrides,
});

describe('enrolling a holder (Perban BKN 7/2020 Pasal 15(4)-(5), 35(3))', () => {
  it('a 2019 holder is enrolled for 2028: MASN-ADM-01 re-tested, MASN-ADM-02 refreshed, the TIDAK_ADA change asks nothing', () => {
    expect(valueOf(planEnrolment(held(), VERSIONS, V2))).toEqual({
      fromVersion: '2019',
      toVersion: '2028',
      qualification: { code: 'ADMINISTRATOR', name: 'Kualifikasi Administrator' },
      units: ADM.units,
      refreshmentUnits: ['MASN-ADM-02'],
      testUnits: ['MASN-ADM-01'],
    });
  });

  it('across two versions the strongest consequence per unit counts, and an added unit is tested', () => {
    const plan = valueOf(planEnrolment(held(), VERSIONS, V3))!;
    expect([plan.testUnits, plan.refreshmentUnits]).toEqual([
      ['MASN-ADM-01', 'MASN-ADM-02', 'MASN-ADM-15'],
      [],
    ]);
  });

  it('a unit of the new qualification the holder does not hold is tested, whatever its change', () => {
    const plan = valueOf(planEnrolment({ ...held(), units: ADM.units.slice(0, 13) }, VERSIONS, V2))!;
    expect(plan.testUnits).toEqual(['MASN-ADM-01', 'MASN-ADM-14']);
  });

  it.each(['2028', '2030'])('a holder already on %s is not affected by 2028', (schemeVersion) => {
    expect(valueOf(planEnrolment(held({ schemeVersion }), VERSIONS, V2))).toBeNull();
  });

  it.each([
    ['a qualification the holder’s version does not know', held({ qualification: 'Kualifikasi Lain' })],
    ['a version the register does not know', held({ schemeVersion: '2001' })],
  ])('SEGAR-KUALIFIKASI: %s is not enrolled', (_case, facts) => {
    expect(codesOf(planEnrolment(facts, VERSIONS, V2))).toEqual(['SEGAR-KUALIFIKASI']);
  });
});

const enrolment = (overrides: Partial<EnrolmentState> = {}): EnrolmentState => ({
  status: 'TERDAFTAR',
  fromVersion: '2019',
  enrolledOn: d('2028-01-05'),
  refreshmentUnits: ['MASN-ADM-02'],
  testUnits: ['MASN-ADM-01'],
  attendance: null,
  decisions: [],
  ...overrides,
});
const TODAY = d('2028-02-01');

describe('attendance of the refreshment (Pasal 15(5))', () => {
  it.each([
    ['on the day of enrolment', '2028-01-05', []],
    ['today', '2028-02-01', []],
    ['before the enrolment', '2028-01-04', ['SEGAR-HADIR']],
    ['after today', '2028-02-02', ['SEGAR-HADIR']],
  ])('SEGAR-HADIR: attendance %s', (_case, on, codes) => {
    expect(codesOf(checkAttendance(enrolment(), d(on), TODAY))).toEqual(codes);
  });

  it('SEGAR-HADIR: no attendance is recorded where no refreshment is asked', () => {
    expect(codesOf(checkAttendance(enrolment({ refreshmentUnits: [] }), TODAY, TODAY))).toEqual([
      'SEGAR-HADIR',
    ]);
  });

  it('SEGAR-SELESAI: a completed enrolment takes no more records', () => {
    expect(codesOf(checkAttendance(enrolment({ status: 'SELESAI' }), TODAY, TODAY))).toEqual([
      'SEGAR-SELESAI',
    ]);
  });
});

describe('the re-test decision (Pasal 15(4))', () => {
  it.each([
    ['competent on the tested unit', [{ code: 'MASN-ADM-01', outcome: 'KOMPETEN' }], 'TERDAFTAR'],
    ['not yet competent', [{ code: 'MASN-ADM-01', outcome: 'BELUM_KOMPETEN' }], 'BELUM_KOMPETEN'],
  ] as const)('%s leaves the enrolment %s', (_case, units, status) => {
    expect(valueOf(checkRetestDecision(enrolment(), units))).toBe(status);
  });

  it.each([
    ['a unit not to be tested', [{ code: 'MASN-ADM-02', outcome: 'KOMPETEN' }]],
    [
      'the tested unit twice',
      [
        { code: 'MASN-ADM-01', outcome: 'KOMPETEN' },
        { code: 'MASN-ADM-01', outcome: 'KOMPETEN' },
      ],
    ],
    [
      'a unit more',
      [
        { code: 'MASN-ADM-01', outcome: 'KOMPETEN' },
        { code: 'MASN-ADM-02', outcome: 'KOMPETEN' },
      ],
    ],
  ] as const)('SEGAR-UJI-UNIT: a decision on %s is refused', (_case, units) => {
    expect(codesOf(checkRetestDecision(enrolment(), units))).toEqual(['SEGAR-UJI-UNIT']);
  });

  it('SEGAR-UJI-UNIT: no decision where no re-test is asked', () => {
    expect(
      codesOf(
        checkRetestDecision(enrolment({ testUnits: [] }), [{ code: 'MASN-ADM-01', outcome: 'KOMPETEN' }]),
      ),
    ).toEqual(['SEGAR-UJI-UNIT']);
  });
});

describe('re-issue from the enrolment (Pasal 15(4)-(5), 16(6), 35(3)-(4))', () => {
  const units = [
    { code: 'U1', title: 'Menyusun kebutuhan ASN (2028)' },
    { code: 'U2', title: 'Melaksanakan pengadaan ASN' },
  ];
  const target = { version: '2028', units };
  const ready = enrolment({
    refreshmentUnits: ['U2'],
    testUnits: ['U1'],
    attendance: { attendedOn: '2028-01-20' },
    decisions: [{ units: [{ code: 'U1', outcome: 'KOMPETEN' }] }],
  });

  it('with attendance and a competent decision the certificate becomes -P1 on 2028 with the new units', () => {
    const { updated, superseded } = valueOf(reissueFromEnrolment(ready, certificate(), target, TODAY));
    expect(updated).toMatchObject({ registrationNumber: '0042/SKTM-ASN/L3/2025-P1', schemeVersion: '2028' });
    expect(updated.back.units).toEqual(units);
    expect(superseded.status).toBe('DIMUTAKHIRKAN');
  });

  it('SEGAR-HADIR: not re-issued before the attendance is recorded', () => {
    expect(
      codesOf(reissueFromEnrolment({ ...ready, attendance: null }, certificate(), target, TODAY)),
    ).toEqual(['SEGAR-HADIR']);
  });

  it('SEGAR-UJI-KOMPETEN: not re-issued before a decision is recorded', () => {
    expect(codesOf(reissueFromEnrolment({ ...ready, decisions: [] }, certificate(), target, TODAY))).toEqual([
      'SEGAR-UJI-KOMPETEN',
    ]);
  });

  it('SEGAR-UJI-KOMPETEN: not re-issued while the latest decision finds a tested unit not yet competent', () => {
    const decisions = [
      { units: [{ code: 'U1', outcome: 'KOMPETEN' as const }] },
      { units: [{ code: 'U1', outcome: 'BELUM_KOMPETEN' as const }] },
    ];
    const refused = reissueFromEnrolment({ ...ready, decisions }, certificate(), target, TODAY);
    expect(codesOf(refused)).toEqual(['SEGAR-UJI-KOMPETEN']);
  });

  it('SEGAR-UJI-KOMPETEN: a later competent decision completes it', () => {
    const decisions = [
      { units: [{ code: 'U1', outcome: 'BELUM_KOMPETEN' as const }] },
      { units: [{ code: 'U1', outcome: 'KOMPETEN' as const }] },
    ];
    expect(reissueFromEnrolment({ ...ready, decisions }, certificate(), target, TODAY).ok).toBe(true);
  });

  it('an added unit is listed only once decided competent (SERT-MUTAKHIR-UNIT-BARU with it)', () => {
    const withNew = { version: '2028', units: [...units, { code: 'U3', title: 'Unit baru' }] };
    const enrolled = { ...ready, testUnits: ['U1', 'U3'] };
    expect(codesOf(reissueFromEnrolment(enrolled, certificate(), withNew, TODAY))).toEqual([
      'SEGAR-UJI-KOMPETEN',
      'SERT-MUTAKHIR-UNIT-BARU',
    ]);
  });

  it.each([
    ['the enrolment completed', { status: 'SELESAI' as const }, {}],
    ['the certificate already on another version', {}, { schemeVersion: '2028' }],
  ])('SEGAR-SELESAI: not re-issued with %s', (_case, state, cert) => {
    expect(codesOf(reissueFromEnrolment({ ...ready, ...state }, certificate(cert), target, TODAY))).toContain(
      'SEGAR-SELESAI',
    );
  });

  it('SERT-MUTAKHIR-STATUS-AKTIF: a revoked certificate is not updated', () => {
    expect(codesOf(reissueFromEnrolment(ready, certificate({ status: 'DICABUT' }), target, TODAY))).toEqual([
      'SERT-MUTAKHIR-STATUS-AKTIF',
    ]);
  });

  it('SEGAR-TERBIT-DARI-CATATAN: a re-issue request naming a scheme change is refused', () => {
    expect(schemeChangeByRequest().map((v) => v.code)).toEqual(['SEGAR-TERBIT-DARI-CATATAN']);
  });
});
