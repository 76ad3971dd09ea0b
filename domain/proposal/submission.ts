import { missingDocuments, type RequiredDocument } from '../eligibility/documents';
import type { SchemeCode } from '../reference/schemes';
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';
import { MAX_CANDIDATES_PER_PROPOSAL } from './limits';

/**
 * When an instansi (or its Kanreg) may submit a proposal of candidates (Perban BKN 7/2020 Pasal 31(1)a-c,
 * Pasal 32; the 2019 Pusbang letter's registration window and quota). Every unmet rule is reported.
 */
export const SUBMISSION_RULES = /* @__PURE__ */ defineRules({
  'USULAN-JENDELA': {
    article: 'Perban BKN 7/2020 Pasal 31(1)a; Surat Pusbang ASN BKN 2019 (jadwal pendaftaran)',
    summary:
      'Usulan diajukan selama jendela usulan program terbuka; perbaikan yang diminta sidang penetapan dapat diajukan setelahnya.',
  },
  'USULAN-STATUS': {
    article: 'Perban BKN 7/2020 Pasal 31(1)d',
    summary:
      'Hanya usulan yang masih disusun, atau yang diminta diperbaiki oleh sidang, yang dapat diajukan.',
  },
  'USULAN-SURAT-PIMPINAN': {
    article: 'Perban BKN 7/2020 Pasal 31(1)a',
    summary: 'Usulan disertai surat usulan yang ditandatangani pimpinan instansi.',
  },
  'USULAN-KOSONG': {
    article: 'Perban BKN 7/2020 Pasal 31(1)a',
    summary: 'Usulan memuat paling sedikit satu calon peserta.',
  },
  'USULAN-BATAS-CALON': {
    article: 'Batas sistem (satu transaksi per pengajuan)',
    summary: `Satu usulan memuat paling banyak ${MAX_CANDIDATES_PER_PROPOSAL} calon.`,
  },
  'USULAN-SKEMA-DITAWARKAN': {
    article: 'Perban BKN 7/2020 Pasal 14(1)',
    summary: 'Calon diusulkan untuk skema yang ditawarkan program.',
  },
  'USULAN-KUOTA': {
    article: 'Surat Pusbang ASN BKN 2019 (kuota calon per instansi per jenjang)',
    summary: 'Jumlah calon per skema tidak melebihi kuota instansi dalam program.',
  },
  'USULAN-NIP-GANDA': {
    article: 'Perban BKN 7/2020 Pasal 31(1)d',
    summary: 'Seorang ASN diusulkan paling banyak sekali dalam satu program.',
  },
});

export interface SubmissionInput {
  window: { opensAt: Date; closesAt: Date };
  offeredSchemes: readonly SchemeCode[];
  quotaPerInstansi: Partial<Record<SchemeCode, number>>;
  proposalStatus: 'DRAFT' | 'SUBMITTED' | 'NEEDS_FIX';
  hasLetter: boolean;
  /** Every candidate of the proposal; `screen` marks those this submission screens (all, or the ones sent back). */
  candidates: readonly {
    nip: string;
    scheme: SchemeCode;
    documents: readonly RequiredDocument[];
    screen: boolean;
  }[];
  /** NIPs of this proposal that another proposal of the programme already holds. */
  nipsProposedElsewhere: readonly string[];
}

export function checkSubmission(input: SubmissionInput, now: Date): Decision<void> {
  const R = SUBMISSION_RULES;
  const violations: RuleViolation[] = [];
  const t = now.getTime();
  // A fix the eligibility session asked for comes after the window by nature (Pasal 31(1)d): only the
  // proposal itself must be submitted inside it.
  const requestedFix = input.proposalStatus === 'NEEDS_FIX';
  if (!requestedFix && (t < input.window.opensAt.getTime() || t > input.window.closesAt.getTime())) {
    violations.push(
      violation(
        R['USULAN-JENDELA'],
        `Jendela usulan program terbuka ${input.window.opensAt.toISOString()} sampai ${input.window.closesAt.toISOString()}.`,
      ),
    );
  }
  if (input.proposalStatus === 'SUBMITTED') {
    violations.push(violation(R['USULAN-STATUS'], 'Usulan sudah diajukan dan sedang diproses.', 'status'));
  }
  if (!input.hasLetter) {
    violations.push(
      violation(
        R['USULAN-SURAT-PIMPINAN'],
        'Surat usulan bertanda tangan pimpinan instansi belum diunggah.',
        'letter',
      ),
    );
  }
  if (input.candidates.length === 0) {
    violations.push(violation(R['USULAN-KOSONG'], 'Usulan belum memuat calon peserta.', 'candidates'));
  }
  if (input.candidates.length > MAX_CANDIDATES_PER_PROPOSAL) {
    violations.push(
      violation(R['USULAN-BATAS-CALON'], `Usulan memuat ${input.candidates.length} calon.`, 'candidates'),
    );
  }
  const perScheme = new Map<SchemeCode, number>();
  for (const candidate of input.candidates) {
    perScheme.set(candidate.scheme, (perScheme.get(candidate.scheme) ?? 0) + 1);
    if (!input.offeredSchemes.includes(candidate.scheme)) {
      violations.push(
        violation(
          R['USULAN-SKEMA-DITAWARKAN'],
          `Skema ${candidate.scheme} tidak ditawarkan program ini.`,
          `candidates.${candidate.nip}.scheme`,
        ),
      );
    }
    if (input.nipsProposedElsewhere.includes(candidate.nip)) {
      violations.push(
        violation(
          R['USULAN-NIP-GANDA'],
          `NIP ${candidate.nip} sudah diusulkan dalam program ini oleh instansi lain.`,
          `candidates.${candidate.nip}`,
        ),
      );
    }
    if (candidate.screen) {
      for (const missing of missingDocuments(candidate.documents.map((kind) => ({ kind, valid: true })))
        .violations) {
        violations.push({ ...missing, field: `candidates.${candidate.nip}.${missing.field}` });
      }
    }
  }
  for (const [scheme, count] of perScheme) {
    const quota = input.quotaPerInstansi[scheme];
    if (quota !== undefined && count > quota) {
      violations.push(
        violation(
          R['USULAN-KUOTA'],
          `Skema ${scheme}: ${count} calon, kuota instansi ${quota}.`,
          `candidates`,
        ),
      );
    }
  }
  return decide(undefined, violations);
}
