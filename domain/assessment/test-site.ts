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
  'TUK-KRITERIA-LENGKAP': {
    article: 'Perban BKN 7/2020 Pasal 27(5)a, 27(2)-(4)',
    summary:
      'Kriteria TUK yang disusun BKN mencakup setiap aspek: sarana, prasarana, personel, ketidakberpihakan, K3, risiko tempat kerja dan fasilitas kerja yang tidak sedang digunakan.',
  },
  'TUK-IDENTIFIKASI-KOORDINATOR': {
    article: 'Perban BKN 7/2020 Pasal 27(5)b',
    summary: 'TUK diidentifikasi oleh koordinator sertifikasi.',
  },
  'TUK-WILAYAH-PROGRAM-DAERAH': {
    article: 'Perban BKN 7/2020 Pasal 7(1), 11d, 27(1)',
    summary:
      'Angkatan program daerah diuji di TUK wilayah Kanreg yang mengusulkan program itu, tempat uji yang dicatat programnya.',
  },
  'TUK-VERIFIKASI-KRITERIA': {
    article: 'Perban BKN 7/2020 Pasal 27(4), 27(5)c',
    summary:
      'Verifikasi menilai TUK terhadap setiap kriteria BKN yang berlaku untuk jenis TUK-nya, sekali masing-masing, dan hanya kriteria itu.',
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

/** The aspects BKN's criteria cover (Pasal 27(2)-(5)); the last two apply to workplace sites only. */
export const CRITERION_ASPECTS = [
  'SARANA',
  'PRASARANA',
  'PERSONEL',
  'KETIDAKBERPIHAKAN',
  'K3',
  'RISIKO_TEMPAT_KERJA',
  'TIDAK_DIGUNAKAN_BEKERJA',
] as const;
export type CriterionAspect = (typeof CRITERION_ASPECTS)[number];
const WORKPLACE_ASPECTS: readonly CriterionAspect[] = ['RISIKO_TEMPAT_KERJA', 'TIDAK_DIGUNAKAN_BEKERJA'];

const ASPECT_LABELS: Record<CriterionAspect, string> = {
  SARANA: 'sarana',
  PRASARANA: 'prasarana',
  PERSONEL: 'personel',
  KETIDAKBERPIHAKAN: 'ketidakberpihakan',
  K3: 'kesehatan dan keselamatan kerja',
  RISIKO_TEMPAT_KERJA: 'risiko tempat kerja',
  TIDAK_DIGUNAKAN_BEKERJA: 'fasilitas kerja yang tidak sedang digunakan',
};

/** One criterion of BKN's test-site criteria (Pasal 27(5)a). */
export interface TestSiteCriterion {
  code: string;
  aspect: CriterionAspect;
  description: string;
}

/** BKN's criteria must leave no aspect of Pasal 27 unchecked; every aspect missing is named. */
export function checkCriteria(
  criteria: readonly TestSiteCriterion[],
): Decision<readonly TestSiteCriterion[]> {
  const covered = new Set(criteria.map((c) => c.aspect));
  return decide(
    criteria,
    CRITERION_ASPECTS.filter((a) => !covered.has(a)).map((a) =>
      violation(
        R['TUK-KRITERIA-LENGKAP'],
        `Kriteria TUK belum memuat aspek ${ASPECT_LABELS[a]}.`,
        'criteria',
      ),
    ),
  );
}

/** The criteria that apply to a site of `kind`: the workplace aspects to workplace sites only (Pasal 27(2)-(3)). */
export const criteriaFor = (criteria: readonly TestSiteCriterion[], kind: TestSiteKind) =>
  criteria.filter((c) => kind === 'TEMPAT_KERJA' || !WORKPLACE_ASPECTS.includes(c.aspect));

export type CoordinatorRole = TestSiteVerification['verifiedByRole'];

/** Identification of a site is the certification coordinator's (Pasal 27(5)b). */
export function checkIdentification(identifiedByRole: CoordinatorRole): RuleViolation[] {
  return identifiedByRole === 'KOORDINATOR_SERTIFIKASI'
    ? []
    : [
        violation(
          R['TUK-IDENTIFIKASI-KOORDINATOR'],
          'TUK diidentifikasi oleh koordinator sertifikasi.',
          'identifiedBy.role',
        ),
      ];
}

export interface CriterionFinding {
  code: string;
  met: boolean;
}

export interface VerificationInput {
  tukId: string;
  kind: TestSiteKind;
  sessionId: string;
  useDate: IsoDate;
  verifiedOn: IsoDate;
  verifiedByRole: CoordinatorRole;
  findings: readonly CriterionFinding[];
}

/**
 * The coordinator's verification of a site for one use against BKN's criteria in force (Pasal 27(4), 27(5)c):
 * every applicable criterion judged once, none other; by the coordinator, not after the use date nor after today.
 * The verification is recorded whatever it finds: whether the site may be used is the designation's question
 * (checkTestSiteUse), asked of the readiness it yields per aspect.
 */
export function verifyAgainstCriteria(
  input: VerificationInput,
  criteria: readonly TestSiteCriterion[],
  today: IsoDate,
): Decision<TestSiteVerification> {
  const v: RuleViolation[] = [];
  const applicable = criteriaFor(criteria, input.kind);
  const codes = new Set(applicable.map((c) => c.code));
  const judged = new Map<string, boolean>();
  input.findings.forEach((f, i) => {
    if (!codes.has(f.code)) {
      v.push(
        violation(
          R['TUK-VERIFIKASI-KRITERIA'],
          `Kriteria ${f.code} bukan kriteria TUK yang berlaku untuk jenis TUK ini.`,
          `findings.${i}.code`,
        ),
      );
    } else if (judged.has(f.code)) {
      v.push(
        violation(R['TUK-VERIFIKASI-KRITERIA'], `Kriteria ${f.code} dinilai dua kali.`, `findings.${i}.code`),
      );
    }
    judged.set(f.code, f.met);
  });
  applicable
    .filter((c) => !judged.has(c.code))
    .forEach((c) =>
      v.push(
        violation(
          R['TUK-VERIFIKASI-KRITERIA'],
          `Kriteria ${c.code} (${c.description}) belum dinilai.`,
          'findings',
        ),
      ),
    );
  if (input.verifiedByRole !== 'KOORDINATOR_SERTIFIKASI') {
    v.push(
      violation(
        R['TUK-VERIFIKASI-SETIAP-PENGGUNAAN'],
        'TUK diverifikasi oleh koordinator sertifikasi.',
        'verifiedBy.role',
      ),
    );
  }
  if (input.verifiedOn > input.useDate || input.verifiedOn > today) {
    v.push(
      violation(
        R['TUK-VERIFIKASI-SETIAP-PENGGUNAAN'],
        `Verifikasi ${input.verifiedOn} harus sebelum penggunaan ${input.useDate} dan tidak sesudah hari ini (${today}).`,
        'verifiedOn',
      ),
    );
  }
  const ready = (aspect: CriterionAspect) =>
    applicable.filter((c) => c.aspect === aspect).every((c) => judged.get(c.code) === true);
  return decide(
    {
      tukId: input.tukId,
      sessionId: input.sessionId,
      verifiedOn: input.verifiedOn,
      verifiedByRole: input.verifiedByRole,
      facilitiesReady: ready('SARANA'),
      infrastructureReady: ready('PRASARANA'),
      personnelReady: ready('PERSONEL'),
      impartial: ready('KETIDAKBERPIHAKAN'),
      healthAndSafety: ready('K3'),
      workplaceRiskAssessed: ready('RISIKO_TEMPAT_KERJA'),
      notInUseForWork: ready('TIDAK_DIGUNAKAN_BEKERJA'),
    },
    v,
  );
}

/** A programme as the region rule sees it: a regional one (DAERAH) names its Kanreg and the site recorded there. */
export interface ProgramOfSite {
  origin?: { kind: 'NASIONAL' } | { kind: 'DAERAH'; kanreg: string };
  testSite?: { kanreg: string; name: string; address?: string };
}

/**
 * Why the site `site` (region `PUSAT` or a Kanreg code) may not be designated for a cohort of `program`: a
 * regional programme is held at its Kanreg (Pasal 7(1), 11d), so its cohorts are tested at a site of that Kanreg's
 * region, where the programme recorded its site. A national programme may be tested anywhere.
 */
export function siteRegionViolations(
  program: ProgramOfSite,
  site: { tukId: string; region: string },
): RuleViolation[] {
  if (program.origin?.kind !== 'DAERAH') return [];
  const kanreg = program.origin.kanreg;
  if (site.region === kanreg) return [];
  const recorded = program.testSite ? ` (tempat uji yang dicatat program: ${program.testSite.name})` : '';
  return [
    violation(
      R['TUK-WILAYAH-PROGRAM-DAERAH'],
      `TUK ${site.tukId} berada di wilayah ${site.region}; angkatan program daerah Kanreg ${kanreg} diuji di TUK wilayah Kanreg ${kanreg}${recorded}.`,
      'use',
    ),
  ];
}

/**
 * Where a cohort is tested (`PUSAT` or a Kanreg), as far as it can be known: the region its designation recorded;
 * for a site given through the older seating route (no region), the region of that site on the register, or, for
 * a regional programme, its Kanreg when the site is the one the programme recorded there (same name and address).
 * Null when none of these tells it.
 */
export function testRegionOf(
  site: { region?: string | undefined; name: string; address: string } | undefined,
  registered: { region: string } | undefined,
  program: ProgramOfSite | undefined,
): string | null {
  if (!site) return null;
  if (site.region) return site.region;
  if (registered) return registered.region;
  const recorded = program?.origin?.kind === 'DAERAH' ? program.testSite : undefined;
  return recorded && recorded.name === site.name && recorded.address === site.address
    ? recorded.kanreg
    : null;
}
