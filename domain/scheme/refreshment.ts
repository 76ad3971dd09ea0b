/**
 * What a new scheme version asks of a holder and when their certificate is updated (pemutakhiran, Perban BKN
 * 7/2020 Pasal 35(3)). A holder of a certificate in force on an older version is enrolled with the units the
 * changes ask them to be refreshed on (Pasal 15(5)) and to be tested on again (Pasal 15(4), together with every
 * unit of their new qualification they do not hold yet). Their certificate is re-issued from those records: the
 * units of the new version, once the attendance and, where asked, a decision that every tested unit is competent
 * are recorded. A holder found not yet competent keeps their certificate on its own version, in force (the
 * regulation ends a certificate only by revocation, Pasal 36(3)); the units not yet mastered are what Pasal
 * 35(4) recommends developing, and a later decision may still complete the update.
 */
import { updateCertificateForScheme, type CertificateUpdate } from '../certificate/update';
import type { CompetencyCertificate } from '../certificate/competency-certificate';
import type { IsoDate } from '../shared/dates';
import { decide, defineRules, reject, violation, type Decision, type RuleViolation } from '../shared/rule';
import type { HolderConsequence, SchemeVersion, VersionQualification, VersionUnit } from './version';

export const REFRESHMENT_RULES = /* @__PURE__ */ defineRules({
  'SEGAR-KUALIFIKASI': {
    article: 'Perban BKN 7/2020 Pasal 35(3)',
    summary: 'Kualifikasi pada sertifikat pemegang ditemukan kembali pada versi skema yang baru.',
  },
  'SEGAR-HADIR': {
    article: 'Perban BKN 7/2020 Pasal 15(5)',
    summary:
      'Jika perubahan mewajibkan program penyegaran, kehadiran pemegang dicatat (tidak sebelum pendaftarannya dan tidak sesudah hari ini) sebelum sertifikat dimutakhirkan.',
  },
  'SEGAR-UJI-UNIT': {
    article: 'Perban BKN 7/2020 Pasal 15(4)',
    summary: 'Keputusan uji ulang mencakup tepat unit yang wajib diuji ulang, masing-masing satu kali.',
  },
  'SEGAR-UJI-KOMPETEN': {
    article: 'Perban BKN 7/2020 Pasal 15(4), 16(6), 35(4)',
    summary:
      'Sertifikat dimutakhirkan hanya jika keputusan terakhir menyatakan kompeten pada setiap unit yang diuji ulang; jika belum, sertifikat tetap berlaku pada versinya.',
  },
  'SEGAR-SELESAI': {
    article: 'Perban BKN 7/2020 Pasal 35(3)',
    summary:
      'Pendaftaran yang sudah dimutakhirkan, atau yang sertifikat pemegangnya tidak lagi pada versi yang didaftarkan, tidak menerima catatan atau penerbitan ulang lagi.',
  },
  'SEGAR-TERBIT-DARI-CATATAN': {
    article: 'Perban BKN 7/2020 Pasal 35(3)',
    summary:
      'Penerbitan ulang karena perubahan skema hanya dari catatan pendaftaran pemutakhiran, tidak dari unit yang diketik pada permintaan penerbitan ulang.',
  },
});

/** What is needed of the holder's certificate to enrol them. */
export interface HeldCertificateFacts {
  schemeVersion: string;
  /** The qualification's name as printed. */
  qualification: string;
  units: readonly { code: string }[];
}

export interface EnrolmentPlan {
  fromVersion: string;
  toVersion: string;
  qualification: { code: string; name: string };
  /** The units of the new version's qualification: what the updated certificate will list. */
  units: readonly VersionUnit[];
  /** Units whose change asks for the refreshment programme (Pasal 15(5)). */
  refreshmentUnits: string[];
  /** Units to be tested again (Pasal 15(4)): changed ones that ask for it, and new ones the holder lacks. */
  testUnits: string[];
}

const STRENGTH: Readonly<Record<HolderConsequence, number>> = { TIDAK_ADA: 0, PENYEGARAN: 1, UJI_ULANG: 2 };

/**
 * The enrolment of a holder whose certificate is on an older version than `target`, or null when it is on
 * `target` or later (not affected). The changes of every version after the holder's up to `target` count, the
 * strongest consequence per unit.
 */
export function planEnrolment(
  certificate: HeldCertificateFacts,
  versions: readonly SchemeVersion[],
  target: SchemeVersion,
): Decision<EnrolmentPlan | null> {
  const held = versions.find((v) => v.version === certificate.schemeVersion);
  if (held && held.sequence >= target.sequence) return decide(null, []);
  const heldQualification: VersionQualification | undefined = held?.qualifications.find(
    (q) => q.name === certificate.qualification,
  );
  const qualification = target.qualifications.find((q) => q.code === heldQualification?.code);
  if (!held || !qualification) {
    return reject([
      violation(
        REFRESHMENT_RULES['SEGAR-KUALIFIKASI'],
        `Kualifikasi "${certificate.qualification}" (versi ${certificate.schemeVersion}) tidak ditemukan pada versi ${target.version}.`,
        'qualification',
      ),
    ]);
  }
  const consequence = new Map<string, HolderConsequence>();
  for (const version of versions) {
    if (version.sequence <= held.sequence || version.sequence > target.sequence) continue;
    for (const change of version.changes) {
      const before = consequence.get(change.unit) ?? 'TIDAK_ADA';
      if (STRENGTH[change.consequence] >= STRENGTH[before]) consequence.set(change.unit, change.consequence);
    }
  }
  const holds = new Set(certificate.units.map((u) => u.code));
  const testUnits = qualification.units
    .map((u) => u.code)
    .filter((code) => consequence.get(code) === 'UJI_ULANG' || !holds.has(code));
  const refreshmentUnits = qualification.units
    .map((u) => u.code)
    .filter((code) => consequence.get(code) === 'PENYEGARAN' && !testUnits.includes(code));
  return decide(
    {
      fromVersion: held.version,
      toVersion: target.version,
      qualification: { code: qualification.code, name: qualification.name },
      units: qualification.units,
      refreshmentUnits,
      testUnits,
    },
    [],
  );
}

export type EnrolmentStatus = 'TERDAFTAR' | 'BELUM_KOMPETEN' | 'SELESAI';
export type UnitOutcome = 'KOMPETEN' | 'BELUM_KOMPETEN';

/** The state of an enrolment the rules below read. */
export interface EnrolmentState {
  status: EnrolmentStatus;
  fromVersion: string;
  enrolledOn: IsoDate;
  refreshmentUnits: readonly string[];
  testUnits: readonly string[];
  attendance: { attendedOn: string } | null;
  /** Oldest first; the latest one counts. */
  decisions: readonly { units: readonly { code: string; outcome: UnitOutcome }[] }[];
}

const finished = (enrolment: EnrolmentState): RuleViolation[] =>
  enrolment.status === 'SELESAI'
    ? [
        violation(
          REFRESHMENT_RULES['SEGAR-SELESAI'],
          'Pemutakhiran sertifikat ini sudah selesai; tidak ada catatan yang dapat ditambahkan.',
          'status',
        ),
      ]
    : [];

/** Whether the holder's attendance of the refreshment on `attendedOn` may be recorded today. */
export function checkAttendance(
  enrolment: EnrolmentState,
  attendedOn: IsoDate,
  today: IsoDate,
): Decision<true> {
  const v = finished(enrolment);
  const rule = REFRESHMENT_RULES['SEGAR-HADIR'];
  if (enrolment.refreshmentUnits.length === 0) {
    v.push(
      violation(rule, 'Perubahan skema tidak mewajibkan program penyegaran bagi pemegang ini.', 'attendance'),
    );
  }
  if (attendedOn < enrolment.enrolledOn || attendedOn > today) {
    v.push(
      violation(
        rule,
        `Tanggal kehadiran ${attendedOn} harus antara tanggal pendaftaran ${enrolment.enrolledOn} dan hari ini ${today}.`,
        'attendedOn',
      ),
    );
  }
  return decide(true, v);
}

/**
 * Whether a decision on `units` may be recorded, and the status it leaves: TERDAFTAR when every unit is
 * competent (ready to be updated), BELUM_KOMPETEN otherwise.
 */
export function checkRetestDecision(
  enrolment: EnrolmentState,
  units: readonly { code: string; outcome: UnitOutcome }[],
): Decision<EnrolmentStatus> {
  const v = finished(enrolment);
  const decided = units.map((u) => u.code);
  const expected = [...enrolment.testUnits].sort();
  const same =
    new Set(decided).size === decided.length &&
    decided.length === expected.length &&
    [...decided].sort().every((code, i) => code === expected[i]);
  if (!same) {
    v.push(
      violation(
        REFRESHMENT_RULES['SEGAR-UJI-UNIT'],
        expected.length === 0
          ? 'Perubahan skema tidak mewajibkan uji ulang bagi pemegang ini.'
          : `Keputusan harus mencakup tepat unit yang diuji ulang: ${expected.join(', ')}.`,
        'units',
      ),
    );
  }
  return decide(units.every((u) => u.outcome === 'KOMPETEN') ? 'TERDAFTAR' : 'BELUM_KOMPETEN', v);
}

/**
 * The updated certificate (next `-P<n>` version, the new version's units) from the enrolment's records, with
 * every unmet rule: the enrolment still open and on the holder's current version, the attendance where the
 * refreshment is asked, the latest decision competent on every tested unit, and the update rules themselves.
 */
export function reissueFromEnrolment(
  enrolment: EnrolmentState,
  certificate: CompetencyCertificate,
  target: { version: string; units: readonly VersionUnit[] },
  today: IsoDate,
): Decision<CertificateUpdate> {
  const v = finished(enrolment);
  if (enrolment.status !== 'SELESAI' && certificate.schemeVersion !== enrolment.fromVersion) {
    v.push(
      violation(
        REFRESHMENT_RULES['SEGAR-SELESAI'],
        `Sertifikat ${certificate.registrationNumber} sudah pada versi ${certificate.schemeVersion}, bukan versi ${enrolment.fromVersion} yang didaftarkan.`,
        'schemeVersion',
      ),
    );
  }
  if (enrolment.refreshmentUnits.length > 0 && enrolment.attendance === null) {
    v.push(
      violation(
        REFRESHMENT_RULES['SEGAR-HADIR'],
        `Kehadiran program penyegaran (unit ${enrolment.refreshmentUnits.join(', ')}) belum dicatat.`,
        'attendance',
      ),
    );
  }
  const latest = enrolment.decisions.at(-1);
  const competent = (latest?.units ?? []).filter((u) => u.outcome === 'KOMPETEN').map((u) => u.code);
  const notYet = enrolment.testUnits.filter((code) => !competent.includes(code));
  if (notYet.length > 0) {
    v.push(
      violation(
        REFRESHMENT_RULES['SEGAR-UJI-KOMPETEN'],
        latest
          ? `Belum kompeten pada unit ${notYet.join(', ')}; sertifikat tetap berlaku pada versi ${enrolment.fromVersion}.`
          : `Keputusan uji ulang unit ${notYet.join(', ')} belum dicatat.`,
        'decisions',
      ),
    );
  }
  const update = updateCertificateForScheme(certificate, target, competent, today);
  if (!update.ok) return reject([...v, ...update.violations]);
  return decide(update.value, v);
}

/** Why a re-issue request naming a scheme change is refused: that update is made from an enrolment's records only. */
export function schemeChangeByRequest(): RuleViolation[] {
  return [
    violation(
      REFRESHMENT_RULES['SEGAR-TERBIT-DARI-CATATAN'],
      'Pemutakhiran karena perubahan skema dilakukan dari pendaftaran pemutakhiran versi skema (POST /schemes/{scheme}/versions/{version}/enrolments/{certificateId}/reissue), bukan dari unit yang diketik.',
      'reason',
    ),
  ];
}
