import { REQUIRED_DOCUMENTS, type RequiredDocument } from '../../domain/eligibility/documents';
import type { GolonganRuang } from '../../domain/identity/rank';
import type { PlannedCohort } from '../../domain/program/program';
import {
  qualificationFor,
  requiredUnitCodes,
  type QualificationCode,
} from '../../domain/reference/qualifications';
import type { SchemeCode } from '../../domain/reference/schemes';
import { addMonths, addYears, type IsoDate } from '../../domain/shared/dates';
import type { CandidateInput } from '../../events/api/proposal';
import { nipFor } from '../programme-2019/programme';
import { oneOf, randomFor, shareOf, shuffled } from './random';

/*
 * The people of the demo, generated from a seed: the instansi and Kanreg that propose, and their candidates with
 * what will happen to them on the way (an ineligible profile, a document left out, an assessor's "not yet fit").
 * Everything that depends on where the placement worker seats someone is drawn later, in the stage concerned.
 */

export type InstansiKind = 'PUSAT' | 'PROVINSI' | 'KABUPATEN_KOTA';

export interface InstansiSpec {
  code: string;
  name: string;
  kind: InstansiKind;
  kanreg: string | null;
  /** Who builds and submits the proposal: the instansi's own operator or its Kanreg (regional only). */
  proposedBy: 'instansi' | 'kanreg';
  /** BKN itself: its JPT Pratama take the BKN qualification. */
  bkn?: boolean;
}

/** The eligibility rule an ineligible candidate breaks, and how the profile breaks it. */
export type IneligibleReason =
  | 'ELIG-KINERJA-2Y'
  | 'ELIG-HUKDIS-BERAT-3Y'
  | 'ELIG-MASA-JABATAN-12M'
  | 'ELIG-REKOMENDASI-ATASAN'
  | 'ELIG-TUGAS-BELAJAR';

const INELIGIBLE_REASONS: readonly IneligibleReason[] = [
  'ELIG-KINERJA-2Y',
  'ELIG-HUKDIS-BERAT-3Y',
  'ELIG-MASA-JABATAN-12M',
  'ELIG-REKOMENDASI-ATASAN',
  'ELIG-TUGAS-BELAJAR',
];

export interface CandidateSpec {
  nip: string;
  instansi: InstansiSpec;
  scheme: SchemeCode;
  qualification: QualificationCode;
  units: readonly string[];
  input: CandidateInput;
  ineligible?: IneligibleReason;
  /** Left out of the first submission, which is then refused; uploaded and submitted again. */
  missingDocument?: RequiredDocument;
  /** Uploaded, but the eligibility session asks for it again (e.g. an expired health certificate). */
  documentRequested?: RequiredDocument;
  /** The assessor first finds the self-assessment not yet fit; the candidate revises it. */
  notFitFirst?: boolean;
  /** The assessor finds the candidate not fit and the candidate does not revise: the session does not set them. */
  notSet?: boolean;
  /**
   * A graduate of the PIK school whose courses cover the standard (Perban BKN 7/2020 Pasal 23): proposed with
   * their transcript, tested directly, without the training's CV, e-learning and attendance.
   */
  pikGraduate?: boolean;
}

export interface Scenario {
  seed: number;
  today: IsoDate;
  instansi: InstansiSpec[];
  candidates: CandidateSpec[];
  /** Seats of the plan per scheme: the participants the setting session sets. */
  seats: Partial<Record<SchemeCode, number>>;
}

/** Shares of the 2019 programme's candidates (the minimum of 1 keeps every case in a small run). */
export const SHARES = {
  ineligible: 0.025,
  notSet: 0.005,
  missingDocument: 0.04,
  documentRequested: 0.01,
  notFitFirst: 0.03,
  proposedByKanreg: 0.25,
};

/**
 * The 34 provinces of 2019 with the BKN Kanreg whose region covers them (approximately: the Kanreg regions have
 * been redrawn over the years); their codes are the BPS codes.
 */
const PROVINCES: readonly (readonly [code: string, name: string, kanreg: string])[] = [
  ['11', 'Aceh', 'XIII'],
  ['12', 'Sumatera Utara', 'VI'],
  ['13', 'Sumatera Barat', 'XII'],
  ['14', 'Riau', 'XII'],
  ['15', 'Jambi', 'VII'],
  ['16', 'Sumatera Selatan', 'VII'],
  ['17', 'Bengkulu', 'VII'],
  ['18', 'Lampung', 'V'],
  ['19', 'Kepulauan Bangka Belitung', 'VII'],
  ['21', 'Kepulauan Riau', 'XII'],
  ['31', 'DKI Jakarta', 'V'],
  ['32', 'Jawa Barat', 'III'],
  ['33', 'Jawa Tengah', 'I'],
  ['34', 'DI Yogyakarta', 'I'],
  ['35', 'Jawa Timur', 'II'],
  ['36', 'Banten', 'V'],
  ['51', 'Bali', 'X'],
  ['52', 'Nusa Tenggara Barat', 'X'],
  ['53', 'Nusa Tenggara Timur', 'X'],
  ['61', 'Kalimantan Barat', 'V'],
  ['62', 'Kalimantan Tengah', 'VIII'],
  ['63', 'Kalimantan Selatan', 'VIII'],
  ['64', 'Kalimantan Timur', 'VIII'],
  ['65', 'Kalimantan Utara', 'VIII'],
  ['71', 'Sulawesi Utara', 'XI'],
  ['72', 'Sulawesi Tengah', 'XI'],
  ['73', 'Sulawesi Selatan', 'IV'],
  ['74', 'Sulawesi Tenggara', 'IV'],
  ['75', 'Gorontalo', 'XI'],
  ['76', 'Sulawesi Barat', 'IV'],
  ['81', 'Maluku', 'IV'],
  ['82', 'Maluku Utara', 'XI'],
  ['91', 'Papua Barat', 'XIV'],
  ['94', 'Papua', 'IX'],
];

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const districtCode = (province: string, n: number) => `${province}${pad(n, 2)}`;
const districtName = (province: string, n: number) =>
  `Pemerintah ${n % 5 === 0 ? 'Kota' : 'Kabupaten'} ${province} ${pad(n, 2)}`;

/**
 * A province and its first `districts` kabupaten/kota, named and coded as `generateInstansi` names them (so a
 * programme of the region and the national one register the same instansi alike); every other one proposes
 * through the Kanreg.
 */
export function provinceInstansi(provinceCode: string, districts: number): InstansiSpec[] {
  const [code, name, kanreg] = PROVINCES.find(([c]) => c === provinceCode)!;
  const each = (kind: InstansiKind, c: string, n: string, i: number): InstansiSpec => ({
    code: c,
    name: n,
    kind,
    kanreg,
    proposedBy: i % 2 === 0 ? 'kanreg' : 'instansi',
  });
  return [
    each('PROVINSI', code, `Pemerintah Provinsi ${name}`, 0),
    ...Array.from({ length: districts }, (_, i) =>
      each('KABUPATEN_KOTA', districtCode(code, i + 1), districtName(name, i + 1), i + 1),
    ),
  ];
}

/**
 * `count` instansi: central agencies (about 8%), provinces, and districts and cities spread over the provinces.
 * The 2019 quota (one nominee per instansi per level) needs at least as many instansi as the largest level has
 * seats: 960 for the Administrator cohorts, more than the roughly 630 instansi Indonesia has.
 */
export function generateInstansi(count: number, seed: number): InstansiSpec[] {
  const random = randomFor(seed, 'instansi');
  const central = Math.max(1, Math.round(count * 0.08));
  const provinces = Math.min(PROVINCES.length, Math.max(1, Math.round(count * 0.035)), count - central);
  const districts = Math.max(0, count - central - provinces);
  const regional = (kind: InstansiKind, code: string, name: string, kanreg: string): InstansiSpec => ({
    code,
    name,
    kind,
    kanreg,
    proposedBy: random() < SHARES.proposedByKanreg ? 'kanreg' : 'instansi',
  });
  const list: InstansiSpec[] = [];
  // The first central agency is BKN itself, so its JPT Pratama show the BKN qualification.
  for (let i = 1; i <= central; i++) {
    list.push({
      code: `KL${pad(i, 3)}`,
      name: i === 1 ? 'Badan Kepegawaian Negara' : `Kementerian/Lembaga ${pad(i, 3)}`,
      kind: 'PUSAT',
      kanreg: null,
      proposedBy: 'instansi',
      ...(i === 1 ? { bkn: true } : {}),
    });
  }
  for (const [code, name, kanreg] of PROVINCES.slice(0, provinces)) {
    list.push(regional('PROVINSI', code, `Pemerintah Provinsi ${name}`, kanreg));
  }
  for (let i = 0; i < districts; i++) {
    const [province, name, kanreg] = PROVINCES[i % PROVINCES.length]!;
    const n = Math.floor(i / PROVINCES.length) + 1;
    list.push(regional('KABUPATEN_KOTA', districtCode(province, n), districtName(name, n), kanreg));
  }
  // A small run still shows a Kanreg proposing for a regional government.
  const regionalOnes = list.filter((i) => i.kind !== 'PUSAT');
  if (regionalOnes.length > 0 && !regionalOnes.some((i) => i.proposedBy === 'kanreg')) {
    regionalOnes[0]!.proposedBy = 'kanreg';
  }
  return list;
}

const FIRST_NAMES = {
  L: ['Agus', 'Budi', 'Ahmad', 'Eko', 'Andi', 'Rudi', 'Hendra', 'Dedi', 'Joko', 'Imam', 'Bayu', 'Yusuf'],
  P: ['Dewi', 'Rina', 'Siti', 'Sri', 'Fitri', 'Nur', 'Ratna', 'Lina', 'Maya', 'Wulan', 'Ika', 'Yuni'],
};
const LAST_NAMES = [
  'Lestari',
  'Santoso',
  'Wulandari',
  'Pratama',
  'Saputra',
  'Hidayat',
  'Nugroho',
  'Kurniawan',
  'Siregar',
  'Simanjuntak',
  'Rahmawati',
  'Setiawan',
  'Hasibuan',
  'Wijaya',
  'Purba',
  'Mahendra',
];
const DEGREES = [', S.Sos.', ', S.E.', ', S.H.', ', S.Kom.', ', M.Si.', ', S.AP.', ', M.AP.', ''];

/** A civil servant's name as the instansi writes it, drawn for the sex the NIP gives (its 15th digit). */
export function personName(nip: string, random: () => number): string {
  const sex = nip.charAt(14) === '1' ? 'L' : 'P';
  return `${oneOf(FIRST_NAMES[sex], random)} ${oneOf(LAST_NAMES, random)}${oneOf(DEGREES, random)}`;
}

const POSITIONS: Record<
  'JPT_PRATAMA' | 'ADMINISTRATOR' | 'PENGAWAS',
  { level: 2 | 3 | 4; ranks: readonly GolonganRuang[]; titles: readonly string[] }
> = {
  JPT_PRATAMA: {
    level: 4,
    ranks: ['IV/c'],
    titles: [
      'Kepala Badan Kepegawaian Daerah',
      'Kepala Biro Sumber Daya Manusia',
      'Kepala Badan Kepegawaian dan Pengembangan SDM',
    ],
  },
  ADMINISTRATOR: {
    level: 3,
    ranks: ['III/d', 'IV/a', 'IV/b'],
    titles: [
      'Kepala Bidang Mutasi dan Promosi',
      'Kepala Bidang Pengembangan Pegawai',
      'Kepala Bagian Kepegawaian',
    ],
  },
  PENGAWAS: {
    level: 2,
    ranks: ['III/b', 'III/c', 'III/d'],
    titles: ['Kepala Subbidang Mutasi', 'Kepala Subbagian Kepegawaian', 'Kepala Seksi Data Kepegawaian'],
  },
};

/** The profile the instansi enters: eligible today, or breaking exactly the rule named. */
function candidateInput(
  scheme: SchemeCode,
  name: string,
  instansi: InstansiSpec,
  today: IsoDate,
  random: () => number,
  ineligible?: IneligibleReason,
): CandidateInput {
  const position = POSITIONS[scheme as keyof typeof POSITIONS];
  const year = Number(today.slice(0, 4));
  return {
    name,
    scheme,
    route: 'UJI_LANGSUNG',
    position: {
      title: oneOf(position.titles, random),
      unit: instansi.kind === 'PUSAT' ? 'Biro Sumber Daya Manusia' : 'Badan Kepegawaian dan Pengembangan SDM',
      level: position.level,
      rank: oneOf(position.ranks, random),
      isAsnManagement: true,
      meetsPositionRequirements: true,
      since: ineligible === 'ELIG-MASA-JABATAN-12M' ? addMonths(today, -6) : `${year - 3}-01-02`,
    },
    performance: [
      { year: year - 2, rating: 'BAIK' },
      {
        year: year - 1,
        rating: ineligible === 'ELIG-KINERJA-2Y' ? 'CUKUP' : oneOf(['BAIK', 'SANGAT_BAIK'], random),
      },
    ],
    disciplinarySentences:
      ineligible === 'ELIG-HUKDIS-BERAT-3Y' ? [{ level: 'BERAT', decidedOn: addYears(today, -1) }] : [],
    supervisorRecommendation: {
      fromDirectSupervisor: true,
      recommended: ineligible !== 'ELIG-REKOMENDASI-ATASAN',
    },
    leaves:
      ineligible === 'ELIG-TUGAS-BELAJAR'
        ? [{ kind: 'TUGAS_BELAJAR', from: addMonths(today, -3), until: null }]
        : [],
  };
}

/** Seats of each scheme in a cohort plan. */
export function seatsOfPlan(plan: readonly PlannedCohort[]): Partial<Record<SchemeCode, number>> {
  const seats: Partial<Record<SchemeCode, number>> = {};
  for (const cohort of plan) seats[cohort.scheme] = (seats[cohort.scheme] ?? 0) + cohort.capacity;
  return seats;
}

/** Who proposes for a programme other than the national one: its instansi, and where its NIPs start. */
export interface ScenarioPeople {
  instansi: InstansiSpec[];
  /** The index of the first NIP (`nipFor`), clear of every other programme's candidates. */
  firstNip: number;
  /**
   * The NIPs' sequence number (digits 16-18), one per programme played at the same time (national.ts): `nipFor`
   * has some 4000 birth dates, fewer than ten programmes' candidates.
   */
  serial?: number;
}

/** `n` of `list` in turn, from the start again when the list is shorter (several candidates per instansi). */
const inTurn = <T>(list: readonly T[], n: number): T[] =>
  list.length >= n ? list.slice(0, n) : Array.from({ length: n }, (_, i) => list[i % list.length]!);

/**
 * Everyone the instansi propose for a plan: per scheme the plan's seats, plus the candidates the assessor will
 * not find fit and the ineligible ones, each from a different instansi (the quota of one per level); with
 * `people`, from those instansi in turn (a regional programme's few instansi, with a larger quota).
 */
export function generateScenario(
  plan: readonly PlannedCohort[],
  today: IsoDate,
  seed = 2019,
  people?: ScenarioPeople,
): Scenario {
  const seats = seatsOfPlan(plan);
  const schemes = Object.keys(seats) as SchemeCode[];
  const perScheme = schemes.map((scheme) => {
    const n = seats[scheme]!;
    return { scheme, seats: n, notSet: shareOf(n, SHARES.notSet), ineligible: shareOf(n, SHARES.ineligible) };
  });
  const instansi =
    people?.instansi ??
    generateInstansi(Math.max(...perScheme.map((s) => s.seats + s.notSet + s.ineligible)), seed);
  const random = randomFor(seed, 'candidates');
  const candidates: CandidateSpec[] = [];
  for (const { scheme, seats: n, notSet, ineligible } of perScheme) {
    // BKN's own JPT Pratama candidate is always among the ones set: the one qualification only BKN takes.
    const drawn = shuffled(instansi, random);
    const bkn = scheme === 'JPT_PRATAMA' ? drawn.filter((i) => i.bkn) : [];
    const others = drawn.filter((i) => !bkn.includes(i));
    const proposers = inTurn(
      [...others.slice(0, ineligible + notSet), ...bkn, ...others.slice(ineligible + notSet)],
      n + notSet + ineligible,
    );
    proposers.forEach((proposer, i) => {
      const index = (people?.firstNip ?? 0) + candidates.length;
      const nip = people?.serial ? `${nipFor(index).slice(0, 15)}${pad(people.serial, 3)}` : nipFor(index);
      const name = personName(nip, random);
      const reason = i < ineligible ? INELIGIBLE_REASONS[index % INELIGIBLE_REASONS.length] : undefined;
      const qualification = qualificationFor(scheme, proposer)!;
      candidates.push({
        nip,
        instansi: proposer,
        scheme,
        qualification,
        units: requiredUnitCodes(qualification),
        input: candidateInput(scheme, name, proposer, today, random, reason),
        ...(reason ? { ineligible: reason } : {}),
        ...(i >= ineligible && i < ineligible + notSet ? { notSet: true } : {}),
      });
    });
  }
  // The slips that are fixed on the way, among the candidates who end up set.
  const settable = shuffled(
    candidates.filter((c) => !c.ineligible && !c.notSet),
    random,
  );
  const missing = shareOf(settable.length, SHARES.missingDocument);
  const requested = shareOf(settable.length, SHARES.documentRequested);
  const notFit = shareOf(settable.length, SHARES.notFitFirst);
  settable.forEach((c, i) => {
    if (i < missing) c.missingDocument = REQUIRED_DOCUMENTS[i % REQUIRED_DOCUMENTS.length];
    else if (i < missing + requested) c.documentRequested = 'SURAT_KETERANGAN_SEHAT';
    else if (i < missing + requested + notFit) c.notFitFirst = true;
  });
  return { seed, today, instansi, candidates, seats };
}
