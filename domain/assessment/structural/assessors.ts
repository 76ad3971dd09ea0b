/**
 * Who assesses, Perka BKN 11/2008 Lampiran II.A.2-6 and IV.2: a UPK (the instansi's own, BKN's facilitation, or
 * another instansi's UPK on BKN's recommendation) or a TPK formed by the PPK's decree (team.ts), both independent
 * (II.A.3); a TPK uses every method but the assessment center (I.C.5). On the PPK's determination the personnel
 * official hands a candidate's assessment to one of them, of the kind the PPK determined (III.1.d).
 */
import { isAfter, type IsoDate } from '../../shared/dates';
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../../shared/rule';
import { ECHELON_METHOD_RULES, type StructuralMethod } from './methods';
import { checkAssessable, type Assessor, type NominationStatus } from './nomination';
import {
  checkMemberQualifications,
  checkUpkAssessors,
  type AssessorStatement,
  type AssessorTraining,
} from './qualification';
import { checkAssessmentTeam, TEAM_RULES } from './team';

export const ASSESSOR_UNIT_RULES = /* @__PURE__ */ defineRules({
  'PK-UPK-DASAR': {
    article: 'Perka BKN 11/2008 Lampiran II.A.2, IV.2',
    summary:
      'UPK dicatat dengan dasarnya: keputusan instansi untuk UPK sendiri, surat BKN untuk fasilitasi BKN, atau rekomendasi BKN untuk UPK instansi lain; bertanggal tidak sesudah hari ini.',
  },
  'PK-INDEPENDEN': {
    article: 'Perka BKN 11/2008 Lampiran II.A.3',
    summary:
      'UPK dan setiap anggota TPK menyatakan independensinya; calon tidak dinilai oleh TPK yang beranggotakan dirinya.',
  },
  'PK-PELAKSANA-PENETAPAN': {
    article: 'Perka BKN 11/2008 Lampiran III.1.d',
    summary:
      'Pejabat kepegawaian menyerahkan penilaian calon sekali, kepada UPK atau TPK instansinya sesuai penetapan PPK.',
  },
});

export type UpkBasis =
  | { kind: 'UPK_SENDIRI'; date: IsoDate }
  | { kind: 'FASILITASI_BKN'; date: IsoDate }
  | { kind: 'UPK_LAIN'; date: IsoDate; hostInstansiCode: string };

export interface Independence {
  declared: boolean;
  declaredOn: IsoDate;
}

const independenceViolations = (
  independence: Independence,
  who: string,
  field: string,
  today: IsoDate,
): RuleViolation[] => {
  const v: RuleViolation[] = [];
  if (!independence.declared) {
    v.push(
      violation(
        ASSESSOR_UNIT_RULES['PK-INDEPENDEN'],
        `${who} belum menyatakan independensinya.`,
        `${field}.declared`,
      ),
    );
  }
  if (isAfter(independence.declaredOn, today)) {
    v.push(
      violation(
        ASSESSOR_UNIT_RULES['PK-INDEPENDEN'],
        `Pernyataan independensi ${who} bertanggal ${independence.declaredOn}, sesudah hari ini (${today}).`,
        `${field}.declaredOn`,
      ),
    );
  }
  return v;
};

/** Checks a UPK the instansi `instansiCode` records, its assessors included (I.C.3); every unmet rule is listed. */
export function checkUpk(
  instansiCode: string,
  upk: { basis: UpkBasis; independence: Independence; assessorStatement?: AssessorStatement | undefined },
  today: IsoDate,
): Decision<typeof upk> {
  const v: RuleViolation[] = [];
  if (isAfter(upk.basis.date, today)) {
    v.push(
      violation(
        ASSESSOR_UNIT_RULES['PK-UPK-DASAR'],
        `Dasar UPK bertanggal ${upk.basis.date}, sesudah hari ini (${today}).`,
        'basis.date',
      ),
    );
  }
  if (upk.basis.kind === 'UPK_LAIN' && upk.basis.hostInstansiCode === instansiCode) {
    v.push(
      violation(
        ASSESSOR_UNIT_RULES['PK-UPK-DASAR'],
        'UPK lain atas rekomendasi BKN adalah UPK instansi lain, bukan instansi sendiri.',
        'basis.hostInstansiCode',
      ),
    );
  }
  v.push(...independenceViolations(upk.independence, 'UPK', 'independence', today));
  const assessors = checkUpkAssessors(upk.assessorStatement, today);
  if (!assessors.ok) v.push(...assessors.violations);
  return decide(upk, v);
}

export interface TpkMember {
  nip: string;
  isPsychologist: boolean;
  independence: Independence;
  /** The assessor's training and technical expertise (I.C.3), when recorded. */
  training?: AssessorTraining | undefined;
  expertise?: string | undefined;
}

export interface TpkDecree {
  decreeDate: IsoDate;
  members: readonly TpkMember[];
  methods: readonly StructuralMethod[];
}

/**
 * Checks a TPK the PPK forms by decree (the route allows the PPK only, so it is established by them): the
 * composition of team.ts, each member's independence and qualification as an assessor (I.C.3), no assessment
 * center; every unmet rule is listed.
 */
export function checkTpk(tpk: TpkDecree, today: IsoDate): Decision<TpkDecree> {
  const team = checkAssessmentTeam({ members: tpk.members, establishedByPpk: true });
  const v: RuleViolation[] = team.ok ? [] : [...team.violations];
  if (isAfter(tpk.decreeDate, today)) {
    v.push(
      violation(
        TEAM_RULES['TPK-DITETAPKAN-PPK'],
        `Keputusan PPK bertanggal ${tpk.decreeDate}, sesudah hari ini (${today}).`,
        'decreeDate',
      ),
    );
  }
  tpk.members.forEach((member, index) =>
    v.push(
      ...independenceViolations(
        member.independence,
        `Anggota ${member.nip}`,
        `members.${index}.independence`,
        today,
      ),
    ),
  );
  const qualified = checkMemberQualifications(tpk.members, tpk.decreeDate);
  if (!qualified.ok) v.push(...qualified.violations);
  if (tpk.methods.includes('ASSESSMENT_CENTER')) {
    v.push(
      violation(
        ECHELON_METHOD_RULES['PK-AC-OLEH-UPK'],
        'TPK menilai dengan berbagai metode kecuali assessment center, yang hanya dilaksanakan UPK.',
        'methods',
      ),
    );
  }
  return decide(tpk, v);
}

export interface Handover {
  /** The candidate's NIP, state, what the PPK determined and any earlier handover. */
  candidate: {
    nip: string;
    status: NominationStatus;
    assessedBy?: Assessor;
    handedOver?: boolean;
  };
  /** The unit the official names: undefined when the instansi has none of that kind and id. */
  unit: { kind: Assessor; memberNips: readonly string[] } | undefined;
  kind: Assessor;
}

/** Checks handing a candidate's assessment to a UPK or TPK (III.1.d); every unmet rule is listed. */
export function checkHandover(handover: Handover): Decision<Handover> {
  const { candidate, unit, kind } = handover;
  const assessable = checkAssessable(candidate.status);
  const v: RuleViolation[] = assessable.ok ? [] : [...assessable.violations];
  if (candidate.handedOver) {
    v.push(
      violation(
        ASSESSOR_UNIT_RULES['PK-PELAKSANA-PENETAPAN'],
        'Penilaian calon ini sudah diserahkan.',
        'unitId',
      ),
    );
  }
  if (assessable.ok && candidate.assessedBy !== kind) {
    v.push(
      violation(
        ASSESSOR_UNIT_RULES['PK-PELAKSANA-PENETAPAN'],
        `PPK menetapkan penilaian oleh ${candidate.assessedBy}, bukan ${kind}.`,
        'assessor',
      ),
    );
  }
  if (unit === undefined) {
    v.push(
      violation(
        ASSESSOR_UNIT_RULES['PK-PELAKSANA-PENETAPAN'],
        `${kind} ini tidak tercatat pada instansi.`,
        'unitId',
      ),
    );
  } else if (unit.memberNips.includes(candidate.nip)) {
    v.push(
      violation(
        ASSESSOR_UNIT_RULES['PK-INDEPENDEN'],
        'Calon adalah anggota TPK ini; ia tidak dinilai oleh tim yang beranggotakan dirinya.',
        'unitId',
      ),
    );
  }
  return decide(handover, v);
}
