/**
 * The berita acara of a test session (Perban BKN 7/2020 Pasal 30(2)n) and the assessor's report of it (Pasal
 * 30(2)r, with the improvements they suggest, 30(2)p). The berita acara is drawn from what the session recorded
 * (who was tested, by whom, on which units and by which methods), so it cannot say other than the records; each
 * assessor who took part signs the very content they read (its hash), and it is complete only when all of them
 * have signed the current content.
 */
import { defineRules, violation, type RuleViolation } from '../shared/rule';

export const MINUTES_RULES = /* @__PURE__ */ defineRules({
  'BERITA-ACARA-ASESOR-TERLIBAT': {
    article: 'Perban BKN 7/2020 Pasal 30(2)n',
    summary:
      'Berita acara pelaksanaan uji ditandatangani oleh asesor tim uji yang terlibat dalam sesi itu (mencatat bukti atau rekomendasi).',
  },
  'LAPORAN-ASESOR-TERLIBAT': {
    article: 'Perban BKN 7/2020 Pasal 30(2)p, 30(2)r',
    summary:
      'Laporan pelaksanaan uji dan saran perbaikannya dibuat oleh asesor tim uji yang terlibat dalam sesi itu.',
  },
});

/** A participant as the session's records show them. */
export interface SessionParticipant {
  nip: string;
  name: string;
  /** Whether anything of their test was recorded in this session: they were present and tested. */
  present: boolean;
}

/** A team member as the berita acara names them. */
export interface SessionTester {
  username: string;
  name: string;
  role: 'asesor' | 'pakar';
}

/** What happened in the session, as its records show it. */
export interface SessionRecord {
  programId: string;
  cohort: number;
  scheme: string;
  testDate: string;
  place: { name: string; address: string } | null;
  participants: SessionParticipant[];
  /** Every team member, and who of them recorded something in the session. */
  team: SessionTester[];
  recordedBy: ReadonlySet<string>;
  units: string[];
  methods: string[];
}

/** The berita acara's content: what each assessor signs (by its hash). */
export interface MinutesContent {
  programId: string;
  cohort: number;
  scheme: string;
  testDate: string;
  place: { name: string; address: string } | null;
  units: string[];
  methods: string[];
  participants: { present: SessionParticipant[]; absent: SessionParticipant[] };
  assessors: SessionTester[];
  experts: SessionTester[];
}

const byNip = (a: SessionParticipant, b: SessionParticipant) => (a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0);
const byUsername = (a: SessionTester, b: SessionTester) =>
  a.username < b.username ? -1 : a.username > b.username ? 1 : 0;

/**
 * The berita acara of the session: its fields in a fixed order and every list sorted, so the same records give
 * the same content (and hash) whenever it is drawn. Only team members who took part are named.
 */
export function minutesContent(session: SessionRecord): MinutesContent {
  const tookPart = session.team.filter((m) => session.recordedBy.has(m.username)).sort(byUsername);
  const participants = [...session.participants].sort(byNip);
  return {
    programId: session.programId,
    cohort: session.cohort,
    scheme: session.scheme,
    testDate: session.testDate,
    place: session.place,
    units: [...new Set(session.units)].sort(),
    methods: [...new Set(session.methods)].sort(),
    participants: {
      present: participants.filter((p) => p.present),
      absent: participants.filter((p) => !p.present),
    },
    assessors: tookPart.filter((m) => m.role === 'asesor'),
    experts: tookPart.filter((m) => m.role === 'pakar'),
  };
}

/** One assessor's signature: who, when, on which content. */
export interface Signature {
  username: string;
  signedAt: string;
  contentHash: string;
}

export interface MinutesStatus {
  complete: boolean;
  /** The signatures on the current content, by username. */
  signed: Signature[];
  /** The assessors who took part and have not signed the current content. */
  awaiting: string[];
}

/**
 * Whether the berita acara is complete: every assessor who took part signed `contentHash`, the current content.
 * A signature on an earlier content does not count (the records changed since). None took part: not complete.
 */
export function minutesStatus(
  content: MinutesContent,
  contentHash: string,
  signatures: readonly Signature[],
): MinutesStatus {
  const signed = signatures
    .filter((s) => s.contentHash === contentHash && content.assessors.some((a) => a.username === s.username))
    .sort((a, b) => (a.username < b.username ? -1 : a.username > b.username ? 1 : 0));
  const awaiting = content.assessors
    .map((a) => a.username)
    .filter((username) => !signed.some((s) => s.username === username));
  return { complete: content.assessors.length > 0 && awaiting.length === 0, signed, awaiting };
}

/** Why `username` may not sign the berita acara, or (`report`) write the assessor's report of the session. */
export function signerViolations(
  content: MinutesContent,
  username: string,
  what: 'minutes' | 'report',
): RuleViolation[] {
  if (content.assessors.some((a) => a.username === username)) return [];
  return what === 'minutes'
    ? [
        violation(
          MINUTES_RULES['BERITA-ACARA-ASESOR-TERLIBAT'],
          'Anda tidak mencatat bukti atau rekomendasi pada sesi ini; berita acara ditandatangani asesor yang terlibat.',
        ),
      ]
    : [
        violation(
          MINUTES_RULES['LAPORAN-ASESOR-TERLIBAT'],
          'Anda tidak mencatat bukti atau rekomendasi pada sesi ini; laporan pelaksanaan dibuat asesor yang terlibat.',
        ),
      ];
}
