/**
 * The register of scheme versions (Perban BKN 7/2020 Pasal 13(2): the standard is reviewed as policy, knowledge
 * and ways of working change; Pasal 35(3): certificates are updated when the scheme changes). A version packages
 * the units of each qualification of a scheme (Pasal 14(2)) and says what changed against the one before and,
 * per change, what it asks of the holders: a refreshment programme (Pasal 15(5)), a new test of the unit
 * (Pasal 15(4)), or nothing. Version 1 of every scheme is the 2019 handbook, kept as data here, so certificates
 * recorded with version '2019' keep their meaning.
 */
import { competencyUnit } from '../reference/competency-units';
import { QUALIFICATION_CODES, QUALIFICATIONS } from '../reference/qualifications';
import type { SchemeCode } from '../reference/schemes';
import type { IsoDate } from '../shared/dates';
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';

export const SCHEME_VERSION_RULES = /* @__PURE__ */ defineRules({
  'SKEMA-VERSI-BARU': {
    article: 'Perban BKN 7/2020 Pasal 13(2), 35(3)',
    summary:
      'Versi skema yang baru memakai nomor versi baru dan mulai berlaku sesudah versi sebelumnya mulai berlaku.',
  },
  'SKEMA-VERSI-PERUBAHAN': {
    article: 'Perban BKN 7/2020 Pasal 13(2), 35(3)',
    summary:
      'Versi skema yang baru memuat perubahan, dan setiap unit yang ditambah, dihapus atau diubah dinyatakan tepat satu kali.',
  },
  'SKEMA-VERSI-KUALIFIKASI': {
    article: 'Perban BKN 7/2020 Pasal 14(2), 35(3)',
    summary:
      'Versi skema yang baru memuat setiap kualifikasi versi sebelumnya, masing-masing dengan unit yang tidak berulang.',
  },
  'SKEMA-VERSI-AKIBAT': {
    article: 'Perban BKN 7/2020 Pasal 15(4), 15(5)',
    summary:
      'Unit yang ditambah mewajibkan uji ulang (UJI_ULANG); unit yang dihapus tidak membawa akibat (TIDAK_ADA); unit yang diubah membawa PENYEGARAN, UJI_ULANG atau TIDAK_ADA.',
  },
});

export type UnitChangeKind = 'DITAMBAH' | 'DIHAPUS' | 'DIUBAH';
/** What a change asks of the holders: refreshment (Pasal 15(5)), a new test of the unit (15(4)), or nothing. */
export type HolderConsequence = 'PENYEGARAN' | 'UJI_ULANG' | 'TIDAK_ADA';

export interface VersionUnit {
  code: string;
  title: string;
}

export interface VersionQualification {
  /** Stable across versions: a holder's qualification is found again in the next version by its code. */
  code: string;
  name: string;
  units: readonly VersionUnit[];
}

export interface UnitChange {
  unit: string;
  kind: UnitChangeKind;
  consequence: HolderConsequence;
  /** What changed, for the holders and the refreshment programme. */
  description: string;
}

/** The content BKN publishes. */
export interface SchemeVersionContent {
  version: string;
  effectiveOn: IsoDate;
  /** The regulation or decision the version rests on. */
  basis: string;
  qualifications: readonly VersionQualification[];
  changes: readonly UnitChange[];
}

export interface SchemeVersion extends SchemeVersionContent {
  scheme: SchemeCode;
  /** 1 for the 2019 handbook, then one more per published version. */
  sequence: number;
}

/** The version id of the 2019 handbook, as certificates recorded before the register carry it. */
export const FIRST_VERSION_ID = '2019';

/** Version 1 of a scheme: the 2019 handbook's qualifications (none for the schemes it gives no units for). */
export function firstSchemeVersion(scheme: SchemeCode): SchemeVersion {
  return {
    scheme,
    version: FIRST_VERSION_ID,
    sequence: 1,
    // The handbook gives a year, no day: its version is in force from the start of that year.
    effectiveOn: '2019-01-01' as IsoDate,
    basis: 'Panduan Pusbang ASN BKN 2019, Kompetensi Teknis Manajemen ASN',
    qualifications: QUALIFICATION_CODES.map((code) => QUALIFICATIONS[code])
      .filter((q) => q.scheme === scheme)
      .map((q) => ({
        code: q.code,
        name: q.name,
        units: q.units.map(({ unit }) => ({ code: unit, title: competencyUnit(unit).title })),
      })),
    changes: [],
  };
}

/** The version in force on `date`: the latest whose effective date is on or before it (version 1 at least). */
export function versionInForce(versions: readonly SchemeVersion[], date: IsoDate): SchemeVersion {
  const inForce = versions.filter((v) => v.effectiveOn <= date).sort((a, b) => b.sequence - a.sequence);
  return inForce[0] ?? versions.find((v) => v.sequence === 1)!;
}

const unitCodes = (version: Pick<SchemeVersionContent, 'qualifications'>): Set<string> =>
  new Set(version.qualifications.flatMap((q) => q.units.map((u) => u.code)));

const EXPECTED_CONSEQUENCE: Partial<Record<UnitChangeKind, HolderConsequence>> = {
  DITAMBAH: 'UJI_ULANG',
  DIHAPUS: 'TIDAK_ADA',
};

function changeViolations(previous: SchemeVersion, next: SchemeVersionContent): RuleViolation[] {
  const v: RuleViolation[] = [];
  const before = unitCodes(previous);
  const after = unitCodes(next);
  const declared = new Map<string, UnitChange>();
  const change = SCHEME_VERSION_RULES['SKEMA-VERSI-PERUBAHAN'];
  if (next.changes.length === 0) {
    v.push(
      violation(change, 'Versi baru tidak memuat perubahan apa pun terhadap versi sebelumnya.', 'changes'),
    );
  }
  next.changes.forEach((c, i) => {
    if (declared.has(c.unit)) {
      v.push(violation(change, `Unit ${c.unit} dinyatakan lebih dari satu kali.`, `changes.${i}.unit`));
    }
    declared.set(c.unit, c);
    const fits =
      c.kind === 'DITAMBAH'
        ? !before.has(c.unit) && after.has(c.unit)
        : c.kind === 'DIHAPUS'
          ? before.has(c.unit) && !after.has(c.unit)
          : before.has(c.unit) && after.has(c.unit);
    if (!fits) {
      v.push(
        violation(
          change,
          `Unit ${c.unit} dinyatakan ${c.kind}, tetapi unit versi sebelumnya dan versi baru tidak menunjukkan demikian.`,
          `changes.${i}.kind`,
        ),
      );
    }
    const expected = EXPECTED_CONSEQUENCE[c.kind];
    if (expected !== undefined && c.consequence !== expected) {
      v.push(
        violation(
          SCHEME_VERSION_RULES['SKEMA-VERSI-AKIBAT'],
          `Unit ${c.unit} yang ${c.kind} harus membawa akibat ${expected}, bukan ${c.consequence}.`,
          `changes.${i}.consequence`,
        ),
      );
    }
  });
  const undeclared = [
    ...[...after].filter((u) => !before.has(u) && !declared.has(u)).map((u) => `${u} (ditambah)`),
    ...[...before].filter((u) => !after.has(u) && !declared.has(u)).map((u) => `${u} (dihapus)`),
  ];
  if (undeclared.length > 0) {
    v.push(violation(change, `Perubahan unit tidak dinyatakan: ${undeclared.join(', ')}.`, 'changes'));
  }
  return v;
}

function qualificationViolations(previous: SchemeVersion, next: SchemeVersionContent): RuleViolation[] {
  const rule = SCHEME_VERSION_RULES['SKEMA-VERSI-KUALIFIKASI'];
  const v: RuleViolation[] = [];
  const missing = previous.qualifications.filter((q) => !next.qualifications.some((n) => n.code === q.code));
  if (missing.length > 0) {
    v.push(
      violation(
        rule,
        `Kualifikasi versi sebelumnya tidak ada pada versi baru: ${missing.map((q) => q.code).join(', ')}; sertifikat pemegangnya tidak dapat dimutakhirkan.`,
        'qualifications',
      ),
    );
  }
  next.qualifications.forEach((q, i) => {
    const codes = q.units.map((u) => u.code);
    if (codes.length === 0 || new Set(codes).size !== codes.length) {
      v.push(
        violation(
          rule,
          `Kualifikasi ${q.code} harus memuat unit, masing-masing satu kali.`,
          `qualifications.${i}.units`,
        ),
      );
    }
    if (next.qualifications.findIndex((o) => o.code === q.code) !== i) {
      v.push(
        violation(rule, `Kualifikasi ${q.code} tercantum lebih dari satu kali.`, `qualifications.${i}.code`),
      );
    }
  });
  return v;
}

/**
 * The next version of the scheme whose latest version is `previous`, as BKN publishes it: a new version id,
 * in force after the previous one, with every qualification of the previous one and its changes declared,
 * each with a consequence for the holders that fits its kind. Every unmet rule is reported.
 */
export function publishSchemeVersion(
  previous: SchemeVersion,
  next: SchemeVersionContent,
): Decision<SchemeVersion> {
  const v: RuleViolation[] = [];
  const fresh = SCHEME_VERSION_RULES['SKEMA-VERSI-BARU'];
  if (next.version === previous.version) {
    v.push(violation(fresh, `Versi ${next.version} sudah tercatat untuk skema ini.`, 'version'));
  }
  if (next.effectiveOn <= previous.effectiveOn) {
    v.push(
      violation(
        fresh,
        `Tanggal berlaku ${next.effectiveOn} harus sesudah tanggal berlaku versi ${previous.version} (${previous.effectiveOn}).`,
        'effectiveOn',
      ),
    );
  }
  v.push(...qualificationViolations(previous, next), ...changeViolations(previous, next));
  return decide({ ...next, scheme: previous.scheme, sequence: previous.sequence + 1 }, v);
}
