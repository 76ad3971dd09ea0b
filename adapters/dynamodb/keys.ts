import type { DevelopmentEntry } from '../../events/api/certificate';
import type { EvidenceRecord, UnitRecommendation } from '../../events/api/assessment';
import type { Instansi } from '../../events/api/instansi';
import type { Operator } from '../../events/api/operator';
import type { Cohort, Participant } from '../../events/api/participant';
import type { Program, ProgramStatus } from '../../events/api/program';
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

/** P3: every programme is listed in one gsi1 partition, by year, then by creation. */
export const PROGRAMS_PARTITION = 'PROGRAMS';
/** P3: the sort keys of one year's programmes begin with this. */
export const programsOfYear = (year: number) => `${year}#`;
export const programListKeys = (program: Pick<Program, 'id' | 'year' | 'createdAt'>) => ({
  [GSI1.pk]: PROGRAMS_PARTITION,
  [GSI1.sk]: `${programsOfYear(program.year)}${program.createdAt}#${program.id}`,
});

/** P4: the programmes whose window changes next from `status`. */
export const programWindowPartition = (status: ProgramStatus) => `PROGRAM_WINDOW#${status}`;
/** P4, P5: a programme waits in gsi2 under its status until `at`, the instant of its next window change. */
export const programWindowKeys = (status: ProgramStatus, at: Date) => ({
  [GSI2.pk]: programWindowPartition(status),
  [GSI2.sk]: at.toISOString(),
});

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
/** S1: a programme's cohorts, listed by level, start date and number. */
export const cohortListPartition = (programId: string) => `PROGRAM#${programId}#COHORTS`;
/** S1: the sort keys of one level's cohorts begin with this. */
export const cohortsOfScheme = (scheme: string) => `${scheme}#`;
export const cohortListKeys = (cohort: Pick<Cohort, 'programId' | 'scheme' | 'startDate' | 'number'>) => ({
  [GSI1.pk]: cohortListPartition(cohort.programId),
  [GSI1.sk]: `${cohortsOfScheme(cohort.scheme)}${cohort.startDate}#${threeDigits(cohort.number)}`,
});

/** S8, S11: the cohorts whose registration is in a state, waiting for the registration job. */
export const cohortRegistrationPartition = (registration: Cohort['registration']) =>
  `COHORT_REGISTRATION#${registration}`;
/**
 * S8, S9, S11: where a cohort waits in gsi2: until its registration opens, by its opening date (the job opens it);
 * once open, by its start date (the job invites whoever sits there uninvited until it starts).
 */
export const cohortRegistrationKeys = (
  cohort: Pick<Cohort, 'programId' | 'number' | 'registration' | 'registrationOpensOn' | 'startDate'>,
) => {
  const day = cohort.registration === 'SCHEDULED' ? cohort.registrationOpensOn : cohort.startDate;
  return {
    [GSI2.pk]: cohortRegistrationPartition(cohort.registration),
    [GSI2.sk]: `${day}#${cohort.programId}#${threeDigits(cohort.number)}`,
  };
};
/** S8, S11: a registration sort key at or below this is of `date` or before ('~' sorts after the rest of the key). */
export const lastRegistrationKeyOn = (date: string) => `${date}#~`;
/** S8: a registration sort key at or above this is of `date` or after. */
export const firstRegistrationKeyOn = (date: string) => `${date}#`;

/** S5: the participants seated in a cohort, by NIP. */
export const seatsPartition = (programId: string, number: number) =>
  `COHORT#${programId}#${threeDigits(number)}#SEATS`;
/** S4: a level's waiting list, longest-waiting first. */
export const waitlistPartition = (programId: string, scheme: string) => `WAITLIST#${programId}#${scheme}`;
export const waitlistSortKey = (waitlistedAt: string, nip: string) => `${waitlistedAt}#${nip}`;
/** A programme's participants of one instansi, by NIP. */
export const participantInstansiKeys = (
  participant: Pick<Participant, 'programId' | 'instansiCode' | 'nip'>,
) => ({
  [GSI2.pk]: instansiParticipantsPartition(participant.programId, participant.instansiCode),
  [GSI2.sk]: participant.nip,
});

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
export const PROPOSAL_SK = '#PROPOSAL';
export const CANDIDATE_PREFIX = 'CANDIDATE#';
/** U3: the proposal and its candidates sort below this; the decisions (`DECISION#`) and later records do not. */
export const PROPOSAL_RECORDS_BELOW = 'D';
export const proposalKey = (ref: ProposalRef) => ({ pk: proposalPartition(ref), sk: PROPOSAL_SK });
export const candidateKey = (ref: ProposalRef, nip: string) => ({
  pk: proposalPartition(ref),
  sk: `${CANDIDATE_PREFIX}${nip}`,
});
/** U10: one session decision on a candidate, never changed (`id`: 8 characters of a UUID). */
export const candidateDecisionKey = (ref: ProposalRef, nip: string, decidedAt: string, id: string) => ({
  pk: proposalPartition(ref),
  sk: `DECISION#${nip}#${decidedAt}#${id}`,
});
export const nipGuardKey = (programId: string, nip: string) => ({
  pk: `PROGRAM#${programId}#NIP#${nip}`,
  sk: '#GUARD',
});

/** U11: every proposal of a programme (gsi1), or those of the instansi under one Kanreg (gsi2). */
export const programProposalsPartition = (programId: string) => `PROGRAM#${programId}#PROPOSALS`;
export const kanregProposalsPartition = (kanreg: string, programId: string) =>
  `KANREG#${kanreg}#PROGRAM#${programId}`;
/** A proposal's sort key in both listings: by status, then instansi; the prefix lists one status. */
export const proposalStatusPrefix = (status: string) => `${status}#`;
export const proposalIndexSortKey = (status: string, instansiCode: string) =>
  `${proposalStatusPrefix(status)}${instansiCode}`;
/** The index keys of a proposal; one of no Kanreg (a central-government instansi) is in gsi1 only. */
export const proposalIndexKeys = (p: ProposalRef & { status: string; kanreg: string | null }) => ({
  [GSI1.pk]: programProposalsPartition(p.programId),
  [GSI1.sk]: proposalIndexSortKey(p.status, p.instansiCode),
  ...(p.kanreg
    ? {
        [GSI2.pk]: kanregProposalsPartition(p.kanreg, p.programId),
        [GSI2.sk]: proposalIndexSortKey(p.status, p.instansiCode),
      }
    : {}),
});

/** U12: every candidate of a programme (gsi1), or those of one status (gsi2). */
export const programCandidatesPartition = (programId: string, status?: string) =>
  status === undefined ? `PROGRAM#${programId}#CANDIDATES` : `PROGRAM#${programId}#CANDIDATES#${status}`;
/** A candidate's sort key in both listings: by scheme, instansi and NIP; the prefix lists one scheme. */
export const candidateSchemePrefix = (scheme: string) => `${scheme}#`;
export const candidateIndexKeys = (c: ProposalRef & { nip: string; scheme: string; status: string }) => ({
  [GSI1.pk]: programCandidatesPartition(c.programId),
  [GSI1.sk]: `${candidateSchemePrefix(c.scheme)}${c.instansiCode}#${c.nip}`,
  [GSI2.pk]: programCandidatesPartition(c.programId, c.status),
  [GSI2.sk]: `${candidateSchemePrefix(c.scheme)}${c.instansiCode}#${c.nip}`,
});

// ── Pre-assessment (preassessment-repository.ts) ──────────────────────────────────────────────────

export const preAssessmentPrefix = (nip: string) => `PREASSESSMENT#${nip}`;
export const preAssessmentKey = (ref: ProposalRef, nip: string) => ({
  pk: proposalPartition(ref),
  sk: preAssessmentPrefix(nip),
});
/** A1: the recommendations of a candidate sort under this, oldest first. */
export const preAssessmentRecommendationPrefix = (nip: string) =>
  `${preAssessmentPrefix(nip)}#RECOMMENDATION#`;
/** A3: one recommendation, never changed (`id`: 8 characters of a UUID). */
export const preAssessmentRecommendationKey = (ref: ProposalRef, nip: string, at: string, id: string) => ({
  pk: proposalPartition(ref),
  sk: `${preAssessmentRecommendationPrefix(nip)}${at}#${id}`,
});
export const preAssessorKey = (ref: ProposalRef, nip: string) => ({
  pk: proposalPartition(ref),
  sk: `${preAssessmentPrefix(nip)}#ASSESSOR`,
});
/** A4: one assignment of the candidate's assessor, never changed; sorts after the current one, oldest first. */
export const preAssessorVersionKey = (ref: ProposalRef, nip: string, assignment: number) => ({
  pk: proposalPartition(ref),
  sk: `${preAssessorKey(ref, nip).sk}#${threeDigits(assignment)}`,
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
/** T6: a cohort's registers sort under this, by date then session. */
export const ATTENDANCE_PREFIX = 'ATTENDANCE#';
export const attendanceKey = (programId: string, cohort: number, date: string, session: string) => ({
  pk: cohortKey(programId, cohort).pk,
  sk: `${ATTENDANCE_PREFIX}${date}#${session}`,
});

// ── Assessment (assessment-repository.ts) ─────────────────────────────────────────────────────────

/** AS2: the test team of a cohort, in the cohort's partition. */
export const TEAM_PREFIX = 'ASSESSMENT#TEAM#';
export const teamMemberKey = (programId: string, cohort: number, username: string) => ({
  pk: cohortKey(programId, cohort).pk,
  sk: `${TEAM_PREFIX}${username}`,
});
/**
 * The sort keys of a test session's cohort and its team in one range (TR2): the Cohort item (`#COHORT`) sorts
 * first, then the appeal strategy and the team's markers, then the members (`ASSESSMENT#TEAM#`).
 */
export const sessionUnderTestRange = (programId: string, cohort: number) => ({
  pk: cohortKey(programId, cohort).pk,
  from: cohortKey(programId, cohort).sk,
  to: `${TEAM_PREFIX}\uffff`,
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
/**
 * The sort keys of a participant's test records in one range (TR1): the Participant item (`#PARTICIPANT`) sorts
 * first, then its assessment (`ASSESSMENT#`), then everything up to and including its results (`RESULT#`).
 */
export const testRecordsRange = (programId: string, nip: string) => ({
  pk: participantKey(programId, nip).pk,
  from: participantKey(programId, nip).sk,
  to: `${RESULT_PREFIX}\uffff`,
});
/** The items of one kind among a participant's results. */
export const resultKindPrefix = (
  kind: 'DECISION' | 'ATTEMPT' | 'APPEAL' | 'OPEN_APPEAL' | 'RETEST' | 'RETEST_REQUEST' | 'EVIDENCE_REQUEST',
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

/** C4: a certificate version, by its registration number. */
export const certificateKey = (registrationNumber: string) => ({
  pk: `CERTIFICATE#${registrationNumber}`,
  sk: '#CERTIFICATE',
});
/** C3: the guard that gives a decision at most one certificate. */
export const decisionCertificateKey = (programId: string, nip: string, decisionId: string) => ({
  pk: participantKey(programId, nip).pk,
  sk: `CERTIFICATE#DECISION#${decisionId}`,
});
/** C15: the participant's one certificate of the programme in force. */
export const heldCertificateKey = (programId: string, nip: string) => ({
  pk: participantKey(programId, nip).pk,
  sk: 'CERTIFICATE#CURRENT',
});
export const trainingCertificateKey = (programId: string, nip: string) => ({
  pk: participantKey(programId, nip).pk,
  sk: 'CERTIFICATE#TRAINING',
});
/** C20: a training certificate's number, naming whose certificate it is (created once with it). */
export const trainingNumberKey = (number: string) => ({
  pk: `TRAINING_CERTIFICATE#${number}`,
  sk: '#TRAINING_CERTIFICATE',
});
/** C12: the register of training certificate numbers of a year. */
export const trainingCounterKey = (year: number) => ({
  pk: `COUNTER#TRAINING_CERTIFICATE#${year}`,
  sk: '#COUNTER',
});
/** C1: the register of numbers of a scheme in a year. */
export const certificateCounterKey = (schemeToken: string, year: number) => ({
  pk: `COUNTER#CERTIFICATE#${schemeToken}#${year}`,
  sk: '#COUNTER',
});
/** C13: the holder's development record across programmes, one partition per NIP. */
export const developmentPartition = (nip: string) => `ASN#${nip}`;
export const DEVELOPMENT_PREFIX = 'DEVELOPMENT#';
export const developmentKey = (
  nip: string,
  entry: Pick<DevelopmentEntry, 'year' | 'completedOn' | 'programId'>,
) => ({
  pk: developmentPartition(nip),
  sk: `${DEVELOPMENT_PREFIX}${entry.year}#${entry.completedOn}#${entry.programId}`,
});
export const certificateSignersKey = (programId: string) => ({
  pk: `PROGRAM#${programId}`,
  sk: '#CERTIFICATE_SIGNERS',
});
/** C7: every certificate of an instansi in a programme, listed on gsi1. */
export const instansiCertificatesPartition = (programId: string, instansiCode: string) =>
  `PROGRAM#${programId}#INSTANSI#${instansiCode}#CERTIFICATES`;
/** C6: a participant's certificates sort under their NIP in that listing. */
export const participantCertificatesPrefix = (nip: string) => `${nip}#`;

type ListedCertificate = { programId: string; instansiCode: string; nip: string };
const instansiListing = (certificate: ListedCertificate, entry: string) => ({
  [GSI1.pk]: instansiCertificatesPartition(certificate.programId, certificate.instansiCode),
  [GSI1.sk]: `${participantCertificatesPrefix(certificate.nip)}${entry}`,
});
/** The gsi1 keys of a certificate version: listed under its instansi, by NIP and number. */
export const certificateIndexKeys = (certificate: ListedCertificate & { registrationNumber: string }) =>
  instansiListing(certificate, certificate.registrationNumber);
/** C17: the training certificates of an instansi across programmes, listed on gsi2 by programme and NIP. */
export const instansiTrainingPartition = (instansiCode: string) =>
  `INSTANSI#${instansiCode}#TRAINING_CERTIFICATES`;
/** C17: the sort keys of one programme's training certificates in that listing begin with this. */
export const trainingOfProgram = (programId: string) => `${programId}#`;
/**
 * The index keys of a training certificate: on gsi1 under its instansi's certificates of the programme, by NIP;
 * on gsi2 under its instansi's training certificates of every programme (C17).
 */
export const trainingCertificateIndexKeys = (certificate: ListedCertificate) => ({
  ...instansiListing(certificate, 'TRAINING'),
  [GSI2.pk]: instansiTrainingPartition(certificate.instansiCode),
  [GSI2.sk]: `${trainingOfProgram(certificate.programId)}${certificate.nip}`,
});

/** C8: the public revocation list on gsi2 (only while a version is revoked), by day of revocation. */
export const REVOKED_PARTITION = 'CERTIFICATES#REVOKED';
export const revokedSortKey = (revokedOn: string, registrationNumber: string) =>
  `${revokedOn}#${registrationNumber}`;
export const revokedIndexKeys = (revokedOn: string, registrationNumber: string) => ({
  [GSI2.pk]: REVOKED_PARTITION,
  [GSI2.sk]: revokedSortKey(revokedOn, registrationNumber),
});

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

/** A candidate's document of one kind, and the proposal letter: in the proposal's partition. */
export const candidateDocumentSlotPlace = (ref: ProposalRef, nip: string, kind: string): SlotPlace => ({
  pk: proposalPartition(ref),
  name: `${nip}#${kind}`,
});
export const letterSlotPlace = (ref: ProposalRef): SlotPlace => ({
  pk: proposalPartition(ref),
  name: 'SURAT_USULAN',
});
/** A participant's CV: in the participant's partition. */
export const cvSlotPlace = (programId: string, nip: string): SlotPlace => ({
  pk: participantKey(programId, nip).pk,
  name: 'CV',
});

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

// ── Open Badges credentials and their status lists (credential-repository.ts) ─────────────────────

/** V1: the credential of a certificate version, beside the version's own item. */
export const credentialKey = (registrationNumber: string) => ({
  pk: `CERTIFICATE#${registrationNumber}`,
  sk: '#CREDENTIAL',
});
/** V2, V3: the counter of status-list entries taken, across every list (entry n: list n / length + 1). */
export const statusEntryCounterKey = () => ({ pk: 'COUNTER#STATUS_LIST', sk: '#COUNTER' });
/** V5-V7: one status list's bits, version and the version last published. */
export const statusListKey = (listId: number) => ({ pk: `STATUS_LIST#${listId}`, sk: '#STATUS_LIST' });

// ── Review of the test process (review-repository.ts) ─────────────────────────────────────────────

/** FB6: one test session's review records (feedback, signatures, reports, findings, improvements) together. */
export const reviewPartition = (programId: string, number: number) =>
  `${cohortKey(programId, number).pk}#REVIEW`;
/** FB6: the sort keys of one kind of the session's review records begin with these. */
export const REVIEW_PREFIX = {
  feedback: 'FEEDBACK#',
  signature: 'MINUTES#SIGNATURE#',
  report: 'ASSESSOR_REPORT#',
  finding: 'FINDING#',
  improvement: 'IMPROVEMENT#',
} as const;
/** FB1, FB2: a participant's one feedback on the session. */
export const feedbackKey = (programId: string, number: number, nip: string) => ({
  pk: reviewPartition(programId, number),
  sk: `${REVIEW_PREFIX.feedback}${nip}`,
});
/** FB3: an assessor's signature on one content of the berita acara. */
export const minutesSignatureKey = (programId: string, number: number, username: string, hash: string) => ({
  pk: reviewPartition(programId, number),
  sk: `${REVIEW_PREFIX.signature}${username}#${hash}`,
});
/** FB4: an assessor's report of the session. */
export const assessorReportKey = (programId: string, number: number, username: string) => ({
  pk: reviewPartition(programId, number),
  sk: `${REVIEW_PREFIX.report}${username}`,
});
/** FB5: a finding of BKN's review. */
export const findingKey = (programId: string, number: number, findingId: string) => ({
  pk: reviewPartition(programId, number),
  sk: `${REVIEW_PREFIX.finding}${findingId}`,
});
/** FB5, FB7, FB8: an item of the improvement log, its history within it. */
export const improvementKey = (programId: string, number: number, improvementId: string) => ({
  pk: reviewPartition(programId, number),
  sk: `${REVIEW_PREFIX.improvement}${improvementId}`,
});

// ── Scheme versions and the holders' enrolments (scheme-repository.ts) ────────────────────────────

/** SC1, SC2: a scheme's register of versions, one partition per scheme. */
export const schemePartition = (scheme: string) => `SCHEME#${scheme}`;
/** SC2: the versions sort under this, by sequence (the version id guards do not: `VERSION_ID#`). */
export const SCHEME_VERSION_PREFIX = 'VERSION#';
/** SC1: a published version, by its sequence in the register (2 onwards; 1 is the 2019 handbook, kept as data). */
export const schemeVersionKey = (scheme: string, sequence: number) => ({
  pk: schemePartition(scheme),
  sk: `${SCHEME_VERSION_PREFIX}${threeDigits(sequence)}`,
});
/** SC1: the guard that gives a version id to one version of the scheme. */
export const schemeVersionIdKey = (scheme: string, version: string) => ({
  pk: schemePartition(scheme),
  sk: `VERSION_ID#${version}`,
});
/** SC3: the holders of a scheme on one version, listed on gsi2 from their holding (C15), by programme and NIP. */
export const schemeHoldersPartition = (scheme: string, version: string) =>
  `SCHEME#${scheme}#HOLDERS#${version}`;
export const schemeHolderIndexKeys = (certificate: {
  scheme: string;
  schemeVersion: string;
  programId: string;
  nip: string;
}) => ({
  [GSI2.pk]: schemeHoldersPartition(certificate.scheme, certificate.schemeVersion),
  [GSI2.sk]: `${certificate.programId}#${certificate.nip}`,
});
/** SC4, SC5: the enrolments of a version, one partition per version, by the enrolled certificate's id. */
export const enrolmentsPartition = (scheme: string, version: string) =>
  `SCHEME#${scheme}#VERSION#${version}#ENROLMENTS`;
export const enrolmentKey = (scheme: string, version: string, certificateId: string) => ({
  pk: enrolmentsPartition(scheme, version),
  sk: `ENROLMENT#${certificateId}`,
});

// ── E-mail notifications (notification-repository.ts) ─────────────────────────────────────────────

/** EM4: a participant's notifications sort under this, in their partition, by notification id. */
export const NOTIFICATION_PREFIX = 'NOTIFICATION#';
/** EM1-EM3: one notification of a participant, by its id: claimed while being sent, then its outcome. */
export const notificationKey = (programId: string, nip: string, notificationId: string) => ({
  pk: participantKey(programId, nip).pk,
  sk: `${NOTIFICATION_PREFIX}${notificationId}`,
});
/** EM5, EM6: an address SES reported bounced for good or complained of; addresses compare in lower case. */
export const emailSuppressionKey = (email: string) => ({
  pk: `EMAIL#${email.toLowerCase()}`,
  sk: '#SUPPRESSION',
});

// ── Action plans and Monev (monev-repository.ts) ──────────────────────────────────────────────────

/** MV1-MV4: a programme's Monev settings and its rounds, in one partition. */
export const monevPartition = (programId: string) => `PROGRAM#${programId}#MONEV`;
export const monevSettingsKey = (programId: string) => ({ pk: monevPartition(programId), sk: '#SETTINGS' });
export const MONEV_ROUND_PREFIX = 'ROUND#';
export const monevRoundKey = (programId: string, cohort: number, point: number) => ({
  pk: monevPartition(programId),
  sk: `${MONEV_ROUND_PREFIX}${String(cohort).padStart(3, '0')}#${String(point).padStart(2, '0')}`,
});

/** MV5-MV11: one round's questionnaires, one per participant and respondent, and what was delivered of each. */
export const monevRoundPartition = (programId: string, cohort: number, point: number) =>
  `MONEV#${programId}#${cohort}#${point}`;
export const QUESTIONNAIRE_PREFIX = 'Q#';
export const questionnaireKey = (
  programId: string,
  cohort: number,
  point: number,
  nip: string,
  respondent: string,
) => ({
  pk: monevRoundPartition(programId, cohort, point),
  sk: `${QUESTIONNAIRE_PREFIX}${nip}#${respondent}`,
});
/** MV8: a recipient's questionnaires on gsi1, by the day they close. */
export const questionnaireRecipientPartition = (nip: string) => `MONEV_RECIPIENT#${nip}`;
export const questionnaireIndexKeys = (
  recipientNip: string,
  closesOn: string,
  ref: { programId: string; cohort: number; point: number; nip: string; respondent: string },
) => ({
  [GSI1.pk]: questionnaireRecipientPartition(recipientNip),
  [GSI1.sk]: `${closesOn}#${ref.programId}#${ref.cohort}#${ref.point}#${ref.nip}#${ref.respondent}`,
});

/** MV12, MV14: the action plans that name a mentor, on gsi2 of the confirmation that carries each, by programme and NIP. */
export const mentorPlansPartition = (mentorNip: string) => `MENTOR#${mentorNip}#ACTION_PLANS`;
export const mentorPlanIndexKeys = (mentorNip: string, programId: string, nip: string) => ({
  [GSI2.pk]: mentorPlansPartition(mentorNip),
  [GSI2.sk]: `${programId}#${nip}`,
});

/**
 * MV16-MV20: a programme's entry in the daily Monev job's index, beside its settings, listed on gsi2 under one key by
 * the next day the job has a step for it (sparse: deleted once its last round is closed).
 */
export const monevDueKey = (programId: string) => ({ pk: monevPartition(programId), sk: '#DUE' });
export const MONEV_DUE_PARTITION = 'MONEV_DUE';
export const monevDueIndexKeys = (programId: string, dueOn: string) => ({
  [GSI2.pk]: MONEV_DUE_PARTITION,
  [GSI2.sk]: `${dueOn}#${programId}`,
});
/** MV18: the last gsi2 sort key of the entries due on `date` (every programme id sorts before `~`). */
export const lastMonevDueKeyOn = (date: string) => `${date}#~`;

// ── Surveillance and development recommendations (surveillance-repository.ts) ────────────────────────

/** SV1: one monitoring record of a holder (Pasal 35(1)). */
export const monitoringKey = (id: string) => ({ pk: `MONITORING#${id}`, sk: '#MONITORING' });
/** SV5: one development recommendation (Pasal 35(2)). */
export const developmentRecommendationKey = (id: string) => ({
  pk: `RECOMMENDATION#${id}`,
  sk: '#RECOMMENDATION',
});
/** SV3: a holder's monitoring and the recommendations addressed to them, by NIP across certificates. */
export const holderSurveillancePartition = (nip: string) => `ASN#${nip}#SURVEILLANCE`;
/** SV4: an instansi's: the monitoring of its holders and every recommendation to it or to them. */
export const instansiSurveillancePartition = (instansiCode: string) =>
  `INSTANSI#${instansiCode}#SURVEILLANCE`;
/** The index keys of a monitoring record or recommendation: in order of recording; a holder's only when it names one. */
export const surveillanceIndexKeys = (entry: {
  nip?: string;
  instansiCode: string;
  at: string;
  id: string;
}) => ({
  ...(entry.nip !== undefined && {
    [GSI1.pk]: holderSurveillancePartition(entry.nip),
    [GSI1.sk]: `${entry.at}#${entry.id}`,
  }),
  [GSI2.pk]: instansiSurveillancePartition(entry.instansiCode),
  [GSI2.sk]: `${entry.at}#${entry.id}`,
});

// ── Komite Sertifikasi (komite-repository.ts) ─────────────────────────────────────────────────────

/** KO1-KO6: the Komite's decrees and meetings, one small partition (a few items a year). */
export const KOMITE_PARTITION = 'KOMITE';
export const KOMITE_DECREE_PREFIX = 'DECREE#';
export const KOMITE_MEETING_PREFIX = 'MEETING#';
/** KO1: a decree of the head of BKN setting the membership, by its date and number. */
export const komiteDecreeKey = (decreeDate: string, decreeNumber: string) => ({
  pk: KOMITE_PARTITION,
  sk: `${KOMITE_DECREE_PREFIX}${decreeDate}#${decreeNumber}`,
});
/** KO3: a meeting with its minutes and decisions, by its date. */
export const komiteMeetingKey = (heldOn: string, id: string) => ({
  pk: KOMITE_PARTITION,
  sk: `${KOMITE_MEETING_PREFIX}${heldOn}#${id}`,
});
/** KO2: the upper bound of the decrees dated on or before `date` (`~` sorts after the `#` of their number). */
export const komiteDecreesUpTo = (date: string) => `${KOMITE_DECREE_PREFIX}${date}~`;
/** KO4: the meetings held in one year. */
export const komiteMeetingsOfYear = (year: number) => `${KOMITE_MEETING_PREFIX}${year}-`;
/** KO6: the number of meetings held in one year, kept by the meeting's write (KO3). */
export const KOMITE_MEETING_COUNT_PREFIX = 'MEETINGS_IN#';
export const komiteMeetingCountKey = (year: number) => ({
  pk: KOMITE_PARTITION,
  sk: `${KOMITE_MEETING_COUNT_PREFIX}${year}`,
});

// ── Programme dashboard (functions/dashboard) ─────────────────────────────────────────────────────

/** DB1: a programme's participants of one instansi, by NIP (gsi2 of the Participant item). */
export const instansiParticipantsPartition = (programId: string, instansiCode: string) =>
  `PROGRAM#${programId}#INSTANSI#${instansiCode}#PARTICIPANTS`;

// ── Structural-position assessment, Perka BKN 11/2008 (structural-*-repository.ts) ─────────────────────

/** SA1-SA5 (and the UPK and TPK items): an instansi's structural-assessment records, one partition each. */
export const structuralPartition = (instansiCode: string) => `STRUCTURAL#${instansiCode}`;
export const STRUCTURAL_CANDIDATE_PREFIX = 'CANDIDATE#';
/** SA1: a candidate the instansi's selection passed, with its proposal and the PPK's determination. */
export const structuralCandidateKey = (instansiCode: string, nip: string) => ({
  pk: structuralPartition(instansiCode),
  sk: `${STRUCTURAL_CANDIDATE_PREFIX}${nip}`,
});
/**
 * A nomination's part in the sort keys of its results, report and reads: the NIP for an instansi's first
 * nomination of it, `<nip>~<n, 4 digits>` for the n-th (never a prefix of another nomination's, so each keeps its own).
 */
export const structuralNominationSubject = (nip: string, nomination?: number) =>
  nomination !== undefined && nomination > 1 ? `${nip}~${String(nomination).padStart(4, '0')}` : nip;
/** SA14-SA15: an instansi's earlier nomination of a NIP, as it stood when the next one replaced it (history). */
export const structuralEarlierNominationKey = (instansiCode: string, nip: string, nomination: number) => ({
  pk: structuralPartition(instansiCode),
  sk: `NOMINATION#${nip}#${String(nomination).padStart(4, '0')}`,
});
/** SA6-SA8: a UPK the instansi records (its own, BKN's facilitation or another's), by id (which sorts by time). */
export const STRUCTURAL_UPK_PREFIX = 'UPK#';
export const structuralUpkKey = (instansiCode: string, id: string) => ({
  pk: structuralPartition(instansiCode),
  sk: `${STRUCTURAL_UPK_PREFIX}${id}`,
});
/** SA9-SA11: a TPK the PPK formed by decree, by id (which sorts by time). */
export const STRUCTURAL_TPK_PREFIX = 'TPK#';
export const structuralTpkKey = (instansiCode: string, id: string) => ({
  pk: structuralPartition(instansiCode),
  sk: `${STRUCTURAL_TPK_PREFIX}${id}`,
});

// ── Structural assessment results and reports, Perka BKN 11/2008 III.2 Pelaksanaan dan Laporan (structural-report-repository.ts) ──

/** SH1-SH2: a result of one method of a candidate's plan, once per method. */
export const structuralResultPrefix = (nip: string, nomination?: number) =>
  `RESULT#${structuralNominationSubject(nip, nomination)}#`;
export const structuralResultKey = (
  instansiCode: string,
  nip: string,
  method: string,
  nomination?: number,
) => ({
  pk: structuralPartition(instansiCode),
  sk: `${structuralResultPrefix(nip, nomination)}${method}`,
});
/** SH5: the reports of one registered position of an instansi, by NIP; SH10: of every position (none given). */
export const structuralReportPrefix = (positionCode?: string) =>
  positionCode ? `REPORT#${positionCode}#` : 'REPORT#';
/** SH3-SH4, SH9: a candidate's report, filed under the registered position the PPK determined them for. */
export const structuralReportKey = (
  instansiCode: string,
  positionCode: string,
  nip: string,
  nomination?: number,
) => ({
  pk: structuralPartition(instansiCode),
  sk: `${structuralReportPrefix(positionCode)}${structuralNominationSubject(nip, nomination)}`,
});
/** SH6-SH8: every read of a candidate's report, by time. */
export const structuralReportReadPrefix = (nip: string, nomination?: number) =>
  `REPORTREAD#${structuralNominationSubject(nip, nomination)}#`;
export const structuralReportReadKey = (
  instansiCode: string,
  nip: string,
  at: string,
  id: string,
  nomination?: number,
) => ({
  pk: structuralPartition(instansiCode),
  sk: `${structuralReportReadPrefix(nip, nomination)}${at}#${id}`,
});

// ── Structural positions and their competency standards, Perka BKN 11/2008 IV.1 (structural-position-repository.ts) ──

/** SK1-SK4: a position of the instansi's register with its standard in force. */
export const STRUCTURAL_POSITION_PREFIX = 'POSITION#';
export const structuralPositionKey = (instansiCode: string, code: string) => ({
  pk: structuralPartition(instansiCode),
  sk: `${STRUCTURAL_POSITION_PREFIX}${code}`,
});
/** SK1, SK4, SK5: one version of a position's standard, never changed once written (zero-padded: sorts by version). */
export const structuralStandardKey = (instansiCode: string, code: string, version: number) => ({
  pk: structuralPartition(instansiCode),
  sk: `STANDARD#${code}#${String(version).padStart(4, '0')}`,
});

/** SK6: the instansi that nominated a NIP, one item per NIP across all instansi (one nomination per PNS). */
export const structuralNominationKey = (nip: string) => ({ pk: `STRUCTURAL_NIP#${nip}`, sk: 'NOMINATION' });

/** SN1-SN6: a candidate's notification letters (Anak Lampiran), by year of issue and register sequence. */
export const STRUCTURAL_NOTICE_PREFIX = 'NOTICE#';
export const structuralNoticePrefix = (nip: string) => `${STRUCTURAL_NOTICE_PREFIX}${nip}#`;
export const structuralNoticeKey = (instansiCode: string, nip: string, noticeId: string) => ({
  pk: structuralPartition(instansiCode),
  sk: `${structuralNoticePrefix(nip)}${noticeId}`,
});
/** SN1, SN4: the instansi's register of notice numbers for a year of issue. */
export const structuralNoticeCounterKey = (instansiCode: string, year: number) => ({
  pk: structuralPartition(instansiCode),
  sk: `COUNTER#NOTICE#${year}`,
});

// ── Test instruments and test plans, Perban BKN 7/2020 Pasal 19(7)-(8), 30(2)c-e, 30(4) (test-instrument-repository.ts) ──

/** TI1-TI4: a programme's instruments, every version and review, in a partition of their own. */
export const instrumentPartition = (programId: string) => `INSTRUMENTS#${programId}`;
/** TI2: the versions and reviews of one instrument sort under this. */
export const instrumentPrefix = (instrumentId: string) => `INSTRUMENT#${instrumentId}#`;
/** TI3: one version, never changed once written (zero-padded: sorts by version). */
export const instrumentVersionKey = (programId: string, instrumentId: string, version: number) => ({
  pk: instrumentPartition(programId),
  sk: `${instrumentPrefix(instrumentId)}V#${String(version).padStart(4, '0')}`,
});
/** TI4: one review, sorting after the versions, in the order recorded. */
export const instrumentReviewKey = (programId: string, instrumentId: string, at: string, id: string) => ({
  pk: instrumentPartition(programId),
  sk: `${instrumentPrefix(instrumentId)}REVIEW#${at}#${id}`,
});
/** TI5-TI6: a cohort's test plan, one item per unit, in the cohort's partition. */
export const TEST_PLAN_PREFIX = 'TESTPLAN#';
export const unitTestPlanKey = (programId: string, cohort: number, unitCode: string) => ({
  pk: cohortKey(programId, cohort).pk,
  sk: `${TEST_PLAN_PREFIX}${unitCode}`,
});

// ── Test teams formed by decree, Perban BKN 7/2020 Pasal 19 (test-team-repository.ts) ──

/** TT1, TT2: a test team formed by the head of BKN's decree, one partition per team. */
export const testTeamKey = (teamId: string) => ({ pk: `TESTTEAM#${teamId}`, sk: '#TEAM' });
/** TT1: the one decree serving a cohort, next to the cohort's team members (outside their `ASSESSMENT#TEAM#` prefix). */
export const cohortDecreeKey = (programId: string, cohort: number) => ({
  pk: cohortKey(programId, cohort).pk,
  sk: 'ASSESSMENT#DECREE',
});
/** AS1, TT1: the marker a one-by-one assignment leaves on its cohort; forming a decree for the cohort requires none. */
export const cohortOneByOneKey = (programId: string, cohort: number) => ({
  pk: cohortKey(programId, cohort).pk,
  sk: 'ASSESSMENT#ONE_BY_ONE',
});
/** TT3, TT4: BKN's ratio of participants per assessor by difficulty (Pasal 19(3)), one item. */
export const testTeamRatioKey = () => ({ pk: 'REFERENCE#TEST_TEAM_RATIO', sk: '#RATIO' });

// ── Test mechanism proposals to the team leader, Perban BKN 7/2020 Pasal 30(2)a (test-mechanism-repository.ts) ──

/** TM2: the proposals of a team's cohorts sort under this, in the team's partition. */
export const MECHANISM_PREFIX = 'MECHANISM#';
/** TM1, TM3, TM4: one proposal. */
export const mechanismProposalKey = (teamId: string, proposalId: string) => ({
  pk: testTeamKey(teamId).pk,
  sk: `${MECHANISM_PREFIX}${proposalId}`,
});

// ── Kanreg allocations and regional programmes, Perban BKN 7/2020 Pasal 7, 11 (allocation-repository.ts, regional-program-repository.ts) ──

/** RG1, RG2: a Kanreg's allocation in a programme and what its region used of it, in the programme's partition. */
export const ALLOCATION_PREFIX = 'ALLOCATION#';
export const allocationKey = (programId: string, kanreg: string) => ({
  pk: `PROGRAM#${programId}`,
  sk: `${ALLOCATION_PREFIX}${kanreg}`,
});

/** RG6-RG10: a regional programme a Kanreg proposed, until and after BKN decides it. */
export const regionalProgramKey = (id: string) => ({ pk: `REGIONAL_PROGRAM#${id}`, sk: '#REGIONAL_PROGRAM' });
/** RG8: every regional programme (gsi1), or one Kanreg's (gsi2), by status then proposal time. */
export const REGIONAL_PROGRAMS_PARTITION = 'REGIONAL_PROGRAMS';
export const kanregRegionalProgramsPartition = (kanreg: string) => `KANREG#${kanreg}#REGIONAL_PROGRAMS`;
export const regionalStatusPrefix = (status: string) => `${status}#`;
export const regionalProgramIndexKeys = (p: {
  id: string;
  kanreg: string;
  status: string;
  proposedAt: string;
}) => {
  const sk = `${regionalStatusPrefix(p.status)}${p.proposedAt}#${p.id}`;
  return {
    [GSI1.pk]: REGIONAL_PROGRAMS_PARTITION,
    [GSI1.sk]: sk,
    [GSI2.pk]: kanregRegionalProgramsPartition(p.kanreg),
    [GSI2.sk]: sk,
  };
};

// ── Result-session completeness, Perban BKN 7/2020 Pasal 25b, 25h (result-session-repository.ts) ──

/** RS1-RS2: a request for additional evidence, among the participant's results (read with R3), by time. */
export const evidenceRequestKey = (programId: string, nip: string, requestId: string) => ({
  pk: participantKey(programId, nip).pk,
  sk: `${resultKindPrefix('EVIDENCE_REQUEST')}${requestId}`,
});
/** RS3-RS4: the appeal strategy of a test session's result session, beside the session's cohort item. */
export const appealStrategyKey = (programId: string, number: number) => ({
  pk: cohortKey(programId, number).pk,
  sk: 'APPEAL_STRATEGY',
});

// ── PIK graduates, Perban BKN 7/2020 Pasal 23 (pik-repository.ts) ──

/** PI1-PI2: BKN's register of PIK courses recognised as equivalent to competency units, by course code. */
export const PIK_EQUIVALENCES_PARTITION = 'PIK#EQUIVALENCES';
export const pikEquivalenceKey = (courseCode: string) => ({
  pk: PIK_EQUIVALENCES_PARTITION,
  sk: `COURSE#${courseCode}`,
});
/** PI3-PI4: a proposed candidate's PIK graduation and direct entry, beside the candidate in the proposal. */
export const pikGraduationKey = (ref: ProposalRef, nip: string) => ({
  pk: proposalPartition(ref),
  sk: `PIK_GRADUATION#${nip}`,
});

// ── Programme briefing, Perban BKN 7/2020 Pasal 33 (briefing-repository.ts) ─────────────────────────

/** BR1-BR3: a cohort's briefing and the attendance of its participants, in the cohort's partition. */
export const BRIEFING_PREFIX = 'BRIEFING';
export const briefingKey = (programId: string, cohort: number) => ({
  pk: cohortKey(programId, cohort).pk,
  sk: BRIEFING_PREFIX,
});
export const briefingAttendeeKey = (programId: string, cohort: number, nip: string) => ({
  pk: cohortKey(programId, cohort).pk,
  sk: `${BRIEFING_PREFIX}#ATTENDEE#${nip}`,
});

// ── Test sites (TUK), Perban BKN 7/2020 Pasal 27 (test-site-repository.ts) ──────────────────────────

/** TS1: every version of BKN's test-site criteria, never changed once written; the newest is in force. */
export const TEST_SITE_CRITERIA_PARTITION = 'TEST_SITE_CRITERIA';
export const testSiteCriteriaKey = (version: number) => ({
  pk: TEST_SITE_CRITERIA_PARTITION,
  sk: `VERSION#${String(version).padStart(4, '0')}`,
});
/** TS2-TS5: a site, its verifications per use and its designation decrees, in the site's partition. */
export const testSitePartition = (tukId: string) => `TEST_SITE#${tukId}`;
export const testSiteKey = (tukId: string) => ({ pk: testSitePartition(tukId), sk: '#SITE' });
export const testSiteUsePrefix = (kind: 'VERIFICATION' | 'DESIGNATION', programId: string, cohort: number) =>
  `${kind}#${programId}#${threeDigits(cohort)}#`;
export const testSiteVerificationKey = (
  tukId: string,
  programId: string,
  cohort: number,
  recordedAt: string,
  id: string,
) => ({
  pk: testSitePartition(tukId),
  sk: `${testSiteUsePrefix('VERIFICATION', programId, cohort)}${recordedAt}#${id}`,
});
export const testSiteDesignationKey = (tukId: string, programId: string, cohort: number) => ({
  pk: testSitePartition(tukId),
  sk: testSiteUsePrefix('DESIGNATION', programId, cohort),
});

// ── Training delivery (delivery-repository.ts) ────────────────────────────────────────────────────

/** ED1-ED4: what BKN set for a cohort's delivery (e-learning, module materials, groups), in its partition. */
export const DELIVERY_PREFIX = 'DELIVERY#';
export const eLearningSetupKey = (programId: string, cohort: number) => ({
  pk: cohortKey(programId, cohort).pk,
  sk: `${DELIVERY_PREFIX}ELEARNING`,
});
export const moduleMaterialKey = (programId: string, cohort: number, module: string) => ({
  pk: cohortKey(programId, cohort).pk,
  sk: `${DELIVERY_PREFIX}MATERIAL#${module}`,
});
export const cohortGroupsKey = (programId: string, cohort: number) => ({
  pk: cohortKey(programId, cohort).pk,
  sk: `${DELIVERY_PREFIX}GROUPS`,
});
/** A module's material: its slot in the cohort's partition. */
export const moduleMaterialSlotPlace = (programId: string, cohort: number, module: string): SlotPlace => ({
  pk: cohortKey(programId, cohort).pk,
  name: `MATERIAL#${module}`,
});
/** ED7: a participant's resume of a module, under `TRAINING#` so T1 reads it with the e-learning. */
export const resumeKey = (programId: string, nip: string, module: string) => ({
  pk: participantKey(programId, nip).pk,
  sk: `${TRAINING_PREFIX}RESUME#${module}`,
});
export const resumeSlotPlace = (programId: string, nip: string, module: string): SlotPlace => ({
  pk: participantKey(programId, nip).pk,
  name: `RESUME#${module}`,
});
/** ED5-ED10: the participant's review, SP, acknowledgements and first download of each module's material. */
export const participantDeliveryKey = (programId: string, nip: string, what: string) => ({
  pk: participantKey(programId, nip).pk,
  sk: `${DELIVERY_PREFIX}${what}`,
});
export const assignmentLetterSlotPlace = (programId: string, nip: string): SlotPlace => ({
  pk: participantKey(programId, nip).pk,
  name: 'SP',
});
/** ED11-ED12: the forum of one module of a cohort's e-learning, its posts by time. */
export const forumPartition = (programId: string, cohort: number, module: string) =>
  `FORUM#${programId}#${threeDigits(cohort)}#${module}`;
export const forumPostKey = (programId: string, cohort: number, module: string, at: string, id: string) => ({
  pk: forumPartition(programId, cohort, module),
  sk: `POST#${at}#${id}`,
});

// ── Rules of conduct of a cohort, Panduan Pusbang ASN BKN 2019, Tata Tertib (rules-of-conduct-repository.ts) ──

/** RC1-RC2: the rules of conduct BKN published for a cohort, beside the cohort item. */
export const rulesOfConductKey = (programId: string, cohort: number) => ({
  pk: cohortKey(programId, cohort).pk,
  sk: 'RULES_OF_CONDUCT',
});
