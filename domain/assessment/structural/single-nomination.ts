/**
 * One nomination per PNS, Perka BKN 11/2008 Lampiran III.1.b-c: the administrative selection and the position-substance
 * test are held by the PNS's own instansi ("instansi yang bersangkutan"), whose personnel official proposes them to
 * its PPK; the notice goes through the personnel official of the PNS's instansi (III.2.a.3). A PNS belongs to one
 * instansi, so a NIP another instansi already nominates is not nominated again; within an instansi a NIP is one
 * candidate, determined for one position (the candidate's key).
 */
import { decide, defineRules, violation, type Decision } from '../../shared/rule';

export const SINGLE_NOMINATION_RULES = /* @__PURE__ */ defineRules({
  'PK-SATU-PENCALONAN': {
    article: 'Perka BKN 11/2008 Lampiran III.1.b-c, III.2.a.3)',
    summary:
      'Seorang PNS dicalonkan oleh instansinya sendiri saja: NIP yang telah dicalonkan instansi lain tidak dicatat lagi sebagai calon.',
  },
});

/** Whether an instansi may nominate a NIP, given whether another instansi already nominated it. */
export function checkSingleNomination(nominatedElsewhere: boolean): Decision<boolean> {
  return decide(
    nominatedElsewhere,
    !nominatedElsewhere
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
