/**
 * One nomination per PNS, Perka BKN 11/2008 Lampiran III.1.b-c: the administrative selection and the position-substance
 * test are held by the PNS's own instansi ("instansi yang bersangkutan"), whose personnel official proposes them to
 * its PPK; the notice goes through the personnel official of the PNS's instansi (III.2.a.3). A PNS belongs to one
 * instansi, so a NIP another instansi nominates is not nominated again while that nomination holds
 * (nomination-release.ts: until the PPK did not determine them or their result ran out); within an instansi a NIP
 * is one candidate at a time, determined for one position (the candidate's key).
 */
import type { IsoDate } from '../../shared/dates';
import { decide, defineRules, violation, type Decision } from '../../shared/rule';
import { nominationEnded, type NominationEnd, type NominationState } from './nomination-release';

export const SINGLE_NOMINATION_RULES = /* @__PURE__ */ defineRules({
  'PK-SATU-PENCALONAN': {
    article: 'Perka BKN 11/2008 Lampiran III.1.b-c, III.2.a.3)',
    summary:
      'Seorang PNS dicalonkan oleh instansinya sendiri saja: NIP yang telah dicalonkan instansi lain tidak dicatat lagi sebagai calon.',
  },
});

/**
 * Whether an instansi may nominate a NIP, given the nomination of the instansi that holds it, if another: only when
 * there is none or it ended (then how). The refusal says neither where nor in which state the NIP is nominated.
 */
export function checkSingleNomination(
  elsewhere: NominationState | undefined,
  today: IsoDate,
): Decision<NominationEnd | undefined> {
  const ended = elsewhere && nominationEnded(elsewhere, today);
  return decide(
    ended?.ok ? ended.value : undefined,
    ended === undefined || ended.ok
      ? []
      : [
          violation(
            SINGLE_NOMINATION_RULES['PK-SATU-PENCALONAN'],
            'PNS dengan NIP ini telah dicalonkan instansi lain; seorang PNS dicalonkan oleh instansinya sendiri.',
            'nip',
          ),
        ],
  );
}
