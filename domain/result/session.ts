/**
 * The result session (sidang hasil Uji Kompetensi Teknis, Perban BKN 7/2020 Pasal 25) around the per-unit
 * decisions of domain/assessment/decision.ts. BKN's training unit holds it (Pasal 16(5); 9d: it sets the results)
 * with the organisers, the assessors taking part to give their recommendations (Pasal 25f, 30(2)q; experts may
 * attend but never decide, 30(4)j); its record lists who attended in what role. The Komite Sertifikasi of Pasal 6
 * is another body with other duties: it does not decide results. This module also says how a re-test adds to
 * the units already competent (Pasal 26(2)), what follows a not-yet-competent decision (Pasal 25c-d, 26(1)), and
 * the appeal window and the independent reviewer who decides an appeal (Pasal 25h, where the regulation names no
 * body: see docs/rules.md). Independence and objectivity (Pasal 2a, 2d) are why the person who records a decision,
 * or decides an appeal, must not have assessed the participant.
 */
import type { OverallDecision, Recommendation } from '../assessment/decision';
import { MAX_RETESTS_PER_LEVEL } from '../assessment/retest';
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';

export const SESSION_RULES = /* @__PURE__ */ defineRules({
  'SIDANG-BUKAN-ASESOR': {
    article: 'Perban BKN 7/2020 Pasal 2a, 2d, 25',
    summary: 'Keputusan sidang hasil tidak dicatat oleh asesor atau pakar yang menguji peserta tersebut.',
  },
  'BANDING-BATAS-WAKTU': {
    article: 'Perban BKN 7/2020 Pasal 25h, 36(1)d',
    summary:
      'Banding/pengaduan diajukan dalam jangka waktu yang ditetapkan sidang hasil, atas keputusan yang berlaku.',
  },
  'SIDANG-ASESOR-HADIR': {
    article: 'Perban BKN 7/2020 Pasal 25f, 30(2)q',
    summary:
      'Sidang hasil dilaksanakan unit pelatihan BKN bersama unsur penyelenggara: paling sedikit satu asesor tim uji hadir, dan yang hadir sebagai asesor atau pakar adalah anggota tim uji dalam peran itu.',
  },
  'BANDING-PENINJAU-INDEPENDEN': {
    article: 'Perban BKN 7/2020 Pasal 2a, 2d, 25h',
    summary:
      'Peninjau banding tidak terlibat dalam pengujian peserta dan tidak hadir atau mencatat sidang yang membuat keputusan yang dibanding.',
  },
  'BANDING-DIPUTUS-PENINJAU': {
    article: 'Perban BKN 7/2020 Pasal 2a, 2d, 25h',
    summary: 'Banding diputus oleh peninjau independen yang ditunjuk BKN, sendiri, bukan oleh orang lain.',
  },
  'UJI-ULANG-SESI-BERIKUTNYA': {
    article: 'Perban BKN 7/2020 Pasal 25c, 26(1)',
    summary:
      'Uji ulang dijadwalkan pada sesi uji berikutnya dengan jenjang (skema) yang sama, dalam program yang sama atau program sesudahnya, yang belum dimulai.',
  },
  'TINDAK-LANJUT-BELUM-KOMPETEN': {
    article: 'Perban BKN 7/2020 Pasal 16(7), 25c, 25d, 35(4), 35(5)',
    summary:
      'Setiap keputusan belum kompeten mencatat tawaran uji ulang (atau mengapa tidak ada lagi) dan rekomendasi pengembangan atas unit yang belum kompeten dengan bentuk Pasal 35(5).',
  },
  'BANDING-PUTUSAN-UNIT': {
    article: 'Perban BKN 7/2020 Pasal 25h, 26(2)',
    summary: 'Banding yang diterima hanya mengubah keputusan unit yang dipersoalkan dan belum kompeten.',
  },
});

const R = SESSION_RULES;

/** In what role someone attends the result session (Pasal 25f, 30(2)q, 30(4)). */
export const SESSION_ROLES = [
  'UNIT_PELATIHAN_BKN',
  'PENYELENGGARA',
  'ASESOR',
  'PAKAR',
  'PIHAK_LAIN',
] as const;
export type SessionRole = (typeof SESSION_ROLES)[number];

export interface SessionAttendee {
  name: string;
  role: SessionRole;
  /** The account of an assessor or expert of the test team (required for those roles). */
  username?: string | undefined;
}

/**
 * Who attends a result session, checked against the session's test team: at least one of its assessors
 * (Pasal 30(2)q: the assessors carry out the result session to recommend the decision), and anyone attending as
 * an assessor or expert is a member of the team in that role.
 */
export function checkSessionAttendance(
  attendees: readonly SessionAttendee[],
  team: readonly { username: string; role: 'asesor' | 'pakar' }[],
): RuleViolation[] {
  const v: RuleViolation[] = [];
  attendees.forEach((attendee, i) => {
    if (attendee.role !== 'ASESOR' && attendee.role !== 'PAKAR') return;
    const role = attendee.role === 'ASESOR' ? 'asesor' : 'pakar';
    if (!team.some((m) => m.username === attendee.username && m.role === role)) {
      v.push(
        violation(
          R['SIDANG-ASESOR-HADIR'],
          `${attendee.name} hadir sebagai ${attendee.role} tetapi bukan ${role} tim uji angkatan ini.`,
          `session.attendees.${i}.username`,
        ),
      );
    }
  });
  const assessors = attendees.filter(
    (a) => a.role === 'ASESOR' && team.some((m) => m.username === a.username && m.role === 'asesor'),
  );
  if (assessors.length === 0) {
    v.push(
      violation(
        R['SIDANG-ASESOR-HADIR'],
        'Sidang hasil dihadiri paling sedikit satu asesor tim uji untuk menyampaikan rekomendasinya.',
        'session.attendees',
      ),
    );
  }
  return v;
}

/** Refuses a recorder (or appeal decider) who assessed the participant: `testers` are everyone who did. */
export function checkSessionRecorder(recorder: string, testers: readonly string[]): RuleViolation[] {
  return testers.includes(recorder)
    ? [
        violation(
          R['SIDANG-BUKAN-ASESOR'],
          `${recorder} menguji peserta ini sehingga tidak dapat mencatat keputusannya.`,
          'decidedBy',
        ),
      ]
    : [];
}

export interface AttemptResult {
  outcome: Recommendation;
  competentUnits: string[];
  notYetCompetentUnits: string[];
}

/**
 * The decision after an attempt, cumulated over the level: units competent before stay competent (a re-test
 * covers only the others, Pasal 26(2)); the participant is KOMPETEN only when every required unit now is
 * (Pasal 16(6)). For the first test `previouslyCompetent` is empty and this is `tested` itself.
 */
export function cumulateAttempt(
  requiredUnitCodes: readonly string[],
  previouslyCompetent: readonly string[],
  tested: Pick<OverallDecision, 'competentUnits'>,
): AttemptResult {
  const competent = new Set([...previouslyCompetent, ...tested.competentUnits]);
  const competentUnits = requiredUnitCodes.filter((code) => competent.has(code));
  const notYetCompetentUnits = requiredUnitCodes.filter((code) => !competent.has(code));
  return {
    outcome:
      requiredUnitCodes.length > 0 && notYetCompetentUnits.length === 0 ? 'KOMPETEN' : 'BELUM_KOMPETEN',
    competentUnits,
    notYetCompetentUnits,
  };
}

/** The forms competency development takes (Pasal 35(5) a-h). */
export const DEVELOPMENT_FORMS = [
  'PENDIDIKAN',
  'PELATIHAN',
  'PEMBIMBINGAN',
  'PENDAMPINGAN',
  'PEMAGANGAN',
  'KONSULTASI',
  'KONSELING',
  'SEMINAR_LOKAKARYA',
] as const;
export type DevelopmentForm = (typeof DEVELOPMENT_FORMS)[number];

/** When the session names no form: training on the units not yet mastered (Pasal 35(4)). */
export const DEFAULT_DEVELOPMENT: readonly DevelopmentForm[] = ['PELATIHAN'];

export interface FollowUp {
  /** The re-test the participant may ask for (Pasal 16(7), 25c, 26(1)). */
  retest: { offered: boolean; remaining: number; unitCodes: string[]; reason?: string };
  /** The development recommended for the gap (Pasal 25d, 35(4)-(5)). */
  development: { forms: DevelopmentForm[]; unitCodes: string[]; notes?: string };
}

/**
 * What follows a decision: nothing once competent; for one not yet competent both a re-test offer (or why there
 * is none: the 2 re-tests of the level taken, counted for the person across programmes) and a development
 * recommendation on the units not yet competent, in the forms the session names (training by default). The
 * session naming no form at all is refused.
 */
export function followUpOf(
  decision: { outcome: Recommendation; notYetCompetentUnits: readonly string[] },
  retestsTakenAtLevel: number,
  development?: { forms: readonly DevelopmentForm[]; notes?: string | undefined },
): Decision<FollowUp | undefined> {
  if (decision.outcome === 'KOMPETEN') return decide(undefined, []);
  const forms = [...new Set(development?.forms ?? DEFAULT_DEVELOPMENT)];
  const remaining = Math.max(0, MAX_RETESTS_PER_LEVEL - retestsTakenAtLevel);
  const unitCodes = [...decision.notYetCompetentUnits];
  const v =
    forms.length === 0
      ? [
          violation(
            R['TINDAK-LANJUT-BELUM-KOMPETEN'],
            'Rekomendasi pengembangan bagi peserta belum kompeten memuat paling sedikit satu bentuk Pasal 35(5).',
            'development.forms',
          ),
        ]
      : [];
  return decide(
    {
      retest:
        remaining > 0
          ? { offered: true, remaining, unitCodes }
          : {
              offered: false,
              remaining: 0,
              unitCodes,
              reason: `Uji ulang pada jenjang ini sudah ${MAX_RETESTS_PER_LEVEL} kali (Pasal 26(1)).`,
            },
      development: {
        forms,
        unitCodes,
        ...(development?.notes ? { notes: development.notes } : {}),
      },
    },
    v,
  );
}

/** Whether an appeal may still be filed against a decision at `now` (ISO instants compare as text). */
export function checkAppealWindow(
  decision: { appealUntil?: string; supersededBy?: string },
  now: string,
): RuleViolation[] {
  const v: RuleViolation[] = [];
  if (decision.supersededBy !== undefined) {
    v.push(
      violation(
        R['BANDING-BATAS-WAKTU'],
        `Keputusan ini telah digantikan oleh ${decision.supersededBy}; ajukan atas keputusan yang berlaku.`,
        'decisionId',
      ),
    );
  }
  if (decision.appealUntil !== undefined && now > decision.appealUntil) {
    v.push(
      violation(
        R['BANDING-BATAS-WAKTU'],
        `Jangka waktu banding/pengaduan berakhir pada ${decision.appealUntil}.`,
        'decisionId',
      ),
    );
  }
  return v;
}

/**
 * Refuses an appeal's reviewer who is missing, took part in testing the participant (`testers`), or attended or
 * recorded the result session whose decision is appealed (`session`, usernames): the appeal is judged by someone
 * who had no hand in the decision (Pasal 2a, 2d).
 */
export function checkAppealReviewer(
  reviewer: string | undefined,
  testers: readonly string[],
  session: readonly string[] = [],
): RuleViolation[] {
  if (reviewer === undefined) {
    return [
      violation(
        R['BANDING-PENINJAU-INDEPENDEN'],
        'Banding belum memiliki peninjau; tunjuk peninjau yang tidak terlibat dalam pengujian.',
        'reviewer',
      ),
    ];
  }
  const v: RuleViolation[] = [];
  if (testers.includes(reviewer)) {
    v.push(
      violation(
        R['BANDING-PENINJAU-INDEPENDEN'],
        `${reviewer} terlibat dalam pengujian peserta sehingga tidak dapat meninjau banding ini.`,
        'reviewer',
      ),
    );
  }
  if (session.includes(reviewer)) {
    v.push(
      violation(
        R['BANDING-PENINJAU-INDEPENDEN'],
        `${reviewer} hadir atau mencatat sidang hasil yang membuat keputusan ini sehingga tidak dapat meninjau bandingnya.`,
        'reviewer',
      ),
    );
  }
  return v;
}

/** Only the named reviewer decides the appeal (our interpretation of Pasal 25h: docs/rules.md). */
export function checkAppealDecider(decider: string, reviewer: string | undefined): RuleViolation[] {
  return reviewer !== undefined && decider !== reviewer
    ? [
        violation(
          R['BANDING-DIPUTUS-PENINJAU'],
          `Banding ini diputus oleh peninjau yang ditunjuk (${reviewer}), bukan oleh ${decider}.`,
          'decidedBy',
        ),
      ]
    : [];
}

export interface UpheldAppeal {
  requiredUnitCodes: readonly string[];
  decided: AttemptResult;
  contestedUnits: readonly string[];
  /** The units the session now finds competent. */
  competentUnits: readonly string[];
}

/**
 * The decision an upheld appeal makes: the units it finds competent must be contested and not yet competent;
 * everything else stays as decided. Every unmet rule is listed.
 */
export function decideUpheldAppeal(a: UpheldAppeal): Decision<AttemptResult> {
  const v: RuleViolation[] = [];
  a.competentUnits.forEach((code, i) => {
    if (!a.contestedUnits.includes(code)) {
      v.push(
        violation(
          R['BANDING-PUTUSAN-UNIT'],
          `Unit ${code} tidak dipersoalkan dalam banding ini.`,
          `competentUnits.${i}`,
        ),
      );
    } else if (!a.decided.notYetCompetentUnits.includes(code)) {
      v.push(
        violation(
          R['BANDING-PUTUSAN-UNIT'],
          `Unit ${code} tidak berstatus belum kompeten.`,
          `competentUnits.${i}`,
        ),
      );
    }
  });
  if (a.competentUnits.length === 0) {
    v.push(
      violation(
        R['BANDING-PUTUSAN-UNIT'],
        'Banding yang diterima harus menyebut unit yang dinyatakan kompeten.',
        'competentUnits',
      ),
    );
  }
  return decide(
    cumulateAttempt(a.requiredUnitCodes, a.decided.competentUnits, { competentUnits: [...a.competentUnits] }),
    v,
  );
}

/** A test session: a cohort's test day, or a re-test session BKN schedules of its own. */
export interface TestSessionSlot {
  programId: string;
  number: number;
  scheme: string;
  startDate: string;
  /** The day of the test (domain/eligibility/test-date.ts#testDateOf). */
  testDate: string;
}

/**
 * A re-test goes into a later test session of the same scheme, in the same or a later programme: one tested after
 * the session the participant was last tested in, and not yet begun on `today` (Pasal 25c "pada tahapan
 * berikutnya", 26(1)).
 */
export function checkRetestSession(
  lastTested: TestSessionSlot,
  target: TestSessionSlot,
  today: string,
): RuleViolation[] {
  const v: RuleViolation[] = [];
  const rule = R['UJI-ULANG-SESI-BERIKUTNYA'];
  if (target.scheme !== lastTested.scheme) {
    v.push(
      violation(
        rule,
        `Sesi ${target.number} untuk skema ${target.scheme}; uji ulang harus pada skema ${lastTested.scheme}.`,
        'toCohort',
      ),
    );
  }
  if (target.testDate <= lastTested.testDate) {
    v.push(
      violation(
        rule,
        `Sesi ${target.number} diuji ${target.testDate}, tidak sesudah uji terakhir peserta (${lastTested.testDate}).`,
        'toCohort',
      ),
    );
  }
  if (target.startDate <= today) {
    v.push(violation(rule, `Sesi ${target.number} sudah dimulai (${target.startDate}).`, 'toCohort'));
  }
  return v;
}
