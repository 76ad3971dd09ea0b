import { ASSESSOR_EXAMPLE } from '../../../events/api/assessment';
import { requiredUnitsFor } from '../../../domain/result/attempt';
import { claimsWith, type Claims } from '../helpers/api-event';
import { PROGRAM_ID } from '../helpers/programs';
import { NIP, OTHER_NIP } from '../helpers/proposals';
import { aCohort, aParticipant, cohortItem, participantItem } from '../preassessment/table';

/*
 * The items of the assessment and result stages as docs/data-model.md stores them,
 * written out here (not taken from the repositories) so the tests pin the key shapes.
 */
export const ASESOR = 'asesor.budi';
export const ASESOR_NIP = '197501012000031001';
export const PAKAR = 'pakar.sri';
export const KOMITE = 'komite.ketua';
/** The official of BKN's training unit who records the result sessions (Pasal 16(5)). */
export const SIDANG = 'pusbang.sidang';
/** The result session's record: the unit's chair and the cohort's assessor (Pasal 25f, 30(2)q). */
export const SESSION = {
  chair: { name: 'Kepala Pusbang ASN', position: 'Kepala Pusat Pengembangan ASN' },
  attendees: [
    { name: 'Kepala Pusbang ASN', role: 'UNIT_PELATIHAN_BKN' },
    { name: 'Budi Santoso', role: 'ASESOR', username: 'asesor.budi' },
  ],
};
export const UNITS = requiredUnitsFor('ADMINISTRATOR');
export const UNIT = UNITS[0]!;
export const PARTITION = `PARTICIPANT#${PROGRAM_ID}#${NIP}`;
export const cohortPartition = (n: number) => `COHORT#${PROGRAM_ID}#${String(n).padStart(3, '0')}`;

export const asesor = (username = ASESOR): Claims => claimsWith('[asesor]', { 'cognito:username': username });
export const pakar = (username = PAKAR): Claims => claimsWith('[pakar]', { 'cognito:username': username });
export const komite = (username = KOMITE): Claims => claimsWith('[komite]', { 'cognito:username': username });
export const sidang = (username = SIDANG): Claims =>
  claimsWith('[admin-bkn]', { 'cognito:username': username });

export const assessorBody = (overrides: Record<string, unknown> = {}) => ({
  role: 'asesor',
  username: ASESOR,
  nip: ASESOR_NIP,
  name: 'Budi Santoso, S.H., M.Si.',
  isPns: true,
  education: 'S2',
  golongan: 'IV/a',
  serviceStart: '2000-03-01',
  assessorCertificate: { recognisedByBkn: true, validUntil: '2029-12-31' },
  mastery: { ...ASSESSOR_EXAMPLE.mastery },
  disciplinaryPeriods: [],
  ...overrides,
});

export const expertBody = (overrides: Record<string, unknown> = {}) => ({
  role: 'pakar',
  username: PAKAR,
  nip: '196501011990032001',
  name: 'Dr. Sri Wahyuni',
  education: 'S3',
  status: 'PENSIUNAN_JPT_MADYA',
  statusProvenByHistory: true,
  relevantExpertise: true,
  assignedByBkn: true,
  signedComplianceStatement: true,
  ...overrides,
});

/** A team member item as stored: the body without role, username, name and nip is the profile. */
export function teamItem(
  body: Record<string, unknown>,
  cohort = 19,
  excluded: { nip: string; codes: string[] }[] = [],
) {
  const { role, username, name, nip, ...profile } = body;
  return {
    pk: cohortPartition(cohort),
    sk: `ASSESSMENT#TEAM#${String(username)}`,
    entity: 'TeamMember',
    programId: PROGRAM_ID,
    cohort,
    username,
    role,
    nip,
    name,
    profile: { directSupervisorNip: null, declaredConflictNips: [], ...profile },
    excluded,
    assignedBy: 'bkn-admin-1',
    assignedAt: '2026-07-20T03:00:00.000Z',
  };
}

/** The team formed by decree whose members test cohort 19 (Perban BKN 7/2020 Pasal 19(2)). */
export const DECREE_TEAM_ID = 'tim_0f8fad5bd9cb';

/**
 * A team member item as the decree places it: a session tested from 14 April 2020 is tested by a team formed by
 * decree only (TIM-UJI-SK-WAJIB), its members within the team's period, here the whole of July 2026.
 */
export const decreeTeamItem = (
  body: Record<string, unknown>,
  cohort = 19,
  excluded: { nip: string; codes: string[] }[] = [],
) => ({
  ...teamItem(body, cohort, excluded),
  teamId: DECREE_TEAM_ID,
  period: { from: '2026-07-01', to: '2026-07-31' },
});

const QUALITIES = {
  relevant: true,
  realWork: true,
  demonstratesCompetency: true,
  verifiable: true,
  valid: true,
  authentic: true,
  current: true,
};

/** A participant's attendance at the programme briefing of their cohort (Perban BKN 7/2020 Pasal 33), BR2. */
export const briefedItem = (nip: string, present = true, cohort = 19) => ({
  pk: cohortPartition(cohort),
  sk: `BRIEFING#ATTENDEE#${nip}`,
  entity: 'BriefingAttendee',
  programId: PROGRAM_ID,
  cohort,
  nip,
  present,
  recordedBy: SIDANG,
  recordedAt: '2026-07-29T02:00:00.000Z',
});

/** The cohort and its two participants, both briefed before the test. */
export const BASE = [
  cohortItem(aCohort({ seatsTaken: 2 })),
  participantItem(aParticipant()),
  participantItem(aParticipant({ nip: OTHER_NIP, name: 'Rina Wulandari' })),
  briefedItem(NIP),
  briefedItem(OTHER_NIP),
];

/** A unit's test plan in cohort `cohort`, its instruments covering the dimensions a-e (Pasal 19(7)-(8)). */
export const planItem = (unitCode: string, cohort = 19) => ({
  pk: cohortPartition(cohort),
  sk: `TESTPLAN#${unitCode}`,
  entity: 'UnitTestPlan',
  programId: PROGRAM_ID,
  cohort,
  unitCode,
  methods: ['PORTOFOLIO', 'WAWANCARA'],
  instruments: [{ instrumentId: 'ins_0f8fad5bd9cb', version: 1 }],
  dimensions: ['a', 'b', 'c', 'd', 'e'],
  plannedBy: ASESOR,
  plannedAt: '2026-07-20T03:00:00.000Z',
});

/** Cohort 19 as BASE, every unit planned: where evidence may be recorded (UJI-RENCANA-WAJIB). */
export const PLANNED = [...BASE, ...UNITS.map((unitCode) => planItem(unitCode))];

/** An evidence request meeting every Pasal 21 quality. */
export const evidenceBody = (method = 'PORTOFOLIO', overrides: Record<string, unknown> = {}) => ({
  method,
  description: `Bukti ${method.toLowerCase()} atas pekerjaan peserta tahun 2026.`,
  ...QUALITIES,
  ...overrides,
});

export function evidenceItem(unitCode: string, method: string, attempt = 0, i = 1, by = ASESOR) {
  const evidenceId = `evd_2026-07-30T0${i}:00:00.000Z_0000000${i}`;
  return {
    pk: PARTITION,
    sk: `ASSESSMENT#${attempt}#${unitCode}#EVIDENCE#${evidenceId}`,
    entity: 'Evidence',
    programId: PROGRAM_ID,
    nip: NIP,
    cohort: attempt === 0 ? 19 : 21,
    attempt,
    unitCode,
    evidenceId,
    method,
    kind: 'TIDAK_LANGSUNG',
    description: 'Dokumen kerja peserta.',
    ...QUALITIES,
    unmetRules: [],
    recordedBy: by,
    recordedByRole: 'asesor',
    recordedAt: `2026-07-30T0${i}:00:00.000Z`,
  };
}

export function recommendationItem(
  unitCode: string,
  recommendation: 'KOMPETEN' | 'BELUM_KOMPETEN',
  attempt = 0,
  by = ASESOR,
) {
  return {
    pk: PARTITION,
    sk: `ASSESSMENT#${attempt}#${unitCode}#RECOMMENDATION#2026-07-30T09:00:00.000Z#0a1b2c3d`,
    entity: 'UnitRecommendation',
    programId: PROGRAM_ID,
    nip: NIP,
    cohort: attempt === 0 ? 19 : 21,
    attempt,
    unitCode,
    recommendation,
    evidenceSufficient: true,
    methods: ['PORTOFOLIO', 'WAWANCARA'],
    recommendedBy: by,
    recommendedAt: '2026-07-30T09:00:00.000Z',
  };
}

/** Two methods of sound evidence and a recommendation for every unit of `units`. */
export function assessedUnits(
  units: readonly string[],
  outcome: (unit: string) => 'KOMPETEN' | 'BELUM_KOMPETEN' = () => 'KOMPETEN',
  attempt = 0,
) {
  return units.flatMap((u) => [
    evidenceItem(u, 'PORTOFOLIO', attempt, 1),
    evidenceItem(u, 'WAWANCARA', attempt, 2),
    recommendationItem(u, outcome(u), attempt),
  ]);
}
