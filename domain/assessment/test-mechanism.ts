/**
 * The test mechanism an assessor proposes to the team leader (Perban BKN 7/2020 Pasal 30(2)a): per cohort and
 * unit, the methods (at least two, Pasal 22(1)) chosen in view of the regulations, facilities, the context of
 * ASN management and the condition of the employees assessed (22(2)), and how the test runs. The leader of the
 * team formed by decree (19(2), 30(1)d) accepts it or returns it with notes; the unit's test plan (30(2)c-d) of a
 * cohort a decree serves is then based on the accepted proposal: it names only methods the leader accepted.
 */
import type { IsoDate } from '../shared/dates';
import { decide, defineRules, reject, violation, type Decision, type RuleViolation } from '../shared/rule';
import { testPlanRequired, unitAndMethodViolations } from './instrument';
import type { AssessmentMethod } from './methods';

export const MECHANISM_RULES = /* @__PURE__ */ defineRules({
  'UJI-MEKANISME-KETUA': {
    article: 'Perban BKN 7/2020 Pasal 19(2), 30(2)a',
    summary:
      'Usulan mekanisme uji diajukan kepada ketua tim uji yang dibentuk dengan keputusan Kepala BKN untuk angkatan itu.',
  },
  'UJI-MEKANISME-DIPUTUS': {
    article: 'Perban BKN 7/2020 Pasal 30(2)a',
    summary: 'Ketua tim memutus usulan mekanisme sekali: usulan yang sudah diterima atau dikembalikan tetap.',
  },
  'UJI-MEKANISME-DITERIMA': {
    article: 'Perban BKN 7/2020 Pasal 30(2)a, c-d, 22(2)',
    summary:
      'Rencana uji unit angkatan yang dilayani tim uji berdasarkan keputusan didasarkan pada usulan mekanisme unit itu yang diterima ketua tim, dan hanya memakai metode usulan itu (sesi uji sejak 14 April 2020).',
  },
});

export type MechanismStatus = 'DIAJUKAN' | 'DITERIMA' | 'DIKEMBALIKAN';

export interface MechanismDraft {
  unitCode: string;
  methods: readonly AssessmentMethod[];
}

export interface MechanismContext {
  schemeUnits: readonly string[];
  /** The team formed by decree that serves the cohort, if any: its leader receives the proposal. */
  teamId: string | undefined;
}

/** Whether an assessor may propose `draft`: a unit of the scheme, 2 methods or more, a leader to propose to. */
export function checkMechanismProposal(
  draft: MechanismDraft,
  context: MechanismContext,
): Decision<MechanismDraft & { teamId: string }> {
  const { teamId } = context;
  const v: RuleViolation[] = unitAndMethodViolations(draft, context.schemeUnits);
  if (teamId === undefined) {
    return reject([
      ...v,
      violation(
        MECHANISM_RULES['UJI-MEKANISME-KETUA'],
        'Angkatan ini tidak dilayani tim uji berdasarkan keputusan; tidak ada ketua tim yang menerima usulan.',
      ),
    ]);
  }
  return decide({ ...draft, teamId }, v);
}

/** Whether the leader may decide a proposal now `status`: once only. */
export function mayDecideMechanism(status: MechanismStatus): Decision<true> {
  return status === 'DIAJUKAN'
    ? decide(true, [])
    : decide(true, [
        violation(
          MECHANISM_RULES['UJI-MEKANISME-DIPUTUS'],
          `Usulan ini sudah ${status === 'DITERIMA' ? 'diterima' : 'dikembalikan'}; ajukan usulan baru bila perlu.`,
          'outcome',
        ),
      ]);
}

/** A decided proposal of the cohort, as the plan rule needs it. */
export interface DecidedMechanism {
  proposalId: string;
  unitCode: string;
  methods: readonly AssessmentMethod[];
  status: MechanismStatus;
  decidedAt?: string | undefined;
}

/** The proposal of `unitCode` the leader accepted last, if any. */
export function acceptedMechanism(
  unitCode: string,
  proposals: readonly DecidedMechanism[],
): DecidedMechanism | undefined {
  return proposals
    .filter((p) => p.unitCode === unitCode && p.status === 'DITERIMA')
    .sort((a, b) => (a.decidedAt ?? '').localeCompare(b.decidedAt ?? ''))
    .at(-1);
}

/**
 * Why a plan of `unitCode` with `methods` may not be set for a cohort a decree serves (`decreed`), in a session
 * held on `testDate`: no accepted proposal of the unit, or a method the accepted one does not name. A cohort
 * without a decree, or a session before Perban BKN 7/2020, is planned as before.
 */
export function planMechanismViolations(
  testDate: IsoDate,
  decreed: boolean,
  unitCode: string,
  methods: readonly AssessmentMethod[],
  accepted: DecidedMechanism | undefined,
): RuleViolation[] {
  if (!decreed || !testPlanRequired(testDate)) return [];
  const rule = MECHANISM_RULES['UJI-MEKANISME-DITERIMA'];
  if (!accepted) {
    return [
      violation(
        rule,
        `Belum ada usulan mekanisme uji unit ${unitCode} yang diterima ketua tim; rencana uji didasarkan padanya.`,
        'methods',
      ),
    ];
  }
  return methods.flatMap((method, i) =>
    accepted.methods.includes(method)
      ? []
      : [
          violation(
            rule,
            `Metode ${method} tidak ada dalam usulan mekanisme yang diterima ketua tim (${accepted.methods.join(', ')}).`,
            `methods.${i}`,
          ),
        ],
  );
}
