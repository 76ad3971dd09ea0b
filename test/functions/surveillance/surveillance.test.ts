import '../helpers/env';
import {
  DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UNDERTAKING } from '../../../domain/certificate/undertaking';
import type { CompetencyCertificateRecord } from '../../../events/api/certificate';
import {
  MonitoringRecord,
  type MonitoringRecord as MonitoringRecordType,
} from '../../../events/api/surveillance';
import { handler } from '../../../functions/surveillance/index';
import { certificateKey, monitoringKey } from '../../../adapters/dynamodb/keys';
import { apiEvent, bodyOf, type Claims } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { anInstansi, bknAdmin, INSTANSI, instansiItem, kanregOperator, NIP } from '../helpers/proposals';
import { aCertificate, PUBLIC_BASE_URL } from '../certificate-worker/fixtures';
import { peserta, serve } from '../preassessment/table';
import { conditionFailed } from '../../adapters/dynamodb/dynamodb-errors';

/*
 * The surveillance stage (functions/surveillance): monitoring, development recommendations, the undertaking and
 * the revocation that may rest on monitoring. The handler is the boundary; the table is mocked.
 */
process.env.PUBLIC_BASE_URL = PUBLIC_BASE_URL;
const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('surveillance');
const NOW = '2028-02-10T03:00:00.000Z';
const ID = '0042-SKTM-ASN-L3-2027';
const NUMBER = '0042/SKTM-ASN/L3/2027';
const MONITORING_ID = 'mon_2028-02-01T03:00:00.000Z_0a1b2c3d';

let items: Record<string, unknown>[];
const certificateItem = (o: Partial<CompetencyCertificateRecord> = {}) => ({
  ...certificateKey(NUMBER),
  entity: 'Certificate',
  ...aCertificate(o),
});
const send = (
  routeKey: string,
  claims: Claims,
  body?: unknown,
  path: Record<string, string> = { certificateId: ID },
) => handler(apiEvent(routeKey, { pathParameters: path, body, claims }), context);
const codes = (result: Awaited<ReturnType<typeof send>>) =>
  bodyOf<{ details: { code: string }[] }>(result).details.map((v) => v.code);
const monitoring = {
  method: 'WAWANCARA_PENGGUNA_HASIL_KERJA',
  observedOn: '2028-02-01',
  findings: 'Penyusunan rencana kebutuhan ASN selesai tepat waktu.',
  sources: ['Wawancara dengan Sekretaris Daerah'],
};

beforeEach(() => {
  ddb.reset();
  items = [instansiItem(anInstansi(INSTANSI)), certificateItem()];
  serve(ddb, items);
  ddb.on(PutCommand).resolves({});
  ddb.on(UpdateCommand).resolves({});
  ddb.on(TransactWriteCommand).resolves({});
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('POST /certificates/{certificateId}/monitoring', () => {
  it('PANTAU-METODE: the Kanreg of the holder’s region records a monitoring once, naming itself (Pasal 35(6))', async () => {
    const result = await send('POST /certificates/{certificateId}/monitoring', kanregOperator(), monitoring);
    expect(result.statusCode).toBe(201);
    const record = bodyOf<{ id: string; by: unknown; registrationNumber: string }>(result);
    expect(record.by).toEqual({ role: 'KANREG', kanreg: 'III', username: expect.any(String) });
    expect(record.registrationNumber).toBe(NUMBER);
    const puts = ddb.commandCalls(PutCommand).map((c) => c.args[0].input.Item);
    expect(puts).toHaveLength(1);
    expect(puts[0]).toMatchObject({ ...monitoringKey(record.id), entity: 'MonitoringRecord', nip: NIP });
  });

  it('PANTAU-SERTIFIKAT-BERLAKU: a revoked version is not monitored, and nothing is written', async () => {
    items[1] = certificateItem({ status: 'DICABUT' });
    const result = await send('POST /certificates/{certificateId}/monitoring', bknAdmin(), monitoring);
    expect(result.statusCode).toBe(422);
    expect(codes(result)).toEqual(['PANTAU-SERTIFIKAT-BERLAKU']);
    expect(ddb.commandCalls(PutCommand)).toHaveLength(0);
  });
});

describe('GET /instansi/{instansiCode}/surveillance', () => {
  const RECORD = (MonitoringRecord.meta()?.examples as MonitoringRecordType[])[0]!;
  const listingKey = {
    ...monitoringKey(RECORD.id),
    gsi2pk: `INSTANSI#${INSTANSI}#SURVEILLANCE`,
    gsi2sk: `${RECORD.recordedAt}#${RECORD.id}`,
  };
  const list = (query?: Record<string, string>) =>
    handler(
      apiEvent('GET /instansi/{instansiCode}/surveillance', {
        pathParameters: { instansiCode: INSTANSI },
        claims: bknAdmin(),
        ...(query ? { queryStringParameters: query } : {}),
      }),
      context,
    );

  it('answers one page of 100 by default, oldest first, with the cursor of the next page', async () => {
    ddb.on(QueryCommand, { IndexName: 'gsi2' }).resolves({
      Items: [{ ...listingKey, entity: 'MonitoringRecord', ...RECORD }],
      LastEvaluatedKey: listingKey,
    });

    const result = await list();

    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toStrictEqual({
      monitoring: [RECORD],
      recommendations: [],
      nextCursor: expect.any(String),
    });
    expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input)).toMatchObject([
      {
        IndexName: 'gsi2',
        ExpressionAttributeValues: { ':pk': `INSTANSI#${INSTANSI}#SURVEILLANCE` },
        Limit: 100,
      },
    ]);
  });

  it('reads the next page after its cursor and refuses the cursor of another instansi with 400 INVALID_CURSOR', async () => {
    const cursor = (key: object) => Buffer.from(JSON.stringify(key)).toString('base64url');

    const next = await list({ limit: '10', cursor: cursor(listingKey) });
    const foreign = await list({ cursor: cursor({ ...listingKey, gsi2pk: 'INSTANSI#3273#SURVEILLANCE' }) });

    expect([next.statusCode, bodyOf(next)]).toStrictEqual([200, { monitoring: [], recommendations: [] }]);
    expect([foreign.statusCode, bodyOf(foreign).code]).toStrictEqual([400, 'INVALID_CURSOR']);
    expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input)).toMatchObject([
      { IndexName: 'gsi2', Limit: 10, ExclusiveStartKey: listingKey },
    ]);
  });
});

describe('POST /development-recommendations/{recommendationId}/progress', () => {
  const id = 'rek_2028-02-02T03:00:00.000Z_0a1b2c3d';
  const path = { recommendationId: id };
  const stored = {
    pk: `RECOMMENDATION#${id}`,
    sk: '#RECOMMENDATION',
    id,
    status: 'DITERBITKAN',
    history: [{ status: 'DITERBITKAN', note: 'Diterbitkan.', by: 'bkn', at: '2028-02-02T03:00:00.000Z' }],
  };

  it('REKOM-STATUS: a recommendation that moved meanwhile answers 409 RECOMMENDATION_CHANGED', async () => {
    items.push(stored);
    ddb.on(UpdateCommand).rejects(conditionFailed());
    const result = await send(
      'POST /development-recommendations/{recommendationId}/progress',
      bknAdmin(),
      { status: 'DITINDAKLANJUTI', note: 'Dijadwalkan bulan Maret.' },
      path,
    );
    expect(result.statusCode).toBe(409);
    expect(bodyOf(result).code).toBe('RECOMMENDATION_CHANGED');
  });

  it('an unknown recommendation is 404 RECOMMENDATION_NOT_FOUND', async () => {
    const result = await send(
      'POST /development-recommendations/{recommendationId}/progress',
      bknAdmin(),
      { status: 'DITINDAKLANJUTI', note: 'Dijadwalkan bulan Maret.' },
      path,
    );
    expect([result.statusCode, bodyOf(result).code]).toEqual([404, 'RECOMMENDATION_NOT_FOUND']);
  });
});

describe('POST /certificates/{certificateId}/undertaking', () => {
  const accept = { textVersion: UNDERTAKING.version, accepted: true };

  it('JANJI-VERSI-TEKS: the holder’s signature is written once, conditioned on a version in force not yet signed', async () => {
    const result = await send('POST /certificates/{certificateId}/undertaking', peserta(), accept);
    expect(result.statusCode).toBe(200);
    const updates = ddb.commandCalls(UpdateCommand).map((c) => c.args[0].input);
    expect(updates).toHaveLength(1);
    expect(updates[0]!.ExpressionAttributeValues?.[':signature']).toEqual({
      textVersion: UNDERTAKING.version,
      signedOn: '2028-02-10',
      signedAt: NOW,
      signedBy: expect.any(String),
    });
  });

  it('signing again answers the signature recorded and writes nothing', async () => {
    const signature = {
      textVersion: UNDERTAKING.version,
      signedOn: '2028-02-01',
      signedAt: NOW,
      signedBy: 'peserta',
    };
    items[1] = certificateItem({ undertakingSignature: signature });
    const result = await send('POST /certificates/{certificateId}/undertaking', peserta(), accept);
    expect(bodyOf<{ undertaking: unknown }>(result).undertaking).toMatchObject({ signed: true, signature });
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
  });

  it('JANJI-SERTIFIKAT-BERLAKU: a superseded version is not signed', async () => {
    items[1] = certificateItem({ status: 'DIMUTAKHIRKAN' });
    const result = await send('POST /certificates/{certificateId}/undertaking', peserta(), accept);
    expect([result.statusCode, codes(result)]).toEqual([422, ['JANJI-SERTIFIKAT-BERLAKU']]);
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
  });
});

describe('POST /certificates/{certificateId}/revocation resting on monitoring', () => {
  const ground = { kind: 'DISIPLIN', decisionRef: 'SK 862/2028', decidedOn: '2028-02-05', final: true };

  it('PANTAU-RUJUK-CABUT: the record that found the violation is named in the revocation’s own transaction', async () => {
    items.push({
      ...monitoringKey(MONITORING_ID),
      entity: 'MonitoringRecord',
      id: MONITORING_ID,
      nip: NIP,
      instansiCode: INSTANSI,
      violation: { kind: 'DISIPLIN', description: 'Hukuman disiplin berat.' },
    });
    const result = await send('POST /certificates/{certificateId}/revocation', bknAdmin(), {
      grounds: [ground],
      monitoringId: MONITORING_ID,
    });
    expect(result.statusCode, JSON.stringify(bodyOf(result))).toBe(200);
    const [transaction] = ddb.commandCalls(TransactWriteCommand).map((c) => c.args[0].input.TransactItems!);
    expect(transaction!.at(-1)).toEqual({
      Update: expect.objectContaining({
        Key: monitoringKey(MONITORING_ID),
        ExpressionAttributeValues: { ':revocation': { registrationNumber: NUMBER, revokedOn: '2028-02-10' } },
      }),
    });
  });

  it('PANTAU-RUJUK-CABUT: a record no one has is refused with the revocation’s own reasons, nothing written', async () => {
    const result = await send('POST /certificates/{certificateId}/revocation', bknAdmin(), {
      grounds: [{ ...ground, final: false }],
      monitoringId: MONITORING_ID,
    });
    expect([result.statusCode, codes(result)]).toEqual([422, ['SERT-CABUT-ALASAN', 'PANTAU-RUJUK-CABUT']]);
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
  });
});
