/**
 * Who is assessed for a structural position, Perka BKN 11/2008 Lampiran III.1: a PNS the instansi itself found to
 * have passed its administrative selection and position-substance test (a-b) is proposed by the official in charge
 * of personnel to the Pejabat Pembina Kepegawaian (PPK), who determines that they take the assessment (c); on that
 * determination the official hands the assessment to a UPK or TPK (d). Only a determined candidate is assessed
 * (II.A.1 with III.1.c-d).
 */
import { isAfter, isBefore, type IsoDate } from '../../shared/dates';
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../../shared/rule';
import { ECHELON_METHOD_RULES, type Echelon } from './methods';

export const NOMINATION_RULES = /* @__PURE__ */ defineRules({
  'PK-LULUS-SELEKSI': {
    article: 'Perka BKN 11/2008 Lampiran III.1.a-b',
    summary:
      'Calon yang dicatat telah dinyatakan lulus seleksi administrasi dan tes substansi jabatan oleh instansinya, bertanggal tidak sesudah hari ini.',
  },
  'PK-USUL-KE-PPK': {
    article: 'Perka BKN 11/2008 Lampiran III.1.c',
    summary:
      'Pejabat kepegawaian mengusulkan calon yang lulus seleksi kepada PPK sekali; PPK hanya menetapkan calon yang diusulkan kepadanya dan belum ditetapkan.',
  },
  'PK-PENETAPAN-PPK': {
    article: 'Perka BKN 11/2008 Lampiran III.1.c-d',
    summary:
      'Penetapan PPK menyebut jabatan struktural, eselonnya dan pelaksana (UPK atau TPK), dengan keputusan bertanggal tidak sebelum usulan dan tidak sesudah hari ini.',
  },
  'PK-HANYA-DITETAPKAN': {
    article: 'Perka BKN 11/2008 Lampiran II.A.1, III.1.c-d',
    summary: 'Penilaian kompetensi hanya dimulai bagi calon yang ditetapkan PPK untuk mengikutinya.',
  },
});

export type NominationStatus = 'DICATAT' | 'DIUSULKAN' | 'DITETAPKAN' | 'TIDAK_DITETAPKAN';
export type Assessor = 'UPK' | 'TPK';

export interface SelectionResult {
  passed: boolean;
  date: IsoDate;
}

/** The instansi's own selection of a candidate (III.1.a-b). */
export interface Selection {
  administrative: SelectionResult;
  substance: SelectionResult;
}

/** Checks the selection a candidate is recorded with; every unmet point is listed. */
export function checkSelection(selection: Selection, today: IsoDate): Decision<Selection> {
  const v: RuleViolation[] = [];
  const steps = [
    ['administrative', 'seleksi administrasi', selection.administrative],
    ['substance', 'tes substansi jabatan', selection.substance],
  ] as const;
  for (const [field, label, result] of steps) {
    if (!result.passed) {
      v.push(
        violation(
          NOMINATION_RULES['PK-LULUS-SELEKSI'],
          `Calon tidak lulus ${label}; hanya PNS yang lulus yang dinilai kompetensinya.`,
          `selection.${field}.passed`,
        ),
      );
    }
    if (isAfter(result.date, today)) {
      v.push(
        violation(
          NOMINATION_RULES['PK-LULUS-SELEKSI'],
          `Tanggal ${label} ${result.date} sesudah hari ini (${today}).`,
          `selection.${field}.date`,
        ),
      );
    }
  }
  return decide(selection, v);
}

/** Whether a candidate in `status` may be proposed to the PPK (only once, from DICATAT). */
export function checkProposal(status: NominationStatus): Decision<NominationStatus> {
  return decide(
    status,
    status === 'DICATAT'
      ? []
      : [
          violation(
            NOMINATION_RULES['PK-USUL-KE-PPK'],
            `Calon sudah diusulkan kepada PPK (status ${status}).`,
            'status',
          ),
        ],
  );
}

export interface Determination {
  decision: 'DITETAPKAN' | 'TIDAK_DITETAPKAN';
  decreeDate: IsoDate;
  /** For DITETAPKAN: the position's echelon and who assesses. */
  echelon?: Echelon;
  assessedBy?: Assessor;
}

/**
 * Checks the PPK's determination of a candidate in `status`, proposed on `proposedOn`; every unmet rule is listed.
 * Eselon I-II are assessed by assessment center (II.C.2.a), which only a UPK runs (I.C.5): a TPK is refused for
 * them here already.
 */
export function checkDetermination(
  status: NominationStatus,
  proposedOn: IsoDate | undefined,
  determination: Determination,
  today: IsoDate,
): Decision<Determination> {
  const v: RuleViolation[] = [];
  if (status !== 'DIUSULKAN') {
    v.push(
      violation(
        NOMINATION_RULES['PK-USUL-KE-PPK'],
        status === 'DICATAT'
          ? 'Calon belum diusulkan pejabat kepegawaian kepada PPK.'
          : `Calon sudah ditetapkan PPK (status ${status}).`,
        'status',
      ),
    );
  }
  if (isAfter(determination.decreeDate, today)) {
    v.push(
      violation(
        NOMINATION_RULES['PK-PENETAPAN-PPK'],
        `Tanggal keputusan ${determination.decreeDate} sesudah hari ini (${today}).`,
        'decreeDate',
      ),
    );
  }
  if (proposedOn !== undefined && isBefore(determination.decreeDate, proposedOn)) {
    v.push(
      violation(
        NOMINATION_RULES['PK-PENETAPAN-PPK'],
        `Tanggal keputusan ${determination.decreeDate} sebelum usulan (${proposedOn}).`,
        'decreeDate',
      ),
    );
  }
  if (determination.decision === 'DITETAPKAN') {
    if (determination.echelon === undefined || determination.assessedBy === undefined) {
      v.push(
        violation(
          NOMINATION_RULES['PK-PENETAPAN-PPK'],
          'Penetapan menyebut eselon jabatan dan pelaksana penilaian (UPK atau TPK).',
          'assessedBy',
        ),
      );
    } else if (
      (determination.echelon === 'I' || determination.echelon === 'II') &&
      determination.assessedBy === 'TPK'
    ) {
      v.push(
        violation(
          ECHELON_METHOD_RULES['PK-AC-OLEH-UPK'],
          `Jabatan eselon ${determination.echelon} dinilai dengan assessment center, yang hanya dilaksanakan UPK, bukan TPK.`,
          'assessedBy',
        ),
      );
    }
  }
  return decide(determination, v);
}

/** Whether the assessment of a candidate in `status` may start: only when the PPK determined them. */
export function checkAssessable(status: NominationStatus): Decision<NominationStatus> {
  return decide(
    status,
    status === 'DITETAPKAN'
      ? []
      : [
          violation(
            NOMINATION_RULES['PK-HANYA-DITETAPKAN'],
            status === 'TIDAK_DITETAPKAN'
              ? 'PPK tidak menetapkan calon ini untuk mengikuti penilaian kompetensi.'
              : 'Calon belum ditetapkan PPK untuk mengikuti penilaian kompetensi.',
            'status',
          ),
        ],
  );
}
