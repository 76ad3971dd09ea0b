/**
 * The competency assessment team (Tim Penilaian Kompetensi, TPK) of Perka BKN 11/2008 Lampiran II.A:
 * at least 5 assessors, at least 2 of them psychologists, and an odd number when more than 5.
 */
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../../shared/rule';

export const TEAM_RULES = /* @__PURE__ */ defineRules({
  'TPK-MIN-5-ASESOR': {
    article: 'Perka BKN 11/2008 Lampiran II.A.4',
    summary: 'Anggota TPK paling kurang 5 assessor.',
  },
  'TPK-MIN-2-PSIKOLOG': {
    article: 'Perka BKN 11/2008 Lampiran II.A.4',
    summary: 'Paling kurang 2 anggota TPK adalah psikolog.',
  },
  'TPK-GANJIL': {
    article: 'Perka BKN 11/2008 Lampiran II.A.5',
    summary: 'Bila anggota lebih dari 5 assessor, jumlahnya harus ganjil.',
  },
  'TPK-DITETAPKAN-PPK': {
    article: 'Perka BKN 11/2008 Lampiran II.A.6',
    summary: 'Pembentukan TPK ditetapkan oleh Pejabat Pembina Kepegawaian.',
  },
});

export const MIN_TEAM_ASSESSORS = 5;
export const MIN_TEAM_PSYCHOLOGISTS = 2;

export interface TeamMember {
  nip: string;
  isPsychologist: boolean;
}

export interface AssessmentTeam {
  members: readonly TeamMember[];
  /** Set by a decree of the Pejabat Pembina Kepegawaian. */
  establishedByPpk: boolean;
}

/** Checks the team; members are counted once per NIP. */
export function checkAssessmentTeam(team: AssessmentTeam): Decision<AssessmentTeam> {
  const v: RuleViolation[] = [];
  const unique = [...new Map(team.members.map((m) => [m.nip, m])).values()];
  const n = unique.length;
  const psychologists = unique.filter((m) => m.isPsychologist).length;
  if (n < MIN_TEAM_ASSESSORS) {
    v.push(
      violation(
        TEAM_RULES['TPK-MIN-5-ASESOR'],
        `TPK beranggotakan ${n} assessor; paling kurang ${MIN_TEAM_ASSESSORS}.`,
        'members',
      ),
    );
  }
  if (psychologists < MIN_TEAM_PSYCHOLOGISTS) {
    v.push(
      violation(
        TEAM_RULES['TPK-MIN-2-PSIKOLOG'],
        `TPK memiliki ${psychologists} psikolog; paling kurang ${MIN_TEAM_PSYCHOLOGISTS}.`,
        'members',
      ),
    );
  }
  if (n > MIN_TEAM_ASSESSORS && n % 2 === 0) {
    v.push(
      violation(
        TEAM_RULES['TPK-GANJIL'],
        `TPK beranggotakan ${n} assessor; bila lebih dari 5 harus ganjil.`,
        'members',
      ),
    );
  }
  if (!team.establishedByPpk) {
    v.push(
      violation(
        TEAM_RULES['TPK-DITETAPKAN-PPK'],
        'Pembentukan TPK belum ditetapkan oleh Pejabat Pembina Kepegawaian.',
        'establishedByPpk',
      ),
    );
  }
  return decide(team, v);
}
