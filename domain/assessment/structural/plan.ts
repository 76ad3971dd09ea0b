/**
 * The plan of one candidate's assessment, Perka BKN 11/2008 Lampiran III.2.a.1-2 and II.C: the UPK or TPK it was
 * handed to names the methods (methods.ts, per echelon), psychometry is carried out by a psychologist (II.C.1.c),
 * and the documents it prepares (the position's competency standard, the biodata) are attached.
 */
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../../shared/rule';
import { checkStructuralMethods, type Echelon, type StructuralMethod } from './methods';
import { ASSESSOR_UNIT_RULES } from './assessors';
import { checkAssessable, type Assessor, type NominationStatus } from './nomination';

export const PLAN_RULES = /* @__PURE__ */ defineRules({
  'PK-PSIKOMETRI-PSIKOLOG': {
    article: 'Perka BKN 11/2008 Lampiran II.C.1.c, II.A.4',
    summary:
      'Psikometri dilakukan oleh psikolog: rencana yang memakai psikometri menyebut psikolog pelaksananya (untuk TPK, anggota TPK yang psikolog).',
  },
  'PK-DOKUMEN-PERSIAPAN': {
    article: 'Perka BKN 11/2008 Lampiran III.2.a.2)',
    summary: 'Rencana penilaian dilampiri standar kompetensi jabatan dan biodata calon.',
  },
});

export interface PlanContext {
  status: NominationStatus;
  /** The echelon the PPK determined; undefined when not determined. */
  echelon: Echelon | undefined;
  /** The unit the candidate was handed to; undefined when not yet handed over (III.1.d). */
  handedTo: Assessor | undefined;
  /** A TPK's psychologists' NIPs (for a UPK, the psychologist it names is taken as it states). */
  teamPsychologists: readonly string[];
}

export interface AssessmentPlan {
  methods: readonly StructuralMethod[];
  durationDays: number;
  psychologist?: { nip: string; isPsychologist: boolean };
  documents: readonly ('STANDAR_KOMPETENSI_JABATAN' | 'BIODATA' | 'LAINNYA')[];
}

/** Checks a candidate's assessment plan; every unmet rule is listed. */
export function checkPlan(context: PlanContext, plan: AssessmentPlan): Decision<AssessmentPlan> {
  const assessable = checkAssessable(context.status);
  const v: RuleViolation[] = assessable.ok ? [] : [...assessable.violations];
  if (assessable.ok && context.handedTo === undefined) {
    v.push(
      violation(
        ASSESSOR_UNIT_RULES['PK-PELAKSANA-PENETAPAN'],
        'Penilaian calon belum diserahkan kepada UPK atau TPK; rencana disusun oleh pelaksananya.',
        'handover',
      ),
    );
  } else if (context.handedTo !== undefined && context.echelon !== undefined) {
    const methods = checkStructuralMethods({
      echelon: context.echelon,
      methods: plan.methods,
      assessedBy: context.handedTo,
      durationDays: plan.durationDays,
    });
    if (!methods.ok) v.push(...methods.violations);
  }
  if (plan.methods.includes('PSIKOMETRI')) {
    const psychologist = plan.psychologist;
    const fromTeam =
      context.handedTo !== 'TPK' ||
      (psychologist !== undefined && context.teamPsychologists.includes(psychologist.nip));
    if (!psychologist?.isPsychologist || !fromTeam) {
      v.push(
        violation(
          PLAN_RULES['PK-PSIKOMETRI-PSIKOLOG'],
          context.handedTo === 'TPK'
            ? 'Psikometri dilakukan oleh anggota TPK yang psikolog; sebutkan NIP-nya.'
            : 'Psikometri dilakukan oleh psikolog; sebutkan psikolog pelaksananya.',
          'psychologist',
        ),
      );
    }
  }
  for (const [kind, label] of [
    ['STANDAR_KOMPETENSI_JABATAN', 'standar kompetensi jabatan'],
    ['BIODATA', 'biodata calon'],
  ] as const) {
    if (!plan.documents.includes(kind)) {
      v.push(violation(PLAN_RULES['PK-DOKUMEN-PERSIAPAN'], `Rencana belum dilampiri ${label}.`, 'documents'));
    }
  }
  return decide(plan, v);
}
