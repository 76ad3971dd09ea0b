/**
 * Freedom from conflict of interest of the people who test a participant: assessors (Perban BKN
 * 7/2020 Pasal 28(2)n) and experts (Pasal 29(2)d), under the principles of independence and
 * objectivity (Pasal 2 a, d). The sources do not enumerate the conflicts; the ones detected here are
 * testing oneself, a direct reporting line either way, any interest the tester declared, and, where both
 * instansi are known, working in the instansi that proposed the participant (its leadership's pressure, 28(2)n).
 */
export interface Tester {
  nip: string;
  /** The tester's own direct supervisor, when known. */
  directSupervisorNip?: string | null;
  /** Participants the tester declared an interest in (family, business, pressure ...). */
  declaredConflictNips: readonly string[];
  /** The instansi the tester works in (BKN or another, Pasal 28(1)), when known. */
  instansiCode?: string | null;
}

export interface TestedParticipant {
  nip: string;
  directSupervisorNip?: string | null;
  /** The instansi that proposed the participant, when known. */
  instansiCode?: string | null;
}

export type ConflictKind =
  'DIRI_SENDIRI' | 'ATASAN_LANGSUNG' | 'BAWAHAN_LANGSUNG' | 'DINYATAKAN' | 'INSTANSI_SAMA';

/** Every conflict between a tester and a participant (empty when free of conflict). */
export function conflictsOfInterest(tester: Tester, participant: TestedParticipant): ConflictKind[] {
  const kinds: ConflictKind[] = [];
  if (tester.nip === participant.nip) kinds.push('DIRI_SENDIRI');
  if (participant.directSupervisorNip != null && participant.directSupervisorNip === tester.nip) {
    kinds.push('ATASAN_LANGSUNG');
  }
  if (tester.directSupervisorNip != null && tester.directSupervisorNip === participant.nip) {
    kinds.push('BAWAHAN_LANGSUNG');
  }
  if (tester.declaredConflictNips.includes(participant.nip)) kinds.push('DINYATAKAN');
  if (tester.instansiCode != null && tester.instansiCode === participant.instansiCode) {
    kinds.push('INSTANSI_SAMA');
  }
  return kinds;
}

export const CONFLICT_LABELS: Readonly<Record<ConflictKind, string>> = {
  DIRI_SENDIRI: 'menguji dirinya sendiri',
  ATASAN_LANGSUNG: 'merupakan atasan langsung peserta',
  BAWAHAN_LANGSUNG: 'merupakan bawahan langsung peserta',
  DINYATAKAN: 'telah menyatakan memiliki kepentingan terhadap peserta',
  INSTANSI_SAMA: 'bekerja pada instansi yang mengusulkan peserta',
};
