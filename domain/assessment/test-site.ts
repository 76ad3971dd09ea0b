/**
 * Test sites (Tempat Uji Kompetensi, TUK), Perban BKN 7/2020 Pasal 27: a site is verified by the
 * certification coordinator every time before it is used, against facilities, infrastructure,
 * personnel, impartiality and health and safety, then designated by decree of the head of the BKN
 * training unit on the basis of that verification.
 */
import type { IsoDate } from '../shared/dates';
import { decide, defineRules, reject, violation, type Decision, type RuleViolation } from '../shared/rule';

export const TEST_SITE_RULES = /* @__PURE__ */ defineRules({
  'TUK-VERIFIKASI-SETIAP-PENGGUNAAN': {
    article: 'Perban BKN 7/2020 Pasal 27(4)',
    summary:
      'TUK diverifikasi koordinator sertifikasi setiap kali akan digunakan, sebelum tanggal penggunaan.',
  },
  'TUK-KESIAPAN': {
    article: 'Perban BKN 7/2020 Pasal 27(2), 27(4)',
    summary: 'Verifikasi menyatakan sarana, prasarana dan personel TUK siap.',
  },
  'TUK-KETIDAKBERPIHAKAN-K3': {
    article: 'Perban BKN 7/2020 Pasal 27(5)b-c',
    summary:
      'TUK memenuhi asas ketidakberpihakan serta kesehatan dan keselamatan kerja, tanpa mengurangi keabsahan uji.',
  },
  'TUK-RISIKO-TEMPAT-KERJA': {
    article: 'Perban BKN 7/2020 Pasal 27(2)-(3)',
    summary:
      'TUK di tempat kerja memperhitungkan risikonya, dan fasilitas kerja hanya bila sedang tidak digunakan.',
  },
  'TUK-PENETAPAN-SK': {
    article: 'Perban BKN 7/2020 Pasal 27(5)d',
    summary: 'TUK ditetapkan dengan SK penunjukan pimpinan unit BKN berdasarkan hasil verifikasi.',
  },
});

/** Pasal 27(2)-(3). */
export type TestSiteKind = 'RUANG_PERTEMUAN' | 'FASILITAS_DIKLAT' | 'TEMPAT_KERJA';

export interface TestSiteVerification {
  tukId: string;
  /** The test session (use) this verification is for. */
  sessionId: string;
  verifiedOn: IsoDate;
  verifiedByRole: 'KOORDINATOR_SERTIFIKASI' | 'LAINNYA';
  facilitiesReady: boolean;
  infrastructureReady: boolean;
  personnelReady: boolean;
  impartial: boolean;
  healthAndSafety: boolean;
  /** For workplace sites: the risks of using the workplace were assessed. */
  workplaceRiskAssessed: boolean;
  /** For workplace sites: the facility is not in use for work during the test. */
  notInUseForWork: boolean;
}

export interface TestSiteUse {
  tukId: string;
  kind: TestSiteKind;
  sessionId: string;
  useDate: IsoDate;
  /** The designation decree (SK penunjukan TUK), when issued. */
  designation: { issuedOn: IsoDate; basedOnVerificationOf: string } | null;
}

const R = TEST_SITE_RULES;

/**
 * Whether the site may be used for this session: a verification for this very use, by the coordinator,
 * on or before the use date, with every point satisfied, and a designation decree based on it.
 */
export function checkTestSiteUse(
  use: TestSiteUse,
  verifications: readonly TestSiteVerification[],
): Decision<TestSiteVerification> {
  const v: RuleViolation[] = [];
  const candidates = verifications.filter(
    (x) =>
      x.tukId === use.tukId &&
      x.sessionId === use.sessionId &&
      x.verifiedByRole === 'KOORDINATOR_SERTIFIKASI' &&
      x.verifiedOn <= use.useDate,
  );
  const latest = candidates.reduce<TestSiteVerification | null>(
    (acc, x) => (acc === null || x.verifiedOn >= acc.verifiedOn ? x : acc),
    null,
  );
  if (latest === null) {
    return reject([
      violation(
        R['TUK-VERIFIKASI-SETIAP-PENGGUNAAN'],
        `TUK ${use.tukId} belum diverifikasi oleh koordinator sertifikasi untuk penggunaan ${use.sessionId} pada ${use.useDate}.`,
        'verification',
      ),
    ]);
  }
  const readiness: [boolean, string][] = [
    [latest.facilitiesReady, 'sarana'],
    [latest.infrastructureReady, 'prasarana'],
    [latest.personnelReady, 'personel'],
  ];
  readiness
    .filter(([ok]) => !ok)
    .forEach(([, what]) =>
      v.push(violation(R['TUK-KESIAPAN'], `Verifikasi menyatakan ${what} TUK belum siap.`, 'verification')),
    );
  if (!latest.impartial) {
    v.push(
      violation(
        R['TUK-KETIDAKBERPIHAKAN-K3'],
        'TUK tidak memenuhi standar ketidakberpihakan.',
        'verification.impartial',
      ),
    );
  }
  if (!latest.healthAndSafety) {
    v.push(
      violation(
        R['TUK-KETIDAKBERPIHAKAN-K3'],
        'TUK tidak memenuhi standar kesehatan dan keselamatan kerja.',
        'verification.healthAndSafety',
      ),
    );
  }
  if (use.kind === 'TEMPAT_KERJA') {
    if (!latest.workplaceRiskAssessed) {
      v.push(
        violation(
          R['TUK-RISIKO-TEMPAT-KERJA'],
          'Risiko penggunaan tempat kerja sebagai TUK belum diperhitungkan.',
          'verification.workplaceRiskAssessed',
        ),
      );
    }
    if (!latest.notInUseForWork) {
      v.push(
        violation(
          R['TUK-RISIKO-TEMPAT-KERJA'],
          'Fasilitas kerja yang dipakai sebagai TUK sedang digunakan untuk proses kerja.',
          'verification.notInUseForWork',
        ),
      );
    }
  }
  const sk = use.designation;
  if (sk === null) {
    v.push(violation(R['TUK-PENETAPAN-SK'], 'SK penunjukan TUK belum diterbitkan.', 'designation'));
  } else if (
    sk.basedOnVerificationOf !== use.sessionId ||
    sk.issuedOn < latest.verifiedOn ||
    sk.issuedOn > use.useDate
  ) {
    v.push(
      violation(
        R['TUK-PENETAPAN-SK'],
        'SK penunjukan TUK harus diterbitkan berdasarkan verifikasi penggunaan ini, setelah verifikasi dan sebelum uji.',
        'designation',
      ),
    );
  }
  return decide(latest, v);
}
