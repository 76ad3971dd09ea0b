import {
  BatchGetCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  type BatchGetCommandInput,
  type GetCommandInput,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { Participant } from '../../../events/api/participant';
import { PreAssessorRequest } from '../../../events/api/preassessment';
import type { Cohort } from '../../../events/api/participant';
import { ADMIN_USERNAME, claimsWith, type Claims } from '../helpers/api-event';
import { PROGRAM_ID } from '../helpers/programs';
import { TABLE_NAME } from '../helpers/env';
import { operatorEntry } from '../helpers/operators';
import { ALL_OPERATORS, INSTANSI, NIP, type DynamoMock } from '../helpers/proposals';

/*
 * The items of pre-assessment and training as docs/data-model.md stores them, written out here (not taken from
 * the repositories) so the tests pin the key shapes independently; and a table fake that answers GetItem, BatchGetItem and
 * the Query shapes these stages use (base table with begins_with, gsi1 by partition).
 */
export const ASSESSOR = 'asesor-17';
export const PESERTA = 'dewi.lestari';

export const asesor = (): Claims => claimsWith('[asesor]', { 'cognito:username': ASSESSOR });
export const peserta = (nip: string = NIP): Claims =>
  claimsWith('[peserta]', { 'custom:nip': nip, 'custom:instansi': INSTANSI, 'cognito:username': PESERTA });

export const preAssessmentKey = (nip: string = NIP, code: string = INSTANSI) => ({
  pk: `PROPOSAL#${PROGRAM_ID}#${code}`,
  sk: `PREASSESSMENT#${nip}`,
});

export function selfAssessmentItem(
  fields: Record<string, unknown>,
  nip: string = NIP,
  code: string = INSTANSI,
) {
  return {
    ...preAssessmentKey(nip, code),
    entity: 'PreAssessment',
    programId: PROGRAM_ID,
    instansiCode: code,
    nip,
    filledBy: PESERTA,
    filledAt: '2026-05-01T02:00:00.000Z',
    ...fields,
  };
}

export function recommendationItem(
  outcome: 'FIT' | 'NOT_FIT',
  at: string,
  version = 1,
  nip: string = NIP,
  code: string = INSTANSI,
) {
  return {
    pk: `PROPOSAL#${PROGRAM_ID}#${code}`,
    sk: `PREASSESSMENT#${nip}#RECOMMENDATION#${at}#0a1b2c3d`,
    entity: 'PreAssessmentRecommendation',
    programId: PROGRAM_ID,
    instansiCode: code,
    nip,
    outcome,
    ...(outcome === 'NOT_FIT' ? { notes: 'Bukti belum relevan dengan jabatan.' } : {}),
    selfAssessmentVersion: version,
    recommendedBy: ASSESSOR,
    recommendedAt: at,
  };
}

/** The Pasal 28 data of the API's example assessor, as an assignment stores it (`profile`). */
const {
  username: _username,
  name: _name,
  nip: _nip,
  ...PROFILE
} = PreAssessorRequest.parse((PreAssessorRequest.meta()?.examples as unknown[])[0]);
export const ASSESSOR_NIP = '197501012000031001';
export const PRE_ASSESSOR_PROFILE = PROFILE;

/** The current assignment of the candidate's pre-test consultation assessor (ASSESSOR, assignment 1). */
export function preAssessorItem(
  fields: Record<string, unknown> = {},
  nip: string = NIP,
  code: string = INSTANSI,
) {
  return {
    pk: `PROPOSAL#${PROGRAM_ID}#${code}`,
    sk: `PREASSESSMENT#${nip}#ASSESSOR`,
    entity: 'PreAssessmentAssessor',
    programId: PROGRAM_ID,
    instansiCode: code,
    nip,
    assignment: 1,
    username: ASSESSOR,
    assessorNip: ASSESSOR_NIP,
    name: 'Budi Santoso, S.H., M.Si.',
    profile: PROFILE,
    assignedBy: ADMIN_USERNAME,
    assignedAt: '2026-05-01T01:00:00.000Z',
    ...fields,
  };
}

export const participantKey = (nip: string = NIP) => ({
  pk: `PARTICIPANT#${PROGRAM_ID}#${nip}`,
  sk: '#PARTICIPANT',
});
export const cohortKey = (n: number) => ({
  pk: `COHORT#${PROGRAM_ID}#${String(n).padStart(3, '0')}`,
  sk: '#COHORT',
});

export function aParticipant(overrides: Partial<Participant> = {}): Participant {
  return {
    programId: PROGRAM_ID,
    nip: NIP,
    instansiCode: INSTANSI,
    name: 'Dewi Lestari, S.Sos.',
    scheme: 'ADMINISTRATOR',
    position: { title: 'Kepala Bidang Pengembangan Pegawai', unit: 'BKPSDM', rank: 'III/d' },
    status: 'SET',
    setting: { decision: 'SET', decidedBy: 'bkn-admin-1', decidedAt: '2026-05-10T03:00:00.000Z' },
    seat: { cohort: 19, placedAt: '2026-05-10T03:00:02.000Z' },
    updatedAt: '2026-05-10T03:00:02.000Z',
    ...overrides,
  };
}

export function participantItem(participant: Participant) {
  return {
    ...participantKey(participant.nip),
    entity: 'Participant',
    gsi2pk: `PROGRAM#${PROGRAM_ID}#INSTANSI#${participant.instansiCode}#PARTICIPANTS`,
    gsi2sk: participant.nip,
    ...(participant.seat
      ? {
          gsi1pk: `COHORT#${PROGRAM_ID}#${String(participant.seat.cohort).padStart(3, '0')}#SEATS`,
          gsi1sk: participant.nip,
        }
      : {}),
    ...participant,
  };
}

/** Cohort 19, Administrator, 29-30 July 2026. */
export function aCohort(overrides: Partial<Cohort> = {}): Cohort {
  return {
    programId: PROGRAM_ID,
    number: 19,
    scheme: 'ADMINISTRATOR',
    capacity: 30,
    seatsTaken: 1,
    startDate: '2026-07-29',
    endDate: '2026-07-30',
    registrationOpensOn: '2026-07-15',
    registration: 'OPEN',
    ...overrides,
  };
}

/** A cohort as stored: its key in its own programme, and its place in the programme's listing (S1). */
export function cohortItem(cohort: Cohort) {
  return {
    pk: `COHORT#${cohort.programId}#${String(cohort.number).padStart(3, '0')}`,
    sk: '#COHORT',
    gsi1pk: `PROGRAM#${cohort.programId}#COHORTS`,
    entity: 'Cohort',
    ...cohort,
  };
}

/** Answers GetItem and Query (base table `begins_with`, or gsi1 by partition) from `items`; writes succeed. */
export function serve(ddb: DynamoMock, items: Record<string, unknown>[]): void {
  // The registry entries of the tests' operators are in the table too (the shared handler reads them); `items`
  // is read at each call, so a test may add to it meanwhile.
  const registry = ALL_OPERATORS().map((claims) => operatorEntry(claims));
  const find = (key: Record<string, unknown> | undefined) =>
    [...items, ...registry].find((item) => item.pk === key?.pk && item.sk === key?.sk);
  ddb.on(GetCommand).callsFake((input: GetCommandInput) => {
    const item = find(input.Key);
    return item ? { Item: structuredClone(item) } : {};
  });
  ddb.on(BatchGetCommand).callsFake((input: BatchGetCommandInput) => ({
    Responses: {
      [TABLE_NAME]: (input.RequestItems?.[TABLE_NAME]?.Keys ?? []).flatMap((key) => {
        const item = find(key);
        return item ? [structuredClone(item)] : [];
      }),
    },
  }));
  ddb.on(QueryCommand).callsFake((input: QueryCommandInput) => {
    const values = input.ExpressionAttributeValues ?? {};
    const matches = input.IndexName
      ? items.filter((item) => item[`${input.IndexName}pk`] === values[':pk'])
      : items.filter(
          (item) =>
            item.pk === values[':pk'] &&
            String(item.sk).startsWith(String(values[':prefix'] ?? '')) &&
            // A range of sort keys (BETWEEN :from AND :to), as TR1 reads a participant's test records.
            (values[':from'] === undefined ||
              values[':to'] === undefined ||
              (String(item.sk) >= String(values[':from']) && String(item.sk) <= String(values[':to']))),
        );
    return {
      Items: matches
        .sort((a, b) => (String(a.sk) < String(b.sk) ? -1 : 1))
        .map((item) => structuredClone(item)),
    };
  });
  ddb.on(PutCommand).resolves({});
  ddb.on(UpdateCommand).resolves({});
  ddb.on(TransactWriteCommand).resolves({});
}
