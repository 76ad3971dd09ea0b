import { decide, defineRules, reject, violation, type Decision, type RuleViolation } from '../shared/rule';
import type { Role } from './roles';

/**
 * Whose data an operator may touch. An instansi proposes its own candidates (Perban BKN 7/2020 Pasal 31(1)a);
 * proposals of provincial and district/city governments may go through the Kanreg that covers them
 * (Pasal 31(1)b, Pasal 11); BKN's programme unit acts on every proposal (Pasal 31(1)d-f).
 */
export const SCOPE_RULES = /* @__PURE__ */ defineRules({
  'AKSES-INSTANSI-SENDIRI': {
    article: 'Perban BKN 7/2020 Pasal 31(1)a',
    summary: 'Operator instansi hanya mengusulkan dan melihat calon dari instansinya sendiri.',
  },
  'AKSES-KANREG-WILAYAH': {
    article: 'Perban BKN 7/2020 Pasal 31(1)b dan Pasal 11',
    summary:
      'Operator Kanreg hanya bertindak untuk pemerintah provinsi dan kabupaten/kota di wilayah kerjanya.',
  },
  'AKSES-PESERTA-SENDIRI': {
    article: 'Perban BKN 7/2020 Pasal 30(2)m',
    summary:
      'Peserta hanya melihat dan mengisi datanya sendiri; keputusan uji diberikan kepada peserta yang diuji.',
  },
  'AKSES-TIM-UJI': {
    article: 'Perban BKN 7/2020 Pasal 28-30',
    summary: 'Asesor dan pakar hanya bertindak pada angkatan tempat mereka ditugaskan dalam tim uji.',
  },
  'AKSES-MENTOR': {
    article: 'Panduan Pusbang ASN BKN 2019, Rencana Tindak Lanjut 1.a; Monitoring dan Evaluasi',
    summary:
      'Mentor/atasan langsung hanya membaca rencana tindak lanjut dan mengisi Monev peserta yang rencananya menyebut NIP-nya.',
  },
  'AKSES-PEJABAT-INSTANSI': {
    article: 'Perka BKN 11/2008 Lampiran III.1.b-d, II.A.6-7',
    summary:
      'Pejabat kepegawaian, Pejabat Pembina Kepegawaian dan anggota Baperjakat hanya bertindak atas data penilaian kompetensi instansinya sendiri.',
  },
});

export interface Actor {
  roles: readonly Role[];
  instansi?: string;
  kanreg?: string;
  /** A participant's own NIP. */
  nip?: string;
  /** The user name a test team lists its members by. */
  username?: string;
}

/** Whose data a participant record is: the ASN's NIP and the instansi that proposed them. */
export interface Holder {
  nip: string;
  instansi: InstansiScope;
}

/** One member of a cohort's test team, as far as access goes. */
export interface TeamSeat {
  username: string;
  role: Role;
}

export interface InstansiScope {
  code: string;
  kind: 'PUSAT' | 'PROVINSI' | 'KABUPATEN_KOTA';
  kanreg: string | null;
}

/** Whether `actor` may act on the data of `instansi`; the reasons when not. */
export function mayActForInstansi(actor: Actor, instansi: InstansiScope): Decision<InstansiScope> {
  if (actor.roles.includes('admin-bkn')) return decide(instansi, []);
  const asInstansi = actor.roles.includes('instansi') && actor.instansi === instansi.code;
  const asKanreg =
    actor.roles.includes('kanreg') &&
    actor.kanreg !== undefined &&
    instansi.kind !== 'PUSAT' &&
    instansi.kanreg === actor.kanreg;
  if (asInstansi || asKanreg) return decide(instansi, []);
  const violations: RuleViolation[] = [];
  if (actor.roles.includes('instansi')) {
    violations.push(
      violation(SCOPE_RULES['AKSES-INSTANSI-SENDIRI'], 'Data ini milik instansi lain.', 'instansiCode'),
    );
  }
  if (actor.roles.includes('kanreg')) {
    violations.push(
      violation(
        SCOPE_RULES['AKSES-KANREG-WILAYAH'],
        'Instansi ini bukan pemerintah daerah di wilayah kerja Kanreg Anda.',
        'instansiCode',
      ),
    );
  }
  if (violations.length === 0) {
    violations.push(
      violation(
        SCOPE_RULES['AKSES-INSTANSI-SENDIRI'],
        'Peran Anda tidak bertindak untuk instansi.',
        'instansiCode',
      ),
    );
  }
  return decide(instansi, violations);
}

/**
 * Whether `actor` may act on the records of one ASN: the participant on their own NIP only, an operator on
 * those its instansi or region proposed (mayActForInstansi), BKN on all. Either role of an actor suffices; a
 * refusal names the rule of each role.
 */
export function mayActForHolder(actor: Actor, holder: Holder): Decision<Holder> {
  if (actor.roles.includes('admin-bkn')) return decide(holder, []);
  const asParticipant = actor.roles.includes('peserta') && actor.nip === holder.nip;
  const operator = actor.roles.includes('instansi') || actor.roles.includes('kanreg');
  const asOperator = operator ? mayActForInstansi(actor, holder.instansi) : undefined;
  if (asParticipant || asOperator?.ok) return decide(holder, []);
  const violations: RuleViolation[] = asOperator && !asOperator.ok ? [...asOperator.violations] : [];
  if (actor.roles.includes('peserta') || !operator) {
    violations.push(
      violation(
        SCOPE_RULES['AKSES-PESERTA-SENDIRI'],
        'Peserta hanya dapat melihat dan mengisi datanya sendiri.',
        'nip',
      ),
    );
  }
  return decide(holder, violations);
}

/**
 * Whether `actor` may act on a cohort's testing as an assessor or expert: only when its team lists them, by
 * user name, in a role they hold. The member found is the decision's value.
 */
export function mayTestCohort<M extends TeamSeat>(actor: Actor, team: readonly M[]): Decision<M> {
  const member = team.find((m) => m.username === actor.username && actor.roles.includes(m.role));
  if (member) return decide(member, []);
  return reject([
    violation(
      SCOPE_RULES['AKSES-TIM-UJI'],
      'Anda tidak ditugaskan sebagai asesor atau pakar pada angkatan ini.',
      'number',
    ),
  ]);
}

/** As whom a caller reads an action plan: its participant, the mentor it names, or an operator or BKN. */
export type PlanReader = 'PESERTA' | 'MENTOR' | 'OTHER';

/**
 * Whether `actor` may read (and, as participant or mentor, answer Monev on) the action plan of `holder` naming
 * `mentorNip`: its participant, their instansi or region, BKN (mayActForHolder), or the mentor the plan names.
 * The participant reads their own before the mentor: one ASN is not both on one plan (RTL-MENTOR).
 */
export function mayReadActionPlan(
  actor: Actor,
  holder: Holder,
  mentorNip: string | undefined,
): Decision<PlanReader> {
  const asHolder = mayActForHolder(actor, holder);
  if (asHolder.ok) {
    return decide(actor.roles.includes('peserta') && actor.nip === holder.nip ? 'PESERTA' : 'OTHER', []);
  }
  if (actor.roles.includes('mentor') && actor.nip !== undefined && actor.nip === mentorNip) {
    return decide('MENTOR', []);
  }
  return reject([
    ...(actor.roles.some((role) => role !== 'mentor') ? asHolder.violations : []),
    ...(actor.roles.includes('mentor')
      ? [
          violation(
            SCOPE_RULES['AKSES-MENTOR'],
            'Rencana tindak lanjut ini tidak menyebut Anda sebagai mentor/atasan langsung.',
            'nip',
          ),
        ]
      : []),
  ]);
}

/** The officials of an instansi in the structural-position assessment (Perka BKN 11/2008), one instansi each. */
export const INSTANSI_OFFICIALS: readonly Role[] = ['kepegawaian', 'ppk', 'baperjakat'];

/**
 * Whether `actor` may act on the structural-assessment records of instansi `instansiCode` as one of its
 * officials: only on the instansi of their token; any other role the route allows is not restricted here.
 */
export function mayActAsInstansiOfficial(actor: Actor, instansiCode: string): Decision<string> {
  const official = actor.roles.some((role) => INSTANSI_OFFICIALS.includes(role));
  if (!official || actor.instansi === instansiCode) return decide(instansiCode, []);
  return reject([
    violation(
      SCOPE_RULES['AKSES-PEJABAT-INSTANSI'],
      'Data penilaian kompetensi ini milik instansi lain.',
      'instansiCode',
    ),
  ]);
}
