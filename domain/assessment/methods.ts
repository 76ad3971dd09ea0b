/**
 * The methods of the competency test (Perban BKN 7/2020 Pasal 20) and the rule that every unit is
 * tested with at least two of them (Pasal 22(1)).
 */
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';

export const METHOD_RULES = /* @__PURE__ */ defineRules({
  'UJI-METODE-MIN-2': {
    article: 'Perban BKN 7/2020 Pasal 22(1)',
    summary: 'Setiap unit kompetensi diuji dengan paling kurang 2 metode yang berbeda.',
  },
  'UJI-RENCANA-UNIT': {
    article: 'Perban BKN 7/2020 Pasal 19(1), 22(1)',
    summary: 'Rencana uji mencakup setiap unit kompetensi skema, dan hanya unit skema.',
  },
});

/** Evidence kinds, Pasal 20(2). */
export type EvidenceKind = 'LANGSUNG' | 'TIDAK_LANGSUNG' | 'PENDUKUNG';

/** Every method of Pasal 20(3)-(5) with the kind of evidence it collects. */
export const ASSESSMENT_METHODS = {
  OBSERVASI: { kind: 'LANGSUNG', label: 'observasi terhadap kinerja sesungguhnya', article: 'Pasal 20(3)a' },
  SIMULASI: { kind: 'LANGSUNG', label: 'simulasi', article: 'Pasal 20(3)b' },
  DEMONSTRASI: { kind: 'LANGSUNG', label: 'demonstrasi', article: 'Pasal 20(3)c' },
  WAWANCARA: { kind: 'TIDAK_LANGSUNG', label: 'wawancara', article: 'Pasal 20(4)a' },
  TES_LISAN: { kind: 'TIDAK_LANGSUNG', label: 'tes lisan', article: 'Pasal 20(4)b' },
  TES_TERTULIS: { kind: 'TIDAK_LANGSUNG', label: 'tes tertulis', article: 'Pasal 20(4)c' },
  PORTOFOLIO: { kind: 'TIDAK_LANGSUNG', label: 'portofolio', article: 'Pasal 20(4)d' },
  LAPORAN_PIHAK_KETIGA: { kind: 'PENDUKUNG', label: 'laporan pihak ketiga', article: 'Pasal 20(5)a' },
  SERTIFIKAT_IJAZAH: {
    kind: 'PENDUKUNG',
    label: 'sertifikat/ijazah pendidikan formal atau pelatihan',
    article: 'Pasal 20(5)b',
  },
  CUPLIKAN_HASIL_PEKERJAAN: { kind: 'PENDUKUNG', label: 'cuplikan hasil pekerjaan', article: 'Pasal 20(5)c' },
} as const satisfies Record<string, { kind: EvidenceKind; label: string; article: string }>;

export type AssessmentMethod = keyof typeof ASSESSMENT_METHODS;

export const MIN_METHODS_PER_UNIT = 2;

/** The distinct methods among `methods`. */
export function distinctMethods(methods: readonly AssessmentMethod[]): AssessmentMethod[] {
  return [...new Set(methods)];
}

/** Pasal 22(1) for one unit: the violations, none when at least 2 distinct methods are planned. */
export function unitMethodViolations(
  unitCode: string,
  methods: readonly AssessmentMethod[],
  field = `units.${unitCode}.methods`,
): RuleViolation[] {
  const n = distinctMethods(methods).length;
  return n >= MIN_METHODS_PER_UNIT
    ? []
    : [
        violation(
          METHOD_RULES['UJI-METODE-MIN-2'],
          `Unit ${unitCode} diuji dengan ${n} metode; paling kurang ${MIN_METHODS_PER_UNIT} metode berbeda.`,
          field,
        ),
      ];
}

export interface UnitPlan {
  unitCode: string;
  methods: readonly AssessmentMethod[];
}

/**
 * Checks a test plan against the scheme's units: each unit of the scheme planned once with at least
 * 2 distinct methods, no unit outside the scheme.
 */
export function checkTestPlan(
  schemeUnitCodes: readonly string[],
  plan: readonly UnitPlan[],
): Decision<readonly UnitPlan[]> {
  const violations: RuleViolation[] = [];
  const planned = plan.map((u) => u.unitCode);
  for (const code of schemeUnitCodes) {
    if (!planned.includes(code)) {
      violations.push(
        violation(
          METHOD_RULES['UJI-RENCANA-UNIT'],
          `Unit ${code} dari skema belum direncanakan untuk diuji.`,
          `units.${code}`,
        ),
      );
    }
  }
  plan.forEach((u, i) => {
    if (!schemeUnitCodes.includes(u.unitCode)) {
      violations.push(
        violation(
          METHOD_RULES['UJI-RENCANA-UNIT'],
          `Unit ${u.unitCode} bukan unit kompetensi skema ini.`,
          `units.${i}`,
        ),
      );
    } else if (planned.indexOf(u.unitCode) !== i) {
      violations.push(
        violation(
          METHOD_RULES['UJI-RENCANA-UNIT'],
          `Unit ${u.unitCode} direncanakan lebih dari sekali.`,
          `units.${i}`,
        ),
      );
    }
    violations.push(...unitMethodViolations(u.unitCode, u.methods, `units.${i}.methods`));
  });
  return decide(plan, violations);
}
