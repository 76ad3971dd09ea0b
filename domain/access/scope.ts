import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';
import type { Role } from './roles';

/**
 * Whose data an operator may touch. An instansi proposes its own candidates (Perban BKN 7/2020 Pasal 31(1)a);
 * proposals of provincial and district/city governments may go through the Kanreg that covers them
 * (Pasal 31(1)b, Pasal 11); BKN's programme unit acts on every proposal (Pasal 31(1)d-f).
 */
export const SCOPE_RULES = defineRules({
  'AKSES-INSTANSI-SENDIRI': {
    article: 'Perban BKN 7/2020 Pasal 31(1)a',
    summary: 'Operator instansi hanya mengusulkan dan melihat calon dari instansinya sendiri.',
  },
  'AKSES-KANREG-WILAYAH': {
    article: 'Perban BKN 7/2020 Pasal 31(1)b dan Pasal 11',
    summary:
      'Operator Kanreg hanya bertindak untuk pemerintah provinsi dan kabupaten/kota di wilayah kerjanya.',
  },
});

export interface Actor {
  roles: readonly Role[];
  instansi?: string;
  kanreg?: string;
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
