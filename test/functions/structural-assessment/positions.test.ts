import '../helpers/env';
import { DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/structural-assessment/index';
import { StructuralPositionRequest, type StandardVersion } from '../../../events/api/structural-standards';
import { apiEvent, bodyOf, claimsWith, type Claims } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { anInstansi, INSTANSI, instansiItem } from '../helpers/proposals';
import { serve } from '../preassessment/table';
import { cancelledAt } from '../../adapters/dynamodb/dynamodb-errors';
import { writesOf } from '../helpers/writes';

/* The register of structural positions and their competency standards (Perka BKN 11/2008 Lampiran IV.1). */
const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('structuralAssessment');
const NOW = '2025-03-03T03:00:00.000Z';
const official = (role: string): Claims =>
  claimsWith(`[${role}]`, { 'custom:instansi': INSTANSI, 'cognito:username': `${role}.${INSTANSI}` });
const REQUEST = structuredClone(
  (StructuralPositionRequest.meta()?.examples as StructuralPositionRequest[])[0]!,
);
const PK = `STRUCTURAL#${INSTANSI}`;
const POSITIONS = 'POST /structural/instansi/{instansiCode}/positions';
const STANDARDS = 'POST /structural/instansi/{instansiCode}/positions/{positionCode}/standards';
const VERSION = 'GET /structural/instansi/{instansiCode}/positions/{positionCode}/standards/{version}';
let items: Record<string, unknown>[];
const send = (routeKey: string, claims: Claims, body?: unknown, version = '1') =>
  handler(
    apiEvent(routeKey, {
      body,
      claims,
      // Only the parameters the route has, as API Gateway hands them.
      pathParameters: Object.fromEntries(
        Object.entries({ instansiCode: INSTANSI, positionCode: REQUEST.code, version }).filter(([name]) =>
          routeKey.includes(`{${name}}`),
        ),
      ),
    }),
    context,
  );
const registered = () => ({
  pk: PK,
  sk: `POSITION#${REQUEST.code}`,
  ...REQUEST,
  instansiCode: INSTANSI,
  version: 1,
  recorded: { by: 'kepegawaian.3201', at: '2025-01-06T02:00:00.000Z' },
});

beforeEach(() => {
  ddb.reset();
  items = [instansiItem(anInstansi(INSTANSI))];
  serve(ddb, items);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('position register routes', () => {
  it('a position is registered with version 1 of its standard, the position and the version written together, with who and when', async () => {
    const result = await send(POSITIONS, official('kepegawaian'), REQUEST);
    expect(result.statusCode, JSON.stringify(bodyOf(result))).toBe(201);
    expect(bodyOf(result)).toStrictEqual({
      ...REQUEST,
      instansiCode: INSTANSI,
      version: 1,
      recorded: { by: 'kepegawaian.3201', at: NOW },
    });
    expect(writesOf(ddb).map((w) => [w.op, w.pk, w.sk, w.entity])).toEqual([
      ['Put', PK, 'POSITION#KABAG-REN', 'StructuralPosition'],
      ['Put', PK, 'STANDARD#KABAG-REN#0001', 'StructuralStandard'],
    ]);
  });

  it('a position code taken answers 409 STRUCTURAL_POSITION_EXISTS', async () => {
    ddb.on(TransactWriteCommand).rejects(cancelledAt(2, 0));
    const result = await send(POSITIONS, official('kepegawaian'), REQUEST);
    expect([result.statusCode, bodyOf(result).code]).toEqual([409, 'STRUCTURAL_POSITION_EXISTS']);
  });

  it('PK-SKJ-DISUSUN: a standard without field competencies, with a code twice, dated tomorrow is refused with every point, nothing written', async () => {
    const [basic] = REQUEST.standard.competencies;
    const result = await send(POSITIONS, official('kepegawaian'), {
      ...REQUEST,
      standard: { ...REQUEST.standard, establishedOn: '2025-03-04', competencies: [basic, basic] },
    });
    expect(result.statusCode).toBe(422);
    expect(bodyOf<{ details: { code: string; field: string }[] }>(result).details).toMatchObject([
      { code: 'PK-SKJ-DISUSUN', field: 'competencies' },
      { code: 'PK-SKJ-DISUSUN', field: 'competencies.1.code' },
      { code: 'PK-SKJ-DISUSUN', field: 'establishedOn' },
    ]);
    expect(writesOf(ddb)).toEqual([]);
  });

  it('a new version revises the one in force: version 2 is written with the position; revising another answers 409', async () => {
    items.push(registered());
    const standard = { ...REQUEST.standard, decreeNumber: '800/02/SKJ/2025', establishedOn: '2025-03-03' };
    const stale = await send(STANDARDS, official('kepegawaian'), { revises: 2, standard });
    expect([stale.statusCode, bodyOf(stale).code]).toEqual([409, 'STRUCTURAL_STANDARD_CHANGED']);
    const result = await send(STANDARDS, official('kepegawaian'), { revises: 1, standard });
    expect(result.statusCode, JSON.stringify(bodyOf(result))).toBe(201);
    expect(bodyOf<StandardVersion>(result)).toStrictEqual({
      ...standard,
      instansiCode: INSTANSI,
      positionCode: REQUEST.code,
      version: 2,
      recorded: { by: 'kepegawaian.3201', at: NOW },
    });
    expect(writesOf(ddb).map((w) => [w.op, w.sk])).toEqual([
      ['Put', 'POSITION#KABAG-REN'],
      ['Put', 'STANDARD#KABAG-REN#0002'],
    ]);
  });

  it('PK-SKJ-DISUSUN: a new version established before the one it replaces is refused', async () => {
    items.push(registered());
    const standard = { ...REQUEST.standard, establishedOn: '2024-11-03' };
    const result = await send(STANDARDS, official('kepegawaian'), { revises: 1, standard });
    expect([result.statusCode, bodyOf(result).code]).toEqual([422, 'PK-SKJ-DISUSUN']);
    expect(writesOf(ddb)).toEqual([]);
  });

  it('a version or position not registered answers 404; the PPK reads, but does not record, the register', async () => {
    const missing = await send(VERSION, official('ppk'), undefined, '7');
    expect([missing.statusCode, bodyOf(missing).code]).toEqual([404, 'STRUCTURAL_STANDARD_NOT_FOUND']);
    const noPosition = await send(STANDARDS, official('kepegawaian'), {
      revises: 1,
      standard: REQUEST.standard,
    });
    expect([noPosition.statusCode, bodyOf(noPosition).code]).toEqual([404, 'STRUCTURAL_POSITION_NOT_FOUND']);
    expect((await send(POSITIONS, official('ppk'), REQUEST)).statusCode).toBe(403);
  });
});
