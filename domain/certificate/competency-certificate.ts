/**
 * The competency certificate (Sertifikat Kompetensi Teknis Manajemen ASN) and what it must contain:
 * Perban BKN 7/2020 Pasal 34(3) a-d, issued on the decision of the test (Pasal 34(1)) to a participant
 * competent in every required unit (Pasal 16(6)). The layout (holder's name and NIP on the front, the
 * list of units on the back) follows the 2019 programme's sample certificate (seed 003).
 */
import type { SchemeCode } from '../reference/schemes';
import { validateNip } from '../identity/nip';
import type { IsoDate } from '../shared/dates';
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';
import { parseRegistrationNumber } from './registration-number';

export const CERTIFICATE_RULES = /* @__PURE__ */ defineRules({
  'SERT-PERNYATAAN-KOMPETEN': {
    article: 'Perban BKN 7/2020 Pasal 34(3)a',
    summary: 'Halaman depan memuat pernyataan telah kompeten pada skema sertifikasi tertentu.',
  },
  'SERT-TTD-KEPALA-BKN': {
    article: 'Perban BKN 7/2020 Pasal 34(2), 34(3)b, 16(6)',
    summary: 'Halaman depan ditandatangani Kepala BKN (atau pejabat lain yang ditunjuk).',
  },
  'SERT-UNIT-HALAMAN-BELAKANG': {
    article: 'Perban BKN 7/2020 Pasal 34(3)c',
    summary: 'Halaman belakang memuat uraian unit kompetensi yang dinyatakan kompeten.',
  },
  'SERT-TTD-PIMPINAN-UNIT': {
    article: 'Perban BKN 7/2020 Pasal 34(3)c',
    summary:
      'Halaman belakang ditandatangani pimpinan unit BKN yang membidangi pelatihan dan pengembangan ASN.',
  },
  'SERT-NOMOR-REGISTRASI': {
    article: 'Perban BKN 7/2020 Pasal 34(3)d',
    summary: 'Sertifikat memuat nomor registrasi yang sah untuk skemanya.',
  },
  'SERT-PEMEGANG': {
    article: 'Perban BKN 7/2020 Pasal 34(1); contoh sertifikat Pusbang ASN 2019',
    summary: 'Sertifikat memuat nama dan NIP pemegang yang sah.',
  },
  'SERT-DASAR-KEPUTUSAN': {
    article: 'Perban BKN 7/2020 Pasal 34(1), 16(6)',
    summary:
      'Sertifikat diberikan berdasarkan keputusan kompeten atas seluruh unit yang dipersyaratkan, untuk peserta dan skema yang sama.',
  },
});

export type SignerRole = 'KEPALA_BKN' | 'PEJABAT_DITUNJUK' | 'PIMPINAN_UNIT_PENGEMBANGAN' | 'LAINNYA';

export interface Signature {
  role: SignerRole;
  name: string;
  signedOn: IsoDate;
}

export interface CertificateUnit {
  code: string;
  title: string;
}

/** DIMUTAKHIRKAN: replaced by a newer version; DIBATALKAN: its decision was replaced by a not-yet-competent one. */
export type CertificateStatus = 'AKTIF' | 'DICABUT' | 'DIMUTAKHIRKAN' | 'DIBATALKAN';

export interface CompetencyCertificate {
  registrationNumber: string;
  holder: { name: string; nip: string };
  scheme: SchemeCode;
  /** The version of the scheme the units come from (for updates, Pasal 35(3)). */
  schemeVersion: string;
  issuedOn: IsoDate;
  front: { statement: string; scheme: SchemeCode | null; signature: Signature | null };
  back: { units: readonly CertificateUnit[]; signature: Signature | null };
  status: CertificateStatus;
}

/** The decision a certificate is issued on (Pasal 34(1)). */
export interface IssuanceBasis {
  participantNip: string;
  scheme: SchemeCode;
  outcome: 'KOMPETEN' | 'BELUM_KOMPETEN';
  requiredUnitCodes: readonly string[];
  competentUnitCodes: readonly string[];
}

const R = CERTIFICATE_RULES;

/** Pasal 34(3): every content requirement the certificate misses. */
export function certificateContentViolations(c: CompetencyCertificate): RuleViolation[] {
  const v: RuleViolation[] = [];
  if (c.front.statement.trim() === '' || c.front.scheme !== c.scheme) {
    v.push(
      violation(
        R['SERT-PERNYATAAN-KOMPETEN'],
        'Halaman depan harus memuat pernyataan telah kompeten pada skema sertifikat ini.',
        'front.statement',
      ),
    );
  }
  const front = c.front.signature;
  if (
    front === null ||
    (front.role !== 'KEPALA_BKN' && front.role !== 'PEJABAT_DITUNJUK') ||
    front.name.trim() === ''
  ) {
    v.push(
      violation(
        R['SERT-TTD-KEPALA-BKN'],
        'Halaman depan harus ditandatangani Kepala BKN atau pejabat lain yang ditunjuk.',
        'front.signature',
      ),
    );
  }
  if (c.back.units.length === 0) {
    v.push(
      violation(
        R['SERT-UNIT-HALAMAN-BELAKANG'],
        'Halaman belakang belum memuat unit kompetensi.',
        'back.units',
      ),
    );
  }
  c.back.units.forEach((u, i) => {
    if (u.code.trim() === '' || u.title.trim() === '') {
      v.push(
        violation(
          R['SERT-UNIT-HALAMAN-BELAKANG'],
          'Setiap unit memuat kode dan judul unit kompetensi.',
          `back.units.${i}`,
        ),
      );
    }
  });
  const back = c.back.signature;
  if (back === null || back.role !== 'PIMPINAN_UNIT_PENGEMBANGAN' || back.name.trim() === '') {
    v.push(
      violation(
        R['SERT-TTD-PIMPINAN-UNIT'],
        'Halaman belakang harus ditandatangani pimpinan unit BKN yang membidangi pelatihan dan pengembangan ASN.',
        'back.signature',
      ),
    );
  }
  const number = parseRegistrationNumber(c.registrationNumber);
  if (!number.ok) {
    v.push(
      ...number.violations.map((x) => ({
        ...x,
        code: R['SERT-NOMOR-REGISTRASI'].code,
        article: R['SERT-NOMOR-REGISTRASI'].article,
      })),
    );
  } else if (number.value.scheme !== c.scheme) {
    v.push(
      violation(
        R['SERT-NOMOR-REGISTRASI'],
        'Skema pada nomor registrasi berbeda dengan skema sertifikat.',
        'registrationNumber',
      ),
    );
  }
  if (c.holder.name.trim() === '') {
    v.push(violation(R['SERT-PEMEGANG'], 'Nama pemegang sertifikat kosong.', 'holder.name'));
  }
  v.push(
    ...validateNip(c.holder.nip, 'holder.nip').map((x) => ({
      ...x,
      code: R['SERT-PEMEGANG'].code,
      article: `${R['SERT-PEMEGANG'].article}; ${x.article}`,
    })),
  );
  return v;
}

/** Pasal 34(1), 16(6): whether the decision supports this certificate. */
export function issuanceViolations(c: CompetencyCertificate, basis: IssuanceBasis): RuleViolation[] {
  const rule = R['SERT-DASAR-KEPUTUSAN'];
  const v: RuleViolation[] = [];
  if (basis.outcome !== 'KOMPETEN') {
    v.push(
      violation(
        rule,
        'Keputusan hasil uji bukan kompeten; sertifikat tidak dapat diterbitkan.',
        'basis.outcome',
      ),
    );
  }
  if (basis.participantNip !== c.holder.nip) {
    v.push(
      violation(rule, 'Pemegang sertifikat berbeda dengan peserta pada keputusan hasil uji.', 'holder.nip'),
    );
  }
  if (basis.scheme !== c.scheme) {
    v.push(violation(rule, 'Skema sertifikat berbeda dengan skema pada keputusan hasil uji.', 'scheme'));
  }
  const notCompetent = basis.requiredUnitCodes.filter((code) => !basis.competentUnitCodes.includes(code));
  if (notCompetent.length > 0) {
    v.push(
      violation(
        rule,
        `Unit yang dipersyaratkan belum kompeten: ${notCompetent.join(', ')}.`,
        'basis.competentUnitCodes',
      ),
    );
  }
  const printed = c.back.units.map((u) => u.code);
  const missing = basis.competentUnitCodes.filter((code) => !printed.includes(code));
  const extra = printed.filter((code) => !basis.competentUnitCodes.includes(code));
  if (missing.length > 0) {
    v.push(violation(rule, `Unit kompeten belum dicantumkan: ${missing.join(', ')}.`, 'back.units'));
  }
  if (extra.length > 0) {
    v.push(
      violation(rule, `Unit yang tidak dinyatakan kompeten tercantum: ${extra.join(', ')}.`, 'back.units'),
    );
  }
  return v;
}

/** Validates a certificate's content and, when given, the decision it is issued on. */
export function validateCompetencyCertificate(
  c: CompetencyCertificate,
  basis?: IssuanceBasis,
): Decision<CompetencyCertificate> {
  return decide(c, [...certificateContentViolations(c), ...(basis ? issuanceViolations(c, basis) : [])]);
}
