import '../helpers/env';
import {
  DynamoDBDocumentClient,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/structural-assessment/index';
import { StructuralCandidateRequest } from '../../../events/api/structural';
import { StructuralPosition } from '../../../events/api/structural-standards';
import { apiEvent, bodyOf, claimsWith, type Claims } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { anInstansi, INSTANSI, instansiItem, NIP, OTHER_INSTANSI } from '../helpers/proposals';
import { serve } from '../preassessment/table';
import { cancelledAt, conditionFailed } from '../../adapters/dynamodb/dynamodb-errors';
import { writesOf } from '../helpers/writes';

/* The nomination routes of the structural-assessment stage (Perka BKN 11/2008 Lampiran III.1). */
const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('structuralAssessment');
const NOW = '2025-03-03T03:00:00.000Z';
const official = (role: string, code = INSTANSI): Claims =>
  claimsWith(`[${role}]`, { 'custom:instansi': code, 'cognito:username': `${role}.${code}` });
const candidateKey = { pk: `STRUCTURAL#${INSTANSI}`, sk: `CANDIDATE#${NIP}` };
const request = structuredClone(
  (StructuralCandidateRequest.meta()?.examples as StructuralCandidateRequest[])[0]!,
);
const stored = (fields: Record<string, unknown>) => ({
  ...candidateKey,
  entity: 'StructuralCandidate',
  instansiCode: INSTANSI,
  nip: NIP,
  ...request,
  recorded: { by: 'kepegawaian.3201', at: '2025-02-06T02:00:00.000Z' },
  ...fields,
});
const determination = {
  decision: 'DITETAPKAN',
  decreeNumber: '821/15/KEP/2025',
  decreeDate: '2025-02-17',
  positionCode: 'KABAG-REN',
  echelon: 'III',
  assessedBy: 'UPK',
};
const POSITION = {
  ...(StructuralPosition.meta()?.examples as StructuralPosition[])[0]!,
  instansiCode: INSTANSI,
};
const positionItem = { pk: `STRUCTURAL#${INSTANSI}`, sk: `POSITION#${POSITION.code}`, ...POSITION };
let items: Record<string, unknown>[];
const path = (code = INSTANSI) => ({ instansiCode: code, nip: NIP });
const send = (routeKey: string, claims: Claims, body?: unknown, code = INSTANSI) =>
  handler(apiEvent(routeKey, { body, claims, pathParameters: path(code) }), context);

beforeEach(() => {
  ddb.reset();
  items = [instansiItem(anInstansi(INSTANSI)), instansiItem(anInstansi(OTHER_INSTANSI))];
  serve(ddb, items);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});
afterEach(() => {
  vi.useRealTimers();
});

const CANDIDATE = 'PUT /structural/instansi/{instansiCode}/candidates/{nip}';
const PROPOSAL = 'POST /structural/instansi/{instansiCode}/candidates/{nip}/proposal';
const DETERMINATION = 'POST /structural/instansi/{instansiCode}/candidates/{nip}/determination';

describe('nomination routes', () => {
  it('PK-LULUS-SELEKSI: a candidate who failed the substance test is refused and nothing is written', async () => {
    const result = await send(CANDIDATE, official('kepegawaian'), {
      ...request,
      selection: { ...request.selection, substance: { passed: false, date: '2025-02-05' } },
    });
    expect([result.statusCode, bodyOf(result).code]).toEqual([422, 'PK-LULUS-SELEKSI']);
    expect(writesOf(ddb)).toEqual([]);
  });

  it('a candidate recorded twice answers 409 STRUCTURAL_CANDIDATE_EXISTS', async () => {
    ddb
      .on(TransactWriteCommand)
      .resolvesOnce({})
      .rejectsOnce(cancelledAt(2, 0, 1));
    const first = await send(CANDIDATE, official('kepegawaian'), request);
    expect(first.statusCode).toBe(201);
    expect(bodyOf(first)).toMatchObject({ status: 'DICATAT', recorded: { by: 'kepegawaian.3201', at: NOW } });
    const again = await send(CANDIDATE, official('kepegawaian'), request);
    expect([again.statusCode, bodyOf(again).code]).toEqual([409, 'STRUCTURAL_CANDIDATE_EXISTS']);
  });

  it('PK-SATU-PENCALONAN: a NIP another instansi nominated is refused 422, the candidate and the nomination written together or not at all', async () => {
    ddb.on(TransactWriteCommand).rejectsOnce(cancelledAt(2, 1));
    const result = await send(CANDIDATE, official('kepegawaian'), request);
    expect([result.statusCode, bodyOf(result).code]).toEqual([422, 'PK-SATU-PENCALONAN']);
    expect(writesOf(ddb).map((w) => [w.op, w.pk, w.sk])).toEqual([
      ['Put', `STRUCTURAL#${INSTANSI}`, `CANDIDATE#${NIP}`],
      ['Put', `STRUCTURAL_NIP#${NIP}`, 'NOMINATION'],
    ]);
  });

  it('AKSES-PEJABAT-INSTANSI: an official of another instansi is answered as an unregistered instansi, nothing read or written', async () => {
    const result = await send(CANDIDATE, official('kepegawaian', OTHER_INSTANSI), request);
    expect([result.statusCode, bodyOf(result).code]).toEqual([404, 'INSTANSI_NOT_FOUND']);
    expect(writesOf(ddb)).toEqual([]);
  });

  it('PK-USUL-KE-PPK: the proposal moves DICATAT to DIUSULKAN on that state only; a change meanwhile is 409', async () => {
    items.push(stored({ status: 'DICATAT' }));
    ddb.on(UpdateCommand).resolvesOnce({}).rejectsOnce(conditionFailed());
    const body = { letterNumber: '800/112/BKPSDM/2025', letterDate: '2025-02-10' };
    const proposed = await send(PROPOSAL, official('kepegawaian'), body);
    expect(bodyOf(proposed)).toMatchObject({ status: 'DIUSULKAN', proposal: { ...body, at: NOW } });
    expect(ddb.commandCalls(UpdateCommand)[0]!.args[0].input.ConditionExpression).toBe('#status = :from');
    const raced = await send(PROPOSAL, official('kepegawaian'), body);
    expect([raced.statusCode, bodyOf(raced).code]).toEqual([409, 'STRUCTURAL_CANDIDATE_CHANGED']);
  });

  it('PK-USUL-KE-PPK: the PPK cannot determine a candidate not proposed to them, and nothing is written', async () => {
    items.push(stored({ status: 'DICATAT' }), positionItem);
    const result = await send(DETERMINATION, official('ppk'), determination);
    expect([result.statusCode, bodyOf(result).code]).toEqual([422, 'PK-USUL-KE-PPK']);
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
  });

  const proposed = () =>
    stored({
      status: 'DIUSULKAN',
      proposal: { letterNumber: '1/2025', letterDate: '2025-02-10', by: 'k', at: NOW },
    });

  it('the determination of a proposed candidate for a registered position is recorded with the position as registered, the PPK and the time', async () => {
    items.push(proposed(), positionItem);
    const result = await send(DETERMINATION, official('ppk'), determination);
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toMatchObject({
      status: 'DITETAPKAN',
      determination: {
        ...determination,
        position: { title: POSITION.name, unit: POSITION.workUnit },
        by: 'ppk.3201',
        at: NOW,
      },
    });
  });

  it.each([
    ['a position the instansi has not registered', [], ['positionCode']],
    ['an echelon other than the registered one', [{ ...positionItem, echelon: 'IV' }], ['echelon']],
  ])(
    'PK-JABATAN-TERDAFTAR: a determination for %s is refused and nothing is written',
    async (_label, extra, fields) => {
      items.push(proposed(), ...extra);
      const result = await send(DETERMINATION, official('ppk'), determination);
      expect([result.statusCode, bodyOf(result).code]).toEqual([422, 'PK-JABATAN-TERDAFTAR']);
      expect(bodyOf<{ details: { field: string }[] }>(result).details.map((v) => v.field)).toEqual(fields);
      expect(writesOf(ddb)).toEqual([]);
    },
  );

  it("lists one page of the instansi's candidates, 100 by default, and refuses another instansi's cursor with 400 INVALID_CURSOR", async () => {
    items.push(stored({ status: 'DICATAT' }));
    const list = (query?: Record<string, string>) =>
      handler(
        apiEvent('GET /structural/instansi/{instansiCode}/candidates', {
          claims: official('kepegawaian'),
          pathParameters: { instansiCode: INSTANSI },
          ...(query ? { queryStringParameters: query } : {}),
        }),
        context,
      );
    const foreign = Buffer.from(
      JSON.stringify({ pk: `STRUCTURAL#${OTHER_INSTANSI}`, sk: `CANDIDATE#${NIP}` }),
    ).toString('base64url');

    const page = await list();
    const refused = await list({ cursor: foreign });

    expect([page.statusCode, bodyOf(page)]).toStrictEqual([
      200,
      { items: [expect.objectContaining({ nip: NIP, status: 'DICATAT' })] },
    ]);
    expect([refused.statusCode, bodyOf(refused).code]).toStrictEqual([400, 'INVALID_CURSOR']);
    expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input)).toMatchObject([
      { ExpressionAttributeValues: { ':pk': `STRUCTURAL#${INSTANSI}`, ':prefix': 'CANDIDATE#' }, Limit: 100 },
    ]);
  });

  it('a candidate that is not recorded answers 404 STRUCTURAL_CANDIDATE_NOT_FOUND', async () => {
    const result = await send(
      'GET /structural/instansi/{instansiCode}/candidates/{nip}',
      official('baperjakat'),
    );
    expect([result.statusCode, bodyOf(result).code]).toEqual([404, 'STRUCTURAL_CANDIDATE_NOT_FOUND']);
  });
});
