/**
 * Confirming an uploaded document (a candidate's Pasal 32 document, the proposal letter, a participant's CV):
 * the file recorded is the one the upload slot was issued for, as declared, and a slot records a file once. What
 * is recorded (object version, size, SHA-256) is what the session and the test team later read (Perban BKN
 * 7/2020 Pasal 31(1)c-e): nobody can swap it behind the system's back.
 */
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';

export const UPLOAD_RULES = /* @__PURE__ */ defineRules({
  'UNGGAH-SEKALI': {
    article: 'Perban BKN 7/2020 Pasal 31(1)c',
    summary:
      'Satu tautan unggah mencatat satu berkas, sekali; berkas lain diunggah melalui tautan baru dan dikonfirmasi lagi.',
  },
  'UNGGAH-SESUAI': {
    article: 'Perban BKN 7/2020 Pasal 32',
    summary:
      'Berkas yang dikonfirmasi sama dengan yang dinyatakan saat meminta tautan unggah: jenis, ukuran dan SHA-256.',
  },
  'UNGGAH-TERKUNCI': {
    article: 'Perban BKN 7/2020 Pasal 31(1)d-e',
    summary:
      'Dokumen yang dikonfirmasi dikunci pada versi objeknya (ukuran, SHA-256): usulan yang diajukan dan setiap pembacaan memakai versi itu.',
  },
});

/** What the uploader declared when asking for the slot: signed into it. */
export interface DeclaredFile {
  contentType: string;
  size: number;
  /** SHA-256 (hex), when the uploader declared it. */
  sha256?: string;
}

export interface UploadConfirmation {
  /** The object key the slot writes (one key per slot). */
  slotKey: string;
  /** The key of the document recorded now in the same place (kind, letter, CV), if any. */
  recordedKey?: string;
  declared: DeclaredFile;
  /** The object as stored: its content type (without parameters), size and SHA-256 (hex). */
  stored: { contentType: string; size: number; sha256: string };
}

/** Whether the stored object may be recorded from this slot: every unmet rule. */
export function checkUploadConfirmation(input: UploadConfirmation): Decision<void> {
  const violations: RuleViolation[] = [];
  if (input.recordedKey === input.slotKey) {
    violations.push(
      violation(
        UPLOAD_RULES['UNGGAH-SEKALI'],
        'Berkas dari tautan unggah ini sudah dikonfirmasi; untuk mengganti berkas, minta tautan unggah baru.',
      ),
    );
  }
  const { declared, stored } = input;
  const differs = (field: keyof DeclaredFile, what: string) =>
    violations.push(
      violation(
        UPLOAD_RULES['UNGGAH-SESUAI'],
        `${what} berkas (${stored[field]}) tidak sama dengan yang dinyatakan (${declared[field]}).`,
        field,
      ),
    );
  if (declared.contentType !== stored.contentType) differs('contentType', 'Jenis');
  if (declared.size !== stored.size) differs('size', 'Ukuran');
  if (declared.sha256 !== undefined && declared.sha256 !== stored.sha256) differs('sha256', 'Isi (SHA-256)');
  return decide(undefined, violations);
}

/** A confirmed document as pinned, named by where it belongs (e.g. `3201/198503102010011002/PAS_FOTO`). */
export interface PinnedDocument {
  name: string;
  versionId: string;
  size: number;
  sha256: string;
}

/**
 * What storage holds now under a pinned document's key (a HEAD of the current version), or undefined when the
 * key holds nothing any more. `sha256` only when storage knows it.
 */
export interface CurrentObject {
  versionId?: string;
  size: number;
  sha256?: string;
}

/**
 * The pinned documents whose object changed in storage since they were confirmed (overwritten, deleted), one
 * UNGGAH-TERKUNCI finding each, in the order given. A change is no harm to what the system serves (every read
 * names the pinned version): it is the trace of a write behind the system's back, for an invariant to report.
 */
export function documentsChangedSincePinned(
  documents: readonly { pinned: PinnedDocument; current: CurrentObject | undefined }[],
): RuleViolation[] {
  return documents.flatMap(({ pinned, current }) => {
    const change =
      current === undefined
        ? 'tidak ada lagi di penyimpanan'
        : current.versionId !== pinned.versionId
          ? `versinya kini ${current.versionId ?? '(tanpa versi)'}, bukan ${pinned.versionId}`
          : current.size !== pinned.size
            ? `ukurannya kini ${current.size}, bukan ${pinned.size}`
            : current.sha256 !== undefined && current.sha256 !== pinned.sha256
              ? `SHA-256-nya kini ${current.sha256}, bukan ${pinned.sha256}`
              : undefined;
    return change === undefined
      ? []
      : [
          violation(
            UPLOAD_RULES['UNGGAH-TERKUNCI'],
            `Dokumen ${pinned.name} berubah: ${change}.`,
            pinned.name,
          ),
        ];
  });
}
