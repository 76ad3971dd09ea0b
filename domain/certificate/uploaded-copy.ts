/*
 * What a citizen's uploaded copy of a certificate is, judged by its electronic signature and the record
 * (Perban BKN 7/2020 Pasal 34 ayat (3) and 36 ayat (3): the certificate BKN set, and its standing now). The file
 * is the issued one when the revision its intact signature covers is, byte for byte, the file BKN recorded; bytes
 * a viewer appended after it when re-saving do not make it a forgery, and do not belong to the certificate.
 */

export type CopyVerdict =
  /** Exactly the issued file. */
  | 'ASLI'
  /** The issued file, intact, with an update appended after signing (re-saved by a viewer). */
  | 'ASLI_DISIMPAN_ULANG'
  /** Changed after signing: the signed bytes no longer match their signature. */
  | 'DIUBAH'
  /** Carries no signature and is not the issued file. */
  | 'TANPA_TANDA_TANGAN'
  /** Its signature is intact, but what it signs is not the file issued under this number. */
  | 'BUKAN_BERKAS_INI';

export interface UploadedCopy {
  sha256: string;
  signatures: readonly { intact: boolean; signedRevisionSha256: string; appendedBytes: number }[];
}

export interface IssuedCertificateFile {
  registrationNumber: string;
  /** SHA-256 of the PDF as issued (and signed). */
  sha256: string;
  status: 'BERLAKU' | 'DICABUT' | 'DIGANTIKAN' | 'DIBATALKAN';
  revocation?: { since: string; reason: string };
  annulment?: { since: string; reason: string };
  supersededBy?: string;
}

export interface CopyJudgement {
  verdict: CopyVerdict;
  /** The copy is the issued certificate (as issued, or re-saved with its signed revision intact). */
  matches: boolean;
  /** Bytes appended after the signed revision, for ASLI_DISIMPAN_ULANG. */
  appendedBytes?: number;
  /** The judgement in plain words, the certificate's standing included. */
  message: string;
}

function standing(file: IssuedCertificateFile, currentVersionUrl: string | undefined): string {
  switch (file.status) {
    case 'BERLAKU':
      return 'Sertifikat ini berlaku.';
    case 'DICABUT':
      return `Namun sertifikat ini TELAH DICABUT${file.revocation ? ` sejak ${file.revocation.since}: ${file.revocation.reason}` : ''} (Pasal 36 ayat (3)) dan tidak berlaku lagi.`;
    case 'DIBATALKAN':
      return `Namun sertifikat ini TELAH DIBATALKAN${file.annulment ? ` sejak ${file.annulment.since}: ${file.annulment.reason}` : ''} dan tidak berlaku lagi.`;
    case 'DIGANTIKAN':
      return `Namun sertifikat ini TELAH DIGANTIKAN oleh versi ${file.supersededBy ?? 'yang lebih baru'}${currentVersionUrl ? ` (${currentVersionUrl})` : ''}; yang berlaku adalah versi pengganti itu.`;
  }
}

/** The verdict on `copy` against the file issued under its number, with the certificate's standing. */
export function judgeUploadedCopy(
  copy: UploadedCopy,
  file: IssuedCertificateFile,
  currentVersionUrl?: string,
): CopyJudgement {
  const number = file.registrationNumber;
  if (copy.sha256 === file.sha256) {
    return {
      verdict: 'ASLI',
      matches: true,
      message: `Berkas ini persis berkas sertifikat ${number} yang diterbitkan BKN. ${standing(file, currentVersionUrl)}`,
    };
  }
  const signed = copy.signatures.find((s) => s.intact && s.signedRevisionSha256 === file.sha256);
  if (signed) {
    return {
      verdict: 'ASLI_DISIMPAN_ULANG',
      matches: true,
      appendedBytes: signed.appendedBytes,
      message:
        `Bagian bertanda tangan elektronik berkas ini utuh dan persis berkas sertifikat ${number} yang diterbitkan BKN; ` +
        `berkas disimpan ulang dengan tambahan ${signed.appendedBytes} bait sesudah ditandatangani, dan tambahan itu ` +
        `bukan bagian sertifikat. ${standing(file, currentVersionUrl)}`,
    };
  }
  if (copy.signatures.some((s) => !s.intact)) {
    return {
      verdict: 'DIUBAH',
      matches: false,
      message: `Berkas ini telah diubah sesudah ditandatangani secara elektronik: isinya tidak dapat dipercaya sebagai sertifikat ${number}.`,
    };
  }
  if (copy.signatures.length === 0) {
    return {
      verdict: 'TANPA_TANDA_TANGAN',
      matches: false,
      message:
        `Berkas ini tidak memuat tanda tangan elektronik yang dapat diperiksa dan bukan berkas sertifikat ${number} ` +
        'yang diterbitkan BKN (mis. hasil suntingan yang disimpan ulang utuh, atau hasil pindaian).',
    };
  }
  return {
    verdict: 'BUKAN_BERKAS_INI',
    matches: false,
    message: `Tanda tangan elektronik berkas ini utuh, tetapi yang ditandatanganinya bukan berkas sertifikat ${number} yang diterbitkan BKN.`,
  };
}
