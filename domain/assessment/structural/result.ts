/**
 * The result of a structural competency assessment (Perka BKN 11/2008): valid for 2 years (Lampiran
 * II.B.5), reported to the Pejabat Pembina Kepegawaian, confidential and used for appointment decisions
 * (Lampiran III.2 Laporan 1)-3)), and known to the PNS assessed and the authorised officials (II.B.2,
 * II.A.7: Baperjakat).
 */
import { addDays, addYears, isBefore, type IsoDate } from '../../shared/dates';
import { decide, defineRules, violation, type Decision } from '../../shared/rule';

export const RESULT_RULES = /* @__PURE__ */ defineRules({
  'PK-HASIL-BERLAKU-2TH': {
    article: 'Perka BKN 11/2008 Lampiran II.B.5',
    summary: 'Hasil penilaian kompetensi berlaku selama 2 tahun sejak tanggal hasil.',
  },
  'PK-HASIL-KONFIDENSIAL': {
    article: 'Perka BKN 11/2008 Lampiran III.2 Laporan 3), II.B.2, II.A.7',
    summary:
      'Laporan hasil bersifat konfidensial: hanya untuk PNS yang dinilai, Pejabat Pembina Kepegawaian, Baperjakat dan UPK/TPK penyusun.',
  },
});

export const RESULT_VALIDITY_YEARS = 2;

/** The last day the result can be used: the day before the same date 2 years later. */
export function resultValidUntil(resultDate: IsoDate): IsoDate {
  return addDays(addYears(resultDate, RESULT_VALIDITY_YEARS), -1);
}

/** Whether a result dated `resultDate` may still be used at `now`. */
export function checkResultValidity(resultDate: IsoDate, now: IsoDate): Decision<{ validUntil: IsoDate }> {
  const validUntil = resultValidUntil(resultDate);
  return decide(
    { validUntil },
    isBefore(validUntil, now)
      ? [
          violation(
            RESULT_RULES['PK-HASIL-BERLAKU-2TH'],
            `Hasil penilaian kompetensi tanggal ${resultDate} berlaku sampai ${validUntil} dan telah kedaluwarsa.`,
            'resultDate',
          ),
        ]
      : [],
  );
}

/** Whether a result dated `resultDate` is still in force on `today`, as Baperjakat's listing shows it. */
export function resultStatus(
  resultDate: IsoDate,
  today: IsoDate,
): { validUntil: IsoDate; status: 'BERLAKU' | 'KEDALUWARSA' } {
  const validity = checkResultValidity(resultDate, today);
  return {
    validUntil: resultValidUntil(resultDate),
    status: validity.ok ? 'BERLAKU' : 'KEDALUWARSA',
  };
}

/**
 * Who asks to read a report. The PPK and Baperjakat read those of their own instansi only (II.A.7: the board of
 * the instansi that appoints). The UPK/TPK that wrote it does not read it back: it has it from its submission.
 */
export type ResultViewer =
  | { kind: 'PNS_DINILAI'; nip: string }
  | { kind: 'PPK'; instansi: string }
  | { kind: 'BAPERJAKAT'; instansi: string }
  | { kind: 'LAINNYA'; description: string };

/** The report of whom, kept by which instansi. */
export interface ReportSubject {
  nip: string;
  instansiCode: string;
}

/** Whether `viewer` may read the result report of `subject`. */
export function canAccessResult(viewer: ResultViewer, subject: ReportSubject): Decision<ResultViewer> {
  const allowed =
    ((viewer.kind === 'PPK' || viewer.kind === 'BAPERJAKAT') && viewer.instansi === subject.instansiCode) ||
    (viewer.kind === 'PNS_DINILAI' && viewer.nip === subject.nip);
  return decide(
    viewer,
    allowed
      ? []
      : [
          violation(
            RESULT_RULES['PK-HASIL-KONFIDENSIAL'],
            'Laporan hasil penilaian kompetensi bersifat konfidensial dan tidak dapat diakses oleh pihak ini.',
            'viewer',
          ),
        ],
  );
}
