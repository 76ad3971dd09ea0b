/**
 * What a participant's competency certificate becomes when a result-session decision is recorded or one
 * supersedes another. A certificate is given on the decision of the test (Perban BKN 7/2020 Pasal 34(1)), so it
 * follows the decision in force: when that decision is replaced by one still KOMPETEN, the certificate is
 * replaced by a new version resting on the new decision (its units printed on the back, Pasal 34(3)c); when it
 * is replaced by one BELUM_KOMPETEN, the certificate loses its basis and is annulled (DIBATALKAN). Annulment is
 * not the revocation of Pasal 36(3), which is for a proven disciplinary or criminal violation of the holder and
 * is published; a certificate whose basis fell away is not reinstated under Pasal 36(4)-(6) either: a later
 * KOMPETEN decision gives it a new version. A participant holds at most one certificate in force per
 * programme and level: its later changes are versions of it (Pasal 34(3)d, the `-P<n>` numbers).
 */
import { defineRules, type Rule } from '../shared/rule';
import { CERTIFICATE_RULES, type CertificateStatus } from './competency-certificate';

export const DECISION_CHANGE_RULES = /* @__PURE__ */ defineRules({
  'SERT-SATU-BERLAKU': {
    article: 'Perban BKN 7/2020 Pasal 34(1), 34(3)d',
    summary:
      'Peserta memegang paling banyak satu sertifikat per jenjang dalam satu program; keputusan kompeten berikutnya memberi versi baru sertifikat itu, bukan sertifikat kedua.',
  },
  'SERT-GANTI-KEPUTUSAN': {
    article: 'Perban BKN 7/2020 Pasal 34(1), 34(3)c',
    summary:
      'Keputusan dasar sertifikat digantikan keputusan yang tetap kompeten: sertifikat diganti versi baru atas keputusan baru, versi lama DIMUTAKHIRKAN dengan rujukan ke versi baru.',
  },
  'SERT-BATAL-KEPUTUSAN': {
    article: 'Perban BKN 7/2020 Pasal 34(1)',
    summary:
      'Keputusan dasar sertifikat digantikan keputusan belum kompeten: sertifikat DIBATALKAN (bukan pencabutan Pasal 36(3)).',
  },
});

export interface DecisionRef {
  decisionId: string;
  outcome: 'KOMPETEN' | 'BELUM_KOMPETEN';
  supersededBy?: string | undefined;
}

/** The participant's certificate in force (its latest version), and the decision it rests on. */
export interface HeldCertificate {
  registrationNumber: string;
  decisionId: string;
  status: CertificateStatus;
}

export type CertificateConsequence =
  | { action: 'TERBITKAN'; rule: Rule; reason: string }
  | { action: 'VERSI_BARU'; rule: Rule; reason: string; replaces: string }
  | { action: 'BATALKAN'; rule: Rule; reason: string; certificate: string }
  | { action: 'TIDAK_ADA'; rule?: Rule; reason: string };

export interface DecisionChange {
  /** The decision whose certificates are asked for. */
  decision: DecisionRef;
  /** Every decision of the participant in the programme, to follow which one superseded which. */
  decisions: readonly DecisionRef[];
  held: HeldCertificate | undefined;
  /** An appeal against `decision` is open: nothing is issued on it until it is decided. */
  appealOpen: boolean;
}

/** The decision in force at the end of the chain of decisions that superseded `decisionId`. */
export function inForceAfter(decisionId: string, decisions: readonly DecisionRef[]): string {
  const byId = new Map(decisions.map((d) => [d.decisionId, d]));
  let id = decisionId;
  for (let step = 0; step <= decisions.length; step++) {
    const next = byId.get(id)?.supersededBy;
    if (next === undefined) return id;
    id = next;
  }
  return id;
}

/** What the participant's certificate becomes on `decision`; the rule and reason say why. */
export function certificateForDecision(change: DecisionChange): CertificateConsequence {
  const { decision, held } = change;
  const R = DECISION_CHANGE_RULES;
  if (decision.supersededBy !== undefined) {
    return {
      action: 'TIDAK_ADA',
      reason: `Keputusan ${decision.decisionId} telah digantikan ${decision.supersededBy}; sertifikat mengikuti keputusan yang berlaku.`,
    };
  }
  const replacesBasis =
    held !== undefined &&
    held.decisionId !== decision.decisionId &&
    inForceAfter(held.decisionId, change.decisions) === decision.decisionId;
  if (decision.outcome === 'BELUM_KOMPETEN') {
    if (held && replacesBasis && (held.status === 'AKTIF' || held.status === 'DICABUT')) {
      return {
        action: 'BATALKAN',
        rule: R['SERT-BATAL-KEPUTUSAN'],
        certificate: held.registrationNumber,
        reason: `Keputusan ${held.decisionId} yang menjadi dasar sertifikat digantikan keputusan ${decision.decisionId} (belum kompeten); sertifikat dibatalkan karena kehilangan dasarnya (Perban BKN 7/2020 Pasal 34 ayat (1)), bukan dicabut menurut Pasal 36 ayat (3).`,
      };
    }
    return { action: 'TIDAK_ADA', reason: 'Keputusan belum kompeten: tidak ada sertifikat kompetensi.' };
  }
  if (held?.decisionId === decision.decisionId) {
    return { action: 'TIDAK_ADA', reason: `Sertifikat ${held.registrationNumber} sudah atas keputusan ini.` };
  }
  if (change.appealOpen) {
    return {
      action: 'TIDAK_ADA',
      reason: `Banding atas keputusan ${decision.decisionId} masih terbuka; sertifikat menunggu putusannya.`,
    };
  }
  if (!held) {
    return {
      action: 'TERBITKAN',
      rule: CERTIFICATE_RULES['SERT-DASAR-KEPUTUSAN'],
      reason: `Diterbitkan atas keputusan sidang hasil ${decision.decisionId}: kompeten pada seluruh unit yang dipersyaratkan (Perban BKN 7/2020 Pasal 34 ayat (1)).`,
    };
  }
  if (held.status === 'DIBATALKAN') {
    return {
      action: 'VERSI_BARU',
      rule: R['SERT-SATU-BERLAKU'],
      replaces: held.registrationNumber,
      reason: `Sertifikat ${held.registrationNumber} dibatalkan; keputusan kompeten ${decision.decisionId} memberinya versi baru, bukan sertifikat kedua.`,
    };
  }
  if (replacesBasis) {
    return {
      action: 'VERSI_BARU',
      rule: R['SERT-GANTI-KEPUTUSAN'],
      replaces: held.registrationNumber,
      reason:
        `Keputusan ${held.decisionId} yang menjadi dasar sertifikat digantikan keputusan ${decision.decisionId} (tetap kompeten); ` +
        `sertifikat diganti versi baru atas keputusan itu${held.status === 'DICABUT' ? ', dan pencabutannya tetap berlaku' : ''}.`,
    };
  }
  return {
    action: 'TIDAK_ADA',
    rule: R['SERT-SATU-BERLAKU'],
    reason: `Peserta telah memegang sertifikat ${held.registrationNumber} atas keputusan ${held.decisionId} yang masih berlaku; tidak diterbitkan sertifikat kedua.`,
  };
}
