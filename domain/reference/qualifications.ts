import { competencyUnit } from './competency-units';
import type { CompetencyUnit, CompetencyUnitCode } from './competency-units';
import type { SchemeCode } from './schemes';

/**
 * The qualifications (kualifikasi) of the 2019 handbook, each a package of competency units for one
 * jenjang (Panduan Pusbang ASN BKN 2019, Kompetensi Teknis Manajemen ASN). Packaging units into a scheme
 * is what Perban BKN 7/2020 Pasal 14(2) calls pemaketan; recognition on a qualification is Pasal 15(3)d.
 * JPT Pratama has two: one for BKN's own JPT Pratama and one for the other K/L and Daerah instansi.
 */
export const QUALIFICATION_CODES = [
  'JPT_PRATAMA_BKN',
  'JPT_PRATAMA_INSTANSI',
  'ADMINISTRATOR',
  'PENGAWAS',
] as const;

export type QualificationCode = (typeof QUALIFICATION_CODES)[number];

export interface QualificationUnit {
  readonly unit: CompetencyUnitCode;
  /**
   * Whether the unit must be found competent for the qualification. The handbook marks no unit optional,
   * and the certificate needs competence in all required performance (Perban BKN 7/2020 Pasal 16(6)), so
   * every unit the handbook lists is required.
   */
  readonly required: boolean;
}

export interface Qualification {
  readonly code: QualificationCode;
  /** The heading the handbook gives the qualification. */
  readonly name: string;
  /** The certification scheme the qualification belongs to (Pasal 14(1)). */
  readonly scheme: SchemeCode;
  /** Units in the handbook's order. */
  readonly units: readonly QualificationUnit[];
  readonly source: string;
}

const required = (...codes: CompetencyUnitCode[]): readonly QualificationUnit[] =>
  codes.map((unit) => ({ unit, required: true }));

const SECTION = 'Panduan Pusbang ASN BKN 2019, Kompetensi Teknis Manajemen ASN';

export const QUALIFICATIONS: Readonly<Record<QualificationCode, Qualification>> = {
  JPT_PRATAMA_BKN: {
    code: 'JPT_PRATAMA_BKN',
    name: 'Kualifikasi JPT Pratama BKN',
    scheme: 'JPT_PRATAMA',
    units: /* @__PURE__ */ required(
      'MASN-JPT-01',
      'MASN-JPT-02',
      'MASN-JPT-03',
      'MASN-JPT-04',
      'MASN-JPT-05',
      'MASN-JPT-06',
      'MASN-JPT-07',
      'MASN-JPT-08',
      'MASN-JPT-09',
      'MASN-JPT-10',
      'MASN-JPT-11',
      'MASN-JPT-12',
    ),
    source: `${SECTION}, Kualifikasi JPT Pratama BKN`,
  },
  JPT_PRATAMA_INSTANSI: {
    code: 'JPT_PRATAMA_INSTANSI',
    name: 'Kualifikasi JPT Pratama Instansi K/L dan Daerah',
    scheme: 'JPT_PRATAMA',
    units: /* @__PURE__ */ required(
      'MASN-JPT-02',
      'MASN-JPT-03',
      'MASN-JPT-04',
      'MASN-JPT-05',
      'MASN-JPT-06',
      'MASN-JPT-07',
      'MASN-JPT-08',
      'MASN-JPT-09',
      'MASN-JPT-10',
      'MASN-JPT-11',
      'MASN-JPT-12',
    ),
    source: `${SECTION}, Kualifikasi JPT Pratama Instansi K/L dan Daerah`,
  },
  ADMINISTRATOR: {
    code: 'ADMINISTRATOR',
    name: 'Kualifikasi Administrator',
    scheme: 'ADMINISTRATOR',
    units: /* @__PURE__ */ required(
      'MASN-ADM-01',
      'MASN-ADM-02',
      'MASN-ADM-03',
      'MASN-ADM-04',
      'MASN-ADM-05',
      'MASN-ADM-06',
      'MASN-ADM-07',
      'MASN-ADM-08',
      'MASN-ADM-09',
      'MASN-ADM-10',
      'MASN-ADM-11',
      'MASN-ADM-12',
      'MASN-ADM-13',
      'MASN-ADM-14',
    ),
    source: `${SECTION}, Kualifikasi Administrator`,
  },
  PENGAWAS: {
    code: 'PENGAWAS',
    name: 'Kualifikasi Pengawas',
    scheme: 'PENGAWAS',
    units: /* @__PURE__ */ required(
      'MASN-PGW-01',
      'MASN-PGW-02',
      'MASN-PGW-03',
      'MASN-PGW-04',
      'MASN-PGW-05',
      'MASN-PGW-06',
      'MASN-PGW-07',
      'MASN-PGW-08',
      'MASN-PGW-09',
      'MASN-PGW-10',
      'MASN-PGW-11',
      'MASN-PGW-12',
      'MASN-PGW-13',
      'MASN-PGW-14',
      'MASN-PGW-15',
    ),
    source: `${SECTION}, Kualifikasi Pengawas`,
  },
};

export function isQualificationCode(value: string): value is QualificationCode {
  return (QUALIFICATION_CODES as readonly string[]).includes(value);
}

/** The units of a qualification, in the handbook's order, with their titles. */
export function qualificationUnits(code: QualificationCode): readonly CompetencyUnit[] {
  return QUALIFICATIONS[code].units.map((u) => competencyUnit(u.unit));
}

/**
 * The codes of the units that must all be competent for the qualification: the "(jumlah kompetensi yang
 * harus dimiliki)" the sample certificate counts against (Panduan Pusbang ASN BKN 2019, Contoh Sertifikat).
 */
export function requiredUnitCodes(code: QualificationCode): readonly CompetencyUnitCode[] {
  return QUALIFICATIONS[code].units.filter((u) => u.required).map((u) => u.unit);
}

/** The qualifications of a scheme; empty for the schemes the handbook gives no units for. */
export function qualificationsOfScheme(scheme: SchemeCode): readonly Qualification[] {
  return QUALIFICATION_CODES.map((code) => QUALIFICATIONS[code]).filter((q) => q.scheme === scheme);
}

/** What decides a candidate's qualification besides the scheme: whether their instansi is BKN itself. */
export interface QualificationInstansi {
  /** The instansi is BKN (recorded with its registration), whose JPT Pratama take the BKN qualification. */
  bkn?: boolean | undefined;
}

/**
 * The qualification a candidate is tested on, derived from the candidate and never chosen by the caller: BKN's
 * own JPT Pratama take the 12-unit BKN qualification, those of a K/L or Daerah instansi the 11-unit one; every
 * other scheme has one qualification (Panduan Pusbang ASN BKN 2019, Kompetensi Teknis Manajemen ASN). Undefined
 * for a scheme without units (JPT Madya, Pelaksana, mentor, counsellor).
 */
export function qualificationFor(
  scheme: SchemeCode,
  instansi: QualificationInstansi,
): QualificationCode | undefined {
  if (scheme === 'JPT_PRATAMA') return instansi.bkn === true ? 'JPT_PRATAMA_BKN' : 'JPT_PRATAMA_INSTANSI';
  return qualificationsOfScheme(scheme)[0]?.code;
}
