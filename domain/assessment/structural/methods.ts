/**
 * Assessment methods per echelon for structural positions, Perka BKN 11/2008 Lampiran II.C and III.2:
 * eselon I-II by assessment center; eselon III without assessment center with at least 3 methods
 * (psikometri, wawancara kompetensi, and analisis kasus or presentasi); eselon IV without assessment
 * center with at least 2 (psikometri and kuesioner kompetensi). The assessment center is run only by a
 * UPK (a TPK uses the other methods, Lampiran I.C.5) and lasts at least 2 days (Lampiran III.2).
 */
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../../shared/rule';

export const ECHELON_METHOD_RULES = /* @__PURE__ */ defineRules({
  'PK-METODE-ESELON-I-II': {
    article: 'Perka BKN 11/2008 Lampiran II.C.2.a',
    summary: 'Penilaian kompetensi untuk eselon I dan II menggunakan metode assessment center.',
  },
  'PK-METODE-ESELON-III': {
    article: 'Perka BKN 11/2008 Lampiran II.C.2.a.1)',
    summary:
      'Eselon III tanpa assessment center: paling kurang 3 metode, yaitu psikometri, wawancara kompetensi, dan analisis kasus atau presentasi.',
  },
  'PK-METODE-ESELON-IV': {
    article: 'Perka BKN 11/2008 Lampiran II.C.2.a.2)',
    summary:
      'Eselon IV tanpa assessment center: paling kurang 2 metode, yaitu psikometri dan kuesioner kompetensi.',
  },
  'PK-AC-OLEH-UPK': {
    article: 'Perka BKN 11/2008 Lampiran I.C.4-5, II.C.1.f',
    summary: 'Assessment center hanya dilaksanakan oleh UPK, tidak oleh TPK.',
  },
  'PK-AC-MIN-2-HARI': {
    article: 'Perka BKN 11/2008 Lampiran III.2 Pelaksanaan 2)',
    summary: 'Penilaian dengan assessment center dilaksanakan paling kurang 2 hari.',
  },
});

export type StructuralMethod =
  | 'WAWANCARA_KOMPETENSI'
  | 'KUESIONER_KOMPETENSI'
  | 'PSIKOMETRI'
  | 'ANALISIS_KASUS'
  | 'PRESENTASI'
  | 'ASSESSMENT_CENTER'
  | 'LAINNYA';

export type Echelon = 'I' | 'II' | 'III' | 'IV';

export interface StructuralAssessmentPlan {
  echelon: Echelon;
  methods: readonly StructuralMethod[];
  /** UPK (unit penilaian kompetensi) or TPK (tim penilaian kompetensi). */
  assessedBy: 'UPK' | 'TPK';
  /** Days planned for the assessment. */
  durationDays: number;
}

/** Checks the methods of a structural competency assessment; every unmet rule is listed. */
export function checkStructuralMethods(plan: StructuralAssessmentPlan): Decision<StructuralAssessmentPlan> {
  const v: RuleViolation[] = [];
  const methods = new Set(plan.methods);
  const ac = methods.has('ASSESSMENT_CENTER');
  if (ac && plan.assessedBy !== 'UPK') {
    v.push(
      violation(
        ECHELON_METHOD_RULES['PK-AC-OLEH-UPK'],
        'Assessment center hanya dapat dilaksanakan oleh UPK.',
        'assessedBy',
      ),
    );
  }
  if (ac && plan.durationDays < 2) {
    v.push(
      violation(
        ECHELON_METHOD_RULES['PK-AC-MIN-2-HARI'],
        `Assessment center direncanakan ${plan.durationDays} hari; paling kurang 2 hari.`,
        'durationDays',
      ),
    );
  }
  if ((plan.echelon === 'I' || plan.echelon === 'II') && !ac) {
    v.push(
      violation(
        ECHELON_METHOD_RULES['PK-METODE-ESELON-I-II'],
        `Penilaian kompetensi eselon ${plan.echelon} menggunakan metode assessment center.`,
        'methods',
      ),
    );
  }
  if (plan.echelon === 'III' && !ac) {
    const missing: string[] = [];
    if (!methods.has('PSIKOMETRI')) missing.push('psikometri');
    if (!methods.has('WAWANCARA_KOMPETENSI')) missing.push('wawancara kompetensi');
    if (!methods.has('ANALISIS_KASUS') && !methods.has('PRESENTASI'))
      missing.push('analisis kasus atau presentasi');
    if (missing.length > 0) {
      v.push(
        violation(
          ECHELON_METHOD_RULES['PK-METODE-ESELON-III'],
          `Eselon III tanpa assessment center memerlukan paling kurang 3 metode; belum ada: ${missing.join(', ')}.`,
          'methods',
        ),
      );
    }
  }
  if (plan.echelon === 'IV' && !ac) {
    const missing: string[] = [];
    if (!methods.has('PSIKOMETRI')) missing.push('psikometri');
    if (!methods.has('KUESIONER_KOMPETENSI')) missing.push('kuesioner kompetensi');
    if (missing.length > 0) {
      v.push(
        violation(
          ECHELON_METHOD_RULES['PK-METODE-ESELON-IV'],
          `Eselon IV tanpa assessment center memerlukan paling kurang 2 metode; belum ada: ${missing.join(', ')}.`,
          'methods',
        ),
      );
    }
  }
  return decide(plan, v);
}
