import '../helpers/env';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { requiredUnitCodes } from '../../../domain/reference/qualifications';
import { handler } from '../../../functions/seating/index';
import { apiEvent, bodyOf } from '../helpers/api-event';
import { TABLE_NAME } from '../helpers/env';
import { lambdaContext } from '../helpers/context';
import { aProgram, programItem, PROGRAM_ID } from '../helpers/programs';
import {
  aCandidate,
  anInstansi,
  bknAdmin,
  candidateItem,
  INSTANSI,
  instansiItem,
  NIP,
  writeCalls,
} from '../helpers/proposals';
import { recommendationItem, selfAssessmentItem, serve } from './table';

/*
 * The participant-setting session (functions/seating/set-participant.ts) sets only candidates an assessor last
 * recommended FIT on a complete self-assessment (Perban BKN 7/2020 Pasal 31(1)f; PRA-PENETAPAN-LAYAK).
 */
const ddb = mockClient(DynamoDBDocumentClient);
const sqs = mockClient(SQSClient);
const context = lambdaContext('seating');
const NOW = '2026-05-10T03:00:00.000Z';
const QUEUE = 'https://sqs.ap-southeast-3.amazonaws.com/123456789012/placement';

const setParticipant = (body: unknown) =>
  handler(
    apiEvent('POST /programs/{programId}/proposals/{instansiCode}/candidates/{nip}/participant-setting', {
      pathParameters: { programId: PROGRAM_ID, instansiCode: INSTANSI, nip: NIP },
      body,
      claims: bknAdmin(),
    }),
    context,
  );

const UNITS = requiredUnitCodes('ADMINISTRATOR').map((unit) => ({ unit, claim: 'BK' }));
/** One Administrator cohort, tested on 2026-07-30, after this session (2026-05-10). */
const JULY = {
  number: 19,
  scheme: 'ADMINISTRATOR' as const,
  capacity: 30,
  startDate: '2026-07-29',
  endDate: '2026-07-30',
};
const BASE = [
  instansiItem(anInstansi(INSTANSI)),
  candidateItem(aCandidate({ status: 'ACCEPTED' })),
  programItem(aProgram({ cohortPlan: [JULY] })),
];
const complete = selfAssessmentItem({
  qualification: 'ADMINISTRATOR',
  units: UNITS,
  complete: true,
  version: 2,
});

beforeEach(() => {
  ddb.reset();
  sqs.reset();
  sqs.on(SendMessageCommand).resolves({ MessageId: 'm-1' });
  process.env.PLACEMENT_QUEUE_URL = QUEUE;
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('POST .../participant-setting: only a candidate recommended FIT is SET', () => {
  it('sets a candidate recommended FIT and queues the placement', async () => {
    // Prepare
    serve(ddb, [
      ...BASE,
      complete,
      recommendationItem('NOT_FIT', '2026-05-01T01:00:00.000Z', 1),
      recommendationItem('FIT', '2026-05-02T01:00:00.000Z', 2),
    ]);

    // Act
    const result = await setParticipant({ decision: 'SET' });

    // Assess
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toMatchObject({
      status: 'SET',
      eligibleTestDates: ['2026-07-30'],
      setting: { decision: 'SET', decidedAt: NOW },
    });
    // The instansi, candidate, programme and participant in one strongly consistent read (S18), the candidate's
    // pre-assessment once (A1, proved in the repository's test).
    const [batch, ...others] = ddb.commandCalls(BatchGetCommand);
    expect(others).toHaveLength(0);
    expect(batch!.args[0].input.RequestItems![TABLE_NAME]).toMatchObject({
      ConsistentRead: true,
      Keys: [
        { pk: `INSTANSI#${INSTANSI}`, sk: '#INSTANSI' },
        { pk: `PROPOSAL#${PROGRAM_ID}#${INSTANSI}`, sk: `CANDIDATE#${NIP}` },
        { pk: `PROGRAM#${PROGRAM_ID}`, sk: '#PROGRAM' },
        { pk: `PARTICIPANT#${PROGRAM_ID}#${NIP}`, sk: '#PARTICIPANT' },
      ],
    });
    expect(ddb.commandCalls(GetCommand)).toHaveLength(0);
    expect(ddb.commandCalls(QueryCommand)).toHaveLength(1);
    expect(ddb.commandCalls(PutCommand)).toHaveLength(1);
    expect(sqs.commandCalls(SendMessageCommand)).toHaveLength(1);
  });

  it("carries the candidate's contact from the proposal to the participant: the address notifications are sent to", async () => {
    // Prepare
    const contact = { email: 'dewi.lestari@bogorkab.go.id', phone: '0812 3456 7890' };
    serve(ddb, [
      ...BASE.slice(0, 1),
      candidateItem(aCandidate({ status: 'ACCEPTED', contact })),
      ...BASE.slice(2),
      complete,
      recommendationItem('FIT', '2026-05-02T01:00:00.000Z', 1),
    ]);

    // Act
    const result = await setParticipant({ decision: 'SET' });

    // Assess
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toMatchObject({ status: 'SET', contact });
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input.Item).toMatchObject({ contact });
  });

  it('sets a candidate proposed without a contact (older clients), with no contact on the participant', async () => {
    // Prepare
    serve(ddb, [...BASE, complete, recommendationItem('FIT', '2026-05-02T01:00:00.000Z', 1)]);

    // Act
    const result = await setParticipant({ decision: 'SET' });

    // Assess
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).not.toHaveProperty('contact');
  });

  it('answers 409 PARTICIPANT_SEATED, queuing nothing, when a seat was taken between the read and the write', async () => {
    // Prepare: the participant record is written only while it holds no seat.
    serve(ddb, [...BASE, complete, recommendationItem('FIT', '2026-05-02T01:00:00.000Z', 2)]);
    ddb.on(PutCommand).rejects(new ConditionalCheckFailedException({ message: 'seated', $metadata: {} }));

    // Act
    const result = await setParticipant({
      decision: 'NOT_SET',
      reason: 'Mengundurkan diri sebelum penetapan.',
    });

    // Assess
    expect(result.statusCode).toBe(409);
    expect(bodyOf(result).code).toBe('PARTICIPANT_SEATED');
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input.ConditionExpression).toBe(
      'attribute_not_exists(#seat)',
    );
    expect(sqs.commandCalls(SendMessageCommand)).toHaveLength(0);
  });

  it.each([
    ['nothing filled and nothing recommended', [], ['selfAssessment', 'recommendation']],
    ['a complete self-assessment not yet reviewed', [complete], ['recommendation']],
    [
      'a latest recommendation NOT_FIT',
      [
        complete,
        recommendationItem('FIT', '2026-05-01T01:00:00.000Z', 1),
        recommendationItem('NOT_FIT', '2026-05-02T01:00:00.000Z', 2),
      ],
      ['recommendation'],
    ],
  ])(
    'answers 422 PRA-PENETAPAN-LAYAK for %s, listing every reason, and writes nothing',
    async (_label, extra, fields) => {
      // Prepare
      serve(ddb, [...BASE, ...extra]);

      // Act
      const result = await setParticipant({ decision: 'SET' });

      // Assess
      expect(result.statusCode).toBe(422);
      const body = bodyOf<{ code: string; details: { code: string; field: string }[] }>(result);
      expect(body.details.map((d) => `${d.code} ${d.field}`)).toEqual(
        fields.map((f) => `PRA-PENETAPAN-LAYAK ${f}`),
      );
      expect(body.code).toBe(fields.length === 1 ? 'PRA-PENETAPAN-LAYAK' : 'RULES_NOT_MET');
      expect(writeCalls(ddb)).toHaveLength(0);
      expect(sqs.calls()).toHaveLength(0);
    },
  );

  it('records NOT_SET without any recommendation', async () => {
    // Prepare
    serve(ddb, BASE);

    // Act
    const result = await setParticipant({
      decision: 'NOT_SET',
      reason: 'Tidak hadir pada konsultasi pra uji.',
    });

    // Assess
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toMatchObject({ status: 'NOT_SET' });
    expect(sqs.calls()).toHaveLength(0);
  });
});
