import { GetCommand, PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { DEFAULT_MONEV_SETTINGS } from '../../domain/monev/monev';
import { firstMonevDay } from '../../domain/monev/schedule';
import { nextTransitionAt } from '../../domain/program/program';
import { registrationOpensOn } from '../../domain/scheduling/placement';
import type { IsoDate } from '../../domain/shared/dates';
import type { AnnouncementLetterDetails, Program, ProgramStatus } from '../../events/api/program';
import { dynamo } from '../../runtime/clients';
import { scheduleMonev } from './monev-repository';
import { cohortItem } from './seating-repository';
import { queryAll, type TableQuery } from './query';
import {
  cancellationReasons,
  GSI1,
  GSI2,
  isConditionalCheckFailure,
  tableName,
  type ItemRead,
  type TransactItem,
  withoutKeys,
  sendIf,
} from './table';
import {
  programKey,
  programListKeys,
  programsOfYear,
  programWindowKeys,
  programWindowPartition,
  PROGRAMS_PARTITION,
} from './keys';

/*
 * Programme items. Access patterns (docs/data-model.md):
 *  - get a programme by id:                 GetItem  pk=PROGRAM#<id>, sk=#PROGRAM
 *  - list programmes, newest first, by year: Query gsi1 pk=PROGRAMS, sk begins_with <year>#
 *  - programmes of a year and later:          Query gsi1 pk=PROGRAMS, sk >= <year>#
 *  - programmes due for a window change:     Query gsi2 pk=PROGRAM_WINDOW#<status>, sk <= now (sparse: CLOSED leaves)
 */

function windowIndexKeys(program: Pick<Program, 'status' | 'proposalWindow'>) {
  const next = nextTransitionAt(program.status, {
    opensAt: new Date(program.proposalWindow.opensAt),
    closesAt: new Date(program.proposalWindow.closesAt),
  });
  return next ? programWindowKeys(program.status, next) : undefined;
}

function toItem(program: Program) {
  return {
    ...programKey(program.id),
    entity: 'Program',
    ...programListKeys(program),
    ...windowIndexKeys(program),
    ...program,
  };
}

const fromItem = (item: Record<string, unknown>): Program => withoutKeys<Program>(item);

/**
 * Writes a new programme, with one item per planned cohort (seat counter at 0) and the `extra` writes (a regional
 * programme's approval) in the same transaction; false when the id is already taken or an extra write's condition
 * failed. Its entry in the daily Monev job's index is written first (MV16): a new programme has the default points.
 */
export async function insertProgram(program: Program, extra: TransactItem[] = []): Promise<boolean> {
  const monevFrom = firstMonevDay(
    program.cohortPlan.map((c) => ({ number: c.number, endDate: c.endDate as IsoDate })),
    DEFAULT_MONEV_SETTINGS,
  );
  if (monevFrom) await scheduleMonev(program, monevFrom);
  const put = {
    TableName: tableName(),
    Item: toItem(program),
    ConditionExpression: 'attribute_not_exists(pk)',
  };
  try {
    if (program.cohortPlan.length === 0 && extra.length === 0) {
      await dynamo().send(new PutCommand(put));
      return true;
    }
    await dynamo().send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: put },
          ...program.cohortPlan.map((planned) => ({
            Put: {
              TableName: tableName(),
              Item: cohortItem({
                programId: program.id,
                ...planned,
                seatsTaken: 0,
                registrationOpensOn: registrationOpensOn(planned.startDate as IsoDate),
                registration: 'SCHEDULED',
              }),
            },
          })),
          ...extra,
        ],
      }),
    );
    return true;
  } catch (error) {
    if (isConditionalCheckFailure(error)) return false;
    if (cancellationReasons(error)?.some((reason) => reason === 'ConditionalCheckFailed')) return false;
    throw error;
  }
}

/** The programme, for a read of several items at once (`readItems`). */
export const programRead = (id: string): ItemRead<Program> => ({ key: programKey(id), from: fromItem });

export async function findProgram(id: string): Promise<Program | undefined> {
  const { Item } = await dynamo().send(new GetCommand({ TableName: tableName(), Key: programKey(id) }));
  return Item ? fromItem(Item) : undefined;
}

/** Every programme a query answers, page after page. */
async function queryPrograms(query: TableQuery): Promise<Program[]> {
  return (await queryAll(query)).map(fromItem);
}

/** The programmes of one year, newest first (P3): never every programme ever created, a cost growing with the years. */
export function listPrograms(year: number): Promise<Program[]> {
  return queryPrograms({
    IndexName: GSI1.name,
    KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :year)',
    ExpressionAttributeNames: { '#pk': GSI1.pk, '#sk': GSI1.sk },
    ExpressionAttributeValues: { ':pk': PROGRAMS_PARTITION, ':year': programsOfYear(year) },
    ScanIndexForward: false,
  });
}

/**
 * The programmes of `year` and of the years after it, newest first (P3a): what `GET /programs` answers without a
 * year, the current one; its cost follows the programmes still running or planned, not the years behind them.
 */
export function listProgramsFrom(year: number): Promise<Program[]> {
  return queryPrograms({
    IndexName: GSI1.name,
    KeyConditionExpression: '#pk = :pk AND #sk >= :from',
    ExpressionAttributeNames: { '#pk': GSI1.pk, '#sk': GSI1.sk },
    ExpressionAttributeValues: { ':pk': PROGRAMS_PARTITION, ':from': programsOfYear(year) },
    ScanIndexForward: false,
  });
}

/** Programmes in `status` whose next window change is at or before `now`. */
export function programsDueForTransition(status: ProgramStatus, now: Date): Promise<Program[]> {
  return queryPrograms({
    IndexName: GSI2.name,
    KeyConditionExpression: '#pk = :pk AND #sk <= :now',
    ExpressionAttributeNames: { '#pk': GSI2.pk, '#sk': GSI2.sk },
    ExpressionAttributeValues: { ':pk': programWindowPartition(status), ':now': now.toISOString() },
  });
}

/**
 * Moves a programme from one window status to the next. Conditional on the current status, so two runs of the
 * window job cannot both apply it; false when another run already did.
 */
export async function transitionProgram(program: Program, to: ProgramStatus, now: Date): Promise<boolean> {
  const index = windowIndexKeys({ ...program, status: to });
  return sendIf(
    new UpdateCommand({
      TableName: tableName(),
      Key: programKey(program.id),
      ConditionExpression: '#status = :from',
      UpdateExpression: index
        ? 'SET #status = :to, #updatedAt = :now, #gpk = :gpk, #gsk = :gsk'
        : 'SET #status = :to, #updatedAt = :now REMOVE #gpk, #gsk',
      ExpressionAttributeNames: {
        '#status': 'status',
        '#updatedAt': 'updatedAt',
        '#gpk': GSI2.pk,
        '#gsk': GSI2.sk,
      },
      ExpressionAttributeValues: {
        ':from': program.status,
        ':to': to,
        ':now': now.toISOString(),
        ...(index ? { ':gpk': index.gsi2pk, ':gsk': index.gsi2sk } : {}),
      },
    }),
  );
}

/** Marks the announcement letter as requested; false when the programme does not exist. */
export async function markAnnouncementRequested(
  id: string,
  letter: AnnouncementLetterDetails,
  now: Date,
): Promise<boolean> {
  return sendIf(
    new UpdateCommand({
      TableName: tableName(),
      Key: programKey(id),
      ConditionExpression: 'attribute_exists(pk)',
      UpdateExpression: 'SET #announcement = :announcement, #updatedAt = :now',
      ExpressionAttributeNames: { '#announcement': 'announcement', '#updatedAt': 'updatedAt' },
      ExpressionAttributeValues: {
        ':announcement': { status: 'REQUESTED', requestedAt: now.toISOString(), letter },
        ':now': now.toISOString(),
      },
    }),
  );
}

/** Records the rendered letter; the whole announcement map is written so a redelivery rewrites it whole. */
export async function recordAnnouncement(
  id: string,
  document: { key: string; sha256: string; requestedAt: string; letter: AnnouncementLetterDetails },
  now: Date,
): Promise<boolean> {
  return sendIf(
    new UpdateCommand({
      TableName: tableName(),
      Key: programKey(id),
      ConditionExpression: 'attribute_exists(pk)',
      UpdateExpression: 'SET #announcement = :announcement, #updatedAt = :now',
      ExpressionAttributeNames: { '#announcement': 'announcement', '#updatedAt': 'updatedAt' },
      ExpressionAttributeValues: {
        ':announcement': {
          status: 'READY',
          requestedAt: document.requestedAt,
          letter: document.letter,
          documentKey: document.key,
          sha256: document.sha256,
          generatedAt: now.toISOString(),
        },
        ':now': now.toISOString(),
      },
    }),
  );
}
