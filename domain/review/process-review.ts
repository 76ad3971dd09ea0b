/**
 * BKN's review of a test session (Perban BKN 7/2020 Pasal 24g): the process compared with the principles of
 * testing (valid, reliable, flexible, fair) and of evidence (valid, sufficient, authentic, current: Pasal 21e),
 * on the basis of the participants' feedback and the assessors' reports; what falls short becomes an item of the
 * improvement log, with an owner and a due date, tracked to done (the basis of improvement, 24g; 30(2)p).
 */
import { isBefore, isAfter, type IsoDate } from '../shared/dates';
import { defineRules, violation, type RuleViolation } from '../shared/rule';

export const REVIEW_RULES = /* @__PURE__ */ defineRules({
  'TINJAUAN-SETELAH-UJI': {
    article: 'Perban BKN 7/2020 Pasal 24g',
    summary: 'Proses uji suatu sesi ditinjau paling cepat pada hari ujinya.',
  },
  'TINJAUAN-DASAR-ADA': {
    article: 'Perban BKN 7/2020 Pasal 24g',
    summary:
      'Temuan tinjauan menyebut dasarnya (umpan balik peserta, laporan asesor, berita acara), dan setiap dasar yang disebut ada pada sesi itu.',
  },
  'TINJAUAN-PERBAIKAN-TEMUAN': {
    article: 'Perban BKN 7/2020 Pasal 24g, 30(2)p',
    summary: 'Prinsip yang tidak terpenuhi menjadi paling kurang satu butir perbaikan pada log perbaikan.',
  },
  'PERBAIKAN-TENGGAT': {
    article: 'Perban BKN 7/2020 Pasal 24g',
    summary: 'Tenggat butir perbaikan tidak sebelum hari ini.',
  },
  'PERBAIKAN-STATUS-MAJU': {
    article: 'Perban BKN 7/2020 Pasal 24g',
    summary:
      'Status butir perbaikan hanya maju (TERBUKA, DIKERJAKAN, SELESAI); butir SELESAI tidak diubah lagi.',
  },
  'PERBAIKAN-SELESAI-HASIL': {
    article: 'Perban BKN 7/2020 Pasal 24g',
    summary: 'Butir perbaikan dinyatakan SELESAI dengan catatan hasil perbaikannya.',
  },
});

/** The principles of testing and of evidence a session is compared with. */
export const PRINCIPLES = [
  'UJI_VALID',
  'UJI_RELIABEL',
  'UJI_FLEKSIBEL',
  'UJI_ADIL',
  'BUKTI_VALID',
  'BUKTI_CUKUP',
  'BUKTI_OTENTIK',
  'BUKTI_TERKINI',
] as const;
export type Principle = (typeof PRINCIPLES)[number];

/** What a finding rests on. */
export const REVIEW_BASES = ['UMPAN_BALIK', 'LAPORAN_ASESOR', 'BERITA_ACARA'] as const;
export type ReviewBasis = (typeof REVIEW_BASES)[number];

export const IMPROVEMENT_STATUSES = ['TERBUKA', 'DIKERJAKAN', 'SELESAI'] as const;
export type ImprovementStatus = (typeof IMPROVEMENT_STATUSES)[number];

export interface ImprovementPlan {
  action: string;
  owner: string;
  dueDate: IsoDate;
}

export interface FindingInput {
  principle: Principle;
  met: boolean;
  basis: readonly ReviewBasis[];
  improvements: readonly ImprovementPlan[];
}

/** What the session holds to review by: how many of each basis. */
export type AvailableBasis = Record<ReviewBasis, number>;

const BASIS_LABEL: Record<ReviewBasis, string> = {
  UMPAN_BALIK: 'umpan balik peserta',
  LAPORAN_ASESOR: 'laporan asesor',
  BERITA_ACARA: 'berita acara yang ditandatangani',
};

/** Why the finding may not be recorded for a session tested on `testDate`, on `today`: every reason. */
export function findingViolations(
  finding: FindingInput,
  available: AvailableBasis,
  testDate: IsoDate,
  today: IsoDate,
): RuleViolation[] {
  const violations: RuleViolation[] = [];
  if (isBefore(today, testDate)) {
    violations.push(
      violation(
        REVIEW_RULES['TINJAUAN-SETELAH-UJI'],
        `Sesi ini diuji pada ${testDate}; hari ini ${today}, prosesnya belum dapat ditinjau.`,
      ),
    );
  }
  if (finding.basis.length === 0) {
    violations.push(violation(REVIEW_RULES['TINJAUAN-DASAR-ADA'], 'Sebutkan dasar temuan ini.', 'basis'));
  }
  finding.basis.forEach((basis, i) => {
    if (available[basis] === 0) {
      violations.push(
        violation(
          REVIEW_RULES['TINJAUAN-DASAR-ADA'],
          `Sesi ini belum memiliki ${BASIS_LABEL[basis]} sebagai dasar temuan.`,
          `basis.${i}`,
        ),
      );
    }
  });
  if (!finding.met && finding.improvements.length === 0) {
    violations.push(
      violation(
        REVIEW_RULES['TINJAUAN-PERBAIKAN-TEMUAN'],
        'Prinsip yang tidak terpenuhi memerlukan paling kurang satu butir perbaikan.',
        'improvements',
      ),
    );
  }
  finding.improvements.forEach((plan, i) => {
    violations.push(...dueDateViolations(plan.dueDate, today, `improvements.${i}.dueDate`));
  });
  return violations;
}

function dueDateViolations(dueDate: IsoDate, today: IsoDate, field: string): RuleViolation[] {
  return isBefore(dueDate, today)
    ? [
        violation(
          REVIEW_RULES['PERBAIKAN-TENGGAT'],
          `Tenggat ${dueDate} sudah lewat; hari ini ${today}.`,
          field,
        ),
      ]
    : [];
}

export interface ImprovementChange {
  status: ImprovementStatus;
  note?: string | undefined;
  owner?: string | undefined;
  dueDate?: IsoDate | undefined;
}

/** Why an item now `current` may not change so on `today`: every reason. */
export function improvementChangeViolations(
  current: ImprovementStatus,
  change: ImprovementChange,
  today: IsoDate,
): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const rank = (s: ImprovementStatus) => IMPROVEMENT_STATUSES.indexOf(s);
  if (current === 'SELESAI') {
    violations.push(
      violation(REVIEW_RULES['PERBAIKAN-STATUS-MAJU'], 'Butir perbaikan ini sudah SELESAI.', 'status'),
    );
  } else if (rank(change.status) < rank(current)) {
    violations.push(
      violation(
        REVIEW_RULES['PERBAIKAN-STATUS-MAJU'],
        `Status ${current} tidak dapat kembali ke ${change.status}.`,
        'status',
      ),
    );
  }
  if (change.status === 'SELESAI' && !change.note) {
    violations.push(
      violation(
        REVIEW_RULES['PERBAIKAN-SELESAI-HASIL'],
        'Catat hasil perbaikan sebelum menyatakannya SELESAI.',
        'note',
      ),
    );
  }
  if (change.dueDate) violations.push(...dueDateViolations(change.dueDate, today, 'dueDate'));
  return violations;
}

/** Whether an item is still open on `today` and past its due date. */
export const isOverdue = (item: { status: ImprovementStatus; dueDate: IsoDate }, today: IsoDate) =>
  item.status !== 'SELESAI' && isAfter(today, item.dueDate);
