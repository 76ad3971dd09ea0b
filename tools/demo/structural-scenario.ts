import { isWorkingDay } from '../../domain/calendar/working-days';
import { addDays, type IsoDate } from '../../domain/shared/dates';
import {
  StructuralMethod,
  TpkRequest,
  type DeterminationRequest,
  type PlanRequest,
  type StructuralCandidateRequest,
  type UpkRequest,
} from '../../events/api/structural';
import type { NoticeRequest } from '../../events/api/structural-notice';
import type { CompetencyStandard, StructuralPositionRequest } from '../../events/api/structural-standards';
import { randomFor } from './random';
import { personName, type InstansiSpec } from './scenario';

/*
 * The demo's second scenario, Perka BKN 11/2008: a handful of the instansi the programme registered assess the
 * civil servants they mean to appoint to structural positions of echelon II, III and IV, through a UPK (their
 * own, BKN's facilitation, another instansi's on BKN's recommendation) or a TPK their PPK forms. Written out
 * case by case, as a reader of the regulation would check them; only the people's names come from the seed.
 */

/**
 * The days of 2025 the scenario is played on, after the 2019 programme and its aftermath (the clock only moves
 * forward). 2025 because the holiday table holds it, as the working-day notice of III.2.a.4 needs.
 */
export const STRUCTURAL_DAYS = {
  /** The personnel officials register the structural positions with their competency standards (IV.1)... */
  positions: '2025-01-10' as IsoDate,
  /** ...and record the UPK that assess their candidates (II.A.2, IV.2). */
  units: '2025-01-13' as IsoDate,
  /** The PPK forms the TPK by decree (II.A.4-6). */
  teams: '2025-01-15' as IsoDate,
  /** The instansi's own administrative selection and position-substance test (III.1.a-b)... */
  administrativeSelection: '2025-02-03' as IsoDate,
  substanceTest: '2025-02-04' as IsoDate,
  /** ...after which the personnel official records those who passed. */
  candidates: '2025-02-05' as IsoDate,
  /** The personnel official proposes them to the PPK (III.1.c). */
  proposals: '2025-02-10' as IsoDate,
  /** The PPK determines who is assessed, for which position, by UPK or TPK (III.1.c). */
  determinations: '2025-02-17' as IsoDate,
  /** The personnel official hands each assessment to a UPK or TPK (III.1.d). */
  handovers: '2025-02-19' as IsoDate,
  /** The UPK or TPK determines the methods and prepares the documents (III.2.a.1-2). */
  plans: '2025-02-24' as IsoDate,
  /** The personnel official issues each candidate's notification letter (III.2.a.3)... */
  notices: '2025-02-25' as IsoDate,
  /** ...which reaches the PNS in time, 6 working days before (III.2.a.4)... */
  receipts: '2025-02-27' as IsoDate,
  /** ...but for one candidate only on this day, too late for their date. */
  lateReceipt: '2025-03-10' as IsoDate,
  /** The first day of assessments: each instansi assesses from a day of its own, one after another. */
  assessments: '2025-03-10' as IsoDate,
  /** The assessors send their reports to the PPK (III.2 Laporan 1); one instansi sends its first earlier. */
  reports: '2025-03-20' as IsoDate,
  /** The late candidate's new letter is received (issued on the day their result was refused)... */
  newReceipt: '2025-03-17' as IsoDate,
  /** ...for their new date, 6 working days later. */
  newAssessment: '2025-03-26' as IsoDate,
  /** The PPK's feedback from reports for the persons' development (IV.4). */
  feedback: '2025-03-24' as IsoDate,
  /**
   * Baperjakat weighs the results for each position (II.A.7), two years on: the first report (sent before the
   * others) has run out the day before, the others hold (II.B.5). 2027 is in the holiday table.
   */
  positionResults: '2027-03-15' as IsoDate,
};

/**
 * The days of 2027 on which PNS whose 2025 nomination ended are nominated again (PK-PENCALONAN-BERAKHIR), after
 * Baperjakat's listing and before the regional programme's days (from 5 April): each assessed like the others.
 */
export const RENOMINATION_DAYS = {
  /** The instansi's own selection, passed again (III.1.a-b)... */
  administrativeSelection: '2027-03-12' as IsoDate,
  substanceTest: '2027-03-15' as IsoDate,
  /** ...after which the personnel official records the nomination: the next one, or a first at another instansi. */
  candidates: '2027-03-16' as IsoDate,
  /** Nominations the API refuses: a result that still holds, a NIP another instansi nominated the day before. */
  refusals: '2027-03-17' as IsoDate,
  proposals: '2027-03-17' as IsoDate,
  determinations: '2027-03-18' as IsoDate,
  /** Handed over, planned and notified on one day... */
  handovers: '2027-03-19' as IsoDate,
  /** ...the letter received the next working day, 6 working days before (Good Friday, 26 March, is not one). */
  receipts: '2027-03-22' as IsoDate,
  assessments: '2027-04-01' as IsoDate,
  /** The results are recorded and the reports sent the day after. */
  reports: '2027-04-02' as IsoDate,
};

/** `n` working days from `start` (national holidays and cuti bersama as data): the days of a plan. */
export function workingDaysFrom(start: IsoDate, n: number): IsoDate[] {
  const days: IsoDate[] = [];
  for (let day = start; days.length < n; day = addDays(day, 1)) {
    const working = isWorkingDay(day);
    if (!working.ok) throw new Error(`no holiday data for ${day}`);
    if (working.value) days.push(day);
  }
  return days;
}

export type UpkBasisKind = UpkRequest['basis']['kind'];
/** Where a candidate's assessment is handed: one of the instansi's UPK, by its basis, or its TPK. */
export type UnitKey = UpkBasisKind | 'TPK';
export type Echelon = 'II' | 'III' | 'IV';

/** A request the API must refuse, with the rule codes its answer names. */
export interface Refused<T> {
  request: T;
  codes: string[];
}

export interface StructuralCandidateSpec {
  nip: string;
  instansiCode: string;
  request: StructuralCandidateRequest;
  /** The PPK's decree: determined for a position, echelon and UPK or TPK, or not determined. */
  determination: DeterminationRequest;
  /** Where the assessment is handed, when determined. */
  unit?: UnitKey;
  /** The code of the position determined, unique in the instansi: its key in a register of positions. */
  positionCode?: string;
  /** The plan of the assessment, when determined. */
  plan?: PlanRequest;
  /** A plan first drawn up that the API refuses. */
  refusedPlan?: Refused<PlanRequest>;
  /** The assessors who record the results: psychometry by the plan's psychologist, the rest by `assessor`. */
  assessors?: { psychologist: string; assessor: string };
  /** The notification letter's content as the UPK or TPK decided it (Anak Lampiran), for `assessedOn`. */
  notice?: NoticeRequest;
  /** The days of the assessment, as its letter announces them. */
  assessedOn?: IsoDate[];
  /** The competencies of the standard the candidate falls short of (their level one below). */
  gaps?: string[];
  /**
   * The letter reaches the PNS too late for `assessedOn`: the result on it is refused, a new letter sets
   * `newAssessedOn`, received in time.
   */
  late?: { refused: Refused<null>; newAssessedOn: IsoDate[] };
  /** The report is sent as soon as the results are in, before the other reports. */
  earlyReport?: boolean;
  /** The PPK's feedback from the report (IV.4). */
  feedback?: string;
  /**
   * A nomination after one that ended (PK-PENCALONAN-BERAKHIR): the instansi it ended at, and the number the API
   * gives this one (absent for a first nomination at another instansi, the PNS having moved).
   */
  renominates?: { instansiCode: string; nomination?: number };
}

/** A nomination the API refuses because the NIP's nomination has not ended, with the answer expected. */
export interface RefusedRenomination {
  nip: string;
  request: StructuralCandidateRequest;
  /** 409 STRUCTURAL_CANDIDATE_EXISTS at the instansi that holds it, 422 at another (PK-SATU-PENCALONAN). */
  status: 409 | 422;
  code: string;
  /** The rule codes of its details. */
  codes: string[];
}

export interface StructuralInstansiSpec {
  instansi: InstansiSpec;
  /** The structural positions the instansi registers with their competency standards (IV.1). */
  positions: StructuralPositionRequest[];
  upks: UpkRequest[];
  tpk?: { refused?: Refused<TpkRequest>; request: TpkRequest };
  /** The day its assessments start (the plans' start date). */
  assessmentsFrom: IsoDate;
  candidates: StructuralCandidateSpec[];
  /** The PNS it nominates in 2027 after their 2025 nomination ended, here or at another instansi. */
  renominations: StructuralCandidateSpec[];
  /** Its nominations of 2027 the API refuses. */
  refusedRenominations: RefusedRenomination[];
}

export interface StructuralScenario {
  instansi: StructuralInstansiSpec[];
}

/** One candidate of an instansi, as the scenario writes it: the echelon and unit, or not determined. */
type CandidateCase =
  | {
      echelon: Echelon;
      unit: UnitKey;
      methods?: PlanRequest['methods'];
      days?: number;
      refusedPlan?: true;
      /** The letter reaches the PNS too late. */
      late?: true;
    }
  | { notDetermined: true };

/** What each of the four instansi does, by kind: central, province, and two districts or cities. */
interface InstansiCase {
  upks: UpkBasisKind[];
  /** The TPK the PPK forms (members, psychologists), and the one it first tries and is refused. */
  tpk?: { size: number; psychologists: number; refused?: { size: number; psychologists: number } };
  candidates: CandidateCase[];
}

const CASES: readonly InstansiCase[] = [
  // A central agency without a UPK of its own: BKN facilitates (IV.2.a); its PPK first names 6 assessors.
  {
    upks: ['FASILITASI_BKN'],
    tpk: { size: 7, psychologists: 3, refused: { size: 6, psychologists: 3 } },
    candidates: [
      { echelon: 'II', unit: 'FASILITASI_BKN' },
      { echelon: 'III', unit: 'TPK' },
      { echelon: 'IV', unit: 'TPK' },
      { notDetermined: true },
    ],
  },
  // A province with its own UPK, which also runs an assessment center for an echelon III position.
  {
    upks: ['UPK_SENDIRI'],
    tpk: { size: 5, psychologists: 2 },
    candidates: [
      { echelon: 'II', unit: 'UPK_SENDIRI', days: 3 },
      { echelon: 'II', unit: 'UPK_SENDIRI' },
      { echelon: 'III', unit: 'UPK_SENDIRI' },
      { echelon: 'IV', unit: 'TPK' },
    ],
  },
  // A district assessed by its province's UPK on BKN's recommendation (IV.2.b); its PPK first names 1 psychologist.
  {
    upks: ['UPK_LAIN'],
    tpk: { size: 5, psychologists: 2, refused: { size: 5, psychologists: 1 } },
    candidates: [
      { echelon: 'II', unit: 'UPK_LAIN' },
      { echelon: 'III', unit: 'TPK', methods: ['PSIKOMETRI', 'WAWANCARA_KOMPETENSI', 'PRESENTASI'] },
      // A task of a specific kind: case analysis added to the echelon IV minimum (II.C.2.a.2).
      { echelon: 'IV', unit: 'TPK', methods: ['PSIKOMETRI', 'KUESIONER_KOMPETENSI', 'ANALISIS_KASUS'] },
    ],
  },
  // A district without a UPK: its TPK assesses echelon III and IV; its first echelon III plan lacks a method.
  {
    upks: [],
    tpk: { size: 5, psychologists: 2 },
    candidates: [
      { echelon: 'III', unit: 'TPK', refusedPlan: true },
      { echelon: 'III', unit: 'TPK', late: true },
      { echelon: 'IV', unit: 'TPK' },
      { notDetermined: true },
    ],
  },
];

const POSITIONS: Record<Echelon, { titles: readonly string[]; current: string }> = {
  II: {
    titles: ['Kepala Badan Kepegawaian dan Pengembangan SDM', 'Kepala Dinas Pendidikan', 'Inspektur'],
    current: 'Sekretaris Badan Kepegawaian dan Pengembangan SDM',
  },
  III: {
    titles: ['Kepala Bidang Mutasi dan Promosi', 'Kepala Bagian Perencanaan', 'Kepala Bidang Pengembangan'],
    current: 'Kepala Subbidang Mutasi',
  },
  IV: {
    titles: ['Kepala Subbidang Data Kepegawaian', 'Kepala Seksi Kurikulum', 'Kepala Subbagian Keuangan'],
    current: 'Analis Kepegawaian Ahli Muda',
  },
};

/** A position's competency standard (IV.1): the basic competencies every structural official has, one of its field. */
const standardFor = (echelon: Echelon, field: { code: string; name: string }): CompetencyStandard => {
  const level = { II: 4, III: 3, IV: 2 }[echelon];
  const competency = (code: string, name: string, kind: 'DASAR' | 'BIDANG') => ({
    code,
    name,
    kind,
    requiredLevel: level,
    description: `${name} pada tingkat ${level} yang dipersyaratkan jabatan eselon ${echelon}.`,
    indicators: [`Menunjukkan ${name.toLowerCase()} dalam tugas jabatan`],
  });
  return {
    decreeNumber: `800/SKJ/ESL${echelon}/2024`,
    establishedOn: '2024-11-04',
    competencies: [
      competency('INT', 'Integritas', 'DASAR'),
      competency('KEP', 'Kepemimpinan', 'DASAR'),
      competency(field.code, field.name, 'BIDANG'),
    ],
  };
};
const FIELDS = [
  { code: 'MAN.SDM', name: 'Manajemen sumber daya manusia' },
  { code: 'REN.01', name: 'Perencanaan program dan anggaran' },
  { code: 'PEN.01', name: 'Pengembangan kompetensi pegawai' },
] as const;

/** A TPK names every method but the assessment center, which only a UPK runs (I.C.5); no other method. */
const TPK_TEAM_METHODS = StructuralMethod.options.filter((m) => m !== 'ASSESSMENT_CENTER' && m !== 'LAINNYA');
/** A UPK assesses by assessment center (with psychometry); a TPK by the minimum of the echelon (II.C.2.a). */
const UPK_METHODS: PlanRequest['methods'] = ['ASSESSMENT_CENTER', 'PSIKOMETRI'];
const TPK_METHODS: Record<'III' | 'IV', PlanRequest['methods']> = {
  III: ['PSIKOMETRI', 'WAWANCARA_KOMPETENSI', 'ANALISIS_KASUS'],
  IV: ['PSIKOMETRI', 'KUESIONER_KOMPETENSI'],
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** An 18-digit NIP: birth date, appointment month, sex (1 or 2), sequence. */
const nipOf = (born: IsoDate, appointed: string, index: number) =>
  `${born.replaceAll('-', '')}${appointed}${1 + (index % 2)}${pad((index % 999) + 1, 3)}`;
const candidateNip = (index: number) => nipOf(addDays('1978-03-01' as IsoDate, index * 53), '200303', index);
const assessorNip = (index: number) => nipOf(addDays('1968-05-01' as IsoDate, index * 41), '199403', index);

/** The four instansi the scenario takes: the first central agency that is not BKN, a province, two districts. */
export function structuralInstansi(instansi: readonly InstansiSpec[]): InstansiSpec[] {
  const central =
    instansi.find((i) => i.kind === 'PUSAT' && !i.bkn) ?? instansi.find((i) => i.kind === 'PUSAT');
  const province = instansi.find((i) => i.kind === 'PROVINSI');
  const districts = instansi.filter((i) => i.kind === 'KABUPATEN_KOTA').slice(0, 2);
  const chosen = [central, province, ...districts].filter((i): i is InstansiSpec => i !== undefined);
  if (chosen.length !== CASES.length)
    throw new Error('the structural scenario needs a central agency, a province and two districts or cities');
  return chosen;
}

const independence = (on: IsoDate, statement: string) => ({ declared: true, declaredOn: on, statement });
/** The contract's example TPK: its psychologist's and its other members' qualifications (I.C.3). */
const EXAMPLE_MEMBERS = (TpkRequest.meta()?.examples as TpkRequest[])[0]!.members;
/** Each assessor's training, before the PPK's decree, and their technical expertise: the example's, own number. */
const qualification = (nip: string, isPsychologist: boolean) => {
  const example = EXAMPLE_MEMBERS.find((m) => m.isPsychologist === isPsychologist)!.qualification!;
  return { ...example, training: { ...example.training!, certificateNumber: `PA-2023/${nip.slice(-3)}` } };
};

/**
 * The structural scenario on the instansi the programme registered: four of them, their UPK and TPK, and 15
 * candidates (4 for echelon II, 5 for III, 4 for IV, 2 the PPK does not determine); in 2027 those 2 nominated
 * again (by their instansi, and by another after a move) and 2 nominations refused (RENOMINATIONS).
 */
export function generateStructuralScenario(
  instansi: readonly InstansiSpec[],
  seed = 2019,
): StructuralScenario {
  const random = randomFor(seed, 'structural');
  const chosen = structuralInstansi(instansi);
  const province = chosen[1]!;
  let candidates = 0;
  let assessors = 0;
  let determinedSoFar = 0;
  const played = CASES.map((c, i): Omit<StructuralInstansiSpec, 'renominations' | 'refusedRenominations'> => {
    const own = chosen[i]!;
    const code = own.code;
    // A UPK names its own assessors (they record the results): a psychologist for psychometry and another.
    const upkAssessors = [assessorNip(assessors++), assessorNip(assessors++)].map((nip, a) => ({
      nip,
      name: `${personName(nip, random)}${a === 0 ? ', Psikolog' : ''}`,
      isPsychologist: a === 0,
    }));
    const upkFor = (kind: UpkBasisKind): UpkRequest => {
      const basis: UpkRequest['basis'] =
        kind === 'UPK_SENDIRI'
          ? { kind, decreeNumber: `800/${code}/UPK/2024`, date: '2024-06-03' }
          : kind === 'FASILITASI_BKN'
            ? { kind, letterNumber: `B-${101 + i}/KP.05/SD/K/2025`, date: '2025-01-08' }
            : {
                kind,
                hostInstansiCode: province.code,
                recommendationNumber: `B-${201 + i}/KP.05/SD/K/2025`,
                date: '2025-01-09',
              };
      const name =
        kind === 'UPK_SENDIRI'
          ? `UPK ${own.name}`
          : kind === 'FASILITASI_BKN'
            ? 'UPK Badan Kepegawaian Negara (fasilitasi)'
            : `UPK ${province.name}`;
      return {
        name,
        basis,
        independence: independence(
          STRUCTURAL_DAYS.units,
          'UPK melaksanakan penilaian secara independen dan tidak memiliki kepentingan atas calon.',
        ),
        assessorStatement: {
          declared: true,
          declaredOn: STRUCTURAL_DAYS.units,
          statement: 'Seluruh assessor UPK telah mengikuti pelatihan assessor dan memiliki keahlian teknis.',
        },
        assessors: upkAssessors,
      };
    };
    const team = (size: number, psychologists: number): TpkRequest => ({
      decreeNumber: `821/${code}/TPK/2025`,
      decreeDate: STRUCTURAL_DAYS.teams,
      name: `Tim Penilaian Kompetensi ${own.name} 2025`,
      members: Array.from({ length: size }, (_, m) => {
        const nip = assessorNip(assessors++);
        const isPsychologist = m < psychologists;
        return {
          nip,
          name: `${personName(nip, random)}${isPsychologist ? ', Psikolog' : ''}`,
          isPsychologist,
          independence: independence(
            STRUCTURAL_DAYS.teams,
            'Saya tidak memiliki hubungan kepentingan dengan calon yang dinilai.',
          ),
          qualification: qualification(nip, isPsychologist),
        };
      }),
      methods: TPK_TEAM_METHODS,
    });
    const refusedTeam = c.tpk?.refused && team(c.tpk.refused.size, c.tpk.refused.psychologists);
    const tpk = c.tpk && team(c.tpk.size, c.tpk.psychologists);
    const assessmentsFrom = addDays(STRUCTURAL_DAYS.assessments, i);
    const positions: StructuralPositionRequest[] = [];
    return {
      instansi: own,
      positions,
      upks: c.upks.map(upkFor),
      ...(tpk && {
        tpk: {
          request: tpk,
          ...(refusedTeam && {
            refused: {
              request: refusedTeam,
              codes: c.tpk!.refused!.psychologists < 2 ? ['TPK-MIN-2-PSIKOLOG'] : ['TPK-GANJIL'],
            },
          }),
        },
      }),
      assessmentsFrom,
      candidates: c.candidates.map((k, n): StructuralCandidateSpec => {
        const index = candidates++;
        const nip = candidateNip(index);
        const echelon = 'echelon' in k ? k.echelon : 'IV';
        const position = POSITIONS[echelon];
        const decree = {
          decreeNumber: `821/${code}/${pad(n + 1, 2)}/KEP/2025`,
          decreeDate: STRUCTURAL_DAYS.determinations,
        };
        const request: StructuralCandidateRequest = {
          name: personName(nip, random),
          position: position.current,
          workUnit: own.kind === 'PUSAT' ? 'Biro Sumber Daya Manusia' : 'Badan Kepegawaian Daerah',
          selection: {
            administrative: { passed: true, date: STRUCTURAL_DAYS.administrativeSelection },
            substance: { passed: true, date: STRUCTURAL_DAYS.substanceTest },
          },
        };
        if (!('echelon' in k))
          return {
            nip,
            instansiCode: code,
            request,
            determination: {
              decision: 'TIDAK_DITETAPKAN',
              ...decree,
              reason: 'Formasi jabatan telah terisi melalui mutasi.',
            },
          };
        const title = position.titles[n % position.titles.length]!;
        // Psychometry by a psychologist: one of the TPK's members, or the UPK's own (II.C.1.c).
        const psychologist = (k.unit === 'TPK' ? tpk!.members : upkAssessors).find((m) => m.isPsychologist)!;
        const positionCode = `ESL${echelon}-${pad(n + 1, 2)}`;
        const standard = standardFor(echelon, FIELDS[n % FIELDS.length]!);
        positions.push({ code: positionCode, name: title, echelon, workUnit: own.name, standard });
        // The other assessor: a TPK member who is not a psychologist, or the UPK's second.
        const assessor = (k.unit === 'TPK' ? tpk!.members : upkAssessors).find((m) => !m.isPsychologist)!;
        const durationDays = k.days ?? (k.unit === 'TPK' ? 1 : 2);
        const determinedIndex = determinedSoFar++;
        const plan: PlanRequest = {
          methods: k.methods ?? (k.unit === 'TPK' && echelon !== 'II' ? TPK_METHODS[echelon] : UPK_METHODS),
          startDate: assessmentsFrom,
          durationDays,
          psychologist: { nip: psychologist.nip, name: psychologist.name, isPsychologist: true },
          documents: [
            { kind: 'STANDAR_KOMPETENSI_JABATAN', positionCode, version: 1 },
            { kind: 'BIODATA', title: `Biodata ${request.name}`, reference: `SIASN ${nip}` },
          ],
        };
        return {
          nip,
          instansiCode: code,
          request,
          determination: {
            decision: 'DITETAPKAN',
            ...decree,
            positionCode,
            echelon,
            assessedBy: k.unit === 'TPK' ? 'TPK' : 'UPK',
          },
          unit: k.unit,
          positionCode,
          plan,
          assessors: { psychologist: psychologist.nip, assessor: assessor.nip },
          notice: {
            place: own.kind === 'PUSAT' ? 'Jakarta' : own.name,
            nature: 'Penting',
            attachment: '-',
            date: assessmentsFrom,
            time: '08.00 WIB s.d. selesai',
            venue: `Ruang Asesmen ${own.name}`,
            // The UPK's head or the TPK's chair (its first member) signs (10)-(11).
            signer: {
              position:
                k.unit === 'TPK' ? 'Ketua Tim Penilaian Kompetensi' : 'Kepala Unit Penilaian Kompetensi',
              name: assessor.name,
              nip: assessor.nip,
            },
          },
          assessedOn: workingDaysFrom(assessmentsFrom, durationDays),
          // Every third candidate falls short of the position's field competency.
          gaps: determinedIndex % 3 === 1 ? [standard.competencies[2]!.code] : [],
          ...(k.late && {
            late: {
              // The gate names the day and why: the letter reached the PNS fewer than 6 working days before.
              refused: {
                request: null,
                codes: ['PK-DINILAI-SESUAI-PEMBERITAHUAN', 'PK-PEMBERITAHUAN-6-HARI-KERJA'],
              },
              newAssessedOn: workingDaysFrom(STRUCTURAL_DAYS.newAssessment, durationDays),
            },
          }),
          ...(determinedIndex === 0 && { earlyReport: true }),
          ...(determinedIndex > 0 &&
            determinedIndex % 5 === 0 && {
              feedback:
                'Diikutsertakan pelatihan kepemimpinan dan coaching oleh atasan langsung selama 6 bulan.',
            }),
          ...(k.refusedPlan && {
            refusedPlan: {
              // Echelon III without case analysis or presentation (II.C.2.a.1).
              request: { ...plan, methods: ['PSIKOMETRI', 'WAWANCARA_KOMPETENSI'] },
              codes: ['PK-METODE-ESELON-III'],
            },
          }),
        };
      }),
    };
  });
  return { instansi: withRenominations(played) };
}

/** Who nominates again in 2027 (by index of CASES and of its candidates), and whom the API refuses. */
const RENOMINATIONS = {
  /** The PNS the PPK did not determine in 2025: the central agency's by itself again, the second district's by the first. */
  nominated: [
    { from: 0, candidate: 3, by: 0 },
    { from: 3, candidate: 3, by: 2 },
  ],
  refused: [
    // The central agency's echelon III candidate, whose report of 20 March 2025 holds through 19 March 2027.
    {
      from: 0,
      candidate: 1,
      by: 0,
      status: 409,
      code: 'STRUCTURAL_CANDIDATE_EXISTS',
      codes: ['PK-PENCALONAN-BERAKHIR'],
    },
    // The second district's again, the day after the first district nominated them.
    { from: 3, candidate: 3, by: 3, status: 422, code: 'PK-SATU-PENCALONAN', codes: ['PK-SATU-PENCALONAN'] },
  ],
} as const;

/** The selection passed again in 2027, for a PNS whose earlier nomination ended. */
const selectedAgain = (request: StructuralCandidateRequest): StructuralCandidateRequest => ({
  ...request,
  selection: {
    administrative: { passed: true, date: RENOMINATION_DAYS.administrativeSelection },
    substance: { passed: true, date: RENOMINATION_DAYS.substanceTest },
  },
});

/**
 * The nomination of `earlier`'s PNS by `by` in 2027 (the `n`th of that instansi), for the echelon IV position its
 * TPK assessed in 2025, with that assessment's methods and assessors, on RENOMINATION_DAYS.
 */
function renominated(
  earlier: StructuralCandidateSpec,
  by: Omit<StructuralInstansiSpec, 'renominations' | 'refusedRenominations'>,
  n: number,
): StructuralCandidateSpec {
  const code = by.instansi.code;
  const template = by.candidates.find(
    (c) => c.unit === 'TPK' && c.determination.decision === 'DITETAPKAN' && c.determination.echelon === 'IV',
  );
  if (!template) throw new Error(`${code} has no echelon IV assessment by its TPK to nominate again for`);
  const plan = template.plan!;
  const day = RENOMINATION_DAYS.assessments;
  return {
    nip: earlier.nip,
    instansiCode: code,
    request: { ...selectedAgain(earlier.request), workUnit: template.request.workUnit },
    determination: {
      ...template.determination,
      decreeNumber: `821/${code}/${pad(n + 1, 2)}/KEP/2027`,
      decreeDate: RENOMINATION_DAYS.determinations,
    },
    unit: template.unit,
    positionCode: template.positionCode,
    plan: {
      ...plan,
      startDate: day,
      documents: [
        plan.documents[0]!,
        { kind: 'BIODATA', title: `Biodata ${earlier.request.name}`, reference: `SIASN ${earlier.nip}` },
      ],
    },
    assessors: template.assessors,
    notice: { ...template.notice!, date: day },
    assessedOn: workingDaysFrom(day, plan.durationDays),
    gaps: [],
    renominates: {
      instansiCode: earlier.instansiCode,
      ...(earlier.instansiCode === code && { nomination: 2 }),
    },
  };
}

/** Each instansi with the nominations it makes in 2027 and those the API refuses it (RENOMINATIONS). */
function withRenominations(
  played: Omit<StructuralInstansiSpec, 'renominations' | 'refusedRenominations'>[],
): StructuralInstansiSpec[] {
  const earlier = (r: { from: number; candidate: number }) => played[r.from]!.candidates[r.candidate]!;
  return played.map((spec, i) => ({
    ...spec,
    renominations: RENOMINATIONS.nominated
      .filter((r) => r.by === i)
      .map((r, n) => renominated(earlier(r), spec, n)),
    refusedRenominations: RENOMINATIONS.refused
      .filter((r) => r.by === i)
      .map((r) => ({
        nip: earlier(r).nip,
        request: selectedAgain(earlier(r).request),
        status: r.status,
        code: r.code,
        codes: [...r.codes],
      })),
  }));
}
