import { competencyUnit, isCompetencyUnitCode } from '../reference/competency-units';
import { LEVEL_NAMES, SCHEME_CODES, type SchemeCode } from '../reference/schemes';
import { currentDecision } from '../result/attempt';

/**
 * The figures of BKN's programme dashboard (issue 16 point 8), counted from the programme's records as the
 * repositories give them. Every stage counts people (NIPs), each once, in the instansi and level of their
 * participant record (else of their candidate record): proposed (a candidate no longer a draft), eligible (set as
 * a participant by the participant-setting session, Perban BKN 7/2020 Pasal 31(1)f), seated (a seat in a training
 * cohort, or tested, since a participant tested may have left the cohort's list), tested (a result decision),
 * competent (the decision in force is KOMPETEN), certified (a competency certificate version in force, AKTIF) and
 * Monev answered (one of their own questionnaires, as participant, answered).
 */
export const DASHBOARD_STAGES = [
  'proposed',
  'eligible',
  'seated',
  'tested',
  'competent',
  'certified',
  'monevAnswered',
] as const;
export type DashboardStage = (typeof DASHBOARD_STAGES)[number];
export type StageCounts = Record<DashboardStage, number>;

export interface DashboardInput {
  /** The instansi with a proposal in the programme, with their names. */
  instansi: readonly { code: string; name: string }[];
  candidates: readonly { nip: string; instansiCode: string; scheme: SchemeCode; status: string }[];
  participants: readonly {
    nip: string;
    instansiCode: string;
    scheme: SchemeCode;
    status: string;
    seat?: { cohort: number } | undefined;
  }[];
  /** Every result decision of the programme's participants, superseded ones included. */
  decisions: readonly {
    nip: string;
    decisionId: string;
    supersededBy?: string | undefined;
    outcome: 'KOMPETEN' | 'BELUM_KOMPETEN';
    competentUnits: readonly string[];
    notYetCompetentUnits: readonly string[];
  }[];
  /** Every competency certificate version of the programme. */
  certificates: readonly { nip: string; status: string }[];
  /** The participants' own Monev questionnaires (respondent PESERTA), answered or not. */
  questionnaires: readonly { nip: string; answered: boolean }[];
  cohorts: readonly {
    number: number;
    scheme: SchemeCode;
    kind?: 'PELATIHAN' | 'UJI_ULANG' | undefined;
    startDate: string;
    capacity: number;
    seatsTaken: number;
  }[];
}

export interface Dashboard {
  total: StageCounts;
  byInstansi: { instansiCode: string; name: string; counts: StageCounts }[];
  byLevel: { scheme: SchemeCode; name: string; counts: StageCounts }[];
  cohorts: {
    number: number;
    scheme: SchemeCode;
    levelName: string;
    startDate: string;
    capacity: number;
    seatsTaken: number;
  }[];
  units: { code: string; title: string; competent: number; notYetCompetent: number }[];
}

const emptyCounts = (): StageCounts =>
  Object.fromEntries(DASHBOARD_STAGES.map((stage) => [stage, 0])) as StageCounts;

const groupBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
};

export function programDashboard(input: DashboardInput): Dashboard {
  const participants = new Map(input.participants.map((p) => [p.nip, p]));
  const candidates = new Map(input.candidates.map((c) => [c.nip, c]));
  const inForce = [...groupBy(input.decisions, (d) => d.nip).values()].flatMap((own) => {
    const decision = currentDecision(own);
    return decision ? [decision] : [];
  });
  const tested = new Set(inForce.map((d) => d.nip));

  /** Each person's stages; a person is counted where their participant (else candidate) record places them. */
  const stagesOf = new Map<string, Set<DashboardStage>>();
  const mark = (nip: string, stage: DashboardStage) =>
    stagesOf.set(nip, (stagesOf.get(nip) ?? new Set()).add(stage));
  for (const c of input.candidates) if (c.status !== 'DRAFT') mark(c.nip, 'proposed');
  for (const p of input.participants) {
    if (p.status === 'SET') mark(p.nip, 'eligible');
    if (p.status === 'SET' && (p.seat || tested.has(p.nip))) mark(p.nip, 'seated');
  }
  for (const d of inForce) {
    mark(d.nip, 'tested');
    if (d.outcome === 'KOMPETEN') mark(d.nip, 'competent');
  }
  for (const c of input.certificates) if (c.status === 'AKTIF') mark(c.nip, 'certified');
  for (const q of input.questionnaires) if (q.answered) mark(q.nip, 'monevAnswered');

  const total = emptyCounts();
  const byInstansi = new Map<string, StageCounts>();
  const byLevel = new Map<SchemeCode, StageCounts>();
  for (const [nip, stages] of stagesOf) {
    const where = participants.get(nip) ?? candidates.get(nip);
    for (const stage of stages) {
      total[stage] += 1;
      if (!where) continue;
      const instansi = byInstansi.get(where.instansiCode) ?? emptyCounts();
      const level = byLevel.get(where.scheme) ?? emptyCounts();
      instansi[stage] += 1;
      level[stage] += 1;
      byInstansi.set(where.instansiCode, instansi);
      byLevel.set(where.scheme, level);
    }
  }

  const names = new Map(input.instansi.map((i) => [i.code, i.name]));
  const units = new Map<string, { competent: number; notYetCompetent: number }>();
  const tally = (code: string, field: 'competent' | 'notYetCompetent') => {
    const unit = units.get(code) ?? { competent: 0, notYetCompetent: 0 };
    unit[field] += 1;
    units.set(code, unit);
  };
  for (const d of inForce) {
    for (const code of d.competentUnits) tally(code, 'competent');
    for (const code of d.notYetCompetentUnits) tally(code, 'notYetCompetent');
  }

  return {
    total,
    byInstansi: [...byInstansi]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, counts]) => ({ instansiCode: code, name: names.get(code) ?? code, counts })),
    byLevel: SCHEME_CODES.filter((scheme) => byLevel.has(scheme)).map((scheme) => ({
      scheme,
      name: LEVEL_NAMES[scheme],
      counts: byLevel.get(scheme)!,
    })),
    cohorts: input.cohorts
      .filter((c) => c.kind !== 'UJI_ULANG')
      .map(({ number, scheme, startDate, capacity, seatsTaken }) => ({
        number,
        scheme,
        levelName: LEVEL_NAMES[scheme],
        startDate,
        capacity,
        seatsTaken,
      }))
      .sort((a, b) => a.number - b.number),
    units: [...units]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, tallied]) => ({
        code,
        title: isCompetencyUnitCode(code) ? competencyUnit(code).title : code,
        ...tallied,
      })),
  };
}
