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

export type ResultViewer =
  | { kind: 'PNS_DINILAI'; nip: string }
  | { kind: 'PPK' }
  | { kind: 'BAPERJAKAT' }
  | { kind: 'UPK_TPK' }
  | { kind: 'LAINNYA'; description: string };

/** Whether `viewer` may read the result report of the PNS `assessedNip`. */
export function canAccessResult(viewer: ResultViewer, assessedNip: string): Decision<ResultViewer> {
  const allowed =
    viewer.kind === 'PPK' ||
    viewer.kind === 'BAPERJAKAT' ||
    viewer.kind === 'UPK_TPK' ||
    (viewer.kind === 'PNS_DINILAI' && viewer.nip === assessedNip);
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
