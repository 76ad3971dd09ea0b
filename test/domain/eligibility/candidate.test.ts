import { describe, expect, it } from 'vitest';
import {
  eligibilityDecision,
  evaluateEligibility,
  performanceYears,
  type CandidateProfile,
} from '../../../domain/eligibility/candidate';
import { REQUIRED_DOCUMENTS } from '../../../domain/eligibility/documents';
import { codesOf, d } from '../shared/helpers';

const NOW = d('2025-03-15');

/** An eligible incumbent Administrator (level 3) on the ADMINISTRATOR scheme. */
function candidate(overrides: Partial<CandidateProfile> = {}): CandidateProfile {
  return {
    scheme: 'ADMINISTRATOR',
    route: 'UJI_LANGSUNG',
    position: { level: 3, isAsnManagement: true, meetsPositionRequirements: true, since: d('2023-01-02') },
    performance: [
      { year: 2023, rating: 'BAIK' },
      { year: 2024, rating: 'SANGAT_BAIK' },
    ],
    disciplinarySentences: [],
    supervisorRecommendation: { fromDirectSupervisor: true, recommended: true },
    leaves: [],
    documents: REQUIRED_DOCUMENTS.map((kind) => ({ kind, valid: true })),
    ...overrides,
  };
}

const unmet = (p: CandidateProfile, now = NOW) => evaluateEligibility(p, now).violations.map((v) => v.code);

describe('candidate eligibility (Perban BKN 7/2020 Pasal 31(2), 16(3)-(4), 32)', () => {
  it('an eligible candidate gets a report with every rule met, each with its article', () => {
    const report = evaluateEligibility(candidate(), NOW);
    expect(report.eligible).toBe(true);
    expect(report.violations).toEqual([]);
    expect(report.checks.map((c) => c.code)).toEqual([
      'ELIG-PENYELENGGARA-MANAJEMEN-ASN',
      'ELIG-SYARAT-JABATAN',
      'ELIG-JENJANG-SKEMA',
      'ELIG-SUKSESI-PELATIHAN',
      'ELIG-MASA-JABATAN-12M',
      'ELIG-KINERJA-2Y',
      'ELIG-HUKDIS-BERAT-3Y',
      'ELIG-REKOMENDASI-ATASAN',
      'ELIG-CLTN',
      'ELIG-TUGAS-BELAJAR',
      'ELIG-DOK-IJAZAH',
      'ELIG-DOK-SK-PANGKAT',
      'ELIG-DOK-SK-JABATAN',
      'ELIG-DOK-PENILAIAN-KINERJA',
      'ELIG-DOK-SERTIFIKAT-DIKLAT',
      'ELIG-DOK-SURAT-SEHAT',
      'ELIG-DOK-FORMULIR-PERNYATAAN',
      'ELIG-DOK-PAS-FOTO',
    ]);
    expect(report.checks.every((c) => c.met && c.article.length > 0)).toBe(true);
    expect(report.checks.find((c) => c.code === 'ELIG-SUKSESI-PELATIHAN')?.notApplicable).toBe(true);
    expect(eligibilityDecision(candidate(), NOW).ok).toBe(true);
  });

  it.each([
    ['2024-03-15', '2025-03-14', false, '11 months in position is not eligible'],
    ['2024-03-15', '2025-03-15', true, '12 months in position is eligible'],
    ['2024-01-31', '2025-01-30', false, 'one day short of 12 months is not eligible'],
    ['2024-01-31', '2025-01-31', true, 'exactly 12 months from the 31st is eligible'],
    ['2025-04-01', '2025-03-15', false, 'a position starting after today is not eligible'],
  ])('ELIG-MASA-JABATAN-12M: since %s, on %s eligible = %s (%s)', (since, now, eligible) => {
    const p = candidate({ position: { ...candidate().position, since: d(since) } });
    expect(unmet(p, d(now)).includes('ELIG-MASA-JABATAN-12M')).toBe(!eligible);
  });

  it.each([
    ['2022-03-15', true, 'a heavy sentence exactly 3 years ago no longer bars'],
    ['2022-03-16', false, 'a heavy sentence 3 years minus one day ago bars'],
    ['2021-12-01', true, 'a heavy sentence more than 3 years ago does not bar'],
    ['2025-01-10', false, 'a heavy sentence this year bars'],
  ])('ELIG-HUKDIS-BERAT-3Y: heavy sentence on %s, eligible = %s (%s)', (decidedOn, eligible) => {
    const p = candidate({ disciplinarySentences: [{ level: 'BERAT', decidedOn: d(decidedOn) }] });
    expect(unmet(p).includes('ELIG-HUKDIS-BERAT-3Y')).toBe(!eligible);
  });

  it('ELIG-HUKDIS-BERAT-3Y: light and moderate sentences do not bar', () => {
    const p = candidate({
      disciplinarySentences: [
        { level: 'RINGAN', decidedOn: d('2025-01-10') },
        { level: 'SEDANG', decidedOn: d('2024-06-01') },
      ],
    });
    expect(unmet(p)).toEqual([]);
  });

  it('ELIG-KINERJA-2Y: the two years looked at are the two calendar years before now', () => {
    expect(performanceYears(NOW)).toEqual([2024, 2023]);
  });

  it.each([
    [
      [
        { year: 2023, rating: 'BAIK' },
        { year: 2024, rating: 'BAIK' },
      ],
      [],
      'baik in both years is eligible',
    ],
    [
      [
        { year: 2023, rating: 'CUKUP' },
        { year: 2024, rating: 'BAIK' },
      ],
      ['performance.2023'],
      'cukup is below baik',
    ],
    [
      [
        { year: 2023, rating: 'BAIK' },
        { year: 2024, rating: 'BUTUH_PERBAIKAN' },
      ],
      ['performance.2024'],
      'butuh perbaikan is below baik',
    ],
    [[{ year: 2024, rating: 'BAIK' }], ['performance.2023'], 'a missing year is not eligible'],
    [
      [
        { year: 2022, rating: 'BAIK' },
        { year: 2021, rating: 'BAIK' },
      ],
      ['performance.2024', 'performance.2023'],
      'only older years do not count',
    ],
  ] as const)('ELIG-KINERJA-2Y: %j -> unmet fields %j (%s)', (performance, fields, _label) => {
    const report = evaluateEligibility(candidate({ performance }), NOW);
    expect(report.violations.filter((v) => v.code === 'ELIG-KINERJA-2Y').map((v) => v.field)).toEqual(fields);
  });

  it.each([
    [null, ['supervisorRecommendation'], 'no recommendation'],
    [
      { fromDirectSupervisor: false, recommended: true },
      ['supervisorRecommendation.fromDirectSupervisor'],
      'not the direct supervisor',
    ],
    [
      { fromDirectSupervisor: true, recommended: false },
      ['supervisorRecommendation.recommended'],
      'not recommended',
    ],
  ])('ELIG-REKOMENDASI-ATASAN: %j is not eligible (%s)', (rec, fields, _label) => {
    const report = evaluateEligibility(candidate({ supervisorRecommendation: rec }), NOW);
    expect(report.violations.map((v) => [v.code, v.field])).toEqual(
      fields.map((f) => ['ELIG-REKOMENDASI-ATASAN', f]),
    );
  });

  it.each([
    ['CLTN', '2025-01-01', null, 'ELIG-CLTN', 'on open-ended unpaid leave'],
    ['CLTN', '2024-01-01', '2025-03-15', 'ELIG-CLTN', 'unpaid leave ending today'],
    ['TUGAS_BELAJAR', '2024-09-01', '2026-08-31', 'ELIG-TUGAS-BELAJAR', 'on study assignment'],
    ['CLTN', '2023-01-01', '2025-03-14', null, 'unpaid leave ended yesterday'],
    ['TUGAS_BELAJAR', '2025-03-16', null, null, 'study assignment starting tomorrow'],
  ] as const)(
    'ELIG-CLTN / ELIG-TUGAS-BELAJAR: %s from %s until %s -> %s (%s)',
    (kind, from, until, code, _label) => {
      const p = candidate({ leaves: [{ kind, from: d(from), until: until === null ? null : d(until) }] });
      expect(unmet(p)).toEqual(code === null ? [] : [code]);
    },
  );

  it.each([
    [3, 'UJI_LANGSUNG', [], 'incumbent at the scheme level'],
    [2, 'PELATIHAN', [], 'one level below through training (succession)'],
    [2, 'UJI_LANGSUNG', ['ELIG-SUKSESI-PELATIHAN'], 'one level below without training'],
    [1, 'PELATIHAN', ['ELIG-JENJANG-SKEMA'], 'two levels below'],
    [4, 'UJI_LANGSUNG', ['ELIG-JENJANG-SKEMA'], 'above the scheme level'],
    [null, 'UJI_LANGSUNG', ['ELIG-JENJANG-SKEMA'], 'a position without level'],
  ] as const)(
    'ELIG-JENJANG-SKEMA / ELIG-SUKSESI-PELATIHAN: level %s via %s -> %j (%s)',
    (level, route, codes, _label) => {
      const p = candidate({ route, position: { ...candidate().position, level } });
      expect(unmet(p)).toEqual(codes);
    },
  );

  it('ELIG-MASA-JABATAN-12M does not apply to a one-level-below successor', () => {
    const p = candidate({
      route: 'PELATIHAN',
      position: { ...candidate().position, level: 2, since: d('2025-03-01') },
    });
    const report = evaluateEligibility(p, NOW);
    expect(report.eligible).toBe(true);
    expect(report.checks.find((c) => c.code === 'ELIG-MASA-JABATAN-12M')?.notApplicable).toBe(true);
  });

  it('the level rules do not apply to the mentor scheme, which has no level', () => {
    const p = candidate({
      scheme: 'MENTOR',
      position: { ...candidate().position, level: null, since: d('2025-03-01') },
    });
    const report = evaluateEligibility(p, NOW);
    expect(report.eligible).toBe(true);
    expect(report.checks.filter((c) => c.notApplicable).map((c) => c.code)).toEqual([
      'ELIG-JENJANG-SKEMA',
      'ELIG-SUKSESI-PELATIHAN',
      'ELIG-MASA-JABATAN-12M',
    ]);
  });

  it.each([
    ['isAsnManagement', 'ELIG-PENYELENGGARA-MANAJEMEN-ASN', 'not an ASN-management position'],
    ['meetsPositionRequirements', 'ELIG-SYARAT-JABATAN', 'position requirements not met'],
  ] as const)('%s false -> %s (%s)', (flag, code, _label) => {
    expect(unmet(candidate({ position: { ...candidate().position, [flag]: false } }))).toEqual([code]);
  });

  it('lists every unmet rule, not just the first', () => {
    const p = candidate({
      route: 'UJI_LANGSUNG',
      position: {
        level: 3,
        isAsnManagement: false,
        meetsPositionRequirements: false,
        since: d('2024-06-01'),
      },
      performance: [],
      disciplinarySentences: [{ level: 'BERAT', decidedOn: d('2024-01-01') }],
      supervisorRecommendation: null,
      leaves: [{ kind: 'TUGAS_BELAJAR', from: d('2025-01-01'), until: null }],
      documents: [],
    });
    const report = evaluateEligibility(p, NOW);
    expect(report.eligible).toBe(false);
    expect(report.checks.filter((c) => !c.met)).toHaveLength(15);
    expect(codesOf(eligibilityDecision(p, NOW))).toContain('ELIG-DOK-PAS-FOTO');
  });
});
