import '../../functions/helpers/env';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  findPikGraduation,
  pikGraduationRead,
  listCourseEquivalences,
  putCourseEquivalence,
  putPikGraduation,
} from '../../../adapters/dynamodb/pik-repository';
import type { CourseEquivalence, PikGraduation } from '../../../events/api/pik';
import { readItems } from '../../../adapters/dynamodb/table';
import { seatAndPikEntry } from '../../../services/training/pik-graduates';
import { TABLE_NAME } from '../../functions/helpers/env';

const ddb = mockClient(DynamoDBDocumentClient);
beforeEach(() => ddb.reset());

const EQUIVALENCE: CourseEquivalence = {
  courseCode: 'PIK-MSDM-301',
  courseName: 'Manajemen Kinerja dan Pengembangan Karier ASN',
  unitCodes: ['MASN-ADM-01'],
  decree: { number: '12/KEP/BKN/2020', date: '2020-06-02' },
  recordedBy: 'bkn-admin',
  recordedAt: '2026-07-01T03:00:00.000Z',
};
const EQUIVALENCE_ITEM = {
  pk: 'PIK#EQUIVALENCES',
  sk: 'COURSE#PIK-MSDM-301',
  entity: 'PikCourseEquivalence',
  ...EQUIVALENCE,
};
const GRADUATION: PikGraduation = {
  programId: 'prg_0f8fad5b-d9cb-469f-a165-70867728950e',
  instansiCode: '3201',
  nip: '199508172019031002',
  scheme: 'ADMINISTRATOR',
  diplomaNumber: 'PIK/2019/0042',
  graduatedOn: '2019-08-30',
  courses: [{ courseCode: 'PIK-MSDM-301', recognised: true, unitCodes: ['MASN-ADM-01'] }],
  coveredUnits: ['MASN-ADM-01'],
  entry: 'UJI_LANGSUNG_PIK',
  recordedBy: 'instansi-3201',
  recordedAt: '2026-08-03T03:00:00.000Z',
};
const GRADUATION_KEY = {
  pk: `PROPOSAL#${GRADUATION.programId}#3201`,
  sk: `PIK_GRADUATION#${GRADUATION.nip}`,
};

describe('PIK repository', () => {
  it('PI1: puts a course equivalence in the register', async () => {
    ddb.on(PutCommand).resolves({});
    await putCourseEquivalence(EQUIVALENCE);
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Item: EQUIVALENCE_ITEM,
    });
  });

  it('PI2: lists the register in one strongly consistent query of its partition', async () => {
    ddb.on(QueryCommand).resolves({ Items: [EQUIVALENCE_ITEM] });
    expect(await listCourseEquivalences()).toStrictEqual([EQUIVALENCE]);
    expect(ddb.commandCalls(QueryCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': 'PIK#EQUIVALENCES' },
      ConsistentRead: true,
    });
  });

  it("PI3: puts a candidate's PIK graduation beside the candidate in the proposal", async () => {
    ddb.on(PutCommand).resolves({});
    await putPikGraduation(GRADUATION);
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Item: { ...GRADUATION_KEY, entity: 'PikGraduation', ...GRADUATION },
    });
  });

  it("PI4: reads a candidate's PIK graduation, strongly consistent", async () => {
    ddb.on(GetCommand).resolves({ Item: { ...GRADUATION_KEY, entity: 'PikGraduation', ...GRADUATION } });
    expect(
      await findPikGraduation({ programId: GRADUATION.programId, instansiCode: '3201' }, GRADUATION.nip),
    ).toStrictEqual(GRADUATION);
    expect(ddb.commandCalls(GetCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Key: GRADUATION_KEY,
      ConsistentRead: true,
    });
  });
});

describe('PIK repository, batched', () => {
  it("PI5: reads the listed participants' PIK graduations in one strongly consistent BatchGetItem", async () => {
    ddb.on(BatchGetCommand).resolves({
      Responses: { [TABLE_NAME]: [{ ...GRADUATION_KEY, entity: 'PikGraduation', ...GRADUATION }] },
    });
    const ref = { programId: GRADUATION.programId, instansiCode: '3201' };
    expect(
      await readItems(pikGraduationRead(ref, GRADUATION.nip), pikGraduationRead(ref, '199006152014032002')),
    ).toStrictEqual([GRADUATION, undefined]);
    expect(ddb.commandCalls(BatchGetCommand)[0]!.args[0].input).toStrictEqual({
      RequestItems: {
        [TABLE_NAME]: {
          Keys: [GRADUATION_KEY, { pk: GRADUATION_KEY.pk, sk: 'PIK_GRADUATION#199006152014032002' }],
          ConsistentRead: true,
        },
      },
    });
  });

  it("PI6: reads a seated participant's PIK graduation with their cohort in one strongly consistent BatchGetItem", async () => {
    const cohortKey = { pk: `COHORT#${GRADUATION.programId}#019`, sk: '#COHORT' };
    ddb.on(BatchGetCommand).resolves({
      Responses: {
        [TABLE_NAME]: [
          { ...GRADUATION_KEY, entity: 'PikGraduation', ...GRADUATION },
          { ...cohortKey, entity: 'Cohort', programId: GRADUATION.programId, number: 19 },
        ],
      },
    });
    const participant = { instansiCode: '3201', nip: GRADUATION.nip };

    const seated = await seatAndPikEntry(GRADUATION.programId, {
      ...participant,
      seat: { cohort: 19, placedAt: '2019-06-10T03:00:00.000Z' },
    });
    const unseated = await seatAndPikEntry(GRADUATION.programId, participant);

    expect(seated).toStrictEqual({
      cohort: { programId: GRADUATION.programId, number: 19 },
      pikGraduate: true,
      read: [],
    });
    expect(unseated).toStrictEqual({ cohort: undefined, pikGraduate: true, read: [] });
    expect(ddb.commandCalls(BatchGetCommand).map((c) => c.args[0].input)).toStrictEqual([
      { RequestItems: { [TABLE_NAME]: { Keys: [cohortKey, GRADUATION_KEY], ConsistentRead: true } } },
      { RequestItems: { [TABLE_NAME]: { Keys: [GRADUATION_KEY], ConsistentRead: true } } },
    ]);
  });
});
