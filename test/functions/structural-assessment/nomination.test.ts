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

/*
 * A nomination ends when the PPK did not determine the candidate or its result's 2 years ran out
 * (PK-PENCALONAN-BERAKHIR, Perka BKN 11/2008 III.1.c, II.B.5); then the NIP is nominated again, by the same
 * instansi or another, and nothing of the earlier nomination is lost. Today is 2025-03-03.
 */
describe('renomination after a nomination ended', () => {
  const claimItem = (code: string, at = '2025-02-06T02:00:00.000Z') => ({
    pk: `STRUCTURAL_NIP#${NIP}`,
    sk: 'NOMINATION',
    entity: 'StructuralNomination',
    instansiCode: code,
    at,
  });
  const inInstansi = (code: string, fields: Record<string, unknown>) => ({
    ...stored(fields),
    pk: `STRUCTURAL#${code}`,
    instansiCode: code,
  });
  const notDetermined = {
    status: 'TIDAK_DITETAPKAN',
    determination: {
      decision: 'TIDAK_DITETAPKAN',
      decreeNumber: '1/2025',
      decreeDate: '2025-02-17',
      reason: 'Belum memenuhi pengalaman jabatan.',
      by: 'p',
      at: NOW,
    },
  };
  const assessed = {
    status: 'DITETAPKAN',
    determination: {
      ...determination,
      position: { title: 'Kepala Bagian Perencanaan', unit: 'Biro' },
      by: 'p',
      at: NOW,
    },
    handover: { assessor: 'UPK', unitId: 'upk_1', unitName: 'UPK', by: 'k', at: NOW },
    plan: { startDate: '2023-02-20' },
  };
  const reportItem = (reportDate: string) => ({
    pk: `STRUCTURAL#${INSTANSI}`,
    sk: `REPORT#KABAG-REN#${NIP}`,
    entity: 'StructuralReport',
    instansiCode: INSTANSI,
    nip: NIP,
    positionCode: 'KABAG-REN',
    reportDate,
  });
  const transactItems = () => ddb.commandCalls(TransactWriteCommand)[0]!.args[0].input.TransactItems!;

  it('PK-PENCALONAN-BERAKHIR: a candidate the PPK did not determine is nominated again by the same instansi: its second nomination, the first kept, on the state it was decided on', async () => {
    items.push(inInstansi(INSTANSI, notDetermined), claimItem(INSTANSI));
    const result = await send(CANDIDATE, official('kepegawaian'), request);
    expect(result.statusCode).toBe(201);
    expect(bodyOf(result)).toMatchObject({ nomination: 2, status: 'DICATAT', recorded: { at: NOW } });
    expect(writesOf(ddb)).toEqual([
      { op: 'Put', pk: `STRUCTURAL#${INSTANSI}`, sk: `CANDIDATE#${NIP}`, entity: 'StructuralCandidate' },
      { op: 'Put', pk: `STRUCTURAL_NIP#${NIP}`, sk: 'NOMINATION', entity: 'StructuralNomination' },
      {
        op: 'Put',
        pk: `STRUCTURAL#${INSTANSI}`,
        sk: `NOMINATION#${NIP}#0001`,
        entity: 'StructuralEarlierNomination',
      },
    ]);
    expect(transactItems()[2]!.Put!.Item).toMatchObject({
      status: 'TIDAK_DITETAPKAN',
      recorded: { at: '2025-02-06T02:00:00.000Z' },
    });
  });

  it('PK-PENCALONAN-BERAKHIR: a candidate another instansi did not have determined is nominated here: the claim moves, that nomination checked unchanged and left in place', async () => {
    items.push(inInstansi(OTHER_INSTANSI, notDetermined), claimItem(OTHER_INSTANSI));
    const result = await send(CANDIDATE, official('kepegawaian'), request);
    expect(result.statusCode).toBe(201);
    expect(bodyOf(result)).not.toHaveProperty('nomination');
    expect(writesOf(ddb)).toEqual([
      { op: 'Put', pk: `STRUCTURAL#${INSTANSI}`, sk: `CANDIDATE#${NIP}`, entity: 'StructuralCandidate' },
      { op: 'Put', pk: `STRUCTURAL_NIP#${NIP}`, sk: 'NOMINATION', entity: 'StructuralNomination' },
      { op: 'ConditionCheck', pk: `STRUCTURAL#${OTHER_INSTANSI}`, sk: `CANDIDATE#${NIP}` },
    ]);
  });

  it('PK-PENCALONAN-BERAKHIR: a candidate whose result of 2023-03-01 ran out (valid through 2025-02-28) is nominated again', async () => {
    items.push(inInstansi(INSTANSI, assessed), reportItem('2023-03-01'), claimItem(INSTANSI));
    const result = await send(CANDIDATE, official('kepegawaian'), request);
    expect([result.statusCode, bodyOf(result).nomination]).toEqual([201, 2]);
  });

  it.each([
    ['whose result of 2023-03-10 stands through 2025-03-09', [reportItem('2023-03-10')], 'reportDate'],
    ['whose assessment is under way (no report yet)', [], 'status'],
  ])(
    'PK-PENCALONAN-BERAKHIR: a determined candidate %s is refused 409 STRUCTURAL_CANDIDATE_EXISTS with the reason, nothing written',
    async (_label, extra, field) => {
      items.push(inInstansi(INSTANSI, assessed), ...extra, claimItem(INSTANSI));
      const result = await send(CANDIDATE, official('kepegawaian'), request);
      expect([result.statusCode, bodyOf(result).code]).toEqual([409, 'STRUCTURAL_CANDIDATE_EXISTS']);
      expect(bodyOf<{ details: { code: string; field: string }[] }>(result).details).toMatchObject([
        { code: 'PK-PENCALONAN-BERAKHIR', field },
      ]);
      expect(writesOf(ddb)).toEqual([]);
    },
  );

  it('PK-SATU-PENCALONAN: a candidate another instansi is assessing or whose result stands is refused 422, nothing written', async () => {
    items.push(
      inInstansi(OTHER_INSTANSI, assessed),
      { ...reportItem('2023-03-10'), pk: `STRUCTURAL#${OTHER_INSTANSI}`, instansiCode: OTHER_INSTANSI },
      claimItem(OTHER_INSTANSI),
    );
    const result = await send(CANDIDATE, official('kepegawaian'), request);
    expect([result.statusCode, bodyOf(result).code]).toEqual([422, 'PK-SATU-PENCALONAN']);
    expect(writesOf(ddb)).toEqual([]);
  });

  it('two renominations at once: the one whose nomination moved meanwhile gets 409 STRUCTURAL_CANDIDATE_CHANGED, nothing half-written', async () => {
    items.push(inInstansi(INSTANSI, notDetermined), claimItem(INSTANSI));
    ddb.on(TransactWriteCommand).rejectsOnce(cancelledAt(3, 0, 1, 2));
    const result = await send(CANDIDATE, official('kepegawaian'), request);
    expect([result.statusCode, bodyOf(result).code]).toEqual([409, 'STRUCTURAL_CANDIDATE_CHANGED']);
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(1);
  });

  it('the earlier nomination stays readable with ?nomination=1; the route without it answers the current one', async () => {
    items.push(inInstansi(INSTANSI, { nomination: 2, status: 'DICATAT' }), {
      ...inInstansi(INSTANSI, notDetermined),
      sk: `NOMINATION#${NIP}#0001`,
      entity: 'StructuralEarlierNomination',
    });
    const get = (query?: Record<string, string>) =>
      handler(
        apiEvent('GET /structural/instansi/{instansiCode}/candidates/{nip}', {
          claims: official('baperjakat'),
          pathParameters: path(),
          ...(query ? { queryStringParameters: query } : {}),
        }),
        context,
      );
    const [current, first, unknown] = await Promise.all([
      get(),
      get({ nomination: '1' }),
      get({ nomination: '3' }),
    ]);
    expect(bodyOf(current)).toMatchObject({ nomination: 2, status: 'DICATAT' });
    expect(bodyOf(first)).toMatchObject({ status: 'TIDAK_DITETAPKAN' });
    expect(bodyOf(first)).not.toHaveProperty('nomination');
    expect([unknown.statusCode, bodyOf(unknown).code]).toEqual([404, 'STRUCTURAL_CANDIDATE_NOT_FOUND']);
  });
});
