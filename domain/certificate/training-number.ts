/**
 * The number of a training certificate (sertifikat pelatihan). Peraturan LAN 6/2022 Pasal 34(2) has the
 * certificate recorded in SIPKA and PP 17/2020 Pasal 203(4) makes it the valid proof of a completed training:
 * both need a number anyone can look up, but neither prescribes a format. This is ours:
 *
 *   0007/SPL-MASN/2027        the 7th training certificate issued in 2027
 *
 * - `<seq>`: 1, 2, 3 ... per year of issue (WIB), with no gaps and no duplicates, zero-padded to at least 4
 *   digits and written without further leading zeros;
 * - `SPL-MASN`: Sertifikat PeLatihan Manajemen ASN;
 * - `<year>`: the year of issue.
 *
 * It cannot be mistaken for a competency certificate's registration number (`0042/SKTM-ASN/L3/2027`,
 * ./registration-number.ts): another token, three parts instead of four, and never a `-P<n>` version (a
 * training certificate is issued once and not updated).
 */
import { decide, defineRules, reject, violation, type Decision, type RuleViolation } from '../shared/rule';
import { FIRST_CERTIFICATE_YEAR, sequenceGapsAndDoubles } from './registration-number';

export const TRAINING_NUMBER_RULES = /* @__PURE__ */ defineRules({
  'SERTPEL-NOMOR-FORMAT': {
    article: 'Peraturan LAN 6/2022 Pasal 34(2) jo. PP 17/2020 Pasal 203(4)',
    summary: 'Nomor sertifikat pelatihan berformat <urut>/SPL-MASN/<tahun>.',
  },
  'SERTPEL-NOMOR-URUT-TANPA-CELAH': {
    article: 'Peraturan LAN 6/2022 Pasal 34(2) jo. PP 17/2020 Pasal 203(4)',
    summary:
      'Nomor urut sertifikat pelatihan per tahun terbit dimulai dari 1, tanpa celah dan tanpa duplikasi.',
  },
});

export const TRAINING_NUMBER_TOKEN = 'SPL-MASN';
const MAX_YEAR = 9999;
const PATTERN = /^(\d{4,})\/SPL-MASN\/(\d{4})$/;

export interface TrainingNumber {
  sequence: number;
  year: number;
}

function partViolations(n: TrainingNumber, field?: string): RuleViolation[] {
  const rule = TRAINING_NUMBER_RULES['SERTPEL-NOMOR-FORMAT'];
  const v: RuleViolation[] = [];
  if (!Number.isSafeInteger(n.sequence) || n.sequence < 1) {
    v.push(
      violation(rule, 'Nomor urut sertifikat pelatihan harus bilangan bulat mulai 1.', field ?? 'sequence'),
    );
  }
  if (!Number.isInteger(n.year) || n.year < FIRST_CERTIFICATE_YEAR || n.year > MAX_YEAR) {
    v.push(
      violation(
        rule,
        `Tahun nomor sertifikat pelatihan harus ${FIRST_CERTIFICATE_YEAR} atau sesudahnya.`,
        field ?? 'year',
      ),
    );
  }
  return v;
}

/** Formats a training certificate number, rejecting impossible parts. */
export function formatTrainingNumber(n: TrainingNumber): Decision<string> {
  return decide(
    `${String(n.sequence).padStart(4, '0')}/${TRAINING_NUMBER_TOKEN}/${n.year}`,
    partViolations(n),
  );
}

/** Parses a training certificate number; only the canonical form (as formatted) is accepted. */
export function parseTrainingNumber(text: string, field = 'number'): Decision<TrainingNumber> {
  const m = PATTERN.exec(text);
  if (!m) {
    return reject([
      violation(
        TRAINING_NUMBER_RULES['SERTPEL-NOMOR-FORMAT'],
        `Nomor "${text}" tidak sesuai format nomor sertifikat pelatihan <urut>/SPL-MASN/<tahun>.`,
        field,
      ),
    ]);
  }
  const parsed = { sequence: Number(m[1]), year: Number(m[2]) };
  const v = partViolations(parsed, field);
  const formatted = formatTrainingNumber(parsed);
  if (v.length === 0 && formatted.ok && formatted.value !== text) {
    v.push(
      violation(
        TRAINING_NUMBER_RULES['SERTPEL-NOMOR-FORMAT'],
        `Nomor "${text}" tidak dalam bentuk baku (${formatted.value}).`,
        field,
      ),
    );
  }
  return decide(parsed, v);
}

/** Whether `text` is written as a training certificate number (and so is looked up among those). */
export const isTrainingNumber = (text: string): boolean => parseTrainingNumber(text).ok;

/** Checks that the training certificates of `year` are numbered 1..n exactly once each. */
export function checkTrainingSequenceGapFree(
  issued: readonly TrainingNumber[],
  year: number,
): Decision<number> {
  return sequenceGapsAndDoubles(
    issued.filter((n) => n.year === year).map((n) => n.sequence),
    TRAINING_NUMBER_RULES['SERTPEL-NOMOR-URUT-TANPA-CELAH'],
    `sertifikat pelatihan tahun ${year}`,
  );
}
