/**
 * The competency standards of an instansi's structural positions, Perka BKN 11/2008 Lampiran IV.1: every instansi
 * draws up the competency standard of its structural positions by Keputusan Kepala BKN 46A/2003, which divides it
 * into basic competencies every structural official needs (kompetensi dasar) and the field competencies of the
 * position (kompetensi bidang), each with the level the position requires and its indicators. The assessment
 * compares the PNS's competency with the one the position requires (I.C.2), so the PPK determines a candidate for a
 * position of the register (III.1.c) and the plan attaches that position's registered standard (III.2.a.2).
 */
import { isAfter, isBefore, type IsoDate } from '../../shared/dates';
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../../shared/rule';
import type { Echelon } from './methods';

export const STANDARD_RULES = /* @__PURE__ */ defineRules({
  'PK-SKJ-DISUSUN': {
    article: 'Perka BKN 11/2008 Lampiran IV.1, I.C.1-2',
    summary:
      'Standar kompetensi jabatan struktural memuat kompetensi dasar dan kompetensi bidang, setiap kode kompetensi sekali, ditetapkan tidak sesudah hari ini dan tidak sebelum versi sebelumnya.',
  },
  'PK-JABATAN-TERDAFTAR': {
    article: 'Perka BKN 11/2008 Lampiran III.1.c, IV.1',
    summary:
      'PPK menetapkan calon untuk jabatan struktural yang terdaftar dengan standar kompetensinya pada instansi, dengan eselon jabatan itu.',
  },
  'PK-SKJ-RENCANA': {
    article: 'Perka BKN 11/2008 Lampiran III.2.a.2), I.C.2',
    summary:
      'Standar kompetensi jabatan yang dilampirkan pada rencana penilaian adalah versi yang berlaku dari standar terdaftar jabatan yang ditetapkan PPK.',
  },
});

/** Basic competencies every structural official needs, or the field competencies of the position. */
export type CompetencyKind = 'DASAR' | 'BIDANG';

export interface StandardCompetency {
  code: string;
  kind: CompetencyKind;
}

export interface CompetencyStandard {
  establishedOn: IsoDate;
  competencies: readonly StandardCompetency[];
}

const KIND_LABELS: Record<CompetencyKind, string> = {
  DASAR: 'kompetensi dasar',
  BIDANG: 'kompetensi bidang',
};

/**
 * Checks a competency standard the instansi records, as a new version after `previous` when there is one; every
 * unmet point is listed.
 */
export function checkStandard(
  standard: CompetencyStandard,
  today: IsoDate,
  previous?: { version: number; establishedOn: IsoDate },
): Decision<CompetencyStandard> {
  const v: RuleViolation[] = [];
  const rule = STANDARD_RULES['PK-SKJ-DISUSUN'];
  for (const kind of ['DASAR', 'BIDANG'] as const) {
    if (!standard.competencies.some((c) => c.kind === kind)) {
      v.push(violation(rule, `Standar kompetensi belum memuat ${KIND_LABELS[kind]}.`, 'competencies'));
    }
  }
  const seen = new Set<string>();
  standard.competencies.forEach((competency, index) => {
    if (seen.has(competency.code)) {
      v.push(
        violation(
          rule,
          `Kode kompetensi ${competency.code} disebut lebih dari sekali.`,
          `competencies.${index}.code`,
        ),
      );
    }
    seen.add(competency.code);
  });
  if (isAfter(standard.establishedOn, today)) {
    v.push(
      violation(
        rule,
        `Standar ditetapkan ${standard.establishedOn}, sesudah hari ini (${today}).`,
        'establishedOn',
      ),
    );
  }
  if (previous && isBefore(standard.establishedOn, previous.establishedOn)) {
    v.push(
      violation(
        rule,
        `Standar ditetapkan ${standard.establishedOn}, sebelum versi ${previous.version} yang digantinya (${previous.establishedOn}).`,
        'establishedOn',
      ),
    );
  }
  return decide(standard, v);
}

/** A position of the register, as the determination needs it. */
export interface RegisteredPosition {
  code: string;
  echelon: Echelon;
}

/**
 * Checks that the position the PPK determines a candidate for is in the instansi's register (`position` undefined
 * when it is not), with the echelon the decree states.
 */
export function checkDeterminedPosition(
  positionCode: string,
  position: RegisteredPosition | undefined,
  echelon: Echelon,
): Decision<RegisteredPosition | undefined> {
  const rule = STANDARD_RULES['PK-JABATAN-TERDAFTAR'];
  if (position === undefined) {
    return decide(position, [
      violation(
        rule,
        `Jabatan ${positionCode} tidak terdaftar dengan standar kompetensinya pada instansi.`,
        'positionCode',
      ),
    ]);
  }
  return decide(
    position,
    position.echelon === echelon
      ? []
      : [
          violation(
            rule,
            `Jabatan ${position.code} terdaftar eselon ${position.echelon}, bukan eselon ${echelon}.`,
            'echelon',
          ),
        ],
  );
}

/**
 * Checks the standards a plan attaches (`attached`; a missing one is PK-DOKUMEN-PERSIAPAN's) against the position the
 * PPK determined and the version of its standard in force (`determined`, undefined when nobody was determined);
 * every unmet point is listed.
 */
export function checkPlanStandard(
  determined: { positionCode: string; currentVersion: number } | undefined,
  attached: readonly { positionCode: string; version: number }[],
): Decision<typeof attached> {
  const rule = STANDARD_RULES['PK-SKJ-RENCANA'];
  const v: RuleViolation[] = [];
  for (const standard of determined ? attached : []) {
    if (standard.positionCode !== determined!.positionCode) {
      v.push(
        violation(
          rule,
          `Standar jabatan ${standard.positionCode} dilampirkan; PPK menetapkan calon untuk jabatan ${determined!.positionCode}.`,
          'documents',
        ),
      );
    } else if (standard.version !== determined!.currentVersion) {
      v.push(
        violation(
          rule,
          `Standar versi ${standard.version} dilampirkan; versi yang berlaku adalah ${determined!.currentVersion}.`,
          'documents',
        ),
      );
    }
  }
  return decide(attached, v);
}
