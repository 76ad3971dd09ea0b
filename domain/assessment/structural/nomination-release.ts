/**
 * When a PNS's nomination for a structural assessment ends, Perka BKN 11/2008: the PPK determines who takes the
 * assessment (Lampiran III.1.c), so a candidate it did not determine is not assessed on that nomination and may be
 * proposed again later (after another selection, or by the instansi the PNS moved to); a result is valid for 2
 * years (II.B.5, "Hasil penilaian kompetensi berlaku selama 2 (dua) tahun"), after which it is no longer used and the
 * PNS is assessed anew. Until one of the two, the nomination holds: one being determined, assessed, or whose result
 * stands is not replaced.
 */
import type { IsoDate } from '../../shared/dates';
import { accept, defineRules, reject, violation, type Decision } from '../../shared/rule';
import type { NominationStatus } from './nomination';
import { resultStatus } from './result';

export const NOMINATION_RELEASE_RULES = /* @__PURE__ */ defineRules({
  'PK-PENCALONAN-BERAKHIR': {
    article: 'Perka BKN 11/2008 Lampiran III.1.c, II.B.5',
    summary:
      'Pencalonan PNS berakhir bila PPK tidak menetapkannya mengikuti penilaian atau bila hasil penilaiannya telah melewati masa berlaku 2 tahun; sesudah itu NIP dapat dicalonkan lagi oleh instansi yang sama atau instansi lain, dan sebelum itu tidak.',
  },
});

/** What decides whether a nomination ended: its status and, once reported, the report's date. */
export interface NominationState {
  status: NominationStatus;
  reportDate?: IsoDate;
}

/** How a nomination ended: the PPK did not determine the candidate, or the result's 2 years ran out. */
export type NominationEnd = 'TIDAK_DITETAPKAN' | 'HASIL_KEDALUWARSA';

/** Whether `nomination` has ended on `today`, and how; otherwise why it still holds (PK-PENCALONAN-BERAKHIR). */
export function nominationEnded(nomination: NominationState, today: IsoDate): Decision<NominationEnd> {
  const holds = (message: string, field: string) =>
    reject<NominationEnd>([violation(NOMINATION_RELEASE_RULES['PK-PENCALONAN-BERAKHIR'], message, field)]);
  if (nomination.status === 'TIDAK_DITETAPKAN') return accept('TIDAK_DITETAPKAN');
  if (nomination.status !== 'DITETAPKAN') {
    return holds('Pencalonan masih berlangsung: PPK belum memutuskan penetapan calon.', 'status');
  }
  if (nomination.reportDate === undefined) {
    return holds(
      'Penilaian kompetensi calon yang ditetapkan PPK masih berlangsung; pencalonan berakhir setelah hasilnya melewati masa berlaku 2 tahun.',
      'status',
    );
  }
  const { validUntil, status } = resultStatus(nomination.reportDate, today);
  return status === 'KEDALUWARSA'
    ? accept('HASIL_KEDALUWARSA')
    : holds(
        `Hasil penilaian kompetensi tanggal ${nomination.reportDate} masih berlaku sampai ${validUntil}; pencalonan berakhir sesudahnya.`,
        'reportDate',
      );
}
