import '../helpers/env';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/pik-graduates/index';
import { requiredUnitsFor } from '../../../domain/result/attempt';
import { apiEvent, bodyOf, type Claims } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { writesOf } from '../helpers/writes';
import { PROGRAM_ID } from '../helpers/programs';
import {
  aCandidate,
  anInstansi,
  bknAdmin,
  candidateItem,
  INSTANSI,
  instansiItem,
  instansiOperator,
  NIP,
} from '../helpers/proposals';
import { serve } from '../preassessment/table';

const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('pikGraduates');
const UNITS = requiredUnitsFor('ADMINISTRATOR');
const PROPOSAL = `PROPOSAL#${PROGRAM_ID}#${INSTANSI}`;
const DECREE = { number: '12/KEP/BKN/2020', date: '2020-06-02' };
const TABLE: Record<string, unknown>[] = [];
const equivalenceItem = (courseCode: string, unitCodes: readonly string[]) => ({
  pk: 'PIK#EQUIVALENCES',
  sk: `COURSE#${courseCode}`,
  entity: 'PikCourseEquivalence',
  courseCode,
  courseName: courseCode,
  unitCodes,
  decree: DECREE,
  recordedBy: 'bkn-admin',
  recordedAt: '2026-07-01T03:00:00.000Z',
});

const send = (routeKey: string, claims: Claims, path: Record<string, string>, body?: unknown) =>
  handler(apiEvent(routeKey, { pathParameters: path, body, claims }), context);
const graduate = (courseCodes: string[]) =>
  send(
    'PUT /programs/{programId}/proposals/{instansiCode}/candidates/{nip}/pik-graduation',
    instansiOperator(),
    { programId: PROGRAM_ID, instansiCode: INSTANSI, nip: NIP },
    { diplomaNumber: 'PIK/2025/0042', graduatedOn: '2025-08-30', courseCodes },
  );

beforeEach(() => {
  ddb.reset();
  TABLE.splice(
    0,
    TABLE.length,
    instansiItem(anInstansi(INSTANSI)),
    candidateItem(aCandidate({ route: 'UJI_LANGSUNG' })),
    equivalenceItem('PIK-MSDM-301', UNITS),
  );
  serve(ddb, TABLE);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-08-03T03:00:00.000Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('PUT /pik/course-equivalences/{courseCode}', () => {
  it('PIK-KESETARAAN-UNIT: an unknown unit is refused and nothing is written', async () => {
    const result = await send(
      'PUT /pik/course-equivalences/{courseCode}',
      bknAdmin(),
      { courseCode: 'PIK-X-1' },
      {
        courseName: 'Mata kuliah X',
        unitCodes: ['MASN-XXX-01'],
        decree: DECREE,
      },
    );
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('PIK-KESETARAAN-UNIT');
    expect(writesOf(ddb)).toEqual([]);
  });

  it('a recognised course is put in the register', async () => {
    const result = await send(
      'PUT /pik/course-equivalences/{courseCode}',
      bknAdmin(),
      { courseCode: 'PIK-X-1' },
      {
        courseName: 'Mata kuliah X',
        unitCodes: [UNITS[0]],
        decree: DECREE,
      },
    );
    expect(result.statusCode, result.body).toBe(200);
    expect(writesOf(ddb)).toEqual([
      { op: 'Put', pk: 'PIK#EQUIVALENCES', sk: 'COURSE#PIK-X-1', entity: 'PikCourseEquivalence' },
    ]);
  });
});

describe('PUT …/candidates/{nip}/pik-graduation', () => {
  it('PIK-SETARA-STANDAR: a course BKN never recognised covers nothing: refused, nothing written', async () => {
    const result = await graduate(['PIK-UMUM-101']);
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('PIK-SETARA-STANDAR');
    expect(writesOf(ddb)).toEqual([]);
  });

  it('a covered standard records the graduation beside the candidate, course by course', async () => {
    const result = await graduate(['PIK-MSDM-301', 'PIK-UMUM-101']);
    expect(result.statusCode, result.body).toBe(200);
    expect(bodyOf(result)).toMatchObject({
      entry: 'UJI_LANGSUNG_PIK',
      courses: [
        { courseCode: 'PIK-MSDM-301', recognised: true, unitCodes: UNITS, decree: DECREE },
        { courseCode: 'PIK-UMUM-101', recognised: false, unitCodes: [] },
      ],
    });
    expect(writesOf(ddb)).toEqual([
      { op: 'Put', pk: PROPOSAL, sk: `PIK_GRADUATION#${NIP}`, entity: 'PikGraduation' },
    ]);
  });

  it('PIK_GRADUATION_NOT_FOUND: a candidate recorded as no PIK graduate (404)', async () => {
    const result = await send(
      'GET /programs/{programId}/proposals/{instansiCode}/candidates/{nip}/pik-graduation',
      instansiOperator(),
      { programId: PROGRAM_ID, instansiCode: INSTANSI, nip: NIP },
    );
    expect(result.statusCode).toBe(404);
    expect(bodyOf(result).code).toBe('PIK_GRADUATION_NOT_FOUND');
  });
});
