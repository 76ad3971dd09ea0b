import type { IsoDate } from '../shared/dates';
import { defineRules, violation, type RuleViolation } from '../shared/rule';

/**
 * Who pays for a programme (Perban BKN 7/2020 Pasal 8(1)-(2)) and, when another instansi or party pays, the
 * schedule agreed with it (Pasal 16(8)).
 */
export const FUNDING_SOURCES = ['APBN', 'APBD_PROVINSI', 'APBD_KABUPATEN_KOTA', 'LAINNYA'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export interface FundingAgreement {
  /** The agreement's number (perjanjian kerja sama, nota kesepakatan). */
  reference: string;
  agreedOn: IsoDate;
  /** The agreed period every cohort of the programme falls in. */
  scheduleFrom: IsoDate;
  scheduleUntil: IsoDate;
}

export interface Funding {
  source: FundingSource;
  /**
   * The instansi (APBD: a provincial or district government) or other party that pays. Absent: BKN's own APBN
   * budget.
   */
  funder?: { instansiCode?: string; name: string };
  agreement?: FundingAgreement;
}

/** A programme stored before funding was recorded was BKN's own, on the APBN (Pasal 8(1)a). */
export const BKN_APBN: Funding = { source: 'APBN' };

export const FUNDING_RULES = /* @__PURE__ */ defineRules({
  'DANA-PENYANDANG': {
    article: 'Perban BKN 7/2020 Pasal 8(1)-(2)',
    summary:
      'Pembiayaan APBD menyebut pemerintah daerah penyandang dananya (kode instansi); sumber lain yang sah dan tidak mengikat menyebut pihak penyandangnya.',
  },
  'DANA-KESEPAKATAN': {
    article: 'Perban BKN 7/2020 Pasal 16(8)',
    summary:
      'Program yang dibiayai instansi pemerintah atau pihak lain mencatat kesepakatan jadwal dengannya (nomor, tanggal, rentang jadwal).',
  },
  'DANA-JADWAL': {
    article: 'Perban BKN 7/2020 Pasal 16(8)',
    summary: 'Setiap angkatan program berada dalam rentang jadwal yang disepakati dengan penyandang dana.',
  },
});

/** The cohort dates a funding check needs. */
export interface CohortDates {
  number: number;
  startDate: IsoDate;
  endDate: IsoDate;
}

/** Every unmet funding rule of a programme with these cohorts. */
export function fundingViolations(funding: Funding, cohorts: readonly CohortDates[]): RuleViolation[] {
  const R = FUNDING_RULES;
  const violations: RuleViolation[] = [];
  const { funder, agreement } = funding;
  if (funding.source !== 'APBN' && !funder) {
    violations.push(
      violation(
        R['DANA-PENYANDANG'],
        `Sumber dana ${funding.source} tanpa penyandang dana.`,
        'funding.funder',
      ),
    );
  }
  if (funding.source.startsWith('APBD') && funder && funder.instansiCode === undefined) {
    violations.push(
      violation(
        R['DANA-PENYANDANG'],
        'Pembiayaan APBD menyebut kode instansi pemerintah daerah penyandangnya.',
        'funding.funder.instansiCode',
      ),
    );
  }
  if (funder && !agreement) {
    violations.push(
      violation(
        R['DANA-KESEPAKATAN'],
        `Program dibiayai ${funder.name}: kesepakatan jadwal dengannya belum dicatat.`,
        'funding.agreement',
      ),
    );
  }
  if (agreement) {
    if (agreement.scheduleUntil < agreement.scheduleFrom) {
      violations.push(
        violation(
          R['DANA-JADWAL'],
          'Rentang jadwal yang disepakati berakhir sebelum dimulai.',
          'funding.agreement.scheduleUntil',
        ),
      );
    }
    cohorts.forEach((cohort, i) => {
      if (cohort.startDate < agreement.scheduleFrom || cohort.endDate > agreement.scheduleUntil) {
        violations.push(
          violation(
            R['DANA-JADWAL'],
            `Angkatan ${cohort.number} (${cohort.startDate} s.d. ${cohort.endDate}) di luar jadwal yang disepakati (${agreement.scheduleFrom} s.d. ${agreement.scheduleUntil}).`,
            `cohortPlan.${i}`,
          ),
        );
      }
    });
  }
  return violations;
}
