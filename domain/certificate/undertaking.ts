/**
 * The holder's undertaking, Perban BKN 7/2020 Pasal 36(2): the holder signs their agreement to (a) uphold the
 * ASN code of ethics and conduct, (b) meet the scheme's provisions as printed on the certificate, (c) use the
 * certification only within their authority, and (d) refrain from acts that break rules and the law. It is
 * offered with every certificate version issued (a re-issue under a new scheme is signed again: b names the
 * scheme on that certificate) and signed by the holder, who accepts the text of one version.
 */
import type { IsoDate } from '../shared/dates';
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';
import type { CertificateStatus } from './competency-certificate';

export const UNDERTAKING_RULES = /* @__PURE__ */ defineRules({
  'JANJI-VERSI-TEKS': {
    article: 'Perban BKN 7/2020 Pasal 36(2)',
    summary: 'Pemegang menandatangani persetujuan atas teks yang berlaku (versinya disebut saat menyetujui).',
  },
  'JANJI-SERTIFIKAT-BERLAKU': {
    article: 'Perban BKN 7/2020 Pasal 36(2)',
    summary: 'Persetujuan ditandatangani atas sertifikat yang berlaku (versi berstatus AKTIF).',
  },
});

/** The text in force; a change of wording is a new version, and what was signed keeps its own. */
export const UNDERTAKING = {
  version: '2020-1',
  clauses: [
    { clause: 'a', text: 'menjunjung tinggi kode etik dan kode perilaku ASN;' },
    { clause: 'b', text: 'memenuhi ketentuan skema sertifikasi seperti yang tertera dalam sertifikat;' },
    {
      clause: 'c',
      text: 'menyatakan bahwa sertifikasi profesinya hanya berlaku sesuai dengan kewenangannya; dan',
    },
    {
      clause: 'd',
      text: 'menghindarkan diri dari perbuatan yang melanggar aturan dan melanggar hukum yang dapat mencederai kehormatan profesi.',
    },
  ],
} as const;

export interface UndertakingSignature {
  textVersion: string;
  signedOn: IsoDate;
}

/** Whether the holder may sign the undertaking of a certificate with `status`, accepting `textVersion`. */
export function signUndertaking(
  status: CertificateStatus,
  textVersion: string,
  today: IsoDate,
): Decision<UndertakingSignature> {
  const v: RuleViolation[] = [];
  if (textVersion !== UNDERTAKING.version) {
    v.push(
      violation(
        UNDERTAKING_RULES['JANJI-VERSI-TEKS'],
        `Teks persetujuan yang berlaku adalah versi ${UNDERTAKING.version}, bukan ${textVersion}; baca ulang dan setujui teks itu.`,
        'textVersion',
      ),
    );
  }
  if (status !== 'AKTIF') {
    v.push(
      violation(
        UNDERTAKING_RULES['JANJI-SERTIFIKAT-BERLAKU'],
        `Sertifikat berstatus ${status}; persetujuan ditandatangani atas sertifikat yang berlaku.`,
        'certificateId',
      ),
    );
  }
  return decide({ textVersion, signedOn: today }, v);
}
