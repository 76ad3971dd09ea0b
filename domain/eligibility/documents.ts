/**
 * The supporting documents every candidate must submit (Perban BKN 7/2020 Pasal 32 a-h).
 */
import { checkOf, defineRules, violation, type RuleCheck, type RuleViolation } from '../shared/rule';

export const REQUIRED_DOCUMENTS = [
  'IJAZAH_TERAKHIR',
  'SK_PANGKAT_TERAKHIR',
  'SK_JABATAN_TERAKHIR',
  'PENILAIAN_KINERJA_2_TAHUN',
  'SERTIFIKAT_DIKLAT',
  'SURAT_KETERANGAN_SEHAT',
  'FORMULIR_PERMOHONAN_PERNYATAAN',
  'PAS_FOTO',
] as const;

export type RequiredDocument = (typeof REQUIRED_DOCUMENTS)[number];

export const DOCUMENT_RULES = /* @__PURE__ */ defineRules({
  'ELIG-DOK-IJAZAH': {
    article: 'Perban BKN 7/2020 Pasal 32a',
    summary: 'Fotokopi ijazah terakhir dilampirkan.',
  },
  'ELIG-DOK-SK-PANGKAT': {
    article: 'Perban BKN 7/2020 Pasal 32b',
    summary: 'Fotokopi SK kenaikan pangkat terakhir dilampirkan.',
  },
  'ELIG-DOK-SK-JABATAN': {
    article: 'Perban BKN 7/2020 Pasal 32c',
    summary: 'Fotokopi SK kenaikan jabatan terakhir dilampirkan.',
  },
  'ELIG-DOK-PENILAIAN-KINERJA': {
    article: 'Perban BKN 7/2020 Pasal 32d',
    summary: 'Penilaian kinerja 2 tahun terakhir dilampirkan.',
  },
  'ELIG-DOK-SERTIFIKAT-DIKLAT': {
    article: 'Perban BKN 7/2020 Pasal 32e',
    summary: 'Fotokopi sertifikat/STTPL diklat yang pernah diikuti dilampirkan.',
  },
  'ELIG-DOK-SURAT-SEHAT': {
    article: 'Perban BKN 7/2020 Pasal 32f',
    summary:
      'Surat keterangan sehat jasmani dan rohani dari dokter/unit layanan kesehatan pemerintah dilampirkan.',
  },
  'ELIG-DOK-FORMULIR-PERNYATAAN': {
    article: 'Perban BKN 7/2020 Pasal 32g',
    summary: 'Formulir permohonan dan surat pernyataan bersedia mengikuti seluruh proses ditandatangani.',
  },
  'ELIG-DOK-PAS-FOTO': {
    article: 'Perban BKN 7/2020 Pasal 32h',
    summary: 'Pas foto terakhir dilampirkan.',
  },
});

// Codes, not the rules: a member read at module level would keep the catalogue in bundles that never use it.
const RULE_OF: Readonly<Record<RequiredDocument, keyof typeof DOCUMENT_RULES>> = {
  IJAZAH_TERAKHIR: 'ELIG-DOK-IJAZAH',
  SK_PANGKAT_TERAKHIR: 'ELIG-DOK-SK-PANGKAT',
  SK_JABATAN_TERAKHIR: 'ELIG-DOK-SK-JABATAN',
  PENILAIAN_KINERJA_2_TAHUN: 'ELIG-DOK-PENILAIAN-KINERJA',
  SERTIFIKAT_DIKLAT: 'ELIG-DOK-SERTIFIKAT-DIKLAT',
  SURAT_KETERANGAN_SEHAT: 'ELIG-DOK-SURAT-SEHAT',
  FORMULIR_PERMOHONAN_PERNYATAAN: 'ELIG-DOK-FORMULIR-PERNYATAAN',
  PAS_FOTO: 'ELIG-DOK-PAS-FOTO',
};

/** How each document is named in messages. */
export const DOCUMENT_LABELS: Readonly<Record<RequiredDocument, string>> = {
  IJAZAH_TERAKHIR: 'fotokopi ijazah terakhir',
  SK_PANGKAT_TERAKHIR: 'fotokopi SK kenaikan pangkat terakhir',
  SK_JABATAN_TERAKHIR: 'fotokopi SK kenaikan jabatan terakhir',
  PENILAIAN_KINERJA_2_TAHUN: 'penilaian kinerja 2 tahun terakhir',
  SERTIFIKAT_DIKLAT: 'fotokopi sertifikat/STTPL diklat',
  SURAT_KETERANGAN_SEHAT: 'surat keterangan sehat jasmani dan rohani',
  FORMULIR_PERMOHONAN_PERNYATAAN: 'formulir permohonan dan surat pernyataan',
  PAS_FOTO: 'pas foto terakhir',
};

/** A document as submitted; `valid: false` when the verifier found it not legitimate ("sah"). */
export interface SubmittedDocument {
  kind: RequiredDocument;
  valid: boolean;
}

/** One check per Pasal 32 document: met when a valid copy was submitted. */
export function documentChecks(submitted: readonly SubmittedDocument[]): RuleCheck[] {
  return REQUIRED_DOCUMENTS.map((kind) => {
    const rule = DOCUMENT_RULES[RULE_OF[kind]];
    const copies = submitted.filter((d) => d.kind === kind);
    const violations: RuleViolation[] = [];
    if (copies.length === 0) {
      violations.push(
        violation(rule, `Dokumen ${DOCUMENT_LABELS[kind]} belum dilampirkan.`, `documents.${kind}`),
      );
    } else if (!copies.some((d) => d.valid)) {
      violations.push(
        violation(rule, `Dokumen ${DOCUMENT_LABELS[kind]} yang dilampirkan tidak sah.`, `documents.${kind}`),
      );
    }
    return checkOf(rule, violations);
  });
}

/** The Pasal 32 documents still missing (not submitted, or submitted but not valid), in Pasal order. */
export function missingDocuments(submitted: readonly SubmittedDocument[]): {
  missing: RequiredDocument[];
  violations: RuleViolation[];
} {
  const checks = documentChecks(submitted);
  return {
    missing: REQUIRED_DOCUMENTS.filter((_, i) => !checks[i]?.met),
    violations: checks.flatMap((c) => c.violations),
  };
}
