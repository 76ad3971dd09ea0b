import type { DevelopmentEntry } from '../../events/api/certificate';
import type { EvidenceRecord, UnitRecommendation } from '../../events/api/assessment';
import type { Instansi } from '../../events/api/instansi';
import type { Operator } from '../../events/api/operator';
import { GSI1, GSI2 } from './table';

/*
 * Every key of the one table, one builder per item, partition and index entry, in the order of
 * docs/data-model.md: the repositories build their commands from these only, so a key shape is changed here once.
 */

// ── Operator registry (operator-repository.ts) ────────────────────────────────────────────────────

/** The partition of one operator: its registry entry and the changes to it. */
export const operatorPartition = (sub: string) => `OPERATOR#${sub}`;

/** O2: the registry entry read on every operator request. */
export const operatorKey = (sub: string) => ({ pk: operatorPartition(sub), sk: '#OPERATOR' });

/** O3: one change (registration, move, disabling, re-enabling), sorting after the entry, oldest first. */
export const operatorChangeKey = (sub: string, at: string, id: string) => ({
  pk: operatorPartition(sub),
  sk: `CHANGE#${at}#${id}`,
});

/** O6: the listing an operator appears in: its instansi's, or its Kanreg's. */
export const operatorListPartition = (scope: { instansiCode: string } | { kanreg: string }) =>
  'instansiCode' in scope ? `INSTANSI#${scope.instansiCode}#OPERATORS` : `KANREG#${scope.kanreg}#OPERATORS`;

/** The gsi1 keys of an entry: listed under where it acts, by username. */
export const operatorIndexKeys = (
  operator: Pick<Operator, 'sub' | 'username' | 'instansiCode' | 'kanreg'>,
) => ({
  [GSI1.pk]: operatorListPartition(
    operator.instansiCode !== null ? { instansiCode: operator.instansiCode } : { kanreg: operator.kanreg! },
  ),
  [GSI1.sk]: `${operator.username}#${operator.sub}`,
});

// ── Programme (program-repository.ts) ─────────────────────────────────────────────────────────────

export const programKey = (id: string) => ({ pk: `PROGRAM#${id}`, sk: '#PROGRAM' });

// ── Cohort and Participant (seating-repository.ts) ────────────────────────────────────────────────

/** Cohort numbers and versions sort as text in keys: 007 before 010. */
export const threeDigits = (n: number) => String(n).padStart(3, '0');
export const cohortKey = (programId: string, number: number) => ({
  pk: `COHORT#${programId}#${threeDigits(number)}`,
  sk: '#COHORT',
});
export const participantKey = (programId: string, nip: string) => ({
  pk: `PARTICIPANT#${programId}#${nip}`,
  sk: '#PARTICIPANT',
});
export const seatsPartition = (programId: string, number: number) =>
  `COHORT#${programId}#${threeDigits(number)}#SEATS`;
export const waitlistPartition = (programId: string, scheme: string) => `WAITLIST#${programId}#${scheme}`;

// ── Invitations (invitation-repository.ts) ────────────────────────────────────────────────────────

export const invitationSignerKey = (programId: string) => ({
  pk: `PROGRAM#${programId}`,
  sk: '#INVITATION_SIGNER',
});
export const invitationCounterKey = (year: number) => ({ pk: `COUNTER#INVITATION#${year}`, sk: '#COUNTER' });

// ── Proposals (proposal-repository.ts) ────────────────────────────────────────────────────────────

export interface ProposalRef {
  programId: string;
  instansiCode: string;
}

/** The partition of one instansi's proposal in a programme: the proposal, its candidates and their records. */
export const proposalPartition = (ref: ProposalRef) => `PROPOSAL#${ref.programId}#${ref.instansiCode}`;
export const proposalKey = (ref: ProposalRef) => ({ pk: proposalPartition(ref), sk: '#PROPOSAL' });
export const candidateKey = (ref: ProposalRef, nip: string) => ({
  pk: proposalPartition(ref),
  sk: `CANDIDATE#${nip}`,
});
export const nipGuardKey = (programId: string, nip: string) => ({
  pk: `PROGRAM#${programId}#NIP#${nip}`,
  sk: '#GUARD',
});

// ── Pre-assessment (preassessment-repository.ts) ──────────────────────────────────────────────────

export const preAssessmentPrefix = (nip: string) => `PREASSESSMENT#${nip}`;
export const preAssessmentKey = (ref: ProposalRef, nip: string) => ({
  pk: proposalPartition(ref),
  sk: preAssessmentPrefix(nip),
});
export const preAssessorKey = (ref: ProposalRef, nip: string) => ({
  pk: proposalPartition(ref),
  sk: `${preAssessmentPrefix(nip)}#ASSESSOR`,
});

// ── Training (training-repository.ts) ─────────────────────────────────────────────────────────────

export const TRAINING_PREFIX = 'TRAINING#';
/** Outside `TRAINING#`, so T1 does not read every earlier action plan. */
export const CONFIRMATION_HISTORY_PREFIX = 'TRAINING_HISTORY#CONFIRMATION#';

export const cvKey = (programId: string, nip: string) => ({
  pk: participantKey(programId, nip).pk,
  sk: `${TRAINING_PREFIX}CV`,
});
export const confirmationKey = (programId: string, nip: string) => ({
  pk: participantKey(programId, nip).pk,
  sk: `${TRAINING_PREFIX}CONFIRMATION`,
});
export const confirmationVersionKey = (programId: string, nip: string, version: number) => ({
  pk: participantKey(programId, nip).pk,
  sk: `${CONFIRMATION_HISTORY_PREFIX}${threeDigits(version)}`,
});
export const eLearningKey = (programId: string, nip: string) => ({
  pk: participantKey(programId, nip).pk,
  sk: `${TRAINING_PREFIX}ELEARNING`,
});
export const attendanceKey = (programId: string, cohort: number, date: string, session: string) => ({
  pk: cohortKey(programId, cohort).pk,
  sk: `ATTENDANCE#${date}#${session}`,
});

// ── Assessment (assessment-repository.ts) ─────────────────────────────────────────────────────────

/** AS2: the test team of a cohort, in the cohort's partition. */
export const TEAM_PREFIX = 'ASSESSMENT#TEAM#';
export const teamMemberKey = (programId: string, cohort: number, username: string) => ({
  pk: cohortKey(programId, cohort).pk,
  sk: `${TEAM_PREFIX}${username}`,
});
/** AS4: a participant's records of one attempt, or (without one) of every attempt. */
export const assessmentPrefix = (attempt?: number) =>
  attempt === undefined ? 'ASSESSMENT#' : `ASSESSMENT#${attempt}#`;
export const assessmentUnitPrefix = (attempt: number, unitCode: string) =>
  `${assessmentPrefix(attempt)}${unitCode}#`;
export const evidenceKey = (
  e: Pick<EvidenceRecord, 'programId' | 'nip' | 'attempt' | 'unitCode' | 'evidenceId'>,
) => ({
  pk: participantKey(e.programId, e.nip).pk,
  sk: `${assessmentUnitPrefix(e.attempt, e.unitCode)}EVIDENCE#${e.evidenceId}`,
});
export const recommendationKey = (r: UnitRecommendation, id: string) => ({
  pk: participantKey(r.programId, r.nip).pk,
  sk: `${assessmentUnitPrefix(r.attempt, r.unitCode)}RECOMMENDATION#${r.recommendedAt}#${id}`,
});
/** AS5: one assessment sheet, every record of one request in one item. */
export const assessmentSheetKey = (
  sheet: { programId: string; nip: string; attempt: number; recordedAt: string },
  id: string,
) => ({
  pk: participantKey(sheet.programId, sheet.nip).pk,
  sk: `${assessmentPrefix(sheet.attempt)}SHEET#${sheet.recordedAt}#${id}`,
});

// ── Results (result-repository.ts) ────────────────────────────────────────────────────────────────

/** Every result item of a participant (decisions, attempts, appeals, re-tests) sorts under this prefix (R3). */
export const RESULT_PREFIX = 'RESULT#';
/** The items of one kind among a participant's results. */
export const resultKindPrefix = (
  kind: 'DECISION' | 'ATTEMPT' | 'APPEAL' | 'OPEN_APPEAL' | 'RETEST' | 'RETEST_REQUEST',
) => `${RESULT_PREFIX}${kind}#`;

export const decisionKey = (programId: string, nip: string, decisionId: string) => ({
  pk: participantKey(programId, nip).pk,
  sk: `${resultKindPrefix('DECISION')}${decisionId}`,
});
export const attemptKey = (programId: string, nip: string, attempt: number) => ({
  pk: participantKey(programId, nip).pk,
  sk: `${resultKindPrefix('ATTEMPT')}${attempt}`,
});
export const appealKey = (programId: string, nip: string, appealId: string) => ({
  pk: participantKey(programId, nip).pk,
  sk: `${resultKindPrefix('APPEAL')}${appealId}`,
});
/** The guard that gives a decision one open case at a time: it names the open appeal, and goes when it is resolved. */
export const openAppealKey = (programId: string, nip: string, decisionId: string) => ({
  pk: participantKey(programId, nip).pk,
  sk: `${resultKindPrefix('OPEN_APPEAL')}${decisionId}`,
});

// ── Re-tests (retest-repository.ts) ───────────────────────────────────────────────────────────────

/** The person's re-tests at a level, counted across every programme (Pasal 26(1) "dalam jenjang jabatannya"). */
export const personRetestsKey = (nip: string, level: number | null) => ({
  pk: `ASN#${nip}`,
  sk: `RETESTS#LEVEL#${level ?? 'NONE'}`,
});
export const retestKey = (programId: string, nip: string, retestNumber: number) => ({
  pk: participantKey(programId, nip).pk,
  sk: `${resultKindPrefix('RETEST')}${retestNumber}`,
});
export const retestAskKey = (programId: string, nip: string, decisionId: string) => ({
  pk: participantKey(programId, nip).pk,
  sk: `${resultKindPrefix('RETEST_REQUEST')}${decisionId}`,
});
/** The bookings into one test session (a cohort's or a re-test session's), whichever programme they come from. */
export const sessionRetestsPartition = (programId: string, number: number) =>
  `COHORT#${programId}#${threeDigits(number)}#RETESTS`;
export const pendingAsksPartition = (programId: string) => `PROGRAM#${programId}#RETEST_REQUESTS#REQUESTED`;
/** R6: a booking is listed under the test session it goes to, by NIP. */
export const retestBookingIndexKeys = (booking: {
  nip: string;
  session: { programId: string; number: number };
}) => ({
  [GSI1.pk]: sessionRetestsPartition(booking.session.programId, booking.session.number),
  [GSI1.sk]: booking.nip,
});
/** R5c: an ask is listed under its programme while it waits to be booked, oldest first. */
export const pendingAskIndexKeys = (ask: { programId: string; nip: string; requestedAt: string }) => ({
  [GSI2.pk]: pendingAsksPartition(ask.programId),
  [GSI2.sk]: `${ask.requestedAt}#${ask.nip}`,
});

// ── Certificates (certificate-repository.ts) ──────────────────────────────────────────────────────

export const certificateKey = (registrationNumber: string) => ({
  pk: `CERTIFICATE#${registrationNumber}`,
  sk: '#CERTIFICATE',
});
export const decisionCertificateKey = (programId: string, nip: string, decisionId: string) => ({
  pk: participantKey(programId, nip).pk,
  sk: `CERTIFICATE#DECISION#${decisionId}`,
});
export const heldCertificateKey = (programId: string, nip: string) => ({
  pk: participantKey(programId, nip).pk,
  sk: 'CERTIFICATE#CURRENT',
});
export const trainingCertificateKey = (programId: string, nip: string) => ({
  pk: participantKey(programId, nip).pk,
  sk: 'CERTIFICATE#TRAINING',
});
export const certificateCounterKey = (schemeToken: string, year: number) => ({
  pk: `COUNTER#CERTIFICATE#${schemeToken}#${year}`,
  sk: '#COUNTER',
});
export const developmentKey = (
  nip: string,
  entry: Pick<DevelopmentEntry, 'year' | 'completedOn' | 'programId'>,
) => ({
  pk: `ASN#${nip}`,
  sk: `DEVELOPMENT#${entry.year}#${entry.completedOn}#${entry.programId}`,
});
export const certificateSignersKey = (programId: string) => ({
  pk: `PROGRAM#${programId}`,
  sk: '#CERTIFICATE_SIGNERS',
});
export const instansiCertificatesPartition = (programId: string, instansiCode: string) =>
  `PROGRAM#${programId}#INSTANSI#${instansiCode}#CERTIFICATES`;
export const REVOKED_PARTITION = 'CERTIFICATES#REVOKED';
export const revokedSortKey = (revokedOn: string, registrationNumber: string) =>
  `${revokedOn}#${registrationNumber}`;

// ── Outbox (outbox-repository.ts) ─────────────────────────────────────────────────────────────────

export const OUTBOX_KEY_PREFIX = 'OUTBOX#';
export const OUTBOX_PENDING = 'OUTBOX#PENDING';
export const outboxKey = (eventId: string) => ({ pk: `${OUTBOX_KEY_PREFIX}${eventId}`, sk: '#EVENT' });
/** The event id of an outbox entry's partition key (as a stream record carries it); undefined for others. */
export const eventIdOfKey = (pk: string | undefined): string | undefined =>
  pk?.startsWith(OUTBOX_KEY_PREFIX) ? pk.slice(OUTBOX_KEY_PREFIX.length) : undefined;

// ── Instansi (instansi-repository.ts) ─────────────────────────────────────────────────────────────

/** N2: one instansi's registration. */
export const instansiKey = (code: string) => ({ pk: `INSTANSI#${code}`, sk: '#INSTANSI' });
/** N4: every instansi, by code. */
export const INSTANSI_LIST_PARTITION = 'INSTANSI';
/** N5, N6: the regional governments one Kanreg covers, by code. */
export const kanregPartition = (kanreg: string) => `KANREG#${kanreg}#INSTANSI`;

/** A registration's index keys: among all instansi (gsi1) and, for a regional government, under its Kanreg (gsi2). */
export const instansiIndexKeys = (instansi: Pick<Instansi, 'code' | 'kanreg'>) => ({
  [GSI1.pk]: INSTANSI_LIST_PARTITION,
  [GSI1.sk]: instansi.code,
  ...(instansi.kanreg ? { [GSI2.pk]: kanregPartition(instansi.kanreg), [GSI2.sk]: instansi.code } : {}),
});

// ── Upload slots (upload-slot-repository.ts) ──────────────────────────────────────────────────────

/** Where a slot's record lives: the partition of what the document belongs to, and the place's name in it. */
export interface SlotPlace {
  pk: string;
  name: string;
}

export const uploadSlotKey = (place: SlotPlace) => ({ pk: place.pk, sk: `UPLOAD#${place.name}` });

// ── Idempotency records (idempotency-repository.ts) ───────────────────────────────────────────────

export interface IdempotencyRecordKey {
  /** The caller's Cognito `sub`. */
  caller: string;
  operationId: string;
  /** The client's key, as sent. */
  key: string;
}

/** K1-K4: one record per caller, route and key. */
export const idempotencyItemKey = ({ caller, operationId, key }: IdempotencyRecordKey) => ({
  pk: `IDEMPOTENCY#${caller}`,
  sk: `${operationId}#${key}`,
});
