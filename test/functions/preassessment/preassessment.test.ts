import '../helpers/env';
import { serveRegistry } from '../helpers/operators';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { requiredUnitCodes } from '../../../domain/reference/qualifications';
import { handler } from '../../../functions/preassessment/index';
import { ADMIN_USERNAME, apiEvent, bodyOf, claimsWith, type Claims } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { writesOf } from '../helpers/writes';
import { PROGRAM_ID } from '../helpers/programs';
import {
  aCandidate,
  anInstansi,
  bknAdmin,
  candidateItem,
  candidateKey,
  FAR_INSTANSI,
  INSTANSI,
  instansiItem,
  instansiOperator,
  KANREG,
  kanregOperator,
  NIP,
  OTHER_INSTANSI,
  OTHER_KANREG,
  OTHER_NIP,
  writeCalls,
  ALL_OPERATORS,
} from '../helpers/proposals';
import {
  aParticipant,
  asesor,
  ASSESSOR,
  ASSESSOR_NIP,
  participantItem,
  participantKey,
  peserta,
  PESERTA,
  PRE_ASSESSOR_PROFILE,
  preAssessmentKey,
  preAssessorItem,
  recommendationItem,
  selfAssessmentItem,
  serve,
} from './table';
import { cancelledAt } from '../../adapters/dynamodb/dynamodb-errors';

const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('preassessment');
const NOW = '2026-05-02T03:00:00.000Z';
const PATH = { programId: PROGRAM_ID, instansiCode: INSTANSI, nip: NIP };
const BASE = '/programs/{programId}/proposals/{instansiCode}/candidates/{nip}';

const ALL_UNITS = requiredUnitCodes('ADMINISTRATOR').map((unit) => ({
  unit,
  claim: 'K' as const,
  evidence: `Portofolio ${unit}`,
}));
const PARTIAL = { qualification: 'ADMINISTRATOR', units: ALL_UNITS.slice(0, 2) };
const COMPLETE = { qualification: 'ADMINISTRATOR', units: ALL_UNITS };

const call = (method: string, suffix: string, claims: Claims, body?: unknown, path = PATH) =>
  handler(apiEvent(`${method} ${BASE}/${suffix}`, { pathParameters: { ...path }, body, claims }), context);
const putSelf = (claims: Claims, body: unknown = PARTIAL, path = PATH) =>
  call('PUT', 'self-assessment', claims, body, path);
const recommend = (body: unknown, claims: Claims = asesor()) => call('POST', 'recommendation', claims, body);
const read = (claims: Claims, path = PATH) => call('GET', 'pre-assessment', claims, undefined, path);
const assign = (body: unknown, claims: Claims = bknAdmin()) =>
  call('PUT', 'pre-assessment/assessor', claims, body);

/** The checks every pre-assessment transaction carries: the candidate still accepted, not set as participant. */
const CANDIDATE_CHECKS = [
  { op: 'ConditionCheck', ...candidateKey() },
  { op: 'ConditionCheck', ...participantKey() },
];
/** The items of the one transaction written (its command is proved in the repository's test). */
const transacted = () => ddb.commandCalls(TransactWriteCommand)[0]!.args[0].input.TransactItems!;

const BASE_ITEMS = [
  instansiItem(anInstansi(INSTANSI)),
  instansiItem(anInstansi(OTHER_INSTANSI)),
  instansiItem(anInstansi(FAR_INSTANSI)),
  candidateItem(aCandidate({ status: 'ACCEPTED' })),
];

beforeEach(() => {
  ddb.reset();
  serveRegistry(ddb, ...ALL_OPERATORS());
  serve(ddb, BASE_ITEMS);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('PUT .../self-assessment', () => {
  it('a participant saves a first, partial self-assessment of their own as version 1', async () => {
    // Act
    const result = await putSelf(peserta());

    // Assess
    expect(result.statusCode).toBe(200);
    expect(writesOf(ddb)).toStrictEqual([{ op: 'Put', ...preAssessmentKey(), entity: 'PreAssessment' }]);
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input.Item).toStrictEqual({
      ...preAssessmentKey(),
      entity: 'PreAssessment',
      programId: PROGRAM_ID,
      instansiCode: INSTANSI,
      nip: NIP,
      qualification: 'ADMINISTRATOR',
      units: PARTIAL.units,
      complete: false,
      filledBy: PESERTA,
      filledAt: NOW,
      version: 1,
    });
    expect(bodyOf(result)).toMatchObject({
      selfAssessment: { version: 1, filledBy: PESERTA, filledAt: NOW },
      completeness: { complete: false, claimed: 2, required: 14 },
      recommendation: null,
      history: [],
    });
  });

  it('an operator corrects it after a NOT_FIT recommendation: the next version of the one read', async () => {
    // Prepare
    serve(ddb, [
      ...BASE_ITEMS,
      selfAssessmentItem({
        qualification: 'ADMINISTRATOR',
        units: PARTIAL.units,
        version: 3,
        recommendation: {
          outcome: 'NOT_FIT',
          notes: 'Kurang.',
          selfAssessmentVersion: 3,
          recommendedBy: ASSESSOR,
          recommendedAt: NOW,
        },
      }),
    ]);

    // Act
    const result = await putSelf(instansiOperator(), COMPLETE);

    // Assess
    expect(result.statusCode).toBe(200);
    expect(writesOf(ddb)).toStrictEqual([{ op: 'Put', ...preAssessmentKey(), entity: 'PreAssessment' }]);
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input.Item).toMatchObject({
      version: 4,
      units: ALL_UNITS,
      complete: true,
      filledBy: 'operator-bogor',
    });
    expect(bodyOf(result)).toMatchObject({ completeness: { complete: true, missingUnits: [] } });
  });

  it('answers 422 listing every unmet rule, and writes nothing', async () => {
    // Act
    const result = await putSelf(peserta(), {
      qualification: 'ADMINISTRATOR',
      units: [
        { unit: 'MASN-ADM-01', claim: 'K' },
        { unit: 'MASN-PGW-01', claim: 'BK' },
      ],
    });

    // Assess
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result)).toMatchObject({
      code: 'RULES_NOT_MET',
      details: [
        expect.objectContaining({ code: 'PRA-BUKTI-KOMPETEN', field: 'units.0.evidence' }),
        expect.objectContaining({ code: 'PRA-UNIT-KUALIFIKASI', field: 'units.1.unit' }),
      ],
    });
    expect(writeCalls(ddb)).toHaveLength(0);
  });

  it.each([
    ['a candidate not yet accepted', 'SUBMITTED', undefined, 'PRA-CALON-DITERIMA'],
    ['a self-assessment an assessor found FIT', 'ACCEPTED', 'FIT', 'PRA-PENILAIAN-TERKUNCI'],
  ] as const)('answers 422 for %s', async (_label, status, outcome, code) => {
    // Prepare
    serve(ddb, [
      ...BASE_ITEMS.slice(0, 3),
      candidateItem(aCandidate({ status })),
      ...(outcome
        ? [
            selfAssessmentItem({
              qualification: 'ADMINISTRATOR',
              units: ALL_UNITS,
              version: 1,
              recommendation: {
                outcome,
                selfAssessmentVersion: 1,
                recommendedBy: ASSESSOR,
                recommendedAt: NOW,
              },
            }),
          ]
        : []),
    ]);

    // Act
    const result = await putSelf(peserta());

    // Assess
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe(code);
    expect(writeCalls(ddb)).toHaveLength(0);
  });

  it('answers 409 PREASSESSMENT_CHANGED when someone saved meanwhile', async () => {
    // Prepare
    ddb
      .on(PutCommand)
      .rejects(Object.assign(new Error('conditional'), { name: 'ConditionalCheckFailedException' }));

    // Act
    const result = await putSelf(peserta());

    // Assess
    expect(result.statusCode).toBe(409);
    expect(bodyOf(result).code).toBe('PREASSESSMENT_CHANGED');
  });

  it.each([
    ['ProvisionedThroughputExceededException', 503, 'SERVICE_BUSY'],
    ['InternalServerError', 500, 'INTERNAL_ERROR'],
  ])('maps a DynamoDB %s on the write to %i %s', async (name, status, code) => {
    // Prepare
    ddb.on(PutCommand).rejects(Object.assign(new Error(name), { name }));

    // Act
    const result = await putSelf(peserta());

    // Assess
    expect(result.statusCode).toBe(status);
    expect(bodyOf(result)).toEqual({ code, message: expect.any(String) });
  });

  it('answers 404 CANDIDATE_NOT_FOUND for a NIP not in the proposal', async () => {
    // Act
    const result = await putSelf(instansiOperator(), PARTIAL, { ...PATH, nip: OTHER_NIP });

    // Assess
    expect(result.statusCode).toBe(404);
    expect(bodyOf(result).code).toBe('CANDIDATE_NOT_FOUND');
  });

  it('answers 400 VALIDATION_FAILED for an unknown claim, before any read', async () => {
    // Act
    const result = await putSelf(peserta(), {
      qualification: 'ADMINISTRATOR',
      units: [{ unit: 'MASN-ADM-01', claim: 'X' }],
    });

    // Assess
    expect(result.statusCode).toBe(400);
    expect(ddb.calls()).toHaveLength(0);
  });
});

describe('POST .../recommendation', () => {
  const complete = (version = 2) =>
    selfAssessmentItem({ qualification: 'ADMINISTRATOR', units: ALL_UNITS, version });

  it('the assigned assessor recommends FIT (the candidate and participant read at once): one transaction writes the history item and the latest recommendation, while the assignment and the candidate are as read', async () => {
    // Prepare
    serve(ddb, [...BASE_ITEMS, complete(), preAssessorItem()]);

    // Act
    const result = await recommend({ outcome: 'FIT' });

    // Assess
    expect(result.statusCode).toBe(200);
    const recommendation = {
      outcome: 'FIT',
      selfAssessmentVersion: 2,
      recommendedBy: ASSESSOR,
      recommendedAt: NOW,
    };
    expect(writesOf(ddb)).toStrictEqual([
      {
        op: 'Put',
        pk: `PROPOSAL#${PROGRAM_ID}#${INSTANSI}`,
        sk: expect.stringMatching(new RegExp(`^PREASSESSMENT#${NIP}#RECOMMENDATION#${NOW}#`)),
        entity: 'PreAssessmentRecommendation',
      },
      { op: 'Update', ...preAssessmentKey() },
      { op: 'ConditionCheck', pk: `PROPOSAL#${PROGRAM_ID}#${INSTANSI}`, sk: `PREASSESSMENT#${NIP}#ASSESSOR` },
      ...CANDIDATE_CHECKS,
    ]);
    expect(transacted()[0]!.Put!.Item).toMatchObject({ nip: NIP, ...recommendation });
    expect(bodyOf(result)).toMatchObject({
      recommendation,
      history: [recommendation],
      assessor: { assignment: 1, username: ASSESSOR },
    });
    // The candidate and their participant record in one strongly consistent BatchGetItem (A5).
    expect(
      ddb.commandCalls(BatchGetCommand).map((c) => Object.values(c.args[0].input.RequestItems!)[0]!),
    ).toStrictEqual([
      {
        Keys: [
          { pk: `PROPOSAL#${PROGRAM_ID}#${INSTANSI}`, sk: `CANDIDATE#${NIP}` },
          { pk: `PARTICIPANT#${PROGRAM_ID}#${NIP}`, sk: '#PARTICIPANT' },
        ],
        ConsistentRead: true,
      },
    ]);
    expect(ddb.commandCalls(GetCommand)).toEqual([]);
  });

  it.each([
    [
      'NOT_FIT without notes',
      { outcome: 'NOT_FIT' },
      [complete(), preAssessorItem()],
      'PRA-REKOMENDASI-CATATAN',
    ],
    [
      'an incomplete self-assessment',
      { outcome: 'FIT' },
      [
        selfAssessmentItem({ qualification: 'ADMINISTRATOR', units: ALL_UNITS.slice(1), version: 1 }),
        preAssessorItem(),
      ],
      'PRA-REKOMENDASI-SETELAH-PENILAIAN',
    ],
    ['no self-assessment', { outcome: 'FIT' }, [preAssessorItem()], 'PRA-REKOMENDASI-SETELAH-PENILAIAN'],
    [
      'a candidate already set as participant',
      { outcome: 'NOT_FIT', notes: 'Koreksi rekomendasi.' },
      [complete(), preAssessorItem(), participantItem(aParticipant())],
      'PRA-REKOMENDASI-SEBELUM-PENETAPAN',
    ],
    [
      'PRA-ASESOR-DITUGASKAN: an assessor BKN did not assign to the candidate',
      { outcome: 'FIT' },
      [complete(), preAssessorItem({ username: 'asesor.rina' })],
      'PRA-ASESOR-DITUGASKAN',
    ],
    [
      'PRA-ASESOR-DITUGASKAN: an assessor while BKN assigned nobody',
      { outcome: 'FIT' },
      [complete()],
      'PRA-ASESOR-DITUGASKAN',
    ],
    [
      'ASESOR-SERTIFIKAT: the assigned assessor whose certificate expired since (2026-05-01, WIB today 2026-05-02)',
      { outcome: 'FIT' },
      [
        complete(),
        preAssessorItem({
          profile: {
            ...PRE_ASSESSOR_PROFILE,
            assessorCertificate: { recognisedByBkn: true, validUntil: '2026-05-01' },
          },
        }),
      ],
      'ASESOR-SERTIFIKAT',
    ],
  ])('answers 422 for %s and writes nothing', async (_label, body, extra, code) => {
    // Prepare
    serve(ddb, [...BASE_ITEMS, ...extra]);

    // Act
    const result = await recommend(body);

    // Assess
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe(code);
    expect(writeCalls(ddb)).toHaveLength(0);
  });

  it.each([
    ['the self-assessment changed after the assessor read it', 1, 'PREASSESSMENT_CHANGED'],
    ['BKN assigned another assessor meanwhile', 2, 'PREASSESSMENT_ASSESSOR_CHANGED'],
    ['the candidate’s status changed meanwhile', 3, 'PREASSESSMENT_CHANGED'],
    ['the candidate was set as participant meanwhile', 4, 'PREASSESSMENT_CHANGED'],
  ])('answers 409 when %s: the transaction writes nothing', async (_label, failed, code) => {
    // Prepare
    serve(ddb, [...BASE_ITEMS, complete(), preAssessorItem()]);
    ddb.on(TransactWriteCommand).rejects(cancelledAt(5, failed));

    // Act
    const result = await recommend({ outcome: 'FIT' });

    // Assess
    expect(result.statusCode).toBe(409);
    expect(bodyOf(result).code).toBe(code);
    expect(ddb.commandCalls(PutCommand)).toHaveLength(0);
  });

  it.each([
    ['a BKN admin', bknAdmin()],
    ['an instansi operator', instansiOperator()],
    ['the participant', peserta()],
  ])('answers 403 FORBIDDEN_ROLE to %s, without a call', async (_label, claims) => {
    // Act
    const result = await recommend({ outcome: 'FIT' }, claims);

    // Assess
    expect(result.statusCode).toBe(403);
    expect(bodyOf(result).code).toBe('FORBIDDEN_ROLE');
    expect(ddb.calls()).toHaveLength(0);
  });
});

describe('PUT .../pre-assessment/assessor', () => {
  const REQUEST = {
    username: ASSESSOR,
    nip: ASSESSOR_NIP,
    name: 'Budi Santoso, S.H., M.Si.',
    ...PRE_ASSESSOR_PROFILE,
  };
  const CURRENT_KEY = { pk: `PROPOSAL#${PROGRAM_ID}#${INSTANSI}`, sk: `PREASSESSMENT#${NIP}#ASSESSOR` };
  const stored = (assignment: number, fields: Record<string, unknown> = {}) => ({
    programId: PROGRAM_ID,
    instansiCode: INSTANSI,
    nip: NIP,
    assignment,
    username: ASSESSOR,
    assessorNip: ASSESSOR_NIP,
    name: 'Budi Santoso, S.H., M.Si.',
    profile: PRE_ASSESSOR_PROFILE,
    assignedBy: ADMIN_USERNAME,
    assignedAt: NOW,
    ...fields,
  });

  it('BKN assigns a qualified assessor of another instansi: one transaction, the current assignment and its history item, while the candidate is accepted and not set', async () => {
    // Act
    const result = await assign(REQUEST);

    // Assess
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toStrictEqual(stored(1));
    expect(writesOf(ddb)).toStrictEqual([
      ...CANDIDATE_CHECKS,
      { op: 'Put', ...CURRENT_KEY, entity: 'PreAssessmentAssessor' },
      {
        op: 'Put',
        pk: CURRENT_KEY.pk,
        sk: `PREASSESSMENT#${NIP}#ASSESSOR#001`,
        entity: 'PreAssessmentAssessorVersion',
      },
    ]);
    expect(transacted().map((item) => item.Put?.Item)).toStrictEqual([
      undefined,
      undefined,
      expect.objectContaining(stored(1)),
      expect.objectContaining(stored(1)),
    ]);
  });

  it('a new assignment replaces the current one only while it is still the one read, naming it', async () => {
    // Prepare
    serve(ddb, [...BASE_ITEMS, preAssessorItem()]);

    // Act
    const result = await assign({ ...REQUEST, username: 'asesor.rina', name: 'Rina Wulandari, M.Psi.' });

    // Assess
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toMatchObject({
      assignment: 2,
      username: 'asesor.rina',
      replaces: { assignment: 1, username: ASSESSOR, assignedAt: '2026-05-01T01:00:00.000Z' },
    });
    expect(writesOf(ddb)).toStrictEqual([
      ...CANDIDATE_CHECKS,
      { op: 'Put', ...CURRENT_KEY, entity: 'PreAssessmentAssessor' },
      {
        op: 'Put',
        pk: CURRENT_KEY.pk,
        sk: `PREASSESSMENT#${NIP}#ASSESSOR#002`,
        entity: 'PreAssessmentAssessorVersion',
      },
    ]);
    expect(transacted()[2]!.Put!.Item).toMatchObject({ assignment: 2, username: 'asesor.rina' });
  });

  it('answers 422 with every unmet requirement of Pasal 28 for this candidate, writing nothing', async () => {
    // Act
    const result = await assign({ ...REQUEST, education: 'D3', golongan: 'III/c', instansiCode: INSTANSI });

    // Assess
    expect(result.statusCode).toBe(422);
    expect(bodyOf<{ details: { code: string }[] }>(result).details.map((d) => d.code)).toEqual([
      'ASESOR-PENDIDIKAN-S1',
      'ASESOR-PANGKAT-SETARA-PESERTA',
      'ASESOR-BEBAS-KEPENTINGAN',
    ]);
    expect(writeCalls(ddb)).toHaveLength(0);
  });

  it.each([
    ['an assessor who declared an interest in the candidate', { declaredConflictNips: [NIP] }],
    ['the candidate themself', { nip: NIP }],
    ['an assessor of the instansi that proposed the candidate', { instansiCode: INSTANSI }],
  ])('ASESOR-BEBAS-KEPENTINGAN: answers 422 for %s, writing nothing', async (_label, fields) => {
    // Act
    const result = await assign({ ...REQUEST, ...fields });

    // Assess
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('ASESOR-BEBAS-KEPENTINGAN');
    expect(writeCalls(ddb)).toHaveLength(0);
  });

  it.each([
    [
      'PRA-ASESOR-SEBELUM-PENETAPAN',
      'a candidate already set as participant',
      [participantItem(aParticipant())],
    ],
    ['PRA-CALON-DITERIMA', 'a candidate not accepted', [candidateItem(aCandidate({ status: 'SUBMITTED' }))]],
  ])('%s: answers 422 for %s, writing nothing', async (code, _label, extra) => {
    // Prepare
    serve(ddb, [...extra, ...BASE_ITEMS]);

    // Act
    const result = await assign(REQUEST);

    // Assess
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe(code);
    expect(writeCalls(ddb)).toHaveLength(0);
  });

  it.each([
    ['another assignment was made meanwhile', 2, 'PREASSESSMENT_ASSESSOR_CHANGED'],
    ['the candidate’s status changed meanwhile', 0, 'PREASSESSMENT_CHANGED'],
    ['the candidate was set as participant meanwhile', 1, 'PREASSESSMENT_CHANGED'],
  ])('answers 409 when %s: the transaction writes nothing', async (_label, failed, code) => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(cancelledAt(4, failed));

    // Act
    const result = await assign(REQUEST);

    // Assess
    expect(result.statusCode).toBe(409);
    expect(bodyOf(result).code).toBe(code);
  });

  it('answers 404 CANDIDATE_NOT_FOUND for a NIP nobody proposed, writing nothing', async () => {
    // Act
    const result = await call('PUT', 'pre-assessment/assessor', bknAdmin(), REQUEST, {
      ...PATH,
      nip: OTHER_NIP,
    });

    // Assess
    expect(result.statusCode).toBe(404);
    expect(bodyOf(result).code).toBe('CANDIDATE_NOT_FOUND');
    expect(writeCalls(ddb)).toHaveLength(0);
  });

  it('answers 400 for an assessor without their instansi, before any read', async () => {
    // Prepare
    const { instansiCode: _omitted, ...request } = REQUEST;

    // Act
    const result = await assign(request);

    // Assess
    expect(result.statusCode).toBe(400);
    expect(ddb.calls()).toHaveLength(0);
  });

  it.each([
    ['an assessor', asesor()],
    ['an instansi operator', instansiOperator()],
    ['the participant', peserta()],
  ])('answers 403 FORBIDDEN_ROLE to %s, without a call', async (_label, claims) => {
    // Act
    const result = await assign(REQUEST, claims);

    // Assess
    expect(result.statusCode).toBe(403);
    expect(bodyOf(result).code).toBe('FORBIDDEN_ROLE');
    expect(ddb.calls()).toHaveLength(0);
  });
});

describe('GET .../pre-assessment', () => {
  it('gives the self-assessment and every recommendation, oldest first', async () => {
    // Prepare
    serve(ddb, [
      ...BASE_ITEMS,
      selfAssessmentItem({ qualification: 'ADMINISTRATOR', units: ALL_UNITS, version: 2 }),
      recommendationItem('NOT_FIT', '2026-05-01T01:00:00.000Z', 1),
      recommendationItem('FIT', '2026-05-02T01:00:00.000Z', 2),
    ]);

    // Act
    const result = await read(bknAdmin());

    // Assess
    expect(result.statusCode).toBe(200);
    const body = bodyOf(result);
    expect(body.history).toEqual([
      expect.objectContaining({ outcome: 'NOT_FIT', selfAssessmentVersion: 1 }),
      expect.objectContaining({ outcome: 'FIT', selfAssessmentVersion: 2 }),
    ]);
    expect(body.recommendation).toMatchObject({ outcome: 'FIT' });
    expect(body.completeness).toMatchObject({ complete: true });
  });

  it('gives the assessor BKN assigned and every assignment, oldest first', async () => {
    // Prepare
    const first = preAssessorItem({ sk: `PREASSESSMENT#${NIP}#ASSESSOR#001` });
    const second = preAssessorItem({ assignment: 2, username: 'asesor.rina', assignedAt: NOW });
    serve(ddb, [
      ...BASE_ITEMS,
      first,
      second,
      { ...second, sk: `PREASSESSMENT#${NIP}#ASSESSOR#002`, entity: 'PreAssessmentAssessorVersion' },
    ]);

    // Act
    const body = bodyOf<{ assessor: unknown; assessorHistory: { username: string }[] }>(
      await read(instansiOperator()),
    );

    // Assess
    expect(body.assessor).toStrictEqual({
      assignment: 2,
      username: 'asesor.rina',
      name: 'Budi Santoso, S.H., M.Si.',
      assignedBy: ADMIN_USERNAME,
      assignedAt: NOW,
    });
    expect(body.assessorHistory.map((a) => a.username)).toEqual([ASSESSOR, 'asesor.rina']);
  });

  it('before anything is filled, every unit of the scheme is missing', async () => {
    // Act
    const result = await read(asesor());

    // Assess
    expect(bodyOf(result)).toMatchObject({
      selfAssessment: null,
      completeness: { complete: false, claimed: 0, required: 14 },
    });
  });

  it.each([
    ['an instansi operator of its own', instansiOperator(), 200],
    ['a Kanreg operator of its region', kanregOperator(KANREG), 200],
    ['an assessor', asesor(), 200],
    ['the participant', peserta(), 200],
  ])('lets %s read', async (_label, claims, status) => {
    expect((await read(claims)).statusCode).toBe(status);
  });
});

describe('isolation', () => {
  const ROUTES = [
    ['PUT self-assessment', (claims: Claims, path = PATH) => putSelf(claims, PARTIAL, path)],
    ['GET pre-assessment', (claims: Claims, path = PATH) => read(claims, path)],
  ] as const;

  /** The answer to a NIP nobody proposed: what every candidate outside the caller's scope must get too. */
  const MISSING_NIP = '199912312020121009';

  describe.each(ROUTES)('%s', (_name, act) => {
    it.each([
      ['a participant naming another NIP', () => peserta(OTHER_NIP)],
      ['a participant token without a NIP', () => claimsWith('[peserta]')],
    ])(
      'answers %s exactly as a NIP nobody proposed (404 CANDIDATE_NOT_FOUND), writing nothing',
      async (_case, claims) => {
        const result = await act(claims());
        const missing = await act(peserta(MISSING_NIP), { ...PATH, nip: MISSING_NIP });
        expect(result.statusCode).toBe(404);
        expect(bodyOf(result)).toStrictEqual(bodyOf(missing));
        expect(bodyOf(result).code).toBe('CANDIDATE_NOT_FOUND');
        expect(writeCalls(ddb)).toHaveLength(0);
      },
    );

    it.each([
      ['an operator of another instansi', () => instansiOperator(OTHER_INSTANSI)],
      ['a Kanreg operator of another region', () => kanregOperator(OTHER_KANREG)],
    ])(
      'answers %s exactly as an instansi BKN never registered (404 INSTANSI_NOT_FOUND), writing nothing',
      async (_case, claims) => {
        const result = await act(claims());
        const missing = await act(claims(), { ...PATH, instansiCode: '9999' });
        expect(result.statusCode).toBe(404);
        expect(bodyOf(result)).toStrictEqual(bodyOf(missing));
        expect(bodyOf(result).code).toBe('INSTANSI_NOT_FOUND');
        expect(writeCalls(ddb)).toHaveLength(0);
      },
    );

    it('answers 403 FORBIDDEN_ROLE to a committee member', async () => {
      const result = await act(claimsWith('[komite]'));
      expect(result.statusCode).toBe(403);
      expect(bodyOf(result).code).toBe('FORBIDDEN_ROLE');
    });
  });
});
