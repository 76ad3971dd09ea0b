import '../helpers/env';
import { DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/structural-assessment/index';
import { StructuralCandidate, Tpk, TpkRequest, UpkRequest } from '../../../events/api/structural';
import { StructuralPosition } from '../../../events/api/structural-standards';
import { apiEvent, bodyOf, claimsWith, type Claims } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { anInstansi, INSTANSI, instansiItem, NIP } from '../helpers/proposals';
import { serve } from '../preassessment/table';
import { conditionFailed } from '../../adapters/dynamodb/dynamodb-errors';
import { writesOf } from '../helpers/writes';

/* The UPK, TPK and handover routes of the structural-assessment stage (Perka BKN 11/2008 II.A.2-6, III.1.d). */
const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('structuralAssessment');
const NOW = '2025-03-03T03:00:00.000Z';
const official = (role: string): Claims =>
  claimsWith(`[${role}]`, { 'custom:instansi': INSTANSI, 'cognito:username': `${role}.${INSTANSI}` });
const TEAM = structuredClone((TpkRequest.meta()?.examples as TpkRequest[])[0]!);
const STORED_TEAM = { ...structuredClone((Tpk.meta()?.examples as Tpk[])[0]!), instansiCode: INSTANSI };
const { handover: _none, ...EXAMPLE } = structuredClone(
  (StructuralCandidate.meta()?.examples as StructuralCandidate[])[0]!,
);
const candidate = (status: string) => ({
  pk: `STRUCTURAL#${INSTANSI}`,
  sk: `CANDIDATE#${NIP}`,
  ...EXAMPLE,
  instansiCode: INSTANSI,
  nip: NIP,
  status,
  ...(status !== 'DITETAPKAN' && { determination: undefined }),
});
let items: Record<string, unknown>[];
const send = (routeKey: string, claims: Claims, body?: unknown) =>
  handler(
    apiEvent(routeKey, {
      body,
      claims,
      pathParameters: { instansiCode: INSTANSI, ...(routeKey.includes('{nip}') && { nip: NIP }) },
    }),
    context,
  );
const HANDOVER = 'POST /structural/instansi/{instansiCode}/candidates/{nip}/handover';
const handover = { assessor: 'TPK', unitId: STORED_TEAM.id };

beforeEach(() => {
  ddb.reset();
  items = [
    instansiItem(anInstansi(INSTANSI)),
    { pk: `STRUCTURAL#${INSTANSI}`, sk: `TPK#${STORED_TEAM.id}`, ...STORED_TEAM },
  ];
  serve(ddb, items);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('UPK, TPK and handover routes', () => {
  it('TPK-MIN-5-ASESOR / TPK-MIN-2-PSIKOLOG: a team of 4 with 1 psychologist is refused with both rules and nothing is written', async () => {
    const small = { ...TEAM, members: TEAM.members.slice(1, 5) };
    const result = await send('POST /structural/instansi/{instansiCode}/tpk', official('ppk'), small);
    expect(result.statusCode).toBe(422);
    expect(bodyOf<{ details: { code: string }[] }>(result).details.map((v) => v.code)).toEqual([
      'TPK-MIN-5-ASESOR',
      'TPK-MIN-2-PSIKOLOG',
    ]);
    expect(ddb.commandCalls(PutCommand)).toHaveLength(0);
  });

  it('PK-ASESOR-KUALIFIKASI: a TPK with a member without assessor training or technical expertise is refused, nothing written', async () => {
    const team = structuredClone(TEAM);
    delete team.members[2]!.qualification;
    team.members[3]!.qualification = { expertise: team.members[3]!.qualification!.expertise! };
    const result = await send('POST /structural/instansi/{instansiCode}/tpk', official('ppk'), team);
    expect(result.statusCode).toBe(422);
    expect(bodyOf<{ details: { code: string; field: string }[] }>(result).details).toMatchObject([
      { code: 'PK-ASESOR-KUALIFIKASI', field: 'members.2.qualification.training' },
      { code: 'PK-ASESOR-KUALIFIKASI', field: 'members.2.qualification.expertise' },
      { code: 'PK-ASESOR-KUALIFIKASI', field: 'members.3.qualification.training' },
    ]);
    expect(writesOf(ddb)).toEqual([]);
  });

  it('PK-ASESOR-KUALIFIKASI: a UPK that does not state its assessors meet the requirements is refused, nothing written', async () => {
    const { assessorStatement: _none, ...upk } = structuredClone(
      (UpkRequest.meta()?.examples as UpkRequest[])[0]!,
    );
    const result = await send('POST /structural/instansi/{instansiCode}/upk', official('kepegawaian'), upk);
    expect([result.statusCode, bodyOf(result).code]).toEqual([422, 'PK-ASESOR-KUALIFIKASI']);
    expect(writesOf(ddb)).toEqual([]);
  });

  it('a TPK the PPK forms is written once with an id that sorts by time, and who formed it', async () => {
    const result = await send('POST /structural/instansi/{instansiCode}/tpk', official('ppk'), TEAM);
    expect(result.statusCode, JSON.stringify(bodyOf(result))).toBe(201);
    expect(bodyOf(result)).toMatchObject({ recorded: { by: 'ppk.3201', at: NOW } });
    expect(bodyOf<{ id: string }>(result).id).toMatch(new RegExp(`^tpk_${NOW}_[0-9a-f]{8}$`));
    expect(ddb.commandCalls(PutCommand)).toHaveLength(1);
  });

  it('PK-HANYA-DITETAPKAN: a candidate only proposed is not handed over and nothing is written', async () => {
    items.push(candidate('DIUSULKAN'));
    const result = await send(HANDOVER, official('kepegawaian'), handover);
    expect([result.statusCode, bodyOf(result).code]).toEqual([422, 'PK-HANYA-DITETAPKAN']);
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
  });

  it('a determined candidate is handed to the TPK named; a handover meanwhile answers 409', async () => {
    items.push(candidate('DITETAPKAN'));
    ddb.on(UpdateCommand).resolvesOnce({}).rejectsOnce(conditionFailed());
    const result = await send(HANDOVER, official('kepegawaian'), handover);
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toMatchObject({
      handover: { ...handover, unitName: STORED_TEAM.name, by: 'kepegawaian.3201', at: NOW },
    });
    const raced = await send(HANDOVER, official('kepegawaian'), handover);
    expect([raced.statusCode, bodyOf(raced).code]).toEqual([409, 'STRUCTURAL_CANDIDATE_CHANGED']);
  });
});

describe('plan route', () => {
  const PLAN = 'POST /structural/instansi/{instansiCode}/candidates/{nip}/plan';
  const body = {
    methods: ['PSIKOMETRI', 'WAWANCARA_KOMPETENSI', 'ANALISIS_KASUS'],
    startDate: '2025-03-17',
    durationDays: 1,
    psychologist: { nip: TEAM.members[0]!.nip, name: TEAM.members[0]!.name, isPsychologist: true },
    documents: [
      { kind: 'STANDAR_KOMPETENSI_JABATAN', positionCode: 'KABAG-REN', version: 2 },
      { kind: 'BIODATA', title: 'Biodata calon', reference: 'SIASN' },
    ],
  };
  const POSITION = {
    ...(StructuralPosition.meta()?.examples as StructuralPosition[])[0]!,
    instansiCode: INSTANSI,
  };
  const position = { pk: `STRUCTURAL#${INSTANSI}`, sk: `POSITION#${POSITION.code}`, ...POSITION, version: 2 };
  const handed = () => ({
    ...candidate('DITETAPKAN'),
    handover: { ...handover, unitName: STORED_TEAM.name, by: 'k', at: NOW },
  });

  it("PK-PSIKOMETRI-PSIKOLOG: psychometry by someone not among the TPK's psychologists is refused, nothing written", async () => {
    items.push(handed(), position);
    const result = await send(PLAN, official('kepegawaian'), {
      ...body,
      psychologist: { ...body.psychologist, nip: TEAM.members[4]!.nip },
    });
    expect([result.statusCode, bodyOf(result).code]).toEqual([422, 'PK-PSIKOMETRI-PSIKOLOG']);
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
  });

  it('PK-SKJ-RENCANA: a plan attaching a standard version no longer in force is refused, nothing written', async () => {
    items.push(handed(), position);
    const result = await send(PLAN, official('kepegawaian'), {
      ...body,
      documents: [{ ...body.documents[0], version: 1 }, body.documents[1]],
    });
    expect([result.statusCode, bodyOf(result).code]).toEqual([422, 'PK-SKJ-RENCANA']);
    expect(writesOf(ddb)).toEqual([]);
  });

  it('the plan of a handed-over eselon III candidate is written once; a second answers 409 STRUCTURAL_PLAN_EXISTS', async () => {
    items.push(handed(), position);
    const result = await send(PLAN, official('kepegawaian'), body);
    expect(result.statusCode, JSON.stringify(bodyOf(result))).toBe(200);
    expect(bodyOf(result)).toMatchObject({ plan: { ...body, by: 'kepegawaian.3201', at: NOW } });
    items[items.length - 2] = { ...handed(), plan: bodyOf<{ plan: unknown }>(result).plan };
    const again = await send(PLAN, official('kepegawaian'), body);
    expect([again.statusCode, bodyOf(again).code]).toEqual([409, 'STRUCTURAL_PLAN_EXISTS']);
  });
});
