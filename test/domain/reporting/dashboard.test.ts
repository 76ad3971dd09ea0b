import { describe, expect, it } from 'vitest';
import {
  DASHBOARD_STAGES,
  programDashboard,
  type DashboardInput,
  type StageCounts,
} from '../../../domain/reporting/dashboard';

const EMPTY: DashboardInput = {
  instansi: [],
  candidates: [],
  participants: [],
  decisions: [],
  certificates: [],
  questionnaires: [],
  cohorts: [],
};
const counts = (...values: number[]): StageCounts =>
  Object.fromEntries(DASHBOARD_STAGES.map((stage, i) => [stage, values[i] ?? 0])) as StageCounts;

const A = '198601012010011001';
const B = '198702022011012002';
const candidate = (nip: string, status = 'SUBMITTED', instansiCode = '3201') => ({
  nip,
  instansiCode,
  scheme: 'ADMINISTRATOR' as const,
  status,
});
const participant = (nip: string, extra: Partial<DashboardInput['participants'][number]> = {}) => ({
  nip,
  instansiCode: '3201',
  scheme: 'ADMINISTRATOR' as const,
  status: 'SET',
  seat: { cohort: 1 },
  ...extra,
});
const decision = (
  nip: string,
  decisionId: string,
  outcome: 'KOMPETEN' | 'BELUM_KOMPETEN',
  extra: Partial<DashboardInput['decisions'][number]> = {},
) => ({
  nip,
  decisionId,
  outcome,
  competentUnits: outcome === 'KOMPETEN' ? ['MASN-ADM-01', 'MASN-ADM-02'] : ['MASN-ADM-01'],
  notYetCompetentUnits: outcome === 'KOMPETEN' ? [] : ['MASN-ADM-02'],
  ...extra,
});

describe('programDashboard: each stage counts a person once, where their record places them', () => {
  it.each<[string, Partial<DashboardInput>, StageCounts]>([
    ['nothing recorded: every stage is zero', {}, counts()],
    ['a draft candidate is not proposed', { candidates: [candidate(A, 'DRAFT')] }, counts()],
    [
      'a submitted, accepted or rejected candidate is proposed',
      { candidates: [candidate(A, 'SUBMITTED'), candidate(B, 'REJECTED')] },
      counts(2),
    ],
    [
      'a participant not set by the setting session is not eligible',
      { candidates: [candidate(A)], participants: [participant(A, { status: 'NOT_SET', seat: undefined })] },
      counts(1),
    ],
    [
      'set without a seat: eligible, not seated',
      { candidates: [candidate(A)], participants: [participant(A, { seat: undefined })] },
      counts(1, 1),
    ],
    ['set and seated', { candidates: [candidate(A)], participants: [participant(A)] }, counts(1, 1, 1)],
    [
      'tested but no longer on a seat list still counts as seated',
      {
        candidates: [candidate(A)],
        participants: [participant(A, { seat: undefined })],
        decisions: [decision(A, 'dec_2019-05-03T08:00:00.000Z_1', 'BELUM_KOMPETEN')],
      },
      counts(1, 1, 1, 1, 0),
    ],
    [
      'the decision in force decides competence: a later re-test decision KOMPETEN',
      {
        candidates: [candidate(A)],
        participants: [participant(A)],
        decisions: [
          decision(A, 'dec_2019-05-03T08:00:00.000Z_1', 'BELUM_KOMPETEN'),
          decision(A, 'dec_2019-07-03T08:00:00.000Z_2', 'KOMPETEN'),
        ],
      },
      counts(1, 1, 1, 1, 1),
    ],
    [
      'a superseded KOMPETEN decision does not count as competent',
      {
        candidates: [candidate(A)],
        participants: [participant(A)],
        decisions: [
          decision(A, 'dec_2019-05-03T08:00:00.000Z_1', 'KOMPETEN', {
            supersededBy: 'dec_2019-05-04T08:00:00.000Z_2',
          }),
          decision(A, 'dec_2019-05-04T08:00:00.000Z_2', 'BELUM_KOMPETEN'),
        ],
      },
      counts(1, 1, 1, 1, 0),
    ],
    [
      'only a certificate in force certifies, and two versions in force are one person',
      {
        candidates: [candidate(A), candidate(B)],
        participants: [participant(A), participant(B)],
        decisions: [decision(A, 'dec_1', 'KOMPETEN'), decision(B, 'dec_1', 'KOMPETEN')],
        certificates: [
          { nip: A, status: 'DIMUTAKHIRKAN' },
          { nip: A, status: 'AKTIF' },
          { nip: B, status: 'DICABUT' },
        ],
      },
      counts(2, 2, 2, 2, 2, 1),
    ],
    [
      'Monev: answered at two points is one person; unanswered is none',
      {
        candidates: [candidate(A), candidate(B)],
        participants: [participant(A), participant(B)],
        questionnaires: [
          { nip: A, answered: true },
          { nip: A, answered: true },
          { nip: B, answered: false },
        ],
      },
      counts(2, 2, 2, 0, 0, 0, 1),
    ],
  ])('%s', (_name, records, expected) => {
    expect(programDashboard({ ...EMPTY, ...records }).total).toEqual(expected);
  });
});

describe('programDashboard: per instansi and per level', () => {
  it('groups by the participant record (the instansi it was set for), else the candidate, and names each instansi', () => {
    const dashboard = programDashboard({
      ...EMPTY,
      instansi: [
        { code: '3201', name: 'Pemerintah Kabupaten Bogor' },
        { code: '1100', name: 'Pemerintah Provinsi Aceh' },
      ],
      candidates: [
        candidate(A, 'SUBMITTED', '3201'),
        { ...candidate(B, 'SUBMITTED', '1100'), scheme: 'PENGAWAS' },
      ],
      participants: [participant(A)],
    });
    expect(dashboard.byInstansi).toEqual([
      { instansiCode: '1100', name: 'Pemerintah Provinsi Aceh', counts: counts(1) },
      { instansiCode: '3201', name: 'Pemerintah Kabupaten Bogor', counts: counts(1, 1, 1) },
    ]);
    expect(dashboard.byLevel).toEqual([
      { scheme: 'ADMINISTRATOR', name: 'Administrator', counts: counts(1, 1, 1) },
      { scheme: 'PENGAWAS', name: 'Pengawas', counts: counts(1) },
    ]);
  });

  it('an instansi without a registered name is shown by its code', () => {
    const dashboard = programDashboard({ ...EMPTY, candidates: [candidate(A, 'SUBMITTED', '9999')] });
    expect(dashboard.byInstansi).toEqual([{ instansiCode: '9999', name: '9999', counts: counts(1) }]);
  });
});

describe('programDashboard: seats and units', () => {
  it('lists training cohorts by number with capacity and seats taken, leaving out BKN re-test sessions', () => {
    const cohort = {
      scheme: 'ADMINISTRATOR' as const,
      startDate: '2019-05-02',
      capacity: 30,
      seatsTaken: 28,
    };
    const dashboard = programDashboard({
      ...EMPTY,
      cohorts: [
        { ...cohort, number: 2, seatsTaken: 30 },
        { ...cohort, number: 1 },
        { ...cohort, number: 3, kind: 'UJI_ULANG', capacity: 0, seatsTaken: 0 },
      ],
    });
    expect(dashboard.cohorts.map((c) => [c.number, c.capacity, c.seatsTaken])).toEqual([
      [1, 30, 28],
      [2, 30, 30],
    ]);
  });

  it('counts each unit of the decisions in force only, competent and not yet competent, with its title', () => {
    const dashboard = programDashboard({
      ...EMPTY,
      decisions: [
        decision(A, 'dec_1', 'BELUM_KOMPETEN', { supersededBy: 'dec_2' }),
        decision(A, 'dec_2', 'KOMPETEN'),
        decision(B, 'dec_1', 'BELUM_KOMPETEN'),
      ],
    });
    expect(dashboard.units).toEqual([
      {
        code: 'MASN-ADM-01',
        title: 'Melaksanakan Manajemen Perencanaan ASN',
        competent: 2,
        notYetCompetent: 0,
      },
      {
        code: 'MASN-ADM-02',
        title: 'Melaksanakan Manajemen Pengadaan ASN',
        competent: 1,
        notYetCompetent: 1,
      },
    ]);
  });
});
