/**
 * NIP (Nomor Induk Pegawai), the 18-digit civil-servant number:
 *
 *   yyyymmdd   yyyymm     s   nnn
 *   lahir      TMT CPNS   jk  nomor urut
 *
 * digits 1-8 the date of birth, 9-14 the month the person started as CPNS, 15 the sex (1 laki-laki,
 * 2 perempuan), 16-18 a sequence number (001-999). The structure is set by Peraturan Kepala BKN
 * Nomor 22 Tahun 2007 tentang Nomor Identitas Pegawai Negeri Sipil, which is not among the seed
 * documents; the seeds only require the NIP on letters and certificates (Perka BKN 11/2008 Anak
 * Lampiran (5); seed 004, Peraturan LAN 6/2022 Pasal 34(1)).
 */
import { addYears, daysInMonth, isAfter, makeDate, type IsoDate } from '../shared/dates';
import { decide, defineRules, reject, violation, type Decision, type RuleViolation } from '../shared/rule';

const NIP_ARTICLE = 'Perka BKN 22/2007 (struktur NIP)';

export const NIP_RULES = /* @__PURE__ */ defineRules({
  'NIP-FORMAT': {
    article: NIP_ARTICLE,
    summary: 'NIP terdiri atas tepat 18 digit angka (spasi pemisah diabaikan).',
  },
  'NIP-TGL-LAHIR': {
    article: NIP_ARTICLE,
    summary: 'Digit 1-8 adalah tanggal lahir yyyymmdd yang benar-benar ada, tahun 1900 atau sesudahnya.',
  },
  'NIP-TMT-CPNS': {
    article: NIP_ARTICLE,
    summary: 'Digit 9-14 adalah bulan TMT CPNS yyyymm dengan bulan 01-12.',
  },
  'NIP-TMT-SETELAH-LAHIR': {
    article: NIP_ARTICLE,
    summary: 'TMT CPNS jatuh sesudah bulan kelahiran.',
  },
  'NIP-USIA-CPNS-18': {
    article: 'PP 11/2017 Pasal 23(1)a (usia paling rendah 18 tahun saat melamar CPNS)',
    summary: 'Pada akhir bulan TMT CPNS pegawai telah berusia paling rendah 18 tahun.',
  },
  'NIP-JENIS-KELAMIN': {
    article: NIP_ARTICLE,
    summary: 'Digit 15 adalah kode jenis kelamin: 1 laki-laki, 2 perempuan.',
  },
  'NIP-NOMOR-URUT': {
    article: NIP_ARTICLE,
    summary: 'Digit 16-18 adalah nomor urut 001-999.',
  },
});

/** The minimum age at CPNS start that the NIP check accepts. */
export const MIN_AGE_AT_CPNS = 18;
/** The earliest birth year a valid NIP may carry. */
export const MIN_BIRTH_YEAR = 1900;

export type Sex = 'L' | 'P';

export interface NipParts {
  /** Tanggal lahir. */
  birthDate: IsoDate;
  /** TMT CPNS, year and month. */
  cpnsStart: { year: number; month: number };
  /** L = laki-laki (digit 1), P = perempuan (digit 2). */
  sex: Sex;
  /** Nomor urut, 1-999. */
  sequence: number;
}

export interface Nip extends NipParts {
  /** The 18 digits, without spaces. */
  nip: string;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Removes the spaces people type between the groups (`19850101 201001 1 001`). */
export function normalizeNip(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * Decodes and validates a NIP. Every unmet rule is reported, each with the field concerned
 * (`nip`, `nip.birthDate`, `nip.cpnsStart`, `nip.sex`, `nip.sequence`).
 */
export function parseNip(text: string, field = 'nip'): Decision<Nip> {
  const nip = normalizeNip(text);
  if (!/^\d{18}$/.test(nip)) {
    return reject([
      violation(
        NIP_RULES['NIP-FORMAT'],
        `NIP harus terdiri atas 18 digit angka; diterima ${nip.length} karakter${/^\d*$/.test(nip) ? '' : ' dengan karakter bukan angka'}.`,
        field,
      ),
    ]);
  }
  const violations: RuleViolation[] = [];
  const birthYear = Number(nip.slice(0, 4));
  const birthMonth = Number(nip.slice(4, 6));
  const birthDay = Number(nip.slice(6, 8));
  const cpnsYear = Number(nip.slice(8, 12));
  const cpnsMonth = Number(nip.slice(12, 14));
  const sexDigit = nip.charAt(14);
  const sequence = Number(nip.slice(15, 18));

  const birthDate = birthYear >= MIN_BIRTH_YEAR ? makeDate(birthYear, birthMonth, birthDay) : null;
  if (birthDate === null) {
    violations.push(
      violation(
        NIP_RULES['NIP-TGL-LAHIR'],
        `Tanggal lahir pada NIP (${nip.slice(0, 8)}) bukan tanggal yang valid.`,
        `${field}.birthDate`,
      ),
    );
  }
  const cpnsValid = cpnsMonth >= 1 && cpnsMonth <= 12 && cpnsYear >= MIN_BIRTH_YEAR;
  if (!cpnsValid) {
    violations.push(
      violation(
        NIP_RULES['NIP-TMT-CPNS'],
        `TMT CPNS pada NIP (${nip.slice(8, 14)}) bukan bulan yang valid.`,
        `${field}.cpnsStart`,
      ),
    );
  }
  if (birthDate !== null && cpnsValid) {
    const cpnsKey = cpnsYear * 12 + cpnsMonth;
    if (cpnsKey <= birthYear * 12 + birthMonth) {
      violations.push(
        violation(
          NIP_RULES['NIP-TMT-SETELAH-LAHIR'],
          'TMT CPNS pada NIP tidak boleh sama dengan atau sebelum bulan kelahiran.',
          `${field}.cpnsStart`,
        ),
      );
    } else {
      const endOfCpnsMonth = makeDate(cpnsYear, cpnsMonth, daysInMonth(cpnsYear, cpnsMonth)) as IsoDate;
      if (isAfter(addYears(birthDate, MIN_AGE_AT_CPNS), endOfCpnsMonth)) {
        violations.push(
          violation(
            NIP_RULES['NIP-USIA-CPNS-18'],
            `Menurut NIP, pegawai belum berusia ${MIN_AGE_AT_CPNS} tahun pada TMT CPNS.`,
            `${field}.cpnsStart`,
          ),
        );
      }
    }
  }
  if (sexDigit !== '1' && sexDigit !== '2') {
    violations.push(
      violation(
        NIP_RULES['NIP-JENIS-KELAMIN'],
        `Digit ke-15 NIP harus 1 (laki-laki) atau 2 (perempuan), bukan ${sexDigit}.`,
        `${field}.sex`,
      ),
    );
  }
  if (sequence < 1) {
    violations.push(
      violation(
        NIP_RULES['NIP-NOMOR-URUT'],
        'Nomor urut pada NIP harus 001-999, bukan 000.',
        `${field}.sequence`,
      ),
    );
  }
  return decide(
    {
      nip,
      birthDate: birthDate as IsoDate,
      cpnsStart: { year: cpnsYear, month: cpnsMonth },
      sex: sexDigit === '1' ? 'L' : 'P',
      sequence,
    },
    violations,
  );
}

/** The violations of a NIP, none when it is valid. */
export function validateNip(text: string, field = 'nip'): RuleViolation[] {
  const parsed = parseNip(text, field);
  return parsed.ok ? [] : parsed.violations;
}

/** Whether `text` is a valid NIP. */
export function isValidNip(text: string): boolean {
  return parseNip(text).ok;
}

/**
 * Encodes parts as the 18 digits. The inverse of {@link parseNip} for valid parts; the parts are not
 * validated here, so pass the result through `parseNip` when they come from outside.
 */
export function formatNip(parts: NipParts): string {
  return (
    parts.birthDate.replaceAll('-', '') +
    pad(parts.cpnsStart.year, 4) +
    pad(parts.cpnsStart.month, 2) +
    (parts.sex === 'L' ? '1' : '2') +
    pad(parts.sequence, 3)
  );
}

/** The NIP grouped for display on letters and certificates: `19850101 201001 1 001`. */
export function displayNip(nip: string): string {
  const n = normalizeNip(nip);
  return /^\d{18}$/.test(n) ? `${n.slice(0, 8)} ${n.slice(8, 14)} ${n.slice(14, 15)} ${n.slice(15)}` : nip;
}
