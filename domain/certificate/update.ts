/**
 * Updating (pemutakhiran) a certificate when its scheme changes, Perban BKN 7/2020 Pasal 35(3). The
 * update is a new version of the same certificate: same base registration number with the next `-P<n>`
 * suffix, the units of the new scheme, new signatures; the previous version is marked DIMUTAKHIRKAN.
 * Units the new scheme adds must first be tested (new competency demands, Pasal 15(4)).
 */
import type { IsoDate } from '../shared/dates';
import { decide, defineRules, reject, violation, type Decision, type RuleViolation } from '../shared/rule';
import type { CertificateUnit, CompetencyCertificate } from './competency-certificate';
import { baseRegistrationNumber, nextVersion, parseRegistrationNumber } from './registration-number';

export const UPDATE_RULES = /* @__PURE__ */ defineRules({
  'SERT-MUTAKHIR-PERUBAHAN-SKEMA': {
    article: 'Perban BKN 7/2020 Pasal 35(3)',
    summary: 'Pemutakhiran sertifikat dilaksanakan jika terdapat perubahan skema sertifikasi.',
  },
  'SERT-MUTAKHIR-STATUS-AKTIF': {
    article: 'Perban BKN 7/2020 Pasal 35(3), 36(3)',
    summary: 'Hanya versi sertifikat yang aktif yang dimutakhirkan.',
  },
  'SERT-MUTAKHIR-UNIT-BARU': {
    article: 'Perban BKN 7/2020 Pasal 15(4)',
    summary: 'Unit baru dalam skema yang berubah diuji dahulu sebelum dicantumkan pada sertifikat.',
  },
  'SERT-MUTAKHIR-VERSI': {
    article: 'Perban BKN 7/2020 Pasal 34(3)d, 35(3)',
    summary: 'Versi pemutakhiran memakai nomor registrasi dasar yang sama dengan akhiran -P<n> berikutnya.',
  },
});

export interface SchemeRevision {
  version: string;
  units: readonly CertificateUnit[];
}

export interface CertificateUpdate {
  /** The new version, unsigned: it must be signed again before it is issued (Pasal 34(3)b-c). */
  updated: CompetencyCertificate;
  /** The previous version, now DIMUTAKHIRKAN. */
  superseded: CompetencyCertificate;
}

/**
 * Prepares the updated version of `certificate` for the revised scheme. `newlyCompetentUnitCodes` are the
 * added units the holder has since been found competent in.
 */
export function updateCertificateForScheme(
  certificate: CompetencyCertificate,
  revision: SchemeRevision,
  newlyCompetentUnitCodes: readonly string[],
  now: IsoDate,
): Decision<CertificateUpdate> {
  const v: RuleViolation[] = [];
  if (certificate.status !== 'AKTIF') {
    v.push(
      violation(
        UPDATE_RULES['SERT-MUTAKHIR-STATUS-AKTIF'],
        `Sertifikat berstatus ${certificate.status}; hanya sertifikat aktif yang dimutakhirkan.`,
        'status',
      ),
    );
  }
  if (revision.version === certificate.schemeVersion) {
    v.push(
      violation(
        UPDATE_RULES['SERT-MUTAKHIR-PERUBAHAN-SKEMA'],
        `Skema versi ${revision.version} sama dengan versi pada sertifikat; tidak ada perubahan skema.`,
        'revision.version',
      ),
    );
  }
  const held = certificate.back.units.map((u) => u.code);
  const untested = revision.units
    .map((u) => u.code)
    .filter((code) => !held.includes(code) && !newlyCompetentUnitCodes.includes(code));
  if (untested.length > 0) {
    v.push(
      violation(
        UPDATE_RULES['SERT-MUTAKHIR-UNIT-BARU'],
        `Unit baru belum diuji: ${untested.join(', ')}.`,
        'revision.units',
      ),
    );
  }
  const number = parseRegistrationNumber(certificate.registrationNumber);
  if (!number.ok) {
    return reject([
      ...v,
      ...number.violations.map((x) => ({ ...x, code: UPDATE_RULES['SERT-MUTAKHIR-VERSI'].code })),
    ]);
  }
  const next = nextVersion(number.value);
  return decide(
    {
      updated: {
        ...certificate,
        registrationNumber: `${baseRegistrationNumber(next)}-P${next.version}`,
        schemeVersion: revision.version,
        issuedOn: now,
        front: { ...certificate.front, signature: null },
        back: { units: revision.units, signature: null },
        status: 'AKTIF',
      },
      superseded: { ...certificate, status: 'DIMUTAKHIRKAN' },
    },
    v,
  );
}
